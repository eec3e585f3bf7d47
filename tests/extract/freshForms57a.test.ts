/**
 * Runs the forms of r57a-fresh's dev half (freshForms57a.ts): each value probe states exactly the values it lists of its group's
 * indicators, every other one of them absent; each meta probe its opening's agency, region, sector and year.
 */
import { probeSuite } from './unseenForms39'
import { metaSuite } from './metaSuite'
import { EACH_BODY_57A, QUOTING_COUNTY_DOCUMENT_57A, SECOND_EACH_BODY_57A, SECOND_QUOTING_COUNTY_DOCUMENT_57A, SUBJECT_BEFORE_DUIZHAO_57A } from './freshForms57a'

/**
 * Probes left open: none. Written failing first (the 5 counts for each of listed bodies); all read since (each.ts bodiesTimes, used
 * beside periodsTimes in linkScore), the 4 near misses unchanged.
 */
const OPEN = new Set<string>([])

probeSuite('r57a: a count for each of listed bodies', EACH_BODY_57A, ['training_sessions'], OPEN)

/**
 * Openings left open: none. Written failing first (the 5 towns and streets whose county's document quotes another title or a
 * name); all read since (townCounty.ts COUNTY_DOCUMENT takes a quoted 〈…〉 or “…” inside the title), the 2 near misses unchanged.
 */
const OPEN_META = new Set<string>([])

metaSuite('r57a: a county\'s own document whose title quotes another', QUOTING_COUNTY_DOCUMENT_57A, 7, OPEN_META)

/** The second batch, in new wording, run once after the rules (corpus README, "Dev forms of r57a-fresh"). */
// (run once: 8 of 10 passed. The two failures are other forms than the two ruled: 召开专题学法会议N次 reads nothing with or without 各
// (the README counts 召开…会议 as meetings, not sessions: the want may be the error); X街道对照《…》推进工作 reads no author at all, for
// any street (对照 was no verb after a subject, as 依照 and 对标 are): read since, authorBody.ts VERB_AFTER_SUBJECT 对照|遵照, with its
// own probes below (SUBJECT_BEFORE_DUIZHAO_57A); the meetings' probe stays open.)
const OPEN_SECOND = new Set<string>([
  '镇党委、镇政府各召开专题学法会议N次',
])

probeSuite('r57a: a count for each of listed bodies, new wording', SECOND_EACH_BODY_57A, ['training_sessions'], OPEN_SECOND)
metaSuite('r57a: a county\'s own document quoting another, new wording', SECOND_QUOTING_COUNTY_DOCUMENT_57A, 5, OPEN_SECOND)

/**
 * A town or street before 对照/遵照 (found by the second batch): written failing first (4); all read since (authorBody.ts
 * VERB_AFTER_SUBJECT), the 2 near misses unchanged.
 */
const OPEN_DUIZHAO = new Set<string>([])

metaSuite('r57a: a town or street as the subject of 对照 or 遵照', SUBJECT_BEFORE_DUIZHAO_57A, 6, OPEN_DUIZHAO)
