/**
 * Runs the forms of r52b-fresh's dev half (freshForms52b.ts): each text states exactly the values it lists of its group's indicators;
 * the metadata probes read the agency, region, sector and year they list.
 */
import { probeSuite } from './unseenForms39'
import { CROSS_REGION_52B, PARTY_PAIR_52B, PARTY_SCHOOL_52B, SECOND_CROSS_REGION_52B, SECOND_META_52B, SECOND_PARTY_SCHOOL_52B, SECOND_TOOLBAR_52B, TOOLBAR_TITLE_52B } from './freshForms52b'
import { metaSuite } from './metaSuite'

/** Probes left open: each must still fail; when a rule reads it, take it out. (19 of 27 failed before any rule; all read since.) */
const OPEN = new Set<string>([])

metaSuite("r52b: a level's party committee and government as the report's subject", PARTY_PAIR_52B, 10, OPEN)
metaSuite('r52b: a toolbar word before a title broken over two lines', TOOLBAR_TITLE_52B, 5, OPEN)
probeSuite("r52b: the party school's classes put into its programme", PARTY_SCHOOL_52B, ['training_sessions'], OPEN)
probeSuite('r52b: a cross-region channel\'s service count', CROSS_REGION_52B, ['approvals_handled'], OPEN)

/** The second batch in new wording, run once after the rules (corpus README, "Dev forms of r52b-fresh"). */
const OPEN_SECOND = new Set<string>([])

metaSuite("r52b: the party committee and government pair in new wording", SECOND_META_52B, 8, OPEN_SECOND)
metaSuite('r52b: toolbar words before a broken title in new wording', SECOND_TOOLBAR_52B, 4, OPEN_SECOND)
probeSuite("r52b: the party school's programme in new wording", SECOND_PARTY_SCHOOL_52B, ['training_sessions'], OPEN_SECOND)
probeSuite('r52b: cross-region channels in new wording', SECOND_CROSS_REGION_52B, ['approvals_handled'], OPEN_SECOND)
