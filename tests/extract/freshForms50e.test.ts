/**
 * Runs the forms of r50e-fresh's dev half (freshForms50e.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent; the metadata probes read the agency, region, sector and year they list.
 */
import { probeSuite } from './unseenForms39'
import { ALL_50E, META_50E, SECOND_50E, SECOND_IDS_50E, SECOND_META_50E } from './freshForms50e'
import { metaSuite } from './metaSuite'

/** Probes left open: each must still be read wrong; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([])

for (const [group, probes, ids] of ALL_50E) probeSuite(group, probes, ids, OPEN)
metaSuite("r50e: the batch's opening forms", META_50E, 5, OPEN)

/** The second batch in new wording, run once after the rules (corpus README, "Dev forms of r50e-fresh"). */
const OPEN_SECOND = new Set<string>([])

probeSuite('r50e: the same forms in new wording', SECOND_50E, SECOND_IDS_50E, OPEN_SECOND)
metaSuite('r50e: the opening forms in new wording', SECOND_META_50E, 5, OPEN_SECOND)
