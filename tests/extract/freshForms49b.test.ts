/**
 * Runs the forms of r49b-fresh's dev half (freshForms49b.ts): each probe states exactly the values it lists of its group's
 * indicators, every other one of them absent.
 */
import { probeSuite } from './unseenForms39'
import { AGENDA_TOPICS_49B, PROGRAMME_VOLUME_49B } from './freshForms49b'

/** Probes left open: each must still fail; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  'a programme\'s yearly volume after 推进',
  'a programme\'s volume in the year',
  'a programme\'s volume after its scenes are counted',
  'traditional script, a programme\'s volume',
  'a programme named after its volume',
  'meetings\' topics studied, deliberated and deployed',
  'a party group\'s and standing meetings\' law topics studied and deliberated',
  'topics deliberated on a standing meeting\'s agenda',
  'traditional script, topics studied and deployed',
  'topics studied and deployed, the meetings after',
  'topics deployed, then studies of law',
])

probeSuite('a service programme\'s volume, no approvals handled', PROGRAMME_VOLUME_49B, ['approvals_handled'], OPEN)
probeSuite('meetings counted by the topics they studied and deployed, no sessions', AGENDA_TOPICS_49B, ['training_sessions'], OPEN)
