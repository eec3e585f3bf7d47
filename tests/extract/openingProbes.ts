/**
 * Invented report openings over the form space of authors and years (tests/extract/openingProbes.test.ts):
 * every level of author (./openingAuthors.ts: ministry, national administration, provincial department, municipality's
 * bureau, autonomous region, prefecture city, autonomous prefecture, league, county, banner,
 * county-level city, district, their bureaus, town, ethnic township, street, zone) crossed with the
 * ways a page names its author (title forms, a title over several lines, a byline, a letterhead, a
 * signature, a 发布机构/来源 page line, page chrome, an addressee line, an abbreviation the report's
 * place expands, traditional script, full-width and odd spacing), and the ways it states its year
 * (title, 年度 or 年, Chinese numerals, the closing date only, a plan's year beside the report's).
 * Nothing here is a corpus sentence: names, figures and wording are made up for the probe.
 */
import { toTraditional } from './traditional'
import { processReport } from '../../src/pipeline/processReport'
import { catalogue } from './seeds'
import { AUTHORS, type Author } from './openingAuthors'
import { PAGE_FRAMES, prepositionsOnly, SPAN_YEAR_FRAMES } from './openingPages'
import { CHROME_FRAMES, CHROME_YEAR_FRAMES } from './openingChrome'

export interface Probe {
  form: string
  name: string
  text: string
  agency: string | null
  region: string | null
  sector: string | null
  year: number | null
  source: string
}

/** What the tables hold for a probe's text: agency, region, sector, year and where the agency was read. */
export async function metaOf(p: Pick<Probe, 'text'>) {
  const r = await processReport(new TextEncoder().encode(p.text), 'probe.txt', catalogue)
  if (!r.ok) throw new Error(r.message_en)
  const { agency, region, sector, year, agency_source: source } = r.report
  return { agency, region, sector, year, source }
}

/** A body that names no organ: the author must come from the page around it. */
const BODY = (self: string, year: number) =>
  `${year}年，${self}坚持以习近平法治思想为指导，认真落实法治政府建设实施纲要，各项工作取得新进展。现将有关情况报告如下：\n` +
  `一、主要工作及成效\n（一）强化组织领导。${self}主要负责人履行推进法治建设第一责任人职责，全年召开专题会议4次。\n` +
  `（二）推进严格规范公正文明执法。全年办理行政处罚案件126件，开展执法检查38次。\n` +
  `二、存在的问题\n执法队伍专业化水平仍需提升。\n三、${year + 1}年工作计划\n${year + 1}年，${self}将继续深化依法行政。\n`

/** The government a subordinate body reports to, as its addressee line writes it. */
const ADDRESSEE: Record<string, string> = {
  town: '吴中区委、吴中区人民政府：', street: '上城区委、上城区人民政府：', 'county-bureau': '县委、县政府：',
  'county-gov': '市委、市人民政府：', 'city-bureau': '市委、市政府：', 'city-gov': '省委、省人民政府：',
}

/** Full-width digits (２０２３), the way some pages type years. */
const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
/** A party committee of an author's place, for a joint letterhead (中共木渎镇委员会 木渎镇人民政府). */
/** A government (or a zone's 管理委员会), not a department whose name ends in the same words (城市管理委员会). */
const governs = (x: Author) => /(?:人民政府|办事处|管理委员会)$/.test(x.full) && /政府|街道/.test(x.sector)
const partyOf = (x: Author) => `中共${x.full.replace(/(?:人民政府|办事处|管理委员会)$/, '')}${/管理委员会$/.test(x.full) ? '工作委员会' : '委员会'}`

type Frame = (x: Author, y: number) => Pick<Probe, 'text' | 'source'> | null

/** Ways a page names its author, each with the agency_source it should give. */
const FRAMES: Record<string, Frame> = {
  'title 关于…年度…情况的报告': (x, y) => ({ text: `${x.full}关于${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title X年…工作报告': (x, y) => ({ text: `${x.full}${y}年法治政府建设工作报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title …年度报告': (x, y) => ({ text: `${x.full}${y}年度法治政府建设年度报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title …工作总结': (x, y) => ({ text: `${x.full}${y}年度法治政府建设工作总结\n${BODY(x.self, y)}`, source: 'title' }),
  'title 述法报告': (x, y) => ({ text: `${x.full}${y}年度述法报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title year first': (x, y) => ({ text: `${y}年度${x.full}法治政府建设情况\n${BODY(x.self, y)}`, source: 'title' }),
  'title over two lines': (x, y) => ({ text: `${x.full}\n关于${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title over three lines': (x, y) => ({ text: `${x.full}${y}年\n法治政府建设\n工作报告\n${BODY(x.self, y)}`, source: 'title' }),
  'signature only': (x, y) => ({ text: `${y}年法治政府建设工作报告\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年1月18日\n`, source: 'signature' }),
  'byline': (x, y) => ({ text: `${y}年法治政府建设年度报告\n${x.full}\n${BODY(x.self, y)}`, source: 'letterhead' }),
  'page 发布机构': (x, y) => ({ text: `发布机构：${x.full}\n${y}年法治政府建设年度报告\n${BODY(x.self, y)}`, source: 'publisher' }),
  'page 来源': (x, y) => ({ text: `${y}年法治政府建设年度报告\n来源：${x.full}  发布时间：${y + 1}-02-10\n${BODY(x.self, y)}`, source: 'publisher' }),
  'page 发布单位': (x, y) => ({ text: `| 发布单位 | ${x.full} |\n| 标题 | ${y}年度法治政府建设情况报告 |\n${BODY(x.self, y)}`, source: 'publisher' }),
  'page 信息来源': (x, y) => ({ text: `${y}年法治政府建设工作情况\n信息来源：${x.full}　浏览次数：326\n${BODY(x.self, y)}`, source: 'publisher' }),
  'page chrome': (x, y) => ({
    text: `首页 > 政务公开 > 法治政府建设 > 年度报告\n索引号：11330122002500/${y + 1}-00012\n发文日期：${y + 1}-01-26\n字号：[ 大 中 小 ]\n浏览次数：1024\n` +
      `${x.full}${y}年法治政府建设年度报告\n${BODY(x.self, y)}\n打印 关闭\n`,
    source: 'title',
  }),
  'addressee line': (x, y) => ADDRESSEE[x.level]
    ? { text: `${x.full}关于${y}年法治政府建设情况的报告\n${ADDRESSEE[x.level]}\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'addressee, signature': (x, y) => ADDRESSEE[x.level]
    ? { text: `${y}年法治政府建设情况报告\n${ADDRESSEE[x.level]}\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年2月6日\n`, source: 'signature' }
    : null,
  'joint letterhead': (x, y) => governs(x) && !/办公厅$/.test(x.full)
    ? { text: `${partyOf(x)} ${x.full}\n关于${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'letterhead' }
    : null,
  'party group letterhead': (x, y) => /[局厅委]$|委员会$/.test(x.full) && !/管理委员会$/.test(x.full)
    ? { text: `中共${x.full}党组\n关于${y}年法治政府建设工作情况的报告\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'abbreviation expanded': (x, y) => x.short
    ? { text: `${x.short.name}${y}年法治政府建设工作报告\n${y}年，${x.short.name}在${x.short.place}委、${x.short.place}人民政府的坚强领导下，依法履职。\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'traditional script': (x, y) => ({ text: toTraditional(`${x.full}${y}年度法治政府建设情况报告\n${BODY(x.self, y)}`), source: 'title' }),
  'full-width, odd spacing': (x, y) => ({ text: `${x.full}　${fullWidth(String(y))} 年度  法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'fragments in the body': (x, y) => ({
    text: `${y}年法治政府建设工作报告\n${y}年，${x.self}组织12名执法人员参加省应急管理厅举办的培训班，建成县级农村物流中心1个，` +
      `配合市安全生产委员会开展检查。\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年3月2日\n`,
    source: 'signature',
  }),
  'lead names the author': (x, y) => ({ text: `${y}年度法治政府建设情况报告\n${y}年，${x.full}坚持以习近平法治思想为指导，扎实推进依法行政。\n${BODY(x.self, y)}`, source: 'body' }),
  'handover names the author': (x, y) => ({ text: `法治政府建设情况报告\n现将${x.full}${y}年度法治政府建设情况报告如下：\n${BODY(x.self, y)}`, source: 'body' }),
  'title 关于 first': (x, y) => ({ text: `关于${x.full}${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title 关于报送': (x, y) => ({ text: `${x.full}关于报送${y}年度法治政府建设工作情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title 【tag】': (x, y) => ({ text: `【${x.full}】${y}年度法治政府建设情况报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title with site suffix': (x, y) => ({ text: `${x.full}${y}年法治政府建设年度报告_中国政府网\n${BODY(x.self, y)}`, source: 'title' }),
  'title, 来源 after site suffix': (x, y) => ({ text: `${y}年法治政府建设年度报告_门户网站\n来源：${x.full}\n${BODY(x.self, y)}`, source: 'publisher' }),
  'leader 述法 title': (x, y) => /[局厅]$/.test(x.full)
    ? { text: `${x.full}党组书记、${x.full.endsWith('厅') ? '厅' : '局'}长${y}年度述法报告\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'breadcrumb names the author': (x, y) => ({ text: `首页 > 政府信息公开 > ${x.full} > 法治政府建设年度报告\n${y}年法治政府建设年度报告\n${BODY(x.self, y)}`, source: 'publisher' }),
  'page table row': (x, y) => ({
    text: `| 索引号 | 000014349/${y + 1}-00031 | 发布机构 | ${x.full} |\n| 名称 | ${y}年度法治政府建设工作报告 | 发文日期 | ${y + 1}-03-01 |\n${BODY(x.self, y)}`,
    source: 'publisher',
  }),
  'signature and date on one line': (x, y) => ({ text: `${y}年法治政府建设工作报告\n${BODY(x.self, y)}\n${x.full}　　${y + 1}年1月5日\n`, source: 'signature' }),
  'signature, then notes': (x, y) => ({
    text: `${y}年法治政府建设工作报告\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年1月5日\n（此件公开发布）\n附件：${y}年度法治建设重点任务完成情况表\n`,
    source: 'signature',
  }),
  'spaced letterhead': (x, y) => ({ text: `${[...x.full].join(' ')}\n关于${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'superiors named before the author': (x, y) => ({
    text: `${y}年度法治政府建设情况报告\n${y}年，在上级党委、政府的坚强领导下，在省司法厅的精心指导下，${x.full}坚持依法行政，各项工作稳步推进。\n${BODY(x.self, y)}`,
    source: 'body',
  }),
  'abbreviated signature': (x, y) => x.short
    ? { text: `${y}年法治政府建设工作报告\n${y}年，在${x.short.place}委、${x.short.place}人民政府的领导下，${x.self}依法履职。\n${BODY(x.self, y)}\n${x.short.name}\n${y + 1}年2月1日\n`, source: 'signature' }
    : null,
  'department on its government’s site': (x, y) => x.short
    ? { text: `来源：${x.short.place}人民政府\n${y}年度法治政府建设工作报告\n${y}年，${x.short.name}坚持以习近平法治思想为指导，依法履职。\n${BODY(x.self, y)}`, source: 'body' }
    : null,
  'site footer after the signature': (x, y) => ({
    text: `${y}年法治政府建设工作报告\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年1月20日\n打印本页 关闭窗口\n主办：江山市人民政府办公室 版权所有\n`,
    source: 'signature',
  }),
  'outer places in the signature': (x, y) => x.outer
    ? { text: `${x.full}${y}年法治政府建设工作报告\n${BODY(x.self, y)}\n${x.outer}${x.full}\n${y + 1}年1月20日\n`, source: 'title' }
    : null,
  'province only in a regulation’s title': (x, y) => /city|county|town|street|zone/.test(x.level)
    ? { text: `${x.full}${y}年法治政府建设工作报告\n${y}年，${x.self}对照《浙江省法治政府建设实施纲要（2021-2025年）》要求，依法履职。\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'county only in a document’s title': (x, y) => /town|street/.test(x.level)
    ? { text: `${y}年，${x.full.replace(/(?:人民政府|办事处)$/, '')}以习近平法治思想为指导，落实《${y - 1}年${ADDRESSEE[x.level].slice(0, 3)}普法依法治理工作要点》的要求，依法履职。现将工作情况报告如下：\n${BODY(x.self, y)}`, source: 'body' }
    : null,
  'abbreviation with its place': (x, y) => x.short
    ? { text: `${x.short.place}${x.short.name.slice(1)}${y}年度法治政府建设工作报告\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'place-only title': (x, y) => governs(x) && !/办公厅$/.test(x.full)
    ? { text: `${x.full.replace(/(?:人民政府|办事处|管理委员会)$/, '')}${y}年法治政府建设年度报告\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'joint title': (x, y) => governs(x) && !/办公厅$/.test(x.full)
    ? { text: `${partyOf(x)}　${x.full}关于${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'joint signature': (x, y) => governs(x) && !/办公厅$/.test(x.full)
    ? { text: `${y}年度法治政府建设情况报告\n${BODY(x.self, y)}\n${partyOf(x)}\n${x.full}\n${y + 1}年2月3日\n`, source: 'signature' }
    : null,
  'document number line': (x, y) => ({ text: `${x.full}\n桐政发〔${y + 1}〕5号\n关于${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'month-only date line': (x, y) => ({ text: `法治政府建设工作报告\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年3月\n`, source: 'signature' }),
  'title with spaces inside': (x, y) => ({ text: `${x.full} ${y}年度 法治政府建设情况报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title after a column tag': (x, y) => ({ text: `【政务公开】${x.full}${y}年法治政府建设年度报告\n${BODY(x.self, y)}`, source: 'title' }),
  'author in brackets after the title': (x, y) => ({ text: `${y}年度法治政府建设工作报告（${x.full}）\n${BODY(x.self, y)}`, source: 'title' }),
  'title broken after 关于': (x, y) => ({ text: `关于\n${x.full}${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  ...PAGE_FRAMES,
  ...CHROME_FRAMES,
}

/** Ways a page states the year it reports on, each with the author in the title (or a signature). */
const YEAR_FRAMES: Record<string, (x: Author, y: number) => { text: string; year: number; source: string }> = {
  'year 年度 in title': (x, y) => ({ text: `${x.full}${y}年度法治政府建设情况报告\n${BODY(x.self, y)}`, year: y, source: 'title' }),
  'year 年 in title': (x, y) => ({ text: `${x.full}${y}年法治政府建设情况报告\n${BODY(x.self, y)}`, year: y, source: 'title' }),
  'year in Chinese numerals': (x, y) => ({
    text: `${x.full}${String(y).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)])}年度法治政府建设情况报告\n${BODY(x.self, y)}`,
    year: y, source: 'title',
  }),
  'year only in the date line': (x, y) => ({
    text: `${x.full}法治政府建设工作情况报告\n一年来，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n二、下一步工作\n继续深化依法行政。\n${x.full}\n${y + 1}年${(y % 3) + 1}月12日\n`,
    year: y, source: 'title',
  }),
  'date line in Chinese numerals': (x, y) => ({
    text: `${x.full}法治政府建设工作情况报告\n一年来，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n${x.full}\n${String(y + 1).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)])}年二月十日\n`,
    year: y, source: 'title',
  }),
  'plan year beside the report year': (x, y) => ({
    text: `${x.full}法治政府建设工作总结及${y + 1}年工作计划\n一年来，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n二、${y + 1}年工作计划\n${y + 1}年，${x.self}将深化依法行政。\n${x.full}\n${y + 1}年1月8日\n`,
    year: y, source: 'title',
  }),
  'year in brackets after the title': (x, y) => ({ text: `${x.full}法治政府建设年度报告（${y}年度）\n${BODY(x.self, y)}`, year: y, source: 'title' }),
  'year at the title end': (x, y) => ({ text: `${x.full}法治政府建设${y}年度报告\n${BODY(x.self, y)}`, year: y, source: 'title' }),
  'year in the page date only': (x, y) => ({
    text: `${x.full}法治政府建设工作情况报告\n发文日期：${y + 1}-02-26\n一年来，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n`,
    year: y, source: 'title',
  }),
  'year stated since, compared': (x, y) => ({
    text: `${x.full}法治政府建设工作情况报告\n${y}年以来，${x.self}坚持依法行政，行政复议案件较${y - 1}年下降12%。\n一、主要工作\n全年办理行政处罚案件126件。\n`,
    year: y, source: 'title',
  }),
  'year with the letter O': (x, y) => ({
    text: `${x.full}${String(y).replace(/\d/g, (d) => 'O一二三四五六七八九'[Number(d)])}年法治政府建设工作报告\n${BODY(x.self, y)}`,
    year: y, source: 'title',
  }),
  'year in the period counted': (x, y) => ({
    text: `${x.full}法治政府建设工作报告\n本报告统计期限为${y}年1月1日至${y}年12月31日。\n一年来，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n二、${y + 1}年工作打算\n${y + 1}年，${x.self}将深化依法行政。\n`,
    year: y, source: 'title',
  }),
  'report and next year’s arrangements': (x, y) => ({
    text: `${x.full}关于${y}年度法治政府建设情况和${y + 1}年工作安排的报告\n${BODY(x.self, y)}`, year: y, source: 'title',
  }),
  'year in the handover': (x, y) => ({
    text: `${x.full}法治政府建设情况报告\n${x.self}高度重视依法行政。现将${y}年度法治政府建设情况报告如下：\n一、主要工作\n全年办理行政处罚案件126件。\n`, year: y, source: 'title',
  }),
  'year in a section heading': (x, y) => ({
    text: `${x.full}法治政府建设情况报告\n一、${y}年推进法治政府建设的主要举措和成效\n全年办理行政处罚案件126件。\n二、存在的不足\n执法力量不足。\n`, year: y, source: 'title',
  }),
  'year 是…之年': (x, y) => ({
    text: `${x.full}法治政府建设情况报告\n${y}年是全面贯彻党的二十大精神的关键之年，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n`, year: y, source: 'title',
  }),
  'last year’s report reviewed': (x, y) => ({
    text: `${x.full}法治政府建设情况报告\n${y}年，${x.self}坚持依法行政，审议《${y - 1}年度法治政府建设情况报告》，对照${y - 1}年度督察反馈问题逐项整改。\n一、主要工作\n全年办理行政处罚案件126件。\n`, year: y, source: 'title',
  }),
  '今年以来, dated December': (x, y) => ({
    text: `${x.full}法治政府建设工作总结\n今年以来，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n${x.full}\n${y}年12月20日\n`, year: y, source: 'title',
  }),
  ...SPAN_YEAR_FRAMES,
  ...CHROME_YEAR_FRAMES,
}

/** Forms also probed in traditional script. */
const TRADITIONAL_TOO = new Set(['signature only', 'page 来源', 'abbreviation expanded', 'joint letterhead', 'addressee, signature', 'lead names the author', 'title over two lines',
  'title 政府信息公开工作年度报告', 'contact line names its office', 'compiled by its office', 'page [ 发布机构 ] in brackets'])

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025]

/** Every page form and year form crossed with `authors` (the year each gets turns with its index). */
export function probesOf(authors: Author[]): Probe[] {
  const out: Probe[] = []
  authors.forEach((x, i) => {
    Object.entries(FRAMES).forEach(([form, frame], j) => {
      const y = YEARS[(i + j) % YEARS.length]
      const p = frame(x, y)
      if (!p) return
      const short = ['abbreviation expanded', 'department on its government’s site', 'abbreviated signature', 'abbreviation with its place',
        'abbreviation, its place only in its party committee’s document'].includes(form)
      // (a town's or street's region starts with the district its addressee line names: corpus README, Agency naming)
      const region = short ? x.short!.place
        : (form.startsWith('addressee') || form === 'county only in a document’s title') && /town|street/.test(x.level) ? ADDRESSEE[x.level].slice(0, 3) + x.region
        : form.startsWith('outer places') ? `${x.outer}${x.region}`
        // (the county whose site hosts a town's or street's report is the one it lies in)
        : form === 'site footer after the signature' && /town|street/.test(x.level) ? `江山市${x.region}` : x.region
      const agency = short ? x.short!.agency : x.agency
      out.push({ form, name: `${x.full} (${x.level})`, text: p.text, agency, region, sector: x.sector, year: y, source: p.source })
      // The same page in traditional script: the tables hold the simplified names.
      if (TRADITIONAL_TOO.has(form)) out.push({ form: `${form}, traditional`, name: `${x.full} (${x.level})`, text: toTraditional(p.text), agency, region, sector: x.sector, year: y, source: p.source })
    })
    Object.entries(YEAR_FRAMES).forEach(([form, frame], j) => {
      const y = YEARS[(i + j + 3) % YEARS.length]
      const p = frame(x, y)
      out.push({ form, name: `${x.full} ${y}`, text: p.text, agency: x.agency, region: x.region, sector: x.sector, year: p.year, source: p.source })
    })
  })
  return out
}

export function probes(): Probe[] {
  const out = probesOf(AUTHORS)
  // Fragments alone: no author the text states.
  for (const [k, y] of YEARS.entries()) {
    out.push({
      form: 'fragments alone', name: `fragments ${y}`, agency: null, region: null, sector: null, year: y, source: 'unknown',
      text: `${y}年度法治政府建设工作报告\n${y}年，组织${20 + k}名执法人员参加省应急管理厅举办的培训，建成县级农村物流中心1个，安全生产委员会召开会议3次。\n` +
        `一、主要工作\n全年办理行政处罚案件${40 + k}件。\n`,
    })
  }
  // Organs the author only works with or is guided by: no author either.
  for (const [k, y] of YEARS.entries()) {
    out.push({
      form: 'organs the author works with', name: `works with ${y}`, agency: null, region: null, sector: null, year: y, source: 'unknown',
      text: `${y}年度法治政府建设工作报告\n${y}年，我局坚持依法行政，联合桐庐县公安局开展专项整治${3 + k}次，配合桐庐县应急管理局开展检查，邀请桐庐县司法局举办法治讲座2次。\n` +
        `一、主要工作\n全年办理行政处罚案件${40 + k}件。\n`,
    })
  }
  // Level abbreviations after prepositions (由县司法局): no place, no author.
  for (const [k, y] of YEARS.entries()) {
    out.push({ form: 'prepositions before level abbreviations', name: `prepositions ${y}`, agency: null, region: null, sector: null, year: y, source: 'unknown', text: prepositionsOnly(y, k) })
  }
  return out
}
