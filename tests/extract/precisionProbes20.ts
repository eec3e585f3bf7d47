/**
 * Precision probes (prec20): forms of figures a careful analyst does not take, where values read on dev were wrong on unseen
 * reports — a training named by a topic of its own that is not law, the sum of items different bodies did, a year or a span of
 * years named after the author, checks of the agency's own house, a fine's bound, largest one or average. Each matrix crosses subjects × verbs × terms × units × numerals, and each has its twin that must
 * still be read (law trainings, the author's parallel items, the report's year). Sentences are invented.
 */

export interface Probe {
  name: string
  text: string
  indicator: string
  /** The value the indicator must take, null when it must take none, undefined when only `mustNot` is pinned. */
  value?: number | null
  /** Figures no indicator may take. */
  mustNot: number[]
}

const SUBJECTS = ['本局', '局机关', '我委', '']
const VERBS = ['开展', '举办', '组织开展', '组织干部职工开展']
/** Topics of their own that name no law (none of the rules' listed other topics). */
const OTHER_TOPICS = ['防汛应急', '食品安全', '疫情防控', '网格员', '数据安全', '乡村振兴', '医保政策', '招商引资', '林草防火', '特种设备安全',
  '应急管理', '统计业务', '档案管理', '垃圾分类', '政务服务', '国有资产管理']
/** Topics naming law, and words that name no topic: the training stays a law session. */
const LAW_TOPICS = ['法治', '法律知识', '民法典', '行政执法', '安全生产法', '习近平法治思想', '依法行政', '执法人员', '宪法', '执法人员业务',
  '', '专题', '集中', '全员', '能力提升专题']
const TERMS = ['培训', '培训班', '专题培训', '知识培训', '讲座']
const FIGURES: [string, number][] = [['12次', 12], ['十二期', 12], ['12场次', 12], ['12余场', 12]]

/** A training on a topic of its own: no session when the topic names no law, a session when it does or names none. */
export function topicProbes(): Probe[] {
  const out: Probe[] = []
  let i = 0
  for (const subject of SUBJECTS) {
    for (const verb of VERBS) {
      for (const term of TERMS) {
        for (const [topics, law] of [[OTHER_TOPICS, false], [LAW_TOPICS, true]] as const) {
          for (const topic of topics) {
            const [figure, value] = FIGURES[i++ % FIGURES.length]
            const text = `2023年，${subject}${verb}${topic}${term}${figure}。`
            out.push({ name: law ? 'law training' : 'other topic', text, indicator: 'training_sessions', value: law ? value : null, mustNot: law ? [] : [value] })
          }
        }
      }
    }
  }
  // Publicity on a topic of its own that names no law is no law publicity (corpus README: 反诈宣传, 消防/安全生产宣传 are not).
  for (const subject of SUBJECTS) {
    for (const term of ['宣传活动', '宣传', '宣讲活动', '主题宣传活动']) {
      for (const [topics, law] of [[[...OTHER_TOPICS, '禁毒', '节水', '扫黑除恶', '文明城市创建'], false], [['普法', '法治', '民法典', '安全生产法', '宪法', '', '“法律进社区”', '进社区'], true]] as const) {
        for (const topic of topics) {
          const [figure, value] = FIGURES[i++ % FIGURES.length]
          out.push({ name: law ? 'law publicity' : 'other publicity', text: `2023年，${subject}开展${topic}${term}${figure}。`, indicator: 'legal_publicity_events',
            value: law ? value : null, mustNot: law ? [] : [value] })
        }
      }
    }
  }
  // The people trained at such a training are no participants of law training either.
  for (const topic of [...OTHER_TOPICS, ...LAW_TOPICS.slice(0, 6)]) {
    const law = LAW_TOPICS.includes(topic)
    const text = `2023年，本局开展${topic}培训12场次，培训干部560人次。`
    out.push({ name: law ? 'law participants' : 'other participants', text, indicator: 'training_participants', value: law ? 560 : null, mustNot: law ? [] : [560] })
  }
  return out
}

/** Items of the author and of another body in one sentence: cores with their verb, term and own/other figures. */
const SUM_CORES: [indicator: string, phrase: (n: string) => string, own: [string, number], other: [string, number]][] = [
  ['training_sessions', (n) => `举办法治讲座${n}`, ['5场', 5], ['7场', 7]],
  ['legal_publicity_events', (n) => `开展普法宣传活动${n}`, ['15场', 15], ['6场', 6]],
  ['fines_yuan', (n) => `罚款${n}`, ['12万元', 120000], ['30万元', 300000]],
  ['hazards_rectified', (n) => `整改安全隐患${n}`, ['34处', 34], ['29处', 29]],
]
const SELVES = ['本局', '我局', '局机关']
const JOINT_HELD = ['training_sessions', 'legal_publicity_events']
const OTHER_BODIES = ['县司法局', '执法大队', '县妇联', '区人社局', '公安分局', '县总工会', '团县委', '各社区', '各执法中队', '市场监管所']

/** The author's item and another body's, joined by ， or ；: the author's figure, never the sum, never the other's. */
export function sumProbes(): Probe[] {
  const out: Probe[] = []
  for (const [indicator, phrase, [own, value], [other, otherValue]] of SUM_CORES) {
    for (const self of SELVES) {
      for (const body of OTHER_BODIES) {
        for (const mark of ['，', '；']) {
          out.push({ name: 'other body', text: `2023年，${self}${phrase(own)}${mark}${body}${phrase(other)}。`, indicator, value, mustNot: [value + otherValue] })
        }
      }
      // (the author's own parallel items still add up, and so do training and publicity held jointly with another body — results of
      // other actions taken with others are not the agency's, corpus README)
      for (const with_ of ['', ...(JOINT_HELD.includes(indicator) ? ['联合县妇联', '会同县司法局', '邀请县司法局'] : [])]) {
        out.push({ name: 'own items', text: `2023年，${self}${phrase(own)}，${with_}${phrase(other)}。`, indicator, value: value + otherValue, mustNot: [] })
      }
    }
  }
  return out
}

/** A list closed by its total or a running count: never added up with them. */
const CLOSED_LISTS: [indicator: string, text: string, sum: number][] = [
  ['training_sessions', '组织学法12次，举办法治讲座3场，共计学法15次', 30],
  ['training_sessions', '组织学法12次，举办法治讲座3场，合计开展学法活动15次', 30],
  ['training_sessions', '举办法治讲座5场，总计举办法治讲座20场', 25],
  ['legal_publicity_events', '开展普法宣传活动15场，累计开展普法宣传活动60场', 75],
  ['legal_publicity_events', '开展普法宣传活动15场，开展以案释法活动6场，总共开展普法宣传活动21场', 42],
  ['fines_yuan', '罚款12万元，没收违法所得3万元，合计罚没15万元', 300000],
]

export function closedListProbes(): Probe[] {
  return SELVES.flatMap((self) => CLOSED_LISTS.map(([indicator, list, sum]) =>
    ({ name: 'closed list', text: `2023年，${self}${list}。`, indicator, mustNot: [sum] })))
}

/** Cores read after a year or a span named after the author. */
const YEAR_CORES: [indicator: string, phrase: (n: string) => string][] = [
  ['enforcement_inspections', (n) => `开展执法检查${n}`],
  ['enforcement_cases', (n) => `查处违法案件${n}`],
  ['reconsideration_cases', (n) => `受理行政复议申请${n}`],
  ['training_sessions', (n) => `举办法治培训班${n}`],
  ['legal_publicity_events', (n) => `开展普法宣传活动${n}`],
]
const UNITS: Record<string, string> = { enforcement_inspections: '次', enforcement_cases: '件', reconsideration_cases: '件', training_sessions: '期', legal_publicity_events: '场' }
const OWNERS = ['本局', '我局', '局机关', '我委']
const EARLIER = ['2022年', '上年', '去年', '2021年']
const SPANS = ['近两年', '近三年', '前两年', '过去三年', '在近三年']

/** Another year or a span after the author's name: not the report's year, while the report's year named the same way is. */
export function yearProbes(): Probe[] {
  const out: Probe[] = []
  for (const [indicator, phrase] of YEAR_CORES) {
    const unit = UNITS[indicator]
    for (const owner of OWNERS) {
      for (const earlier of EARLIER) {
        out.push({ name: 'earlier year after the author', text: `2023年度报告。${owner}${earlier}${phrase(`98${unit}`)}，2023年${phrase(`120${unit}`)}。`, indicator, value: 120, mustNot: [98] })
        out.push({ name: 'earlier year after the author', text: `2023年度报告。${owner}${earlier}${phrase(`98${unit}`)}。`, indicator, value: null, mustNot: [98] })
      }
      for (const span of SPANS) {
        out.push({ name: 'span after the author', text: `2023年度报告。${owner}${span}${phrase(`290${unit}`)}。`, indicator, value: null, mustNot: [290] })
      }
      out.push({ name: 'the year after the author', text: `2023年度报告。${owner}2023年${phrase(`120${unit}`)}。`, indicator, value: 120, mustNot: [] })
      out.push({ name: 'the year after the author', text: `2023年度报告。${owner}今年${phrase(`120${unit}`)}。`, indicator, value: 120, mustNot: [] })
      // (近三年 after the verb names the object's age, not a span: 梳理近三年积案)
      out.push({ name: 'the year after the author', text: `2023年，${owner}梳理近三年积案，${phrase(`120${unit}`)}。`, indicator, value: 120, mustNot: [] })
    }
  }
  return out
}

/** Checks of the agency's own house (its office, its finances, its discipline, its subordinate units): no enforcement inspections. */
const HOUSE_CHECKS = ['开展内部检查', '开展党风廉政检查', '开展机关安全检查', '开展办公用房检查', '开展财务检查', '开展机关作风检查', '开展保密检查',
  '开展档案检查', '对下属单位开展安全检查', '对所属单位开展专项检查', '对内设机构开展纪律检查']
const ENFORCEMENT_CHECKS = ['开展执法检查', '开展监督检查', '开展专项检查', '开展日常检查', '对辖区企业开展执法检查', '开展“双随机”抽查']
const COUNTS: [string, number][] = [['12次', 12], ['十二次', 12], ['12余次', 12], ['12批次', 12]]

export function houseProbes(): Probe[] {
  const out: Probe[] = []
  let i = 0
  for (const subject of ['本局', '我局', '局机关', '本机关', '我机关']) {
    for (const [checks, own] of [[HOUSE_CHECKS, false], [ENFORCEMENT_CHECKS, true]] as const) {
      for (const check of checks) {
        const [figure, value] = COUNTS[i++ % COUNTS.length]
        out.push({ name: own ? 'enforcement check' : 'house check', text: `2023年，${subject}${check}${figure}。`, indicator: 'enforcement_inspections',
          value: own ? value : null, mustNot: own ? [] : [value] })
      }
    }
  }
  return out
}

/** A fine's bound, a single largest one, an average or a scale beside the year's fines: never the year's amount. */
const FINE_ASIDES: [string, number][] = [['单笔最高罚款5万元', 50000], ['平均每案罚款0.5万元', 5000], ['案均罚款0.6万元', 6000], ['最高一笔处罚金额8万元', 80000],
  ['将最高罚款额度由5万元调整为3万元', 50000], ['人均罚款0.2万元', 2000], ['罚款标准由2万元提高到4万元', 40000], ['每起罚款0.3万元', 3000]]

export function fineProbes(): Probe[] {
  const out: Probe[] = []
  for (const subject of ['本局', '我局', '局机关']) {
    for (const [own, value] of [['罚款12万元', 120000], ['罚没款12万元', 120000], ['罚没金额12万元', 120000]] as const) {
      for (const [aside, figure] of FINE_ASIDES) {
        out.push({ name: 'fine aside', text: `2023年，${subject}查处违法案件34件，${own}，${aside}。`, indicator: 'fines_yuan', value, mustNot: [figure] })
        out.push({ name: 'fine aside', text: `2023年，${subject}查处违法案件34件，${aside}。`, indicator: 'fines_yuan', value: null, mustNot: [figure] })
      }
    }
  }
  return out
}

export const buildPrecisionProbes = (): Probe[] => [...topicProbes(), ...sumProbes(), ...closedListProbes(), ...yearProbes(), ...houseProbes(), ...fineProbes()]
