/**
 * Openings for ./sectorForms57.test.ts (sector57), weighted to the YEAR: titles with years in full-width digits, Chinese numerals
 * in brackets, spans, a year before the author, a plan named before the summary; a title with no year whose year stands only in
 * a chrome row or the closing date (2024.01.20, 2024/01/20, 2024年01月20日, 二〇二四年一月, a December date); 本年度, 上一年度, 上年度
 * and 去年 in the report's letter; a 索引号 or 文号 with the next year; the year before's report reviewed or published in the year; the
 * next year's plan as a heading; 截至 a year's end as the only year; the months of one year as the period. Both scripts. Invented
 * wording; real and invented places.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'
import { own } from './regionForms50'

const T = (s: string) => toTraditional(s)
/** An opening whose title and lead state no year: `rows` above the title, `first` its lead, `close` a signature and date after the work. */
const undated = (rows: string, title: string, first: string, close = '') =>
  `${rows ? `${rows}\n` : ''}${title}\n${first}${WORK}${close ? `\n\n${close}` : ''}`
const ONE = '一年来，我局坚持依法行政，推进各项工作法治化。'
const SINCE = '今年以来，我局坚持依法行政，推进各项工作法治化。'
const R = '法治政府建设年度报告'

/** Titles: full-width digits, numerals in brackets, spans, the year before the author, a plan named before the summary. */
const TITLES: [string, string, Meta][] = [
  ['a title year in full-width digits', undated('', '兴宁市司法局２０２３年度法治政府建设工作报告', ONE), m('兴宁市司法局', '兴宁市', '司法行政', 2023)],
  ['a title year in Chinese numerals in brackets after the report', undated('', `平远县水务局${R}（二〇二三年度）`, ONE), m('平远县水务局', '平远县', '水利', 2023)],
  ['a 关于 title with a year in Chinese numerals, traditional', T(undated('', '關於蕉嶺縣教育局二〇二二年度法治政府建設情況的報告', '一年來，我局堅持依法治教。')), m('蕉岭县教育局', '蕉岭县', '教育', 2022)],
  ['a title year in 二零 numerals with 今年以来', undated('', '梅县区民政局二零二四年法治政府建设工作报告', SINCE), m('梅县区民政局', '梅县区', '民政', 2024)],
  ['a title span 2023—2024年度', undated('', '丰顺县司法局2023—2024年度法治政府建设工作报告', ONE), m('丰顺县司法局', '丰顺县', '司法行政', 2024)],
  ['a title span 2022年至2023年, traditional', T(undated('', '五華縣審計局2022年至2023年法治政府建設工作報告', '一年來，我局堅持依法審計。')), m('五华县审计局', '五华县', '审计', 2023)],
  ['a title year before its author', undated('', '2023年度大埔县统计局法治政府建设情况报告', ONE), m('大埔县统计局', '大埔县', '统计', 2023)],
  ['a title naming the plan before the summary', undated('', '梅江区财政局2024年工作计划及2023年工作总结', ONE), m('梅江区财政局', '梅江区', '财政', 2023)],
  ['a title naming the plan before the summary, traditional', T(undated('', '興寧市商務局2025年工作要點和2024年法治政府建設工作總結', '一年來，我局堅持依法行政。')), m('兴宁市商务局', '兴宁市', '商务', 2024)],
  ['a title year in brackets of digits, traditional', T(undated('', '蕉嶺縣林業局法治政府建設年度報告（2023）', '一年來，我局堅持依法治林。')), m('蕉岭县林业局', '蕉岭县', '林业', 2023)],
]

/** A title with no year: the year only in a chrome row or the closing date. */
const DATED: [string, string, Meta][] = [
  ['a 发布日期 row written with dots', undated('发布日期：2024.01.20', `大埔县水务局${R}`, ONE), m('大埔县水务局', '大埔县', '水利', 2023)],
  ['a 发布时间 row written with slashes', undated('发布时间：2024/02/05　来源：丰顺县交通运输局', `丰顺县交通运输局${R}`, ONE), m('丰顺县交通运输局', '丰顺县', '交通', 2023)],
  ['a 日期 row with a zero-padded month', undated('日期：2024年01月20日　浏览次数：312', `梅江区城市管理和综合执法局${R}`, ONE), m('梅江区城市管理和综合执法局', '梅江区', '城市管理', 2023)],
  ['a closing date written with dots', undated('', `平远县统计局${R}`, ONE, '平远县统计局\n2024.1.18'), m('平远县统计局', '平远县', '统计', 2023)],
  ['a closing date of year and month in Chinese numerals', undated('', `蕉岭县司法局${R}`, ONE, '蕉岭县司法局\n二〇二四年一月'), m('蕉岭县司法局', '蕉岭县', '司法行政', 2023)],
  ['a closing date in December with 今年以来', undated('', `五华县应急管理局${R}`, SINCE, '五华县应急管理局\n2023年12月25日'), m('五华县应急管理局', '五华县', '应急管理', 2023)],
  ['a 发布时间 row in December with 今年以来, traditional', T(undated('發布時間：2024-12-20', `興寧市民政局${R}`, '今年以來，我局堅持依法行政。')), m('兴宁市民政局', '兴宁市', '民政', 2024)],
  ['a closing date of year and month alone', undated('', `梅县区水务局${R}`, ONE, '梅县区水务局\n2024年2月'), m('梅县区水务局', '梅县区', '水利', 2023)],
  ['a 成文日期 row', undated('成文日期：2024-01-10　发布机构：大埔县林业局', `大埔县林业局${R}`, ONE), m('大埔县林业局', '大埔县', '林业', 2023)],
  ['a 发布日期 row written with dots, traditional', T(undated('發布日期：2024.03.06', `豐順縣衛生健康局${R}`, '一年來，我局堅持依法行政。')), m('丰顺县卫生健康局', '丰顺县', '卫生健康', 2023)],
  ['a closing date in Chinese numerals, traditional', T(undated('', `平遠縣財政局${R}`, '一年來，我局堅持依法理財。', '平遠縣財政局\n二〇二四年二月六日')), m('平远县财政局', '平远县', '财政', 2023)],
  ['a closing date with slashes', undated('', `梅江区教育局${R}`, ONE, '梅江区教育局\n2024/1/26'), m('梅江区教育局', '梅江区', '教育', 2023)],
]

/** The report's letter calling its year 本年度, 上一年度, 上年度 or 去年, with a date line. */
const LETTER: [string, string, Meta][] = [
  ['本年度 in the letter, a January closing date', undated('', `丰顺县水务局${R}`, '现将我局本年度法治政府建设情况报告如下。', '丰顺县水务局\n2024年1月8日'), m('丰顺县水务局', '丰顺县', '水利', 2023)],
  ['本年度 in the letter, a December closing date', undated('', `五华县统计局${R}`, '现将我局本年度法治政府建设情况报告如下。', '五华县统计局\n2023年12月22日'), m('五华县统计局', '五华县', '统计', 2023)],
  ['上一年度 in the letter, a February 发布时间 row', undated('发布时间：2024-02-20', `大埔县司法局${R}`, '现将我局上一年度法治政府建设工作情况报告如下。'), m('大埔县司法局', '大埔县', '司法行政', 2023)],
  ['上年度 in the letter, a March closing date, traditional', T(undated('', `梅縣區交通運輸局${R}`, '現將我局上年度法治政府建設情況報告如下。', '梅縣區交通運輸局\n2024年3月5日')), m('梅县区交通运输局', '梅县区', '交通', 2023)],
  ['去年 in the letter, a January 发布日期 row', undated('发布日期：2024-01-25', `兴宁市自然资源局${R}`, '现将我局去年法治政府建设工作情况报告如下。'), m('兴宁市自然资源局', '兴宁市', '自然资源', 2023)],
  ['near miss: 上一年度 with no date anywhere', undated('', `平远县民政局${R}`, '现将我局上一年度法治政府建设工作情况报告如下。'), m('平远县民政局', '平远县', '民政', null)],
  ['过去一年 in the lead, a closing date in January', undated('', `蕉岭县水务局${R}`, '过去一年，我局坚持依法治水。', '蕉岭县水务局\n2024年1月30日'), m('蕉岭县水务局', '蕉岭县', '水利', 2023)],
]

/** A 索引号 or 文号 with the next year: it dates nothing; the lead or the closing date does. */
const NUMBERS: [string, string, Meta][] = [
  ['an 索引号 with the next year, the lead\'s year', undated('索引号：11441400MB2C12345X/2024-00015', `梅江区司法局${R}`, '2023年，我局坚持依法行政。'), m('梅江区司法局', '梅江区', '司法行政', 2023)],
  ['a 文号 with the next year under the title, the lead\'s year', undated('', `平远县人力资源和社会保障局${R}\n平人社〔2024〕3号`, '2023年，我局坚持依法行政。'), m('平远县人力资源和社会保障局', '平远县', '人力资源社会保障', 2023)],
  ['a 文号 with the next year and no other year', undated('', `丰顺县统计局${R}\n丰统字〔2024〕2号`, ONE), m('丰顺县统计局', '丰顺县', '统计', null)],
  ['an 索引号 with the next year and a closing date in January', undated('索引号：006939861/2024-00021', `五华县教育局${R}`, ONE, '五华县教育局\n2024年1月19日'), m('五华县教育局', '五华县', '教育', 2023)],
  ['a government document number with the next year, traditional', T(undated('', `蕉嶺縣人民政府${R}\n蕉府〔2024〕6號`, '2023年，我縣堅持依法行政。')), m('蕉岭县人民政府', '蕉岭县', '区县政府', 2023)],
]

/** The year before's report reviewed or published in the year; the next year's plan as a heading. */
const OTHERS: [string, string, Meta][] = [
  ['the year before\'s report reviewed, the lead\'s year', undated('', '大埔县人民政府法治政府建设情况报告', '2023年，县政府常务会议审议通过《大埔县2022年度法治政府建设情况报告》并向社会公开。'), m('大埔县人民政府', '大埔县', '区县政府', 2023)],
  ['the year before\'s report published, a December closing date', undated('', `梅县区司法局${R}`, '今年以来，我局按时公开《梅县区司法局2022年度法治政府建设情况报告》。', '梅县区司法局\n2023年12月20日'), m('梅县区司法局', '梅县区', '司法行政', 2023)],
  ['the year before\'s report reviewed and no date', undated('', `兴宁市水务局${R}`, '今年以来，局党组会议审议《兴宁市水务局2022年度法治政府建设情况报告》。'), m('兴宁市水务局', '兴宁市', '水利', null)],
  ['the next year\'s plan as a heading, a January closing date', `平远县林业局${R}\n${SINCE}${WORK}\n四、2024年工作打算\n继续推进依法行政。\n\n平远县林业局\n2024年1月12日`, m('平远县林业局', '平远县', '林业', 2023)],
  ['near miss: the next year\'s plan as a heading and no date', `丰顺县民政局${R}\n${SINCE}${WORK}\n四、2024年工作打算\n继续推进依法行政。`, m('丰顺县民政局', '丰顺县', '民政', null)],
  ['the next year\'s plan as a heading after a lead year, traditional', T(`五華縣水務局${R}\n2023年，我局堅持依法治水。${WORK}\n四、2024年工作計劃\n繼續推進依法行政。`), m('五华县水务局', '五华县', '水利', 2023)],
  ['the months of one year as the lead\'s time', undated('', `蕉岭县统计局${R}`, '2023年1—12月，我局坚持依法统计，推进统计法治建设。'), m('蕉岭县统计局', '蕉岭县', '统计', 2023)],
  ['the statistical period of one year', undated('', `大埔县教育局${R}`, '本报告统计期限为2023年1月1日至2023年12月31日。一年来，我局坚持依法治教。'), m('大埔县教育局', '大埔县', '教育', 2023)],
  ['near miss: a plan\'s span and the lead\'s year', own('梅江区民政局法治政府建设年度报告', '我局').replace('推进各项工作法治化', '落实《法治政府建设实施纲要（2021—2025年）》'), m('梅江区民政局', '梅江区', '民政', 2023)],
]

/** 截至 a year's end as the only year. */
const TO_YEAR_END: [string, string, Meta][] = [
  ['截至 a year\'s end as the only year', undated('', `兴宁市司法局${R}`, `${SINCE}截至2023年底，全局共有持证执法人员56名。`), m('兴宁市司法局', '兴宁市', '司法行政', 2023)],
  ['截至 the last day of a year as the only year', undated('', `梅江区应急管理局${R}`, `${ONE}截至2023年12月31日，全区共有危险化学品经营单位45家。`), m('梅江区应急管理局', '梅江区', '应急管理', 2023)],
  ['截至 a year\'s end as the only year, traditional', T(undated('', `豐順縣林業局${R}`, '一年來，我局堅持依法治林。截至2024年末，全縣森林覆蓋率達73.2%。')), m('丰顺县林业局', '丰顺县', '林业', 2024)],
  ['near miss: 截至 a mid-year date after the lead\'s year', own('平远县商务局法治政府建设年度报告', '我局').replace('推进各项工作法治化', '截至2024年6月，全县共有外贸企业21家'), m('平远县商务局', '平远县', '商务', 2023)],
  ['near miss: 截至 a mid-year date as the only year', undated('', `五华县民政局${R}`, `${SINCE}截至2024年6月底，全县共有养老机构18家。`), m('五华县民政局', '五华县', '民政', null)],
]

/** More dates and titles in new wording. */
const MORE: [string, string, Meta][] = [
  ['a 报送 title with its year', undated('', '梅县区林业局关于报送2023年度法治政府建设情况的报告', ONE), m('梅县区林业局', '梅县区', '林业', 2023)],
  ['a 发布时间 row in Chinese with its hour', undated('发布时间：2024年1月18日 10:20', `丰顺县审计局${R}`, ONE), m('丰顺县审计局', '丰顺县', '审计', 2023)],
  ['a December closing date in Chinese numerals', undated('', `大埔县商务局${R}`, SINCE, '大埔县商务局\n二〇二三年十二月二十八日'), m('大埔县商务局', '大埔县', '商务', 2023)],
  ['上年度 in the letter, a dotted 发布日期 row', undated('发布日期：2024.02.01', `平远县交通运输局${R}`, '现将我局上年度法治政府建设工作情况报告如下。'), m('平远县交通运输局', '平远县', '交通', 2023)],
  ['a summary title, the next year\'s work in the body, traditional', T(`蕉嶺縣民政局2023年度工作總結\n2023年，我局堅持依法行政。${WORK}\n四、2024年重點工作\n繼續推進依法行政。`), m('蕉岭县民政局', '蕉岭县', '民政', 2023)],
  ['a title year in Chinese numerals with 度 on its own line', undated('', '兴宁市财政局\n二〇二三年度\n法治政府建设情况报告', ONE), m('兴宁市财政局', '兴宁市', '财政', 2023)],
]

export const YEARS_57: [string, string, Meta][] = [...TITLES, ...DATED, ...LETTER, ...NUMBERS, ...OTHERS, ...TO_YEAR_END, ...MORE]
