/**
 * Runs the forms of r53d-fresh's dev half (freshForms53d.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { AREA_PUBLICITY_53D, BUREAU_STUDY_53D, GOV_STUDY_53D } from './freshForms53d'

/**
 * Probes left open: run once, 10 of 11 passed before any rule was changed for them. Open: a bureau's study count (学习贯彻习近平法治思想和
 * 党的二十大精神共14次) after a lead of its study meetings (通过局党组理论学习中心组、干部职工大会等形式), not read as law sessions.
 */
const OPEN = new Set<string>(["law among the congress's spirit"])

probeSuite('r53d: a government\'s own law study of two kinds in one sentence', GOV_STUDY_53D, ['training_sessions', 'training_participants'], OPEN)
probeSuite('r53d: an area-wide publicity count in a government\'s report', AREA_PUBLICITY_53D, ['legal_publicity_events', 'training_sessions'], OPEN)
probeSuite('r53d: a bureau\'s study count naming law among other topics', BUREAU_STUDY_53D, ['training_sessions'], OPEN)
