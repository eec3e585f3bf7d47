/**
 * Report metadata from normalised text: title, agency, region, sector and the year covered
 * (not the publication date), each with the text it was read from.
 */
import type { ReportMeta } from './types'

type AgencyFound = { agency: string | null; source: ReportMeta['agency_source']; evidence?: string }
type YearFound = { year: number | null; source: ReportMeta['year_source']; evidence?: string }
import { inSpans, type Span } from './structure'
import { PROVINCES, sectorOf } from './places'

const CJK = '\\u4e00-\\u9fff'
/** An organ name: place + body (局, 委员会, 人民政府, 办公室 …). */
const ORGAN = new RegExp(
  `([${CJK}]{2,14}?(?:省|市|区|县|州|旗|盟|镇|乡|街道))((?:(?!法治|省|县|区|市(?![场管政民]))[${CJK}]){0,12}?(?:人民政府|政府|管理委员会|管委会|委员会|办公室|办事处|局|厅|委|支队|大队|中心))`, 'g')
/** Party bodies and commissions are not the reporting government organ. */
/** A province or city in front of the place that holds the organ: 吉林省|吉林市|船营区. */
const OUTER_PLACE = /^[\u4e00-\u9fff]+?(?:省|自治区|市|自治州|盟)(?=[\u4e00-\u9fff]{2,}(?:区|县|市|旗)$)/
const NOT_PLACE = /[委的在和与及对将把从了是为等]/
const NOT_AGENCY = /^(?:委|党委|党组|纪委|政法委|.*依法治.*|.*工作领导小组.*)$/
const TITLE = new RegExp(`^\\s*([${CJK}]{2,40}?)?((?:19|20)\\d{2})年度?([${CJK}、]{0,20}?)(?:法治政府|依法行政|法治建设|法治)[${CJK}]{0,16}(?:报告|情况|总结)\\s*$`)
const YEAR_CUES: [RegExp, number][] = [
  [/现将((?:19|20)\d{2})年度?/g, 10],
  [/((?:19|20)\d{2})年度?(?:[\u4e00-\u9fff]{0,12})法治政府建设(?:[\u4e00-\u9fff]{0,8})(?:报告|情况|举措|成效|工作)/g, 6],
  [/^\s*((?:19|20)\d{2})年(?:以来|度|,|，)/gm, 6],
  [/((?:19|20)\d{2})年度?(?:[\u4e00-\u9fff]{0,10})(?:工作要点|工作计划|重点任务|重点内容|任务重点)/g, 3],
  [/(?:今年|全年|本年度)[^。]{0,30}?((?:19|20)\d{2})年/g, 2],
]
const DATE_LINE = /((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g
const PUBLISHED = /(?:发布日期|发布时间|日期)[:：]?\s*((?:19|20)\d{2})[-./年]/g

function lineAt(text: string, pos: number): string {
  const s = text.lastIndexOf('\n', pos - 1) + 1
  const e = text.indexOf('\n', pos)
  return text.slice(s, e < 0 ? text.length : e)
}

function findTitle(text: string, body: Span): { title: string; agency: string | null; year: number } | null {
  const head = text.slice(body.start, Math.min(body.end, body.start + 600)).split('\n')
  let bare: { title: string; agency: string | null; year: number } | null = null
  for (const raw of head) {
    const line = raw.trim()
    const m = TITLE.exec(line)
    if (!m || line.length > 60) continue
    const found = { title: line, agency: m[1] ?? null, year: Number(m[2]) }
    if (found.agency && organs(found.agency).length) return found
    bare ??= found
  }
  return bare
}

function findYear(text: string, body: Span, skip: Span[], title: ReturnType<typeof findTitle>): YearFound {
  if (title) return { year: title.year, source: 'title', evidence: title.title }
  const votes = new Map<number, { score: number; evidence: string }>()
  const region = text.slice(body.start, body.end)
  for (const [re, weight] of YEAR_CUES) {
    re.lastIndex = 0
    for (let m = re.exec(region); m; m = re.exec(region)) {
      const at = body.start + m.index
      if (inSpans(skip, at)) continue
      const y = Number(m[1])
      const v = votes.get(y) ?? { score: 0, evidence: '' }
      if (weight > (votes.get(y)?.score ?? 0) || !v.evidence) v.evidence = m[0].trim()
      v.score += weight
      votes.set(y, v)
    }
  }
  let best: [number, { score: number; evidence: string }] | null = null
  for (const e of votes) if (!best || e[1].score > best[1].score) best = e
  if (best) return { year: best[0], source: 'body', evidence: best[1].evidence }
  // Only a publication date: reports are published early in the following year.
  for (const re of [DATE_LINE, PUBLISHED]) {
    re.lastIndex = 0
    const dates = [...text.matchAll(re)]
    if (dates.length) {
      const last = dates[dates.length - 1]
      return { year: Number(last[1]) - 1, source: 'published', evidence: last[0] }
    }
  }
  return { year: null, source: 'unknown' }
}

interface Organ { place: string; body: string; name: string; index: number }

function organs(text: string): Organ[] {
  ORGAN.lastIndex = 0
  return [...text.matchAll(ORGAN)].map((m) => {
    // Keep the innermost place: 重庆市綦江区交通局 → place 綦江区 (prefix 重庆市 goes to region).
    let place = m[1]
    for (let outer = OUTER_PLACE.exec(place); outer; outer = OUTER_PLACE.exec(place)) place = place.slice(outer[0].length)
    place = place.replace(/^(?:中共|中国共产党|关于|根据|按照|我|对)/, '')
    return { place, body: m[2], name: place + m[2], index: m.index ?? 0 }
  }).filter((o) => o.place.length >= 2 && !/^(?:全|本|各|该|我|市|区|县)/.test(o.place) && !NOT_PLACE.test(o.place) &&
    !NOT_AGENCY.test(o.body))
}

function findAgency(text: string, body: Span, titleAgency: string | null): AgencyFound {
  if (titleAgency) {
    const [o] = organs(titleAgency)
    if (o) return { agency: o.name, source: 'title', evidence: titleAgency }
  }
  const found = organs(text)
  if (!found.length) return { agency: null, source: 'unknown' }
  // A signature line at the end of the body ("船营区人民政府\n2024年1月31日") is the author.
  const tail = text.slice(Math.max(body.start, body.end - 200), body.end)
  const sig = /\n\s*([\u4e00-\u9fff]{4,30})\s*\n\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.exec(tail)
  if (sig) {
    const [o] = organs(sig[1])
    if (o) return { agency: o.name, source: 'signature', evidence: sig[1] }
  }
  // Otherwise the organ named most often (the reporting body cites its own rules and plans).
  const counts = new Map<string, { n: number; first: Organ }>()
  for (const o of found) {
    const c = counts.get(o.name) ?? { n: 0, first: o }
    const follows = text.slice(o.index + o.name.length, o.index + o.name.length + 24)
    c.n += /^(?:19|20)\d{2}年度?[^。]{0,12}法治/.test(follows) ? 3 : 1
    counts.set(o.name, c)
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.first.index - b.first.index)
  const pick = ranked[0].first
  return { agency: pick.name, source: 'body', evidence: lineAt(text, pick.index).trim().slice(0, 80) }
}

function findRegion(text: string, place: string | null): string | null {
  if (!place) return null
  const esc = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const direct = new RegExp(`([\\u4e00-\\u9fff]{2,3}市)${esc}`).exec(text)
  let city = direct?.[1]?.replace(/^(?:中共|共|在|对|由|和|与|为|将)(?=[\u4e00-\u9fff]{2}市)/, '') ?? null
  if (city && /^(?:全|本|各|城|该)/.test(city)) city = null
  if (!city) {
    for (const m of text.matchAll(/([\u4e00-\u9fff]{2})市/g)) {
      if (place.startsWith(m[1]) && place !== m[0]) { city = m[0]; break }
    }
  }
  const municipality = city && /^(?:北京|上海|天津|重庆)市$/.test(city)
  let province: string | null = null
  if (city && !municipality) {
    let best = 0
    for (const p of PROVINCES) {
      const n = text.split(p).length - 1
      if (n > best) { best = n; province = p }
    }
  }
  return (province ?? '') + (city ?? '') + place
}

/** `skip`: the plan and problem sections, where years are next year's, not the report's. */
export function extractMeta(text: string, body: Span, skip: Span[]): ReportMeta {
  const title = findTitle(text, body)
  const year = findYear(text, body, skip, title)
  const agency = findAgency(text, body, title?.agency ?? null)
  const place = agency.agency ? organs(agency.agency)[0]?.place ?? null : null
  const evidence: ReportMeta['evidence'] = {}
  if (title) evidence.title = title.title
  if (year.evidence) evidence.year = year.evidence
  if (agency.evidence) evidence.agency = agency.evidence
  const sector = agency.agency ? sectorOf(agency.agency) : null
  if (sector && agency.agency) evidence.sector = agency.agency
  const region = findRegion(text, place)
  if (region) evidence.region = region
  return {
    title: title?.title ?? null, agency: agency.agency, region, sector, year: year.year,
    agency_source: agency.source, year_source: year.source, evidence,
  }
}
