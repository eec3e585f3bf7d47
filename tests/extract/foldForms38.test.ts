/**
 * Forms of the holdout half moved to dev on 2026-12-05 (issue 11, fold38v), each in invented sentences with other places,
 * numbers and wording (never a corpus sentence):
 * - disclosure requests counted in 起, or received as 接受申请 under a disclosure lead (data/indicators.json);
 * - documents reviewed and filed (合法性审核并备案N件) under a documents lead: filed, not excluded as a review;
 * - officers holding a valid card (持有有效执法证件的N名);
 * - the year's total closing a list of parts (…罚款7900元，全年罚款共计19000元: src/extract/sums.ts), not their sum;
 * - inspections counted in 起 (行政检查共N起), while problems an inspection found (检查中发现问题N起) are none;
 * - a law class given in villages (法治流动课堂N次) as a publicity event;
 * - staff sent to another body's training (组织人员参加…培训N次: src/extract/training.ts SENT_FEW and the sessions `narrow`);
 * - the sessions of a whole system's bodies of all levels (全年全系统各级党委中心组学习N次: training.ts ALL_LEVELS);
 * - a training given to business units (培训生产经营单位N家, also after 全年): outsiders', not the agency's sessions or participants;
 * - a clause opened by the year to a month before its last (1至5月，…; 今年1—4月…: src/extract/scope.ts SPAN_LEAD): that part's, not
 *   the year's (1月至12月 is the year; a later campaign's months, 10月至12月开展集中整治，本局…, leave the author's figure read);
 * - work counted over a few days or weeks since it began (…启动3天以来: src/extract/periodScope.ts CAMPAIGN_SINCE);
 * - an accepted part after a received total and a clause that only compares it with last year (收到…3921件，同比增长168.9%，其中受理
 *   2005件: src/extract/subitems.ts CHANGE_ONLY): the part is the count;
 * - a figure that counts organs (只保留一个复议机关: src/extract/counted.ts) is no document;
 * - a half of the year to date (上半年以来共调处…，调解成功率100%: scope.ts HALF_SINCE), like a span of months;
 * - a regime applied N times (实施包容审慎监管19次) is no lenient case (lenient_cases' term 包容审慎 not before 监管);
 * - a sentence opened by 同期 after a span of months in its paragraph (二、配套办法：同期全国查处…: scopeCarry.ts SAME_PERIOD) is in those
 *   months, unless a sentence between named a year;
 * - a share of immediate items stated after their count (设定即办件67项，占全部许可事项的54%; immediate_processing_pct term);
 * - an item a sentence adds with 还 (局里还举办…培训2期) loses to the sessions before it, as one after 此外 does (engine.ts ADDED_ITEM).
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
const COUNTS: [string, number][] = [['2', 2], ['9', 9], ['37', 37], ['126', 126]]

describe('disclosure requests counted in 起 or received as 接受申请', () => {
  const LEADS = ['2023年，我局收到', '2022年，本局收到', '全年共收到', '年内收到']
  const OBJECTS = ['涉及药品监管的', '关于征地补偿的', '', '涉及交通执法的']
  const probes: Probe[] = COUNTS.flatMap(([n, v], i): Probe[] => [
    [`${pick(LEADS, i)}${pick(OBJECTS, i)}政府信息公开申请共${n}起，均在法定期限内答复。`, 'info_disclosure_requests', v],
    [`${pick(LEADS, i + 1)}政府信息公开申请${n}起。`, 'info_disclosure_requests', v],
    [`依申请公开方面，全年共接受申请${n}次：均已按期答复。`, 'info_disclosure_requests', v],
    [`依申请公开方面，${pick(['年内', '全年', '本年度'], i)}接受公民申请${n}件，全部办结。`, 'info_disclosure_requests', v],
    [`依申請公開方面，全年共接受申請${n}次。`, 'info_disclosure_requests', v],
    [`${pick(LEADS, i)}政府信息公開申請共${n}起。`, 'info_disclosure_requests', v],
  ])
  it('reads them', () => expect(failures(probes)).toEqual([]))
  // (接受 with no disclosure in its sentence or lead names no disclosure request)
  const misses: Probe[] = COUNTS.map(([n]): Probe => [`全年共接受群众咨询${n}次。`, 'info_disclosure_requests', null])
  it('leaves an acceptance of something else', () => expect(failures(misses)).toEqual([]))
})

describe('documents reviewed and filed', () => {
  const SUBJECTS = ['南城区司法局', '县司法局', '本局', '市政府办公室']
  const probes: Probe[] = COUNTS.flatMap(([n, v], i): Probe[] => [
    [`规范性文件方面，${pick(SUBJECTS, i)}全年完成合法性审核并备案${n}件。`, 'normative_docs_filed', v],
    [`规范性文件管理方面，${pick(SUBJECTS, i + 1)}全年审核和备案${n}件。`, 'normative_docs_filed', v],
    [`全年審核並備案行政規範性文件${n}件。`, 'normative_docs_filed', v],
  ])
  it('reads them as filed', () => expect(failures(probes)).toEqual([]))
  // (a review with no filing stays excluded from the filed count)
  const misses: Probe[] = COUNTS.map(([n]): Probe => [`规范性文件方面，全年完成合法性审核${n}件。`, 'normative_docs_filed', null])
  it('leaves a review alone', () => expect(failures(misses)).toEqual([]))
})

describe('officers holding a valid card', () => {
  const probes: Probe[] = COUNTS.slice(1).flatMap(([n, v], i): Probe[] => [
    [`街道综合执法队在编执法人员${v + 3}名，持有有效执法证件的${n}名。`, 'certified_officers', v],
    [`${pick(['全局', '本镇', '局机关'], i)}持有合法有效执法证件的人员${n}名。`, 'certified_officers', v],
    [`大隊持有有效執法證件的${n}名。`, 'certified_officers', v],
  ])
  it('reads them', () => expect(failures(probes)).toEqual([]))
})

describe("the year's total closing a list of parts", () => {
  const PARTS: [string, number, number][] = [['11100', 11100, 7900], ['3000', 3000, 5000], ['2500', 2500, 1500]]
  const TOTALS = ['全年罚款共计', '全年罚没款合计', '年内罚款总计', '本年度罚款共计']
  const probes: Probe[] = PARTS.flatMap(([a, x, y], i): Probe[] => [
    [`全年办理案件42起；其中简易程序40起，罚款合计${a}元，普通程序2起，罚款${y}元，${pick(TOTALS, i)}${x + y}元。`, 'fines_yuan', x + y],
    [`查处案件12起，罚款${a}元，没收违法所得${y}元，${pick(TOTALS, i + 1)}${x + y + 100}元。`, 'fines_yuan', x + y + 100],
    [`全年辦理案件42起；其中簡易程序40起，罰款${a}元，普通程序2起，罰款${y}元，全年罰款共計${x + y}元。`, 'fines_yuan', x + y],
  ])
  it('reads the total, not its sum with its parts', () => expect(failures(probes)).toEqual([]))
  // (parts with no total stated still add up)
  const sums: Probe[] = PARTS.map(([a, x, y]): Probe => [`全年简易程序罚款${a}元，普通程序罚款${y}元。`, 'fines_yuan', x + y])
  it('still adds up parts with no total', () => expect(failures(sums)).toEqual([]))
})

describe('inspections counted in 起', () => {
  const KINDS = ['行政检查', '执法检查', '日常检查', '双随机抽查']
  const probes: Probe[] = COUNTS.flatMap(([n, v], i): Probe[] => [
    [`全年办理行政处罚案件42起；${pick(KINDS, i)}共${n}起，同比下降12.2%。`, 'enforcement_inspections', v],
    [`2024年，${pick(['街道', '本局', '镇综合执法队'], i)}开展${pick(KINDS, i + 1)}${n}起。`, 'enforcement_inspections', v],
    [`全年開展${pick(KINDS, i + 2)}共${n}起。`, 'enforcement_inspections', v],
  ])
  it('reads them', () => expect(failures(probes)).toEqual([]))
  const misses: Probe[] = COUNTS.flatMap(([n]): Probe[] => [
    [`开展${pick(KINDS, 1)}，发现违法行为${n}起。`, 'enforcement_inspections', null],
    [`开展联合检查中发现问题${n}起。`, 'enforcement_inspections', null],
    [`开展专项检查中查处违规行为${n}起。`, 'enforcement_inspections', null],
  ])
  it('leaves what an inspection found', () => expect(failures(misses)).toEqual([]))
})

describe('a law class given in villages', () => {
  const NAMES = ['“法治流动课堂”', '“法律明白课堂”', '普法田间课堂', '“法治小课堂”']
  const probes: Probe[] = COUNTS.flatMap(([n, v], i): Probe[] => [
    [`依托法治文化阵地，在6个行政村开展${pick(NAMES, i)}${n}次。`, 'legal_publicity_events', v],
    [`镇司法所在各村开展${pick(NAMES, i + 1)}${n}场。`, 'legal_publicity_events', v],
    [`在各社區開展“法治流動課堂”${n}次。`, 'legal_publicity_events', v],
  ])
  it('reads it as publicity', () => expect(failures(probes)).toEqual([]))
})

describe('staff sent to another body’s training', () => {
  const HOSTS = ['昆明市2023年民办教育管理人员法治化管理', '省2023年执法能力提升', '上级组织的行政执法', '市级依法行政']
  const misses: Probe[] = COUNTS.flatMap(([n], i): Probe[] => [
    [`组织学习宪法；组织人员参加${pick(HOSTS, i)}等培训${n}次。`, 'training_sessions', null],
    [`组织人员参加${pick(HOSTS, i + 1)}培训${n}次。`, 'training_sessions', null],
  ])
  it('counts no session of its own', () => expect(failures(misses)).toEqual([]))
  const probes: Probe[] = COUNTS.map(([n, v], i): Probe => [`${pick(['局机关', '本局'], i)}组织执法人员参加法治培训${n}次。`, 'training_sessions', v])
  it('still reads its staff organised for its own training', () => expect(failures(probes)).toEqual([]))
})

describe('a whole system’s bodies of all levels', () => {
  const BODIES = ['各级党委（党组）中心组学习', '各级党组织专题学法', '各级党委中心组学法']
  const misses: Probe[] = COUNTS.map(([n], i): Probe => [
    `局党组把学习习近平法治思想列为重大任务。${pick(['全年', '年内', ''], i)}全系统${pick(BODIES, i)}${n}次。`, 'training_sessions', null])
  it('counts none of the author’s sessions', () => expect(failures(misses)).toEqual([]))
  const probes: Probe[] = COUNTS.map(([n, v], i): Probe => [
    `局党组把学习习近平法治思想列为重大任务。全年局党组中心组学法${n}次，全系统${pick(BODIES, i)}${v + 150}次。`, 'training_sessions', v])
  it('reads the author’s own beside it', () => expect(failures(probes)).toEqual([]))
})

describe('a training given to business units', () => {
  const misses: Probe[] = COUNTS.flatMap(([n], i): Probe[] => [
    [`新法施行后举办专题培训班${n}场，培训生产经营单位5000余家、受训人员10000余人。`, 'training_sessions', null],
    [`举办法治培训${n}期，培训${pick(['经营单位', '生产经营单位'], i)}300家、受训人员800余人。`, 'training_participants', null],
    [`宣贯新法：全年举办专题培训班${n}场，全年培训生产经营单位5000余家、受训人员10000余人。`, 'training_sessions', null],
  ])
  it('is no session or participant of the agency', () => expect(failures(misses)).toEqual([]))
})

describe('a clause opened by a span of months within the year', () => {
  const SPANS = ['1至5月', '今年1—4月', '1-6月', '一至三月', '1月至11月']
  const probes: Probe[] = COUNTS.flatMap(([n], i): Probe[] => [
    [`今年以来，县政务服务办推进改革。${pick(SPANS, i)}，全县办理政务服务事项${n}万件，“一网通办”率为99.11%。`, 'approvals_handled', null],
    [`${pick(SPANS, i + 1)}全国共下达处罚决定书28369份，罚款${n}亿元。`, 'fines_yuan', null],
    [`${pick(SPANS, i + 2)}，本局查处违法案件${n}件。`, 'enforcement_cases', null],
    [`${pick(SPANS, i + 3)}，本局查處違法案件${n}件。`, 'enforcement_cases', null],
  ])
  it('is that span’s', () => expect(failures(probes)).toEqual([]))
  const year: Probe[] = COUNTS.flatMap(([n, v], i): Probe[] => [
    [`${pick(['2023年1—12月', '2023年1月至12月', '1至12月'], i)}，本局查处违法案件${n}件。`, 'enforcement_cases', v],
    [`1至5月，本局开展执法检查30次；全年开展执法检查${v + 100}次。`, 'enforcement_inspections', v + 100],
    [`2023年，${pick(['10月至12月', '3至5月', '9月至11月'], i)}开展集中整治，本局查处违法案件${n}件。`, 'enforcement_cases', v],
  ])
  it('leaves the whole year and a later whole-year clause read', () => expect(failures(year)).toEqual([]))
})

describe('work counted over a few days or weeks since it began', () => {
  const STARTS = ['春运执法保障启动3天以来', '专项整治开展两周以来', '夏季治超工作实施10天以来', '执法保障开始2个月以来']
  const probes: Probe[] = COUNTS.map(([n], i): Probe => [`${pick(STARTS, i)}，全市执法机构共出动执法人员679人次，查处各类违法违规行为${n}起。`, 'enforcement_cases', null])
  it('is not the year’s', () => expect(failures(probes)).toEqual([]))
  const year: Probe[] = COUNTS.map(([n, v]): Probe => [`2023年，本局查处违法案件${n}起。`, 'enforcement_cases', v])
  it('leaves a year’s count read', () => expect(failures(year)).toEqual([]))
})

describe('an accepted part after a received total and a change clause', () => {
  const CHANGES = ['同比增长168.9%', '较上年下降12件', '同比减少6.5%', '比上年增加3件']
  const SUBJECTS = ['本局', '本机关', '市政府', '县政府']
  const probes: Probe[] = COUNTS.flatMap(([n, v], i): Probe[] => [
    [`2024年，${pick(SUBJECTS, i)}共收到复议申请${v + 40}件，${pick(CHANGES, i)}，其中受理${n}件。`, 'reconsideration_cases', v],
    [`2024年，${pick(SUBJECTS, i + 1)}收到行政复议申请${v + 7}件，${pick(CHANGES, i + 1)}，其中依法受理${n}件。`, 'reconsideration_cases', v],
    [`2024年，${pick(SUBJECTS, i + 2)}共收到復議申請${v + 40}件，${pick(CHANGES, i + 2)}，其中受理${n}件。`, 'reconsideration_cases', v],
  ])
  it('reads the part', () => expect(failures(probes)).toEqual([]))
})

describe('a figure that counts organs', () => {
  const misses: Probe[] = ['只保留一个复议机关', '只保留一个行政复议机构', '保留两个执法机关'].map((s): Probe =>
    [`印发《行政复议体制改革实施方案》，整合复议职责，实现“一级政府${s}”。`, 'normative_docs_reviewed', null])
  it('is no document', () => expect(failures(misses)).toEqual([]))
  const probes: Probe[] = COUNTS.map(([n, v]): Probe => [`清理规范性文件${v + 5}件，废止5件，保留${n}件。`, 'normative_docs_reviewed', v + 5])
  it('leaves a cleanup read', () => expect(failures(probes)).toEqual([]))
})

describe('an item a sentence adds with 还', () => {
  const OWN = ['局党组会会前学法', '局党组中心组集体学法', '常务会议会前学法']
  const probes: Probe[] = COUNTS.slice(1).flatMap(([n, v], i): Probe[] => [
    [`局机关持续开展学法活动，${pick(OWN, i)}${n}次；干部职工参加学法考法。局里还全年举办法治专题培训2期。`, 'training_sessions', v],
    [`${pick(OWN, i + 1)}${n}次。${pick(['局里', '机关', '委里'], i)}还组织法治讲座3场。`, 'training_sessions', v],
  ])
  it('loses to the sessions before it', () => expect(failures(probes)).toEqual([]))
})

describe('a half of the year to date', () => {
  const probes: Probe[] = COUNTS.flatMap(([n], i): Probe[] => [
    [`搭建调解平台：${pick(['上半年以来', '今年上半年以来', '下半年以来'], i)}共调处各类矛盾纠纷${n}起，调解成功率100%。`, 'mediation_success_pct', null],
    [`${pick(['上半年以来', '2024年上半年以来'], i)}，镇里成功调解矛盾纠纷${n}件。`, 'disputes_resolved', null],
  ])
  it('is a part of the year', () => expect(failures(probes)).toEqual([]))
  const year: Probe[] = COUNTS.map(([n, v]): Probe => [`今年以来，镇里成功调解矛盾纠纷${n}件。`, 'disputes_resolved', v])
  it('leaves 今年以来 the year’s', () => expect(failures(year)).toEqual([]))
})

describe('a regime applied N times', () => {
  const misses: Probe[] = COUNTS.map(([n], i): Probe => [`${pick(['全面审查涉企规范性文件，', '', '优化营商环境，'], i)}实施包容审慎监管${n}次。`, 'lenient_cases', null])
  it('is no lenient case', () => expect(failures(misses)).toEqual([]))
  const probes: Probe[] = COUNTS.map(([n, v], i): Probe => [`推行包容审慎执法，${pick(['对轻微违法行为不予处罚', '首违不罚', '依法不予行政处罚'], i)}${n}件。`, 'lenient_cases', v])
  it('leaves the cases read', () => expect(failures(probes)).toEqual([]))
})

describe('a share of immediate items after their count', () => {
  const probes: Probe[] = [['54%', 54], ['35.5%', 35.5], ['8%', 8]].flatMap(([p, v], i): Probe[] => [
    [`设定即办件${67 + i}项，占全部许可事项的${p}。`, 'immediate_processing_pct', v as number],
    [`梳理即办事项${120 + i}项，占政务服务事项总数的${p}。`, 'immediate_processing_pct', v as number],
    [`設定即辦件${67 + i}項，佔全部許可事項的${p}。`, 'immediate_processing_pct', v as number],
  ])
  it('reads the share', () => expect(failures(probes)).toEqual([]))
  const misses: Probe[] = [['设定即办件67项，占全省第一。', 'immediate_processing_pct', null], ['设定即办件67项。', 'immediate_processing_pct', null]]
  it('reads no count as a share', () => expect(failures(misses)).toEqual([]))
})

describe('同期 after a span of months', () => {
  const SPANS = ['1至4月', '今年1—5月', '1-6月']
  const probes: Probe[] = COUNTS.flatMap(([n], i): Probe[] => [
    [`一、处罚案件：${pick(SPANS, i)}全国共下达处罚决定书28369份。案件数前五的省份为河北、广东。二、配套办法：同期全国查处五类案件${n}件。`, 'enforcement_cases', null],
    [`${pick(SPANS, i + 1)}，本局受理复议申请30件。同期本局罚款${n}万元。`, 'fines_yuan', null],
  ])
  it('is in those months', () => expect(failures(probes)).toEqual([]))
  const year: Probe[] = COUNTS.flatMap(([n, v], i): Probe[] => [
    [`${pick(SPANS, i)}，本局受理复议申请30件。2023年全年，本局查处违法案件12件。同期本局罚款${n}万元。`, 'fines_yuan', v * 10000],
    [`全年本局查处违法案件12件。同期罚款${n}万元。`, 'fines_yuan', v * 10000],
  ])
  it('is the year after a year named', () => expect(failures(year)).toEqual([]))
})
