/**
 * Forms from the dev half of the r51a-fresh batch (corpus README, "Fifty-first fresh batch (r51a-fresh)"), over invented sentences:
 * - a per-event ratio (每期干部培训至少安排1次法治专题学习, 每次常务会议安排会前学法1次): how much law each session of something else
 *   holds, not how many sessions there were, as 每季度学法1次 is a frequency — found on r51a's 调兵山市 opening (its 1 read as the year's
 *   sessions). Near misses: the year's count after it, a 每季度 frequency, a count of 期 with 每期 people after it.
 * - a Chinese numeral inside a quoted name (“千名律师百场讲座”, “宪法进万家、百场法治宣讲”): part of the name, not a count added to the
 *   counts around it — found on r51a's 清溪镇 passage (5期 and 1期 added to the title's 百场 and 3: 106). Near misses: a count after the
 *   closing quote (“法律进乡村”活动十场), a name before its count (“法治讲堂”三期).
 * - (metadata) a lead sentence opening on 这一年 (这一年里, 这一年来) after a sentence about the year: its subject is the author as after
 *   "2023年，" — found on r51a's 梅县区 opening (no author read). Near misses: a department as that subject, a plain year lead.
 * - (metadata) a report in the voice of 我镇 (我街道, 我乡) naming its town only as the owner of its rule-of-law work (推动X镇法治政府建设,
 *   推进X街道法治建设, 提升X乡依法行政水平) — found on r51a's 龙塘镇 opening (no author read). Near misses: another town visited (赴X镇学习…),
 *   a county's work a town helps (助力X县法治政府建设).
 * - participants counted under a paragraph whose first sentence names another topic of study and no law up to them (把学习贯彻党的二十大
 *   精神作为首要政治任务。…培训党员干部1700余人次) — r51a's 龙塘镇 opening (a distractor taken). Near miss: a lead naming law. Left open: a
 *   bare training with no topic at all (no ruling says it is none).
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const A = head('青河县卫生健康局')
const J = head('青河县司法局')
const G = head('青河县人民政府')
const Z = head('石门镇人民政府')

export const PER_EVENT_51A: Probe39[] = [
  ['每期 training holds 1 law study', `${A}局机关把民法典列入干部培训必修课，每期干部培训至少安排1次法治专题学习。`, {}],
  ['每次 standing meeting holds 1 study', `${G}县政府每次常务会议安排会前学法1次。`, {}],
  ['每期 class holds 2 lectures', `${A}局机关每期业务培训班安排2次法治讲座。`, {}],
  ['traditional 每期…1次', toTraditional(`${A}局机关把民法典列入干部培训必修课，每期干部培训至少安排1次法治专题学习。`), {}],
  // near misses
  ['每期 ratio then the year count', `${A}每期干部培训安排1次法治专题学习，全年举办法治培训班6期。`, { training_sessions: [6, 'exact'] }],
  ['每季度 frequency as before', `${A}局机关每季度开展1次集中学法。`, {}],
  ['a count of 期 with 每期 people after it', `${A}局机关全年举办法治培训班4期，每期培训干部50人次。`, { training_sessions: [4, 'exact'] }],
]

export const QUOTED_NUMERAL_51A: Probe39[] = [
  ['百场 inside a quoted campaign, count after', `${J}局机关开展“宪法进万家、百场法治宣讲”活动，共开展普法宣传活动8场。`, { legal_publicity_events: [8, 'exact'] }],
  ['百场 inside a quoted series among added counts', `${J}局机关举办法治专题培训班4期、法治讲座2期，另有法治专题培训和“千名律师百场讲座”活动共3场次。`,
    { training_sessions: [9, 'derived'] }],
  ['traditional 百場 inside quotes', toTraditional(`${J}局机关开展“宪法进万家、百场法治宣讲”活动，共开展普法宣传活动8场。`), { legal_publicity_events: [8, 'exact'] }],
  // near misses
  ['a count after the closing quote', `${J}局机关开展“法律进乡村”活动十场。`, { legal_publicity_events: [10, 'exact'] }],
  ['a quoted name before its count', `${J}局机关举办“法治讲堂”三期。`, { training_sessions: [3, 'exact'] }],
]

export const THIS_YEAR_LEAD_51A: [string, string, Meta][] = [
  ['这一年 after a sentence on the year, a county', `2023年是实施规划承上启下的关键一年。这一年，青河县以习近平法治思想为指导，推进依法行政，县市场监督管理局、县司法局协同发力。${WORK}`,
    m('青河县人民政府', '青河县', '区县政府', 2023)],
  ['这一年里, a town', `2022年是党的二十大召开之年，也是攻坚之年。这一年里，石门镇坚持依法行政，镇综治办、司法所协同推进。${WORK}`,
    m('石门镇人民政府', '石门镇', '乡镇政府', 2022)],
  ['traditional 這一年, a district', toTraditional(`2024年是全面深化改革的重要一年。这一年，白沙区以习近平法治思想为指导，推进依法行政。`) + WORK,
    m('白沙区人民政府', '白沙区', '区县政府', 2024)],
  // near misses
  ['这一年 with a department as its subject', `2023年是规划实施的关键一年。这一年，青河县市场监督管理局坚持依法行政。${WORK}`,
    m('青河县市场监督管理局', '青河县', '市场监管', 2023)],
  ['a plain year lead', `2023年，青河县以习近平法治思想为指导，推进依法行政。${WORK}`, m('青河县人民政府', '青河县', '区县政府', 2023)],
]

export const OWN_WORK_PLACE_51A: [string, string, Meta][] = [
  ['我镇, the town named as its work\'s owner', `2024年，我镇以习近平法治思想为指导，按照区委的工作安排，推动青石镇法治政府建设取得新进展。现报告如下：${WORK}`,
    m('青石镇人民政府', '青石镇', '乡镇政府', 2024)],
  ['我街道, 推进X街道法治建设', `2023年，我街道坚持以习近平法治思想为指导，全面推进桂园街道法治建设。${WORK}`, m('桂园街道办事处', '桂园街道', '街道', 2023)],
  ['我乡, 提升X乡依法行政水平', `2022年，我乡深入学习贯彻习近平法治思想，着力提升石门乡依法行政水平。${WORK}`, m('石门乡人民政府', '石门乡', '乡镇政府', 2022)],
  ['traditional 我鎮', toTraditional(`2024年，我镇以习近平法治思想为指导，推动青石镇法治政府建设取得新进展。现报告如下：`) + WORK,
    m('青石镇人民政府', '青石镇', '乡镇政府', 2024)],
  // near misses
  ['another town visited', `2024年，我镇坚持依法行政，组织干部赴白沙镇学习法治建设经验。${WORK}`, m(null, null, '乡镇政府', 2024)],
  ["a county's work a town helps", `2024年，我镇坚持依法行政，助力青河县法治政府建设。${WORK}`, m(null, null, '乡镇政府', 2024)],
]

/** Participants under a paragraph led by another topic of study (left open). */
export const OTHER_TOPIC_PARTICIPANTS_51A: Probe39[] = [
  ['participants under a lead of 二十大 study', `${Z}镇里把学习贯彻党的二十大精神作为首要政治任务。镇里开设微课堂，共办19期，培训党员干部1700余人次。`, {}],
  ['participants of a bare training, no topic', `${Z}镇里开设微课堂，共办12期，培训党员干部900余人次。`, {}],
  // near miss
  ['participants of a law micro-lecture', `${Z}镇里开设法治微课堂，共办12期，培训党员干部900余人次。`, { training_participants: [900, 'approx'] }],
]

export const ALL_51A: [string, Probe39[], string[]][] = [
  ['r51a: a per-event ratio is no count', PER_EVENT_51A, ['training_sessions']],
  ['r51a: a numeral inside a quoted name', QUOTED_NUMERAL_51A, ['training_sessions', 'legal_publicity_events']],
  ['r51a: participants under another topic', OTHER_TOPIC_PARTICIPANTS_51A, ['training_participants']],
]

const W = head('临江市水务局')

/** The same forms in new wording, written after the rules and run once before any change (the round's generalisation figure). */
export const SECOND_51A: Probe39[] = [
  ['每轮 training holds 1 lecture', `${W}每轮执法培训均安排1场法治讲座。`, {}],
  ['每批 new staff, the year count after', `${W}每批新录用人员安排法治课2次，全年举办法治培训班3期。`, { training_sessions: [3, 'exact'] }],
  ['traditional 每場 business training', toTraditional(`${W}每场业务培训穿插安排1次法治专题讲解。`), {}],
  ['a count of 场 with 每场 people after it', `${W}全年举办法治讲座5场，每场参加干部40余人。`, { training_sessions: [5, 'exact'] }],
  ['千场 inside a quoted campaign', `${W}局机关开展“法律十进、千场宣讲”活动，全年开展普法宣传活动15场。`, { legal_publicity_events: [15, 'exact'] }],
  ['三堂 inside a quoted series added to a count', `${W}局机关举办法治讲座4场、“一月三堂法治课”系列讲座2期。`, { training_sessions: [6, 'derived'] }],
  ['a count right after a quoted name', `${W}局机关举办“法治大讲堂”五期。`, { training_sessions: [5, 'exact'] }],
  ['participants under a lead of 党纪 study', `${W}局党组把党纪学习教育作为年度重点任务。局机关开办周末课堂，共办8期，培训干部职工420人次。`, {}],
  ['participants under a lead of law study', `${W}局党组把学习宣传宪法作为年度重点任务。局机关开办周末课堂，共办8期，培训干部职工420人次。`,
    { training_participants: [420, 'exact'] }],
]

/** The metadata forms in new wording (run once after the rules). */
export const SECOND_META_51A: [string, string, Meta][] = [
  ['这一年来, a county-level city', `2023年是全面贯彻二十大精神的开局之年。这一年来，临江市坚持依法行政，各部门协同推进。${WORK}`,
    m('临江市人民政府', '临江市', '区县政府', 2023)],
  ['这一年中, a street', `2024年是改革攻坚的关键之年。这一年中，南湖街道坚持以习近平法治思想为指导，推进依法行政。${WORK}`,
    m('南湖街道办事处', '南湖街道', '街道', 2024)],
  ['我街道, 加快X街道法治建设', `2023年，我街道坚持以习近平法治思想为指导，加快西岭街道法治建设步伐。${WORK}`, m('西岭街道办事处', '西岭街道', '街道', 2023)],
  ['我镇, 推进X镇依法治理', `2022年，我镇认真落实上级部署，为推进河口镇依法治理提供有力支撑。${WORK}`, m('河口镇人民政府', '河口镇', '乡镇政府', 2022)],
  ["我镇, another town's work observed", `2022年，我镇组织干部观摩河口镇法治建设。${WORK}`, m(null, null, '乡镇政府', 2022)],
  // (added with the street's fix: a 道 that ends no place)
  ['这一年, a channel as the subject', `2023年是关键之年。这一年，信访渠道坚持畅通，矛盾纠纷多元化解。${WORK}`, m(null, null, null, 2023)],
]
