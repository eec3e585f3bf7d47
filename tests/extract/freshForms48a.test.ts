/**
 * Runs the forms of r48a-fresh's dev half (freshForms48a.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ALL_48A } from './freshForms48a'

/** Probes left open: each must still fail; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  "a town's lead naming materials, then the count",
  "a street's lead with 发放资料",
  "a bureau's lead naming posts",
  'a lead naming boards and screens, a 进企业 count',
  'traditional script, a lead naming materials',
  "a city's lead, a quoted 进社区 count",
])

for (const [group, probes, ids] of ALL_48A) probeSuite(group, probes, ids, OPEN)
