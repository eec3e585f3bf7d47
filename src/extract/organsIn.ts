/**
 * Organ names in running text (./organs.ts gives the shape of one name): where each starts and ends, found without
 * trying every start, so the scan is linear in the text.
 */
import { CITY_NAMES, SUFFIX_IN_STEM } from './places'
import { institutionStart, MINISTRY_STEMS, organWordStart, STEM_LENGTHS } from './departments'
import { isCentral, readOrgan, type Organ } from './organs'
import { charBits, hasChar, isCjk } from './charBits'

const CENTRAL_LEADS = ['国家', '中国', '国务院', '海关', '审计']
/** Last characters of the ministries' stems: before most 部 (干部, 全部, 部门) none stands, and no stem is looked up. */
const MINISTRY_LAST = charBits([...MINISTRY_STEMS].map((s) => s[s.length - 1]))
/** Where `word` starts in text[from, to), overlaps included. */
function occurrencesIn(text: string, word: string, from: number, to: number): number[] {
  const out: number[] = []
  for (let at = text.indexOf(word, from); at >= 0 && at + word.length <= to; at = text.indexOf(word, at + 1)) out.push(at)
  return out
}
/**
 * Characters no organ name starts with: a place stem never does (BAD_STEM: 全市, 本区, 各县, 我局, 省 …,
 * and the function words), nor a central organ's name; readOrgan would read no organ from there.
 */
const NO_ORGAN_START = charBits('全本各该我某由区县省州镇乡原的在与及对把了是为等向被给按据委党级年月日')
/** Real places that start with one of those characters (镇海区, 全椒县, 镇江市, 日照市): a name may start there after all. */
const LED_BY_NO_START = [...SUFFIX_IN_STEM, ...CITY_NAMES].filter((p) => hasChar(NO_ORGAN_START, p.charCodeAt(0)))
const LED_FIRST = charBits(LED_BY_NO_START)
const ledByPlace = (text: string, k: number) => hasChar(LED_FIRST, text.charCodeAt(k)) && LED_BY_NO_START.some((p) => text.startsWith(p, k))
/** Last characters of organ words: where a name in running text may end. */
const ORGAN_END = /[府处会局厅委室办心队署部所站院馆]/g // (馆: an archives, ./departments.ts INSTITUTION_WORDS; 站, 院: institutionStart)
/**
 * A town station's word ends in its bureau's last character before 所 (市场监督管理所, 司法所, 自然资源所), or is a police bureau's 派出所,
 * its bureau named right before it: other 所 (所有, 镇派出所 in a sentence) end nothing.
 */
const STATION_END = charBits('理法源务出')
const BOUNDARY_WORDS = charBits('由在对向与和及经据为是将把从到受被给以于即暨、')
/**
 * Verbs an organ's name follows as their object ("为做好京山市卫生健康局的…工作", "会同市司法局"), also with 了, those that issue a
 * document whose unquoted title opens with its organ ("制定印发了福建省文化和旅游厅关于…的文件", "出台X局关于…的意见"), 通过 before
 * a channel or a body (通过X局门户网站公开, 通过X局审查: ./authorSelf.ts tells the two apart), and those that open a space or channel
 * named after its owner (开设X局政务公开专区, 设立X局政府信息公开查阅室, 开通X局政务微博, 建立X局…专区).
 */
const VERBS_BEFORE = new Set(['做好', '结合', '围绕', '落实', '推动', '推进', '加强', '配合', '协助', '邀请', '会同', '联合', '支持', '指导', '督促', '依托', '对照', '依据', '参加', '组织', '联系',
  '印发', '制定', '制发', '出台', '通过', '开设', '设立', '开通', '建立'])
/** Their last characters (a verb is looked up only after one of them). */
const VERB_LAST = charBits([...VERBS_BEFORE].map((v) => v[1]))
/** A name may begin after a non-CJK character (punctuation, a line start), a preposition, a verb it is the object of or a year. */
const afterBoundary = (text: string, k: number) => k === 0 || !isCjk(text.charCodeAt(k - 1)) || hasChar(BOUNDARY_WORDS, text.charCodeAt(k - 1)) ||
  afterVerb(text, text[k - 1] === '了' ? k - 1 : k) || afterYear(text, k)
const afterVerb = (text: string, k: number) => k >= 2 && hasChar(VERB_LAST, text.charCodeAt(k - 1)) && VERBS_BEFORE.has(text.slice(k - 2, k))
/**
 * A body the author sets up named after its owner (成立X局法治建设工作领导小组, 成立了以局长为组长的X局…领导小组, 组建X局…工作专班,
 * 设立由局长任组长的X局…小组): the
 * organ's name opens it after 成立, a group word closing it (not a committee: 县政府成立X县安全生产委员会 names no owner).
 */
const SETS_UP = /(?:成立|组建|设立)了?(?:[以由][^，。；\n]{1,8}[为任]组长的)?$/
const OWN_GROUP = /^[\u4e00-\u9fff]{0,12}?(?:领导小组|工作小组|专班)/
const ownerOfGroup = (text: string, k: number, end: number) => k > 0 && '立建了的'.includes(text[k - 1]) &&
  SETS_UP.test(text.slice(Math.max(0, k - 16), k)) && OWN_GROUP.test(text.slice(end, end + 16))
/** A year written before a name (《2025年益阳市…局工作要点》, 2023年X局, 《2024年度X委…办法》): 年 or 年度 after a digit is a boundary. */
const afterYear = (text: string, k: number, j = text[k - 1] === '度' ? k - 1 : k) => j >= 2 && text[j - 1] === '年' && text.charCodeAt(j - 2) >= 48 && text.charCodeAt(j - 2) <= 57

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
  // Where a central organ's lead word starts (国家, 国务院 …): only a name ending within 20 characters after one can be such an organ.
  const leads = CENTRAL_LEADS.flatMap((lead) => occurrencesIn(text, lead, from, to)).sort((a, b) => a - b)
  let lead = 0
  // (a report names its few organs over and over: each name is read once, as placesNamed reads each place)
  const read = new Map<string, Organ | null>()
  ORGAN_END.lastIndex = from
  for (let m = ORGAN_END.exec(text); m && m.index < to; m = ORGAN_END.exec(text)) {
    const end = m.index + 1
    while (lead < leads.length && leads[lead] < end - 20) lead++
    const central = (m[0] === '部' || (lead < leads.length && leads[lead] < end)) && centralEndingAt(text, from, end)
    if (central) { push(central.organ, central.index); continue }
    // A district's branch (…公安局增城区分局) ends in 分局 after a place, not after a department stem.
    // A town station (…局分水市场监督管理所) ends in 所 after its bureau's word, its bureau (…局) named right before it.
    // A public institution (…县司法所, …县林业工作站) ends in its own word after a field's stem (./departments.ts institutionStart).
    const station = m[0] === '所' && hasChar(STATION_END, text.charCodeAt(end - 2)) && text.slice(Math.max(0, end - 24), end - 3).includes('局')
    if (m[0] === '所' && !station && institutionStart(text, end) < 0) continue
    const wordAt = text.startsWith('分局', end - 2) ? end - 2 : station ? end - 8 : organWordStart(text, end)
    if (wordAt < 0) continue
    // An organ's name is CJK throughout (readOrgan reads none that holds another character: its places, organ words and
    // central names are all CJK), so no start before the last other character (a comma, a digit, a line break) can give one.
    let first = end
    while (first > Math.max(from, wordAt - 30) && isCjk(text.charCodeAt(first - 1))) first--
    for (let k = first; k + 2 <= end; k++) {
      if (!isCjk(text.charCodeAt(k)) || (hasChar(NO_ORGAN_START, text.charCodeAt(k)) && !ledByPlace(text, k)) || !(afterBoundary(text, k) || ownerOfGroup(text, k, end))) continue
      const name = text.slice(k, end)
      let o = read.get(name)
      if (o === undefined) read.set(name, (o = readOrgan(name)))
      if (o) { push(o, k); break }
    }
  }
  return out
}

/** A central organ ending at `end` (司法部, 国家税务总局, 国务院办公厅), found without trying every start. */
function centralEndingAt(text: string, from: number, end: number): { organ: Organ; index: number } | null {
  const starts: number[] = []
  if (text[end - 1] === '部') {
    // (only where a ministry's stem starts: 干部, 全部 and 内部 end in 部 too)
    const stemEnd = hasChar(MINISTRY_LAST, text.charCodeAt(end - 2))
    for (const len of STEM_LENGTHS) {
      const k = end - 1 - len
      if (k >= from && ((stemEnd && MINISTRY_STEMS.has(text.slice(k, end - 1))) || text.startsWith('中华人民共和国', k))) starts.push(k)
    }
  } else {
    const window = text.slice(Math.max(from, end - 20), end)
    for (const lead of CENTRAL_LEADS) {
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
