/**
 * Runs the raw forms of round 48 (rawForms48.ts): each text states exactly the values it lists; every other indicator stays absent.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { ALL_RAW48 } from './rawForms48'

const IDS = catalogue.indicators.map((i) => i.id)

/**
 * Forms left open: a long object list closed by 等 before 家次 (the term's window ends before the figure); a table with its measures
 * as columns written one cell a line (the real ones drop their empty cells and split long names over lines, so cells and figures do
 * not pair up). Each must still fail: when a rule reads it, take it out of this list.
 */
const OPEN = new Set<string>([
  'inspections of a longer list of objects closed by 等',
  'measures as columns, one cell a line',
])

for (const [group, probes] of ALL_RAW48) probeSuite(`${group}: the original wording's form beside its near misses`, probes, IDS, OPEN)
