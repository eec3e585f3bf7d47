/**
 * Runs the raw forms of round 49 (rawForms49.ts): each text states exactly the values it lists; every other indicator stays absent.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { ALL_RAW49 } from './rawForms49'

const IDS = catalogue.indicators.map((i) => i.id)

/**
 * Forms left open: a review count followed by a filing of its own (the filing's figure is read as reviews, the review's is lost);
 * a department's clause on 各级党组织 after one on 系统各级 (an area government's 各级党组织 are its own, and the labels count them,
 * so the clause is read; the 系统各级 and 三会一课 clauses are not);
 * an area's inspections given as platform entries (执法检查信息N件) with parts by kinds of bodies under headings. Each must still
 * fail: when a rule reads it, take it out of this list.
 */
const OPEN = new Set<string>([
  'near miss: a review, then a filing of its own',
  'sessions of all levels of the system beside the author\'s own',
  'inspections as platform entries, parts by kinds of bodies',
])

for (const [group, probes] of ALL_RAW49) probeSuite(`${group}: the original wording's form beside its near misses`, probes, IDS, OPEN)
