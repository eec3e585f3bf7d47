/**
 * The author read from the page around the report: a letterhead line of organs only (中共X镇委员会
 * X镇人民政府), the signature above the closing date, a 发布机构/来源/发布单位 page line, the body a
 * disclosure report's preamble names to ask or as its compiler. An addressee line ("市委、市政府：") is never the author.
 */
import { readOrgan } from './organs'
import { CJK, PARTY, type AgencyFound, type Context } from './authorContext'
import { authorOf } from './authorName'
import { BREADCRUMB_MARK, DOC_NUMBER, POSTS, type Line, type TitleFound } from './authorTitle'
import { selfLevel } from './selfNamed'

/** A government's organ word, or its general office's (not a department's that ends in the same words: 城市管理委员会). */
const GOVERNMENT_ORGAN = /^(?:人民政府|行政公署|办事处|管理委员会)(?:办公室|办公厅)?$/

export const ADDRESSEE = /^[^。，,]{2,60}[:：]$/
/** A closing date: 2024年2月5日, 二〇二四年二月五日 (its year read as digits), 二〇二四年元月十日 (元月, January), 2024年2月, 2024-02-05. */
const DATE_LINE = /^(?:(?:19|20)\d{2}年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2}|元)\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})$/
/** Labels of the page line that names a publisher; a page may space their characters (发 布 机 构). */
const PUBLISHER_LABELS = ['发布机构', '发布部门', '发文机关', '发文机构', '发文单位', '制发机构', '发布单位', '信息发布单位', '信息发布人', '供稿单位', '来源单位', '信息来源', '文章来源', '来源', '作者',
  '报送单位', '填报单位', '编制单位',
  // (a disclosure catalogue's labels of the body whose record it is; a site's 主办单位 in its footer is none)
  '所属机构', '公开主体', '公开单位', '发布主体', '责任部门', '责任单位', '信息提供单位', '提供单位']
/**
 * (its value after the label, or on the next line after a list's bullet: "- 发布单位：" / "- X局"; a bare 单位 label only where no word
 * runs into it: 单位：X街道, not 牵头单位：X局 nor 各单位：)
 */
const PUBLISHER = new RegExp(`(?:${PUBLISHER_LABELS.map((l) => [...l].join('[ \\u3000]?')).join('|')}|单(?<![${CJK}]单)[ \\u3000]?位)\\s*[\\]］】]?\\s*[:：|]?\\s*\\|?\\s*(?:[-•·]\\s*)?([${CJK}]{2,40}(?:[（(][${CJK}]{2,8}[)）][${CJK}]{2,30})?)`, 'g')

/** The chrome line of a WeChat article: 原创, its author, the account, the date (and time), 发表于 its province. */
const WECHAT = new RegExp(`^\\s*(?:原创\\s+)?(?:\\S{1,12}\\s+)?([${CJK}]{2,40})\\s+(?:19|20)\\d{2}[-.年]\\d{1,2}[-.月]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2})?\\s+(?:发表于)?[${CJK}]{2,8}$`, 'm')
/** The date after a space that WECHAT's line holds: a head without one is not tried from its every line start. */
const WECHAT_DATE = /\s(?:19|20)\d{2}[-.年]\d{1,2}[-.月]\d{1,2}/
/** An organ's media after its name (X局微信公众号, X局门户网站). */
const MEDIA = /(?:官方|政务)?(?:微信公众号|微信公众平台|公众号|微信|微博|门户网站|网站|官网)$/

/** A ministry's report speaking of itself (部党组, 我部, 部领导). */
const MINISTRY_SELF = /部党组|我部|本部(?![门分])|部领导|部机关/

/**
 * Letterhead: a line of organs only (中共X镇委员会 X镇人民政府), not an addressee; a red header "X局文件";
 * a ministry's site banner ("中华人民共和国水利部") above the title (at `titleAt`) of a report that speaks of
 * itself as the ministry.
 */
export function fromLetterhead(lines: Line[], ctx: Context, titleAt = Infinity): AgencyFound | null {
  for (const [k, l] of lines.entries()) {
    const t = l.text.trim()
    // An organ's name alone on the first line, the text right after it (大河乡人民政府 / 2025年，…。, X局 / 县人民政府：):
    // the report's letterhead over a body whose title the page left out.
    // (a page's date line between them, 发布时间：2025-01-20, is passed over)
    const next = PAGE_DATE.test(lines[1]?.text.trim() ?? '') ? lines[2] : lines[1]
    if (k === 0 && l.start < titleAt && t.length <= 30 && !PARTY.test(t) && readOrgan(t, { lenient: true }) && opensText(next?.text.trim() ?? '')) {
      const o = authorOf(t, ctx)
      if (o) return { organ: o, source: 'letterhead', evidence: t }
    }
    // (a banner stands above the title: the ministry's name below the text is its signature)
    const banner = t.length <= 20 && l.start < titleAt && /部$/.test(t) ? readOrgan(t) : null
    if (banner?.central && MINISTRY_SELF.test(ctx.text.slice(0, 3000))) return { organ: banner, source: 'letterhead', evidence: t }
    const header = /^(.{4,30})文件$/.exec(t)?.[1]
    const issuer = header ? authorOf(header, ctx) : null
    if (issuer) return { organ: issuer, source: 'letterhead', evidence: t }
    if (!t || t.length > 60 || ADDRESSEE.test(t) || !/\s/.test(t)) continue
    if (t.split(/\s+/).every((p) => PARTY.test(p) || readOrgan(p, { lenient: true }))) {
      const o = authorOf(t, ctx)
      if (o) return { organ: o, source: 'letterhead', evidence: t }
    }
  }
  return null
}

/** A page's date line (发布时间：2025-01-20 16:41, 日期：2024年3月5日). */
const PAGE_DATE = /^(?:发布|成文|印发)?(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}[-./年]/
/** A line that opens a report's text: a sentence, an addressee (县人民政府：) or a document number (海府〔2020〕57号). */
const opensText = (t: string) => (t.length >= 20 && /[。，,；]/.test(t)) || ADDRESSEE.test(t) || DOC_NUMBER.test(t)

/** The line or two right below a title, when they are organs' names alone: a byline (2023年法治政府建设年度报告 / 青杉县司法局). */
export function fromByline(lines: Line[], titles: TitleFound[], ctx: Context): AgencyFound | null {
  for (const title of titles) {
    const k = lines.findIndex((l) => l.start === title.line.start)
    for (const l of k < 0 ? [] : lines.slice(k + 1, k + 3)) {
      // (a byline may stand in brackets: "（青杉县司法局）"; a 述法 report's names its leader after the organ: "X局党组书记、局长 张三", "X局 王某",
      // or before it, the post in brackets: "王某（X局局长）")
      const t = l.text.trim().replace(/^(?:[\u4e00-\u9fff]{2,3}\s*)?[（(]([^）)]+)[）)]$/, '$1').replace(POSTS, '').replace(/^(\S{4,30})\s+[\u4e00-\u9fff]{2,3}$/, '$1')
      if (!t || t.length > 40 || ADDRESSEE.test(t)) continue
      if (!t.split(/\s+/).every((p) => PARTY.test(p) || readOrgan(p, { lenient: true }))) continue
      const o = authorOf(t, ctx)
      if (o) return { organ: o, source: 'letterhead', evidence: t }
    }
  }
  return null
}

/** A signature and its date on one line (桐庐县司法局　2024年1月5日): the organ part. */
const SIGNED = /^(\S.{1,40}?)\s+((?:19|20)\d{2}年.{2,12}|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})$/

/** A seal's mark after a signature's organ (青禾县商务局（印）, （盖章）). */
const SEAL = /\s*[（(](?:印|盖章|公章|签章|章)[)）]$/
/** A seal's line of its own under a signature (（代章：X县人民政府办公室）, （印）, （此件公开发布）). */
const SEAL_LINE = /^[（(](?:代章|印|盖章|公章|签章|章|此件)[^（()）]{0,30}[)）]$/
/** Signature: an organ line above the closing date, or before it on its line. */
export function fromSignature(tail: Line[], ctx: Context): AgencyFound | null {
  for (const t of signatures(tail)) {
    const o = authorOf(t, ctx)
    if (o) return { organ: o, source: 'signature', evidence: t }
  }
  return null
}

/** The signature lines above a date at the report's end, last first, and an organ below the last date (addressee lines are none). */
export function signatures(tail: Line[]): string[] {
  const out: string[] = []
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i].text.trim()
    const signed = DATE_LINE.test(line) ? null : SIGNED.exec(line)
    if (!DATE_LINE.test(line) && !(signed && DATE_LINE.test(signed[2]))) continue
    if (!signed && i === 0) continue
    // (a seal's own line between the organ and the date, （代章：X县人民政府办公室）, is no signature: the organ is above it)
    const above = !signed && i >= 2 && SEAL_LINE.test(tail[i - 1].text.trim()) ? i - 2 : i - 1
    const t = (signed ? signed[1] : tail[above].text.trim()).replace(SEAL, '')
    if (!ADDRESSEE.test(t)) out.push(t)
    // (the organ set below its date as the report's last line, 2024年1月16日 / X县民政局: read after the line above the date)
    const below = !signed && i === tail.length - 2 ? tail[i + 1].text.trim().replace(SEAL, '') : ''
    if (below && !ADDRESSEE.test(below)) out.push(below)
  }
  return out
}

/** A breadcrumb line: sections of the site joined by > (首页 > 部门信息公开 > 青杉县司法局 > 法治政府建设). */
const BREADCRUMB = /^[^\n>＞»]{1,20}(?:\s*[>＞»]\s*[^\n>＞»]{1,30}){2,}$/gm

/** fromPublisher per report (its context): asked for the title's author and again for the agency's, it read the page head each time. */
const publishers = new WeakMap<Context, AgencyFound | null>()

/**
 * A 发布机构/来源/发布单位 page line near the top, else the section of a breadcrumb that is an organ's
 * full name (a department's own pages); a bare department (卫生健康局) is no author.
 */
export function fromPublisher(ctx: Context): AgencyFound | null {
  let found = publishers.get(ctx)
  if (found === undefined) publishers.set(ctx, (found = publisherOf(ctx)))
  return found
}

/**
 * A department's report (我局…) carried on its government's site: the site's government is not its author (the head read for 我局, into
 * `self`, only when a government is the page's publisher). A government's office is the 我办 or 我厅 that speaks; for a 我局 it is the
 * site's as the government is.
 */
function siteGovernment(organ: string, head: string, self: { level?: string }): boolean {
  return GOVERNMENT_ORGAN.test(organ) && /[局厅委办]/.test(self.level ??= selfLevel(head) ?? '') &&
    self.level !== (organ.endsWith('办公厅') ? '厅' : organ.endsWith('办公室') ? '办' : '')
}

/**
 * A brigade's report (我大队…, 本大队…) under a 来源/发布机构 row naming a government or a bureau (来源：X县人民政府, 发布机构：X县公安局):
 * that body is its publisher, the brigade's superior at most, never the brigade (the ruling on chrome naming another body).
 */
const BRIGADE_SELF = /[我本]大队/
const notAuthor = (organ: string, head: string, self: { level?: string }) => siteGovernment(organ, head, self) || (!organ.endsWith('队') && BRIGADE_SELF.test(head))

function publisherOf(ctx: Context): AgencyFound | null {
  const head = ctx.text.slice(0, 3000)
  PUBLISHER.lastIndex = 0
  // (the head's 我局 read once, on first need: see siteGovernment)
  const self: { level?: string } = {}
  // (a WeChat article's chrome names its account before the date: 原创 作者 X局 2024-01-26 17:30 发表于浙江)
  const wechat = WECHAT_DATE.test(head) ? WECHAT.exec(head) : null
  for (const m of wechat ? [...head.matchAll(PUBLISHER), wechat] : head.matchAll(PUBLISHER)) {
    // (the organ's account or site: 来源：X局微信公众号)
    const o = authorOf(m[1].replace(MEDIA, ''), ctx)
    if (!o) continue
    if (!notAuthor(o.organ, head, self)) return { organ: o, source: 'publisher', evidence: m[0].trim() }
  }
  if (!BREADCRUMB_MARK.test(head)) return null
  BREADCRUMB.lastIndex = 0
  for (const m of head.matchAll(BREADCRUMB)) {
    // (the first section is the site itself, whose government hosts every department's pages)
    const sections = m[0].split(/[>＞»]/).map((s) => s.trim()).slice(1)
    for (const s of sections.reverse()) {
      const o = readOrgan(s, { lenient: true })
      // (a government's section above a 我局's report is the site's, as its 发布机构 line is)
      if (o && !notAuthor(o.organ, head, self)) return { organ: o, source: 'publisher', evidence: m[0].trim() }
    }
  }
  return null
}

/**
 * Whom a report's preamble names to ask (如有疑问，请与X联系 / 请联系X（电话…）; offered: 可联系X / 可与X联系 / 可以向X联系), as its
 * compiler (本报告由X编制) or as the body whose office answers for its disclosure work.
 */
const CONTACT = new RegExp(`(?:(?:请|可以?)(?:直接)?(?:与|和|向)|(?:请|可以?)(?:来电)?联系|联系单位[:：]|由)\\s*([${CJK}]{2,44})([^。\\n]{0,80})`, 'g')
/** The compiler as a clause's subject (…，X局编制了本年度报告 / 本报告). */
const COMPILER = new RegExp(`(?:^|[，,。；;\\n])\\s*([${CJK}]{3,30}?)(?:编制|编写)了?(?:本|该)(?:年度)?(?:报告|年报)`, 'm')
const COMPILER_WORDS = /(?:编制|编写)了?[本该]/
/**
 * The office that answers for the disclosure work, named with its body (X党政综合办公室为政府信息公开工作的主管部门, X办公室主管本街政府
 * 信息公开工作): the body, the office left out.
 */
const IN_CHARGE = new RegExp(`(?:^|[，,。；;\\n])\\s*([${CJK}]{3,40}?)(?:(?:为|是|作为)(?:本(?:机关|单位|街道?|镇|乡|局|委))?的?(?:政府)?信息公开(?:工作)?的?主管(?:部门|机构)|(?:主管|负责)(?:本(?:机关|单位|街道?|镇|乡|局|委))?的?(?:政府)?信息公开工作)`, 'm')
const IN_CHARGE_WORDS = /信息公开(?:工作|的?主管)/
/** The sentence before an offered contact (可联系X) speaks of the report: the public may contact a body about its own affairs too. */
const ABOUT_REPORT = /(?:本|该)(?:年度)?(?:报告|年报)|疑问/
/** An office inside the author that answers for it (党政办公室, 信息公开领导小组办公室, 党政综合部). */
const OFFICE = /(?:党政(?:综合)?(?:办公室|办|部)|综合(?:办公室|部)|(?:政府|政务)?信息(?:公开)?(?:工作)?(?:领导小组)?办公室|政务公开(?:工作)?(?:领导小组)?办公室|办公室|办公厅)$/
/**
 * The report compiled by the government speaking of itself (我镇编制了本年度报告, 我县编制了…年度报告): a contact line's office of that
 * government (请联系X镇人民政府办公室) answers for it, the government is the author; an office writing 我办 or named as compiler keeps it.
 */
const SELF_COMPILED = /(?:^|[，,。；;\n]|由)\s*[我本](?:镇|乡|县|区|市|旗|街道)(?:人民政府|政府|办事处)?(?:编制|编写)/m
const GOVERNMENT_OFFICE = /政府办公室$/
/** A town named under its county's government (章贡区人民政府水东镇): the town, with the county as its outer place. */
const TOWN_UNDER_COUNTY = /^(.+?[区县市旗])人民政府(.+?(?:镇|乡|苏木|街道))/

/**
 * The body a report's preamble names as the one to ask about it or as its compiler, read as the longest start of the
 * words that names an organ (an office inside it left out); 由 only with 编制 after it in the sentence.
 */
export function fromContact(ctx: Context): AgencyFound | null {
  // (or the compiler as the clause's subject: 依据…，徐州市气象局编制了本年度报告: the longest end of the clause that names an organ)
  const head = ctx.text.slice(0, 3000)
  // (each regex, tried at every clause break with a lazy run of up to 30 or 40 characters, only on a head with the words it ends on)
  const compiler = COMPILER_WORDS.test(head) ? COMPILER.exec(head) : null
  for (let k = 0; compiler && k + 3 <= compiler[1].length; k++) {
    const o = authorOf(compiler[1].slice(k), ctx)
    if (o && !PARTY.test(o.name)) return { organ: o, source: 'body', evidence: compiler[0].trim() }
  }
  CONTACT.lastIndex = 0
  const selfCompiled = SELF_COMPILED.test(head)
  for (const m of head.matchAll(CONTACT)) {
    // (由 names the report's compiler only in a sentence about the report: 本报告…由X编制 (编写), not 由县司法局牵头编制《…方案》)
    const sentence = ctx.text.slice(Math.max(ctx.text.lastIndexOf('。', m.index), ctx.text.lastIndexOf('\n', m.index)) + 1, m.index)
    if (m[0].startsWith('由') && !(/编制|编写/.test(m[1] + m[2]) && /(?:本|该)(?:年度)?(?:报告|年报)/.test(sentence))) continue
    if (m[0].startsWith('可') && !ABOUT_REPORT.test(sentence)) continue
    const run = m[1].replace(TOWN_UNDER_COUNTY, '$1$2')
    for (let k = run.length; k >= 3; k--) {
      const name = run.slice(0, k)
      const o = (selfCompiled && GOVERNMENT_OFFICE.test(name) ? authorOf(name.replace(/办公室$/, ''), ctx) : null) ?? authorOf(name, ctx) ??
        (OFFICE.test(name) ? authorOf(name.replace(OFFICE, ''), ctx) : null)
      if (o && !PARTY.test(o.name)) return { organ: o, source: 'body', evidence: m[0].trim().slice(0, 60) }
    }
  }
  const office = IN_CHARGE_WORDS.test(head) ? IN_CHARGE.exec(head) : null
  const body = office && OFFICE.test(office[1]) ? authorOf(office[1].replace(OFFICE, ''), ctx) : null
  return body && !PARTY.test(body.name) ? { organ: body, source: 'body', evidence: office![0].trim() } : null
}
