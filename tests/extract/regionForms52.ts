/**
 * Openings for ./regionForms52.test.ts (region52), weighted to the REGION chain of towns, 乡, 民族乡, 苏木 and streets where the chain
 * is stated once and apart from the author's name: the title naming only the town, a 位于/地处/隶属/辖/系 sentence, a 发布机构/来源 row or
 * the page's site name, an addressee line, a 根据/按照 X县委… clause beside 我镇/我街道/我乡, the county's plan or deployment the town
 * carries out, and county-level places whose stems run to three characters or more (沙坪坝区, 克什克腾旗, 托克托县), which the
 * extractor knows by no list. Each opening is invented (real kinds of organ and place, made-up wording and figures); none is a
 * corpus item's text. Kinds of author (zones, banners, municipalities' districts, names holding level characters, namesakes, years):
 * ./regionForms52Kinds.ts.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { chrome, lead, own } from './regionForms50'

export const TOWN = '乡镇政府'
export const STREET = '街道'
export const GOV = '区县政府'
/** An addressee line over a lead. */
export const to = (title: string, addressee: string, first: string) => `${title}\n${addressee}\n${first}${WORK}`

/** The title names the town alone, and nothing else in the opening places it. */
const BARE: [string, string, Meta][] = [
  ['a bare town title, 我镇 in the lead', own('新塘镇2023年度法治政府建设工作报告', '我镇'), m('新塘镇人民政府', '新塘镇', TOWN, 2023)],
  ['a bare street title after 关于', own('关于五里墩街道2022年法治政府建设情况的报告', '街道', 2022), m('五里墩街道办事处', '五里墩街道', STREET, 2022)],
  ['a bare 乡 title with its government', own('白石乡人民政府2024年法治政府建设年度报告', '我乡', 2024), m('白石乡人民政府', '白石乡', TOWN, 2024)],
  ['a bare 回族乡 title', own('沙溪回族乡2023年度法治建设工作总结', '我乡'), m('沙溪回族乡人民政府', '沙溪回族乡', TOWN, 2023)],
  ['a bare 苏木 title', own('塔拉苏木2023年度法治政府建设情况', '我苏木'), m('塔拉苏木人民政府', '塔拉苏木', TOWN, 2023)],
  ['a bare town title whose lead names only 全县', lead('清水镇2023年法治政府建设工作报告', '2023年，我镇在全县法治政府建设考评中位列前茅，坚持依法行政。'), m('清水镇人民政府', '清水镇', TOWN, 2023)],
  ['a bare street title led by an unnamed district', lead('向阳街道2023年度法治政府建设工作报告', '2023年，在区委、区政府的正确领导下，街道坚持依法行政。'), m('向阳街道办事处', '向阳街道', STREET, 2023)],
  ['a bare town title with its party committee first', own('中共马桥镇委员会　马桥镇人民政府\n关于2023年度法治政府建设工作情况的报告', '镇党委、镇政府'), m('马桥镇人民政府', '马桥镇', TOWN, 2023)],
]

/** A sentence of the author's own says where it lies, or counts its villages under its county. */
const SENTENCE: [string, string, Meta][] = [
  ['a town placed 位于 a province, city and county', lead('金石桥镇2023年度法治政府建设工作报告', '我镇位于湖南省邵阳市隆回县北部，2023年，我镇坚持依法行政。'), m('金石桥镇人民政府', '湖南省邵阳市隆回县金石桥镇', TOWN, 2023)],
  ['a town placed 地处 a county-level city\'s middle', lead('周巷镇人民政府2023年法治政府建设情况报告', '周巷镇地处慈溪市中部，2023年，我镇坚持依法行政。'), m('周巷镇人民政府', '慈溪市周巷镇', TOWN, 2023)],
  ['a town placed 坐落于 its county', lead('2023年度法治政府建设工作报告', '三溪镇坐落于华容县西南部，2023年，我镇坚持依法行政。'), m('三溪镇人民政府', '华容县三溪镇', TOWN, 2023)],
  ['a town placed 坐落在 its county', lead('桃源镇2023年度法治政府建设工作报告', '桃源镇坐落在永春县东北部，2023年，我镇坚持依法行政。'), m('桃源镇人民政府', '永春县桃源镇', TOWN, 2023)],
  ['a town that says it is a town under its county (系…辖镇)', lead('高坪镇2023年法治政府建设工作报告', '高坪镇系营山县辖镇，2023年，我镇坚持依法行政。'), m('高坪镇人民政府', '营山县高坪镇', TOWN, 2023)],
  ['a town that says its county governs it (为X县所辖)', lead('2023年度法治政府建设情况报告', '东坝镇为来凤县所辖，辖18个行政村。2023年，我镇坚持依法行政。'), m('东坝镇人民政府', '来凤县东坝镇', TOWN, 2023)],
  ['a town that says it is one of its county\'s towns (下辖的一个镇)', lead('和平镇2023年度法治政府建设工作报告', '和平镇是邵武市下辖的一个镇，2023年，我镇坚持依法行政。'), m('和平镇人民政府', '邵武市和平镇', TOWN, 2023)],
  ['a township that says it belongs to its county (属)', lead('2023年度法治政府建设工作报告', '我乡属阜平县，2023年，大台乡坚持依法行政。'), m('大台乡人民政府', '阜平县大台乡', TOWN, 2023)],
  ['a town placed 位于 a three-character county', lead('2023年度法治政府建设工作报告', '五家户镇位于托克托县东部，2023年，我镇坚持依法行政。'), m('五家户镇人民政府', '托克托县五家户镇', TOWN, 2023)],
  ['a street placed 位于 a three-character district', lead('石井坡街道2023年度法治政府建设情况报告', '石井坡街道位于沙坪坝区北部，2023年，街道坚持依法行政。'), m('石井坡街道办事处', '沙坪坝区石井坡街道', STREET, 2023)],
  ['a town placed 地处 its county\'s seat\'s east', lead('黄沙镇人民政府2023年度法治政府建设工作报告', '黄沙镇地处祁东县城东15公里，2023年，我镇坚持依法行政。'), m('黄沙镇人民政府', '祁东县黄沙镇', TOWN, 2023)],
  ['a town lying between two counties, its own named first', lead('2023年度法治政府建设工作报告', '石门坎镇位于威宁县西北部，与云南省彝良县接壤。2023年，我镇坚持依法行政。'), m('石门坎镇人民政府', '威宁县石门坎镇', TOWN, 2023)],
  ['a street placed 位于 its county-level city\'s urban core', lead('稠城街道2024年度法治政府建设工作报告', '稠城街道位于义乌市中心城区，2024年，街道坚持依法行政。'), m('稠城街道办事处', '义乌市稠城街道', STREET, 2024)],
  ['a town that is its county\'s largest by area', lead('2023年度法治政府建设情况报告', '大坪乡是平利县面积最大的乡，2023年，我乡坚持依法行政。'), m('大坪乡人民政府', '平利县大坪乡', TOWN, 2023)],
  ['a town placed by its county\'s gate', lead('正安镇人民政府2023年度法治政府建设工作报告', '正安镇是荣县的北大门，2023年，我镇坚持依法行政。'), m('正安镇人民政府', '荣县正安镇', TOWN, 2023)],
  ['a town that says it lies in its city and county-level city', lead('2023年度法治政府建设工作报告', '塘栖镇位于杭州市临平区北部，2023年，我镇坚持依法行政。'), m('塘栖镇人民政府', '杭州市临平区塘栖镇', TOWN, 2023)],
  ['a 苏木 placed 位于 its league and banner', lead('阿拉坦合力苏木2023年度法治政府建设工作报告', '阿拉坦合力苏木位于锡林郭勒盟东乌珠穆沁旗南部，2023年，我苏木坚持依法行政。'), m('阿拉坦合力苏木人民政府', '锡林郭勒盟东乌珠穆沁旗阿拉坦合力苏木', TOWN, 2023)],
  ['a town that only counts its villages (辖)', lead('石塘镇人民政府2023年度法治政府建设工作报告', '石塘镇辖21个行政村、1个居委会，2023年，我镇坚持依法行政。'), m('石塘镇人民政府', '石塘镇', TOWN, 2023)],
  ['near miss: a project 位于 another county', lead('2023年度法治政府建设工作报告', '2023年，凤山镇坚持依法行政，协助位于东兰县的水电项目完成征地。'), m('凤山镇人民政府', '凤山镇', TOWN, 2023)],
]

/** A 发布机构/来源/发布单位 row or the page's site name places the town (a bare 来源 place adds nothing, the r50 ruling). */
const CHROME: [string, string, Meta][] = [
  ['a 发布单位 row writing county and town over a bare title', chrome('发布单位：永泰县嵩口镇　发布时间：2024-01-19', '2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。'), m('嵩口镇人民政府', '永泰县嵩口镇', TOWN, 2023)],
  ['a 信息来源 row of the town\'s government with its county', chrome('信息来源：浦江县黄宅镇人民政府', '关于2023年度法治政府建设情况的报告', '2023年，我镇坚持依法行政。'), m('黄宅镇人民政府', '浦江县黄宅镇', TOWN, 2023)],
  ['a page title ending in the county\'s portal', chrome('上河镇2023年法治政府建设年度报告_汉阴县人民政府门户网站', '上河镇2023年法治政府建设年度报告', '2023年，我镇坚持依法行政。'), m('上河镇人民政府', '汉阴县上河镇', TOWN, 2023)],
  ['a page title ending in the county\'s government', chrome('中坝镇2023年度法治政府建设工作报告-秀山县人民政府', '中坝镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。'), m('中坝镇人民政府', '秀山县中坝镇', TOWN, 2023)],
  ['a 来源 row naming the district\'s government over a street', chrome('来源：江北区人民政府　发布时间：2024-02-02', '观音桥街道2023年度法治政府建设情况报告', '2023年，街道坚持依法行政。'), m('观音桥街道办事处', '江北区观音桥街道', STREET, 2023)],
  ['a 发布机构 row naming the town with a three-character county', chrome('发布机构：克什克腾旗经棚镇', '2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。'), m('经棚镇人民政府', '克什克腾旗经棚镇', TOWN, 2023)],
  ['a site banner of the county over a town\'s title', chrome('罗田县人民政府网', '九资河镇2023年法治政府建设工作报告', '2023年，我镇坚持依法行政。'), m('九资河镇人民政府', '罗田县九资河镇', TOWN, 2023)],
  ['a breadcrumb naming its county\'s portal', chrome('当前位置：首页 > 嘉善县人民政府门户网站 > 镇（街道）信息公开 > 姚庄镇', '姚庄镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。'), m('姚庄镇人民政府', '嘉善县姚庄镇', TOWN, 2023)],
  ['near miss: a 来源 row naming a county alone', chrome('来源：屏南县　浏览次数：82', '甘棠乡2023年度法治政府建设工作报告', '2023年，我乡坚持依法行政。'), m('甘棠乡人民政府', '甘棠乡', TOWN, 2023)],
  ['near miss: a 来源 row of a county\'s newspaper', chrome('来源：建德日报', '梅城镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。'), m('梅城镇人民政府', '梅城镇', TOWN, 2023)],
]

/** An addressee line names the county-level government or party committee the town reports to. */
const ADDRESSED: [string, string, Meta][] = [
  ['a town named in its title addressing its county', to('灰汤镇关于2023年度法治政府建设情况的报告', '宁乡市委、市人民政府：', '2023年，我镇坚持依法行政。'), m('灰汤镇人民政府', '宁乡市灰汤镇', TOWN, 2023)],
  ['a township addressing its county\'s rule-of-law office', to('坪坝乡2023年度法治政府建设工作报告', '中共天柱县委全面依法治县委员会办公室：', '2023年，我乡坚持依法行政。'), m('坪坝乡人民政府', '天柱县坪坝乡', TOWN, 2023)],
  ['a street addressing a three-character district', to('土湾街道2023年法治政府建设情况报告', '沙坪坝区委、区政府：', '2023年，街道坚持依法行政。'), m('土湾街道办事处', '沙坪坝区土湾街道', STREET, 2023)],
  ['a street addressing a three-character district\'s government only', to('杨家坪街道关于2023年度法治政府建设情况的报告', '九龙坡区人民政府：', '2023年，街道坚持依法行政。'), m('杨家坪街道办事处', '九龙坡区杨家坪街道', STREET, 2023)],
  ['a 苏木 addressing a four-character banner', to('宝日格斯台苏木2023年度法治政府建设工作报告', '西乌珠穆沁旗委、旗政府：', '2023年，我苏木坚持依法行政。'), m('宝日格斯台苏木人民政府', '西乌珠穆沁旗宝日格斯台苏木', TOWN, 2023)],
  ['a town addressing its county with its city before it', to('太平镇2023年度法治政府建设工作报告', '中共六安市霍山县委、霍山县人民政府：', '2023年，我镇坚持依法行政。'), m('太平镇人民政府', '六安市霍山县太平镇', TOWN, 2023)],
  ['a town addressing its county\'s government office', to('铁佛寺镇2023年法治政府建设情况报告', '邓州市人民政府办公室：', '2023年，我镇坚持依法行政。'), m('铁佛寺镇人民政府', '邓州市铁佛寺镇', TOWN, 2023)],
  ['a town addressing an unnamed county', to('双河镇2023年度法治政府建设工作报告', '县委、县政府：', '2023年，我镇坚持依法行政。'), m('双河镇人民政府', '双河镇', TOWN, 2023)],
  ['a town addressing an autonomous county', to('龙塘镇2023年度法治政府建设情况报告', '玉屏侗族自治县人民政府：', '2023年，我镇坚持依法行政。'), m('龙塘镇人民政府', '玉屏侗族自治县龙塘镇', TOWN, 2023)],
]

/** 我镇/我街道/我乡 with the county named once in a clause of its committee's or government's plan, deployment or lead. */
const WE: [string, string, Meta][] = [
  ['我镇 following its county\'s committee\'s deployment', lead('花桥镇2023年度法治政府建设工作报告', '2023年，根据咸丰县委、县政府的统一部署，我镇坚持依法行政。'), m('花桥镇人民政府', '咸丰县花桥镇', TOWN, 2023)],
  ['我街道 led by a three-character district\'s committee', lead('童家桥街道2023年度法治政府建设工作报告', '2023年，在沙坪坝区委、区政府的坚强领导下，我街道坚持依法行政。'), m('童家桥街道办事处', '沙坪坝区童家桥街道', STREET, 2023)],
  ['我镇 led by a three-character county\'s committee', lead('新营子镇2023年度法治政府建设工作报告', '2023年，在托克托县委、县政府的正确领导下，我镇坚持依法行政。'), m('新营子镇人民政府', '托克托县新营子镇', TOWN, 2023)],
  ['我苏木 led by a three-character banner\'s committee', lead('巴彦查干苏木2023年度法治政府建设工作报告', '2023年，在四子王旗委、旗政府的坚强领导下，我苏木坚持依法行政。'), m('巴彦查干苏木人民政府', '四子王旗巴彦查干苏木', TOWN, 2023)],
  ['我乡 following its county\'s rule-of-law committee\'s notice', lead('龙潭乡2023年法治政府建设工作报告', '2023年，根据中共秀山县委全面依法治县委员会的通知要求，我乡坚持依法行政。'), m('龙潭乡人民政府', '秀山县龙潭乡', TOWN, 2023)],
  ['我镇 under its county\'s guidance (在…指导下)', lead('2023年度法治政府建设工作报告', '2023年，在陇县县委、县政府的指导下，八渡镇坚持依法行政。'), m('八渡镇人民政府', '陇县八渡镇', TOWN, 2023)],
  ['我镇 following its county-level city\'s arrangement', lead('马岙镇2023年度法治政府建设工作报告', '2023年，按照岱山县政府的工作安排，我镇坚持依法行政。'), m('马岙镇人民政府', '岱山县马岙镇', TOWN, 2023)],
  ['我街道 following its district\'s committee\'s arrangement, the city before it', lead('狮山街道2023年度法治政府建设工作报告', '2023年，按照苏州市虎丘区委、区政府的部署要求，我街道坚持依法行政。'), m('狮山街道办事处', '苏州市虎丘区狮山街道', STREET, 2023)],
  ['我镇 whose county is named once as the body it reports to (向X县…报告)', lead('东城镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政，每半年向蒙城县委、县政府报告一次法治建设情况。'), m('东城镇人民政府', '蒙城县东城镇', TOWN, 2023)],
  ['我镇 with the county named once in a 县委…部署 clause of four characters', lead('2023年度法治政府建设工作报告', '2023年，根据和林格尔县委、县政府部署，我镇坚持依法行政，盛乐镇法治建设取得新进展。'), m('盛乐镇人民政府', '和林格尔县盛乐镇', TOWN, 2023)],
  ['near miss: 我镇 learning from another county', lead('长坪镇2023年度法治政府建设工作报告', '2023年，我镇赴宣恩县学习法治乡镇创建经验，坚持依法行政。'), m('长坪镇人民政府', '长坪镇', TOWN, 2023)],
  ['near miss: 我街道 signing with another district\'s committee', lead('东湖街道2023年度法治政府建设工作报告', '2023年，我街道与九龙坡区委政法委签订共建协议，坚持依法行政。'), m('东湖街道办事处', '东湖街道', STREET, 2023)],
]

/** A town carries out its county's plan, points or campaign (the county's own document, or its plan named without 《》). */
const CARRIES_OUT: [string, string, Meta][] = [
  ['a town carrying out its county\'s plan in 《》', lead('长安镇2023年度法治政府建设工作报告', '2023年，我镇认真落实《融安县法治政府建设实施方案（2021—2025年）》，坚持依法行政。'), m('长安镇人民政府', '融安县长安镇', TOWN, 2023)],
  ['a town carrying out its three-character district\'s points', lead('童家院子街道2023年度法治政府建设情况报告', '2023年，街道对照《大渡口区2023年法治政府建设工作要点》，坚持依法行政。'), m('童家院子街道办事处', '大渡口区童家院子街道', STREET, 2023)],
  ['a town carrying out its county\'s points after its city', lead('2023年度法治政府建设工作报告', '2023年，洪溪镇按照《台州市路桥区2023年度法治政府建设工作要点》，坚持依法行政。'), m('洪溪镇人民政府', '台州市路桥区洪溪镇', TOWN, 2023)],
  ['a town carrying out its county\'s requirement (围绕…要求)', lead('岳山镇2023年法治政府建设工作报告', '2023年，我镇围绕鄱阳县法治政府建设的总体要求，坚持依法行政。'), m('岳山镇人民政府', '鄱阳县岳山镇', TOWN, 2023)],
  ['a town carrying out its county\'s deployment (贯彻…部署)', lead('2023年度法治政府建设工作报告', '2023年，大营镇全面贯彻定边县法治建设各项部署，坚持依法行政。'), m('大营镇人民政府', '定边县大营镇', TOWN, 2023)],
  ['a town in its county\'s campaign (参与X县…创建)', lead('黄桥镇2023年度法治政府建设工作报告', '2023年，我镇积极参与泰兴市法治政府示范创建，坚持依法行政。'), m('黄桥镇人民政府', '泰兴市黄桥镇', TOWN, 2023)],
  ['a town carrying out its county\'s notice (转发X县…通知)', lead('泗溪镇2023年度法治政府建设工作报告', '2023年，我镇转发《泰顺县人民政府办公室关于加强行政执法监督的通知》，坚持依法行政。'), m('泗溪镇人民政府', '泰顺县泗溪镇', TOWN, 2023)],
  ['near miss: a town citing a city\'s plan', lead('孔村镇2023年度法治政府建设工作报告', '2023年，我镇认真落实《济南市法治政府建设实施方案》，坚持依法行政。'), m('孔村镇人民政府', '孔村镇', TOWN, 2023)],
]

export const CASES_52: [string, string, Meta][] = [...BARE, ...SENTENCE, ...CHROME, ...ADDRESSED, ...WE, ...CARRIES_OUT]
