/**
 * Runs the forms of r50b-fresh's dev half (freshForms50b.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ALL_50B } from './freshForms50b'

/** Probes left open: each must still fail; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([])

for (const [group, probes, ids] of ALL_50B) probeSuite(group, probes, ids, OPEN)
