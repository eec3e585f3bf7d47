/**
 * Runs the open forms of rounds 42–44 (openForms44.ts): each text states exactly the values it lists; every other indicator stays
 * absent.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { ALL_OPEN44 } from './openForms44'

const IDS = catalogue.indicators.map((i) => i.id)

/**
 * Forms left open. Procedures after the cases' noun in the clause before (行政处罚案件中，适用简易程序…、一般程序…): a kind after a
 * break is its own count, not the noun's (clauseEvent.ts actOfItsOwn), so no part is read to add up (the procedures' sum with no total
 * is read since enforcement forms 45, the catalogue's sum_parts). A kind's case count alone, with
 * only the year's fine before it (全年罚款…；适用按日连续处罚案件2件…), is read as the year's cases. Each must still fail: when a
 * rule reads it, take it out of this list.
 */
const OPEN = new Set<string>([
  'a kind\'s fine after the year\'s fine alone',
  'procedures after the cases\' noun, no total',
])

for (const [group, probes] of ALL_OPEN44) probeSuite(`${group}: the year's own figure beside its near misses`, probes, IDS, OPEN)
