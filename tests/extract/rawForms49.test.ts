/**
 * Runs the raw forms of round 49 (rawForms49.ts): each text states exactly the values it lists; every other indicator stays absent.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { ALL_RAW49 } from './rawForms49'

const IDS = catalogue.indicators.map((i) => i.id)

/** Forms no rule reads yet. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  'suits and reviews per kind of act, one said 直接',
  'suits of one kind of act said 均直接',
  'near miss: the area\'s suits said beside the kinds',
  'a review and filing as one act',
  'near miss: a review, then a filing of its own',
  'applications said as a total',
  'applications said as a total with 共',
  'sessions of all levels of the system beside the author\'s own',
  'sessions of all levels of the system alone',
  'inspections as platform entries, parts by kinds of bodies',
])

for (const [group, probes] of ALL_RAW49) probeSuite(`${group}: the original wording's form beside its near misses`, probes, IDS, OPEN)
