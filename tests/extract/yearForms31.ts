/**
 * A probe matrix of the forms a report states the year it covers in (issue 11): authors (a county government, a city bureau,
 * a town, a ministry) × page chrome (a 来源/发布时间 line, a 字号 line, 浏览次数, an attachment line, a breadcrumb — their dates and
 * numbers the next year's) × title forms (X2023年…工作报告, 关于2023年度…的报告, 二〇二三年, 2023 年 with a space, a summary with the
 * next year's plan, a three-year review, the year in a bracket, a title over two lines, traditional script, no year at all) ×
 * body forms (a first section named with the year, the next year's plan at the end, figures against the year before, a
 * 十四五 span, a regulation's revision year, a meeting early in the next year that reviews the year, the year before's assessment
 * and honour, spans written with an en dash, the year before's figure in an aside, a total since an earlier year). Expected: the year covered,
 * or null when the text states none (corpus README, the r7 ruling). Names, figures and wording are made up for the probe.
 */
import { toTraditional } from './traditional'
import { chineseYear } from './openingChrome'

export interface YearProbe { title: string; chrome: string; body: string; author: string; text: string; year: number | null }

/** Author, its short self-reference, its document-number prefix. */
const AUTHORS = [
  ['青杉县人民政府', '县政府', '青政发'],
  ['长河市市场监督管理局', '我局', '长市监'],
  ['白水镇人民政府', '我镇', '白政'],
  ['水利部', '我部', '水政法'],
] as const
type Who = (typeof AUTHORS)[number]

/** Lines above the title and below the text; each date or number of them the next year's (n), none the year covered. */
const CHROME: Record<string, (a: Who, n: number) => [string, string]> = {
  'none': () => ['', ''],
  '来源/发布时间': (a, n) => [`来源：${a[0]}　发布时间：${n}-01-20 09:30\n`, ''],
  '字号〔next〕3号': (a, n) => [`${a[2]}〔${n}〕3号\n`, ''],
  '浏览次数': () => ['字体：[ 大 中 小 ]　浏览次数：1208\n', ''],
  '附件 line': (_, n) => ['', `附件：${n}年法治政府建设工作要点.docx\n`],
  'breadcrumb': () => ['首页 > 政务公开 > 法治政府建设 > 年度报告\n', ''],
}

/** Whether a body form states the year covered of itself (a section heading, a review of it). */
type Body = { text: (self: string, y: number) => string; states: boolean }
const BODIES: Record<string, Body> = {
  'plain': { text: (s) => `一、主要工作\n${s}坚持依法行政，全年办理行政处罚案件126件。\n`, states: false },
  'section 一、Y年…主要举措': { text: (s, y) => `一、${y}年法治政府建设主要举措\n${s}坚持依法行政，全年办理行政处罚案件126件。\n`, states: true },
  'next year’s plan at the end': {
    text: (s, y) => `一、主要工作\n全年办理行政处罚案件126件。\n二、${y + 1}年工作打算\n${y + 1}年，${s}将继续深化依法行政。\n`, states: false,
  },
  'compared with the year before': { text: (s, y) => `一、主要工作\n${s}全年办理行政处罚案件126件，较${y - 1}年增长12%，与${y - 1}年相比减少8件。\n`, states: false },
  '十四五 span': {
    text: (s) => `一、主要工作\n${s}对照《法治政府建设实施纲要（2021—2025年）》和“十四五”规划（2021—2025年），全年办理行政处罚案件126件。\n`, states: false,
  },
  'regulation’s year': {
    text: (s) => `一、主要工作\n${s}贯彻《中华人民共和国食品安全法实施条例（2019年修订）》和《重大行政决策程序暂行条例》，全年办理行政处罚案件126件。\n`, states: false,
  },
  'last year’s assessment and honour': {
    text: (s, y) => `一、主要工作\n${s}在${y - 1}年度全市法治政府建设考核中获评优秀等次，被评为${y - 1}年度法治政府建设工作先进单位。全年办理行政处罚案件126件。\n`,
    states: false,
  },
  'spans with an en dash': {
    text: (s, y) => `一、主要工作\n${s}对照《法治政府建设实施纲要（2021–2025年）》和《${y}–${y + 2}年法治政府建设规划》，全年办理行政处罚案件126件。\n`, states: false,
  },
  'year before’s figure in an aside': { text: (s, y) => `一、主要工作\n${s}全年办理行政处罚案件126件，同比增长5%（${y - 1}年为120件）。\n`, states: false },
  'total since an earlier year': { text: (s, y) => `一、主要工作\n${s}全年办理行政处罚案件126件，自${y - 4}年以来累计办理行政复议案件320件。\n`, states: false },
  'meeting next January reviews the year': {
    text: (s, y) => `一、主要工作\n${y + 1}年1月，${s}召开法治政府建设工作会议，总结${y}年法治政府建设工作。全年办理行政处罚案件126件。\n`, states: true,
  },
}

/** A title form: the lines it writes, whether it states the year, and the lead of a body under it. */
type Title = { text: (a: string, y: number) => string; states: boolean; lead?: (y: number) => string; dated?: boolean }
const TITLES: Record<string, Title> = {
  'X Y年…工作报告': { text: (a, y) => `${a}${y}年法治政府建设工作报告`, states: true },
  'X关于Y年度…情况的报告': { text: (a, y) => `${a}关于${y}年度法治政府建设情况的报告`, states: true },
  '二〇二三年': { text: (a, y) => `${a}${chineseYear(y)}年法治政府建设情况报告`, states: true },
  'Y年度': { text: (a, y) => `${a}${y}年度法治政府建设情况报告`, states: true },
  'Y 年 with a space': { text: (a, y) => `${a}${y} 年法治政府建设工作报告`, states: true },
  'Y年工作总结和N年工作计划': { text: (a, y) => `${a}${y}年工作总结和${y + 1}年工作计划`, states: true },
  'three-year review Y-2—Y年': { text: (a, y) => `${a}${y - 2}—${y}年法治政府建设工作情况报告`, states: true },
  'Y年度…年度报告': { text: (a, y) => `${a}${y}年度法治政府建设年度报告`, states: true },
  'year in a bracket （Y年度）': { text: (a, y) => `${a}法治政府建设年度报告（${y}年度）`, states: true },
  'over two lines': { text: (a, y) => `${a}关于${y}年度\n法治政府建设情况的报告`, states: true },
  'traditional 二〇二三年度': { text: (a, y) => `${a}${chineseYear(y)}年度法治政府建設情況報告`, states: true },
  'no year, Y年以来': { text: (a) => `${a}法治政府建设工作报告`, states: false, lead: (y) => `${y}年以来，` },
  'no year, 今年以来, dated next year': { text: (a) => `${a}法治政府建设工作报告`, states: false, lead: () => '今年以来，', dated: true },
  'no year, 过去的一年, dated next year': { text: (a) => `${a}法治政府建设工作情况`, states: false, lead: () => '过去的一年，', dated: true },
  'no year, 今年以来, undated': { text: (a) => `${a}法治政府建设工作报告`, states: false, lead: () => '今年以来，' },
}

/** A date line (a page's or a closing date) that is the next year's: the report was published then. */
const DATED_CHROME = new Set(['来源/发布时间'])
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024]

export function yearProbes(): YearProbe[] {
  const out: YearProbe[] = []
  let k = 0
  for (const [title, t] of Object.entries(TITLES)) {
    for (const [chrome, c] of Object.entries(CHROME)) {
      for (const [body, b] of Object.entries(BODIES)) {
        const a = AUTHORS[k % AUTHORS.length]
        const y = YEARS[k++ % YEARS.length]
        const lead = `${(t.lead ?? (() => '今年以来，'))(y)}${a[1]}坚持以习近平法治思想为指导，扎实推进依法行政。\n`
        const closing = t.dated ? `${a[0]}\n${y + 1}年1月15日\n` : ''
        const [above, below] = c(a, y + 1)
        let text = `${above}${t.text(a[0], y)}\n${lead}${b.text(a[1], y)}${closing}${below}`
        if (title.startsWith('traditional')) text = toTraditional(text)
        const stated = t.states || b.states || !!t.lead?.(y).includes(String(y)) || t.dated || DATED_CHROME.has(chrome)
        out.push({ title, chrome, body, author: a[0], text, year: stated ? y : null })
      }
    }
  }
  return out
}
