/**
 * Meaning-preserving rewordings of the corpus's dev OPENINGS (items with meta labels), for the metadata (agency, region,
 * sector, year): the same report's first page as another site, another PDF or another drafter lays it out — the title
 * dropped (the author then stands only in a page line, a letterhead, the signature or the body), split over lines, its year
 * moved or written otherwise; site chrome added or removed; the author's name in the body shortened (市市场监管局, 我局) or
 * written out; the whole opening in traditional script. Labels stay as they are: a rewording is applied only when every
 * label string the opening wrote (agency, region, the title's author, the year) is still written after it — an opening
 * whose label the rewording would take away is left as written, as the README's rulings for what is then expected (null,
 * or an abbreviation expanded by a place named elsewhere) cannot be applied mechanically.
 * Used by ./openingRewordingScore.ts (the table) and ./openingRewordings.test.ts (the tolerances).
 */
import { readOrgan } from '../../src/extract/organs'
import type { CorpusItem } from './corpus'
import { chineseCount, traditionalSameLength } from './rewordings'
import { chineseYear } from './openingChrome'

/** An opening's lines and its title: the line, the author it starts with (as written) and the title after the author. */
export interface Opening {
  lines: string[]
  /** Index of the title line, or -1. */
  title: number
  author: string | null
  /** What the title writes before its year or 关于 (its author, also one the harness cannot name: 高新区（新市区）人民政府), '' when none. */
  head: string
  /** The title without its author, as a page writes it under a line naming the author (2023年度法治政府建设情况报告). */
  authorless: string
  /** The year as the title writes it (2023年度), '' when none. */
  yearPart: string
}

export interface OpeningRewording {
  name: string
  /** The reworded text, or null when the form is not in the opening. */
  apply: (o: Opening, item: CorpusItem) => string | null
}

/** A title: what it is about and what it is, no sentence punctuation, not a page line (标题：…, | 标题 | …). */
const TITLE = /^(?!现将|依据|根据|按照|为|本报告)[^。，；：:|]{6,80}(?:报告|情况|总结|年报)(?:\s*[（(][^)）]{0,20}[)）])?$/
const TOPIC = /法治|依法行政|述法|信息公开/
/** The organ word an author in a title ends with. */
const ORGAN_END = /(?:局|厅|委|委员会|人民政府|政府|办事处|办公室|办公厅|部|署|管委会|中心|院|所|队|海关)$/
const YEAR = /(?:19|20)\d{2}\s*年度?/

export function readOpening(text: string, agency: string | null = null): Opening {
  const lines = text.split('\n')
  const title = lines.slice(0, 14).findIndex((l) => TITLE.test(l.trim()) && TOPIC.test(l))
  const line = title >= 0 ? lines[title].trim() : ''
  const head = /^(.*?)(?=关于|(?:19|20)\d{2})/.exec(line)?.[1].trim() ?? ''
  const organ = head.length >= 3 && ORGAN_END.test(head) && readOrgan(head, { lenient: true }) ? head : null
  // (a government's title names its place only, 海安镇2020年…, 2021年上海市…: its government, when the label is that)
  const author = organ ?? (agency?.endsWith('人民政府') && head.length >= 2 && `${head}人民政府`.endsWith(agency) ? `${head}人民政府` : null)
  const authorless = (author ? line.slice(line.indexOf(author) + author.length).trim() : line).replace(/^关于/, '').replace(/的报告$/, '报告')
  return { lines, title, author, head: head.length >= 2 ? head : '', authorless, yearPart: YEAR.exec(line)?.[0] ?? '' }
}

/** The opening with its title line replaced by `lines` (none: dropped). */
const retitled = (o: Opening, ...lines: string[]) => [...o.lines.slice(0, o.title), ...lines, ...o.lines.slice(o.title + 1)].join('\n')
/** A date in Chinese numerals (二〇二四年一月十八日), as a signature writes it. */
export const chineseDate = (y: number, m: number, d: number) => `${chineseYear(y)}年${chineseCount(m)}月${chineseCount(d)}日`

/** Page lines a site puts around a report: breadcrumbs, font size, views, print, dates, sources, index tables. */
const CHROME_LINE = /^\s*(?:[-|]\s*)?(?:首页|当前位置|您(?:当前)?所?在?的?位置|字号|【?\s*字体|打印|关闭|【?打印|浏览(?:次数|量)|阅读|返回|分享|发布(?:时间|日期|机构|单位)|信息来源|文章来源|来源|更新时间|索引号|今天是|主动公开|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})/
/** The place kinds a level-named short form keeps (市司法局, 县政府, 镇政府). */
const LEVEL = /(?:自治区|自治州|自治县|省|市|县|区|旗|州|盟|镇|乡|街道)$/
/** How reports shorten department stems (the reverse of the extractor's expansions). */
const SHORT_STEM: Record<string, string> = {
  市场监督管理: '市场监管', 人力资源和社会保障: '人社', 住房和城乡建设: '住建', 医疗保障: '医保', 应急管理: '应急', 文化和旅游: '文旅',
  工业和信息化: '工信', 发展和改革: '发改', 卫生健康: '卫健', 林业和草原: '林草', 退役军人事务: '退役军人', 城市管理: '城管',
  自然资源和规划: '自然资源', 生态环境: '生态环境', 农业农村: '农业农村', 交通运输: '交通运输',
}
/** A name's parts: its place, the level word its place ends with, and its organ (宜昌市司法局: 宜昌市, 市, 司法局). */
function partsOf(name: string): { place: string; level: string; organ: string } | null {
  const o = readOrgan(name, { lenient: true })
  const level = o && LEVEL.exec(o.place)?.[0]
  if (!o || !level || o.central || !o.organ) return null
  return { place: o.place, level, organ: o.organ }
}
/** A level-named short form of a name: 宜昌市司法局 → 市司法局, X市市场监督管理局 → 市市场监管局, 静海区人民政府 → 区政府. */
function levelShort(name: string): string | null {
  const p = partsOf(name)
  if (!p || p.level === '街道') return null
  const organ = p.organ.replace(/^人民政府$/, '政府')
  const stem = Object.keys(SHORT_STEM).find((s) => organ.startsWith(s) && /^(?:局|委员会|委)$/.test(organ.slice(s.length)))
  return p.level + (stem ? SHORT_STEM[stem] + organ.slice(stem.length).replace('委员会', '委') : organ)
}
/** How a report speaks of itself: 我局, 我委, 我厅, 我县 (a government by its place's level). */
function selfOf(name: string): string | null {
  const word = /(?:局|厅|部|署|委员会|委)$/.exec(name)?.[0]
  if (word) return `我${word[0]}`
  const p = /人民政府$/.test(name) ? partsOf(name) : null
  return p && p.level.length === 1 ? `我${p.level}` : null
}
/** The body's lines (all but the title) with `from` replaced by `to`. */
function inBody(o: Opening, from: RegExp, to: string): string | null {
  let n = 0
  const lines = o.lines.map((l, i) => (i === o.title ? l : l.replace(from, () => { n++; return to })))
  return n ? lines.join('\n') : null
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const OPENING_REWORDINGS: OpeningRewording[] = [
  { name: 'title dropped', apply: (o) => (o.title >= 0 ? o.lines.filter((l, i) => i !== o.title && l.trim() !== o.lines[o.title].trim()).join('\n') : null) },
  { name: 'title: author on a line of its own', apply: (o) => (o.author ? retitled(o, o.author, o.authorless) : null) },
  {
    name: 'title over two lines',
    apply: (o) => {
      if (o.title < 0) return null
      // (where a PDF wraps it: before its topic, or after its year)
      const t = o.lines[o.title].trim()
      const year = o.yearPart ? t.indexOf(o.yearPart) + o.yearPart.length : -1
      const at = t.indexOf('法治') > 4 ? t.indexOf('法治') : year > 4 && year < t.length - 4 ? year : -1
      return at > 0 ? retitled(o, t.slice(0, at), t.slice(at)) : null
    },
  },
  {
    name: 'title: year on a line of its own',
    apply: (o) => (o.author && o.yearPart && o.authorless.startsWith(o.yearPart) ? retitled(o, o.author, o.yearPart, o.authorless.slice(o.yearPart.length)) : null),
  },
  {
    name: 'title: year in Chinese numerals',
    apply: (o) => (o.yearPart ? retitled(o, o.lines[o.title].replace(/(?:19|20)\d{2}(?=\s*年)/, (y) => chineseYear(Number(y)))) : null),
  },
  {
    name: 'title: 年度 ↔ 年',
    apply: (o) => (o.yearPart ? retitled(o, o.lines[o.title].replace(YEAR, (y) => (y.endsWith('度') ? y.slice(0, -1) : `${y}度`))) : null),
  },
  {
    name: 'title: year first, spaced',
    apply: (o) => (o.author && o.yearPart && o.authorless.startsWith(o.yearPart) ? retitled(o, `${o.yearPart} ${o.author}${o.authorless.slice(o.yearPart.length)}`) : null),
  },
  {
    name: 'title dropped, author in the lead',
    apply: (o, item) => {
      const self = item.meta!.agency && selfOf(item.meta!.agency)
      if (!o.author || !self) return null
      const lines = o.lines.filter((_, i) => i !== o.title)
      const at = lines.findIndex((l) => new RegExp(`^[^。]{0,40}[我本]${self[1]}`).test(l))
      if (at < 0) return null
      lines[at] = lines[at].replace(new RegExp(`[我本]${self[1]}`), o.author)
      return lines.join('\n')
    },
  },
  { name: 'author in a 发布机构 line', apply: (o) => (o.author ? retitled(o, `发布机构：${o.author}`, o.authorless) : null) },
  {
    name: 'author in a 来源 line',
    apply: (o, item) => (o.author ? retitled(o, o.authorless, `来源：${o.author}　发布时间：${item.year + 1}-03-01`) : null),
  },
  {
    name: 'author in the signature, Chinese date',
    apply: (o, item) => (o.author ? `${retitled(o, o.authorless)}\n${o.author}\n${chineseDate(item.year + 1, 1, 18)}\n` : null),
  },
  {
    name: 'author and date under the title',
    apply: (o, item) => (o.author ? retitled(o, o.authorless, o.author, chineseDate(item.year + 1, 2, 6)) : null),
  },
  {
    name: 'site chrome added',
    apply: (o, item) => {
      const crumbs = ['首页 > 政务公开 > 法治政府建设 > 年度报告', '字号：大 中 小']
      // no page date over an opening that states no year (year-unstated): the reader takes a date for the year before's report
      const date = item.meta!.year === null ? '' : `发布时间：${item.year + 1}-03-01　`
      const page = `${date}浏览次数：1024　来源：本网`
      return o.title >= 0 ? [...crumbs, ...o.lines.slice(0, o.title + 1), page, ...o.lines.slice(o.title + 1)].join('\n') : [...crumbs, page, ...o.lines].join('\n')
    },
  },
  {
    name: 'site chrome removed',
    apply: (o) => {
      const kept = o.lines.filter((l, i) => i === o.title || i > o.title + 8 || !CHROME_LINE.test(l))
      return kept.length < o.lines.length ? kept.join('\n') : null
    },
  },
  {
    name: 'body: name → level short form',
    apply: (o, item) => {
      const names = [o.author, item.meta!.agency].filter((n): n is string => !!n).sort((a, b) => b.length - a.length)
      const short = item.meta!.agency && levelShort(item.meta!.agency)
      return short && names.length ? inBody(o, new RegExp(names.map(escape).join('|'), 'g'), short) : null
    },
  },
  {
    name: 'body: name → 我局',
    apply: (o, item) => {
      const names = [o.author, item.meta!.agency].filter((n): n is string => !!n).sort((a, b) => b.length - a.length)
      const self = item.meta!.agency && selfOf(item.meta!.agency)
      return self && names.length ? inBody(o, new RegExp(names.map(escape).join('|'), 'g'), self) : null
    },
  },
  {
    name: 'body: 我局 → full name',
    apply: (o, item) => {
      const agency = item.meta!.agency
      const self = agency && selfOf(agency)
      if (!agency || !self) return null
      // (a government's 我县 is its place: 我县法治政府工作 → 施秉县法治政府工作)
      const to = /人民政府$/.test(agency) ? partsOf(agency)!.place : agency
      return inBody(o, new RegExp(`(?<![自基根成样文版资范读课剧账日标原副脚书])[我本]${self[1]}(?!${self[1] === '县' ? '域' : '\\u0000'})`, 'g'), to)
    },
  },
  { name: 'traditional script', apply: (o) => traditionalSameLength(o.lines.join('\n')) },
]

/** The label strings an opening writes (agency, its place, region, the title's author, the year): a rewording must keep every one. */
function written(text: string, item: CorpusItem, o: Opening): string[] {
  const m = item.meta!
  const place = m.agency ? readOrgan(m.agency, { lenient: true })?.place : null
  return [m.agency, place, m.region, o.author, o.head, String(m.year)].filter((s): s is string => !!s && text.includes(s))
}
const keepsYear = (text: string, y: number) => text.includes(String(y)) || text.includes(chineseYear(y))

/** The opening reworded by `r`, or null when the form is not in it or the rewording would take a label string away. */
export function rewordOpening(item: CorpusItem, r: OpeningRewording): string | null {
  const o = readOpening(item.text, item.meta!.agency)
  const out = r.apply(o, item)
  if (out === null || out === item.text) return null
  if (r.name === 'traditional script') return out // (every label string is there in the other script)
  for (const s of written(item.text, item, o)) if (/^\d+$/.test(s) ? !keepsYear(out, Number(s)) : !out.includes(s)) return null
  return out
}
