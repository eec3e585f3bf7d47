/**
 * The shape of a government organ's name, so that a sentence fragment never becomes an agency.
 *
 * An organ is a place chain + an organ word (吉林省吉林市船营区 + 人民政府, 绍兴市 + 市场监督管理局,
 * 东城街道 + 办事处), or a central organ (司法部, 国家税务总局, 生态环境部). The organ word is a
 * department of a closed vocabulary (司法局, 卫生健康委员会, 交通运输厅 …) or a people's government;
 * "参加省应急管理厅" or "建成县级农村物流中心" have no such shape. Abbreviations (市场监管局,
 * 人社局, 卫健委) are expanded to the full department name.
 */

import { isCityName, PROVINCES } from './places'

const CJK = '\\u4e00-\\u9fff'

/** Department stems, longest forms first within a family; abbreviations map to their full forms below. */
const DEPARTMENTS = [
  '司法', '公安', '财政', '教育', '民政', '审计', '统计', '商务', '税务', '气象', '地震', '档案', '信访', '外事', '侨务',
  '粮食和物资储备', '粮食', '林业和草原', '林业', '园林', '水利', '水务', '交通运输', '交通', '应急管理', '市场监督管理',
  '生态环境', '环境保护', '自然资源和规划', '规划和自然资源', '自然资源', '规划', '国土资源', '住房和城乡建设',
  '住房城乡建设', '城乡建设', '住房保障', '卫生健康', '卫生和计划生育', '人力资源和社会保障', '人力资源社会保障',
  '农业农村', '农业', '畜牧兽医', '畜牧', '渔业', '海洋', '文化和旅游发展', '文化旅游发展', '文化和旅游', '文化广电和旅游', '文化广电旅游', '文化广电体育和旅游',
  '文化旅游', '文化广播电视和旅游', '文化广播电视旅游', '文化广电新闻出版', '文化体育和旅游', '文化广电体育', '文化', '旅游', '体育', '科学技术', '科技', '工业和信息化', '经济和信息化', '经济信息化', '工业信息化',
  '发展和改革', '发展改革', '退役军人事务', '医疗保障', '城市管理', '城市管理和综合执法', '综合行政执法', '综合执法', '城市综合管理',
  '行政审批服务', '行政审批', '政务服务和大数据管理', '政务服务和数据管理', '政务服务管理', '政务服务数据管理', '政务服务', '政务数据', '大数据发展',
  '大数据', '数据', '机关事务管理', '机关事务', '人民防空', '知识产权', '民族宗教事务', '民族和宗教事务', '民族宗教',
  '民族事务', '国有资产监督管理', '地方金融监督管理', '金融监督管理', '金融工作', '药品监督管理', '烟草专卖', '邮政管理',
  '通信管理', '广播电视', '新闻出版', '乡村振兴', '扶贫开发', '商务和投资促进', '投资促进', '口岸', '国防动员',
  '消防救援', '公共资源交易', '住房公积金管理', '移民', '矿山安全监察', '应急', '市场监管', '人力社保', '人社', '林草', '住建', '卫健',
  '发改', '经信', '工信', '文旅', '文广旅', '医保', '城管', '规划资源', '自然资源规划', '生态环保', '行政执法', '执法',
]
/** Common abbreviations → the full department stem (as organs name themselves in full). */
const FULL: Record<string, string> = {
  市场监管: '市场监督管理', 人力社保: '人力资源和社会保障', 人社: '人力资源和社会保障', 林草: '林业和草原', 住建: '住房和城乡建设', 卫健: '卫生健康', 发改: '发展和改革',
  应急: '应急管理', 经信: '经济和信息化', 工信: '工业和信息化', 文旅: '文化和旅游', 医保: '医疗保障', 城管: '城市管理',
}
/** Organ words after a department stem, and the words of a government (longest first). */
const DEPT_WORDS = ['管理委员会', '委员会', '办公室', '总局', '分局', '支队', '大队', '中心', '局', '厅', '委', '办', '署']
const GOVERNMENT_WORDS = ['人民政府办公室', '人民政府办公厅', '人民政府', '管理委员会', '办事处', '管委会', '政府']
/** A zone named by its kind alone (经济开发区, 高新区, 新区) is no place until the text gives its name (宁河经济开发区). */
const GENERIC_ZONE = /^(?:经济|高新|经济技术|高新技术产业|新)?(?:经济技术开发区|高新技术产业开发区|开发区|高新区|新区)$/
/** Place suffixes, longest first. */
const PLACE_SUFFIX = '(?:特别行政区|自治区|自治州|自治县|自治旗|经济技术开发区|高新技术产业开发区|开发区|高新区|新区|地区|街道|省|市|州|盟|县|旗|区|镇|乡)'

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
const DEPT_SET = new Set([...DEPARTMENTS, ...Object.keys(FULL)])
const STEM_LENGTHS = [...new Set([...DEPT_SET].map((d) => d.length))].sort((x, y) => y - x)
/**
 * Parts a department stem may be composed of when the whole is in no list (文化和广电旅游体育局 of
 * 丽水市, 农业农村和水利局): known stems and a few words that only occur inside them, joined by 和/与.
 */
const PARTS = new Set([...DEPT_SET, '广电', '广播电视', '新闻出版', '信息化', '改革', '计划生育', '物资储备', '人力资源', '社会保障', '草原', '城乡', '住房', '投资促进'])
const PART_LENGTHS = [...new Set([...PARTS].map((d) => d.length))].sort((x, y) => y - x)
/** Place stems never start with these (全市, 本区, 各县, 我局 …) nor contain function words or the verbs a clause starts with (利用镇党委会议, 围绕县委…). */
const BAD_STEM = /^(?:现将|现就|兹将|全|本|各|该|我|某|市|区|县|省|州|镇|乡|原|中共|中国共产党)|[的在与及对把了是为等向被给按据委党级年月日]|政府|参加|召开|开展|组织|结合|印发|制发|下发|出台|制定|制订|修订|关于|根据|按照|通过|推进|加强|建设|落实|完成|实现|建立|成立|举办|牵头|审议|听取|部署|统筹|指导|督促|带动|动员|覆盖|服务|保障|围绕|利用|依托|借助|坚持|做好|抓好|强化|深化|持续|带领|引导|支持|配合|协助|走访|深入|扎实|积极|认真|切实|严格|主动|着力|聚焦|立足|贯彻|学习|紧扣|紧紧|对照|会同|邀请|组建|设立|完善|健全|提升|提高|规范|优化|压实|明确|推动|促进/
const PLACE_CHAIN = new RegExp(`^(?:[${CJK}]{1,8}?${PLACE_SUFFIX})+$`)
const SUFFIX_AT = new RegExp(`${PLACE_SUFFIX}`, 'y')
const MINISTRY_STEMS = new Set([...DEPARTMENTS, '外交', '国防', '工业和信息化', '人力资源和社会保障', '住房和城乡建设', '文化和旅游', '退役军人事务'])
const NATIONAL = new RegExp(`^(?:国家|中国)[${CJK}]{2,12}?(?:总局|局|委员会|署)$`)
const STATE_COUNCIL = new RegExp(`^国务院(?:办公厅|[${CJK}]{2,10}(?:办公室|委员会))?$`)

/** Central organs: ministries (司法部), national administrations (国家税务总局), 国务院 and its offices. */
function isCentral(s: string): boolean {
  if (s.length > 20 || /共产党|党委|党组/.test(s) || localUnderCentral(s)) return false
  return isCentralName(s)
}

function isCentralName(s: string): boolean {
  if (s.endsWith('部')) return MINISTRY_STEMS.has(s.replace(/^中华人民共和国/, '').slice(0, -1))
  return s === '海关总署' || s === '审计署' || NATIONAL.test(s) || STATE_COUNCIL.test(s)
}

/**
 * A local office of a vertically managed central organ, named after it ("国家税务总局鄂州市税务局"):
 * the local organ with its own place (鄂州市税务局), as an outer place is dropped from a district's organ.
 */
function localUnderCentral(s: string): Organ | null {
  if (!/^(?:国家|中国|海关)/.test(s)) return null
  for (let k = 4; k <= Math.min(12, s.length - 3); k++) {
    if (!isCentralName(s.slice(0, k))) continue
    const local = readOrgan(s.slice(k), { lenient: true })
    if (local && local.place) return local
  }
  return null
}

const byLastChar = (words: string[]) => {
  const m = new Map<string, string[]>()
  for (const w of words) m.set(w.at(-1)!, [...(m.get(w.at(-1)!) ?? []), w])
  return m
}
const GOVERNMENT_BY_LAST = byLastChar(GOVERNMENT_WORDS)
const DEPT_BY_LAST = byLastChar(DEPT_WORDS)

/** The longest organ word ending at `end` (人民政府, 卫生健康委员会, 司法局 …): where it starts, or -1. */
function organWordStart(s: string, end: number): number {
  let best = -1
  const last = s[end - 1]
  for (const w of GOVERNMENT_BY_LAST.get(last) ?? []) if (s.endsWith(w, end)) { best = end - w.length; break }
  for (const w of DEPT_BY_LAST.get(last) ?? []) {
    if (!s.endsWith(w, end)) continue
    const at = end - w.length
    for (const len of STEM_LENGTHS) {
      if (at - len < 0 || (best >= 0 && at - len >= best)) continue
      if (DEPT_SET.has(s.slice(at - len, at))) { best = at - len; break }
    }
    const composed = composedStart(s, at)
    if (composed >= 0 && (best < 0 || composed < best)) best = composed
  }
  return best
}

/** Where a stem of two or more known parts ending at `at` starts (文化+和+广电+旅游+体育), or -1; at most 16 characters. */
function composedStart(s: string, at: number): number {
  let pos = at
  let parts = 0
  while (pos > 0 && at - pos < 16) {
    let next = -1
    for (const len of PART_LENGTHS) if (pos - len >= 0 && PARTS.has(s.slice(pos - len, pos))) { next = pos - len; break }
    if (next < 0) break
    pos = next
    parts++
    // A joiner counts only between two parts (和 of 文化和旅游).
    if (pos > 1 && (s[pos - 1] === '和' || s[pos - 1] === '与')) {
      const before = PART_LENGTHS.find((len) => pos - 1 - len >= 0 && PARTS.has(s.slice(pos - 1 - len, pos - 1)))
      if (before !== undefined) pos--
    }
  }
  return parts >= 2 ? pos : -1
}

export interface Organ {
  /** The full name (abbreviated department words expanded). */
  name: string
  /** The place chain before the organ word ('' for a central organ or a place-less abbreviation). */
  place: string
  /** The organ word (人民政府, 市场监督管理局, 司法部 …). */
  organ: string
  central: boolean
}

/**
 * Provinces are a closed list; in running text a city not known as one has a two-character stem
 * (文昌市, 乳山市) — on a title or signature line, where the name starts the line, up to four (公主岭市).
 */
/** Real places whose stem holds another place's suffix or starts with one (reference data, like the province list). */
const SUFFIX_IN_STEM = new Set(['新市区', '市中区', '市南区', '市北区'])

function plausible(place: string, stem: number, lenient: boolean): boolean {
  if (/(?:省|自治区)$/.test(place)) return PROVINCES.includes(place)
  if (SUFFIX_IN_STEM.has(place)) return true
  // A stem holds no other place's suffix after two characters or more (年重庆市九龙坡区 is two places
  // after a stray character); 新市街道, 东市镇 keep theirs.
  // An autonomous county or prefecture names its peoples (酉阳土家族苗族自治县: a stem of seven).
  if (/[省市]/.test(place.slice(2, stem)) || stem > (/自治[州县旗]$/.test(place) ? 8 : 6)) return false
  if (place.endsWith('城市')) return isCityName(place) // 示范城市 is no place
  if (place.endsWith('市')) return stem === 2 || isCityName(place) || (lenient && stem <= 4)
  return true
}

/** Splits a place chain into places (吉林省|吉林市|船营区), each with a stem of its own; null when it is no chain. */
function placesOf(chain: string, lenient = false): string[] | null {
  if (chain.length > 40 || !PLACE_CHAIN.test(chain)) return null
  const failed = new Set<number>() // positions from which no split exists: each is tried once (linear)
  const split = (from: number, depth: number): string[] | null => {
    if (from === chain.length) return []
    if (depth > 6 || failed.has(from)) return null
    for (let stem = 1; stem <= 8 && from + stem < chain.length; stem++) {
      SUFFIX_AT.lastIndex = from + stem
      const m = SUFFIX_AT.exec(chain)
      if (!m) continue
      const place = chain.slice(from, from + stem + m[0].length)
      if ((BAD_STEM.test(place) && !SUFFIX_IN_STEM.has(place)) || GENERIC_ZONE.test(place) || !plausible(place, stem, lenient)) continue
      const rest = split(from + place.length, depth + 1)
      if (rest) return [place, ...rest]
    }
    failed.add(from)
    return null
  }
  return split(0, 0)
}

function expandDept(organ: string): string {
  if (organ === '政府') return '人民政府'
  if (organ === '管委会') return '管理委员会'
  for (const [short, full] of Object.entries(FULL)) {
    if (organ.startsWith(short) && !organ.startsWith(full)) {
      const word = organ.slice(short.length)
      return full + (word === '委' ? '委员会' : word)
    }
  }
  return organ
}

export interface ReadOptions {
  /** Accept a place-less department (市场监管局, place ''): the caller expands it with the report's place. */
  placeless?: boolean
  /** The name starts a line of its own (title, signature, page line): longer unknown city stems are fine. */
  lenient?: boolean
}

/** `s` read as exactly one organ name, or null when it has not the shape of one. */
export function readOrgan(s: string, { placeless = false, lenient = false }: ReadOptions = {}): Organ | null {
  if (s.length < 2 || s.length > 40) return null
  if (isCentral(s)) return { name: s, place: '', organ: s, central: true }
  const local = localUnderCentral(s)
  if (local) return local
  const at = organWordStart(s, s.length)
  if (at < 0) return null
  let chain = s.slice(0, at)
  const word = s.slice(at)
  const organ = expandDept(word)
  if (!chain) return placeless && !/^(?:人民政府|政府|办事处|管委会|管理委员会)/.test(word) ? { name: organ, place: '', organ, central: false } : null
  // A street office named under its district's government (鲤城区人民政府金龙街道办事处): the places without it.
  const dispatched = word === '办事处' ? /^(.+?)人民政府(.+街道)$/.exec(chain) : null
  if (dispatched && placesOf(dispatched[1], lenient)) chain = dispatched[1] + dispatched[2]
  if (!placesOf(chain, lenient)) return null
  return { name: chain + organ, place: chain, organ, central: false }
}

/** The innermost place of a chain: 重庆市綦江区 → 綦江区. */
export function innermostPlace(chain: string): string {
  const places = placesOf(chain, true)
  return places ? places[places.length - 1] : chain
}

/** Places in a chain, outermost first. */
export function placeParts(chain: string): string[] {
  return placesOf(chain, true) ?? [chain]
}

/** Places in a chain, outermost first, or null when `s` is not a chain of places. */
export const placeChain = placesOf

const CENTRAL_LEAD = /国家|中国|国务院|海关|审计/
/** Last characters of organ words: where a name in running text may end. */
const ORGAN_END = /[府处会局厅委室办心队署部]/g
const BOUNDARY_WORDS = new Set([...'由在对向与和及经据为是将把从到受被给以于即暨、'].map((c) => c.charCodeAt(0)))
const isCjk = (c: number) => c >= 0x4e00 && c <= 0x9fff
/** A name may begin after a non-CJK character (punctuation, a line start) or a preposition. */
const afterBoundary = (text: string, k: number) => k === 0 || !isCjk(text.charCodeAt(k - 1)) || BOUNDARY_WORDS.has(text.charCodeAt(k - 1))

/**
 * Organ names in running text that start at a boundary (punctuation, a line start, a preposition),
 * with their offsets: at each place an organ word ends, the leftmost start (within 30 characters)
 * that gives an organ shape. Work per candidate end is bounded, so the scan is linear in the text.
 */
export function organsIn(text: string, from = 0, to = text.length): { organ: Organ; index: number }[] {
  const out: { organ: Organ; index: number }[] = []
  const push = (organ: Organ, index: number) => {
    const last = out[out.length - 1]
    if (last && last.index === index) out.pop() // the same name, read longer (人民政府 → 人民政府办公室)
    out.push({ organ, index })
  }
  const nationalLead = CENTRAL_LEAD.test(text.slice(from, to))
  ORGAN_END.lastIndex = from
  for (let m = ORGAN_END.exec(text); m && m.index < to; m = ORGAN_END.exec(text)) {
    const end = m.index + 1
    const central = (nationalLead || m[0] === '部') && centralEndingAt(text, from, end)
    if (central) { push(central.organ, central.index); continue }
    const wordAt = organWordStart(text, end)
    if (wordAt < 0) continue
    for (let k = Math.max(from, wordAt - 30); k + 2 <= end; k++) {
      if (!isCjk(text.charCodeAt(k)) || !afterBoundary(text, k)) continue
      const o = readOrgan(text.slice(k, end))
      if (o) { push(o, k); break }
    }
  }
  return out
}

/** A central organ ending at `end` (司法部, 国家税务总局, 国务院办公厅), found without trying every start. */
function centralEndingAt(text: string, from: number, end: number): { organ: Organ; index: number } | null {
  const starts: number[] = []
  if (text[end - 1] === '部') {
    for (const len of STEM_LENGTHS) if (end - 1 - len >= from) starts.push(end - 1 - len)
  } else {
    const window = text.slice(Math.max(from, end - 20), end)
    for (const lead of ['国家', '中国', '国务院', '海关', '审计']) {
      const at = window.lastIndexOf(lead)
      if (at >= 0) starts.push(end - window.length + at)
    }
  }
  for (let k of starts) {
    if (text.startsWith('中华人民共和国', k - 7)) k -= 7
    const s = text.slice(k, end)
    if (afterBoundary(text, k) && isCentral(s)) return { organ: { name: s, place: '', organ: s, central: true }, index: k }
  }
  return null
}
