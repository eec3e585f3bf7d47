/**
 * The words of an organ after its place: a department of a closed vocabulary (司法局, 卫生健康委员会,
 * 交通运输厅 …), a stem composed of known parts (文化和广电旅游体育局), an abbreviation expanded to the
 * full name (市场监管局, 人社局, 卫健委, 退役军人局), or a people's government; and the ministries'
 * stems. ./organs.ts puts a place chain before them.
 */

/** Department stems, longest forms first within a family; abbreviations map to their full forms below. */
const DEPARTMENTS = [
  '司法', '公安', '财政', '教育', '民政', '审计', '统计', '商务', '税务', '气象', '地震', '档案', '信访', '外事', '侨务',
  '粮食和物资储备', '粮食', '林业和草原', '林业', '园林', '水利', '水务', '交通运输', '交通', '应急管理', '市场监督管理',
  '生态环境', '环境保护', '自然资源和规划', '规划和自然资源', '自然资源', '规划', '国土资源', '住房和城乡建设',
  '住房城乡建设', '住房和建设', '住房建设', '城乡建设', '住房保障', '卫生健康', '卫生和计划生育', '人力资源和社会保障', '人力资源社会保障', '人力资源',
  '农业农村', '农业', '畜牧兽医', '畜牧', '渔业', '海洋', '文化和旅游发展', '文化旅游发展', '文化和旅游', '文化广电和旅游', '文化广电旅游', '文化广电体育和旅游',
  '文化旅游', '文化广播电视和旅游', '文化广播电视旅游', '文化广电新闻出版', '文化体育和旅游', '文化广电体育', '文化', '旅游', '体育', '科学技术', '科技', '工业和信息化', '经济和信息化', '经济信息化', '工业信息化',
  '发展和改革', '发展改革', '退役军人事务', '医疗保障', '城市管理', '城市管理和综合执法', '综合行政执法', '综合执法', '城市综合管理',
  '行政审批服务', '行政审批', '政务服务和大数据管理', '政务服务和数据管理', '政务服务管理', '政务服务数据管理', '政务服务', '政务数据', '大数据发展',
  '大数据', '数据资源', '数据', '机关事务管理', '机关事务服务', '机关事务', '人民防空', '民防', '知识产权', '民族宗教事务', '民族和宗教事务', '民族宗教',
  '民族事务', '国有资产监督管理', '地方金融监督管理', '地方金融管理', '金融监督管理', '金融工作', '营商环境建设', '药品监督管理', '烟草专卖', '邮政管理',
  '通信管理', '广播电视', '新闻出版', '乡村振兴',
  // (a copyright bureau, most often the plaque a party propaganda department carries: 县委宣传部（县版权局）; no field of the SECTORS list)
  '版权', '扶贫开发', '商务和投资促进', '投资促进', '口岸', '国防动员',
  // (bureaus under a department that report on their own: 文物局, 社会组织管理局 of a 民政局, 监狱管理局 and 戒毒管理局 of a 司法厅)
  '文物', '社会组织管理', '监狱管理', '戒毒管理',
  // (a zone's or a new district's bureau of social affairs, 社会事业局, 社会事务局: no field of the SECTORS list)
  '社会事业', '社会事务',
  // (an arbitration commission: a city's 劳动人事争议仲裁委员会 of its 人社局, or its commercial 仲裁委员会; a place's rule-of-law
  // leading group, whose 办公室 reports for it: 平湖县法治政府建设工作领导小组办公室)
  '劳动人事争议仲裁', '仲裁', '法治政府建设工作领导小组', '法治政府建设领导小组', '法治建设工作领导小组', '法治建设领导小组',
  '交通警察', '消防救援', '海事', '能源', '综合治理', '公共资源交易', '住房公积金管理', '公积金管理',
  // (service bodies that report under their own name: a 社会保险/医疗保险 centre or bureau, an administrative service centre, a
  // real-estate registration centre; with 事业/服务/事务/管理 after them as parts: 社会保险事业管理局, 医疗保险服务中心)
  '社会保险', '医疗保险', '行政服务', '不动产登记',
  // (transport, water, housing and investment bodies of their own: 港航管理中心, 公路管理局, 道路运输管理局, 水文管理中心, 房产管理局, 招商局)
  // (a city's sanitation bureau or office, 环境卫生管理局, 环境卫生管理处)
  '环境卫生',
  // (a zone's or an older city's construction bureau, 建设局: the stem alone)
  '建设',
  '港航', '港口', '公路', '道路运输', '运输', '水文', '房产', '房地产', '招商', '移民', '矿山安全监察', '疾病预防控制', '疾控', '中医药', '应急', '市场监管', '人力资源保障', '人力社保', '人社', '林草', '住建', '卫健', '药监', '文广旅体', '交运', '教体',
  '发改', '交警', '经信', '工信', '综治', '文旅', '文广旅', '医保', '城管', '人防', '国动', '市监', '规划资源', '自然资源规划', '生态环保', '行政执法', '执法',
  // Names a 2019 report may still carry, of organs merged in 2018-2019, and a government's former legal office.
  '工商行政管理', '工商', '食品药品监督管理', '食药监', '安全生产监督管理', '安监', '质量技术监督', '质监', '法制', '环保', '营商环境',
]
/** Common abbreviations → the full department stem (as organs name themselves in full). */
const FULL: Record<string, string> = {
  市场监管: '市场监督管理', 市监: '市场监督管理', 人力资源保障: '人力资源和社会保障', 人力社保: '人力资源和社会保障', 人社: '人力资源和社会保障', 林草: '林业和草原', 住建: '住房和城乡建设', 卫健: '卫生健康', 发改: '发展和改革',
  应急: '应急管理', 人防: '人民防空', 国动: '国防动员', 经信: '经济和信息化', 工信: '工业和信息化', 文旅: '文化和旅游', 医保: '医疗保障', 疾控: '疾病预防控制', 药监: '药品监督管理', 文广旅体: '文化广电旅游体育', 交运: '交通运输', 教体: '教育体育', 城管: '城市管理', 综治: '综合治理', 交警: '交通警察',
  工商: '工商行政管理', 食药监: '食品药品监督管理', 安监: '安全生产监督管理', 质监: '质量技术监督', 环保: '环境保护', 扶贫: '扶贫开发',
}
/**
 * Abbreviations that stand for a department only before a bare organ word (科技局 → 科学技术局, 民宗局 →
 * 民族宗教事务局, 国资委 → 国有资产监督管理委员会); 科技和工业信息化局, 科技创新委员会 are other organs' names.
 */
const BARE_FULL: Record<string, string> = {
  科技: '科学技术', 民宗: '民族宗教事务', 国资: '国有资产监督管理', 资规: '自然资源和规划', 自规: '自然资源和规划', 规资: '规划和自然资源',
}
const BARE_WORDS = new Set(['局', '厅', '委', '委员会'])
/** (its entries listed once: expandDept runs for every organ word read, and Object.entries made the list anew each time) */
const BARE_FULL_ENTRIES = Object.entries(BARE_FULL)
/**
 * Organs whose short name cuts the stem to one character before the organ word (白城市民委, 市外办, 县侨办, 市金融办): whole
 * words, their full names beside them (国家民委 is the central one's). A stem of one character is no department's anywhere else.
 */
export const SHORT_ORGANS: Record<string, string> = { 民委: '民族事务委员会', 外办: '外事办公室', 侨办: '侨务办公室', 金融办: '金融工作办公室' }
const SHORT_ORGAN_WORDS = Object.keys(SHORT_ORGANS)
const SHORT_ORGAN_LAST = new Set(SHORT_ORGAN_WORDS.map((w) => w.charCodeAt(w.length - 1)))
/** Organ words after a department stem, and the words of a government (longest first). */
// (队: a town's own enforcement team, X镇综合行政执法队)
const DEPT_WORDS = ['管理委员会', '委员会', '办公室', '总局', '分局', '总队', '支队', '大队', '中心', '局', '厅', '委', '办', '署', '处', '队']
/**
 * Public institutions that report under their own name as a department does: a place's archives (档案馆), which since the 2018
 * reform publishes the reports a 档案局 did. Another hall of a place (图书馆, 博物馆, 文化馆) is no organ.
 */
const INSTITUTION_WORDS = ['档案馆']
const INSTITUTION_LAST = new Set(INSTITUTION_WORDS.map((w) => w.charCodeAt(w.length - 1)))
/**
 * A bureau's public institution that reports under its own name (a place's 司法所, 林业工作站, 农业技术推广中心, 动物卫生监督所,
 * 文物管理所, 环境卫生管理处, 畜牧水产事务中心, 劳动人事争议仲裁院): a field's stem, at most two words of its work and 所, 站, 中心, 院 or 处.
 * Shape rules keep fragments out: 院 only after 仲裁 (a 卫生院 is a clinic), 处 only after 管理, 中心 only after a word of work (or 环卫:
 * a 文化中心 is a hall), 卫生 only before 监督 (卫生所, 卫生站, 社区卫生服务中心 are clinics). 派出所, 研究所, 场所 and 厕所 have no field
 * stem; a hall (图书馆, 博物馆) is no institution of this shape.
 */
const INSTITUTION_FIELDS = '司法|林业|农业|农技|农机|植保|动物卫生|动物防疫|卫生|文物|环境卫生|环卫|畜牧水产|畜牧兽医|畜牧|水产|劳动人事争议|劳动保障|水土保持|农产品质量安全|文化'.split('|')
const INSTITUTION_WORK = '工作|技术推广|推广|综合服务|监督|管理|保护|服务|事务|仲裁|检测|监察'.split('|')
const INSTITUTION = new RegExp(`(?:${INSTITUTION_FIELDS.join('|')})((?:${INSTITUTION_WORK.join('|')}){0,2})(所|站|中心|院|处)$`)
/** Characters an institution's word can end on after the one before it (所, 站, 中心, 裁院, 理处). */
const INSTITUTION_END = new Map([['所', ''], ['站', ''], ['心', '中'], ['院', '裁'], ['处', '理']])
/** Last characters of the fields and words of work: before 所 or 站 (所有, 场所, 车站) one of them must stand. */
const INSTITUTION_BEFORE = new Set([...INSTITUTION_FIELDS, ...INSTITUTION_WORK].map((w) => w.charCodeAt(w.length - 1)))
/** Where an institution's name (its field's stem) ending at `end` starts, or -1. */
export function institutionStart(s: string, end: number): number {
  const before = INSTITUTION_END.get(s[end - 1])
  if (before === undefined || (before ? s[end - 2] !== before : !INSTITUTION_BEFORE.has(s.charCodeAt(end - 2)))) return -1
  const m = INSTITUTION.exec(s.slice(Math.max(0, end - 16), end))
  if (!m) return -1
  const [whole, work, word] = m
  const field = whole.slice(0, whole.length - work.length - word.length)
  if ((word === '院' && !work.endsWith('仲裁')) || (word === '处' && !work.endsWith('管理')) || (word === '中心' && !work && field !== '环卫') ||
    (field === '卫生' && !work.startsWith('监督'))) return -1
  return end - whole.length
}
const GOVERNMENT_WORDS = ['人民政府办公室', '人民政府办公厅', '人民政府研究室', '政府研究室', '管理委员会办公室', '人民政府办', '人民政府', '行政公署办公室', '行署办公室', '行政公署', '行署', '管理委员会', '管委会办公室', '办事处', '管委会', '政府办', '政府']
/**
 * A department also names itself by its stem without the last word (退役军人局 of 退役军人事务局,
 * 住房公积金中心 of 住房公积金管理中心): stems of three characters or more, mapped to the full one.
 */
const DROPPED_WORD = /(?:事务|监督管理|管理|服务)$/
for (const d of DEPARTMENTS) {
  const m = DROPPED_WORD.exec(d)
  const stem = m ? d.slice(0, m.index) : ''
  if (stem.length >= 3 && !DEPARTMENTS.includes(stem)) FULL[stem] ??= d
}
const DEPT_SET = new Set([...DEPARTMENTS, ...Object.keys(FULL), ...Object.keys(BARE_FULL)])
export const STEM_LENGTHS = [...new Set([...DEPT_SET].map((d) => d.length))].sort((x, y) => y - x)
/**
 * Parts a department stem may be composed of when the whole is in no list (文化和广电旅游体育局 of
 * 丽水市, 农业农村和水利局): known stems and a few words that only occur inside them, joined by 和/与; a known
 * stem with 管理/服务/事务 after it (数据资源管理局, 交通运输服务中心).
 */
const PARTS = new Set([...DEPT_SET, '管理', '服务', '事务', '广电', '广播电视', '新闻出版', '信息化', '改革', '计划生育', '物资储备', '事业', '绿化', '人力资源', '社会保障', '草原', '城乡', '住房', '投资促进', '发展', '湖泊', '市场',
  // (the environment's enforcement detachment or brigade of the 2018 reform: 生态环境保护综合行政执法支队)
  '生态环境保护'])
/**
 * Per last character (by char code: a CJK character read as a string is a new string to hash at every lookup), the lengths of the
 * words that end in it, longest first: a stem is looked up only at the lengths it can have.
 */
function lengthsByLast(words: Iterable<string>): Map<number, number[]> {
  const m = new Map<number, number[]>()
  for (const w of words) m.set(w.charCodeAt(w.length - 1), [...(m.get(w.charCodeAt(w.length - 1)) ?? []), w.length])
  for (const [k, lengths] of m) m.set(k, [...new Set(lengths)].sort((x, y) => y - x))
  return m
}
const STEMS_BY_LAST = lengthsByLast(DEPT_SET)
const PARTS_BY_LAST = lengthsByLast(PARTS)
const NONE: number[] = []
// (人力资源部 is a company's department, no ministry: the ministry is 人力资源和社会保障部; nor are the service bodies' stems, nor
// 建设部 of a project or company, 工程建设部)
const NO_MINISTRY = new Set(['环境卫生', '建设', '人力资源', '社会保险', '医疗保险', '行政服务', '不动产登记', '港航', '港口', '公路', '道路运输', '运输', '水文', '房产', '房地产', '招商'])
export const MINISTRY_STEMS = new Set([...DEPARTMENTS.filter((d) => !NO_MINISTRY.has(d)), '外交', '国防', '工业和信息化', '人力资源和社会保障', '住房和城乡建设', '文化和旅游', '退役军人事务'])
const byLastChar = (words: string[]) => {
  const m = new Map<number, string[]>()
  for (const w of words) m.set(w.charCodeAt(w.length - 1), [...(m.get(w.charCodeAt(w.length - 1)) ?? []), w])
  return m
}
/** (the list of a character that ends no word: one array for all, where `?? []` made one per look-up) */
const NO_WORDS: string[] = []
const GOVERNMENT_BY_LAST = byLastChar(GOVERNMENT_WORDS)
const DEPT_BY_LAST = byLastChar(DEPT_WORDS)

/** The longest organ word ending at `end` (人民政府, 卫生健康委员会, 司法局 …): where it starts, or -1. */
export function organWordStart(s: string, end: number): number {
  let best = -1
  const last = s.charCodeAt(end - 1)
  // (each list looked up by the last character first: this runs at every character of a report that may end an organ word)
  for (const w of GOVERNMENT_BY_LAST.get(last) ?? NO_WORDS) if (s.endsWith(w, end)) { best = end - w.length; break }
  if (INSTITUTION_LAST.has(last)) for (const w of INSTITUTION_WORDS) if (s.endsWith(w, end)) return end - w.length
  const institution = institutionStart(s, end)
  if (institution >= 0) return institution
  if (SHORT_ORGAN_LAST.has(last)) for (const w of SHORT_ORGAN_WORDS) if (s.endsWith(w, end)) return end - w.length
  for (const w of DEPT_BY_LAST.get(last) ?? NO_WORDS) {
    if (!s.endsWith(w, end)) continue
    const at = end - w.length
    for (const len of STEMS_BY_LAST.get(s.charCodeAt(at - 1)) ?? NONE) {
      if (at - len < 0 || (best >= 0 && at - len >= best)) continue
      if (DEPT_SET.has(s.slice(at - len, at))) { best = at - len; break }
    }
    const composed = composedStart(s, at)
    if (composed >= 0 && (best < 0 || composed < best)) best = composed
  }
  return best
}

/**
 * A merged bureau's last word that is no department's (物流 of 交通运输和物流局, 消防 of 应急管理和消防局, 经济调查 of 统计和经济调查局):
 * two to four characters after 和, none a place's level, a clause's word or a quantity's, with a department's stem before the 和.
 */
const MERGED_WORD = /^[^\s\d省市县区镇乡州旗盟村街道各全本该我其等的了和与及或在对为是个名项件次家人局委办厅处队所中心]{2,4}$/

/** Where a merged bureau's stem ending at `at` starts its last word, after 和 (so a known stem ends right before the 和), or -1. */
function mergedWordStart(s: string, at: number): number {
  for (let len = 2; len <= 4; len++) {
    const and = at - len - 1
    if (and < 2 || s[and] !== '和' || !MERGED_WORD.test(s.slice(at - len, at))) continue
    if ((STEMS_BY_LAST.get(s.charCodeAt(and - 1)) ?? NONE).some((n) => n >= 2 && and - n >= 0 && DEPT_SET.has(s.slice(and - n, and)))) return at - len
  }
  return -1
}

/**
 * Where a stem of two or more known parts ending at `at` starts (文化+和+广电+旅游+体育), or -1; at most 16 characters. A merged
 * bureau's last word may be no department's when a department's stem stands before its 和 (交通运输+和+物流).
 */
function composedStart(s: string, at: number): number {
  let pos = at
  let parts = 0
  // (the word no department's, 物流 of 交通运输和物流局, comes last or before the organ's own 管理, 交通运输和物流管理局; then its 和)
  let merged = false
  while (pos > 0 && at - pos < 16) {
    let next = -1
    for (const len of PARTS_BY_LAST.get(s.charCodeAt(pos - 1)) ?? NONE) if (pos - len >= 0 && PARTS.has(s.slice(pos - len, pos))) { next = pos - len; break }
    if (next < 0 && !merged && (pos === at || OWN_WORD.exec(s.slice(pos, at))?.[0] === s.slice(pos, at)) && (next = mergedWordStart(s, pos)) >= 0) {
      merged = true
      next--
    }
    if (next < 0) break
    pos = next
    parts++
    // A joiner counts only between two parts (和 of 文化和旅游).
    if (pos > 1 && (s[pos - 1] === '和' || s[pos - 1] === '与')) {
      const before = (PARTS_BY_LAST.get(s.charCodeAt(pos - 2)) ?? NONE).find((len) => pos - 1 - len >= 0 && PARTS.has(s.slice(pos - 1 - len, pos - 1)))
      if (before !== undefined) pos--
    }
  }
  return parts >= 2 ? pos : -1
}

/**
 * The full stems with 和 of the abbreviations (发改 → 发展和改革), by the stem without it (发展改革 → 发展和改革, 住房城乡建设 →
 * 住房和城乡建设); not those of a dropped last word (民族和宗教 of 民族和宗教事务: 民族宗教事务委员会 is a name in use).
 */
const WITH_AND = new Map(Object.entries(FULL).filter(([short, f]) => !f.startsWith(short) && f.includes('和')).map(([, f]) => [f.replace('和', ''), f]))
/** The abbreviations by their first character's code, each list in FULL's order (only those can start an organ word; the first match wins). */
const FULL_BY_FIRST = new Map<number, [string, string][]>()
const NO_ENTRIES: [string, string][] = []
for (const e of Object.entries(FULL)) FULL_BY_FIRST.set(e[0].charCodeAt(0), [...(FULL_BY_FIRST.get(e[0].charCodeAt(0)) ?? []), e])
/** Words a department's name may go on with after a stem that is also an abbreviation's (地方金融 + 管理局). */
const OWN_WORD = /^(?:管理|服务|事务)/

export function expandDept(organ: string): string {
  if (organ === '政府') return '人民政府'
  if (organ === '管委会') return '管理委员会'
  // (a 地区's or a league's 行政公署 for short: 大兴安岭地区行署; its general office, 和田地区行署办公室)
  if (organ === '行署') return '行政公署'
  if (organ === '行署办公室') return '行政公署办公室'
  // A government's or a zone committee's general office for short (区政府办, 管委会办公室).
  if (organ === '政府办' || organ === '人民政府办') return '人民政府办公室'
  if (organ === '政府研究室') return '人民政府研究室'
  if (organ === '管委会办公室') return '管理委员会办公室'
  if (Object.hasOwn(SHORT_ORGANS, organ)) return SHORT_ORGANS[organ]
  // A field's 监督管理 abbreviated to 监管 before the organ's own 管理 (市场监管管理局, a slip of titles): the name it stands for.
  if (organ.includes('监管管理')) return expandDept(organ.replace('监管管理', '监督管理'))
  for (const [short, full] of FULL_BY_FIRST.get(organ.charCodeAt(0)) ?? NO_ENTRIES) {
    // (a name that goes on with the word its full name ends with, 地方金融管理局, is not the short form of 地方金融监督管理局)
    if (organ.startsWith(short) && !organ.startsWith(full) && !full.endsWith(OWN_WORD.exec(organ.slice(short.length))?.[0] ?? '\u0000')) {
      const word = organ.slice(short.length)
      // (a work word and 委 after the stem, 城管执法委, is that committee too: 城市管理执法委员会; a bureau's 党委 is no committee's)
      return full + (word === '委' ? '委员会' : word === '办' ? '办公室' : /^[^党]{1,3}委$/.test(word) ? `${word}员会` : word)
    }
  }
  for (const [short, full] of BARE_FULL_ENTRIES) {
    const word = organ.slice(short.length)
    if (organ.startsWith(short) && BARE_WORDS.has(word)) return full + (word === '委' ? '委员会' : word)
  }
  // A department named with 办 for its 办公室 (人民防空办, 国防动员办).
  if (organ.endsWith('办') && DEPT_SET.has(organ.slice(0, -1))) return `${organ}公室`
  // A department named in full with 委 for its 委员会 (卫生健康委); a short name that drops the 和 of a full stem with the 员会
  // (发展改革委, 住房城乡建设委, 经济信息化委) is that stem's committee (发展和改革委员会); one whose full stem goes on with 事务
  // (民族宗教委) is the 事务 committee (民族宗教事务委员会).
  if (organ.endsWith('委') && DEPT_SET.has(organ.slice(0, -1))) {
    const stem = organ.slice(0, -1)
    return `${WITH_AND.get(stem) ?? (DEPT_SET.has(`${stem}事务`) ? `${stem}事务` : stem)}委员会`
  }
  return organ
}
