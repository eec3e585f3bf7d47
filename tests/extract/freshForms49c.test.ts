/**
 * Runs the forms of the r49c-fresh batch's slice (freshForms49c.ts): each value probe states exactly the values it lists of its
 * group's indicators, every other one of them absent; each opening's agency, region, sector and year as listed.
 */
import { probeSuite } from './unseenForms39'
import { metaSuite } from './metaSuite'
import { SECOND_49C, SECOND_META_49C, ZONE_CASES_49C, ZONE_DOCUMENTS_49C, ZONE_META_49C, ZONE_STUDIES_49C } from './freshForms49c'

/** Probes left open: each must still fail; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([])

probeSuite('a zone\'s own leadership studying law, beside studies that are not its own', ZONE_STUDIES_49C, ['training_sessions', 'training_participants'], OPEN)
probeSuite('suits, reviews and penalties of a zone and its departments', ZONE_CASES_49C, ['litigation_cases', 'reconsideration_cases', 'penalty_cases', 'enforcement_cases', 'enforcement_inspections'], OPEN)
probeSuite('documents beside contracts, quotas and books', ZONE_DOCUMENTS_49C, ['normative_docs_reviewed', 'legal_review_cases', 'certified_officers', 'legal_publicity_events'], OPEN)
metaSuite('zones and special authors as their pages open', ZONE_META_49C, 7, OPEN)

/**
 * The second batch (SECOND_49C, SECOND_META_49C), in new wording, written after the rule and run once before any rule was changed
 * for it (corpus README, "Dev forms of r49c-fresh"). Those it read wrong stay open here.
 */
const OPEN_SECOND = new Set<string>([])

probeSuite('the same forms in new wording: studies, cases, spans and documents', SECOND_49C, ['training_sessions', 'litigation_cases', 'reconsideration_cases', 'penalty_cases', 'enforcement_cases', 'normative_docs_reviewed'], OPEN_SECOND)
metaSuite('the same forms in new wording: zones and a municipality\'s county bureau', SECOND_META_49C, 3, OPEN_SECOND)
