/**
 * Forms of the dev value mistakes left open until dev39 (issue 11), on invented sentences with near misses.
 *
 * - Penalty decisions counted by 份 (下发行政处罚决定书174份, r26-open-pinghu-fire): one decision is one case, so that 份 reads as 件
 *   (src/extract/measureWords.ts). Near misses: other decisions and papers counted by 份 (临时查封决定书, 执法文书), case files drawn for
 *   review (抽取行政处罚案卷N份).
 * - A total before 其中 whose clause names the act (the rule's sum_unless: 清理, 梳理, 审查 …) with the parts' measure word, the
 *   parts naming only a weak term (共梳理政策措施900余件，其中废止139件、修改18件…, c-review-yueyang): the parts are what became of the
 *   total, so the stated total is the value, neither their sum nor one of them (src/extract/sums.ts). Near misses: a part naming the
 *   indicator's own noun (其中行政规范性文件120件), a total the indicator's term names already (no double count), and outcomes with
 *   no stated total (still added up).
 * - Two correction rates, 综合纠错率 and 直接纠错率 (a-city-xn-sfj): the direct one is the indicator's (its cue: the share the
 *   decisions 撤销、变更、确认违法); a 综合 rate alone is still read.
 * - A list's items sharing a head written once after the last and 的 before 分别 (政务服务事项和行政许可事项的承诺时限分别压缩83%、78%,
 *   c-service-changchun): the head names every item, so the first item's figure is paired with it, as for items that name it
 *   themselves (src/extract/respectively.ts). Near miss: items naming different measures (申请材料、办理时限分别…) pair as before.
 * - An area's localities after a time lead (2021年全国各地共下达…, c-enf-mee): other bodies, as 各地 alone after a time lead was
 *   (src/extract/objects.ts), and the clauses carrying their subject too. Near misses: 全国 alone (a ministry's field, the README)
 *   and 全县各乡镇 before the author's own part.
 * - A bare ；-part (a short verb or rate and its figure) after a count followed by its noun (只需提交1.96个申请材料；缩减率为37.4%, the
 *   ，→； rewording of a-city-la-nync): it reads the clause before it, as after a count ending its part (src/extract/structure.ts,
 *   COUNT_BEFORE). Near misses: a part after a rate (增幅99.5%；受理1033件) stays apart.
 * - The part one organ did, named after 其中 and a comma, of the bodies of all levels' total (…；其中，由司法部办结的…4644件, r9-moj): the
 *   organ's own count (src/extract/objects.ts NAMED), carrying no area's subject; a review count whose term names the clause's body
 *   (各级复议机构办理…案件6.38万件) is that area's bodies' total though the term stands in its subject (src/extract/engine.ts). Near
 *   misses: a part by kind (其中，涉企案件…) stays a part; an area's review bodies' count stated alone is still read.
 * - With no report year, a span from a stated year (2022年以来，全省司法所…开展法治宣传教育11.5万次) settled by 累计 later in its paragraph
 *   (…；累计推送…2828人, r35-shandong): the opening sentence's figures are the span's too, as a later sentence's were
 *   (src/extract/scopeCarry.ts). Near misses: 全年累计 (the year's), 累计 in the next paragraph, and a span never added up.
 * - A count to date (截至目前，…) in a paragraph dated by a day before December, as a news item opens (3月21日，…, r35-badong, the
 *   README's r35 note): the year so far, as after a campaign's start (src/extract/periodScope.ts). Near misses: a December day
 *   (the year-end judgement call), a paragraph with no date, and a span of dates (1月1日至12月31日，…).
 * - A case resolved before it is filed (案前化解N件, r35-binzhou): the review or suit body's, as 诉前 is, no dispute mediated.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]

const ISSUERS = ['2023年，大队', '全年本局', '2022年，县市场监管局', '2024年，支队共']
const ISSUE_VERBS = ['下发', '作出', '送达', '制发']

describe('penalty decisions counted by 份', () => {
  const probes: Probe[] = ISSUERS.flatMap((lead, i) => ISSUE_VERBS.map((verb, j): Probe =>
    [`${lead}${verb}行政处罚决定书${40 + 7 * i + j}份，罚款${3 + j}万元。`, 'penalty_cases', 40 + 7 * i + j]))
  it('are penalty cases', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = [14, 697, 30].flatMap((n, i): Probe[] => [
    [`${pick(ISSUERS, i)}下发临时查封决定书${n}份。`, 'penalty_cases', null],
    [`${pick(ISSUERS, i + 1)}下达执法文书${n}份。`, 'penalty_cases', null],
    [`${pick(ISSUERS, i + 2)}抽取行政处罚案卷${n}份开展评查。`, 'penalty_cases', null],
  ])
  it('leave other decisions, papers and case files out', () => expect(failures(misses)).toEqual([]))
})

const ACTS = ['共梳理政策措施', '集中清理各类文件', '全面清理政策文件', '共审查涉企政策']
const OUTCOMES = [['废止', '修改', '宣布失效'], ['拟继续有效', '废止'], ['修订', '废止', '宣布失效']]

describe('the outcomes after 其中 of a total whose clause names the act', () => {
  const probes: Probe[] = ACTS.flatMap((act, i) => OUTCOMES.map((names, j): Probe => {
    const parts = names.map((name, k) => `${name}${10 + 3 * i + j + k * 11}件`).join(pick(['、', '，'], i + j))
    const total = 300 + 37 * i + 5 * j
    return [`${pick(['本年度', '2023年，本局', '全年'], i + j)}开展专项清理，${act}${total}件，其中${parts}。`, 'normative_docs_reviewed', total]
  }))
  it('give the stated total, not the parts’ sum nor one of them', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = [
    ['本年度共清理文件600件，其中行政规范性文件48件。', 'normative_docs_reviewed', 48],
    ['2023年，本局共清理规范性文件90件，其中废止3件、修改8件。', 'normative_docs_reviewed', 90],
    ['全年对行政规范性文件开展清理，其中废止5件、修改7件。', 'normative_docs_reviewed', 12],
    ['全市各级市场监管部门共审核规范性文件500件（其中我局32件）。', 'normative_docs_reviewed', 32],
  ]
  it('leave a part that names its own noun or the author, a named total and outcomes without a total as they were', () => expect(failures(misses)).toEqual([]))
})

describe('a direct correction rate beside a comprehensive one', () => {
  const probes: Probe[] = [[63.1, 29], [40, 18.5], [55, 22]].flatMap(([wide, direct], i): Probe[] => [
    [`全年审结复议案件${60 + i}件，综合纠错率${wide}%，直接纠错率${direct}%。`, 'reconsideration_correction_pct', direct],
    [`全年审结复议案件${60 + i}件，直接纠错率${direct}%，综合纠错率${wide}%。`, 'reconsideration_correction_pct', direct],
  ])
  it('reads the direct one', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = [[`全年审结复议案件62件，综合纠错率31%。`, 'reconsideration_correction_pct', 31]]
  it('still reads a comprehensive rate stated alone', () => expect(failures(misses)).toEqual([]))
})

const ITEMS = [['政务服务事项', '行政许可事项'], ['依申请事项', '公共服务事项'], ['政务服务事项', '公共服务事项', '行政许可事项']]
const HEADS = ['承诺时限', '办理时限', '审批时限']

describe('a head a list’s items share, written after the last before 分别', () => {
  const probes: Probe[] = ITEMS.flatMap((items, i) => HEADS.map((head, j): Probe => {
    const figures = items.map((_, k) => `${80 - 6 * k - i - j}%`).join('、')
    return [`${pick(['全市', '2023年，全区', '本年度全县'], i + j)}${items.slice(0, -1).join('、')}和${items[items.length - 1]}的${head}分别压缩${figures}。`,
      'approval_time_compression_pct', 80 - i - j]
  }))
  it('names every item, the first too', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = [
    ['推行告知承诺制，申请材料、办理时限分别压减40%、60%。', 'approval_time_compression_pct', 60],
    ['推行告知承诺制，申请材料、办理时限分别压减40%、60%。', 'material_reduction_pct', 40],
  ]
  it('leaves items naming their own measures paired as they were', () => expect(failures(misses)).toEqual([]))
})

describe('an area’s localities after a time lead', () => {
  const probes: Probe[] = ['全国各地', '全省各地', '全市各地'].flatMap((area, i): Probe[] => [
    [`部门向社会通报：${2020 + i}年${area}共下达行政处罚决定书${1.2 + i}万份，罚没款总计${3 + i}亿元。`, 'penalty_cases', null],
    [`部门向社会通报：${2020 + i}年${area}共下达行政处罚决定书${1.2 + i}万份，罚没款总计${3 + i}亿元。`, 'fines_yuan', null],
    [`${2020 + i}年${area}共查处行政处罚案件${120 + i}件。`, 'penalty_cases', null],
  ])
  it('are other bodies, with the clauses that carry their subject', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = [
    ['2021年，全国共下达行政处罚决定书13.28万份。', 'penalty_cases', 132800],
    ['2023年，全县各乡镇共查处行政处罚案件120件，本局查处行政处罚案件34件。', 'penalty_cases', 34],
  ]
  it('leave the nation alone and the author’s own part after an area’s bodies read', () => expect(failures(misses)).toEqual([]))
})

describe('a bare ；-part after a count followed by its noun', () => {
  const probes: Probe[] = [['申请材料', '缩减率为'], ['办事材料', '减少比例为'], ['证明材料', '精简率达到']].flatMap(([noun, rate], i): Probe[] =>
    [1.5, 2, 3].map((n, j): Probe => [`${2021 + i}年，平均每个事项只需提交${n}个${noun}；${rate}${30 + 4 * i + j}%。`, 'material_reduction_pct', 30 + 4 * i + j]))
  it('reads the clause before it', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = [
    ['2023年，区政府共收到行政复议申请1113件，增幅99.5%；受理1033件。', 'reconsideration_cases', 1113],
    ['2022年，县政府共收到行政复议申请420件，同比上升12.5%；受理398件。', 'reconsideration_cases', 420],
  ]
  it('leaves a part after a rate apart', () => expect(failures(misses)).toEqual([]))
})

describe('a case resolved before it is filed', () => {
  const probes: Probe[] = ['案前化解', '诉前化解'].flatMap((verb, i): Probe[] => [
    [`发布会还介绍，本市收案万人比10.05%、${verb}${1757 + i}件、涉企服务点476个。`, 'disputes_resolved', null],
    [`全年调解矛盾纠纷${120 + i}件，${verb}行政争议30件。`, 'disputes_resolved', 120 + i],
  ])
  it('is no dispute mediated', () => expect(failures(probes)).toEqual([]))
})

const LEVELS: [string, string][] = [['全国行政复议机构', '司法部'], ['全省各级复议机关', '省政府'], ['全市行政复议机构', '市政府']]

describe('the named organ’s own part of the bodies of all levels’ total', () => {
  const probes: Probe[] = LEVELS.flatMap(([area, organ], i): Probe[] => [
    [`${area}当年新收案件${31 + i}.5万件，办结${29 + i}.3万件；其中，由${organ}办结的行政复议案件为${4644 + i}件。各级复议机构办理民生领域案件${6 + i}.38万件。`,
      'reconsideration_cases', 4644 + i],
    [`${area}当年新收案件${31 + i}.5万件，其中，由${organ}办结的行政复议案件${464 + i}件。`, 'reconsideration_cases', 464 + i],
  ])
  it('is the organ’s count, over an area’s bodies named by their review term', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = [
    ['全省各级复议机关当年新收案件3.2万件，办结2.9万件；其中，涉企案件4640件。', 'reconsideration_cases', 32000],
    ['全市行政复议机关新收案件709件。', 'reconsideration_cases', 709],
  ]
  it('leaves a part by kind a part, and an area’s review bodies alone read', () => expect(failures(misses)).toEqual([]))
})

describe('a span from a stated year settled by 累计 later in its paragraph, with no report year', () => {
  const OPEN = ['2022年以来，全省司法所开展法治宣传教育', '2021年以来，各级司法所共开展普法宣传活动', '2020年至今，全市司法所开展法治宣传']
  const LATER = ['司法所累计推送失联人员2828人。', '另累计培训调解员3200人次。', '各所累计接待群众来访1.2万人次。']
  const probes: Probe[] = OPEN.flatMap((open, i) => LATER.map((later, j): Probe =>
    [`全省推进司法所规范化建设。${open}${11 + i + j}.5万次。${later}`, 'legal_publicity_events', null]))
  it('makes the opening sentence’s figures the span’s', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = OPEN.flatMap((open, i): Probe[] => [
    [`全省推进司法所规范化建设。${open}${11 + i}.5万次。全年累计推送失联人员2828人。`, 'legal_publicity_events', (11 + i) * 10000 + 5000],
    [`全省推进司法所规范化建设。${open}${11 + i}.5万次。\n司法所累计推送失联人员2828人。`, 'legal_publicity_events', (11 + i) * 10000 + 5000],
    [`全省推进司法所规范化建设。${open}${11 + i}.5万次。`, 'legal_publicity_events', (11 + i) * 10000 + 5000],
  ])
  it('leaves the year’s 累计, one in the next paragraph and a span never added up read', () => expect(failures(misses)).toEqual([]))
})

describe('a count to date in a paragraph dated by a day before December', () => {
  const DAYS = ['3月21日', '2025年5月8日', '11月3日', '6月30日']
  const probes: Probe[] = DAYS.flatMap((day, i): Probe[] => [
    [`${day}，县农业综合执法大队来到集镇开展农资检查。截至目前，大队已立案查处农药案件${2 + i}起，罚款${3 + i}万元。`, 'enforcement_cases', null],
    [`${day}，县农业综合执法大队来到集镇开展农资检查。截至目前，大队已立案查处农药案件${2 + i}起，罚款${3 + i}万元。`, 'fines_yuan', null],
  ])
  it('is the year so far', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = [
    ['12月28日，县农业综合执法大队召开总结会。截至目前，大队全年立案查处农药案件12起。', 'enforcement_cases', 12],
    ['县农业综合执法大队开展农资打假。截至目前，大队已立案查处农药案件12起。', 'enforcement_cases', 12],
    ['2023年1月1日至12月31日，大队立案查处农药案件12起。', 'enforcement_cases', 12],
  ]
  it('leaves a December day, an undated paragraph and a span of dates read', () => expect(failures(misses)).toEqual([]))
})
