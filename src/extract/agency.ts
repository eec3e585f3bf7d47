/**
 * Who wrote the report, read from the forms authors use, strongest first:
 * the title line (organ, place-only "静海区2023年…报告", joint letterhead "中共X市委 X市人民政府关于…",
 * abbreviation "市水务局2025年…"), a letterhead line, the signature above the closing date, the
 * report's own title quoted in the text (《X关于2022年度法治政府建设情况的报告》), the lead sentence
 * ("2023年，X以…"), a 发布机构/来源/发布单位 page line, and only then the organ the text names most.
 * Every name must have an organ's shape (./organs.ts); addressee lines ("市委、市政府：") and party
 * bodies are never the author; when nothing qualifies the agency is unknown, never a guess.
 */
import type { ReportMeta } from './types'
import { innermostPlace, organsIn, placeChain, placeParts, readOrgan, type Organ } from './organs'
import { cjkBefore, occurrences, placesNamed, readPlace, type Places } from './placesNamed'
import { placeOfLevel, selfLevel } from './selfNamed'

export interface AgencyFound {
  organ: Organ | null
  source: ReportMeta['agency_source']
  evidence?: string
  /** With no agency: the department a title names without a place we can read (区市场监管局), for the sector. */
  department?: string
}

export interface Line { text: string; start: number }

const CJK = '\\u4e00-\\u9fff'
const PARTY = /^(?:中共|中国共产党)|(?:党委|党组|工委|纪委|政法委|[市县区镇乡旗州]委(?:员会)?)$/
/** A title: what it is about (法治/依法行政) and what it is (报告/情况/总结), the year optional. */
const TITLE_END = /(?:法治|依法行政)[^。；;]{0,30}(?:报告|情况|总结)(?:[（(][^)）]{0,12}[)）])?$/
const YEAR_IN_TITLE = /(?:(?:关于|发布|公布|印发|审议|作)(?:了)?)?(?:(?:19|20)\d{2})年度?/
const ADDRESSEE = /^[^。，,]{2,60}[:：]$/
const DATE_LINE = /^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})$/
const PUBLISHER = new RegExp(`(?:发布机构|发文机关|发文单位|发布单位|信息来源|文章来源|来源|作者)\\s*[:：|]?\\s*\\|?\\s*([${CJK}]{2,40})`, 'g')
const QUOTED_REPORT = new RegExp(`《([${CJK}]{2,40}?)(?:关于)?(?:(?:19|20)\\d{2})年度?[${CJK}]{0,12}法治政府建设[${CJK}]{0,12}报告》`, 'g')
/** A first sentence whose subject is the organ itself ("人民街街道办事处以习近平法治思想为遵循…"). */
const SUBJECT_FIRST = new RegExp(`^\\s*([${CJK}]{3,30}?)(?=以|在|坚持|深入|认真|紧紧|始终|围绕|按照|聚焦|立足|贯彻)`)
const LEAD = new RegExp(`^\\s*(?:19|20)\\d{2}年(?:以来|度)?[,，]\\s*(?:(?:在|按照|根据)[^,，。]{0,40}[,，]\\s*)?([${CJK}、]{2,30}?)(?=在|以|坚持|深入|认真|紧紧|始终|全面|围绕|按照|聚焦|立足|贯彻|学习|持续|扎实|积极|着力|切实|严格|主动)`)
/** The report names its author by level only: "现将县人民政府2022年法治政府建设工作情况报告如下". */
const REPORTER = /现将(?:我)?(省|市|区|县|州)(?:人民)?政府[^。]{0,30}(?:报告|汇报)/
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/
const LEVEL_ABBREVIATION = /^(自治区|[省市区县州])(.+)$/

/**
 * The organ a place-only name stands for: 静海区 → 静海区人民政府, 东城街道 → 东城街道办事处, a zone's
 * administrative committee (大鹏新区 → 大鹏新区管理委员会); Guangzhou's "洛浦街" is 洛浦街道.
 */
function governmentOf(place: string): Organ | null {
  if (/[^街]街$/.test(place) && readPlace(`${place}道`)) place = `${place}道`
  const word = place.endsWith('街道') ? '办事处' : /(?:新区|开发区|高新区)$/.test(place) ? '管理委员会' : '人民政府'
  return readOrgan(place + word, { lenient: true })
}

/** "市水务局" with the report's city → 武汉市水务局; "省人民政府" → 湖北省人民政府. */
/** What the text says about places and organs, each worked out on first use (most reports never need them). */
interface Context {
  text: string
  places: () => Places
  /** Organs named in the text, with offsets (party bodies included). */
  named: () => { organ: Organ; index: number }[]
  /** Organs named in the text, party bodies left out. */
  known: () => Organ[]
}

function once<T>(f: () => T): () => T {
  let v: T | undefined
  let done = false
  return () => {
    if (!done) { v = f(); done = true }
    return v as T
  }
}

function contextOf(text: string): Context {
  const named = once(() => organsIn(text))
  return {
    text, named, places: once(() => placesNamed(text)),
    known: once(() => named().map((o) => o.organ).filter((o) => !PARTY.test(o.name))),
  }
}

function expand(s: string, ctx: Context): Organ | null {
  const m = LEVEL_ABBREVIATION.exec(s)
  if (!m) return null
  const [, level, rest] = m
  const word = readOrgan(rest, { placeless: true }) ?? (/^(?:人民)?政府$/.test(rest) ? { organ: '人民政府' } : null)
  if (!word) return null
  // A full form the text itself gives wins (《武汉市人力资源和社会保障局…》); a district's only when
  // the text names that district more than once (not a neighbour it cooperated with).
  const places = ctx.places()
  const same = ctx.known().filter((o) => abbreviates(word.organ, o.organ) && innermostPlace(o.place).endsWith(level))
  const full = same.find((o) => level !== '区' && level !== '县' || innermostPlace(o.place) === places.county)
  if (full) return readOrgan(innermostPlace(full.place) + full.organ)
  // The text writes the department in full after its place somewhere ("制发罗湖区司法局《…》").
  const written = level === '区' || level === '县' ? placeOfLevel(ctx.text, level, word.organ) : null
  const place = written ?? (level === '省' || level === '自治区' ? places.province : level === '市' ? places.city : places.county)
  if (!place || ((level === '区' || level === '县') && !place.endsWith(level))) return null
  return readOrgan(place + word.organ)
}

/**
 * Whether an organ word is the full one or an abbreviation of it: the same first and last character
 * and its characters in order (政务服务局 of 政务服务管理局, 文化旅游委 of 文化和旅游发展委员会).
 */
function abbreviates(short: string, full: string): boolean {
  if (short === full) return true
  const end = full.endsWith('委员会') && short.endsWith('委') ? full.length - 2 : full.length
  if (short[0] !== full[0] || short.at(-1) !== full[end - 1] || short.length >= end) return false
  let j = 0
  for (let i = 0; i < end && j < short.length; i++) if (full[i] === short[j]) j++
  return j === short.length
}

/** A department's party group or committee reports for the department ("中共X区信访局党组" → X区信访局). */
const DEPARTMENT_PARTY = /^(?:中共|中国共产党)?(.+?(?:局|厅|部|署|办|委员会|中心))(?:党组|党委)$/

/** An author string from a title, letterhead or page line → the organ, resolving joint letterheads and abbreviations. */
function authorOf(s: string, ctx: Context): Organ | null {
  const all = s.replace(/(党委|党工委)(?:和|及)((?:人民)?政府)$/, '$1、$2').split(/[\s、，,]+/).map((p) => p.replace(/^(?:关于|根据)/, '').replace(DEPARTMENT_PARTY, '$1')).filter(Boolean)
  // "双合镇党委、政府": the bare 政府 of a joint subject is the government of the party body's place.
  const partyPlace = all.map((p) => /^(?:中共)?(.+?[镇乡街道区县市州省])(?:党委|党工委|委员会|委)$/.exec(p)?.[1]).find(Boolean)
  const parts = all.filter((p) => !PARTY.test(p)).map((p) => (partyPlace && /^(?:人民)?政府$/.test(p) ? partyPlace + '人民政府' : p))
  // "海滨街2020年…": a street written without 道 is the street (街道).
  const organs = parts.map((p) => (/^[\u4e00-\u9fff]{2,4}街$/.test(p) ? `${p}道` : p))
    .map((p) => readOrgan(p, { lenient: true }) ?? expand(p, ctx) ?? (readPlace(p) || /[^街]街$/.test(p) ? governmentOf(p) : null))
    .filter((o): o is Organ => o !== null)
  return organs.find((o) => o.organ === '人民政府') ?? organs[0] ?? null
}

/** A place-less department named as an author (县综合执法局, 区市场监管局): its organ word, for the sector. */
function departmentOf(s: string): string | undefined {
  return readOrgan(s.replace(LEVEL_ABBREVIATION, '$2'), { placeless: true })?.organ
}

/** The author part of a title line ("X2023年…报告", "X关于2023年度…报告", "2020年X法治政府建设…报告"). */
function titleAuthor(title: string): string {
  const clean = title.replace(/^【[^】]*】/, '').replace(/^《|》$/g, '')
  const y = YEAR_IN_TITLE.exec(clean)
  if (!y) return clean.replace(/(?:关于)?(?:推进)?(?:法治|依法行政).*$/, '')
  const before = clean.slice(0, y.index).split('关于')[0]
  if (before) return before
  // "2020年静海区法治政府建设情况报告", "2020年苍城镇上半年…工作总结": the place right after the year.
  const rest = clean.slice(y.index + y[0].length)
  for (let len = Math.min(rest.length, 12); len >= 2; len--) if (placeChain(rest.slice(0, len), true)) return rest.slice(0, len)
  return rest.replace(/(?:推进)?(?:法治|依法行政).*$/, '')
}

export interface TitleFound { title: string; line: Line }

/**
 * Title lines among the first lines: a line about 法治 ending in 报告/情况/总结, or an organ line
 * followed by one; several when a page repeats its title (a bare one in the breadcrumb, the full one above the text).
 */
export function findTitles(lines: Line[]): TitleFound[] {
  const out: TitleFound[] = []
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim().replace(/^\|?\s*标\s*题\s*[:：]?\s*\|?\s*/, '').replace(/\s*\|.*$/, '')
    if (t.length > 80 || !TITLE_END.test(t) || SECTION_HEADING.test(t)) continue
    const prev = i > 0 ? lines[i - 1].text.trim() : ''
    if (/^关于|^(?:19|20)\d{2}年/.test(t) && readOrgan(prev, { lenient: true })) out.push({ title: prev + t, line: lines[i - 1] })
    else out.push({ title: t, line: lines[i] })
  }
  return out
}

export function findAgency(text: string, lines: Line[], titles: TitleFound[], tail: Line[]): AgencyFound & { title?: TitleFound } {
  const ctx = contextOf(text)
  let department: string | undefined
  for (const title of titles) {
    const author = titleAuthor(title.title)
    const o = authorOf(author, ctx)
    if (o) return { organ: o, source: 'title', evidence: title.title, title }
    department ??= departmentOf(author)
  }
  // Letterhead: a line of organs only (中共X镇委员会 X镇人民政府), not an addressee.
  for (const l of lines) {
    const t = l.text.trim()
    if (!t || t.length > 60 || ADDRESSEE.test(t) || !/\s/.test(t)) continue
    if (t.split(/\s+/).every((p) => PARTY.test(p) || readOrgan(p, { lenient: true }))) {
      const o = authorOf(t, ctx)
      if (o) return { organ: o, source: 'letterhead', evidence: t }
    }
  }
  // Signature: an organ line above the closing date.
  for (let i = tail.length - 1; i > 0; i--) {
    if (!DATE_LINE.test(tail[i].text.trim())) continue
    const t = tail[i - 1].text.trim()
    const o = ADDRESSEE.test(t) ? null : authorOf(t, ctx)
    if (o) return { organ: o, source: 'signature', evidence: t }
  }
  QUOTED_REPORT.lastIndex = 0
  for (const m of text.matchAll(QUOTED_REPORT)) {
    const o = authorOf(m[1], ctx)
    if (o) return { organ: o, source: 'body', evidence: m[0] }
  }
  for (const l of lines) {
    const m = LEAD.exec(l.text) ?? SUBJECT_FIRST.exec(l.text)
    if (!m) continue
    const o = authorOf(m[1], ctx)
    if (o) return { organ: o, source: 'body', evidence: l.text.trim().slice(0, 80) }
    // "2024年，区信访局法治政府建设工作以…": the department before its topic, for the sector.
    department ??= departmentOf(m[1].replace(/(?:法治|依法行政).*$/, ''))
  }
  // "2022年，我区…" or "现将县人民政府2022年…报告如下", and the text calls its government "县人民政府":
  // the report is that government's.
  const we = lines.map((l) => /^\s*(?:19|20)\d{2}年(?:以来|度)?[,，]\s*我(省|市|区|县|州)/.exec(l.text)?.[1]).find(Boolean) ??
    REPORTER.exec(text.slice(0, 2000))?.[1]
  if (we) {
    const level = we === '区' && /自治区人民政府/.test(text) ? '自治区' : we
    // The one government of that level the text writes out (《岳阳县人民政府常务会会前学法制度》) names it.
    const only = ctx.known().filter((k) => k.organ === '人民政府' && innermostPlace(k.place).endsWith(level))
    const o = new RegExp(`(?<![${CJK}])${level}人民政府|[^${CJK}省市区县]${level}人民政府`).test(text)
      ? expand(`${level}人民政府`, ctx) ?? (only.length === 1 ? only[0] : null) : null
    if (o) return { organ: o, source: 'body', evidence: `${level}人民政府` }
  }
  PUBLISHER.lastIndex = 0
  for (const m of text.slice(0, 3000).matchAll(PUBLISHER)) {
    const o = authorOf(m[1], ctx)
    if (o) return { organ: o, source: 'publisher', evidence: m[0].trim() }
  }
  const self = selfNamed(ctx, lines)
  if (self) return self
  return { ...mostNamed(ctx), department }
}

const OWN_PLACE = new RegExp(`结合([${CJK}]{2,12}?)实际[,，]\\s*现(?:就|将)`)
/** A department the text names by level ("《市生态环境局党组…》", "区司法局党委书记"), after a break. */
const LEVEL_DEPARTMENT = new RegExp(`(?<![${CJK}])([省市区县])([${CJK}]{2,12}?(?:局|厅|委员会))`, 'g')

/**
 * The author a report speaks of as "我镇", "我市", "我局": the government of the one place of that
 * level the text names (下太镇, 长治市), or for a department the one local department the text names
 * in full (《上城区人力社保局…》) or by level with the report's place (《市生态环境局…》 in a 武汉 report).
 */
function selfNamed(ctx: Context, lines: Line[]): AgencyFound | null {
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

/**
 * The organ's name as the text gives it at its fullest, for its place chain (the agency itself is
 * named by its innermost place, the outer places go into the region): the longest place chain
 * written before the same organ anywhere in the text (深圳市龙岗区司法局 in the title, 天津市静海区人民政府
 * on the site header, 延边朝鲜族自治州人民政府 for 延边州政府); when the text never writes the organ out
 * (a place-only title, an abbreviation), the place chain it writes for the place (重庆市九龙坡区).
 */
export function fullestName(text: string, organ: Organ): string {
  if (organ.central) return organ.name
  const inner = innermostPlace(organ.place)
  let best = organ.name
  // Outer places written before the place: the prefix must itself be a chain of places.
  const consider = (run: string, tail: string, ok: (chain: string) => boolean = (chain) => placeChain(chain.slice(0, -tail.length)) !== null) => {
    for (let k = 0; k <= run.length; k++) {
      const chain = run.slice(k) + tail
      if (chain.length + organ.organ.length <= best.length) break
      if (placeChain(chain) && ok(chain)) { best = chain + organ.organ; break }
    }
  }
  for (const at of occurrences(text, inner + organ.organ)) consider(cjkBefore(text, at, 16), inner)
  // 延边州 written out as 延边朝鲜族自治州.
  if (/[^治]州$/.test(inner)) {
    const stem = inner.slice(0, -1)
    for (const at of occurrences(text, `自治州${organ.organ}`)) {
      consider(cjkBefore(text, at, 24), '自治州', (chain) => placeParts(chain).at(-1)!.startsWith(stem))
    }
  }
  if (best !== organ.name || text.includes(organ.name)) return best
  // Never written out: the chain the text writes for the place (重庆市九龙坡区), if any.
  for (const at of occurrences(text, inner)) consider(cjkBefore(text, at, 16), inner)
  return best
}

/** The organ the text names most (with a place, at least twice), outside addressee lines. */
function mostNamed(ctx: Context): AgencyFound {
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
