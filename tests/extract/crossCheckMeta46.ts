/**
 * Cross-check of round 46's metadata (2026-12-06): openings written before round 46's metadata probes were merged, by someone who
 * had not read them, so that what those rules read here measures how far they generalise. The author forms the issue names (a
 * town's or street's title, a 发布机构 line, fragments ending in an organ word, an addressee line, a joint letterhead, an abbreviated
 * bureau, a ministry, no title line) and the years around them, at every level and in both scripts. Invented wording; real kinds
 * of organ and place.
 */
import { m, WORK, WORK_T, type Meta } from './metaForms41Kinds'

export const CROSS_META_46: [string, string, Meta][] = [
  // towns and streets by their titles
  ['a town titled bare with its year', `柳溪镇2024年法治政府建设工作报告\n2024年，我镇坚持依法行政。${WORK}`, m('柳溪镇人民政府', '柳溪镇', '乡镇政府', 2024)],
  ['a township titled with 人民政府 and 年度', `青山乡人民政府2023年度法治政府建设情况报告\n一年来，我乡深入推进依法行政。${WORK}`, m('青山乡人民政府', '青山乡', '乡镇政府', 2023)],
  ['a street titled with 办事处', `南门街道办事处关于2022年度法治政府建设工作情况的报告\n2022年，南门街道坚持依法履职。${WORK}`, m('南门街道办事处', '南门街道', '街道', 2022)],
  ['a street titled bare', `沙湾街道2023年法治建设工作总结\n今年以来，我街道坚持依法行政。${WORK}`, m('沙湾街道办事处', '沙湾街道', '街道', 2023)],
  ['a town under its county in the title', `宁远县清水桥镇2023年度法治政府建设情况报告\n2023年，我镇坚持依法行政。${WORK}`, m('清水桥镇人民政府', '宁远县清水桥镇', '乡镇政府', 2023)],
  ['a town in traditional script', `白石鎮2023年度法治政府建設工作報告\n2023年，我鎮堅持依法行政。${WORK_T}`, m('白石镇人民政府', '白石镇', '乡镇政府', 2023)],
  // page lines
  ['a 发布机构 line names the bureau above a bare title', `发布机构：临湘市农业农村局\n发布日期：2024-01-30\n2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`,
    m('临湘市农业农村局', '临湘市', '农业农村', 2023)],
  ['a 来源 line names the government', `来源：武冈市人民政府办公室　发布时间：2024-02-05\n武冈市2023年法治政府建设年度报告\n2023年，全市坚持依法行政。${WORK}`,
    m('武冈市人民政府', '武冈市', '区县政府', 2023)],
  ['a 发布单位 line of a county bureau', `发布单位：攸县应急管理局\n攸县应急管理局2022年法治政府建设工作报告\n2022年，我局坚持依法行政。${WORK}`,
    m('攸县应急管理局', '攸县', '应急管理', 2022)],
  // fragments that end in an organ word
  ['a fragment ending in 厅 after people attended', `平江县应急管理局2023年度法治政府建设工作报告\n2023年，我局选派12名执法人员参加省应急管理厅举办的执法培训。${WORK}`,
    m('平江县应急管理局', '平江县', '应急管理', 2023)],
  ['a fragment ending in 中心 in the first sentence', `2023年法治政府建设工作报告\n2023年，石门县交通运输局建成县级农村物流中心，推进依法行政。${WORK}`,
    m('石门县交通运输局', '石门县', '交通', 2023)],
  ['a fragment ending in 委员会 in the body', `安仁县司法局2023年度法治政府建设工作报告\n2023年，我局指导各乡镇人民调解委员会调解纠纷。${WORK}`,
    m('安仁县司法局', '安仁县', '司法行政', 2023)],
  // addressees and letterheads
  ['an addressee line of a city’s committee and government', `汨罗市自然资源局2023年度法治政府建设情况报告\n汨罗市委、汨罗市人民政府：\n2023年，我局坚持依法行政。${WORK}`,
    m('汨罗市自然资源局', '汨罗市', '自然资源', 2023)],
  ['an addressee line before a town’s signed report', `关于2023年度法治政府建设情况的报告\n中共新化县委、新化县人民政府：\n2023年，我镇坚持依法行政。${WORK}\n\n琅塘镇人民政府\n2024年1月12日`,
    m('琅塘镇人民政府', '新化县琅塘镇', '乡镇政府', 2023)],
  ['a joint letterhead of a town’s party committee and government', `中共龙潭镇委员会　龙潭镇人民政府\n关于2023年度法治政府建设工作情况的报告\n2023年，我镇坚持依法行政。${WORK}`,
    m('龙潭镇人民政府', '龙潭镇', '乡镇政府', 2023)],
  ['a joint letterhead of a county’s committee and government', `中共桑植县委　桑植县人民政府\n关于2022年度法治政府建设情况的报告\n省委、省政府：\n2022年，我县坚持依法行政。${WORK}`,
    m('桑植县人民政府', '桑植县', '区县政府', 2022)],
  // abbreviations expanded with the place the text names
  ['市市场监管局 with its city in the lead', `市市场监管局2023年度法治政府建设工作报告\n2023年，衡阳市市场监管局坚持依法监管。${WORK}`,
    m('衡阳市市场监督管理局', '衡阳市', '市场监管', 2023)],
  ['县人社局 with its county in the addressee', `县人社局2023年法治政府建设情况报告\n祁东县人民政府：\n2023年，我局坚持依法行政。${WORK}`,
    m('祁东县人力资源和社会保障局', '祁东县', '人力资源社会保障', 2023)],
  // ministries and provinces
  ['a ministry titled', `司法部2023年法治政府建设年度报告\n2023年，司法部坚持以习近平法治思想为指导，全面推进依法行政。${WORK}`, m('司法部', null, '司法行政', 2023)],
  ['a national administration titled', `国家药品监督管理局2022年法治政府建设年度报告\n2022年，国家药监局坚持依法监管。${WORK}`, m('国家药品监督管理局', null, '市场监管', 2022)],
  ['a ministry signed, no title', `2023年，我部坚持依法行政，推进各项工作法治化。${WORK}\n\n生态环境部\n2024年3月20日`, m('生态环境部', null, '生态环境', 2023)],
  ['a province’s department, traditional', `廣東省衛生健康委員會2023年度法治政府建設情況報告\n2023年，我委堅持依法行政。${WORK_T}`,
    m('广东省卫生健康委员会', '广东省', '卫生健康', 2023)],
  ['a province’s bureau under its department', `湖南省林业局2022年度法治政府建设工作报告\n2022年，省林业局坚持依法治林。${WORK}`, m('湖南省林业局', '湖南省', '林业', 2022)],
  // no title line
  ['no title: the first sentence names the county bureau', `今年以来，桃江县水利局深入推进依法行政，现将2023年法治政府建设情况报告如下。${WORK}`,
    m('桃江县水利局', '桃江县', '水利', 2023)],
  ['no title: a heading first, the signature last', `一、2023年推进法治政府建设的主要举措\n我局坚持依法行政。${WORK}\n\n溆浦县市场监督管理局\n2024年1月18日`,
    m('溆浦县市场监督管理局', '溆浦县', '市场监管', 2023)],
  ['no title: a city government’s lead', `2022年，岳阳市人民政府坚持以习近平法治思想为指导，全面推进法治政府建设。${WORK}`, m('岳阳市人民政府', '岳阳市', '市政府', 2022)],
  // county governments
  ['a county government titled with 关于', `关于炎陵县2023年度法治政府建设情况的报告\n2023年，县人民政府坚持依法行政。${WORK}`, m('炎陵县人民政府', '炎陵县', '区县政府', 2023)],
  ['a district government signed, its city in the addressee', `2023年度法治政府建设情况报告\n株洲市人民政府：\n2023年，我区坚持依法行政。${WORK}\n\n株洲市荷塘区人民政府\n2024年1月25日`,
    m('荷塘区人民政府', '株洲市荷塘区', '区县政府', 2023)],
  ['a county-level city government, traditional', `醴陵市人民政府2023年度法治政府建設情況報告\n2023年，我市堅持依法行政。${WORK_T}`, m('醴陵市人民政府', '醴陵市', '区县政府', 2023)],
  // harder kinds: vertical agencies, zones, the corps, committees and offices
  ['a county tax bureau under the national administration', `国家税务总局汝城县税务局2023年度法治政府建设情况报告\n2023年，我局坚持依法治税。${WORK}`,
    m('汝城县税务局', '汝城县', '税务', 2023)],
  ['a customs office', `长沙海关2022年法治政府建设年度报告\n2022年，长沙海关坚持依法把关。${WORK}`, m('长沙海关', '长沙市', '海关', 2022)],
  ['a city fire rescue detachment', `郴州市消防救援支队2023年度法治建设工作报告\n2023年，支队坚持依法履职。${WORK}`, m('郴州市消防救援支队', '郴州市', '消防救援', 2023)],
  ['a high-tech zone’s committee', `益阳高新技术产业开发区管理委员会2023年度法治政府建设工作报告\n2023年，高新区坚持依法行政。${WORK}`,
    m('益阳高新技术产业开发区管理委员会', '益阳高新技术产业开发区', '区县政府', 2023)],
  ['a corps division’s city', `新疆生产建设兵团第八师石河子市2023年度法治政府建设情况报告\n2023年，师市坚持依法行政。${WORK}`,
    m('石河子市人民政府', '石河子市', '区县政府', 2023)],
  ['a county’s rule-of-law office, a party body (no author: the corpus README’s ruling)', `中共慈利县委全面依法治县委员会办公室2023年度法治建设工作报告\n2023年，县委依法治县办统筹推进法治建设。${WORK}`,
    m(null, null, null, 2023)],
  ['a city’s meteorological bureau signed', `法治政府建设年度报告\n2023年，我局坚持依法发展气象事业。${WORK}\n\n永州市气象局\n2024年1月20日`, m('永州市气象局', '永州市', '气象', 2023)],
  ['a city bureau, its district’s branch in the lead', `怀化市生态环境局2023年度法治政府建设工作报告\n2023年，我局及鹤城分局坚持依法治污。${WORK}`, m('怀化市生态环境局', '怀化市', '生态环境', 2023)],
  ['a county bureau whose 县 is one character', `沅县文化旅游广电体育局2022年度法治政府建设工作报告\n2022年，我局坚持依法行政。${WORK}`, m('沅县文化旅游广电体育局', '沅县', '文化旅游', 2022)],
  ['a town whose report says 本镇 and names a village', `塘湾镇2023年度法治政府建设工作报告\n2023年，本镇指导青林村修订村规民约。${WORK}`, m('塘湾镇人民政府', '塘湾镇', '乡镇政府', 2023)],
  // years
  ['the year written in Chinese numerals', `浏阳市司法局二〇二三年度法治政府建设工作报告\n二〇二三年，我局坚持依法行政。${WORK}`, m('浏阳市司法局', '浏阳市', '司法行政', 2023)],
  ['the year only in the lead, a publication line of the next year', `发布时间：2025-01-15\n宁乡市商务局法治政府建设工作报告\n2024年，我局坚持依法行政。${WORK}`, m('宁乡市商务局', '宁乡市', '商务', 2024)],
  ['the year only in a signature of January', `法治政府建设年度报告\n一年来，韶山市教育局坚持依法治教。${WORK}\n\n韶山市教育局\n2025年1月9日`, m('韶山市教育局', '韶山市', '教育', 2024)],
  ['a plan year after the summary’s', `湘乡市财政局2023年法治政府建设工作总结及2024年工作计划\n2023年，我局坚持依法理财。${WORK}`, m('湘乡市财政局', '湘乡市', '财政', 2023)],
  ['a year span in the plan title beside the report year', `耒阳市卫生健康局2023年度法治政府建设情况报告\n2023年，我局贯彻《法治政府建设实施纲要（2021—2025年）》，坚持依法行政。${WORK}`,
    m('耒阳市卫生健康局', '耒阳市', '卫生健康', 2023)],
  ['a county bureau of the year 2019', `常宁市民政局2019年度法治政府建设工作报告\n2019年，我局坚持依法行政。${WORK}`, m('常宁市民政局', '常宁市', '民政', 2019)],
  ['a street of the year 2025', `北湖街道2025年度法治政府建设工作报告\n2025年，我街道坚持依法行政。${WORK}`, m('北湖街道办事处', '北湖街道', '街道', 2025)],
]
