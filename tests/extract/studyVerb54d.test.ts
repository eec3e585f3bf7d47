/**
 * Runs 研学 as a study verb (studyVerb54d.ts): each text states exactly the values it lists of its group's indicators; every other
 * one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { STUDY_VERB_54D } from './studyVerb54d'

/** Probes left open: written failing first (3 of 7). */
const OPEN = new Set<string>(['集体研学 a law, then lectures', '研学 a law alone', 'traditional'])

probeSuite('r54c: 研学 as a study verb', STUDY_VERB_54D, ['training_sessions'], OPEN)
