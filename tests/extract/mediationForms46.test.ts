/**
 * Runs the round-46 probes (mediationForms46.ts): each text states exactly the values it lists of the mediation family and the
 * indicators its neighbours could be taken for; every other one of them stays absent. Every fifth probe runs again in traditional
 * script (opencc-js, cn → tw), with the same values.
 */
import { Converter } from 'opencc-js/cn2t'
import { probeSuite, type Probe39 } from './unseenForms39'
import { ALL_46 } from './mediationForms46'

const IDS = [
  'disputes_identified', 'disputes_resolved', 'mediation_success_pct', 'petitions_handled',
  'enforcement_cases', 'penalty_cases', 'fines_yuan', 'reconsideration_cases', 'litigation_cases', 'legal_publicity_events',
]

const toTraditional = Converter({ from: 'cn', to: 'tw' })
const withTraditional = (probes: Probe39[]): Probe39[] =>
  [...probes, ...probes.filter((_, i) => i % 5 === 0).map(([form, text, want]): Probe39 => [`${form} (traditional)`, toTraditional(text), want])]

/** Forms left open. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  // the first run's failures (35 of 269), before any rule of this round
  "a city bureau's: the province's rate, then own",
  'a committee set up beside its disputes',
  'a committee set up beside its disputes (traditional)',
  "a kind's rate with a contract kind",
  "a kind's rate with a long kind",
  "a labour bureau's paragraph",
  "a province's department",
  'a target, then the rate reached',
  'accepted with a long kind',
  'administrative mediation accepted and succeeded',
  'administrative mediation accepted and succeeded (traditional)',
  'committees newly set up in trades',
  'cumulative since a station opened',
  'cumulative since a station opened (traditional)',
  'found, 调处, then succeeded',
  'guided to apply for review by a town',
  'guided to apply for review by a town (traditional)',
  'health: medical disputes accepted and mediated',
  'labour inspection cases closed',
  'labour inspection cases closed by the brigade',
  'labour inspection cases in a province',
  'labour inspection: wages cases by the bureau',
  "land disputes' rate alone",
  "leaders receiving visitors' days",
  'petitions by law: applications for review',
  'petitions led by leaders: cases taken',
  "petitions routed to procedures beside the year's",
  'petitions turned to other channels',
  'petitions turned to other channels (traditional)',
  'pre-suit referred to the mediators',
  "the agreements' judicial confirmation",
  'the arbitration bodies of a province',
  "the author's own reviews beside guided ones",
  "the traffic mediation committee's short name",
  'wage cases of the labour inspection brigade',
])

for (const [group, probes] of ALL_46) probeSuite(`${group}: the year's own figure among the figures beside it`, withTraditional(probes), IDS, OPEN)
