/**
 * Runs the forms of r53c-fresh's dev half (freshForms53c.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { FILING_SENDERS_53C, LED_CASES_53C } from './freshForms53c'

/**
 * Probes left open: none (8 of 16 failed before any rule was changed for them; all are read since, the near misses still absent). A
 * probe that fails again goes back into this list with the reason.
 */
const OPEN = new Set<string>([])

probeSuite('r53c: 备案审查 with its senders straight before the documents', FILING_SENDERS_53C, ['normative_docs_filed', 'normative_docs_reviewed'], OPEN)
probeSuite('r53c: a bare case count led by stepped-up enforcement', LED_CASES_53C, ['enforcement_cases', 'penalty_cases'], OPEN)
