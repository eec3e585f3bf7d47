/**
 * Runs 研学 as a study verb (studyVerb54d.ts): each text states exactly the values it lists of its group's indicators; every other
 * one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { SECOND_STUDY_VERB_54D, STUDY_VERB_54D } from './studyVerb54d'

/**
 * Probes left open: none. Written failing first (3 of 7: a bare 集体研学 and 研学习近平…共N次，并邀请…); read since (training_sessions'
 * weak term 研学, and 学习 not after 研, in data/indicators.json), the near misses unchanged.
 */
const OPEN = new Set<string>([])

probeSuite('r54c: 研学 as a study verb', STUDY_VERB_54D, ['training_sessions'], OPEN)

/** The second batch, in new wording, run once after the rule (corpus README, "Dev forms of r54c-fresh"). */
const OPEN_SECOND = new Set<string>([])

probeSuite('r54c: 研学 as a study verb, new wording', SECOND_STUDY_VERB_54D, ['training_sessions'], OPEN_SECOND)
