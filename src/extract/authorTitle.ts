/**
 * The report's title among its first lines, and the author part of a title ("X2023年…报告",
 * "X关于2023年度…报告", "2020年X法治政府建设…报告"): the strongest place an author is named.
 */
import { readOrgan } from './organs'
import { placeChain } from './placeChain'
import { DEPARTMENT_PARTY } from './authorName'

export interface Line { text: string; start: number }
export interface TitleFound {
  title: string
  line: Line
  /** The organ line above a title that names no author, read as its letterhead (a site's banner may stand there). */
  above?: boolean
}

/**
 * A title: what it is about (法治/依法行政/行政执法, or the government information it disclosed: 政府信息公开, 政务公开) and
 * what it is (报告/情况/总结/年报, an enforcement report's 数据表/统计表, an organ's notice of its field's year to the bodies under it,
 * …执法工作情况的通报; not a notice of results, 考核结果的通报), the year optional; a news title may say it is published or given in full
 * after it (X局2021年法治政府建设情况报告发布, …报告全文).
 */
/** (a summary may carry the next year's plan after it: …工作总结及2025年工作计划) */
const TITLE_TOPIC = '(?:法治|依法行政|述法|普法|行政执法(?!局|[支大总]?队)|信息公开|政务公开)'
const TITLE_END = new RegExp(`${TITLE_TOPIC}[^。；;]{0,30}(?:报告|情况|总结|年报|数据表|统计表|情况的通报)(?:发布|公布|全文)?(?:(?:及|和|暨|与)[^。；;]{0,16}(?:计划|安排|打算|思路|要点))?(?:\\s*[（(][^)）]{0,30}[)）])?$`)
/** The next year's plan a summary's title carries after it (…工作总结及2025年工作计划): neither its author nor its year. */
const PLAN_TAIL = /(?:及|和|暨|与)[^。；;]{0,16}(?:计划|安排|打算|思路|要点)$/
/** The next year's plan a title puts before its summary (X局2024年工作要点暨2023年…工作总结): neither its author nor its year. */
const PLAN_HEAD = /(?:19|20)\d{2}年度?[\u4e00-\u9fff]{0,8}?(?:计划|安排|打算|思路|要点)(?:及|和|暨|与)(?=(?:19|20)\d{2}年)/
export const withoutPlan = (title: string) => title.replace(PLAN_TAIL, '').replace(PLAN_HEAD, '')
/** A five-year plan's period (“十四五”, 十四五时期) at the end of a title's author part. */
const PLAN_PERIOD = /[“"‘]?十[一二三四五六]五[”"’]?(?:时期|期间)?$/
/** (a span of years, 2023—2024年度 or 2023年至2024年, is read as one: the author stands before its first year) */
const YEAR_IN_TITLE = /(?:(?:关于|发布|公布|印发|审议|作)(?:了)?)?(?:(?:19|20)\d{2}年?度?\s*(?:—|－|-|~|至|到)\s*)?(?:(?:19|20)\d{2})年度?/
const SITE_SUFFIX = /\s*(?:[_｜]|--?|——)\s*[^_｜]{2,40}$/
const SITE_SEPARATOR = /[_｜\-—]/
/** An author after a dash at the title's end (2023年度法治政府建设情况报告——X局). */
const DASHED = /——\s*([^—\s]{2,30})$/
/** The last characters TITLE_END can end on: a line ending otherwise is no title (checked before the regex, which tries every 法 of the line). */
const TITLE_LAST = new Set('告况结报表)）划排算路点布文')
/**
 * A town's or a street's work-topic title (2022年X街道平安建设工作, X乡2024年综治工作总结, X镇2022年安全生产工作报告): it names its
 * author as a 法治 title does, when the place is one. (A government's work report to its congress is ./authorCongress.ts's.)
 */
const WORK_TITLE = /^(?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fff]{2,12}?(?:街道|镇|乡)(?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fff]{2,12}?工作(?:总结|报告|情况)?$/
/**
 * An organ's bare work report or summary of a year (台州市仲裁委员会2022年度工作报告, X局2023年工作总结), the next year's plan after it or
 * not (…工作总结暨2020年工作打算): it names its author, when the words before the year read as an organ (a topic's, 平安建设2022年度工作报告,
 * do not), or a bureau by its level alone (县水利局2019年工作总结: its field, no place).
 */
const ORGAN_WORK_TITLE = /^(.{4,30}?)(?:19|20)\d{2}年度?工作(?:报告|总结)$/
const LEVEL_BUREAU = /^[省市县区州旗盟](?=[\u4e00-\u9fff]{2,10}局$)/
const organWorkTitle = (s: string) => {
  const organ = ORGAN_WORK_TITLE.exec(withoutPlan(s))?.[1]
  return Boolean(organ && (readOrgan(organ, { lenient: true }) || (LEVEL_BUREAU.test(organ) && readOrgan(organ.slice(1), { lenient: true, placeless: true }))))
}
const workTitle = (s: string) => s.length <= 40 && ((WORK_TITLE.test(s) && !s.includes('政府工作报告') && namesAuthor(s)) || organWorkTitle(s))
const titleEnd = (s: string) => (TITLE_LAST.has(s[s.length - 1]) && TITLE_END.test(s)) || workTitle(s)
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/

/**
 * A line set with a space between its characters, as a PDF prints a letterhead or a title (桐 庐 县 司 法 局, 长 河 县 2 0 2 3 年 度
 * 法 治 …, its year closed up by ./yearText.ts as one of them): the line without them. (A year spaced apart inside a line, 2 0 2 3年度,
 * comes closed up.)
 */
const SPACED_LINE = /^(?:(?:(?:19|20)\d{2}年?度?|\S)[ \t\u3000]+){2,}\S$/
const despaced = (s: string) => (SPACED_LINE.test(s) ? s.replace(/[ \t\u3000]+/g, '') : s)
/** A breadcrumb's separator (首页 > 政务公开 > …). */
export const BREADCRUMB_MARK = /[>＞»]/
/** A line of sections joined by two separators or more. */
const BREADCRUMB_LINE = /[>＞»][^>＞»]*[>＞»]/

/** A document number (桐政发〔2024〕5号, 司发[2024]3号). */
export const DOC_NUMBER = /^[\u4e00-\u9fff]{1,10}\s*[〔［[（(【]\s*(?:19|20)\d{2}\s*[〕］\]）)】]\s*\d+\s*号$/

/** A year alone on a title's line (2024年度, 2023—2024年度, 关于2023年度). */
const YEAR_ALONE = /^(?:关于)?(?:(?:19|20)\d{2}年?度?\s*(?:—|－|-|~|至|到)\s*)?(?:19|20)\d{2}年度?$/

/** An organ's party group or committee as a letterhead: 中共X局党组 is X局's (and 中共X局委员会, ./authorName.ts's DEPARTMENT_PARTY). */
const PARTY_GROUP = /^(?:中共|中国共产党)(.{2,30}?)(?:党组|党委)$/

/**
 * A leader's posts after the organ in a title, with the leader's name or not (X局党组书记、局长2024年述法报告, X局局长张三…, X局局长张三同志,
 * X镇党政主要负责人…): the organ is the author.
 */
export const POSTS = /(?:[、，,和及兼]?(?:(?:党组|党委|党工委)(?:副?书记|成员)|副?书记|副?[局厅部镇乡县区市州省]长|副?主任|(?:党政)?主要负责(?:人|同志)|负责人))+(?:\s*[\u4e00-\u9fff]{2,3}(?:同志)?)?$/

/**
 * The author part of a title line. (依法治县 names a committee's office, 中共X县委全面依法治县委员会办公室: no topic's 法治; a verb of
 * carrying a plan out before it, 环县落实法治政府建设规划…, 泾县贯彻落实《法治政府建设实施纲要…》, is the topic's too.)
 */
const TOPIC = /(?:关于)?(?:贯彻落实|贯彻|落实|推进)?《?(?:推进)?(?:(?<!依)法治|依法行政|行政执法(?!局|[支大总]?队)|(?<!人民)政府信息公开|信息公开|政务公开|述法|(?:[“"][^”"]{1,6}[”"])?普法).*$/

/**
 * The titles `titleAuthor` read in the report findTitles reads, with their authors: findTitles asks it of one title line up to six
 * times (itself, wrappedName, namesAuthor), and findAgency of the title found. Bounded: a page of many lines starts it afresh.
 */
const authors = new Map<string, string>()
const AUTHORS_KEPT = 256

export function titleAuthor(title: string): string {
  let author = authors.get(title)
  if (author === undefined) {
    if (authors.size >= AUTHORS_KEPT) authors.clear()
    authors.set(title, (author = readTitleAuthor(title)))
  }
  return author
}

function readTitleAuthor(title: string): string {
  // "【X局】2023年…": a bracketed organ before the title is its author (another tag, 【政策解读】, is not).
  const tag = /^【([^】]{2,30})】/.exec(title)?.[1]
  if (tag && readOrgan(tag, { lenient: true })) return tag
  // "2023年度法治政府建设工作报告（X局）": an organ in a bracket after the title is its author.
  const after = /[（(]([^（()）]{2,30})[)）]$/.exec(title)?.[1]
  if (after && readOrgan(after, { lenient: true })) return after
  const dashed = DASHED.exec(title)?.[1]
  if (dashed && readOrgan(dashed, { lenient: true })) return dashed
  // "X局法治政府建设年度报告（2023年度）": the year in a bracket after the title is no part of its author.
  const clean = withoutPlan(title).replace(/^【[^】]*】/, '').replace(/^《|》$/g, '').replace(/[（(][^）)]*(?:19|20)\d{2}[^）)]*[）)]$/, '')
  const y = YEAR_IN_TITLE.exec(clean)
  if (!y) {
    // (X局局长述法报告: the organ before its leader's posts)
    const bare = clean.replace(TOPIC, '')
    return readOrgan(bare, { lenient: true }) ? bare : bare.replace(POSTS, '') || bare
  }
  // "X局：2023年…": the author without the colon after it.
  // ("关于X2023年度…": the author after the 关于 the title opens with; "X法治政府建设2023年度报告": the author before its topic.)
  const head = clean.slice(0, y.index)
  // (an organ whose name holds the topic's word, 平湖县法治政府建设工作领导小组办公室, is the author whole)
  const opening = (head.startsWith('关于') ? head.slice(2) : head.split('关于')[0]).replace(/[：:\s]+$/, '')
  // (a plan period's name before the topic is no part of the author either: 温州市“十四五”法治政府建设2023年度…)
  const before = opening.includes('法治') && readOrgan(opening, { lenient: true }) ? opening : opening.replace(TOPIC, '').replace(PLAN_PERIOD, '').replace(/[：:\s]+$/, '')
  // ("X区（Y高新区）人民政府", "X局（Y局）": the organ without the other name it goes by)
  const unaliased = before.includes('（') || before.includes('(') ? before.replace(/[（(][^（()）]{1,20}[)）]/g, '') : before
  if (unaliased !== before && readOrgan(unaliased, { lenient: true })) return unaliased
  if (before) return readOrgan(before, { lenient: true }) ? before : before.replace(POSTS, '') || before
  // "2023年度X局法治政府建设…报告": the organ right after the year; "2020年静海区法治政府建设情况报告",
  // "2020年苍城镇上半年…工作总结": else the place right after the year.
  const rest = clean.slice(y.index + y[0].length)
  const subject = rest.replace(TOPIC, '')
  if (readOrgan(subject, { lenient: true })) return subject
  for (let len = Math.min(rest.length, 12); len >= 2; len--) if (placeChain(rest.slice(0, len), true)) return rest.slice(0, len)
  return subject
}

/** A page's toolbar word alone on its line (字大 / 字小, 打印, 分享, 收藏): no part of a title below it. */
const PAGE_TOOL = /^(?:打印(?:本页)?|关闭(?:窗口)?|收藏|分享(?:到)?|返回(?:顶部)?|字[大中小]|字体|字号|[大中小]|默认|保存|下载|我要纠错|纠错|扫一扫)$/

/** A line of letters in another script only (no Han character, no figure): an organ's name in English, Uyghur, Tibetan, Mongolian. */
const OTHER_SCRIPT = /^(?=.*\p{L})[^\p{Script=Han}\d]+$/u

/** Two or three short lines without sentence punctuation that make a title naming its author together, or null. */
function brokenTitle(lines: Line[], i: number): string | null {
  let joined = ''
  for (let k = i; k < Math.min(lines.length, i + 3); k++) {
    const part = lines[k].text.trim()
    // (no sentence or page punctuation; a later line that is a title by itself stands alone; a toolbar word starts none)
    if (!part || part.length > 30 || /[。，,；;：:>＞»|｜【】\s]/.test(part) || SECTION_HEADING.test(part) || PAGE_TOOL.test(part)) return null
    if (k > i && titleEnd(part)) return null
    joined += part
    if (k === i || !titleEnd(joined)) continue
    // Only a title that names its author at its start (X局 / 2023年度… / 工作报告): menus and page lines never do.
    const author = titleAuthor(joined)
    return readOrgan(author, { lenient: true }) || placeChain(author, true) ? joined : null
  }
  return null
}

/** A title's end with a lead's time right after it on the same line: the title is the line's start up to there. */
const TITLE_BEFORE_LEAD = /^(.{4,78}?(?:报告|情况|总结))\s+(?=(?:19|20)\d{2}年(?:以来|度)?\s*[，,])/

/**
 * Title lines among the first lines: a line about 法治 ending in 报告/情况/总结, or an organ line
 * followed by one; several when a page repeats its title (a bare one in the breadcrumb, the full one above the text).
 */
export function findTitles(lines: Line[]): TitleFound[] {
  authors.clear() // (a report's own lines only: no report, nor a bench's copy of one, finds another's titles read)
  const out: TitleFound[] = []
  let letterhead: { found: TitleFound } | null = null
  for (let i = 0; i < lines.length; i++) {
    const labelled = despaced(lines[i].text.trim()).replace(/^\|?\s*标\s*题\s*[:：]?\s*\|?\s*/, '')
    const line = labelled.includes('|') ? labelled.replace(/\s*\|.*$/, '') : labelled
    // A page title with its site after it ("…情况的报告_青杉县人民政府门户网站"): the title without the site.
    let t = titleEnd(line) || !SITE_SEPARATOR.test(line) ? line : line.replace(SITE_SUFFIX, '')
    // A title broken over short lines ("X局2023年度法治政府建设 / 工作报告"): the lines joined, read at the first.
    if (!titleEnd(t)) t = brokenTitle(lines, i) ?? t
    // A document's text run onto one line (a flattened .docx): the title before the lead's time (…情况报告 2020 年，在…).
    if (!titleEnd(t)) t = TITLE_BEFORE_LEAD.exec(line)?.[1] ?? t
    // (a breadcrumb ending in its section 法治政府建设年度报告 is no title: ./authorChrome.ts reads its organ)
    if (t.length > 80 || !titleEnd(t) || SECTION_HEADING.test(t) || BREADCRUMB_LINE.test(t)) continue
    // The organ line above a title, or its party group's letterhead ("中共X局党组" / "关于2023年…报告"): the organ.
    // (a document number between them, 桐政发〔2024〕5号, is passed over)
    // (so is a year on a line of its own, X局 / 2024年度 / 法治政府建设情况报告: it goes back into the title)
    // (and so is the organ's name in another script under it, Alxa League Administrative Office, a Uyghur or Tibetan line)
    let above = DOC_NUMBER.test(lines[i - 1]?.text.trim() ?? '') ? i - 2 : i - 1
    if (above > 0 && OTHER_SCRIPT.test(lines[above].text.trim())) above--
    const yearLine = above > 0 && YEAR_ALONE.test(lines[above].text.trim()) ? lines[above--].text.trim() : ''
    let prev = above >= 0 ? despaced(lines[above].text.trim()).replace(PARTY_GROUP, '$1').replace(DEPARTMENT_PARTY, '$1$2') : ''
    // (an organ's name set over two lines above its title, its place on one and its organ word on the next: 开化县 / 应急管理局 / …报告)
    const placeAbove = above > 0 ? despaced(lines[above - 1].text.trim()) : ''
    if (placeAbove && placeChain(placeAbove, true) && !readOrgan(prev, { lenient: true }) && readOrgan(placeAbove + prev, { lenient: true })) {
      prev = placeAbove + prev
      above--
    }
    if (yearLine && !titleAuthor(t) && readOrgan(prev, { lenient: true })) {
      out.push({ title: prev + yearLine + t, line: lines[above] })
      continue
    }
    // (a title naming no author below the start that names it with the year, broken where a PDF wraps it: "X镇2023年" /
    // "政府信息公开工作年度报告", "X局关于2022年度" / "法治政府建设情况的报告", "2021年上海市" / "法治政府建设情况报告": the two lines together)
    // (so is a place alone on the line above, its government's letterhead: 锡林郭勒盟 / 2023年法治政府建设情况报告)
    if ((/^关于|^(?:19|20)\d{2}年/.test(t) && (readOrgan(prev, { lenient: true }) || placeChain(prev, true))) || (!titleAuthor(t) && namesAuthor(yearStart(prev) + t)) || wrappedName(prev, t)) out.push({ title: prev + t, line: lines[above], above: true })
    // ("…情况报告——X局": an organ after a dash is the title's author, not a site)
    else out.push({ title: t !== line && DASHED.exec(line) && !titleAuthor(t) ? line : t, line: lines[i] })
    // (an organ line above a title naming no author nor year, "X县人民政府" / "法治政府建设工作情况报告": a letterhead, unless the page
    // has more titles, as a site's banner stands above a section's name and the report's own title)
    if (!titleAuthor(t) && !/^关于|(?:19|20)\d{2}/.test(t) && readOrgan(prev, { lenient: true })) letterhead ??= { found: { title: prev + t, line: lines[above], above: true } }
  }
  return letterhead && out.length === 1 ? [letterhead.found] : out
}

/**
 * A short line without sentence or page punctuation that carries a title's year or ends in its 关于 (X局 关于2025年, X县人民政府关于):
 * the start of a title a PDF broke ('\u0000', no title's, if not).
 */
const yearStart = (s: string) => (s.length <= 40 && /(?:19|20)\d{2}(?:年|$)|关于$/.test(s) && !/[。，,；;：:>＞»|｜]|\s(?!\s*关于)/.test(s) ? s : '\u0000')
/**
 * A title whose author's name a PDF broke over two lines (青禾县交通运 / 输局2023年度…报告): a short line without punctuation that
 * names no organ, a title whose author part names none, the two together naming one.
 */
const wrappedName = (prev: string, t: string) => prev.length <= 20 && !/[\s。，,；;：:>＞»|｜]/.test(prev) && Boolean(titleAuthor(t)) && !namesAuthor(t) &&
  !readOrgan(prev, { lenient: true }) && namesAuthor(prev + t)
/** Whether a title names its author: an organ's or a place's name. */
const namesAuthor = (title: string) => {
  const author = titleAuthor(title)
  return Boolean(author && (readOrgan(author, { lenient: true }) || placeChain(author, true)))
}
