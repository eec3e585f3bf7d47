/**
 * Runs the forms of r53c-fresh's dev half (freshForms53c.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { FILING_SENDERS_53C, LED_CASES_53C } from './freshForms53c'

/** Probes left open (written before any rule was changed for them): each must still fail; when a rule reads it, take it out. */
const OPEN = new Set<string>([
  'senders with a parenthesised level', 'two senders joined by 、', 'senders ending in 单位', "after the author's own 报备 in the clause before",
  'traditional senders', 'traditional lead', '执法力度加大, then a bare count', '强化行政执法, then a bare count',
])

probeSuite('r53c: 备案审查 with its senders straight before the documents', FILING_SENDERS_53C, ['normative_docs_filed', 'normative_docs_reviewed'], OPEN)
probeSuite('r53c: a bare case count led by stepped-up enforcement', LED_CASES_53C, ['enforcement_cases', 'penalty_cases'], OPEN)
