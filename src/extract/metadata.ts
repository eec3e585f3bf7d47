/**
 * Report metadata from normalised text: title, agency, region, sector and the year covered
 * (not the publication date), each with the text it was read from.
 */
import type { ReportMeta } from './types'
import { findAgency, fullestName } from './agency'
import { findTitles, withoutPlan, type Line, type TitleFound } from './authorTitle'
import { cjkBefore, countsOf, countyOfTown, nameMayStart, occurrences, outsideTitles } from './placesNamed'
import { innermostPlace, placeChain, placeParts, readOrgan } from './organs'
import { ADDRESSEE } from './authorChrome'
import { inSpans, type Span } from './structure'
import { cityOfShort, isCityName, MUNICIPALITIES, provinceOfShort, PROVINCES, sectorOf } from './places'

type YearFound = { year: number | null; source: ReportMeta['year_source']; evidence?: string }

/** Cue, weight and, for a cue whose scan tries many starts, a cheap pattern every match contains: without it in the text the cue is not run. */
const YEAR_CUES: [RegExp, number, RegExp?][] = [
  [/现将((?:19|20)\d{2})年度?/g, 10],
  // The period the figures cover: 统计期限为2022年1月1日至2022年12月31日 (or …至12月31日, the year not repeated).
  // (Or by months: 2023年1月至12月, 2023年1-12月.)
  [/((?:19|20)\d{2})年1(?:月(?:1日|份)?)?(?:起)?\s*(?:至|到|—|－|-|~)\s*(?:\1年)?12(?:月(?:31日|底|份)?)/g, 10],
  // Not a past report said to be reported or reviewed:
  // 向人大常委会报告2022年法治政府建设情况 (one under review, 对2019年度…开展研讨, loses the tie below).
  [/(?<!报告|报送|审议|通报)((?:19|20)\d{2})年度?(?:[\u4e00-\u9fff]{0,12})法治政府建设(?:[\u4e00-\u9fff]{0,8})(?:报告|情况|举措|成效|工作)/g, 6],
  // The report's own name: 2022年度…年度报告, 2020年政府信息公开工作年度报告.
  [/(?<!报告|报送|审议|通报)((?:19|20)\d{2})年度?[\u4e00-\u9fff]{0,16}?(?:工作)?年度报告/g, 4],
  [/^\s*((?:19|20)\d{2})\s*年(?:以来|度|,|，)/gm, 6],
  [/((?:19|20)\d{2})年是[^。\n]{0,40}?之年/g, 6],
  // The span a report over several years reviews (近五年（2017—2021年）工作开展情况): the year it ends on.
  [/(?:近|过去)[一二三四五六七八九十两\d]年\s*[（(]\s*(?:19|20)\d{2}\s*年?\s*(?:—|－|~|-|至|到)\s*((?:19|20)\d{2})\s*年?\s*[)）]/g, 10],
  // The lead after an opening clause: 为贯彻…要求，2023年X局着力…
  [/^[^。\n]{2,120}?[，,]\s*((?:19|20)\d{2})\s*年(?:以来|度)?[，,]?(?=[\u4e00-\u9fff])/gm, 4, /[，,]\s*(?:19|20)\d{2}\s*年/],
  // The author as subject, the year as its adverbial: 海关总署2024年以…为指导, 我局2023年坚持… (not 年以来).
  [/(?:^|[，,。；\n])[\u4e00-\u9fff]{2,12}?((?:19|20)\d{2})年(?:以(?!来)|坚持|深入|认真|全面)/gm, 4, /\d年(?:以(?!来)|坚持|深入|认真|全面)/],
  // A summary with the next year's plan after it (X局2023年工作总结及2024年工作计划, 现将2021年工作总结和2022年工作打算…): the summary's year.
  [/((?:19|20)\d{2})年度?[\u4e00-\u9fff]{0,12}?总结(?:及|和|暨|与)(?:19|20)\d{2}年/g, 10, /总结[及和暨与](?:19|20)\d{2}年/],
  [/((?:19|20)\d{2})年度?(?:[\u4e00-\u9fff]{0,10})(?:工作要点|工作计划|重点任务|重点内容|任务重点)/g, 3],
  [/(?:今年|全年|本年度)[^。]{0,30}?((?:19|20)\d{2})年/g, 2],
  // A part of a year as a period (2024年7月份…通报, 2025年一季度…, 2023年上半年…), not a date (2024年7月1日): its year.
  [/((?:19|20)\d{2})年(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份|第?[一二三四]季度|[上下]半年|前三季度)/g, 2],
  // A paragraph opening on an event's full date (2025年4月9日，X局会同…): a news piece's event, or one of the year reported.
  [/^\s*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日(?:[上下]午|晚)?[，,]/gm, 1, /^\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/m],
  // The number of a document the author issued in the year (印发《…工作方案》（汕医保党组〔2022〕30号）): the weakest cue, for a
  // report that states its year no other way.
  [/(?:印发|制定|出台|下发|制发)了?《[^》\n]{2,80}》\s*[（(]?[\u4e00-\u9fff]{1,12}\s*[〔［[]\s*((?:19|20)\d{2})\s*[〕］\]]\s*\d+\s*号/g, 1, /[〔［[](?:19|20)\d{2}[〕］\]]/],
]
const DATE_LINE = /((?:19|20)\d{2})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/g
/** A year in a title, with or without 年 (长河县司法局2023法治政府建设年度报告, …年度报告（2023）), not inside a longer number. */
/** (of a span, 2023年至2024年, the year it ends on) */
const TITLE_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)(?!\s*年?度?\s*(?:—|－|-|~|至|到)\s*(?:19|20)\d{2})(?=\s*年|\s*[)）]|[\u4e00-\u9fff])/
/**
 * A year the body states plainly (我局2023年办理…): not a date, a comparison (较2022年), a period since,
 * a deadline, a plan's year (2024年，我局将…), nor either end of a span (《纲要（2021—2025年）》).
 */
const PLAIN_YEAR = /(?<![较比于至到自从—－~\-])((?:19|20)\d{2})年度?(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月|以来|至今|起|[至到—－~-]|以前|之前|前|底|末|同期|[^。；\n]{0,20}?(?:将|计划|拟|力争|预计|要))/g
/** A page's breadcrumb ending in the year it files the report under ("法治政府建设年度报告 > 2021年度"). */
const BREADCRUMB_YEAR = /[>›»]\s*((?:19|20)\d{2})\s*年度?\s*$/m
/** (or a page line that opens on the date before its source: 2023-12-05 来源：…) */
const PUBLISHED = /(?:发布日期|发布时间|日期)[:：]?\s*((?:19|20)\d{2})[-./年](\d{1,2})?|^\s*((?:19|20)\d{2})-(\d{1,2})-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?:来源|作者|发布)/gm
/** A line near the body's start that opens on an event's month and day, no year (4月9日，旗林草局会同…), or on its being recent (近日，…). */
const EVENT_DAY = /^\s*(?:(\d{1,2})月\d{1,2}日(?:[上下]午|晚)?|近日|日前|近期)[，,]/m
/** A month written in digits or Chinese numerals (1–12). */
const monthOf = (m: string) => /\d/.test(m) ? Number(m) : m === '十' ? 10 : m.startsWith('十') ? 10 + '一二'.indexOf(m[1]) + 1 : '一二三四五六七八九'.indexOf(m[0]) + 1

function findYear(text: string, body: Span, skip: Span[], title: TitleFound | null): YearFound {
  const t = title && TITLE_YEAR.exec(withoutPlan(title.title))
  if (t && title) return { year: Number(t[1]), source: 'title', evidence: title.title }
  const votes = new Map<number, { score: number; evidence: string; at: number }>()
  const region = text.slice(body.start, body.end)
  for (const [re, weight, needed] of YEAR_CUES) {
    if (needed && !needed.test(region)) continue
    re.lastIndex = 0
    for (let m = re.exec(region); m; m = re.exec(region)) {
      const at = body.start + m.index
      // (the title's own year was read above: a year left in its line is its plan's, …总结及2024年工作计划)
      if (inSpans(skip, at) || (title && at >= title.line.start && at < title.line.start + title.line.text.length)) continue
      const y = Number(m[1])
      const v = votes.get(y) ?? { score: 0, evidence: '', at }
      v.at = Math.min(v.at, at)
      if (weight > (votes.get(y)?.score ?? 0) || !v.evidence) v.evidence = m[0].trim()
      v.score += weight
      votes.set(y, v)
    }
  }
  // Equal votes: the year stated first (the lead sentence names the report's own year).
  let best: [number, { score: number; evidence: string; at: number }] | null = null
  for (const e of votes) if (!best || e[1].score > best[1].score || (e[1].score === best[1].score && e[1].at < best[1].at)) best = e
  if (best) return { year: best[0], source: 'body', evidence: best[1].evidence }
  const filed = BREADCRUMB_YEAR.exec(text.slice(0, body.start + 300))
  if (filed) return { year: Number(filed[1]), source: 'body', evidence: filed[0].trim() }
  // No cue: the first year the body states plainly, outside the plan and problem sections.
  PLAIN_YEAR.lastIndex = 0
  for (let m = PLAIN_YEAR.exec(region); m; m = PLAIN_YEAR.exec(region)) {
    if (!inSpans(skip, body.start + m.index)) return { year: Number(m[1]), source: 'body', evidence: m[0] }
  }
  // Only a publication date: reports are published early in the following year (one dated in its
  // last two months reports on the year it is dated in).
  for (const re of [DATE_LINE, PUBLISHED]) {
    re.lastIndex = 0
    const dates = [...text.matchAll(re)]
    if (dates.length) {
      const last = dates[dates.length - 1]
      const [year, m] = last[1] ? [last[1], last[2]] : [last[3], last[4]]
      const month = m ? monthOf(m) : 1
      // (a news piece that opens on its event's day, 4月9日，…, no later in the year than the page's date, tells of that year)
      const day = EVENT_DAY.exec(region.slice(0, 600))
      const sameYear = month >= 11 || (day !== null && (!day[1] || Number(day[1]) <= month))
      return { year: Number(year) - (sameYear ? 0 : 1), source: 'published', evidence: last[0].trim() }
    }
  }
  return { year: null, source: 'unknown' }
}


/** Lines with their offsets, from `from` on, at most `max` of them. */
function linesOf(text: string, from: number, to: number, max: number): Line[] {
  const out: Line[] = []
  let pos = from
  while (pos < to && out.length < max) {
    const nl = text.indexOf('\n', pos)
    const end = nl < 0 || nl > to ? to : nl
    if (text.slice(pos, end).trim()) out.push({ text: text.slice(pos, end), start: pos })
    pos = end + 1
  }
  return out
}

/** The place a string ends with (中共重庆市 → 重庆市), or null. */
function trailingPlace(s: string): string | null {
  for (let k = 0; k + 2 <= s.length; k++) {
    const parts = nameMayStart(s, k) ? placeChain(s.slice(k)) : null
    if (parts) return parts[parts.length - 1]
  }
  return null
}

/** Places that may be written before another in a chain: a province, a city, a prefecture, a region, a league. */
const OUTER_LEVEL = /(?:省|自治区|市|州|地区|盟)$/
/** A town-level place, and a county-level one written before it. */
const TOWN = /(?:镇|乡|街道|苏木|农场)$/
const COUNTY_LEVEL = /(?:[县旗区市]|自治[县旗])$/
/** Zones named after their city (湛江经济技术开发区, 兰州新区). */
const ZONE = /(?:开发区|高新区|新区|园区|保税区|合作区|试验区|示范区)$/

/** A city written without 市 whose name ends in 州 (杭州, 徐州): no prefecture. */
const cityWithoutShi = (s: string) => /[^治]州$/.test(s) && isCityName(`${s.slice(0, -1)}市`)

/**
 * `region` extended outward with the places the text writes right before its outermost one (吉林市 → 吉林省吉林市,
 * 凯里市 → 黔东南州凯里市). A prefecture may be written by its short form (黔东南州, 恩施州); a city written without
 * 市 (杭州西湖区) is not one.
 */
function withOuterPlaces(text: string, region: string): string {
  for (let step = 0; step < 3; step++) {
    const outer = placeParts(region)[0]
    const counts = new Map<string, number>()
    // (an autonomous prefecture's name with its province runs to 16 characters: 吉林省延边朝鲜族自治州)
    for (const at of occurrences(text, outer)) {
      const p = trailingPlace(cjkBefore(text, at, 16))
      if (p) counts.set(p, (counts.get(p) ?? 0) + 1)
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
    // (a town's or street's county written right before it, 中共张店区房镇镇委员会, is its outer place too)
    const level = TOWN.test(outer) ? COUNTY_LEVEL : OUTER_LEVEL
    if (!best || region.includes(best) || !level.test(best) || cityWithoutShi(best)) break
    region = best + region
  }
  return region
}

/**
 * The place as fully as the text states it: the agency's own place chain, extended outward with
 * the place the text writes right before it (吉林市船营区); for a district or county found inside
 * a city, the province the text names (吉林省 … 吉林市船营区). A city's own report that cites a
 * provincial regulation (《浙江省…条例》) does not thereby state its province. `organ`: the organ word
 * (a zone's own 管理委员会 is the zone, a department of a zone lies in the city it is named after).
 */
function findRegion(text: string, chain: string, organ: string): string | null {
  if (!chain) return null
  // An office named by its province's short name (浙江海事局) is in that province.
  const province = provinceOfShort(chain)
  if (province) return province
  // A customs district named by its city's short name (南京海关) is in that city, one named otherwise (拱北海关) in its seat.
  const seat = cityOfShort(chain)
  if (seat) return seat
  let region = withOuterPlaces(text, chain)
  // A county-level organ whose addressee line names its superiors of a city (衢州市卫生健康委员会、龙游县人民政府：) lies in that city.
  const only = placeParts(region)
  if (only.length === 1 && /(?:[县旗]|[^新]区|市)$/.test(only[0]) && !isCityName(only[0]) && !ZONE.test(only[0]) && !PROVINCES.includes(only[0])) {
    const city = cityOfAddressee(text, only[0])
    if (city) region = withOuterPlaces(text, city + region)
  }
  // A town (or a state farm) the text writes without its county lies in the county it names as a governing body (禄丰县委 … 中村乡),
  // with the places the text writes before that county (苏州市吴中区委 → 苏州市吴中区木渎镇).
  if (TOWN.test(placeParts(region)[0])) {
    const county = countyOfTown(text)
    if (county && !region.includes(county)) region = withOuterPlaces(text, county + region)
  }
  // A zone's department named after its city (湛江经济技术开发区应急管理局) lies in that city when the text names it
  // (湛江市); the zone's own 管理委员会 reports for the zone.
  const first = placeParts(region)[0]
  const city = `${first.slice(0, 2)}市`
  if (ZONE.test(first) && !/^(?:管理委员会|管委会|管理局)$/.test(organ) && isCityName(city) && text.includes(city)) region = city + region
  const parts = placeParts(region)
  const outer = parts[0]
  if (parts.length > 1 && /市$/.test(outer) && !MUNICIPALITIES.includes(outer) && isCityName(outer)) {
    let best: string | null = null
    let n = 0
    // (a province named only in a document's title, 《浙江省…纲要》, is not said to hold the place; one its own
    // provincial body, named by level, issued to it is: 省委依法治省委员会《吉林省…方案》)
    const counts = countsOf(outsideTitles(text), PROVINCES)
    for (const [i, p] of PROVINCES.entries()) if (counts[i] > n) { n = counts[i]; best = p }
    if (best) region = best + region
  }
  return region
}

/** A street the text writes only as X街 (龙归街, Guangzhou's way): its region as written, the agency still its 街道办事处. */
function asWritten(text: string, region: string | null): string | null {
  const street = region?.endsWith('街道') ? placeParts(region).at(-1)! : ''
  return street && !text.includes(street) && text.includes(street.slice(0, -1)) ? region!.slice(0, -1) : region
}

/** A city's party committee opening an addressee's part: 绍兴市委依法治市办, 中共黔东南州委全面依法治州委员会办公室. */
const CITY_COMMITTEE = /^(?:中共)?([\u4e00-\u9fff]{2,10}?(?:市|自治州|州|地区|盟))委/

/** An autonomous prefecture by its short form (红河州, 黔东南州): not a city written without 市 (杭州, 徐州) nor a province (贵州). */
const prefectureShort = (s: string) => s.length >= 3 && /[^治]州$/.test(s) && !cityWithoutShi(s)

/** The prefecture-level place of the superiors an addressee line names (衢州市卫生健康委员会、龙游县人民政府：), not `county` itself. */
function cityOfAddressee(text: string, county: string): string | null {
  for (const line of text.slice(0, 1500).split('\n')) {
    const t = line.trim()
    if (!ADDRESSEE.test(t)) continue
    for (const part of t.replace(/[:：]$/, '').split(/[、，,]/)) {
      const o = readOrgan(part, { lenient: true })
      // (a city's party committee or its rule-of-law office, 绍兴市委依法治市办, 中共绍兴市委全面依法治市委员会办公室, names its city)
      const outer = o?.place ? placeParts(o.place)[0] : CITY_COMMITTEE.exec(part)?.[1] ?? null
      if (outer && outer !== county && (isCityName(outer) || /(?:自治州|地区|盟)$/.test(outer) || prefectureShort(outer))) return outer
    }
  }
  return null
}

/** `skip`: the plan and problem sections, where years are next year's, not the report's. */
/** Digits of a year written in Chinese numerals (二〇二三, 二O二三). */
const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', '○': '0', O: '0', o: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }
/** The same by char code (looked up before every 年 of the text: a one-character string as key is made and hashed each time). */
const CN_DIGIT_CODES = new Map(Object.entries(CN_DIGITS).map(([ch, d]) => [ch.charCodeAt(0), d]))

/**
 * Years written in Chinese numerals (二〇二三年) as digits; the same length, so offsets hold. Read
 * back from each 年 (four numeral characters, then only spaces before it): a regex for the form
 * tries every position of the text.
 */
export function digitYears(text: string): string {
  let out = ''
  let last = 0
  for (let y = text.indexOf('年'); y >= 0; y = text.indexOf('年', y + 1)) {
    if (y > 0 && text.charCodeAt(y - 1) >= 48 && text.charCodeAt(y - 1) <= 57) continue // 2023年: digits already
    let end = y
    while (end > 0 && /\s/.test(text[end - 1])) end--
    if (end < 4) continue
    let d = ''
    for (let i = end - 4; i < end && d.length === i - end + 4; i++) d += CN_DIGIT_CODES.get(text.charCodeAt(i)) ?? ''
    if (d.length < 4 || !/^(?:19|20)\d{2}$/.test(d)) continue
    out += text.slice(last, end - 4) + d
    last = end
  }
  return last === 0 ? text : out + text.slice(last)
}

export function extractMeta(original: string, body: Span, skip: Span[]): ReportMeta {
  const text = digitYears(original)
  const head = linesOf(text, 0, Math.min(text.length, Math.max(body.start + 1500, 3000)), 40)
  const titles = findTitles(head)
  const tailFrom = Math.max(0, text.lastIndexOf('\n', Math.max(0, text.length - 600)))
  const tail = linesOf(text, tailFrom, text.length, 30)
  const found = findAgency(text, head, titles, tail)
  // The title that names the author, else the first one (with a year, if any has one).
  const title = found.title ?? titles.find((t) => TITLE_YEAR.test(withoutPlan(t.title))) ?? titles[0] ?? null
  const year = findYear(text, body, skip, title)
  // Title and evidence as the report writes them (二〇二三年, not the digits read from it).
  const written = (s: string) => {
    const at = text.indexOf(s)
    return at >= 0 ? original.slice(at, at + s.length) : s
  }
  const evidence: ReportMeta['evidence'] = {}
  if (title) evidence.title = written(title.title)
  if (year.evidence) evidence.year = written(year.evidence)
  let agency: string | null = null
  let sector: string | null = null
  let region: string | null = null
  if (found.organ) {
    // The agency is its innermost place + organ (綦江区交通局); the outer places the text writes
    // with it (重庆市綦江区交通局) go into the region.
    // (a zone's statutory body, 前海管理局 of 前海合作区, keeps the name it is written by; it governs the zone as its committee would)
    const zoneBody = found.organ.organ === '管理局' && /区$/.test(found.organ.place)
    const full = zoneBody ? found.organ.place + found.organ.organ : fullestName(text, found.organ)
    const chain = full.slice(0, full.length - found.organ.organ.length)
    const place = chain ? innermostPlace(chain) : ''
    agency = zoneBody ? found.organ.name : place + found.organ.organ
    sector = sectorOf(zoneBody ? `${place}管理委员会` : agency, place)
    region = asWritten(text, findRegion(text, chain, found.organ.organ))
    if (found.evidence) evidence.agency = written(found.evidence)
    if (sector) evidence.sector = agency
    if (region) evidence.region = region
  } else if (found.department) {
    sector = sectorOf(found.department)
  }
  return {
    title: title ? written(title.title) : null, agency, region, sector, year: year.year,
    agency_source: found.source, year_source: year.source, evidence,
  }
}
