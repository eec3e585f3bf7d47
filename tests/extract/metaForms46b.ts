/**
 * Openings of round 46's years, split titles, untitled openings and authors that cannot be read (./metaForms46.ts holds the kinds of
 * author; both for ./metaForms46.test.ts): years written 二〇二四年, 2024年度, 二〇二四年度, only in a 发布日期 row, only in the closing
 * date, beside a plan's span; titles split over two lines; no title, the first sentence naming the author; "X2022年度工作报告"
 * without 法治; and openings that name no author (the extractor must read none rather than guess).
 * Each opening is invented (real kinds of organ and place, made-up wording and figures); none is a corpus item's text.
 */
import { m, WORK, WORK_T, type Meta } from './metaForms41Kinds'
import { bare, own, signed } from './metaForms46'

/** Years as a text writes them. */
const YEARS: [string, string, Meta][] = [
  ['二〇二四年 in a title', `遂昌县司法局二〇二四年法治政府建设工作报告\n一年来，我局坚持依法行政。${WORK}`, m('遂昌县司法局', '遂昌县', '司法行政', 2024)],
  ['二〇二四年度 in a title', `松阳县民政局二〇二四年度法治政府建设情况报告\n一年来，我局坚持依法行政。${WORK}`, m('松阳县民政局', '松阳县', '民政', 2024)],
  ['2024年度 in a title, published in 2025', `云和县教育局2024年度法治政府建设工作报告\n发布时间：2025-01-21\n一年来，我局坚持依法治教。${WORK}`, m('云和县教育局', '云和县', '教育', 2024)],
  ['二〇二四年度 in title and closing date', `二〇二四年度法治政府建设工作报告\n一年来，我局坚持依法行政。${WORK}\n\n庆元县交通运输局\n二〇二五年一月二十日`, m('庆元县交通运输局', '庆元县', '交通', 2024)],
  ['二〇二四年 in a government\'s title with 关于', `景宁畲族自治县人民政府关于二〇二四年法治政府建设情况的报告\n丽水市人民政府：\n一年来，我县坚持依法行政。${WORK}`, m('景宁畲族自治县人民政府', '丽水市景宁畲族自治县', '区县政府', 2024)],
  ['full-width digits in a title', `青田县应急管理局２０２４年度法治政府建设工作报告\n一年来，我局坚持依法行政。${WORK}`, m('青田县应急管理局', '青田县', '应急管理', 2024)],
  ['2024年度, traditional', `龍泉市財政局2024年度法治政府建設工作報告\n一年來，我局堅持依法理財。${WORK_T}`, m('龙泉市财政局', '龙泉市', '财政', 2024)],
  ['二〇二四年度, traditional', `縉雲縣審計局二〇二四年度法治政府建設情況報告\n一年來，我局堅持依法審計。${WORK_T}`, m('缙云县审计局', '缙云县', '审计', 2024)],
  ['a year only in a 发布日期 row of January', `发布日期：2025-01-16\n莲都区商务局法治政府建设年度报告\n一年来，我局坚持依法行政。${WORK}`, m('莲都区商务局', '莲都区', '商务', 2024)],
  ['a year only in a 发布日期 row of March', `莲都区林业局法治政府建设工作报告\n发布日期：2025年3月12日　来源：莲都区林业局\n一年来，我局坚持依法治林。${WORK}`, m('莲都区林业局', '莲都区', '林业', 2024)],
  ['a year only in a 发布日期 row of December', `发布日期：2024-12-20\n遂昌县水利局法治政府建设工作总结\n今年以来，我局坚持依法治水。${WORK}`, m('遂昌县水利局', '遂昌县', '水利', 2024)],
  ['a year only in a closing date of February', `法治政府建设情况报告\n一年来，我局坚持依法行政。${WORK}\n\n松阳县审计局\n2025年2月14日`, m('松阳县审计局', '松阳县', '审计', 2024)],
  ['a year only in a closing date in Chinese numerals of March', `法治政府建设工作报告\n一年来，我局坚持依法行政。${WORK}\n\n云和县统计局\n二〇二五年三月五日`, m('云和县统计局', '云和县', '统计', 2024)],
  ['a year only in a closing date of December', `法治政府建设工作总结\n今年以来，我局坚持依法行政。${WORK}\n\n庆元县农业农村局\n2024年12月26日`, m('庆元县农业农村局', '庆元县', '农业农村', 2024)],
  ['a year only in a dashed closing date', `法治政府建设年度报告\n一年来，我局坚持依法行政。${WORK}\n\n青田县司法局\n2025-01-08`, m('青田县司法局', '青田县', '司法行政', 2024)],
  ['a 纲要（2021—2025年） title with the summary year', own('龙泉市落实《法治政府建设实施纲要（2021—2025年）》2023年度情况报告', '我市'), m('龙泉市人民政府', '龙泉市', '区县政府', 2023)],
  ['a plan span before the summary year in a bureau\'s title', own('缙云县司法局2021—2025年法治政府建设规划实施情况暨2024年度工作总结', '我局', 2024), m('缙云县司法局', '缙云县', '司法行政', 2024)],
  ['a plan span with a hyphen and the summary year', own('遂昌县自然资源局落实法治政府建设实施纲要(2021-2025年)2024年度情况报告', '我局', 2024), m('遂昌县自然资源局', '遂昌县', '自然资源', 2024)],
  ['a plan span in a title, the year in the lead', `松阳县文化和广电旅游体育局法治政府建设规划（2021—2025年）实施情况报告\n2023年，我局坚持依法行政。${WORK}`, m('松阳县文化和广电旅游体育局', '松阳县', '文化旅游', 2023)],
  ['a 八五普法 span with the summary year', own('景宁畲族自治县“八五”普法规划（2021—2025年）2024年度实施情况报告', '我县', 2024), m('景宁畲族自治县人民政府', '景宁畲族自治县', '区县政府', 2024)],
  ['a plan span, the summary year in the closing date only', `法治政府建设实施纲要（2021—2025年）落实情况报告\n一年来，我局坚持依法行政。${WORK}\n\n莲都区人力资源和社会保障局\n2025年1月27日`, m('莲都区人力资源和社会保障局', '莲都区', '人力资源社会保障', 2024)],
  ['2024年度 with the next year\'s tasks', own('青田县卫生健康局2024年度法治政府建设工作报告', '我局', 2024).replace('继续推进依法行政。', '2025年，继续推进依法行政。'), m('青田县卫生健康局', '青田县', '卫生健康', 2024)],
  ['2024年度 and 2024年 in the lead, published in February', `龙泉市住房和城乡建设局2024年度法治政府建设工作报告\n发布日期：2025-02-11\n2024年，我局坚持依法行政。${WORK}`, m('龙泉市住房和城乡建设局', '龙泉市', '住房城乡建设', 2024)],
  ['二〇二三年 in a closing date of January, 今年以来 in the lead', `法治政府建设情况报告\n今年以来，我局坚持依法行政。${WORK}\n\n缙云县民政局\n二〇二四年一月十二日`, m('缙云县民政局', '缙云县', '民政', 2023)],
  ['a span of months in a title\'s bracket', `衢江区民政局法治政府建设工作报告（2024年1月—12月）\n一年来，我局坚持依法行政。${WORK}`, m('衢江区民政局', '衢江区', '民政', 2024)],
  ['二〇二四年 summary and 二〇二五年 plan', own('柯城区审计局二〇二四年工作总结和二〇二五年工作计划', '我局', 2024), m('柯城区审计局', '柯城区', '审计', 2024)],
  ['a closing date of year and month only', `法治政府建设工作报告\n一年来，我局坚持依法行政。${WORK}\n\n龙游县水利局\n2025年1月`, m('龙游县水利局', '龙游县', '水利', 2024)],
  ['2024年度 titled, the year before compared in the body', `江山市市场监督管理局2024年度法治政府建设工作报告\n一年来，我局办理行政处罚案件312件，较2023年增长8%。${WORK}`, m('江山市市场监督管理局', '江山市', '市场监管', 2024)],
  ['a plan span in a title, no other year: none', `法治政府建设实施纲要（2021—2025年）落实情况报告\n一年来，我局坚持依法行政。${WORK}`, m(null, null, null, null)],
  ['a span that is the report\'s own period: its end', own('常山县司法局2023年至2024年法治政府建设情况报告', '我局', 2024), m('常山县司法局', '常山县', '司法行政', 2024)],
  ['二〇二四年度 spaced out in a title', `遂昌县统计局二 〇 二 四 年 度法治政府建设工作报告\n一年来，我局坚持依法统计。${WORK}`, m('遂昌县统计局', '遂昌县', '统计', 2024)],
  ['a year only in a 发布日期 row of April', `发布日期：2025-04-10\n松阳县教育局法治政府建设年度报告\n一年来，我局坚持依法治教。${WORK}`, m('松阳县教育局', '松阳县', '教育', 2024)],
  ['a year only in a 截至…12月31日 date', `法治政府建设工作报告\n截至2024年12月31日，我局共办理行政许可事项312件。\n\n缙云县自然资源局`, m('缙云县自然资源局', '缙云县', '自然资源', 2024)],
  ['2023年度 with a December closing date', `松阳县财政局2023年度法治政府建设工作报告\n一年来，我局坚持依法理财。${WORK}\n\n松阳县财政局\n2023年12月25日`, m('松阳县财政局', '松阳县', '财政', 2023)],
  ['a closing date with ○ for zero', `法治政府建设工作报告\n一年来，我局坚持依法行政。${WORK}\n\n云和县司法局\n二○二五年一月十日`, m('云和县司法局', '云和县', '司法行政', 2024)],
  ['a 发布日期 with a leading zero month', `发布日期：2025年01月16日\n龙泉市民政局法治政府建设年度报告\n一年来，我局坚持依法行政。${WORK}`, m('龙泉市民政局', '龙泉市', '民政', 2024)],
  ['a publication month in brackets after the title\'s year', `嘉善县人民政府关于2024年度法治政府建设情况的报告（2025年2月）\n一年来，我县坚持依法行政。${WORK}`, m('嘉善县人民政府', '嘉善县', '区县政府', 2024)],
  ['full-width digits in title and closing date', `２０２４年度法治政府建设工作报告\n一年来，我局坚持依法行政。${WORK}\n\n常山县商务局\n２０２５年１月１５日`, m('常山县商务局', '常山县', '商务', 2024)],
]

/** Titles split over two lines. */
const SPLIT: [string, string, Meta][] = [
  ['a tax bureau split inside its name', `国家税务总局衢州市\n税务局2023年度法治税务建设情况报告\n2023年，我局坚持依法治税。${WORK}`, m('衢州市税务局', '衢州市', '税务', 2023)],
  ['a title split after 年度', `江山市商务局2023年度\n法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('江山市商务局', '江山市', '商务', 2023)],
  ['a government title split after 关于', `常山县人民政府关于\n二〇二三年度法治政府建设情况的报告\n衢州市人民政府：\n2023年，我县坚持依法行政。${WORK}`, m('常山县人民政府', '衢州市常山县', '区县政府', 2023)],
  ['a title split inside 情况的报告, signed', `关于2023年度法治政府建设情\n况的报告\n一年来，我局坚持依法行政。${WORK}\n\n开化县人力资源和社会保障局\n2024年1月22日`, m('开化县人力资源和社会保障局', '开化县', '人力资源社会保障', 2023)],
  ['a customs district split from its title', `拱北海关\n2023年法治海关建设情况报告\n2023年，我关坚持依法把关。${WORK}`, m('拱北海关', '珠海市', '海关', 2023)],
  ['a 新区 committee split from its title', `兰州新区管理委员会\n关于2023年度法治政府建设情况的报告\n2023年，新区坚持依法行政。${WORK}`, m('兰州新区管理委员会', '兰州新区', '区县政府', 2023)],
  ['a fire rescue 支队 split after its city', `衢州市\n消防救援支队2023年度法治建设工作报告\n2023年，我支队坚持依法履职。${WORK}`, m('衢州市消防救援支队', '衢州市', '消防救援', 2023)],
  ['a title split inside the organ\'s name', `柯城区市场监督\n管理局2023年度法治政府建设工作报告\n2023年，我局坚持依法监管。${WORK}`, m('柯城区市场监督管理局', '柯城区', '市场监管', 2023)],
  ['a street split from its title', `江山市双塔街道办事处\n2023年度法治政府建设工作报告\n2023年，我街道坚持依法行政。${WORK}`, m('双塔街道办事处', '江山市双塔街道', '街道', 2023)],
  ['a township split from its title, traditional', `龍游縣廟下鄉人民政府\n2023年度法治政府建設工作報告\n2023年，我鄉堅持依法行政。${WORK_T}`, m('庙下乡人民政府', '龙游县庙下乡', '乡镇政府', 2023)],
  ['a regulator\'s 分局 split from its title', `国家金融监督管理总局衢州监管分局\n2023年度法治建设工作报告\n2023年，我分局坚持依法监管。${WORK}`, m('衢州监管分局', '衢州市', '金融', 2023)],
  ['a two-line title with the year alone on the second', `衢江区司法局法治政府建设工作报告\n（2023年度）\n2023年，我局坚持依法行政。${WORK}`, m('衢江区司法局', '衢江区', '司法行政', 2023)],
  ['a tax bureau split after 总局', `国家税务总局\n丽水市税务局2023年度法治税务建设情况报告\n2023年，我局坚持依法治税。${WORK}`, m('丽水市税务局', '丽水市', '税务', 2023)],
  ['a title split after 关于 alone, signed', `关于\n2023年度法治政府建设情况的报告\n一年来，我局坚持依法行政。${WORK}\n\n开化县民政局\n2024年1月18日`, m('开化县民政局', '开化县', '民政', 2023)],
  ['a two-line title with 【】 tag', `【法治政府】\n云和县交通运输局2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('云和县交通运输局', '云和县', '交通', 2023)],
]

/** No title: the first sentence names the author. */
const UNTITLED: [string, string, Meta][] = [
  ['今年以来 with a county bureau, signed with a December date', `今年以来，松阳县水利局坚持依法治水，推进各项工作法治化。${WORK}\n\n2024年12月20日`, m('松阳县水利局', '松阳县', '水利', 2024)],
  ['今年以来 with a county bureau and no date', bare('今年以来，遂昌县水利局坚持依法治水，推进各项工作法治化。'), m('遂昌县水利局', '遂昌县', '水利', null)],
  ['2024年 with a city bureau', bare('2024年，丽水市气象局坚持依法行政，推进各项工作法治化。'), m('丽水市气象局', '丽水市', '气象', 2024)],
  ['一年来 with a town\'s 党委、政府', bare('一年来，大溪镇党委、政府坚持依法行政，推进各项工作法治化。'), m('大溪镇人民政府', '大溪镇', '乡镇政府', null)],
  ['今年以来 with a street of a county-level city', bare('今年以来，温岭市太平街道坚持依法行政，推进各项工作法治化。\n\n2024年12月18日'), m('太平街道办事处', '温岭市太平街道', '街道', 2024)],
  ['今年以来 with a tax bureau under 总局', bare('今年以来，国家税务总局临海市税务局坚持依法治税，推进各项工作法治化。'), m('临海市税务局', '临海市', '税务', null)],
  ['今年以来 with a customs district', bare('今年以来，温州海关坚持依法把关，推进各项工作法治化。'), m('温州海关', '温州市', '海关', null)],
  ['2024年以来 with a district bureau', bare('2024年以来，黄岩区司法局坚持依法行政，推进各项工作法治化。'), m('黄岩区司法局', '黄岩区', '司法行政', 2024)],
  ['过去一年 with a county government, dated in January', `过去一年，三门县人民政府坚持依法行政，推进各项工作法治化。${WORK}\n\n2024年1月23日`, m('三门县人民政府', '三门县', '区县政府', 2023)],
  ['2023年 with a 新区 committee', bare('2023年，湘江新区管委会坚持依法行政，推进各项工作法治化。'), m('湘江新区管理委员会', '湘江新区', '区县政府', 2023)],
  ['今年以来 with a township', bare('今年以来，仙居县安岭乡坚持依法行政，推进各项工作法治化。\n\n2024年12月10日'), m('安岭乡人民政府', '仙居县安岭乡', '乡镇政府', 2024)],
  ['2023年, the author after 在…领导下', bare('2023年，在天台县委、县政府的坚强领导下，天台县民政局坚持依法行政。'), m('天台县民政局', '天台县', '民政', 2023)],
  ['一年来 with an abbreviated bureau its county names', bare('一年来，在玉环市委、市政府领导下，市人社局坚持依法行政。\n\n2024年1月5日'), m('玉环市人力资源和社会保障局', '玉环市', '人力资源社会保障', 2023)],
  ['今年以来 with a fire rescue 大队, traditional', `今年以來，天台縣消防救援大隊堅持依法履職，推進各項工作法治化。${WORK_T}`, m('天台县消防救援大队', '天台县', '消防救援', null)],
  ['2024年 with a corps division\'s city bureau', bare('2024年，第八师石河子市民政局坚持依法行政，推进各项工作法治化。'), m('石河子市民政局', '石河子市', '民政', 2024)],
  ['近年来 with a county bureau: no year', bare('近年来，常山县司法局坚持依法行政，推进各项工作法治化。'), m('常山县司法局', '常山县', '司法行政', null)],
  ['今年以来 with a 新区 bureau, dated in January', `今年以来，兰州新区教育局坚持依法治教，推进各项工作法治化。${WORK}\n\n2024年1月12日`, m('兰州新区教育局', '兰州新区', '教育', 2023)],
  ['今年以来 with a tax bureau under 总局, traditional', `今年以來，國家稅務總局蘭溪市稅務局堅持依法治稅，推進各項工作法治化。${WORK_T}`, m('兰溪市税务局', '兰溪市', '税务', null)],
  ['今年以来 with a 新区 bureau by its short name', bare('今年以来，兰州新区市场监管局坚持依法监管，推进各项工作法治化。'), m('兰州新区市场监督管理局', '兰州新区', '市场监管', null)],
  ['今年以来 with a 政法委 and its 司法局', bare('今年以来，中共泰顺县委政法委员会、泰顺县司法局坚持依法行政。'), m('泰顺县司法局', '泰顺县', '司法行政', null)],
  ['今年以来 with a town of a county-level city', bare('今年以来，义乌市佛堂镇坚持依法行政，推进各项工作法治化。'), m('佛堂镇人民政府', '义乌市佛堂镇', '乡镇政府', null)],
]

/** "X2022年度工作报告" titles without 法治, and their near misses. */
const WORK_REPORTS: [string, string, Meta][] = [
  ['an arbitration commission\'s bare 工作报告', own('台州市仲裁委员会2022年度工作报告', '本会', 2022), m('台州市仲裁委员会', '台州市', '司法行政', 2022)],
  ['a county bureau\'s bare 工作报告', own('龙游县司法局2022年度工作报告', '我局', 2022), m('龙游县司法局', '龙游县', '司法行政', 2022)],
  ['a city bureau\'s bare 工作总结', own('衢州市市场监督管理局2023年工作总结', '我局'), m('衢州市市场监督管理局', '衢州市', '市场监管', 2023)],
  ['a county government\'s bare 工作报告', own('开化县人民政府2022年度工作报告', '我县', 2022), m('开化县人民政府', '开化县', '区县政府', 2022)],
  ['a town\'s bare 工作总结', own('华埠镇2023年度工作总结', '我镇'), m('华埠镇人民政府', '华埠镇', '乡镇政府', 2023)],
  ['a customs district\'s bare 工作报告', own('舟山海关2022年度工作报告', '我关', 2022), m('舟山海关', '舟山市', '海关', 2022)],
  ['a bare 工作报告, traditional', `常山縣財政局2022年度工作報告\n2022年，我局堅持依法理財。${WORK_T}`, m('常山县财政局', '常山县', '财政', 2022)],
  ['a 劳动人事争议仲裁委员会\'s bare 工作报告', own('衢州市劳动人事争议仲裁委员会2022年度工作报告', '仲裁委', 2022), m('衢州市劳动人事争议仲裁委员会', '衢州市', '人力资源社会保障', 2022)],
  ['a bare 工作报告 of a topic: no organ', own('平安建设2022年度工作报告', '全县', 2022), m(null, null, '区县政府', 2022)],
  ['a bare 工作报告 of a programme: no organ', own('优化营商环境2023年度工作报告', '全市'), m(null, null, '市政府', 2023)],
]

/** Openings that name no author: read none rather than guess. */
const UNKNOWN: [string, string, Meta][] = [
  ['我局 with no place or field', `法治政府建设年度报告\n一年来，我局坚持依法行政。${WORK}`, m(null, null, null, null)],
  ['我单位 under a bare title with a year', `2023年度法治建设工作报告\n2023年，我单位坚持依法办事。${WORK}`, m(null, null, null, 2023)],
  ['an addressee only, the author 我局', `关于法治政府建设工作情况的报告\n县委依法治县办：\n2023年，我局坚持依法行政。${WORK}`, m(null, null, null, 2023)],
  ['a placeholder county', own('XX县司法局2023年度法治政府建设工作报告', '我局'), m(null, null, null, 2023)],
  ['a 某县 placeholder', own('某县2023年法治政府建设年度报告', '我县'), m(null, null, '区县政府', 2023)],
  ['a law\'s name in the title', own('《中华人民共和国行政复议法》实施情况2023年度报告', '我局'), m(null, null, null, 2023)],
  ['other organs named in the body only', `2023年度法治政府建设工作报告\n2023年，我局配合县公安局、县市场监管局开展联合执法12次。${WORK}`, m(null, null, null, 2023)],
  ['a meeting speech\'s title', own('在全县法治政府建设工作会议上的讲话', '我们', 2023), m(null, null, null, 2023)],
  ['a leader\'s 述法 without an organ', own('张某某同志2023年度述法报告', '本人'), m(null, null, null, 2023)],
  ['breadcrumbs and 来源 naming the site only', `首页 > 法治政府 > 年度报告\n来源：本网　发布时间：2024-01-12\n法治政府建设年度报告\n2023年，我局坚持依法行政。${WORK}`, m(null, null, null, 2023)],
  ['a 市委依法治市办 the addressee of a 我局', `法治政府建设情况报告\n市委依法治市办：\n今年以来，我局坚持依法行政。${WORK}\n\n2024年1月8日`, m(null, null, null, 2023)],
  ['a level-only bureau with no place anywhere', own('县司法局2023年度法治政府建设工作报告', '我局'), m(null, null, '司法行政', 2023)],
  ['a level-only government with no place anywhere', signed('2023年，全县坚持依法行政。', '县人民政府', '2024年1月10日'), m(null, null, '区县政府', 2023)],
  ['a provincial brand only', own('法治浙江建设2023年度工作报告', '我们'), m(null, null, null, 2023)],
  ['a unit named by its field only', `法治政府建设年度报告\n2023年，我局认真履行市场监管职能。${WORK}`, m(null, null, '市场监管', 2023)],
  ['a 领导小组 without a place', own('法治政府建设工作领导小组2023年度工作报告', '领导小组'), m(null, null, null, 2023)],
  ['a plan\'s title with a place as topic only', `关于推进法治乡村建设的实施意见\n2023年，各乡镇坚持依法行政。${WORK}`, m(null, null, null, 2023)],
  ['a 县委 alone reporting: a party body', own('中共武义县委2023年度法治建设情况报告', '县委'), m(null, null, null, 2023)],
  ['我中心 with no name', `2023年度法治建设工作报告\n2023年，我中心坚持依法办事。${WORK}`, m(null, null, null, 2023)],
  ['a placeholder town', own('XX镇2023年法治政府建设工作报告', '我镇'), m(null, null, '乡镇政府', 2023)],
  ['a higher body\'s notice named as the occasion', `法治政府建设情况报告\n根据市司法局《关于报送2023年度法治政府建设情况的通知》要求，现将我局有关情况报告如下。\n2023年，我局坚持依法行政。${WORK}`, m(null, null, null, 2023)],
  ['a county\'s brand only', `2023年度法治建设工作报告\n2023年，我局紧扣“法治云和”建设目标，坚持依法行政。${WORK}`, m(null, null, null, 2023)],
  ['法治建设工作 of a nameless 我局: no construction field', `法治政府建设年度报告\n2023年，我局印发法治建设工作要点，坚持依法行政。${WORK}`, m(null, null, null, 2023)],
  ['a city bureau acting on the author in the first sentence', bare('今年以来，丽水市司法局对我局开展法治督察2次，我局逐项整改落实。'), m(null, null, null, null)],
  ['a city\'s party and government leading a nameless 我局', bare('今年以来，在龙泉市委、市政府的坚强领导下，我局坚持依法行政。'), m(null, null, null, null)],
  ['县委、县政府 leading a nameless 我局', `法治政府建设年度报告\n2023年，在县委、县政府的坚强领导下，我局坚持依法行政。${WORK}`, m(null, null, null, 2023)],
  ['a 抄送 line naming the only organ', `法治政府建设年度报告\n2023年，我局坚持依法行政。${WORK}\n\n抄送：龙泉市司法局`, m(null, null, null, 2023)],
  ['only a central organ named as what the 我局 follows', `法治税务建设年度报告\n2023年，我局根据国家税务总局部署，坚持依法治税。${WORK}`, m(null, null, '税务', 2023)],
  ['a nameless 本委', `2023年度法治建设工作报告\n2023年，本委坚持依法履职。${WORK}`, m(null, null, null, 2023)],
  ['a government\'s 发布机构 over a nameless 我局', `发布机构：龙泉市人民政府\n法治政府建设年度报告\n2023年，我局坚持依法行政。${WORK}`, m(null, null, null, 2023)],
]

export const CASES_B: [string, string, Meta][] = [...YEARS, ...SPLIT, ...UNTITLED, ...WORK_REPORTS, ...UNKNOWN]
