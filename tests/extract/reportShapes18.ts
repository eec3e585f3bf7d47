/**
 * Report shapes (issue 11, shapes18): invented WHOLE report bodies (800–2,500 characters) built from parts, so that the rules
 * are probed on how a report is structured rather than on single sentences. Each report is one author kind (city bureau,
 * county government, town, street, ministry, provincial department, disclosure report in prose) × one heading style
 * (一、 / （一） / 1. / 一是…二是… / no headings) × one page layout (plain, PDF hard wraps every ~35 characters, spaces between
 * CJK characters in titles and headings, page numbers repeated mid-text, full-width punctuation and digits), with parts
 * switched on by the report's index: a summary paragraph at the top that repeats the year's key figures, comparisons with
 * last year, the subordinate units' or the whole area's figures beside the author's, 其中 breakdowns, a plan section
 * (存在问题/下一步打算/2024年工作计划) with targets, and an attachment and signature block with phone numbers, dates and
 * document numbers. Each report states its expected values (indicator, value) and the figures it must never yield.
 * Deterministic: values follow from the report's index, no randomness.
 */

export interface Expected { indicator: string; value: number }
export interface ShapeReport {
  id: string
  author: string
  heading: string
  layout: string
  parts: string[]
  text: string
  values: Expected[]
  /** Figures (as numbers) no observation may take. */
  mustNot: number[]
}

interface Author {
  name: string
  title: string
  self: string
  area: string
  subs: string
  sign: string
}

export const AUTHORS: Author[] = [
  { name: 'city bureau', title: '临川市市场监督管理局2023年法治政府建设工作报告', self: '我局', area: '全市', subs: '各县区市场监管局', sign: '临川市市场监督管理局' },
  { name: 'county government', title: '清河县人民政府关于2023年法治政府建设情况的报告', self: '县政府', area: '全县', subs: '各乡镇', sign: '清河县人民政府' },
  { name: 'town', title: '石桥镇2023年法治政府建设工作报告', self: '我镇', area: '全镇', subs: '各村（社区）', sign: '石桥镇人民政府' },
  { name: 'street', title: '东湖街道办事处2023年度法治政府建设情况报告', self: '街道', area: '辖区', subs: '各社区', sign: '东湖街道办事处' },
  { name: 'ministry', title: '水利部2023年法治政府建设年度报告', self: '我部', area: '全国', subs: '各流域管理机构', sign: '水利部' },
  { name: 'provincial department', title: '江南省交通运输厅2023年法治政府建设情况报告', self: '我厅', area: '全省', subs: '各市州交通运输局', sign: '江南省交通运输厅' },
  { name: 'disclosure report', title: '宁远区司法局2023年度法治政府建设及政府信息公开工作情况', self: '本局', area: '全区', subs: '各司法所', sign: '宁远区司法局' },
]

export const HEADINGS = ['一、', '（一）', '1.', '一是', 'none'] as const
export const LAYOUTS = ['plain', 'hard wraps', 'page breaks', 'spaced headings', 'spaced figures', 'page numbers', 'full-width'] as const
const NUM = ['一', '二', '三', '四', '五', '六', '七', '八']

/** One section of the body: its heading words and sentences, the values it states, the figures it must not yield. */
interface Section { topic: string; body: string; values: Expected[]; mustNot: number[] }

/** Figures of report i: distinct across one report, so a wrong read never meets a right value by chance. */
function figures(i: number) {
  const k = i % 17
  return {
    sessions: 11 + k, participants: 640 + 7 * k, events: 38 + k, materials: 5200 + 13 * k,
    recon: 21 + (k % 9), litig: 9 + (k % 7), resolved: 305 + 3 * k, found: 347 + 3 * k, petitions: 126 + k,
    cases: 188 + 2 * k, penalties: 142 + k, fines: 36 + k, docs: 17 + (k % 5), requests: 52 + k, received: 61 + k,
    subsidiary: 2100 + 11 * k, meetings: 3 + (k % 3), tasks: 44 + k, lastYear: 4 + (k % 3), breakdown: 6 + (k % 4), area: 1870 + 9 * k, target: 30 + (k % 4),
  }
}
type Figures = ReturnType<typeof figures>

/**
 * Sections whose sentences do not name their topic: the heading (or the 一是 lead sentence) does. 学法培训 and 普法宣传 both hold
 * 讲座, 行政复议 and 行政应诉 both hold 案件, 矛盾纠纷 and 信访 both hold 受理; the heading decides which indicator each is.
 */
function bareSections(a: Author, f: Figures, parts: Set<string>): Section[] {
  const last = parts.has('last year')
  const subs = parts.has('subordinates')
  return [
    { topic: '学法培训', body: `全年共举办专题讲座${f.sessions}场，参训${f.participants}人次` + (last ? `，比2022年多${f.lastYear}场` : '') + '。',
      values: [{ indicator: 'training_sessions', value: f.sessions }, { indicator: 'training_participants', value: f.participants }],
      mustNot: last ? [f.lastYear] : [] },
    { topic: '普法宣传', body: `${a.self}深入机关、企业、社区举办专题讲座${f.events}场，发放资料${f.materials}份。`,
      values: [{ indicator: 'legal_publicity_events', value: f.events }], mustNot: [f.materials] },
    { topic: '行政复议', body: `全年共收到申请${f.received}件，依法受理${f.recon}件` + (last ? `，2022年为${f.recon + f.lastYear}件` : '') + '。',
      values: [{ indicator: 'reconsideration_cases', value: f.recon }], mustNot: [f.received, ...(last ? [f.recon + f.lastYear] : [])] },
    { topic: '行政应诉', body: `全年共办理案件${f.litig}件，${a.self}负责人出庭率100%。`,
      values: [{ indicator: 'litigation_cases', value: f.litig }, { indicator: 'head_appearance_pct', value: 100 }], mustNot: [] },
    { topic: '矛盾纠纷化解', body: `全年共排查${f.found}件，调解成功${f.resolved}件` +
        (subs ? `；${a.subs}调解委员会另调解${f.area}件` : '') + '。',
      values: [{ indicator: 'disputes_identified', value: f.found }, { indicator: 'disputes_resolved', value: f.resolved }],
      mustNot: subs ? [f.area] : [] },
    { topic: '信访工作', body: `全年共受理${f.petitions}件次，按期办结率100%。`,
      values: [{ indicator: 'petitions_handled', value: f.petitions }], mustNot: [] },
  ]
}

function sections(a: Author, f: Figures, parts: Set<string>): Section[] {
  if (parts.has('bare')) return bareSections(a, f, parts)
  const last = parts.has('last year')
  const subs = parts.has('subordinates')
  const breakdown = parts.has('breakdown')
  return [
    { topic: '强化学法培训，提升依法行政能力',
      body: `${a.self}把学法培训纳入年度工作要点，全年举办法治专题培训班${f.sessions}期，参训干部${f.participants}人次` +
        (breakdown ? `，其中领导干部专题学法${f.breakdown}次` : '') + (last ? `，培训期数较上年增加${f.lastYear}期` : '') + '。' +
        (subs ? `${a.subs}结合实际自行组织学法${f.subsidiary}场次。` : ''),
      values: [{ indicator: 'training_sessions', value: f.sessions }, { indicator: 'training_participants', value: f.participants }],
      mustNot: [...(breakdown ? [f.breakdown] : []), ...(last ? [f.lastYear] : []), ...(subs ? [f.subsidiary] : [])] },
    { topic: '深化普法宣传，营造浓厚法治氛围',
      body: `围绕宪法、民法典等重点法律，${a.self}开展法治宣传活动${f.events}场，发放宣传资料${f.materials}份` +
        (last ? `，活动场次同比增长${f.lastYear + 10}%` : '') + '。',
      values: [{ indicator: 'legal_publicity_events', value: f.events }],
      mustNot: [f.materials, ...(last ? [f.lastYear + 10] : [])] },
    { topic: '规范行政复议和行政应诉工作',
      body: (parts.has('two years') ? `2022年、2023年${a.self}分别办理行政复议案件${f.recon + f.lastYear}件、${f.recon}件` : parts.has('own part')
        ? `${a.area}共办理行政复议案件${f.area}件，其中${a.self}本级办理${f.recon}件` : `${a.self}依法办理行政复议案件${f.recon}件`) +
        (last && !parts.has('two years') ? `（上年为${f.recon + f.lastYear}件）` : '') +
        `，全部在法定期限内审结。办理行政应诉案件${f.litig}件，行政机关负责人出庭应诉率达到100%。` +
        (subs ? `${a.area}各级行政复议机关共收到复议申请${f.area}件。` : ''),
      values: [{ indicator: 'reconsideration_cases', value: f.recon }, { indicator: 'litigation_cases', value: f.litig },
        { indicator: 'head_appearance_pct', value: 100 }],
      mustNot: [...(last || parts.has('two years') ? [f.recon + f.lastYear] : []), ...(subs || parts.has('own part') ? [f.area] : [])] },
    { topic: '推进矛盾纠纷多元化解',
      body: `坚持和发展新时代“枫桥经验”，全年排查矛盾纠纷${f.found}件，成功化解${f.resolved}件。` +
        `畅通群众诉求表达渠道，受理群众来信来访${f.petitions}件次，均按期办结。`,
      values: [{ indicator: 'disputes_identified', value: f.found }, { indicator: 'disputes_resolved', value: f.resolved },
        { indicator: 'petitions_handled', value: f.petitions }],
      mustNot: [] },
    { topic: '严格规范公正文明执法',
      body: `全年立案查处各类违法案件${f.cases}件` + (breakdown ? `，其中作出行政处罚决定${f.penalties}件` : '') +
        `，罚没款${f.fines}万元` + (last ? `，案件数较上年减少${f.lastYear + 80}件` : '') + '。' +
        `审查规范性文件${f.docs}件，均按程序报送备案。`,
      values: [{ indicator: 'enforcement_cases', value: f.cases }, ...(breakdown ? [{ indicator: 'penalty_cases', value: f.penalties }] : []),
        { indicator: 'fines_yuan', value: f.fines * 10000 }, { indicator: 'normative_docs_reviewed', value: f.docs }],
      mustNot: last ? [f.lastYear + 80] : [] },
    { topic: '依申请公开政府信息',
      body: `本年度共收到政府信息公开申请${f.received}件，受理政府信息公开申请${f.requests}件，` +
        '其余申请不属于本机关公开范围，已告知申请人。',
      values: [{ indicator: 'info_disclosure_requests', value: f.requests }],
      mustNot: [f.received] },
  ]
}

/** Sentences with no figure that a report writes around its figures. */
const PROSE = [
  '坚持问题导向和目标导向，健全完善工作机制，推动各项任务落地见效。',
  '严格落实主体责任，加强统筹协调，确保工作有序推进、取得实效。',
  '注重总结提炼经验做法，形成了一批可复制可推广的工作成果，群众满意度持续提升。',
  '把这项工作摆在突出位置，与业务工作同谋划、同部署、同推进、同考核。',
]

/** How the leadership organised the work: meetings that took law work up and tasks broken down, no indicator's figure. */
const leadershipOf = (a: Author, f: Figures) =>
  `${a.self}高度重视法治政府建设，成立由主要负责同志任组长的法治建设领导小组，全年召开专题会议研究部署法治工作${f.meetings}次，` +
  `将法治建设纳入年度绩效考核，细化分解重点任务${f.tasks}项，逐项明确责任单位和完成时限。` +
  '健全法律顾问制度，重大行政决策、行政规范性文件和合同协议在出台或签订前均经合法性审查，依法决策水平不断提高。'

/** The opening paragraph that repeats the year's key figures (the bare sections state no enforcement figure). */
const summaryOf = (a: Author, f: Figures, bare: boolean) =>
  `2023年，${a.self}深入学习贯彻习近平法治思想，法治政府建设取得新成效。全年举办法治专题培训班${f.sessions}期、开展法治宣传活动${f.events}场，` +
  `办理行政复议案件${f.recon}件${bare ? '' : `，查处违法案件${f.cases}件`}。现将有关情况报告如下：`

const planOf = (heading: string, f: Figures) =>
  `${heading}存在问题和2024年工作计划\n一是部分执法人员法治意识有待提升；二是普法针对性不强。2024年，将力争全年举办法治培训班${f.target}期以上，` +
  `开展法治宣传活动不少于${f.target + 40}场，确保行政复议案件办结率达到100%，计划审查规范性文件${f.target + 60}件。`

const signatureOf = (a: Author, attachments: boolean) =>
  (attachments ? '附件：1.2023年度法治建设工作台账（共58页）\n2.行政执法数据统计表\n' : '') +
  `\n${a.sign}\n2024年1月18日\n（联系人：王明，联系电话：0795-8321456）\n抄送：市委依法治市办。\n临政发〔2024〕57号`

/** Heading text for section n (0-based) in style h; '一是' and 'none' write no heading line. */
function heading(h: string, n: number): string {
  if (h === '一、') return `${NUM[n]}、`
  if (h === '（一）') return `（${NUM[n]}）`
  if (h === '1.') return `${n + 1}.`
  return ''
}

/** Breaks every line of the text longer than `width` into lines of `width` (a PDF's hard wraps). */
function hardWrap(text: string, width: number): string {
  return text.split('\n').map((line) => {
    const out: string[] = []
    for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width))
    return out.join('\n')
  }).join('\n')
}

const spaced = (line: string) => [...line].join(' ')
const FULL_WIDTH_PUNCT: [RegExp, string][] = [[/,/g, '，'], [/:/g, '：'], [/\(/g, '（'], [/\)/g, '）'], [/%/g, '％']]
const toFullWidthDigits = (s: string) => s.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))

function layout(lines: string[], kind: string): string {
  if (kind === 'spaced headings') {
    return lines.map((l, i) => (i === 0 || /^(?:[一二三四五六七八]、|（[一二三四五六七八]）|\d\.)/.test(l) ? spaced(l) : l)).join('\n')
  }
  if (kind === 'full-width') {
    return lines.map((l) => FULL_WIDTH_PUNCT.reduce((s, [re, to]) => s.replace(re, to), toFullWidthDigits(l.replace(/^(\d)\./, '$1．')))).join('\n')
  }
  if (kind === 'spaced figures') return lines.map((l, i) => (i === 0 || /^\d\./.test(l) ? l : l.replace(/(\d+(?:\.\d+)?)/g, ' $1 '))).join('\n')
  const text = lines.join('\n')
  if (kind === 'hard wraps') return hardWrap(text, 35)
  if (kind === 'page breaks') {
    // Hard wraps with a page's number between two lines of one sentence, every 12 lines.
    return hardWrap(text, 34).split('\n').map((l, n) => (n % 12 === 11 ? `${l}\n— ${n / 12 + 1.5 | 0} —` : l)).join('\n')
  }
  if (kind === 'page numbers') {
    const out: string[] = []
    let page = 1
    let since = 0
    for (const l of lines) {
      out.push(l)
      since += l.length
      if (since > 380) { out.push(`— ${++page} —`, '法治政府建设年度报告'); since = 0 }
    }
    return out.join('\n')
  }
  return text
}

export function buildReport(i: number): ShapeReport {
  const a = AUTHORS[i % AUTHORS.length]
  const h = HEADINGS[Math.floor(i / AUTHORS.length) % HEADINGS.length]
  const lay = LAYOUTS[Math.floor(i / (AUTHORS.length * HEADINGS.length)) % LAYOUTS.length]
  const bits = Math.floor(i / (AUTHORS.length * HEADINGS.length * LAYOUTS.length))
  const parts = new Set<string>()
  const on = (name: string, bit: number) => { if ((bits + i) >> bit & 1) parts.add(name) }
  on('summary', 0); on('last year', 1); on('subordinates', 2); on('breakdown', 0); on('plan', 1); on('attachments', 2)
  if (h !== 'none' && (bits >> 1 & 1) !== (i & 1)) parts.add('bare')
  if (i % 3 === 1) parts.add('two years')
  else if (i % 3 === 2) parts.add('own part')
  if (a.name === 'disclosure report') parts.add('prose')
  const f = figures(i)
  const secs = sections(a, f, parts)
  const lines: string[] = [a.title]
  if (parts.has('summary')) lines.push(summaryOf(a, f, parts.has('bare')))
  lines.push(leadershipOf(a, f))
  secs.forEach((sec, n) => { sec.body = PROSE[(i + n) % PROSE.length] + sec.body + PROSE[(i + n + 1) % PROSE.length] })
  if (h === '一是') {
    lines.push(`一、主要工作成效`)
    lines.push(secs.map((s, n) => `${NUM[n]}是${s.topic}。${s.body}`).join(''))
  } else {
    secs.forEach((s, n) => {
      if (h !== 'none') lines.push(`${heading(h, n)}${s.topic}`)
      lines.push(s.body)
    })
  }
  if (parts.has('plan')) lines.push(planOf(h === '（一）' ? '（七）' : h === '1.' ? '7.' : h === 'none' ? '' : '二、', f))
  lines.push(signatureOf(a, parts.has('attachments')))
  const text = layout(lines.join('\n').split('\n'), lay)
  const values = secs.flatMap((s) => s.values)
  const plan = parts.has('plan') ? [f.target, f.target + 40, f.target + 60] : []
  const mustNot = [...secs.flatMap((s) => s.mustNot), ...plan, 36, 8321456, 795, 7]
  return { id: `shape-${i}`, author: a.name, heading: h, layout: lay, parts: [...parts].sort(), text, values, mustNot }
}

export const REPORT_COUNT = AUTHORS.length * HEADINGS.length * LAYOUTS.length * 4

export const buildReports = (): ShapeReport[] => Array.from({ length: REPORT_COUNT }, (_, i) => buildReport(i))
