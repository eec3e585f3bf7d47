/**
 * Runs the round-41 matrix (unseenForms41.ts): each text states exactly the values it lists of the indicators its group reads;
 * every other indicator of the group stays absent.
 */
import { catalogue } from './seeds'
import { probeSuite, type Probe39 } from './unseenForms39'
import { APPROVAL_41, LEFT_41, MEDIATION_41, OVERSIGHT_41 } from './unseenForms41'

/** Reviews and suits are read with oversight (the brief's grouping), though the catalogue files them under enforcement. */
const REVIEW = new Set(['reconsideration_cases', 'litigation_cases', 'litigation_lost_cases', 'reconsideration_correction_pct', 'head_appearance_pct'])
const ids = (families: string[], extra = new Set<string>()) =>
  catalogue.indicators.filter((i) => families.includes(i.family) || extra.has(i.id)).map((i) => i.id)

/**
 * Forms left open: none. (Another named organ of the county as the subject, 县信访局全年受理…, is read since 2026-12-06 by the author's
 * sector: src/extract/otherDepartment.ts. A province's figure in a county bureau's report, 全省人民调解成功率…, is read since round 43
 * gave the author a level from a title naming no place, 县司法局…: authorLevel.ts.) A form left open again goes in this list.
 */
const OPEN = new Set<string>()

const run = (name: string, probes: Probe39[], read: string[]) => probeSuite(name, probes, read, OPEN)

const ALL_THREE = ids(['approval', 'mediation', 'oversight'], REVIEW)
run('approval: shares and counts that are not the year\'s own compression, immediate or online share, materials or approvals', APPROVAL_41, ALL_THREE)
run('mediation: figures that are not the year\'s own disputes found or resolved, success rate or petitions', MEDIATION_41, ALL_THREE)
run('oversight: figures that are not the year\'s own reviews, suits, documents, decisions, proposals or requests', OVERSIGHT_41, ALL_THREE)
run('forms left unprobed by round 39: listed months, document numbers, units below under a heading', LEFT_41, ids(['training', 'enforcement', 'oversight']))
