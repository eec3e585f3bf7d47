/**
 * Runs the raw forms of round 48 (rawForms48.ts): each text states exactly the values it lists; every other indicator stays absent.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { ALL_RAW48 } from './rawForms48'

const IDS = catalogue.indicators.map((i) => i.id)

/** Forms left open. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  'a field clause with its aim, beside the area\'s total',
  'a field clause with its aim first, the other field\'s act right after',
  'both field clauses with an aim',
  'the villages\' sessions after the topic given them',
  'the communities\' sessions after the topic given them, 纳入',
  'the branches\' sessions, 作为',
  'kinds of review cases by 从案件类别来看',
  'bodies answering by 从应诉机关来看',
  'inspections of a longer list of objects closed by 等',
  'measures as columns, pipes, one row of figures',
  'measures as columns, one cell a line',
  'near miss: applications, acceptances and permits as columns',
])

for (const [group, probes] of ALL_RAW48) probeSuite(`${group}: the original wording's form beside its near misses`, probes, IDS, OPEN)
