/**
 * Who wrote the report, read from the forms authors use, strongest first: the title line
 * (./authorTitle.ts), the page around the report — letterhead, signature (./authorChrome.ts) —, the
 * report's own words — its quoted title, a work report's congress (./authorCongress.ts), the lead sentence, a leader's post
 * (./authorLeader.ts), a government speaking by level (./authorBody.ts) —, the body a disclosure report's preamble names to ask or as its compiler, a 发布机构/来源/发布单位 page line, 我镇/我局 with what the text names, and only
 * then a level's party committee and government as the subject (./authorPair.ts) or the organ the text names most. Every name must have an organ's shape (./organs.ts) and is
 * resolved by ./authorName.ts; addressee lines and party bodies are never the author; when nothing
 * qualifies the agency is unknown, never a guess.
 */
import type { Organ } from './organs'
import { innermostPlace, placeChain, placeParts } from './placeChain'
import { ANOTHERS, cjkBefore, nameMayStart, occurrences } from './placesNamed'
import { contextOf, governmentOf, type AgencyFound, type Context } from './authorContext'
import { abbreviates } from './authorExpand'
import { authorOf, departmentOf } from './authorName'
import { titleAuthor, type Line, type TitleFound } from './authorTitle'
import { fromByline, fromContact, fromLetterhead, fromPublisher, fromSignature, signatures } from './authorChrome'
import { fromHandover, fromLead, fromLevelGovernment, fromPlan, fromQuotedTitle, leadGovernmentLevel } from './authorBody'
import { kindOf } from './authorKind'
import { fromSelfReference, mostNamed } from './authorSelf'
import { fromCongress } from './authorCongress'
import { fromPartyPair } from './authorPair'
import { fromLeaderPost } from './authorLeader'

export type { AgencyFound } from './authorContext'

/** A title's author named by its level alone (市城管委…, 县住建局…). */
const BY_LEVEL = /^[省市县区州]/

/**
 * A later title of the page naming its author with its place (名称：市城管委…报告, then 咸宁市城管执法委…报告 above the text): the
 * full title's author, in that place, when the short one's by level read another organ's name.
 */
function fullTitleAfter(titles: TitleFound[], from: number, o: Organ, ctx: Context): { o: Organ; title: TitleFound } | null {
  for (const title of titles.slice(from)) {
    const author = titleAuthor(title.title)
    const full = BY_LEVEL.test(author) ? null : authorOf(author, ctx)
    if (full && full.place === o.place && full.organ !== o.organ) return { o: full, title }
  }
  return null
}

export function findAgency(text: string, lines: Line[], titles: TitleFound[], tail: Line[]): AgencyFound & { title?: TitleFound } {
  const ctx = contextOf(text)
  let department: string | undefined
  for (const [i, title] of titles.entries()) {
    const author = titleAuthor(title.title)
    const o = authorOf(author, ctx)
    const banner = o && title.above ? departmentBelow(o, lines, ctx) : null
    if (banner) return banner
    const full = o && BY_LEVEL.test(author) ? fullTitleAfter(titles, i + 1, o, ctx) : null
    if (full) return { organ: full.o, source: 'title', evidence: full.title.title, title: full.title }
    if (o) return { organ: fullerPublisher(o, ctx) ?? o, source: 'title', evidence: title.title, title }
    department ??= departmentOf(author)
  }
  // (a government's report to its congress names the head who reads it on a byline's line: the government, ./authorCongress.ts)
  const chrome = fromCongress(ctx) ?? fromByline(lines, titles, ctx) ?? fromLetterhead(lines, ctx, titles[0]?.line.start) ?? fromSignature(tail, ctx) ?? fromQuotedTitle(ctx)
  if (chrome) return fuller(chrome, ctx)
  // (a signature naming a department whose place the text does not state, 省数据局, still says what kind of organ wrote it)
  department ??= signatures(tail).map(departmentOf).find(Boolean)
  const lead = fromLead(lines, ctx)
  if ('organ' in lead) return fuller(lead, ctx)
  department ??= lead.department
  // (a leader's report in the leader's own voice: the organ of the post the leader holds, ./authorLeader.ts)
  const found = fromHandover(ctx) ?? fromLeaderPost(ctx) ?? fromLevelGovernment(lines, ctx) ?? fromContact(ctx) ?? fromPublisher(ctx) ?? fromSelfReference(lines, ctx, lead.department) ?? fromPlan(lines, ctx) ?? fromPartyPair(ctx)
  if (found) return (found.source === 'publisher' && publishedForGovernment(found, lines)) || found
  const named = mostNamed(ctx)
  return named.organ ? named : { ...named, department: department ?? kindOf(lines, ctx) }
}

/**
 * A department's 来源/发布机构 row above a report whose lead speaks for its place's government (来源：X县司法局 / 2023年，我县…, 全县…,
 * 县政府坚持…): the government, the department only its publisher (the ruling on chrome naming another body).
 */
function publishedForGovernment(f: AgencyFound, lines: Line[]): AgencyFound | null {
  const level = leadGovernmentLevel(lines)
  const o = f.organ
  if (!o || !level || o.central || /^(?:人民政府|行政公署|办事处|管理委员会)/.test(o.organ) || !innermostPlace(o.place).endsWith(level)) return null
  const government = governmentOf(innermostPlace(o.place))
  return government ? { ...f, organ: government } : null
}

/**
 * A short name, read anywhere, that the page's 发布机构 line gives in full: the full name.
 */
function fuller(f: AgencyFound, ctx: Context): AgencyFound {
  return { ...f, organ: (f.organ && fullerPublisher(f.organ, ctx)) ?? f.organ }
}

/**
 * A government's name on the line above a title that names no author (深圳市罗湖区人民政府 / 2025年法治政府建设年度报告) whose
 * lead speaks as a department of the same place (2025年，罗湖区应急管理局在区委…): the government's site banner above the
 * department's report, the department. (A government's own report leads with 我区, 全区 or the government.)
 */
function departmentBelow(o: Organ, lines: Line[], ctx: Context): AgencyFound | null {
  if (!/^(?:人民政府|行政公署|办事处)$/.test(o.organ)) return null
  const lead = fromLead(lines, ctx)
  if (!('organ' in lead) || !lead.organ) return null
  const d = lead.organ
  return d.organ !== o.organ && !d.central && innermostPlace(d.place) === innermostPlace(o.place) && !/^(?:人民政府|行政公署|办事处)/.test(d.organ) ? lead : null
}

/**
 * A title that names its author by a short name (西湖区文化广电旅游局) on a page whose 发布机构 line
 * gives the same organ of the same place in full (西湖区文化广电新闻出版旅游局): the full name.
 */
function fullerPublisher(o: Organ, ctx: Context): Organ | null {
  if (o.central || !o.place) return null
  const p = fromPublisher(ctx)?.organ
  if (!p || p.central || p.organ === o.organ || innermostPlace(p.place) !== innermostPlace(o.place)) return null
  return abbreviates(o.organ, p.organ) ? p : null
}

/**
 * The organ's name as the text gives it at its fullest, for its place chain (the agency itself is
 * named by its innermost place, the outer places go into the region): the longest place chain
 * written before the same organ anywhere in the text (深圳市龙岗区司法局 in the title, 天津市静海区人民政府
 * on the site header, 延边朝鲜族自治州人民政府 for 延边州政府); when the text never writes the organ out
 * (a place-only title, an abbreviation), the place chain it writes for the place (重庆市九龙坡区). A county's branch written
 * under its city's bureau by the county's short name (岳阳市生态环境局君山分局) has that city before it.
 */
export function fullestName(text: string, organ: Organ): string {
  if (organ.central) return organ.name
  const inner = innermostPlace(organ.place)
  let best = organ.name
  for (const at of occurrences(text, inner + organ.organ)) best = fullerChain(cjkBefore(text, at, 16), inner, organ, best)
  // 延边州 written out as 延边朝鲜族自治州.
  if (/[^治]州$/.test(inner)) {
    const stem = inner.slice(0, -1)
    for (const at of occurrences(text, `自治州${organ.organ}`)) {
      best = fullerChain(cjkBefore(text, at, 24), '自治州', organ, best, (chain) => placeParts(chain).at(-1)!.startsWith(stem))
    }
  }
  // (岳阳市生态环境局君山分局 writes the city of 君山区生态环境分局.)
  const branch = /^(.+)分局$/.exec(organ.organ)?.[1]
  if (branch) for (const at of occurrences(text, `${branch}局${inner.slice(0, -1)}`)) best = fullerChain(cjkBefore(text, at, 16), inner, organ, best)
  if (best !== organ.name || text.includes(organ.name)) return best
  // Never written out: the chain the text writes for the place (重庆市九龙坡区), if any.
  for (const at of occurrences(text, inner)) best = fullerChain(cjkBefore(text, at, 16), inner, organ, best)
  return best
}

/**
 * Outer places written before the place: `run` (the CJK characters before an occurrence) and `tail` (the place) as the fullest
 * name of `organ`, when longer than `best` and its prefix is itself a chain of places (or `ok` holds), else `best`.
 */
function fullerChain(run: string, tail: string, organ: Organ, best: string, ok?: (chain: string) => boolean): string {
  for (let k = 0; k <= run.length; k++) {
    if (!nameMayStart(run, k)) continue
    const chain = run.slice(k) + tail
    if (chain.length + organ.organ.length <= best.length) break
    // (a partner's or a visited body's chain, 与南京市鼓楼区教育局, is no name of the author's)
    if (placeChain(chain) && (ok ? ok(chain) : placeChain(chain.slice(0, -tail.length)) !== null)) return ANOTHERS.test(run.slice(0, k)) ? best : chain + organ.organ
  }
  return best
}
