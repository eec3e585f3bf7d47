/**
 * Runs the round-45 probes (enforcementForms45.ts): each text states exactly the values it lists of the enforcement, approval and
 * mediation indicators; every other one of them stays absent. Weighted to precision: most texts put a figure that is not the
 * author's year's count beside the words of one of these indicators.
 */
import { probeSuite } from './unseenForms39'
import { ALL_45, ENFORCEMENT_IDS as IDS } from './enforcementForms45'

/**
 * Forms left open. Each must still fail: when a rule reads it, take it out of this list. (Read since: disputes of two kinds then the
 * total, 调解婚姻家庭纠纷36件、邻里纠纷28件，共计64件 — round 54's closing total after a list going on past the one item a term names.)
 */
const OPEN = new Set<string>([
  // a total of other bodies' items with no subject of its own: 县城管局 names no other body to carriedSubject (any 局 is a subject)
  '罚没合计 after the fines of two other bodies',
  // a kind after a break is its own count (clauseEvent.ts actOfItsOwn), so no part is read to add up
  'procedures after the noun',
  // a committee the author serves as office (安委会): no rule tells it from the author
  'checks with 次 of the joint team',
  // a kind's count alone: the kind needs the whole's figure to be told a part (a kind's rate before the whole's is read since open forms 45)
  'environment: daily fines of one case',
  // enforcement cases have no weak term that a heading alone may give context (办理案件 would read in every sentence naming 案件)
  'bare 办理案件 after a heading naming enforcement',
])

for (const [group, probes] of ALL_45) probeSuite(`${group}: the year's own figure among the figures beside it`, probes, IDS, OPEN)
