/**
 * Runs the forms of r49a-fresh's dev half (freshForms49a.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent; the metadata probes read the agency, region, sector and year they list.
 */
import { probeSuite } from './unseenForms39'
import { ALL_49A, CONTACT_OFFICE_49A, LEVEL_CHAR_NAME_49A, SECOND_49A, SECOND_META_49A } from './freshForms49a'
import { metaSuite } from './metaSuite'

/**
 * Probes left open (14 of 27 failed before any rule was changed for them): each must still fail; when a rule reads it, take it out
 * of this list.
 */
const OPEN = new Set<string>([])

for (const [group, probes, ids] of ALL_49A) probeSuite(group, probes, ids, OPEN)

/**
 * Metadata probes (7 of 12 read wrong before any rule; the contact office's 3 are read since): a name that starts with a level's
 * character (县街街道, 市桥镇, 州前街道). A rule that read a level's character and one more as a name on a line it starts read these and
 * cost one holdout opening its agency and region (counted unseen, not looked into), so it was withdrawn; meta50's narrower one (such
 * a name alone before its own government's word, ./metaForms50.ts) reads all four with no holdout opening changed.
 */
const OPEN_META = new Set<string>()

metaSuite('r49a: a street or town whose name begins with a level character', LEVEL_CHAR_NAME_49A, 6, OPEN_META)
metaSuite("r49a: a disclosure report's contact office is not its author", CONTACT_OFFICE_49A, 6, OPEN_META)

/**
 * The second batch, written after the rules in new wording and run once before any rule was changed for it (corpus README, "Dev forms
 * of r49a-fresh"): 14 of 16 passed. Left open, each still failing: another body's checks in a street's report (辖区市场监管所…检查商户
 * 320户次, read as the street's inspections: no form of this round), and a district's short 区 before a street of a four-character
 * name (区南湖东路街道, no author read, on the code before this round too: meta47's 区北山街道 is read, a longer name is not). 县前镇,
 * read on that run, was open again after the level-character rule was withdrawn, and is read since meta50's (above). 区南湖东路街道
 * is read since meta54: 依法行政 and 依法履职 right after a lead's subject are its verb (src/extract/authorBody.ts VERB_AFTER_SUBJECT).
 */
const OPEN_SECOND = new Set<string>(['a street named 市场 is no city'])

probeSuite('r49a: the same forms in new wording', SECOND_49A, ['info_disclosure_requests', 'enforcement_cases', 'enforcement_inspections'], OPEN_SECOND)
metaSuite('r49a: the metadata forms in new wording', SECOND_META_49A, 4, OPEN_SECOND)
