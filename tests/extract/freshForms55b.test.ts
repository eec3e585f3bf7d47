/**
 * Runs the forms of r55b-fresh's dev half (freshForms55b.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { CARRIERS_STUDY_55B, SECOND_CARRIERS_55B, SECOND_UNITS_55B, UNITS_KEPT_55B } from './freshForms55b'

/**
 * Probes left open: none. Written failing first (11 of 15 failed before any rule was changed for them: the 7 units or items kept, the
 * cleanup beside units kept — its 16 read for 18 — and the 3 counts through many carriers); all read since, the 4 near misses unchanged.
 */
const OPEN = new Set<string>([])

probeSuite('r55b: 保留 of an office\'s units or a list\'s items', UNITS_KEPT_55B, ['normative_docs_reviewed'], OPEN)
probeSuite('r55b: a broad study count through many forms or carriers', CARRIERS_STUDY_55B, ['training_sessions'], OPEN)

/** The second batch, in new wording, run once after the rules (corpus README, "Dev forms of r55b-fresh"). */
const OPEN_SECOND = new Set<string>([])

probeSuite('r55b: 保留 of units or items, new wording', SECOND_UNITS_55B, ['normative_docs_reviewed'], OPEN_SECOND)
probeSuite('r55b: a study count through many carriers, new wording', SECOND_CARRIERS_55B, ['training_sessions'], OPEN_SECOND)
