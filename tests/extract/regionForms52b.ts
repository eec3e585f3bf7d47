/**
 * The second batch for ./regionForms52.test.ts (region52), written after the batch's rules were committed and run once before any
 * further rule: the ruled forms in new wording (a county-level governing body of three characters or more, a town's own 坐落在/系/为…所辖/
 * 归…管辖/…大门 sentence, 位于 a league's or prefecture's banner or county, a page title joined to its county's site by _) and near
 * misses beside them (a clause that runs into a level's body, a partner's body, an area that is no county). Invented wording.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { chrome, lead, own } from './regionForms50'
import { STREET, to, TOWN } from './regionForms52'
import { toTraditional as T } from './traditional'

/** A county-level body of a stem of three or more, named as the one the town answers to. */
const LONG_BODIES: [string, string, Meta][] = [
  ['b: a street under 中共X区委员会 of a three-character district', lead('2023年度法治政府建设工作报告', '2023年，在中共大渡口区委员会的坚强领导下，跃进村街道坚持依法行政。'), m('跃进村街道办事处', '大渡口区跃进村街道', STREET, 2023)],
  ['b: a town addressing a three-character county\'s government office', to('哈素乡2023年度法治政府建设工作报告', '托克托县人民政府办公室：', '2023年，我乡坚持依法行政。'), m('哈素乡人民政府', '托克托县哈素乡', TOWN, 2023)],
  ['b: a town addressing a three-character banner\'s committee and government', to('天义镇2023年度法治政府建设情况报告', '翁牛特旗委、旗人民政府：', '2023年，我镇坚持依法行政。'), m('天义镇人民政府', '翁牛特旗天义镇', TOWN, 2023)],
  ['b: a 来源 row of a five-character banner\'s government', chrome('来源：科尔沁左翼后旗人民政府　发布时间：2024-01-25', '甘旗卡镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。'), m('甘旗卡镇人民政府', '科尔沁左翼后旗甘旗卡镇', TOWN, 2023)],
  ['b: a street guided by a three-character district\'s rule-of-law office', lead('八角街道2023年度法治政府建设工作报告', '2023年，在石景山区委依法治区办的指导下，街道坚持依法行政。'), m('八角街道办事处', '石景山区八角街道', STREET, 2023)],
  ['b: a town led by a three-character county with its city before it', lead('古城镇2023年度法治政府建设工作报告', '2023年，在呼和浩特市托克托县委、县政府的正确领导下，我镇坚持依法行政。'), m('古城镇人民政府', '呼和浩特市托克托县古城镇', TOWN, 2023)],
  ['b: a 旗X局 led by a three-character banner', lead('旗司法局2023年度法治政府建设工作报告', '2023年，在准格尔旗委、旗政府的坚强领导下，我局坚持依法行政。'), m('准格尔旗司法局', '准格尔旗', '司法行政', 2023)],
  ['b: a 区X局 addressing its three-character district', to('区城市管理局2023年度法治政府建设工作报告', '沙坪坝区人民政府：', '2023年，我局坚持依法行政。'), m('沙坪坝区城市管理局', '沙坪坝区', '城市管理', 2023)],
  ['b: a street following a three-character district\'s deployment', lead('渝州路街道2023年度法治政府建设工作报告', '2023年，根据九龙坡区委、区政府的工作部署，街道坚持依法行政。'), m('渝州路街道办事处', '九龙坡区渝州路街道', STREET, 2023)],
  ['b: traditional: a town addressing a three-character banner', T(to('大沁他拉镇2023年度法治政府建设工作报告', '奈曼旗委、旗政府：', '2023年，我镇坚持依法行政。')), m('大沁他拉镇人民政府', '奈曼旗大沁他拉镇', TOWN, 2023)],
  ['b: near miss: a town whose secretary sits in on a district\'s meeting', lead('华岩镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政，镇长再列席区政府常务会议2次。'), m('华岩镇人民政府', '华岩镇', TOWN, 2023)],
  ['b: near miss: a street signing with a three-character district\'s body', lead('石桥铺街道2023年度法治政府建设工作报告', '2023年，街道坚持依法行政，与沙坪坝区委政法委共建调解平台。'), m('石桥铺街道办事处', '石桥铺街道', STREET, 2023)],
  ['b: near miss: a town whose rules and a county\'s run together', lead('汤溪镇2023年度法治政府建设工作报告', '2023年，我镇严格执行上级规定和县政府要求，坚持依法行政。'), m('汤溪镇人民政府', '汤溪镇', TOWN, 2023)],
  ['b: near miss: a town visiting a three-character banner', lead('新城子镇2023年度法治政府建设工作报告', '2023年，我镇赴四子王旗学习牧区法治建设经验，坚持依法行政。'), m('新城子镇人民政府', '新城子镇', TOWN, 2023)],
]

/** A town's own sentence places it. */
const SENTENCES: [string, string, Meta][] = [
  ['b: a town 座落在 its county', lead('2023年度法治政府建设工作报告', '我镇座落在宁远县西北部，2023年，冷水镇坚持依法行政。'), m('冷水镇人民政府', '宁远县冷水镇', TOWN, 2023)],
  ['b: a township 坐落在 its county with its city', lead('长滩乡2023年度法治政府建设工作报告', '长滩乡坐落在达州市开江县东部，2023年，我乡坚持依法行政。'), m('长滩乡人民政府', '达州市开江县长滩乡', TOWN, 2023)],
  ['b: a street that says it is its district\'s street (系…街道)', lead('2023年度法治政府建设情况报告', '南湖街道系秀洲区中心街道，2023年，街道坚持依法行政。'), m('南湖街道办事处', '秀洲区南湖街道', STREET, 2023)],
  ['b: a town governed by its county-level city (归…管辖)', lead('黄墩镇2023年度法治政府建设工作报告', '黄墩镇归溧阳市管辖，2023年，我镇坚持依法行政。'), m('黄墩镇人民政府', '溧阳市黄墩镇', TOWN, 2023)],
  ['b: a township its county governs (由…管辖)', lead('2023年度法治政府建设工作报告', '马家乡由旺苍县管辖，2023年，我乡坚持依法行政。'), m('马家乡人民政府', '旺苍县马家乡', TOWN, 2023)],
  ['b: a town that is its county\'s east gate', lead('水口镇2023年度法治政府建设工作报告', '水口镇是龙川县的东大门，2023年，我镇坚持依法行政。'), m('水口镇人民政府', '龙川县水口镇', TOWN, 2023)],
  ['b: a town that is its county\'s gateway', lead('2023年度法治政府建设工作报告', '溪口镇是龙游县门户，2023年，我镇坚持依法行政。'), m('溪口镇人民政府', '龙游县溪口镇', TOWN, 2023)],
  ['b: a 苏木 位于 a league\'s five-character banner', lead('2023年度法治政府建设工作报告', '巴彦塔拉苏木位于锡林郭勒盟苏尼特左旗北部，2023年，我苏木坚持依法行政。'), m('巴彦塔拉苏木人民政府', '锡林郭勒盟苏尼特左旗巴彦塔拉苏木', TOWN, 2023)],
  ['b: a town 位于 a prefecture and its county', lead('佳木镇2023年度法治政府建设工作报告', '佳木镇位于阿克苏地区温宿县南部，2023年，我镇坚持依法行政。'), m('佳木镇人民政府', '阿克苏地区温宿县佳木镇', TOWN, 2023)],
  ['b: a town 位于 an autonomous prefecture\'s county', lead('2023年度法治政府建设工作报告', '我镇位于黔南布依族苗族自治州长顺县北部，2023年，广顺镇坚持依法行政。'), m('广顺镇人民政府', '黔南布依族苗族自治州长顺县广顺镇', TOWN, 2023)],
  ['b: traditional: a town 系 its county\'s town', T(lead('2023年度法治政府建设工作报告', '新店镇系武冈市辖镇，2023年，我镇坚持依法行政。')), m('新店镇人民政府', '武冈市新店镇', TOWN, 2023)],
  ['b: traditional: a town its county governs (为…所辖)', T(lead('2023年度法治政府建设工作报告', '仙女镇为江都区所辖，2023年，我镇坚持依法行政。')), m('仙女镇人民政府', '江都区仙女镇', TOWN, 2023)],
  ['b: a street 位于 its county-level city\'s main urban area', lead('2024年度法治政府建设工作报告', '古城街道位于临海市主城区，2024年，街道坚持依法行政。'), m('古城街道办事处', '临海市古城街道', STREET, 2024)],
  ['b: near miss: a town in hilly mountains', lead('龙潭镇2023年度法治政府建设工作报告', '龙潭镇地处丘陵山区，2023年，我镇坚持依法行政。'), m('龙潭镇人民政府', '龙潭镇', TOWN, 2023)],
  ['b: near miss: a town in an old revolutionary area', lead('麻城镇2023年度法治政府建设工作报告', '麻城镇位于革命老区，2023年，我镇坚持依法行政。'), m('麻城镇人民政府', '麻城镇', TOWN, 2023)],
  ['b: near miss: a street in a prefecture city\'s central urban area', lead('湖滨街道2023年度法治政府建设工作报告', '湖滨街道位于杭州市中心城区，2023年，街道坚持依法行政。'), m('湖滨街道办事处', '湖滨街道', STREET, 2023)],
  ['b: near miss: a park 为 its county 所辖 beside a town', lead('大岭镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政，配合为东源县所辖的林场开展护林执法。'), m('大岭镇人民政府', '大岭镇', TOWN, 2023)],
  ['b: near miss: a town that is another county\'s neighbour\'s gate', lead('南乡镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政，与被称为象山县北大门的西周镇开展联合执法。'), m('南乡镇人民政府', '南乡镇', TOWN, 2023)],
]

/** A page title joined to its county's site. */
const SITES: [string, string, Meta][] = [
  ['b: a page title _ its county\'s government site', chrome('陈埭镇2023年度法治政府建设工作报告_晋江市人民政府', '陈埭镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。'), m('陈埭镇人民政府', '晋江市陈埭镇', TOWN, 2023)],
  ['b: a page title _ its district\'s 政府网', chrome('关于2023年度法治政府建设情况的报告_双流区政府网', '东升街道关于2023年度法治政府建设情况的报告', '2023年，街道坚持依法行政。'), m('东升街道办事处', '双流区东升街道', STREET, 2023)],
  ['b: a page title ＿ its county\'s portal, full-width', chrome('古田镇2023年法治政府建设工作报告＿上杭县人民政府门户网站', '古田镇2023年法治政府建设工作报告', '2023年，我镇坚持依法行政。'), m('古田镇人民政府', '上杭县古田镇', TOWN, 2023)],
  ['b: near miss: a page title _ a prefecture city\'s portal', chrome('城东街道2023年度法治政府建设工作报告_金华市人民政府门户网站', '城东街道2023年度法治政府建设工作报告', '2023年，街道坚持依法行政。'), m('城东街道办事处', '城东街道', STREET, 2023)],
]

/** Written after the second batch's run, before the rule for them: a street or town whose name holds 州 or 旗 after one character. */
const LEVEL_INSIDE: [string, string, Meta][] = [
  ['c: a street named after a city\'s short name and 路 under its district', own('鼓楼区广州路街道2023年度法治政府建设工作报告', '街道'), m('广州路街道办事处', '鼓楼区广州路街道', STREET, 2023)],
  ['c: a 州路 street led by its district', lead('福州路街道2023年度法治政府建设工作报告', '2023年，在开福区委、区政府的坚强领导下，街道坚持依法行政。'), m('福州路街道办事处', '开福区福州路街道', STREET, 2023)],
  ['c: a town whose name holds 旗 led by a six-character banner', lead('黄旗海镇2023年度法治政府建设工作报告', '2023年，在察哈尔右翼前旗委、旗政府的坚强领导下，我镇坚持依法行政。'), m('黄旗海镇人民政府', '察哈尔右翼前旗黄旗海镇', TOWN, 2023)],
  ['c: a township whose name holds 旗 under its banner in its title', own('镶黄旗白旗乡人民政府2023年度法治政府建设工作报告', '我乡'), m('白旗乡人民政府', '镶黄旗白旗乡', TOWN, 2023)],
  ['c: traditional: a 州路 street signed', T(`2023年度法治政府建设工作报告\n2023年，街道坚持依法行政。${WORK}\n\n扬州路街道办事处\n2024年1月12日`), m('扬州路街道办事处', '扬州路街道', STREET, 2023)],
]

export const SECOND_52: [string, string, Meta][] = [...LONG_BODIES, ...SENTENCES, ...SITES, ...LEVEL_INSIDE]
