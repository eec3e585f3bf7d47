/**
 * The places a report names (its province, city and county), to expand "市X局" and "省人民政府" and
 * to place a region, and the text helpers that count them. A county-level city is in no list: it is
 * a city when the text names its government or party committee (乳山市委) or its own document. ./townCounty.ts finds a town's county.
 */
import { readOrgan, withoutDivision } from './organs'
import { afterCityShort, isCityName, leagueInFull, MUNICIPALITIES, PROVINCE_SHORT, provinceAndCity } from './places'
import { charBits, hasChar, isCjk } from './charBits'
import { anchoredMatches } from './anchoredMatches'

/**
 * A place's rule-of-law committee or leading group after its name (华蓥市全面依法治市委员会办公室, 邳州市依法治市办, 宜丰县法治政府建设
 * 领导小组办公室): the body whose notice a department's report answers, the place's own governing body (r57c; ./townCounty.ts reads
 * a county's).
 */
export const RULE_OF_LAW_BODY = '(?:全面)?依法治[县区旗市](?:委员会|办)|法治(?:政府)?建设(?:工作)?领导小组'
const RULE_OF_LAW_BODY_AFTER = new RegExp(`^(?:${RULE_OF_LAW_BODY})`)
/** Verbs of following a body's arrangements right before its name (按照X县委…的部署, 依照, 遵照): not 参照, a model's practice. */
export const FOLLOWS = /^(?:按|依|遵)照$/
/** A governing body's name after a break, 中共, 根据/依据 or a verb of following (按照邹城市委的部署, 根据X市依法治市办要求). */
const governingNameStarts = (text: string, start: number) => start === 0 || !isCjk(text.charCodeAt(start - 1)) || text[start - 1] === '据' ||
  text.startsWith('中共', start - 2) || FOLLOWS.test(text.slice(start - 2, start))
/**
 * The county-level cities the text names as a governing body, by their names (…市): two characters and 市 after a break, or
 * after 中共 (中共宁乡市委) or a requirement's verb (按照邹城市委的部署), before 人民政府, 政府 or 委 (not 委员: 市委员会 is no city's
 * committee of that form) or its rule-of-law committee or leading group. Found from each 市, as no two such names overlap (a regex that
 * opens with a lookbehind is tried at every position of the report).
 */
function governedCities(text: string): Set<string> {
  const out = new Set<string>()
  for (let at = text.indexOf('市', 2); at >= 0; at = text.indexOf('市', at + 1)) {
    const start = at - 2
    if (!isCjk(text.charCodeAt(start)) || !isCjk(text.charCodeAt(start + 1))) continue
    if (!governingNameStarts(text, start)) continue
    if (text.startsWith('人民政府', at + 1) || text.startsWith('政府', at + 1) || (text[at + 1] === '委' && text[at + 2] !== '员') || ownDocument(text, start, at) ||
      RULE_OF_LAW_BODY_AFTER.test(text.slice(at + 1, at + 13))) out.add(text.slice(start, at + 1))
  }
  return out
}

/** A document number after a title, its issuer's short name first (（瑞政发〔2022〕3号）, 〔2021〕 in any bracket). */
const ISSUER_NUMBER = /^\s*[（(]?\s*([\u4e00-\u9fff])(?:政|委|府)办?[发函字]\s*[〔［[（(【]\s*(?:19|20)\d{2}/
/**
 * A city's own document (《瑞安市…办法》（瑞政发〔2022〕3号）): its title opens on the city, its number on the city's first character
 * and its government's or committee's mark: the city governs.
 */
function ownDocument(text: string, start: number, at: number): boolean {
  if (text[start - 1] !== '《') return false
  const close = text.indexOf('》', at)
  return close >= 0 && close - at < 60 && ISSUER_NUMBER.exec(text.slice(close + 1, close + 16))?.[1] === text[start]
}

/** The provinces' short names (PROVINCE_SHORT's), counted in one pass. */
const SHORTS = PROVINCE_SHORT.map(([, short]) => short)

/** A city's own system at a break, or a quoted account or brand; found near 系统 or an opening quote (anchoredMatches). */
const OWN_SYSTEM_OR_BRAND = /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{4,9})系统|[“"「]([\u4e00-\u9fff]{3,10})[”"」]/my
const SYSTEM_OR_QUOTE = /系统|[“"「]/g
/** A city's share or brand, main urban area, newspaper or station; found from the word after the city (anchoredMatches). */
const CITY_MEDIA = /([\u4e00-\u9fff]{2,4})(担当|样板|主城区|日报|晚报|电视台)/y
const MEDIA = /担当|样板|主城区|日报|晚报|电视台/g

/** A place whose development the author serves, written bare before it (为大连振兴发展, 服务保障株洲经济社会发展, 助力芜湖高质量发展). */
const SERVED = /(?:为|服务(?:保障|于)?|助力|护航|保障)([\u4e00-\u9fff]{2,4})[\u4e00-\u9fff]{0,6}?发展/g

/** The level word after a place's stem (exec in a loop: matchAll's iterator and its match objects took twice as long). */
const PLACE_LEVEL = /[市区县]/g
/** The places a report names, to expand "市X局" and "省人民政府" and to place a region. */
export interface Places { province: string | null; city: string | null; county: string | null }

export function mostFrequent(counts: Map<string, number>): string | null {
  let best: string | null = null
  for (const [k, n] of counts) if (best === null || n > counts.get(best)!) best = k
  return best
}

export function placesNamed(text: string): Places {
  const province = new Map<string, number>()
  const shortCounts = countsOf(text, SHORTS)
  PROVINCE_SHORT.forEach(([full], i) => {
    const n = shortCounts[i]
    if (n > 0) province.set(full, n + (text.includes(full) ? 1 : 0))
  })
  const city = new Map<string, number>()
  const county = new Map<string, number>()
  // A county-level city is in no list: it is a city when the text names its government or party committee (乳山市委).
  const governed = governedCities(text)
  // (a report names its few places over and over: each stem is read as a place once)
  const read = new Map<string, string | null>()
  const place = (s: string) => {
    let r = read.get(s)
    if (r === undefined) read.set(s, (r = readPlace(s)))
    return r
  }
  const municipalities = new Set<string>() // (seen at their 市: four scans of the text for them took as long as this one)
  PLACE_LEVEL.lastIndex = 0
  for (let m = PLACE_LEVEL.exec(text); m; m = PLACE_LEVEL.exec(text)) {
    const at = m.index
    // The stem before 市/区/县: a known city's four, three or two characters (示范城市 is no city); a district's
    // or county's longest stem (up to four) that follows a place or a break (重庆市九龙坡区), else two (自治县 alone is none).
    let p = ''
    if (m[0] === '市') {
      const four = text.slice(Math.max(0, at - 4), at + 1)
      const three = text.slice(Math.max(0, at - 3), at + 1)
      const two = text.slice(Math.max(0, at - 2), at + 1)
      if (MUNICIPALITIES.includes(two)) municipalities.add(two)
      p = isCityName(four) ? four : isCityName(three) ? three : isCityName(two) ? two : governed.has(two) ? two : ''
    } else {
      p = text.slice(Math.max(0, at - 2), at + 1)
      // (an autonomous county's, its peoples' names after its own, up to sixteen: 镇沅彝族哈尼族拉祜族自治县)
      for (let len = text.startsWith('自治', at - 2) ? 16 : 4; len > 2; len--) {
        const before = text[at - len - 1] ?? '\n'
        const longer = text.slice(at - len, at + 1)
        if (at - len >= 0 && /[省市州共\s,，、:：(（《“"]/.test(before) && place(longer)) { p = longer; break }
      }
    }
    // (依法治区委员会, 依法治县办 name the rule of law over the level, no place 法治区)
    if (p.length < 3 || text.startsWith('依法治', at - 3) || place(p) === null) continue
    const into = m[0] === '市' ? city : county
    into.set(p, (into.get(p) ?? 0) + 1)
  }
  for (const m of MUNICIPALITIES) if (municipalities.has(m)) city.set(m, (city.get(m) ?? 0) + 2)
  // A city named without 市 where reports brand their place ("法治岳阳", "健康宁波", "平安杭州", "视察重庆"): a known city or
  // municipality only.
  // After it, the brand is the city's own part or share: "干出杭州担当", "杭州样板"; its main urban area ("海安主城区")
  // is a city's even when the city is in no list.
  if (!city.size) {
    for (const m of text.matchAll(/(?:法治|平安|健康|美丽|幸福|文明|数字|智慧|视察|考察)([\u4e00-\u9fff]{2,4})/g)) {
      const c = [m[1], m[1].slice(0, 3), m[1].slice(0, 2)].map((x) => `${x}市`).find(isCityName)
      if (c) city.set(c, (city.get(c) ?? 0) + 1)
    }
    // Or as the one whose development the author serves ("为大连振兴发展…提供法治保障", "服务保障株洲经济社会发展", "助力芜湖高质量发展": r55c).
    for (const m of text.matchAll(SERVED)) {
      const c = [m[1], m[1].slice(0, 3), m[1].slice(0, 2)].map((x) => `${x}市`).find(isCityName)
      if (c) city.set(c, (city.get(c) ?? 0) + 1)
    }
    // Or before its own system, at a break: "2020年，六安司法行政系统…" (全市…系统 names none); or at the start of a quoted
    // account or brand of the city's own ("安康商务"微信公众号, “杭州发布”).
    for (const m of anchoredMatches(text, OWN_SYSTEM_OR_BRAND, SYSTEM_OR_QUOTE, (a) => (a[0] === '系统' ? [a.index - 10, a.index - 4] : [a.index, a.index]))) {
      const c = [(m[1] ?? m[2]).slice(0, 3), (m[1] ?? m[2]).slice(0, 2)].map((x) => `${x}市`).find(isCityName)
      if (c) city.set(c, (city.get(c) ?? 0) + 1)
    }
    // (its newspaper or station, 安康日报, is the city's as its brand is)
    for (const m of anchoredMatches(text, CITY_MEDIA, MEDIA, (a) => [a.index - 4, a.index - 2])) {
      const stems = [m[1], m[1].slice(-3), m[1].slice(-2)]
      const c = stems.map((x) => `${x}市`).find(isCityName) ??
        (m[2] === '主城区' && readPlace(`${stems[2]}市`) === `${stems[2]}市` && !/^[在由对向将从把被为全本该各我]/.test(stems[2]) ? `${stems[2]}市` : undefined)
      if (c) city.set(c, (city.get(c) ?? 0) + 1)
    }
  }
  // A place in the title of a document the report's author drafts or issues (拟定《荣昌区…方案》), or of the
  // rule-of-law plan of the area it reports for (围绕《思明区法治政府建设实施方案》), is its own.
  // (The plan may name the district after its city and before the year: 〈杭州市上城区2024年法治政府建设工作要点〉.) So is the place whose
  // own party committee or government issued a document the report names (《中共重庆市铜梁区委全面依法治区委员会办公室关于…》).
  for (const m of text.matchAll(/(?:制定|拟定|印发|出台|编制|起草)《([\u4e00-\u9fff]{2,4}[区县])|[《〈](?:[\u4e00-\u9fff]{2,4}市)?([\u4e00-\u9fff]{2,4}[区县])(?:(?:19|20)\d{2}年度?)?法治(?:政府|社会)?建设[^》〉\n]{0,24}[》〉]|[《〈](?:中共)?(?:[\u4e00-\u9fff]{2,4}[市州])?([\u4e00-\u9fff]{2,4}[区县]|[\u4e00-\u9fff]{2,14}?自治[县旗])(?:委(?!员)|人民政府)/g)) {
    const p = m[1] ?? m[2] ?? m[3]
    if (county.has(p)) county.set(p, county.get(p)! + 1)
  }
  // A district or county stands for the report's own place only when the text names it more than once
  // (a district report that names a neighbour once does not thereby name itself).
  const c = mostFrequent(county)
  return { province: mostFrequent(province), city: mostFrequent(city), county: c && county.get(c)! > 1 ? c : null }
}

/** A place on its own (静海区, 东城街道, 红星镇), or null. */
export function readPlace(s: string): string | null {
  // (a province's short name run into its city's, 四川成都市, and the places under it, 浙江温州泰顺县: the province and city in full)
  const full = provinceAndCity(s, true)
  const read = full ? readPlace(full) : null
  if (read) return read
  const o = readOrgan(`${s}人民政府`, { lenient: true })
  // (a corps division merged with its city, 第八师石河子市, is the city; a league by its short name, 锡盟, the league in full)
  // (and one after its city's short name, 宁波北仑区: the places after it)
  return o && (o.place === leagueInFull(withoutDivision(s)) || o.place === afterCityShort(s)) ? o.place : null
}

/** Offsets of every occurrence of `needle` in `text` (indexOf: linear, no regex backtracking). */
export function* occurrences(text: string, needle: string): Generator<number> {
  if (!needle) return
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) yield at
}

/** The text `outsideTitles` last blanked and its result: the metadata asks it of one report up to three times (region, province). */
let lastTitled: { text: string; outside: string } | null = null
/**
 * The text with the titles of documents blanked (the same length), but those its province's own body, named by level, issued
 * to it (省委依法治省委员会《吉林省…方案》): a province named only in a document's title (《浙江省…条例》) holds no place the report names.
 */
export function outsideTitles(text: string): string {
  if (lastTitled?.text !== text) lastTitled = { text, outside: text.replace(/《[^》\n]{0,80}》/g, (t, at: number) =>
    (/省(?:委|政府|人民政府)[^，。；《]{0,12}$/.test(text.slice(Math.max(0, at - 16), at)) ? t : ' '.repeat(t.length))) }
  return lastTitled.outside
}

/** How often `needle` occurs in `text`. */
export function countOf(text: string, needle: string): number {
  let n = 0
  for (let at = needle ? text.indexOf(needle) : -1; at >= 0; at = text.indexOf(needle, at + needle.length)) n++
  return n
}

/** Per list of needles: the first characters they start with (a bit each) and the needles each starts. */
const FIRSTS = new WeakMap<readonly string[], { bits: Uint32Array; of: Map<number, number[]> }>()

/**
 * `countOf` of each of `needles`, in one pass over the text: a scan per needle read a report 28 times for the provinces alone.
 * (Each needle's occurrences are counted as countOf counts them, none overlapping the one before.)
 */
export function countsOf(text: string, needles: readonly string[]): number[] {
  let firsts = FIRSTS.get(needles)
  if (!firsts) {
    const of = new Map<number, number[]>()
    needles.forEach((w, i) => { if (w) of.set(w.charCodeAt(0), [...(of.get(w.charCodeAt(0)) ?? []), i]) })
    FIRSTS.set(needles, (firsts = { bits: charBits(needles.filter((w) => w)), of }))
  }
  const counts = needles.map(() => 0)
  const next = needles.map(() => 0)
  for (let at = 0; at < text.length; at++) {
    if (!hasChar(firsts.bits, text.charCodeAt(at))) continue
    for (const i of firsts.of.get(text.charCodeAt(at))!) {
      if (at >= next[i] && text.startsWith(needles[i], at)) { counts[i]++; next[i] = at + needles[i].length }
    }
  }
  return counts
}

/**
 * Two-character words a place's name never starts inside (关于番禺区 is not 于番禺区, 2023年度吴中区 not 度吴中区, 现将…, 现公布通榆县 not 公布通榆县,
 * 自由贸易试验区宁波片区 not 验区宁波片区, 本人现任南浔区… not 任南浔区).
 */
const WORD_ACROSS = new Set(['关于', '对于', '由于', '位于', '属于', '基于', '鉴于', '年度', '中共', '现将', '兹将', '现就', '联系', '隶属', '包括',
  '现公', '公布', '现发', '发布', '自由', '贸易', '试验', '担任', '现任', '兼任'])
/** Whether a name may start at `k` of a run of CJK characters: not inside a word that ends after its first character. */
export const nameMayStart = (run: string, k: number): boolean => k === 0 || !WORD_ACROSS.has(run.slice(k - 1, k + 1))

/**
 * Words right before a place chain that make it another's: a partner's or a place visited (与南京市鼓楼区教育局签订协议, 赴河北省沧州市
 * 新华区考察). A namesake (鼓楼区, 新华区, 朝阳区) written so lies in another city: its chain names no place of the author's. A reader
 * asked to get in touch (请与/可与/欢迎与乐清市柳市镇党政办公室联系) meets the author's own office, no partner.
 */
export const ANOTHERS = /(?:(?<![请可迎])与|同|跟|赴|到|去|前往|向|对|考察|学习|参观|交流|结对|协作|对口)$/

/** The run of CJK characters right before `at`, at most `max` of them. */
export function cjkBefore(text: string, at: number, max: number): string {
  let k = at
  while (k > 0 && at - k < max && /[\u4e00-\u9fff]/.test(text[k - 1])) k--
  return text.slice(k, at)
}
