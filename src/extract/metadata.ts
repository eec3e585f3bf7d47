/**
 * Report metadata from normalised text: title, agency, region, sector and the year covered
 * (not the publication date), each with the text it was read from.
 */
import type { ReportMeta } from './types'
import { findAgency, fullestName } from './agency'
import { findTitles, withoutPlan, type Line, type TitleFound } from './authorTitle'
import { innermostPlace } from './placeChain'
import { inSpans, type Span } from './structure'
import { sectorOf } from './places'
import { asWritten, findRegion } from './region'
import { MOVED_SPACE, yearsAsRead } from './yearText'

type YearFound = { year: number | null; source: ReportMeta['year_source']; evidence?: string }

/**
 * A year the body states plainly (我局2023年办理…): not a date, a comparison (较2022年, 与2022年相比), a period since,
 * a deadline, a plan's year (2024年，我局将…; 主要 and 重要 are no 要 of a plan: 一、2023年主要工作), either end of a span
 * (《纲要（2021—2025年）》), a law's revision or a document's issue (《…条例（2019年修订）》, 2019年出台的《…》), nor the year before's
 * figure in an aside (（2022年为9件）).
 */
const PLAIN = String.raw`(?<![较比于至到自从—–―－~\-])((?:19|20)\d{2})年(?!度?(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2}|元)\s*月|以来|至今|起|[至到—–―－~-]|以前|之前|前|底|末|同期|相比|对比|比较|修订|修正|修改|(?:出台|印发|颁布|制定)的|[^。；\n]{0,20}?(?:将|计划|拟|力争|预计|(?<![主重])要))|(?<=[(（](?:19|20)\d{2}年)度?(?:同期)?为)`
const PLAIN_YEAR = new RegExp(`${PLAIN}度?`, 'g')
/** What a clause opens after (a year right after it is the clause's time). */
const CLAUSE_MARK = /[，,。；;：:\n\s]/
/** Twelve months from one month to the month before it (2022年12月至2023年11月, 2022年11月1日至2023年10月31日), its end year read. */
const TWELVE_MONTHS = new RegExp(`(?:19|20)\\d{2}年(?:${Array.from({ length: 11 }, (_, i) =>
  `${i + 2}月(?:1日)?\\s*(?:至|到|—|－|-|~)\\s*(?=(?:19|20)\\d{2}年${i + 1}月)`).join('|')})((?:19|20)\\d{2})年\\d{1,2}月(?:\\d{1,2}日|底|份)?`, 'g')
/** Cue, weight and, for a cue whose scan tries many starts, a cheap pattern every match contains: without it in the text the cue is not run. */
const YEAR_CUES: [RegExp, number, RegExp?][] = [
  [/现将((?:19|20)\d{2})年度?/g, 10],
  // The period the figures cover: 统计期限为2022年1月1日至2022年12月31日 (or …至12月31日, the year not repeated).
  // (Or by months: 2023年1月至12月, 2023年1-12月.)
  [/((?:19|20)\d{2})年1(?:月(?:1日|份)?)?(?:起)?\s*(?:至|到|—|－|-|~)\s*(?:\1年)?12(?:月(?:31日|底|份)?)/g, 10],
  // (or any twelve months from one month to the month before it a year later, a statistical year from December to November,
  // 2022年12月1日至2023年11月30日, a working year from November to October: the year it ends in)
  [TWELVE_MONTHS, 10],
  // Not a past report said to be reported or reviewed:
  // 向人大常委会报告2022年法治政府建设情况 (one under review, 对2019年度…开展研讨, loses the tie below).
  // (not a plan's document, 2024年法治政府建设工作要点: the 工作要点 cue below weighs it)
  [/(?<!报告|报送|审议|通报)((?:19|20)\d{2})年度?(?:[\u4e00-\u9fff]{0,12})法治政府建设(?:[\u4e00-\u9fff]{0,8})(?:报告|情况|举措|成效|工作(?!要点|计划|安排|打算|方案))/g, 6],
  // The report's own name: 2022年度…年度报告, 2020年政府信息公开工作年度报告.
  [/(?<!报告|报送|审议|通报)((?:19|20)\d{2})年度?[\u4e00-\u9fff]{0,16}?(?:工作)?年度报告/g, 4],
  [/^\s*((?:19|20)\d{2})年(?:以来|度|,|，)/gm, 6],
  // A heading on the year's work a report reviews (2021年主要工作, 一、2022年工作回顾): a work report to a congress, titled with the
  // session's year (2022年X法院工作报告), reviews the year before it. On a page flattened to one line the heading follows the sentence
  // before it and runs into its own first one, which opens on the same year (…宝贵意见。一、2022年主要工作2022年以来，…).
  [/(?:^|(?<=[。；;]))\s*(?:[一二三四五六七八九十]+[、.．]\s*)?((?:19|20)\d{2})年度?(?:主要)?工作(?:回顾|成效)?(?:\s*$|(?=\1年))/gm, 6,
    /\d年度?(?:主要)?工作(?:回顾|成效)?(?:\s*$|(?:19|20)\d{2}年)/m],
  [/((?:19|20)\d{2})年是[^。\n]{0,40}?之年/g, 6],
  // The span a report over several years reviews (近五年（2017—2021年）工作开展情况): the year it ends on.
  [/(?:近|过去)[一二三四五六七八九十两\d]年\s*[（(]\s*(?:19|20)\d{2}年?\s*(?:—|－|~|-|至|到)\s*((?:19|20)\d{2})年?\s*[)）]/g, 10],
  // The lead after an opening clause: 为贯彻…要求，2023年X局着力…
  [/^[^。\n]{2,120}?[，,]\s*((?:19|20)\d{2})年(?:以来|度)?[，,]?(?=[\u4e00-\u9fff])/gm, 4, /[，,]\s*(?:19|20)\d{2}年/],
  // The author as subject, the year as its adverbial: 海关总署2024年以…为指导, 我局2023年坚持… (not 年以来, 2018年以前).
  [/(?:^|[，,。；\n])[\u4e00-\u9fff]{2,12}?((?:19|20)\d{2})年(?:以(?!来|前|后)|坚持|深入|认真|全面)/gm, 4, /\d年(?:以(?!来|前|后)|坚持|深入|认真|全面)/],
  // A summary with the next year's plan after it (X局2023年工作总结及2024年工作计划, 现将2021年工作总结和2022年工作打算…), or before it
  // (X局2024年工作计划及2023年工作总结): the summary's year.
  [/((?:19|20)\d{2})年度?[\u4e00-\u9fff]{0,12}?总结(?:及|和|暨|与)(?:19|20)\d{2}年/g, 10, /总结[及和暨与](?:19|20)\d{2}年/],
  [/(?:19|20)\d{2}年度?[\u4e00-\u9fff]{0,8}?(?:计划|安排|打算|思路|要点)(?:及|和|暨|与)((?:19|20)\d{2})年度?[\u4e00-\u9fff]{0,12}?总结/g, 10,
    /[划排算路点][及和暨与](?:19|20)\d{2}年/],
  [/((?:19|20)\d{2})年度?(?:[\u4e00-\u9fff]{0,10})(?:工作要点|工作计划|重点任务|重点内容|任务重点)/g, 3],
  // An annual plan of another kind the author names as a document (《X局2021年度行政执法检查计划》, 《关于印发2019年度…“双随机、一公开”
  // 抽查计划的通知》, 学法计划, 宣传计划): the year it plans, as a 工作计划's. Not a span's end (《…普法计划（2021—2025年）》).
  [/《[^》\n]{0,30}?(?<![\d—–―－~\-至到])((?:19|20)\d{2})年度?(?![至到—–―－~-])[^》\n]{0,20}?(?<!工作)计划(?:的通知)?》/g, 3, /计划(?:的通知)?》/],
  // (a year the same sentence states plainly: not one compared with, 全年办理…，较2022年增长, nor either end of a span, 今年以来，…《纲要
  // （2021–2025年）》)
  [new RegExp(`(?:今年|全年|本年度)[^。]{0,30}?${PLAIN}`, 'g'), 2],
  // A part of a year as a period (2024年7月份…通报, 2025年一季度…, 2023年上半年…), not a date (2024年7月1日): its year.
  [/((?:19|20)\d{2})年(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份|第?[一二三四]季度|[上下]半年|前三季度)/g, 2],
  // A paragraph opening on an event's full date (2025年4月9日，X局会同…): a news piece's event, or one of the year reported.
  // (its test is any full date: the anchored test, a line start tried at every character, cost 7 times a date's scan on a text without one)
  [/^\s*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日(?:[上下]午|晚)?[，,]/gm, 1, /\d年\d{1,2}月\d{1,2}日/],
  // The number of a document the author issued in the year (印发《…工作方案》（汕医保党组〔2022〕30号）): the weakest cue, for a
  // report that states its year no other way.
  [/(?:印发|制定|出台|下发|制发)了?《[^》\n]{2,80}》\s*[（(]?[\u4e00-\u9fff]{1,12}\s*[〔［[]\s*((?:19|20)\d{2})\s*[〕］\]]\s*\d+\s*号/g, 1, /[〔［[](?:19|20)\d{2}[〕］\]]/],
]
/** A count's date at a year's end (截至2023年底, 截止2023年末, 截至2023年年底, 截至2023年12月31日). */
const YEAR_END = /截[至止](?:到)?\s*((?:19|20)\d{2})年(?:年?[底末]|12月(?:31日|底|末))/g
const DATE_LINE = /((?:19|20)\d{2})年\s*(\d{1,2}|[一二三四五六七八九十]{1,2}|元)\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/g
/** A year in a title, with or without 年 (长河县司法局2023法治政府建设年度报告, …年度报告（2023）), not inside a longer number. */
/** (of a span, 2023年至2024年, the year it ends on) */
const TITLE_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)(?!年?度?\s*(?:—|－|-|~|至|到)\s*(?:19|20)\d{2})(?=年|\s*[)）]|[\u4e00-\u9fff])/
/** The same, not the end of a span either: a year the title states alone. */
const TITLE_YEAR_ALONE = new RegExp(`(?<!(?:19|20)\\d{2}年?度?\\s*(?:—|－|-|~|至|到)\\s*)${TITLE_YEAR.source}`)
/** A span of years in a bracket (纲要（2021—2025年）, "八五"普法规划（2021-2025年）): a plan's name, none of the report's years. */
const BRACKETED_SPAN = /[（(]\s*(?:19|20)\d{2}\s*年?\s*(?:—|－|-|~|至|到)\s*(?:19|20)\d{2}\s*年?\s*[)）]/g
/**
 * A title's year: one it states alone before the end of a span (落实…纲要（2021—2025年）2023年度情况报告, 2021—2025年…规划实施情况暨2024年度
 * 工作总结: the summary's), a span's end when it states none (2023年至2024年…报告), never a plan's bracketed span.
 */
function titleYear(title: string): number | null {
  const t = withoutPlan(title).replace(BRACKETED_SPAN, '')
  const y = TITLE_YEAR_ALONE.exec(t) ?? TITLE_YEAR.exec(t)
  return y ? Number(y[1]) : null
}
/** A page's breadcrumb ending in the year it files the report under ("法治政府建设年度报告 > 2021年度"). */
const BREADCRUMB_YEAR = /[>›»]\s*((?:19|20)\d{2})年度?\s*$/m
/**
 * A page's publication date by its label (发布时间, 更新时间, 日期), or a page line that opens on the date before its source (2023-12-05
 * 来源：…) or holds the date alone, with its time or not (a page's 2024-01-10 14:22:01, a signature's 2024.01.15 or 2024/1/15), or after
 * a byline's name (青禾县商务局 2024-02-20); a closing date of year and month alone (2024年1月). (Not the report's own document number,
 * 青交〔2024〕5号: a number dates nothing, tests/extract/yearForms31.ts.)
 */
const PUBLISHED = /(?:(?:发布|更新|发表)(?:日期|时间)|日期)[:：]?\s*((?:19|20)\d{2})[-./年](\d{1,2})?|^\s*(?:[^\s。，,；;:：][^\n。，,；;:：]{1,40}?[^\S\n]+)?((?:19|20)\d{2})([-./])(\d{1,2})\4\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:来源|作者|发布)|[^\S\n]*$)|^[^\S\n]*((?:19|20)\d{2})年[^\S\n]*(\d{1,2}|[一二三四五六七八九十]{1,2}|元)[^\S\n]*月[^\S\n]*$/gm
/** A line near the body's start that opens on an event's month and day, no year (4月9日，旗林草局会同…), or on its being recent (近日，…). */
const EVENT_DAY = /^\s*(?:(\d{1,2})月\d{1,2}日(?:[上下]午|晚)?|近日|日前|近期)[，,]/m
/** A month written in digits or Chinese numerals (1–12). */
const monthOf = (m: string) => /\d/.test(m) ? Number(m) : m === '元' ? 1 : m === '十' ? 10 : m.startsWith('十') ? 10 + '一二'.indexOf(m[1]) + 1 : '一二三四五六七八九'.indexOf(m[0]) + 1

/**
 * Years of other documents and past years' results, whose cues are not the report's: a line that names an attached document
 * (附件：2024年法治政府建设工作要点.docx, 附件2：…), and an honour, assessment result or inspection feedback of a year (在2022年度全市
 * 法治政府建设考核中获评优秀, 被评为2022年度…先进单位, 《2022年度…考核结果》, 《X县2022年度…督察反馈意见》), given out in the year after it,
 * and a report its author's meeting reviewed or sent by its title (审议《X县2024年度…情况报告》), the year before's.
 * Each with a character its every match holds, when that is rare: a text without it is not read (the attachment's line, tried from
 * every character as a line start, cost more than any other cue; most reports attach nothing).
 */
const OTHER_YEARS: [RegExp, string?][] = [
  [/^[^\S\n]*附\s*件\s*\d*\s*[:：][^\n]*/gm, '附'],
  // (and a report of a year its author's meeting reviewed, heard or sent by its title, 审议《X县2024年度法治政府建设情况报告》, 听取《…》:
  // the year before's, reviewed early in the year reported)
  // (or published in the year by its title, 按时公开《X局2022年度法治政府建设情况报告》: a report, not the year's plan it publishes)
  [/(?:审议|审定|听取|报送|上报|通报)(?:并?通过)?了?《[^》\n]{0,40}?(?:19|20)\d{2}年[^》\n]{0,40}》|(?:公开|发布|公布|刊发)了?《[^》\n]{0,40}?(?:19|20)\d{2}年[^》\n]{0,40}?(?:报告|年报)》/g, '《'],
  [/(?:在|获评|被评为|评为|荣获|获得|被授予|被确定为|《[^》\n]{0,12}?)\s*(?:19|20)\d{2}年度?[^。；，,\n《》]{0,24}?(?:(?:考核|考评|评估|评议|测评|评选)(?:中|结果|工作中)|(?:考核|考评|督察|督查)[^。；，,\n《》]{0,4}?(?:反馈|通报|整改)|先进|优秀|示范|表彰)/g],
]

function findYear(text: string, body: Span, bodySkip: Span[], title: TitleFound | null): YearFound {
  const t = title && titleYear(title.title)
  if (t && title) return { year: t, source: 'title', evidence: title.title }
  const skip = [...bodySkip]
  const region = text.slice(body.start, body.end)
  for (const [re, held] of OTHER_YEARS) for (const m of held && !region.includes(held) ? [] : region.matchAll(re)) skip.push({ start: body.start + m.index, end: body.start + m.index + m[0].length })
  const votes = new Map<number, { score: number; evidence: string; at: number }>()
  for (const [re, weight, needed] of YEAR_CUES) {
    if (needed && !needed.test(region)) continue
    re.lastIndex = 0
    for (let m = re.exec(region); m; m = re.exec(region)) {
      const at = body.start + m.index
      // (the title's own year was read above: a year left in its line is its plan's, …总结及2024年工作计划)
      // (the year's own place, too: a cue may open before it, 今年以来，我局在2022年度…考核中获评优秀)
      if (inSpans(skip, at) || inSpans(skip, at + m[0].indexOf(m[1])) || (title && at >= title.line.start && at < title.line.start + title.line.text.length)) continue
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
  // No cue: the first year the body states plainly, outside the plan and problem sections — one that opens a clause as its time
  // (…。2021年，X局…; 会议通报，2020年…共受理…) before one inside a name (召开2021年…工作会议, 举办2022年…研修班: a year's event,
  // held early in it, that a news piece reports on with the year before's figures).
  let plain: RegExpExecArray | null = null
  PLAIN_YEAR.lastIndex = 0
  for (let m = PLAIN_YEAR.exec(region); m; m = PLAIN_YEAR.exec(region)) {
    if (inSpans(skip, body.start + m.index)) continue
    if (m.index === 0 || CLAUSE_MARK.test(region[m.index - 1])) return { year: Number(m[1]), source: 'body', evidence: m[0] }
    plain ??= m
  }
  if (plain) return { year: Number(plain[1]), source: 'body', evidence: plain[0] }
  // A stock counted to a year's end (截至2023年底, 截至2023年12月31日), the only year the body states: the report's, as its year-end
  // figures are (a date within the year, 截至2024年6月底, is no year's end).
  for (const m of region.matchAll(YEAR_END)) if (!inSpans(skip, body.start + m.index)) return { year: Number(m[1]), source: 'body', evidence: m[0] }
  // Only a publication date: reports are published early in the following year (one dated in its
  // last two months reports on the year it is dated in).
  // (a date the text says something happened on, 我局于2023年6月5日召开…, is no publication date: it tells of the year covered)
  const onDay = (d: RegExpMatchArray) => /[于在]/.test(text[d.index! - 1] ?? '')
  for (const re of [DATE_LINE, PUBLISHED]) {
    re.lastIndex = 0
    const all = [...text.matchAll(re)]
    const dates = re === DATE_LINE ? all.filter((d) => !onDay(d)) : all
    if (all.length && !dates.length) return { year: Number(all[all.length - 1][1]), source: 'body', evidence: all[all.length - 1][0].trim() }
    if (dates.length) {
      const last = dates[dates.length - 1]
      const [year, m] = last[1] ? [last[1], last[2]] : last[3] ? [last[3], last[5]] : [last[6], last[7]]
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

/** A page's list of other pages after the report (相关文章, 上一篇：…, 下一篇：…): their titles name other authors and years. */
const OTHER_PAGES = /\n[^\S\n]*(?:相关(?:文章|链接|阅读|新闻|信息|文件|推荐)|推荐阅读|延伸阅读|上一(?:篇|条)|下一(?:篇|条))/g

/** Where the report's page ends: the first list of other pages after its body starts, else the text's end. */
function pageEnd(text: string, bodyStart: number): number {
  OTHER_PAGES.lastIndex = bodyStart
  return OTHER_PAGES.exec(text)?.index ?? text.length
}

/**
 * `s`, read from `text` (the report with its years as read, yearsAsRead), as the `original` writes it (二〇二三年, 2 0 2 3 年, not
 * the digits read from it: from the spaces a year's closing moved before it).
 */
function written(s: string, text: string, original: string): string {
  const at = text.indexOf(s)
  if (at < 0) return s
  let from = at
  while (from > 0 && MOVED_SPACE.test(text[from - 1])) from--
  return from === at ? original.slice(at, at + s.length) : original.slice(from, at + s.length).trim()
}

/** `skip`: the plan and problem sections, where years are next year's, not the report's. */
export function extractMeta(original: string, body: Span, skip: Span[]): ReportMeta {
  const text = yearsAsRead(original)
  // (the report without the other pages listed after it: the same offsets)
  const page = text.slice(0, pageEnd(text, body.start))
  const head = linesOf(page, 0, Math.min(page.length, Math.max(body.start + 1500, 3000)), 40)
  const titles = findTitles(head)
  const tailFrom = Math.max(0, page.lastIndexOf('\n', Math.max(0, page.length - 600)))
  const tail = linesOf(page, tailFrom, page.length, 30)
  const found = findAgency(page, head, titles, tail)
  // The title that names the author, else the first one (with a year, if any has one).
  const title = found.title ?? titles.find((t) => titleYear(t.title) !== null) ?? titles[0] ?? null
  const year = findYear(text, body, skip, title)
  const evidence: ReportMeta['evidence'] = {}
  if (title) evidence.title = written(title.title, text, original)
  if (year.evidence) evidence.year = written(year.evidence, text, original)
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
    // (a regional office named by no place chain, 民航华东地区管理局, lies where it sits: ./regionalOffices.ts)
    region = asWritten(text, findRegion(text, chain || found.organ.place, found.organ.organ))
    if (found.evidence) evidence.agency = written(found.evidence, text, original)
    if (sector) evidence.sector = agency
    if (region) evidence.region = region
  } else if (found.department) {
    sector = sectorOf(found.department)
  }
  return {
    title: title ? written(title.title, text, original) : null, agency, region, sector, year: year.year,
    agency_source: found.source, year_source: year.source, evidence,
  }
}
