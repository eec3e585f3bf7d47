/**
 * Runs the round-46 distractor probes (distractorForms46.ts, distractorForms46More.ts): each text states exactly the values it
 * lists of the whole catalogue; every other indicator stays absent. Most texts put a figure that is not the author's value of the
 * year (the year before, a change, a span, another area or body, what is involved, money, a rank, a target, a part of the year, a
 * title) beside the indicator's words, and the author's own value beside it.
 */
import { probeSuite } from './unseenForms39'
import { catalogue } from './seeds'
import { APPROVAL_46, ENFORCEMENT_46, MEDIATION_46 } from './distractorForms46'
import { OVERSIGHT_46, TRAINING_46 } from './distractorForms46More'

const IDS = catalogue.indicators.map((i) => i.id)

/** Forms left open. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  'approvals since a year then the year',
  'a nation\'s rate quoted, then the city\'s',
  'a sister bureau\'s window',
  'lenient since the list came out',
  'a street: the district\'s fines',
  'a county government: the towns\' documents on enforcement',
  'documents on mediation',
  'reviewed: a title\'s number',
  'proposals: a sister bureau\'s',
  'a province: the cities\' publicity then its own',
  'a town: sessions and the county\'s',
  'a street: the communities\' publicity',
  'education: the schools\' lectures then own',
  'a county government: the villages\' publicity then its own',
  'publicity: a month\'s then the year\'s',
])

const GROUPS: [string, typeof APPROVAL_46][] = [
  ['approval', APPROVAL_46], ['enforcement', ENFORCEMENT_46], ['mediation', MEDIATION_46], ['oversight', OVERSIGHT_46], ['training', TRAINING_46],
]
for (const [group, probes] of GROUPS) probeSuite(`${group} 46: the year's own figure beside one that is not`, probes, IDS, OPEN)
