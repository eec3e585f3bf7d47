/**
 * The author read from the report's own words: its title quoted in the text (《X关于2022年度法治政府
 * 建设情况的报告》), the lead sentence ("2023年，X以…"), a government speaking by level ("2022年，
 * 我区…", "现将县人民政府2022年…报告如下"), 我镇/我局 with the place or organ the text names, and
 * last the organ the text names most.
 */
import { innermostPlace, type Organ } from './organs'
import { readPlace } from './placesNamed'
import { placeOfLevel, selfLevel } from './selfNamed'
import { authorOf, CJK, departmentOf, expand, governmentOf, PARTY, type AgencyFound, type Context } from './authorName'
import { ADDRESSEE } from './authorChrome'
import type { Line } from './authorTitle'

const QUOTED_REPORT = new RegExp(`《([${CJK}]{2,40}?)(?:关于)?(?:(?:19|20)\\d{2})年度?[${CJK}]{0,12}法治政府建设[${CJK}]{0,12}报告》`, 'g')
/** A first sentence whose subject is the organ itself ("人民街街道办事处以习近平法治思想为遵循…"). */
const SUBJECT_FIRST = new RegExp(`^\\s*([${CJK}]{3,30}?)(?=以|在|坚持|深入|认真|紧紧|始终|围绕|按照|聚焦|立足|贯彻)`)
const LEAD = new RegExp(`^\\s*(?:19|20)\\d{2}年(?:以来|度)?[,，]\\s*(?:(?:在|按照|根据)[^,，。]{0,40}[,，]\\s*)?([${CJK}、]{2,30}?)(?=在|以|坚持|深入|认真|紧紧|始终|全面|围绕|按照|聚焦|立足|贯彻|学习|持续|扎实|积极|着力|切实|严格|主动)`)
/** The report names its author by level only: "现将县人民政府2022年法治政府建设工作情况报告如下". */
const REPORTER = /现将(?:我)?(省|市|区|县|州)(?:人民)?政府[^。]{0,30}(?:报告|汇报)/

/** The report's own title quoted in the text. */
export function fromQuotedTitle(ctx: Context): AgencyFound | null {
  QUOTED_REPORT.lastIndex = 0
  for (const m of ctx.text.matchAll(QUOTED_REPORT)) {
    const o = authorOf(m[1], ctx)
    if (o) return { organ: o, source: 'body', evidence: m[0] }
  }
  return null
}

/** The subject of a first sentence; with no organ, the department it names (for the sector). */
export function fromLead(lines: Line[], ctx: Context): AgencyFound | { department?: string } {
  let department: string | undefined
  for (const l of lines) {
    const m = LEAD.exec(l.text) ?? SUBJECT_FIRST.exec(l.text)
    if (!m) continue
    const o = authorOf(m[1], ctx)
    if (o) return { organ: o, source: 'body', evidence: l.text.trim().slice(0, 80) }
    // "2024年，区信访局法治政府建设工作以…": the department before its topic, for the sector.
    department ??= departmentOf(m[1].replace(/(?:法治|依法行政).*$/, ''))
  }
  return { department }
}

/**
 * "2022年，我区…" or "现将县人民政府2022年…报告如下", and the text calls its government "县人民政府":
 * the report is that government's.
 */
export function fromLevelGovernment(lines: Line[], ctx: Context): AgencyFound | null {
  const text = ctx.text
  const we = lines.map((l) => /^\s*(?:19|20)\d{2}年(?:以来|度)?[,，]\s*我(省|市|区|县|州)/.exec(l.text)?.[1]).find(Boolean) ??
    REPORTER.exec(text.slice(0, 2000))?.[1]
  if (!we) return null
  const level = we === '区' && /自治区人民政府/.test(text) ? '自治区' : we
  // The one government of that level the text writes out (《岳阳县人民政府常务会会前学法制度》) names it.
  const only = ctx.known().filter((k) => k.organ === '人民政府' && innermostPlace(k.place).endsWith(level))
  const o = new RegExp(`(?<![${CJK}])${level}人民政府|[^${CJK}省市区县]${level}人民政府`).test(text)
    ? expand(`${level}人民政府`, ctx) ?? (only.length === 1 ? only[0] : null) : null
  return o ? { organ: o, source: 'body', evidence: `${level}人民政府` } : null
}

const OWN_PLACE = new RegExp(`结合([${CJK}]{2,12}?)实际[,，]\\s*现(?:就|将)`)
/** A department the text names by level ("《市生态环境局党组…》", "区司法局党委书记"), after a break. */
const LEVEL_DEPARTMENT = new RegExp(`(?<![${CJK}])([省市区县])([${CJK}]{2,12}?(?:局|厅|委员会))`, 'g')

/**
 * The author a report speaks of as "我镇", "我市", "我局": the government of the one place of that
 * level the text names (下太镇, 长治市), or for a department the one local department the text names
 * in full (《上城区人力社保局…》) or by level with the report's place (《市生态环境局…》 in a 武汉 report).
 */
export function fromSelfReference(lines: Line[], ctx: Context): AgencyFound | null {
  const head = lines.map((l) => l.text).join('\n')
  const found = (organ: Organ | null, evidence: string): AgencyFound | null => (organ ? { organ, source: 'body', evidence } : null)
  // "结合荷城街道实际，现就…报告如下": the report's own place.
  const own = OWN_PLACE.exec(head)
  if (own && readPlace(own[1])) return found(governmentOf(own[1]), own[0])
  const level = selfLevel(head)
  if (!level) return null
  if (/[局厅委办]/.test(level)) {
    const counts = new Map<string, { n: number; organ: Organ }>()
    // 我局 is a 局, 我厅 a 厅, 我委 a 委员会: a provincial 厅 a bureau reports to is not the bureau.
    const rank = (organ: string) => organ.endsWith(level) || (level === '委' && organ.endsWith('委员会'))
    for (const o of ctx.known()) {
      if (o.central || !o.place || !rank(o.organ) || /人民政府|办事处|管理委员会/.test(o.organ)) continue
      const name = innermostPlace(o.place) + o.organ
      counts.set(name, { n: (counts.get(name)?.n ?? 0) + 1, organ: o })
    }
    const best = [...counts.values()].sort((a, b) => b.n - a.n)[0]
    if (best) return found(best.organ, `我${level}`)
    LEVEL_DEPARTMENT.lastIndex = 0
    for (const m of ctx.text.slice(0, 3000).matchAll(LEVEL_DEPARTMENT)) {
      const o = rank(m[2]) ? expand(m[1] + m[2], ctx) : null
      if (o) return found(o, m[0])
    }
    return null
  }
  const places = ctx.places()
  const place = (level === '省' ? places.province : level === '市' ? places.city : null) ??
    (level === '区' || level === '县' ? places.county : null) ?? placeOfLevel(ctx.text, level)
  return place ? found(governmentOf(place), `我${level}`) : null
}

/** The organ the text names most (with a place, at least twice), outside addressee lines. */
export function mostNamed(ctx: Context): AgencyFound {
  const text = ctx.text
  const counts = new Map<string, { n: number; organ: Organ; index: number }>()
  for (const { organ, index } of ctx.named()) {
    if (PARTY.test(organ.name) || organ.central) continue
    const lineEnd = text.indexOf('\n', index)
    if (ADDRESSEE.test(text.slice(text.lastIndexOf('\n', index) + 1, lineEnd < 0 ? text.length : lineEnd).trim())) continue
    const name = innermostPlace(organ.place) + organ.organ
    const c = counts.get(name) ?? { n: 0, organ, index }
    const follows = text.slice(index + organ.name.length, index + organ.name.length + 24)
    c.n += /^(?:关于)?(?:19|20)\d{2}年度?[^。]{0,12}法治/.test(follows) ? 3 : 1
    counts.set(name, c)
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.index - b.index)
  if (!ranked.length || ranked[0].n < 2) return { organ: null, source: 'unknown' }
  const lineStart = text.lastIndexOf('\n', ranked[0].index) + 1
  return { organ: ranked[0].organ, source: 'body', evidence: text.slice(lineStart, lineStart + 80).split('\n')[0].trim() }
}
