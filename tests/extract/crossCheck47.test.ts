/**
 * Runs the cross-check of round 47 (crossCheck47.ts): each text states exactly the values it lists, of every indicator in the
 * catalogue; every other one stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ALL_47 } from './crossCheck47'
import { catalogue } from './seeds'

const IDS = catalogue.indicators.map((i) => i.id)

/**
 * Forms left open. Each must still fail: when a rule reads it, take it out of this list. Written on 4bba351, before round 47's
 * probe sets were merged: 6 of the 55 were wrong there, 2 of them because the probe disagreed with a written ruling (corpus README:
 * places inspected counted by 家次 are inspections; court hearings attended are no sessions), fixed in the probe; 4 open.
 * Round 47's five probe sets, merged: the flattened-table rules (open forms 47, src/extract/tables.ts) read two of the three tables,
 * blind; the third writes its cells apart with single spaces, which that rule does not take for a cell break. The enforcement,
 * training and metadata rounds read none of the four, and none of the 51 that passed before broke. Then the directive rule of the
 * training family (src/extract/directed.ts) was made every family's: the ministry's fines after 指导各地… are read no more. 1 open.
 */
const OPEN = new Set<string>([
  'table: the previous year first',
])

for (const [group, probes] of ALL_47) probeSuite(`cross-check 47, ${group}`, probes, IDS, OPEN)
