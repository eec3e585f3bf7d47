/**
 * Forms of the dev value mistakes left open until dev41 (issue 11), on invented sentences with near misses.
 *
 * - A study count whose law is named only joined to a political topic (把总书记重要讲话重要指示精神、习近平法治思想列入…“第一议题”…，全年
 *   组织…学习69次, r9-guangming): the 2026-12-02 joined-topic ruling (习近平法治思想和二十届三中全会宣讲 is no law count) read with the
 *   leader's speeches and instructions and the Thought as a whole among the political topics, and with the weak term's need of law
 *   read without such a joined pair (src/extract/training.ts JOINED_TOPIC). Near misses: law alone as what the 第一议题 studies, and
 *   a named law session beside a political one.
 * - A part after 其中 that opens its sentence shares the verb of the ；- or 。-part before it (…公众号推送信息445条，阅读量约14.7万次。
 *   其中包括厅行政规范性文件3件…, r30-yunnan): pushed or published like the items it counts, no document reviewed
 *   (src/extract/subitems.ts partWithTotal: the first clause with a figure there, not its asides; 推送 joins the publishing verbs of normative_docs_reviewed). Near misses: a part after
 *   a total reviewed or cleaned up.
 * - An amount inside a breakdown by kind, joined by 、 to one kind's count and followed by another kind's or after an earlier kind's
 *   amount (其中按日连续处罚199件、罚款18580.62万元，查封扣押8897件…, c-enf-mee): that kind's money, not the year's fines
 *   (src/extract/subitems.ts kindsAmount). Near misses: the amount after the last kind alone (其中行政处罚38件、罚没款12万元) and an
 *   amount outside a breakdown.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]

const HEAD = '县发展和改革局2023年度法治政府建设工作报告\n'
const POLITICAL = ['习近平总书记重要讲话重要指示精神', '总书记重要讲话精神', '习近平新时代中国特色社会主义思想', '党的二十届三中全会精神']
const FORMS = ['党组会议“第一议题”', '理论学习中心组学习内容', '局务会议“第一议题”和中心组学习内容']

describe('a study count whose law is named only joined to a political topic', () => {
  const probes: Probe[] = POLITICAL.flatMap((topic, i) => FORMS.map((form, j): Probe =>
    [`${HEAD}把${topic}、习近平法治思想列入${form}，全年组织干部职工学习${30 + 7 * i + j}次。`, 'training_sessions', null]))
  it('is routine political study', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = FORMS.flatMap((form, j): Probe[] => [
    [`${HEAD}把习近平法治思想列入${form}，全年组织干部职工学习${12 + j}次。`, 'training_sessions', 12 + j],
    [`${HEAD}把${pick(POLITICAL, j)}列入${form}，全年集中学习30次。局机关举办法治讲座${3 + j}场。`, 'training_sessions', 3 + j],
  ])
  it('leaves law alone as the topic, and a named law session beside it, read', () => expect(failures(misses)).toEqual([]))
})

const CHANNELS = [['门户网站发布信息', '微信公众号推送信息'], ['政府网站公开信息', '政务微博推送信息'], ['官方网站发布政务信息', '公众号推送文章']]

describe('a part that opens its sentence after a publishing total', () => {
  const probes: Probe[] = CHANNELS.flatMap(([a, b], i): Probe[] => [
    [`${HEAD}全年${a}${781 + i}条；${b}${445 + i}条，阅读量约14.7万次。其中包括行政规范性文件${3 + i}件、其他政策文件9件。`, 'normative_docs_reviewed', null],
    [`${HEAD}全年${b}${445 + i}条。其中，行政规范性文件${3 + i}件。`, 'normative_docs_reviewed', null],
  ])
  it('counts published documents, none reviewed', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = [
    [`${HEAD}全年审查行政规范性文件45件。其中包括县政府规范性文件12件。`, 'normative_docs_reviewed', 45],
    [`${HEAD}全年共清理行政规范性文件45件。其中，废止3件。`, 'normative_docs_reviewed', 45],
    [`${HEAD}全年合法性审查规范性文件20件。其中包括本局规范性文件6件。`, 'normative_docs_reviewed', 20],
    [`${HEAD}全年局机关合计办结各类执法案件460宗，涉案金额达1.45亿元。其中行政处罚396宗，罚没收入534.04万元。`, 'fines_yuan', 5340400],
  ]
  it('leaves parts of a reviewed, cleaned-up or handled total read as before (not an aside after that total)', () => expect(failures(misses)).toEqual([]))
})

const KINDS = [['按日连续处罚', '查封扣押'], ['一般程序案件', '简易程序案件'], ['食品类案件', '药品类案件']]
const LEADS = ['2023年，全县五类案件共', '全年查处违法案件', '2022年，支队共立案']

describe('an amount inside a breakdown by kind', () => {
  const probes: Probe[] = KINDS.flatMap(([a, b], i) => LEADS.map((lead, j): Probe[] => [
    [`${lead}${300 + i + j}件，其中${a}${19 + i}件、罚款${180 + j}.5万元，${b}${88 + j}件。`, 'fines_yuan', null],
    [`${lead}${300 + i + j}件，其中${a}${19 + i}件、罚款${180 + j}万元，${b}${88 + j}件、罚款${2 + i}万元。`, 'fines_yuan', null],
  ]).flat())
  it('is that kind’s money, not the year’s', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = [
    ['2023年，查处违法案件45件，其中行政处罚38件、罚没款12万元。', 'fines_yuan', 120000],
    ['2023年，全年查处案件154件、罚款180.62万元，移送公安机关3件。', 'fines_yuan', 1806200],
    ['2023年，全年查处案件154件，其中一般程序案件19件、简易程序案件88件，罚没款180万元。', 'fines_yuan', 1800000],
    ['2023年，全年办理行政处罚案件2起，其中办结1起、罚款11.7万元，另1起仍在办理。', 'fines_yuan', 117000],
  ]
  it('leaves the last kind’s amount alone, one beside the rest of the total and one outside a breakdown read', () => expect(failures(misses)).toEqual([]))
})
