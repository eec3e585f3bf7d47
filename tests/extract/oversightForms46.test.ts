/**
 * Runs the round-46 probes (oversightForms46.ts): each text states exactly the values it lists of the oversight and approval
 * families and of the review and suit indicators; every other one of them stays absent. Weighted to precision: most texts put a
 * figure that is not the author's of the year beside the words of one of these indicators.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { ALL_46 } from './oversightForms46'

const REVIEWS = ['reconsideration_cases', 'litigation_cases', 'reconsideration_correction_pct', 'head_appearance_pct', 'litigation_lost_cases']
const IDS = catalogue.indicators.filter((i) => i.family === 'oversight' || i.family === 'approval' || REVIEWS.includes(i.id)).map((i) => i.id)

/** Forms left open. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  'the province\'s organs\' total, then the city\'s',
  'mediated closures alone',
  'hearings of reviews',
  'a rate of the year before alone',
  'a court\'s total, then the government\'s part as defendant',
  'a court\'s concluded cases, then those against the government',
  'a rate of speaking in court',
  'sent to the justice bureau for review',
  'a ministry\'s own drafts reviewed',
  'contracts and documents reviewed',
  'decisions since the term began',
  'decisions evaluated after',
  'decisions reviewed, the noun first',
  'decisions reviewed, the verb first',
  'decisions reviewed, the verb first, contracts after',
  'decisions reviewed for the government',
  'decisions reviewed, the noun first, a city',
  'decisions reviewed, the noun first, last year beside',
  'an adviser\'s reviews, then the bureau\'s',
  'the province\'s justice offices\' reviews quoted',
  'raised by the delegates',
  'since the term',
  'motions deliberated',
  'the key suggestions of the government',
  'the province\'s organs\' total, then the city\'s (traditional)',
  'sent to the justice bureau for review (traditional)',
  'contracts and documents reviewed (traditional)',
  'decisions reviewed, the noun first (traditional)',
  'decisions reviewed, the verb first (traditional)',
  'raised by the delegates (traditional)',
])

for (const [group, probes] of ALL_46) probeSuite(`${group} 46: the year's own figure among the figures beside it`, probes, IDS, OPEN)
