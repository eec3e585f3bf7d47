/**
 * The training forms matrix of round 24 (issue 11: training generalised worst, holdout precision 0.70 against dev 0.96,
 * the extractor taking wrong or extra values on unseen text). Sentences built from FORMS, never from one report: four
 * kinds of author (a county bureau, a town, a county government, a provincial department) × the verbs that hold a
 * session (组织, 举办, 开展) × session words and their measure words (专题培训 期, 集中学法 次, 讲座 场, 大讲堂 期,
 * 轮训 期) × numerals (arabic, Chinese, 余, 多, 近, 超过), in clause frames (全年, 累计, 今年以来, its participants
 * after it, 其中 parts, a sum of two kinds, a norm per person beside it, a list the people reached close, what two levels
 * of government study as a lead), and distractor frames in the same register:
 * sessions the author's people only attended, sessions of subordinate units (分别), materials and columns counted in
 * periods, another body's course for them, a nested part, a series counted since it began, a later programme's
 * trainees. Each distractor is read alone and after the author's own sessions. Rulings: corpus README, "Training" and
 * "Training and oversight forms". Invented sentences.
 */

export const IDS = ['training_sessions', 'training_participants', 'training_hours_per_person'] as const
type Id = typeof IDS[number]
export type Want = Partial<Record<Id, [number, string]>>

export interface FormProbe {
  frame: string
  distractor: boolean
  author: string
  text: string
  /** The values the text states (an indicator absent here must stay absent). */
  want: Want
}

/** An author: its name ({A}), its staff ({P}), its self-name ({M}) and a body above it ({H}). */
export interface Author { kind: string; subject: string; staff: string; self: string; above: string }
export const AUTHORS: Author[] = [
  { kind: 'county bureau', subject: '县司法局', staff: '全局干部职工', self: '我局', above: '市司法局' },
  { kind: 'town', subject: '镇政府', staff: '镇村干部', self: '我镇', above: '县司法局' },
  { kind: 'county government', subject: '县政府', staff: '政府组成部门负责人', self: '我县', above: '市政府' },
  { kind: 'provincial department', subject: '省司法厅', staff: '厅机关干部', self: '我厅', above: '司法部' },
]

/** A session word with its measure word. */
export const TERMS: [string, string][] = [
  ['法治专题培训', '期'], ['集中学法', '次'], ['法治讲座', '场'], ['“法治大讲堂”', '期'], ['执法人员法治轮训', '期'],
]
export const VERBS = ['组织', '举办', '开展']

/** A count as written before its measure word: text, value, qualifier. */
type Numeral = [string, number, string]
const SESSION_NUMERALS: Numeral[] = [['12', 12, 'exact'], ['十二', 12, 'exact'], ['10余', 10, 'approx'], ['10多', 10, 'approx'], ['近12', 12, 'approx'], ['超过10', 10, 'at_least']]
const PEOPLE_NUMERALS: Numeral[] = [['860', 860, 'exact'], ['八百六十', 860, 'exact'], ['800余', 800, 'approx'], ['近900', 900, 'approx']]

/** {A} author, {P} its staff, {V} verb, {T} session word, {S} its count with measure word, {N} people. */
interface Frame { name: string; text: string; sessions: boolean; people?: string; sum?: number }
const OWN: Frame[] = [
  { name: 'plain', text: '{A}{V}{P}{T}{S}', sessions: true },
  { name: '全年共', text: '{A}全年共{V}{T}{S}', sessions: true },
  { name: '累计 in the year', text: '{A}全年累计{V}{T}{S}', sessions: true },
  { name: '今年以来', text: '今年以来，{A}{V}{T}{S}', sessions: true },
  { name: 'participants 参训', text: '{A}{V}{T}{S}，参训{P}{N}', sessions: true, people: '人次' },
  { name: 'participants 培训', text: '{A}{V}{T}{S}，培训{P}{N}', sessions: true, people: '人次' },
  { name: 'participants 学员', text: '{A}{V}{T}{S}，学员{N}', sessions: true, people: '人' },
  { name: 'participants 覆盖', text: '{A}{V}{T}{S}，覆盖{P}{N}', sessions: true, people: '人次' },
  { name: 'audience 面向全县', text: '{A}面向全县执法人员{V}{T}{S}，学员{N}', sessions: true, people: '人' },
  { name: 'audience 为全县', text: '{A}为全县行政执法人员{V}{T}{S}，培训{N}', sessions: true, people: '人次' },
  { name: '其中 part of sessions', text: '{A}全年{V}{T}{S}，其中邀请专家授课3场', sessions: true },
  { name: '其中 part of participants', text: '{A}{V}{T}{S}，培训{N}，其中领导干部120人次', sessions: true, people: '人次' },
  { name: 'sum of two kinds', text: '{A}党组理论学习中心组学法5次，{V}{T}{S}', sessions: true, sum: 5 },
  { name: 'norm per person beside', text: '{A}要求{P}每人每年学法不少于40学时，全年{V}{T}{S}', sessions: true },
  { name: 'materials beside', text: '{A}{V}{T}{S}，发放学习资料600余份，参训{N}', sessions: true, people: '人次' },
  { name: 'invited lecturer 为{M}', text: '{A}邀请党校教授为{M}{P}{V}{T}{S}，参训{N}', sessions: true, people: '人次' },
  { name: 'list closed by participants', text: '{A}{V}{T}{S}，参训{N}，讲法治专题党课2场次，专题学法1次', sessions: true, people: '人次' },
  { name: 'list closed by speakers', text: '{A}{V}{T}{S}，交流发言4人次，领导干部讲法治课2次、专题学法1次', sessions: true },
  { name: 'two levels studying, then own', text: '{A}把习近平法治思想列为市县两级政府及其部门中心组的重点学习内容；{V}{T}{S}', sessions: true },
  { name: 'held with 组织部 (联合)', text: '{A}联合县委组织部{V}{T}{S}，培训{P}{N}', sessions: true, people: '人次' },
  { name: 'per session 每期 beside', text: '{A}{V}{T}{S}，每{U}培训50人', sessions: true },
  { name: 'towns\' item in a 、-list', text: '{A}{V}{T}{S}、各乡镇{V}{T}30{U}', sessions: true },
  { name: 'passed after participants', text: '{A}{V}{T}{S}，参训{N}，全部通过考试', sessions: true, people: '人次' },
]

/** A distractor clause: its text ({A} {P} {V} {T} {S}), the figure's measure word, and the figure no indicator may take. */
interface Distractor { name: string; text: string }
export const DISTRACTORS: Distractor[] = [
  { name: 'attended: another body held it', text: '{P}参加市委依法治市办举办的{T}5{U}，参训300余人次' },
  { name: 'attended: sent a few', text: '{A}选派业务骨干参加省厅{T}5{U}，共300人次' },
  { name: 'subordinate units 分别', text: '{A}所属各单位分别{V}{T}5{U}' },
  { name: 'subordinate units counted', text: '{A}所属8个司法所共{V}{T}5{U}' },
  { name: 'each town 分别', text: '各乡镇、各部门分别{V}{T}5{U}，参训干部300余人次' },
  { name: 'materials in periods', text: '{A}编发学法简报5期，推送法治学习资料300篇' },
  { name: 'another body for them', text: '县委党校为{A}{P}{V}{T}5{U}，培训300人次' },
  { name: 'series since it began', text: '{A}“法治大讲堂”自开办以来累计举办50期，培训干部3000余人次' },
  { name: 'years since', text: '2019年以来，{A}累计{V}{T}50{U}，培训干部3000余人次' },
  { name: 'later programme 此外', text: '此外，{A}牵头举办示范班，累计为各区县执法支队负责人培训300余人' },
  { name: 'outsiders trained', text: '{A}为辖区企业{V}{T}5{U}，培训企业员工300余人次' },
  { name: 'party school course', text: '{A}在县委党校主体班次中安排法治专题课程5次，培训300余人次' },
  { name: 'exam takers', text: '{A}组织{P}参加学法考试，参考300人，合格率100%' },
  { name: 'target per year', text: '{A}计划每年{V}{T}不少于5{U}，培训干部300人次以上' },
  { name: 'a body above for {M}', text: '{H}为{M}{P}{V}{T}5{U}，培训300人次' },
  { name: 'meeting on training 部署会', text: '{A}召开{T}工作部署会5次' },
  { name: 'meeting on training 座谈会', text: '{A}召开{T}座谈会5次' },
  { name: 'meeting on training 推进会', text: '{A}组织{T}推进会5次' },
  { name: 'oversight of training 督导', text: '{A}开展{T}督导检查5次' },
  { name: 'survey on training 调研', text: '{A}开展{T}需求调研5次' },
  { name: 'contest of training 评比', text: '{A}组织{T}评比5次' },
  { name: 'outcome: passed', text: '{A}{V}{T}，经培训300人通过考试取得执法证' },
  { name: 'outcome: graded', text: '{A}{V}{T}，参训人员中300人考核优秀' },
  { name: 'outcome: qualified', text: '{A}{V}{T}后，300名执法人员考试合格' },
]

export const fill = (t: string, a: Author, v: string, term: string, s: string, n: string, unit: string) =>
  t.replaceAll('{A}', a.subject).replaceAll('{P}', a.staff).replaceAll('{M}', a.self).replaceAll('{H}', a.above).replaceAll('{V}', v)
    .replaceAll('{T}', term).replaceAll('{S}', s).replaceAll('{N}', n).replaceAll('{U}', unit)

/** Every probe: own frames over authors × verbs × terms (first numeral), numerals on one author; distractors alone and after. */
export function buildForms24(): FormProbe[] {
  const out: FormProbe[] = []
  for (const f of OWN) {
    for (const a of AUTHORS) {
      for (const [vi, v] of VERBS.entries()) {
        for (const [ti, [term, unit]] of TERMS.entries()) {
          const numerals = vi === 0 && ti === 0 && a === AUTHORS[0] ? SESSION_NUMERALS : [SESSION_NUMERALS[0]]
          for (const [ni, [s, value, qualifier]] of numerals.entries()) {
            if (f.sum && qualifier !== 'exact') continue
            const [n, people, pq] = PEOPLE_NUMERALS[ni % PEOPLE_NUMERALS.length]
            const want: Want = { training_sessions: f.sum ? [value + f.sum, 'derived'] : [value, qualifier] }
            if (f.people) want.training_participants = [people, pq]
            out.push({ frame: f.name, distractor: false, author: a.kind, text: `2023年，${fill(f.text, a, v, term, s + unit, n + (f.people ?? ''), unit)}。`, want })
          }
        }
      }
    }
  }
  for (const d of DISTRACTORS) {
    for (const a of AUTHORS) {
      for (const [term, unit] of TERMS.slice(0, 3)) {
        const near = fill(d.text, a, '举办', term, '', '', unit)
        out.push({ frame: d.name, distractor: true, author: a.kind, text: `2023年，${near}。`, want: {} })
        const own = fill('{A}{V}{P}{T}{S}，参训{N}', a, '组织', term, `12${unit}`, '860人次', unit)
        out.push({ frame: d.name, distractor: true, author: a.kind, text: `2023年，${own}。${near}。`,
          want: { training_sessions: [12, 'exact'], training_participants: [860, 'exact'] } })
      }
    }
  }
  return out
}

/**
 * What a probe reads: true positives, false values (wrong or extra) and misses, over a family's counts (`ids`: the
 * training ones unless given; enforcementForms31 scores its own).
 */
export function scoreProbe(p: { want: Partial<Record<string, [number, string]>> }, got: Partial<Record<string, [number, string]>>,
  ids: readonly string[] = IDS): { tp: number; fp: number; fn: number; why: string[] } {
  let tp = 0, fp = 0, fn = 0
  const why: string[] = []
  for (const id of ids) {
    const w = p.want[id]
    const g = got[id]
    if (w && g && g[0] === w[0] && g[1] === w[1]) { tp++; continue }
    if (g) { fp++; why.push(`${id}=${g[0]} ${g[1]}${w ? `, want ${w[0]} ${w[1]}` : ' extra'}`) }
    if (w) { fn++; if (!g) why.push(`${id} missed ${w[0]} ${w[1]}`) }
  }
  return { tp, fp, fn, why }
}

/** A line per frame of a matrix's results: its probes, precision and recall. */
export function frameTable(results: { frame: string; tp: number; fp: number; fn: number }[]): string[] {
  const frames = [...new Set(results.map((r) => r.frame))]
  return frames.map((f) => {
    const rs = results.filter((r) => r.frame === f)
    const [tp, fp, fn] = (['tp', 'fp', 'fn'] as const).map((k) => rs.reduce((a, r) => a + r[k], 0))
    return `  ${f.padEnd(40)} ${String(rs.length).padStart(4)} probes  P ${(tp / (tp + fp || 1)).toFixed(3)}  R ${(tp / (tp + fn || 1)).toFixed(3)}`
  })
}
