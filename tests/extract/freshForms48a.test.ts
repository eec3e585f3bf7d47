/**
 * Runs the forms of r48a-fresh's dev half (freshForms48a.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ALL_48A, COUNTRYSIDE_48A, LEVEL_WORD_48A, PUBLISHED_VIA_48A, SECOND_48A } from './freshForms48a'
import { metaSuite } from './metaSuite'

/**
 * Probes left open (none now: the 6 that failed before the rule read their form pass since this round). Each must still fail: when a
 * rule reads it, take it out of this list.
 */
const OPEN = new Set<string>([])

for (const [group, probes, ids] of ALL_48A) probeSuite(group, probes, ids, OPEN)

/**
 * The second batch, written after the rule in new wording and run once before any rule was changed for it (the round's
 * generalisation figure, corpus README "Dev forms of r48a-fresh"): 11 of 12 passed. The one left open is no case of the lead's form:
 * a lecture with no audience named (全年举办法治讲座11场) is read as the staff's training session with or without the lead, as the
 * catalogue's lecture rule has it (a lecture counts as publicity when its audience is the public); the probe's expectation assumed
 * the paragraph's topic (宣传教育) names that audience.
 */
const OPEN_SECOND = new Set<string>(['a lead naming banners, booklets and texts, a lecture count'])

probeSuite('the same form in new wording: leads naming the means before a publicity count', SECOND_48A, ['legal_publicity_events', 'training_sessions'], OPEN_SECOND)

/**
 * The metadata form left open (none now: the 6 read wrong before the rule pass since this round; a level's adjective after its level
 * word, 镇级/县级/街道级, names no place). Each must still be read wrong; when a rule reads one, take it out.
 */
const OPEN_META = new Set<string>([])

metaSuite('r48a: a level word after a verb (用好镇级公众号) is no place', LEVEL_WORD_48A, 9, OPEN_META)

/**
 * A lead publishing the report through a channel, left open (none now: the 5 read wrong before the rule pass since this round).
 * Each must still be read wrong; when a rule reads one, take it out.
 */
const OPEN_VIA = new Set<string>([])

metaSuite('r48a: a lead publishing the report through a channel names its author after the verb', PUBLISHED_VIA_48A, 7, OPEN_VIA)

/**
 * 乡村 after a verb or in a slogan, left open (none now: the 4 read wrong before the rule pass since this round). Each must still be
 * read wrong; when a rule reads one, take it out.
 */
const OPEN_COUNTRYSIDE = new Set<string>([])

metaSuite('r48a: 乡村 after a verb or in a slogan is no township', COUNTRYSIDE_48A, 6, OPEN_COUNTRYSIDE)
