/**
 * Runs the forms of r50c-fresh's dev half (freshForms50c.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent; the metadata probes read the agency, region, sector and year they list.
 */
import { probeSuite } from './unseenForms39'
import { ALL_50C, ALL_META_50C, SECOND_COMPILED_50C, SECOND_META_50C } from './freshForms50c'
import { metaSuite } from './metaSuite'

/**
 * Probes left open: each must still be read wrong; when a rule reads it, take it out of this list. (The event form: 4 of 7 read wrong
 * before the rule, 7aabbdd, all read since ./selfNamed placeOfEvent. The compiled/我办/portal forms: 7 of 9 read wrong before any rule,
 * the two near misses pass, 4ee2448; all read since the rules of ./authorBody HANDED, ./placeChain BAD_STEM, ./authorSelf and ./organsIn.)
 */
const OPEN = new Set<string>([])

for (const [name, cases] of ALL_META_50C) metaSuite(name, cases, 7, OPEN)
for (const [group, probes, ids] of ALL_50C) probeSuite(group, probes, ids, OPEN)

/**
 * The second batch in new wording, run once after the rule (corpus README, "Dev forms of r50c-fresh"): 7 of 8 read as labelled; the
 * eighth, a congress session sat in on, read 列席白沙区体育局 against a label that broke the 列席 ruling — both corrected (列席 and 出席
 * join the verbs before a numbered session, the label reads the district), so none is left open.
 */
const OPEN_SECOND = new Set<string>([])
// (the compiled, 我办 and portal forms' second batch, run once after their rules: 7 of 8 as labelled, the eighth read 通化市外事办公室
// against a label that broke the corpus's naming of foreign-affairs offices (X市外事办公室): the label made consistent, none left open)

metaSuite('r50c: the event form in new wording', SECOND_META_50C, 8, OPEN_SECOND)
metaSuite('r50c: the compiled, 我办 and portal forms in new wording', SECOND_COMPILED_50C, 8, OPEN_SECOND)
