/**
 * Runs the open forms of round 52 (openForms52.ts): each text states exactly the values it lists of its group's indicators; every
 * other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { CAMPAIGN_SINCE_52, LONE_PROCEDURE_52, LONE_PROCEDURE_52B } from './openForms52'

/**
 * Probes no rule reads yet: each must still fail; when a rule reads it, take it out of this list. Committed with 6 of 15 failing
 * (567d0d5); read since by enforcement_cases' term for 办理/办结/查办…普通/一般程序案件 and its kind_alone (src/extract/kindParts.ts
 * kindsNotAlone: the kind read only where it stands alone in its paragraph).
 */
const OPEN = new Set<string>([])

probeSuite('open forms 52: cases named only by their procedure', LONE_PROCEDURE_52,
  ['enforcement_cases', 'penalty_cases', 'reconsideration_cases', 'fines_yuan'], OPEN)

/** Written after the rule in new wording and run once: see the corpus README, "Open forms 52". */
const OPEN_B = new Set<string>([])

probeSuite('open forms 52: cases named only by their procedure, second batch', LONE_PROCEDURE_52B,
  ['enforcement_cases', 'penalty_cases'], OPEN_B)

/** A campaign's span when its name runs straight into 以来: probes no rule reads yet (each must still fail). 6 of 8 fail as written. */
const OPEN_SINCE = new Set<string>([
  "a three-year campaign's span of hazards", "a quoted campaign's span of cases", 'a 保卫战 since it began', 'a 保卫战 started',
  '专项整治 straight before 以来 (traditional)', "near miss: the year's figure after the span",
])

probeSuite('open forms 52: a campaign counted from its start', CAMPAIGN_SINCE_52,
  ['enforcement_cases', 'hazards_rectified', 'enforcement_inspections'], OPEN_SINCE)
