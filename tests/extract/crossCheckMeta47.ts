/**
 * Cross-check of round 47's metadata (2026-12-06): openings written before round 47's metadata probes were merged, by someone who
 * had not read them, so that what those rules read here measures how far they generalise: region chains stated in page lines, the
 * title or the first sentence, autonomous places and zones, streets under districts of a municipality, county-level cities under a
 * prefecture, authors in a signature or a lead only, 关于…的报告 and 工作总结 titles, titles over two lines, and years in Chinese
 * numerals, in spans and beside a publication date. Invented wording; real kinds of organ and place (Sichuan, Guangxi, Chongqing,
 * Shandong, Yunnan, Hebei).
 */
import { m, WORK, WORK_T, type Meta } from './metaForms41Kinds'

export const CROSS_META_47: [string, string, Meta][] = [
  // region chains
  ['a county bureau with its province and city in the title', `四川省宜宾市屏山县交通运输局2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`,
    m('屏山县交通运输局', '四川省宜宾市屏山县', '交通', 2023)],
  ['a county-level city under its prefecture in the title', `山东省潍坊市青州市民政局2022年法治政府建设情况报告\n2022年，我局坚持依法行政。${WORK}`,
    m('青州市民政局', '山东省潍坊市青州市', '民政', 2022)],
  ['an autonomous county’s government', `融水苗族自治县人民政府2023年度法治政府建设情况报告\n2023年，县人民政府坚持依法行政。${WORK}`,
    m('融水苗族自治县人民政府', '融水苗族自治县', '区县政府', 2023)],
  ['an autonomous prefecture’s bureau', `楚雄彝族自治州生态环境局2023年法治政府建设年度报告\n2023年，州生态环境局坚持依法行政。${WORK}`,
    m('楚雄彝族自治州生态环境局', '楚雄彝族自治州', '生态环境', 2023)],
  ['a street of a municipality’s district', `重庆市渝北区龙溪街道办事处2023年法治政府建设工作报告\n2023年，我街道坚持依法行政。${WORK}`,
    m('龙溪街道办事处', '重庆市渝北区龙溪街道', '街道', 2023)],
  ['a town of a municipality’s county', `重庆市巫溪县宁厂镇人民政府2022年度法治政府建设情况报告\n2022年，我镇坚持依法行政。${WORK}`,
    m('宁厂镇人民政府', '重庆市巫溪县宁厂镇', '乡镇政府', 2022)],
  ['a zone’s management committee', `河北省廊坊经济技术开发区管理委员会2023年度法治政府建设工作报告\n2023年，开发区管委会坚持依法行政。${WORK}`,
    m('廊坊经济技术开发区管理委员会', '河北省廊坊经济技术开发区', '区县政府', 2023)],
  // authors without a title line of their own
  ['a bare title and the author in a 发布机构 line of a city bureau', `索引号：11370700MB1234567X/2024-00012\n发布机构：潍坊市水利局\n成文日期：2024-02-02\n2023年法治政府建设工作报告\n2023年，我局坚持依法治水。${WORK}`,
    m('潍坊市水利局', '潍坊市', '水利', 2023)],
  ['the author only in the first sentence', `2022年度法治政府建设情况报告\n2022年，南宁市审计局坚持以习近平法治思想为指导，依法履行审计监督职责。${WORK}`,
    m('南宁市审计局', '南宁市', '审计', 2022)],
  ['the author only in the signature, a county bureau', `2023年度法治政府建设工作报告\n2023年，我局认真贯彻落实上级部署，扎实推进依法行政。${WORK}\n\n安岳县统计局\n2024年1月26日`,
    m('安岳县统计局', '安岳县', '统计', 2023)],
  ['a 关于…的报告 title of a city government', `关于柳州市2023年法治政府建设情况的报告\n2023年，市人民政府坚持依法行政。${WORK}`, m('柳州市人民政府', '柳州市', '市政府', 2023)],
  ['a 工作总结 title of a town', `大营镇2022年法治建设工作总结\n2022年，我镇坚持依法行政。${WORK}`, m('大营镇人民政府', '大营镇', '乡镇政府', 2022)],
  ['a title over two lines', `绵阳市住房和城乡建设委员会\n2023年度法治政府建设情况报告\n2023年，我委坚持依法行政。${WORK}`,
    m('绵阳市住房和城乡建设委员会', '绵阳市', '住房城乡建设', 2023)],
  ['an addressee line of a county’s government before a bureau’s report', `富顺县林业局2023年度法治政府建设工作情况报告\n县委依法治县办、县人民政府：\n2023年，我局坚持依法行政。${WORK}`,
    m('富顺县林业局', '富顺县', '林业', 2023)],
  ['a joint letterhead of a street’s working committee and office', `中共城北街道工作委员会　城北街道办事处\n关于2023年度法治政府建设情况的报告\n2023年，我街道坚持依法行政。${WORK}`,
    m('城北街道办事处', '城北街道', '街道', 2023)],
  ['a city bureau abbreviated, the city in the addressee', `市医保局2023年度法治政府建设情况报告\n德阳市人民政府：\n2023年，我局坚持依法行政。${WORK}`,
    m('德阳市医疗保障局', '德阳市', '医疗保障', 2023)],
  ['a province’s department in traditional script', `四川省司法廳2022年度法治政府建設情況報告\n2022年，我廳堅持依法行政。${WORK_T}`, m('四川省司法厅', '四川省', '司法行政', 2022)],
  ['a national bureau under a ministry', `国家铁路局2023年法治政府建设年度报告\n2023年，国家铁路局坚持依法行政。${WORK}`, m('国家铁路局', null, '交通', 2023)],
  // years
  ['the year in Chinese numerals in the title only', `泸州市农业农村局二〇二二年法治政府建设工作报告\n一年来，我局坚持依法行政。${WORK}`, m('泸州市农业农村局', '泸州市', '农业农村', 2022)],
  ['a 年度 title and a publication date of the next year', `发布日期：2024年02月18日\n玉溪市自然资源局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`,
    m('玉溪市自然资源局', '玉溪市', '自然资源', 2023)],
  ['no year in the title, 今年 in the lead and a January signature', `法治政府建设工作情况报告\n今年以来，蒙自市市场监督管理局坚持依法行政。${WORK}\n\n蒙自市市场监督管理局\n2023年12月28日`,
    m('蒙自市市场监督管理局', '蒙自市', '市场监管', 2023)],
  ['a two-year span in a work report title', `保定市商务局2023—2024年度法治政府建设工作报告\n2024年，我局坚持依法行政。${WORK}`, m('保定市商务局', '保定市', '商务', 2024)],
  ['a 十四五 span beside the year', `邢台市应急管理局2022年法治政府建设年度报告\n2022年是“十四五”规划（2021—2025年）实施的关键之年，我局坚持依法行政。${WORK}`,
    m('邢台市应急管理局', '邢台市', '应急管理', 2022)],
  ['a year of 2020 with an earlier year named', `自贡市退役军人事务局2020年度法治政府建设工作报告\n2020年，我局在2019年工作基础上，坚持依法行政。${WORK}`,
    m('自贡市退役军人事务局', '自贡市', '退役军人事务', 2020)],
]
