/**
 * More page forms for the opening probes (./openingProbes.ts), crossed with every author of ./openingAuthors.ts:
 * the government information disclosure report (its title, its 年报 short title, an opening that names the author
 * only in its contact line or as the office that compiled it), a 发布机构 line giving a short name of the organ the
 * title names in full, and reports over a span of years. Names, figures and wording are made up for the probe.
 */
import type { Author } from './openingAuthors'

export type Frame = (x: Author, y: number) => { text: string; source: string } | null
export type YearFrame = (x: Author, y: number) => { text: string; year: number; source: string }

/** A disclosure report's body after its opening lines: no organ named. */
const DISCLOSURE = (self: string, y: number) =>
  `一、总体情况\n${y}年，${self}坚持以公开为常态、不公开为例外，全年主动公开政府信息218条。\n` +
  `二、收到和处理政府信息公开申请情况\n全年收到政府信息公开申请6件，均按时答复。\n三、存在的主要问题及改进情况\n公开质量有待提高。\n`

/** The preamble of a disclosure report: the statute, the period counted, then `who` to ask. */
const PREAMBLE = (y: number, who: string) =>
  `本报告依照《中华人民共和国政府信息公开条例》编制，统计期限为${y}年1月1日至${y}年12月31日。如对本报告有疑问，${who}（电话0571-86012345）。\n`

/** A government, a street office or a zone's committee: its report lists a 党政办公室 of its own. */
const governs = (x: Author) => /(?:人民政府|办事处|管理委员会)$/.test(x.full) && /政府|街道/.test(x.sector)
/**
 * The office inside the author that compiles its report: a town's, street's or zone's 党政办公室, a department's 办公室 (a county's or city's
 * 人民政府办公室 is an organ of its own, and so is a league's or a prefecture's 行政公署办公室: corpus README, r56c's dev forms).
 */
const officeOf = (x: Author) => x.region === null ? null : /town|street|zone/.test(x.level) ? `${x.full}党政办公室` : governs(x) || /行政公署$|办公厅$|办公室$/.test(x.full) ? null : `${x.full}办公室`
/** How a page line abbreviates a government (木渎镇政府), a street office (四季青街道) or a zone's committee (…管委会). */
const shortOf = (x: Author) => governs(x) ? x.full.replace(/人民政府$/, '政府').replace(/街道办事处$/, '街道').replace(/管理委员会$/, '管委会') : null

/** The rule-of-law committee of the party body a report is addressed to (区委全面依法治区委员会：): a town's names its district. */
const RULE_OF_LAW_COMMITTEE: Record<string, string> = {
  town: '吴中区委全面依法治区委员会：', street: '上城区委全面依法治区委员会：', 'county-bureau': '县委全面依法治县委员会：',
  'county-gov': '市委全面依法治市委员会：', 'city-bureau': '市委全面依法治市委员会：', 'city-gov': '省委全面依法治省委员会：',
}

export const PAGE_FRAMES: Record<string, Frame> = {
  'title 政府信息公开工作年度报告': (x, y) => ({ text: `${x.full}${y}年政府信息公开工作年度报告\n${PREAMBLE(y, '请来电咨询')}${DISCLOSURE(x.self, y)}`, source: 'title' }),
  'title 信息公开年报': (x, y) => ({ text: `${x.full}${y}年信息公开年报\n发布时间：${y + 1}-01-29 浏览次数：\n${DISCLOSURE(x.self, y)}`, source: 'title' }),
  'title over two lines, disclosure': (x, y) => ({ text: `${x.full}${y}年\n政府信息公开工作年度报告\n${DISCLOSURE(x.self, y)}`, source: 'title' }),
  'contact line names the author': (x, y) => ({ text: `${PREAMBLE(y, `请与${x.full}联系`)}${DISCLOSURE(x.self, y)}`, source: 'body' }),
  'contact line names its office': (x, y) => officeOf(x)
    ? { text: `${PREAMBLE(y, `请联系${officeOf(x)}`)}${DISCLOSURE(x.self, y)}`, source: 'body' }
    : null,
  'compiled by its office': (x, y) => officeOf(x)
    ? { text: `一、工作基本情况\n本报告依照《中华人民共和国政府信息公开条例》，由${officeOf(x)}编制，统计期限为${y}年1月1日至${y}年12月31日。\n${DISCLOSURE(x.self, y)}`, source: 'body' }
    : null,
  'page [ 发布机构 ] in brackets': (x, y) => ({
    text: `- [ 索引号 ] 11500229768895163R/${y + 1}-00004\n- [ 发布机构 ] ${x.full}\n- [ 成文日期 ] ${y + 1}-02-12\n${y}年法治政府建设情况报告\n${DISCLOSURE(x.self, y)}`,
    source: 'publisher',
  }),
  'page 发文机构 and 公开方式': (x, y) => ({
    text: `索引号：6107280000/${y + 1}-001005\n主题分类：综合政务\n发文机构：${x.full}\n公开方式：主动公开\n${y}年法治政府建设情况报告\n${DISCLOSURE(x.self, y)}`,
    source: 'publisher',
  }),
  'level abbreviations after prepositions, signed': (x, y) => ({
    text: `${y}年法治政府建设工作报告\n${y}年，${x.self}坚持依法行政，由县司法局牵头编制实施方案，经市政府同意后印发，向省司法厅报送备案。\n` +
      `${DISCLOSURE(x.self, y)}${x.full}\n${y + 1}年1月16日\n`,
    source: 'signature',
  }),
  'page 信息来源 short': (x, y) => shortOf(x)
    ? { text: `${y}年度政府信息公开工作年度报告\n发布时间：${y + 1}-01-28 14:11 信息来源：${shortOf(x)}\n${DISCLOSURE(x.self, y)}`, source: 'publisher' }
    : null,
  'addressee 全面依法治委员会': (x, y) => RULE_OF_LAW_COMMITTEE[x.level]
    ? { text: `${x.full}${y}年法治政府建设情况报告\n${RULE_OF_LAW_COMMITTEE[x.level]}\n${y}年，${x.self}坚持依法行政。现将一年来工作情况报告如下：\n${DISCLOSURE(x.self, y)}`, source: 'title' }
    : null,
  'page 发布机构 short, title full': (x, y) => shortOf(x)
    ? { text: `索引号：001008003/${y + 1}-00012\n发布机构：${shortOf(x)}\n${x.full}${y}年政府信息公开工作年度报告\n${DISCLOSURE(x.self, y)}`, source: 'title' }
    : null,
}

/** Reports over several years: the year they end on is the report's. */
export const SPAN_YEAR_FRAMES: Record<string, YearFrame> = {
  'span of years in the title': (x, y) => ({
    text: `${x.full}关于${y - 5}-${y}年度法治政府建设有关情况的报告\n${x.self}坚持依法行政，${y - 5}年以来办理行政处罚案件612件。\n一、主要工作\n${y}年办理行政处罚案件126件。\n`,
    year: y, source: 'title',
  }),
  'since a year, then a span heading': (x, y) => ({
    text: `${x.full}法治政府建设工作情况报告\n${y - 4}年以来，${x.self}坚持依法行政。\n一、基本情况\n${x.self}始建于1956年。\n二、近五年（${y - 4}—${y}年）工作开展情况\n办理行政处罚案件612件。\n`,
    year: y, source: 'title',
  }),
}

/** A report with no author stated, whose body names level abbreviations after prepositions (由县司法局, 经区政府): no author. */
export const prepositionsOnly = (y: number, k: number) =>
  `${y}年度法治政府建设工作报告\n${y}年，我局坚持依法行政，由县司法局牵头编制实施方案${k + 2}项，经区政府同意后印发，由市应急管理局组织复核。\n` +
  `一、主要工作\n全年办理行政处罚案件${40 + k}件。\n`
