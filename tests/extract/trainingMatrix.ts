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
import { Converter } from 'opencc-js'

/** Reports of both scripts are read alike. */
const toTraditional = Converter({ from: 'cn', to: 'tw' })

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

/**
 * Near misses: [family, indicators that must not take the figure, template, figure]. Rulings: publicity is not training
 * (its materials, audiences and events); an event the author's people only attended, a plan, a norm per person, a
 * course's hours, exams and 述法 are no training count; an area's or several years' total is not the year's own;
 * disputes found are not resolved, petitions and a court's mediation are no disputes the agency resolved, and a
 * handled or fulfilment rate is no success rate.
 */
const TRAINING_IDS = ['training_sessions', 'training_participants', 'training_hours_per_person', 'certified_officers']
const MEDIATION_IDS = ['disputes_resolved', 'disputes_identified', 'mediation_success_pct']
const PUBLIC_IDS = [...TRAINING_IDS, 'legal_publicity_events']
export const NEAR: [family: 'training' | 'mediation', banned: string[], text: string, figure: number][] = [
  ['training', PUBLIC_IDS, '{A}在普法活动中发放宣传资料2600份', 2600],
  ['training', TRAINING_IDS, '{A}开展普法宣传活动27场，受众1.5万人次', 15000],
  ['training', TRAINING_IDS, '{A}开展“法律进社区”普法活动27场', 27],
  ['training', TRAINING_IDS, '{A}深入企业开展送法活动，为经营者举办法治讲座27场', 27],
  ['training', TRAINING_IDS, '{A}选派业务骨干27人参加省厅举办的执法培训班', 27],
  ['training', TRAINING_IDS, '{A}派员参加上级举办的法治培训27期', 27],
  ['training', TRAINING_IDS, '{A}要求干部职工每人每年学法不少于60学时', 60],
  ['training', TRAINING_IDS, '{A}计划下一年度举办法治培训27期', 27],
  ['training', TRAINING_IDS, '{A}本期培训班共安排课程16课时', 16],
  ['training', TRAINING_IDS, '{A}组织干部职工参加学法考试，参考率100%，合格率98.5%', 98.5],
  ['training', TRAINING_IDS, '{A}组织学法考试，参考人员276人', 276],
  ['training', TRAINING_IDS, '{A}组织干部旁听庭审27次，旁听人员276人次', 276],
  ['training', TRAINING_IDS, '{A}组织干部旁听庭审27次', 27],
  ['training', TRAINING_IDS, '{A}开展领导干部述法，27名领导干部现场述法', 27],
  ['training', TRAINING_IDS, '{A}组织新任职干部法律知识考试，276人参加考试', 276],
  ['training', TRAINING_IDS, '{A}新申领行政执法证件27人', 27],
  ['training', TRAINING_IDS, '“八五”普法以来，{A}累计举办法治培训276期', 276],
  ['training', TRAINING_IDS, '{A}2021年至2023年共培训干部2760人次', 2760],
  ['training', TRAINING_IDS, '{A}指导各村（社区）开展法治学习276场', 276],
  ['training', TRAINING_IDS, '{A}推动各部门开展法治培训276场', 276],
  ['training', TRAINING_IDS, '{A}组织干部职工观看法治教育片27场次', 27],
  ['mediation', MEDIATION_IDS, '{A}受理群众信访事项276件', 276],
  ['mediation', MEDIATION_IDS, '{A}化解信访积案27件', 27],
  ['mediation', MEDIATION_IDS, '县人民法院诉前调解案件2760件', 2760],
  ['mediation', ['disputes_resolved', 'mediation_success_pct'], '{A}排查矛盾纠纷隐患276件', 276],
  ['mediation', ['mediation_success_pct'], '{A}矛盾纠纷化解率达98.5%', 98.5],
  ['mediation', ['mediation_success_pct'], '{A}调解协议履行率达98.5%', 98.5],
  ['mediation', ['mediation_success_pct'], '{A}矛盾纠纷调处率达98.5%', 98.5],
  ['mediation', MEDIATION_IDS, '{A}计划培训人民调解员276人次', 276],
  ['mediation', ['disputes_resolved'], '{A}调处矛盾纠纷276件，正在调处27件', 27],
  ['mediation', MEDIATION_IDS, '{A}2019年以来累计化解矛盾纠纷2760件', 2760],
  // Round 2.
  ['training', PUBLIC_IDS, '{A}开展宪法宣传周活动，发放宣传册2600册', 2600],
  ['training', PUBLIC_IDS, '{A}通过微信公众号推送普法信息276条', 276],
  ['training', TRAINING_IDS, '{A}组织276名干部参加学法考试，合格率100%', 276],
  ['training', TRAINING_IDS, '{A}干部职工参加市委党校法治专题培训班27人次', 27],
  ['training', TRAINING_IDS, '{A}组织执法人员参加执法资格考试，通过27人', 27],
  ['training', TRAINING_IDS, '{A}组织干部职工参加网上学法，学习时长累计2760小时', 2760],
  ['training', TRAINING_IDS, '{A}参与县委组织的法治专题讲座27场', 27],
  ['training', TRAINING_IDS, '{A}开展法治宣传进校园活动27场，受教育师生2760人次', 2760],
  ['training', TRAINING_IDS, '{A}为辖区企业开展法律培训27场，培训企业员工2760人次', 2760],
  ['training', TRAINING_IDS, '{A}为辖区企业开展法律培训27场，培训企业员工2760人次', 27],
  ['training', [...TRAINING_IDS, ...MEDIATION_IDS], '{A}培训人民调解员2760人次', 2760],
  ['training', TRAINING_IDS, '{A}国家工作人员学法考试参考率达98.5%', 98.5],
  ['mediation', MEDIATION_IDS, '{A}接待群众来访276批次', 276],
  ['mediation', MEDIATION_IDS, '{A}受理信访件276件，化解27件', 27],
  ['mediation', MEDIATION_IDS, '县人民法院以调解方式结案2760件', 2760],
  ['mediation', MEDIATION_IDS, '{A}配合法院开展诉前调解276件', 276],
  ['mediation', MEDIATION_IDS, '{A}协助法院调解民事纠纷276件', 276],
  ['mediation', MEDIATION_IDS, '{A}办理行政复议案件276件，其中调解结案27件', 27],
  ['mediation', ['mediation_success_pct'], '{A}群众对调解工作满意率达98.5%', 98.5],
  ['mediation', ['mediation_success_pct'], '县人民法院诉前调解成功率达98.5%', 98.5],
  // Round 3: publicity that is no event, and events that are no law publicity.
  ['training', PUBLIC_IDS, '{A}在电子显示屏滚动播放普法标语276条', 276],
  ['training', PUBLIC_IDS, '{A}悬挂普法宣传横幅276条', 276],
  ['training', PUBLIC_IDS, '{A}接受群众法律咨询2760人次', 2760],
  ['training', ['legal_publicity_events'], '{A}举办干部职工法治培训班27期', 27],
  ['training', ['legal_publicity_events'], '{A}开展党的二十大精神宣讲27场', 27],
  ['training', ['legal_publicity_events'], '{A}开展反诈宣传活动27场', 27],
  ['training', PUBLIC_IDS, '“八五”普法以来，{A}累计开展普法宣传活动276场', 276],
  ['training', PUBLIC_IDS, '{A}普法宣传活动覆盖群众2760人次', 2760],
  ['training', PUBLIC_IDS, '{A}在宪法宣传周期间开展宣传活动27场', 27],
  ['training', TRAINING_IDS, '{A}将习近平法治思想列为党组会议第一议题学习内容。全年召开党组会议学习27次', 27],
  ['training', ['training_hours_per_person'], '{A}全年开展集中学法活动12次，累计学习时长36小时', 36],
  ['training', TRAINING_IDS, '{A}召开党组会议24次、理论学习中心组学习会16次', 16],
  ['training', TRAINING_IDS, '{A}召开常务会议5次研究法治政府建设工作', 5],
  ['training', TRAINING_IDS, '县委组织部另办科级以上领导干部专题轮训班2期，培训514人', 514],
  ['training', TRAINING_IDS, '县委组织部另办科级以上领导干部专题轮训班2期，培训514人', 2],
  ['training', TRAINING_IDS, '{A}组织领导干部参加市委依法治市办“新时代法治大讲堂”5期，参训320余人次', 320],
  ['training', TRAINING_IDS, '{A}组织领导干部参加市委依法治市办“新时代法治大讲堂”5期，参训320余人次', 5],
  ['training', PUBLIC_IDS, '{A}制作条幅300余条、宣传栏和展板100余个', 100],
  ['training', PUBLIC_IDS, '{A}在全国会议上作经验交流4次', 4],
  ['training', TRAINING_IDS, '{A}另组织177名中层干部参加网上学法考试', 177],
  ['training', TRAINING_IDS, '{A}组织三十名干部职工参加为期4天的市委党校公共法律知识培训', 30],
  ['training', TRAINING_IDS, '{A}选派十名执法骨干参加省厅举办的执法能力提升班', 10],
  ['training', PUBLIC_IDS, '{A}各类宣讲中领导带头宣讲23人次', 23],
  ['training', PUBLIC_IDS, '{A}为干部职工发放学习资料400余份', 400],
  ['training', TRAINING_IDS, '今年上半年，{A}举办法治培训班27期', 27],
  ['mediation', MEDIATION_IDS, '今年一季度，{A}调解成功矛盾纠纷27件', 27],
  ['mediation', MEDIATION_IDS, '{A}化解历史遗留问题27个', 27],
  ['mediation', MEDIATION_IDS, '{A}化解重大风险隐患27个', 27],
  ['mediation', ['petitions_handled'], '{A}向县信访局移交信访件27件', 27],
]

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
