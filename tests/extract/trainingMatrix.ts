/**
 * The training and mediation form matrix (issue 11, train17): the families that generalised worst (holdout F1 0.73
 * and 0.74 against 0.99 and 0.94 on dev). Positive forms of the agency's own study, training, card holdings and
 * dispute work, written for several kinds of author (a county department, a city bureau, a county government, a town,
 * a street, a ministry) and several ways of writing the figure; and near misses in the same register that no
 * indicator of the family may take (corpus README, "Training" and "Cases, reviews, disputes and approvals"):
 * publicity audiences and materials, events attended elsewhere, plans and norms per person, area and multi-year
 * totals, disputes only found, petitions, a court's mediation, rates of another base, exams, 述法, court hearings
 * attended. Each near miss is read alone and beside an own figure (before it, after it, in the same sentence).
 * Sentences are invented for this test.
 */
import { toTraditional } from './traditional'
import { NEAR } from './trainingNearMisses'

export interface TrainingProbe {
  family: 'training' | 'mediation'
  indicator: string
  author: string
  group: 'form' | 'numeral' | 'script' | 'near-miss'
  text: string
  /** The own figure (null when the text holds none of the indicator's). */
  value: number | null
  qualifier: string
  /** Figures no indicator of `banned` may take. */
  mustNot: number[]
  banned: string[]
}

/** An author: the words it opens a clause with ({A}), its own staff ({P}) and its short self-name ({M}). */
interface Author { kind: string; subject: string; staff: string; self: string }

export const AUTHORS: Author[] = [
  { kind: 'county department', subject: '县司法局', staff: '全局干部职工', self: '本局' },
  { kind: 'city bureau', subject: '市市场监管局', staff: '机关干部和执法人员', self: '局机关' },
  { kind: 'county government', subject: '县政府', staff: '政府组成部门负责人', self: '县政府本级' },
  { kind: 'town', subject: '镇党委、镇政府', staff: '镇村干部', self: '我镇' },
  { kind: 'street', subject: '街道', staff: '街道机关工作人员', self: '本街道' },
  { kind: 'ministry', subject: '部机关', staff: '部机关干部', self: '部机关' },
]

type Kind = 'count' | 'hours' | 'pct'
/** [indicator, measure word, kind, template with {A} {P} {M} {N}]. */
type Row = [string, string, Kind, string]

const TRAINING: Row[] = [
  ['training_sessions', '期', 'count', '{A}举办{P}法治培训班{N}'],
  ['training_sessions', '场', 'count', '{A}邀请律师为{P}举办法律知识讲座{N}'],
  ['training_sessions', '次', 'count', '{A}组织{P}开展集体学法{N}'],
  ['training_sessions', '次', 'count', '{A}组织开展专题学法{N}，参学{P}860人次'],
  ['training_sessions', '期', 'count', '{A}组织开展执法人员法治培训{N}，培训860人次'],
  ['training_sessions', '场', 'count', '{A}开展{N}习近平法治思想专题培训'],
  ['training_sessions', '次', 'count', '{A}坚持领导干部集体学法制度，全年集体学法{N}'],
  ['training_sessions', '期', 'count', '{A}组织新任职干部法律知识培训{N}'],
  ['training_sessions', '场', 'count', '{A}全年共举办法治讲座{N}，其中专家授课6场'],
  ['training_sessions', '次', 'count', '{A}常务会议会前学法{N}'],
  ['training_participants', '人次', 'count', '{A}举办法治培训班12期，培训{P}{N}'],
  ['training_participants', '人次', 'count', '{A}组织法治专题培训12期，累计参训{N}'],
  ['training_participants', '人', 'count', '{A}组织{P}参加法治培训，参训{N}'],
  ['training_participants', '人次', 'count', '{A}举办法治讲座12场，{P}{N}参加学习'],
  ['training_participants', '人次', 'count', '{A}开展执法人员法治轮训，参训人员达{N}'],
  ['training_participants', '人次', 'count', '{A}组织法治培训12期，受训{P}{N}'],
  ['training_hours_per_person', '学时', 'hours', '{A}{P}人均学法{N}'],
  ['training_hours_per_person', '学时', 'hours', '{A}组织{P}参加网络学法，人均完成{N}'],
  ['training_hours_per_person', '学时', 'hours', '{A}{P}年度人均学法学时达{N}'],
  ['training_hours_per_person', '课时', 'hours', '{A}{P}人均参加法治培训{N}'],
  ['training_hours_per_person', '学时', 'hours', '{A}{P}平均学法时长{N}'],
  ['training_hours_per_person', '学时', 'hours', '{A}{P}每人全年学法{N}'],
  ['certified_officers', '名', 'count', '{A}共有持证执法人员{N}'],
  ['certified_officers', '人', 'count', '{A}现有执法人员96人，其中持有行政执法证件的{N}'],
  ['certified_officers', '名', 'count', '{A}{N}执法人员均持证上岗'],
  ['certified_officers', '人', 'count', '{A}取得行政执法资格的人员共{N}'],
  // Round 2: a year's total with its part, lists with an attended or excluded kind, other orders and nouns.
  ['training_sessions', '期', 'count', '{A}全年共开展法治培训{N}，其中执法人员专题培训5期'],
  ['training_sessions', '场', 'count', '全县各部门共开展法治培训276场，其中{M}{N}'],
  ['training_sessions', '期', 'count', '{A}组织开展法治培训{N}、旁听庭审活动2次'],
  ['training_sessions', '期', 'count', '{A}通过“线上+线下”方式开展法治培训{N}'],
  ['training_sessions', '次', 'count', '{A}开展领导干部应知应会法律法规专题学习{N}'],
  ['training_sessions', '场', 'count', '{A}举办“法治大讲堂”{N}，邀请专家学者为{P}授课'],
  ['training_participants', '人次', 'count', '{A}开展法治培训12期，共{N}参加培训'],
  ['training_participants', '人次', 'count', '{A}法治培训班共培训学员{N}'],
  ['training_participants', '人次', 'count', '{A}组织{P}参加法治培训，参训率100%，参训人员{N}'],
  ['training_participants', '人', 'count', '{A}举办执法人员培训班12期，轮训执法人员{N}'],
  ['training_hours_per_person', '学时', 'hours', '{A}{P}人均学习时长达到{N}'],
  ['training_hours_per_person', '学时', 'hours', '{A}{P}人均完成学法学时{N}'],
  ['training_hours_per_person', '学时', 'hours', '{A}开展线上学法，人均{N}'],
  ['certified_officers', '名', 'count', '{A}{N}执法人员全部持有行政执法证件'],
  ['certified_officers', '人', 'count', '{A}持行政执法证件人员共{N}'],
  // Round 3: publicity events (the family's other count) and counts read through the sentence before them.
  ['legal_publicity_events', '场', 'count', '{A}开展普法宣传活动{N}'],
  ['legal_publicity_events', '场', 'count', '{A}深入村（社区）开展“法律进村居”活动{N}'],
  ['legal_publicity_events', '场', 'count', '{A}围绕民法典开展主题宣传活动{N}，发放宣传资料2600份'],
  ['legal_publicity_events', '场', 'count', '{A}开展送法下乡活动{N}，受众1.2万人次'],
  ['legal_publicity_events', '场', 'count', '{A}进社区为居民举办法治讲座{N}'],
  ['legal_publicity_events', '场', 'count', '{A}开展以案释法活动{N}'],
  ['legal_publicity_events', '次', 'count', '{A}组织普法志愿者开展法律咨询活动{N}'],
  ['training_sessions', '场次', 'count', '{A}高度重视干部法治培训。全年共举办{N}，参训{P}860人次'],
  ['training_sessions', '次', 'count', '{A}把习近平法治思想列为党组理论学习中心组重点学习内容。全年中心组集中学习{N}'],
  // Round 5: the register of the reworded reports (law named in titles of what was studied, ways of study listed first).
  ['training_sessions', '次', 'count', '{A}常务会议全年专题学习《宪法》《民法典》《行政复议法》等内容{N}'],
  ['training_sessions', '场', 'count', '{A}全年组织法律知识培训及专题讲座{N}，参加人员256人次'],
  ['training_sessions', '次', 'count', '{A}通过例会、中心组学习会和个人自学等方式组织{P}学习《行政处罚法》等法律法规，累计学习{N}'],
  ['training_participants', '人次', 'count', '{A}全年组织法律知识培训及专题讲座3场，参加人员{N}'],
  ['training_participants', '人次', 'count', '{A}举办法治讲座3场，听课人员{N}'],
  ['training_participants', '人次', 'count', '{A}举办法治讲座3场，参会干部{N}'],
  ['training_participants', '名', 'count', '{A}邀请专家开展法治专题讲座，{N}干部职工现场聆听'],
  ['training_participants', '名', 'count', '{A}邀请专家开展法治专题讲座，全体{N}干部职工参加'],
]

const MEDIATION: Row[] = [
  ['disputes_resolved', '件', 'count', '{A}人民调解组织调解成功矛盾纠纷{N}'],
  ['disputes_resolved', '件', 'count', '{A}调解矛盾纠纷96件，调解成功{N}'],
  ['disputes_resolved', '起', 'count', '{A}共排查化解矛盾纠纷{N}'],
  ['disputes_resolved', '件', 'count', '{A}排查矛盾纠纷96件，化解{N}，化解率98.6%'],
  ['disputes_resolved', '件', 'count', '{A}办理行政调解案件96件，调解成功{N}'],
  ['disputes_resolved', '件', 'count', '{A}成功调处各类矛盾纠纷{N}'],
  ['disputes_resolved', '件', 'count', '{A}调解纠纷96件，达成调解协议{N}'],
  ['disputes_resolved', '件', 'count', '{A}{N}矛盾纠纷得到有效化解'],
  ['disputes_identified', '件', 'count', '{A}排查矛盾纠纷{N}，全部录入平台'],
  ['disputes_identified', '起', 'count', '{A}开展矛盾纠纷大排查，共排查出各类纠纷{N}'],
  ['mediation_success_pct', '', 'pct', '{A}调解矛盾纠纷96件，调解成功率达{N}'],
  ['mediation_success_pct', '', 'pct', '{A}人民调解成功率保持在{N}'],
  ['mediation_success_pct', '', 'pct', '{A}调处矛盾纠纷96件，调处成功率{N}'],
  // Round 2: a handled count with its success count and rate, a bare mediated count, a resolved part of those found.
  ['disputes_resolved', '件', 'count', '{A}受理矛盾纠纷96件，调解成功{N}，调解成功率98.6%'],
  ['disputes_resolved', '件', 'count', '{A}化解矛盾纠纷{N}，化解率100%'],
  ['disputes_resolved', '件', 'count', '{A}调解各类矛盾纠纷{N}'],
  ['disputes_resolved', '件', 'count', '{A}排查矛盾纠纷96件，已化解{N}'],
  ['disputes_resolved', '件', 'count', '{A}行政调解成功{N}'],
  ['disputes_resolved', '件', 'count', '{A}成功化解矛盾纠纷{N}，涉及金额2760万元'],
  ['disputes_identified', '件', 'count', '{A}排查出各类矛盾纠纷{N}，化解96件'],
  ['petitions_handled', '件', 'count', '{A}受理群众信访事项{N}，按期办结率100%'],
  ['petitions_handled', '件', 'count', '县信访局受理信访事项{N}，化解率98.5%'],
  ['petitions_handled', '批次', 'count', '县信访局接待群众来访{N}'],
  ['mediation_success_pct', '', 'pct', '{A}成功化解矛盾纠纷96件，调解成功率达{N}'],
]

/** A figure as written before its measure word, with its value and qualifier. */
type Rendering = [(u: string) => string, number, string]
const COUNT: Rendering[] = [
  [(u) => `34${u}`, 34, 'exact'],
  [(u) => `三十四${u}`, 34, 'exact'],
  [(u) => `30余${u}`, 30, 'approx'],
  [(u) => `30多${u}`, 30, 'approx'],
  [(u) => `近40${u}`, 40, 'approx'],
  [(u) => `超过30${u}`, 30, 'at_least'],
]
const HOURS: Rendering[] = [
  [(u) => `48${u}`, 48, 'exact'],
  [(u) => `四十八${u}`, 48, 'exact'],
  [(u) => `40余${u}`, 40, 'approx'],
  [(u) => `超过40${u}`, 40, 'at_least'],
]
const PCT: Rendering[] = [
  [() => '97.5%', 97.5, 'exact'],
  [() => '百分之九十七点五', 97.5, 'exact'],
  [() => '97%以上', 97, 'approx'],
]
const renderings = (kind: Kind): Rendering[] => (kind === 'pct' ? PCT : kind === 'hours' ? HOURS : COUNT)

const fill = (t: string, a: Author, figure = '') =>
  t.replace('{A}', a.subject).replace('{P}', a.staff).replace('{M}', a.self).replace('{N}', figure)

/** The first own form of each indicator: what a near miss is read beside. */
const OWN: Record<'training' | 'mediation', Row[]> = {
  training: [TRAINING[0], TRAINING[10], ['legal_publicity_events', '场', 'count', '{A}开展普法宣传活动{N}']],
  mediation: [MEDIATION[1], MEDIATION[8], MEDIATION[10]],
}

export function buildTrainingProbes(): TrainingProbe[] {
  const out: TrainingProbe[] = []
  const rows: [TrainingProbe['family'], Row[]][] = [['training', TRAINING], ['mediation', MEDIATION]]
  for (const [family, list] of rows) {
    for (const [indicator, unit, kind, t] of list) {
      const all = renderings(kind)
      for (const a of AUTHORS) {
        const [render, value, qualifier] = all[0]
        out.push({ family, indicator, author: a.kind, group: 'form', text: `2023年，${fill(t, a, render(unit))}。`, value, qualifier, mustNot: [], banned: [] })
      }
      // The same sentence in traditional script (Taiwan forms), for two authors.
      for (const a of [AUTHORS[0], AUTHORS[3]]) {
        const [render, value, qualifier] = all[0]
        out.push({ family, indicator, author: a.kind, group: 'script', text: toTraditional(`2023年，${fill(t, a, render(unit))}。`), value, qualifier, mustNot: [], banned: [] })
      }
      for (const [render, value, qualifier] of all.slice(1)) {
        out.push({ family, indicator, author: AUTHORS[0].kind, group: 'numeral', text: `2023年，${fill(t, AUTHORS[0], render(unit))}。`, value, qualifier, mustNot: [], banned: [] })
      }
    }
  }
  for (const [family, banned, t, figure] of NEAR) {
    for (const a of AUTHORS) {
      const near = fill(t, a)
      const base = { family, author: a.kind, group: 'near-miss' as const, mustNot: [figure], banned }
      out.push({ ...base, indicator: banned[0], text: `2023年，${near}。`, value: null, qualifier: '' })
      for (const [indicator, unit, kind, own] of OWN[family].filter(([id]) => banned.includes(id))) {
        const [render, value, qualifier] = renderings(kind)[0]
        const mine = fill(own, a, render(unit))
        for (const text of [`2023年，${mine}。${near}。`, `2023年，${near}。${mine}。`, `2023年，${mine}；${near}。`]) {
          out.push({ ...base, indicator, text, value, qualifier })
        }
      }
    }
  }
  return out
}
