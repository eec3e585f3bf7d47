/**
 * The probe matrix (issue 11, valforms15): the FORM SPACE of each indicator's value, not sentences.
 * For every indicator a few realistic cores (invented, in the register of annual reports: term before
 * or after the figure, long lists between them, nominal and passive forms) are crossed with three axes:
 * how the figure is written (Arabic, Chinese numerals and decimals, 万/亿, 余/多/约/近/逾/超/以上; and the whole
 * sentence in traditional script), who
 * the subject is (本局, 全局, 局机关, 我局, 全年…), and what else stands in the sentence (a change 同比/较上年, the
 * year before's figure, a document number, a rank, a hotline, a page, a plan for next year, an event the
 * agency only attended). Each probe expects its (indicator, value, qualifier) and that no distractor
 * figure is taken by any indicator. Cores are in probeCores.ts (training, oversight, enforcement) and probeCoresService.ts
 * (services, disputes, hazards, disclosure requests, court outcomes, statements that there was none).
 */
import { toTraditional } from './traditional'
import { CORES, type Core } from './probeCores'
import { SERVICE_CORES } from './probeCoresService'
import { SERVICE_NEGATIVES } from './probeNegativesService'

export interface Probe {
  family: string
  indicator: string
  axis: 'numeral' | 'subject' | 'distractor' | 'script'
  text: string
  value: number
  qualifier: string
  /** Figures no indicator may take from this text. */
  mustNot: number[]
}

/** A figure as written before its measure word `u`, with the value and qualifier it stands for. */
type Rendering = [(u: string) => string, number, string]

const COUNT: Rendering[] = [
  [(u) => `34${u}`, 34, 'exact'],
  [(u) => `三十四${u}`, 34, 'exact'],
  [(u) => `两${u}`, 2, 'exact'],
  [(u) => `30余${u}`, 30, 'approx'],
  [(u) => `三十多${u}`, 30, 'approx'],
  [(u) => `约34${u}`, 34, 'approx'],
  [(u) => `近40${u}`, 40, 'approx'],
  [(u) => `34${u}以上`, 34, 'approx'],
  [(u) => `逾30${u}`, 30, 'at_least'],
  [(u) => `超过30${u}`, 30, 'at_least'],
  [(u) => `十余${u}`, 10, 'approx'],
  [(u) => `３４${u}`, 34, 'exact'],
  [(u) => `34 ${u}`, 34, 'exact'],
]
/** Large counts (attendances, approvals, fines): 万 and thousands separators too. */
const LARGE: Rendering[] = [
  [(u) => `1.2万${u}`, 12000, 'exact'],
  [(u) => `1,234${u}`, 1234, 'exact'],
  [(u) => `一千二百${u}`, 1200, 'exact'],
  [(u) => `1200余${u}`, 1200, 'approx'],
  [(u) => `1.2万余${u}`, 12000, 'approx'],
  [(u) => `两千余${u}`, 2000, 'approx'],
  [(u) => `一万二千${u}`, 12000, 'exact'],
]
const PCT: Rendering[] = [
  [() => '95.5%', 95.5, 'exact'],
  [() => '百分之九十五点五', 95.5, 'exact'],
  [() => '100%', 100, 'exact'],
  [() => '98%以上', 98, 'approx'],
  [() => '超过95%', 95, 'at_least'],
  [() => '九成', 90, 'exact'],
  [() => '99.5％', 99.5, 'exact'],
]
const YUAN: Rendering[] = [
  [() => '12.5万元', 125000, 'exact'],
  [() => '三十六万元', 360000, 'exact'],
  [() => '四十六点六万元', 466000, 'exact'],
  [() => '1.2亿元', 120000000, 'exact'],
  [() => '478.7761万元', 4787761, 'exact'],
  [() => '36,500元', 36500, 'exact'],
  [() => '30余万元', 300000, 'approx'],
  [() => '逾30万元', 300000, 'at_least'],
  [() => '1,234.5万元', 12345000, 'exact'],
  [() => '两千余万元', 20000000, 'approx'],
  [() => '0.5亿元', 50000000, 'exact'],
]
const HOURS: Rendering[] = [
  [(u) => `40${u}`, 40, 'exact'],
  [(u) => `四十${u}`, 40, 'exact'],
  [(u) => `40.5${u}`, 40.5, 'exact'],
  [(u) => `40余${u}`, 40, 'approx'],
  [(u) => `超40${u}`, 40, 'at_least'],
  [(u) => `近40${u}`, 40, 'approx'],
  [(u) => `四十余${u}`, 40, 'approx'],
]

/** A statement that there was none carries no figure: the value is 0. */
const NONE: Rendering[] = [[() => '', 0, 'exact']]

function renderings(core: Core): Rendering[] {
  if (core.kind === 'none') return NONE
  if (core.kind === 'pct') return PCT
  if (core.kind === 'yuan') return YUAN
  if (core.kind === 'hours') return HOURS
  return core.kind === 'large' ? [...COUNT, ...LARGE] : COUNT
}

/** Subjects a clause may open with; '{S}' in a core marks where. */
const SUBJECTS = ['', '本局', '全局', '局机关', '我局', '全年', '一年来，本局', '本年度', '今年以来，局', '全县', '系统内', '本机关']

/**
 * Distractors: [text, where (before the sentence, after the figure's clause, or as a clause before it), its figures].
 * `{u}` is the core's measure word (a change in the same unit is the hardest distractor).
 */
const DISTRACTORS: [string, 'pre' | 'post' | 'next', number[], string?][] = [
  ['，同比增长12.5%', 'post', [12.5]],
  ['，较上年增加7{u}', 'post', [7]],
  ['（上年为29{u}）', 'post', [29]],
  ['，比2022年减少6{u}', 'post', [6]],
  ['根据《关于加强法治政府建设的实施意见》（某政发〔2023〕5号）要求，', 'pre', [5]],
  ['在全市法治政府建设考核中位列第3名，', 'pre', [3]],
  ['，监督电话0531-86123456', 'post', [86123456]],
  ['（详见附件第12页）', 'post', [12]],
  ['下一步，计划明年再组织8{u}。', 'next', [8]],
  ['2024年的目标是达到50{u}。', 'next', [50]],
  // (in training a clause after an attended event may count its people: there the event is a sentence of its own)
  ['另派员参加上级组织的专题培训9期，', 'pre', [9], 'training'],
  ['局另派员参加上级组织的专题培训9期；', 'pre', [9]],
  ['在第二届法治论坛上作交流发言，', 'pre', [2]],
  ['全市各级行政机关合计1320{u}，其中本局', 'pre', [1320]],
  ['（截至2023年12月31日）', 'post', [31]],
  ['，上年为29{u}', 'post', [29]],
  ['（2022年同期为27{u}）', 'post', [27]],
]

const fill = (template: string, figure: string, subject: string) => template.replace('{S}', subject).replace('{N}', figure)

export function buildProbes(): Probe[] {
  const out: Probe[] = []
  for (const core of [...CORES, ...SERVICE_CORES]) {
    const base = { family: core.family, indicator: core.indicator }
    const unit = core.unit
    for (const [render, value, qualifier] of renderings(core)) {
      out.push({ ...base, axis: 'numeral', text: `2023年，${fill(core.text, render(unit), '')}。`, value, qualifier, mustNot: [] })
    }
    const [render, value, qualifier] = renderings(core)[0]
    for (const subject of SUBJECTS) {
      out.push({ ...base, axis: 'subject', text: `2023年，${fill(core.text, render(unit), subject)}。`, value, qualifier, mustNot: [] })
    }
    out.push({ ...base, axis: 'script', text: toTraditional(`2023年，${fill(core.text, render(unit), '本局')}。`), value, qualifier, mustNot: [] })
    for (const [d, where, figures, notIn] of DISTRACTORS) {
      // (a distractor whose figure equals the value, or a change in a unit the core has none of, proves nothing)
      if (figures.includes(value) || (d.includes('{u}') && !unit) || notIn === core.family) continue
      const dd = d.replace('{u}', unit)
      const sentence = fill(core.text, render(unit), '')
      const text = where === 'pre' ? `2023年，${dd}${sentence}。` : where === 'post' ? `2023年，${sentence}${dd}。` : `2023年，${sentence}。${dd}`
      out.push({ ...base, axis: 'distractor', text, value, qualifier, mustNot: figures })
    }
  }
  return out
}

/**
 * Near misses of the widened forms: each must NOT give its indicator the figure. A count before a noun
 * that is no act of the agency's (发现, 移送, 评查, 抽查, a relative clause 报送备案的N份…), a count a
 * modifier verb parts from the noun (一件引起行政复议), attendances of outsiders after a 培训…等 list, a
 * lawyer's appearance rate, the year before's figure in an aside or clause, a total of several bodies; and the
 * look-alikes of each family (materials issued in 期, exams and contests, staff on the roll, a course's hours,
 * rules per person, documents issued, contracts, power lists, money recovered, a change in 个百分点).
 */
export const NEGATIVES: [family: string, indicator: string, text: string, figure: number][] = [
  ['enforcement', 'enforcement_cases', '2023年，发现34起违法行为线索。', 34],
  ['enforcement', 'enforcement_cases', '2023年，移送34件违法案件至公安机关。', 34],
  ['enforcement', 'penalty_cases', '2023年，评查34件行政处罚案卷。', 34],
  ['enforcement', 'penalty_cases', '2023年，抽查34件行政处罚案件的办理质量。', 34],
  ['enforcement', 'penalty_cases', '2023年，协助办理34件行政处罚案件。', 34],
  ['enforcement', 'reconsideration_cases', '2023年，办理的投诉举报没有一件引起行政复议。', 1],
  ['enforcement', 'reconsideration_cases', '2023年，代理34件行政复议案件。', 34],
  ['enforcement', 'litigation_cases', '2023年，参与34件行政诉讼案件的应诉工作。', 34],
  ['enforcement', 'enforcement_inspections', '2023年，组织34次专项执法检查演练。', 34],
  ['enforcement', 'enforcement_inspections', '2023年，接受34次上级执法检查。', 34],
  ['enforcement', 'head_appearance_pct', '2023年，律师出庭应诉比例为95.5%。', 95.5],
  ['enforcement', 'enforcement_cases', '2023年，查处违法案件41件，上年为34件。', 34],
  ['enforcement', 'penalty_cases', '2023年，办理行政处罚案件41件（2022年为34件）。', 34],
  ['enforcement', 'enforcement_cases', '2023年，公安、交通、城管三部门合计查处违法案件34件。', 34],
  ['oversight', 'normative_docs_reviewed', '2023年，对各部门报送备案的34份行政规范性文件逐件登记。', 34],
  ['oversight', 'normative_docs_reviewed', '2023年，印发2部政府规章、34件行政规范性文件。', 34],
  ['oversight', 'normative_docs_filed', '2023年，规范性文件报备率100%，制定规范性文件34件。', 34],
  ['oversight', 'legal_review_cases', '2023年，对34件重大行政执法决定进行公示。', 34],
  ['oversight', 'normative_docs_reviewed', '2023年，规范性文件备案率100%，共审核执法决定34件。', 34],
  ['oversight', 'normative_docs_reviewed', '2023年，印发规范性文件5件，共审核合同34件。', 34],
  ['oversight', 'normative_docs_filed', '2023年，签订合同34份，报送备案12件。', 12],
  ['enforcement', 'lenient_cases', '2023年，制定轻微违法免罚清单，明确免罚事项34个。', 34],
  ['enforcement', 'penalty_cases', '2023年，印制行政处罚文书34份。', 34],
  ['enforcement', 'fines_yuan', '2023年，罚没金额较上年增加2.5万元，达12.5万元。', 25000],
  ['training', 'training_participants', '2023年，为企业举办培训，培训企业负责人、从业人员等34人次。', 34],
  ['training', 'training_participants', '2023年，进社区开展培训，培训村民、居民等34人次。', 34],
  ['training', 'training_sessions', '2023年，另派员参加上级组织的专题培训34期。', 34],
  ['training', 'training_sessions', '2023年，推送学法资料34期。', 34],
  ['training', 'training_sessions', '2023年，举办法治讲座34场，邀请律师为企业经营者授课。', 34],
  ['training', 'training_sessions', '2023年，坚持每月开展学法一次。', 1],
  ['training', 'training_sessions', '2023年，编印学法手册34期。', 34],
  ['training', 'training_sessions', '2023年，举办业务培训34期。', 34],
  ['training', 'training_sessions', '2023年，召开党组会议34次，研究法治政府建设工作6次。', 6],
  ['training', 'training_sessions', '2023年，组织干部职工观看警示教育片34场次。', 34],
  ['training', 'training_participants', '2023年，组织旁听庭审活动3次，参加人员134人次。', 134],
  ['training', 'training_participants', '2023年，开展法律知识竞赛3场，参赛干部134人。', 134],
  ['training', 'training_participants', '2023年，机关干部学法用法考试参考率100%，共134人参考。', 134],
  ['training', 'training_participants', '2023年，选派34名干部参加市委党校法治专题培训班。', 34],
  ['training', 'certified_officers', '2023年，组织执法人员参加网上执法资格考试，34人全部通过。', 34],
  ['training', 'certified_officers', '2023年，全局共有干部职工134人，其中执法人员34人。', 34],
  ['training', 'certified_officers', '2023年，完成执法证件年审134件，新申领执法证34人。', 34],
  ['training', 'training_hours_per_person', '2023年，法治培训班为期3天，共24学时。', 24],
  ['training', 'training_hours_per_person', '2023年，每名执法人员每年参加培训不少于60学时。', 60],
  ['oversight', 'normative_docs_reviewed', '2023年，制定规范性文件34件，均经合法性审核。', 34],
  ['oversight', 'normative_docs_reviewed', '2023年，以县政府名义印发规范性文件34件。', 34],
  ['oversight', 'normative_docs_reviewed', '2023年，规范性文件按规定报送备案34件。', 34],
  ['oversight', 'normative_docs_filed', '2023年，制定规范性文件34件，均按规定执行。', 34],
  ['enforcement', 'litigation_cases', '2023年，办理涉诉信访事项34件。', 34],
  ['enforcement', 'litigation_cases', '2023年，镇里涉诉案件共72起，其中民事诉讼58起、行政诉讼14起。', 72],
  ['oversight', 'info_disclosure_requests', '2023年，主动公开政府信息3400条。', 3400],
  ['oversight', 'legal_review_cases', '2023年，审查政府合同134份。', 134],
  ['oversight', 'major_decisions', '2023年，重大行政决策目录管理事项34项。', 34],
  ['enforcement', 'enforcement_cases', '2023年，受理投诉举报1200件，办结率100%。', 1200],
  ['enforcement', 'penalty_cases', '2023年，行政处罚权力事项334项。', 334],
  ['enforcement', 'fines_yuan', '2023年，为企业挽回经济损失120万元。', 1200000],
  ['enforcement', 'head_appearance_pct', '2023年，行政机关负责人出庭应诉率达95.5%，较上年提高5个百分点。', 5],
  ['enforcement', 'lenient_cases', '2023年，公布不予处罚事项清单34项。', 34],
  ['training', 'training_sessions', '2023年，举办法治培训班41期（上年为34期）。', 34],
  ['training', 'legal_publicity_events', '2023年，开展普法宣传活动41场，去年同期34场。', 34],
  ...SERVICE_NEGATIVES,
]
