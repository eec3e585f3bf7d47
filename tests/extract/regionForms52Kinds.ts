/**
 * Openings for ./regionForms52.test.ts (region52) by kind of author at the lowest levels: zones' committees and their streets,
 * county bureaus (three-character counties and banners among them), towns of county-level cities, banners and leagues,
 * municipalities' districts, their towns and streets, names holding a level's character (龙市镇, 丰镇市, 市中区, 新市区, 川沙新镇),
 * the same town name in two counties, and a title's year beside the body's. Invented wording, real kinds of place.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { chrome, lead, own } from './regionForms50'
import { GOV, STREET, to, TOWN } from './regionForms52'
import { toTraditional as T } from './traditional'

const ZONES: [string, string, Meta][] = [
  ['a zone\'s street in its title', own('苏州工业园区娄葑街道办事处2023年度法治政府建设工作报告', '街道'), m('娄葑街道办事处', '苏州工业园区娄葑街道', STREET, 2023)],
  ['a 新区 street in its title', own('两江新区人和街道2023年法治政府建设情况报告', '街道'), m('人和街道办事处', '两江新区人和街道', STREET, 2023)],
  ['a street led by its zone\'s 党工委 and 管委会', lead('临江街道2023年度法治政府建设工作报告', '2023年，在经开区党工委、管委会的坚强领导下，我街道坚持依法行政。'), m('临江街道办事处', '临江街道', STREET, 2023)],
  ['a zone\'s committee that says where it lies', lead('长沙经济技术开发区管理委员会2023年度法治政府建设工作报告', '长沙经济技术开发区位于长沙市东部，2023年，经开区坚持依法行政。'), m('长沙经济技术开发区管理委员会', '长沙经济技术开发区', GOV, 2023)],
  ['a high-tech zone\'s committee by its short name', own('西安高新区管委会2023年度法治政府建设情况报告', '高新区'), m('西安高新区管理委员会', '西安高新区', GOV, 2023)],
  ['a county\'s development zone\'s committee', own('兰陵县经济开发区管理委员会2023年度法治政府建设工作报告', '开发区'), m('兰陵县经济开发区管理委员会', '兰陵县经济开发区', GOV, 2023)],
  ['a 新区 street under its municipality', own('天津市滨海新区新港街道办事处2023年度法治政府建设工作报告', '街道'), m('新港街道办事处', '天津市滨海新区新港街道', STREET, 2023)],
  ['a zone\'s committee addressing its city', to('关于2023年度法治政府建设情况的报告', '中共岳阳市委、岳阳市人民政府：', '2023年，岳阳经济技术开发区管委会坚持依法行政。'), m('岳阳经济技术开发区管理委员会', '岳阳经济技术开发区', GOV, 2023)],
  ['a zone\'s town in its title', own('广州开发区九龙镇2023年度法治政府建设情况报告', '我镇'), m('九龙镇人民政府', '广州开发区九龙镇', TOWN, 2023)],
  ['a zone\'s street signed under its committee', `2023年度法治政府建设工作报告\n2023年，街道坚持依法行政。${WORK}\n\n青岛西海岸新区长江路街道办事处\n2024年1月18日`, m('长江路街道办事处', '青岛西海岸新区长江路街道', STREET, 2023)],
]

const BUREAUS: [string, string, Meta][] = [
  ['a three-character county\'s bureau in its title', own('托克托县市场监督管理局2023年度法治政府建设工作报告', '我局'), m('托克托县市场监督管理局', '托克托县', '市场监管', 2023)],
  ['a three-character district\'s bureau in its title', own('沙坪坝区司法局2023年度法治政府建设情况报告', '我局'), m('沙坪坝区司法局', '沙坪坝区', '司法行政', 2023)],
  ['a banner\'s 旗X局 addressing its three-character banner', to('旗应急管理局2023年度法治政府建设工作报告', '克什克腾旗委、旗政府：', '2023年，我局坚持依法行政。'), m('克什克腾旗应急管理局', '克什克腾旗', '应急管理', 2023)],
  ['a 区X局 led by its three-character district', lead('区司法局2023年度法治政府建设工作报告', '2023年，在九龙坡区委、区政府的坚强领导下，我局坚持依法行政。'), m('九龙坡区司法局', '九龙坡区', '司法行政', 2023)],
  ['a county bureau whose county lies in its city', lead('绩溪县司法局2023年度法治政府建设工作报告', '绩溪县地处宣城市东部，2023年，我局坚持依法行政。'), m('绩溪县司法局', '宣城市绩溪县', '司法行政', 2023)],
  ['a county bureau under its city and prefecture\'s short name', own('黔东南州天柱县林业局2023年度法治政府建设工作报告', '我局'), m('天柱县林业局', '黔东南州天柱县', '林业', 2023)],
  ['a county bureau by its 来源 row over a bare title', chrome('来源：霍山县司法局　发布时间：2024-01-22', '2023年度法治政府建设工作报告', '2023年，我局坚持依法行政。'), m('霍山县司法局', '霍山县', '司法行政', 2023)],
  ['a county-level city\'s bureau', own('邳州市农业农村局2023年度法治政府建设情况报告', '我局'), m('邳州市农业农村局', '邳州市', '农业农村', 2023)],
  ['a 县X局 under its county\'s site banner', chrome('霍邱县人民政府门户网站', '县市场监管局2023年度法治政府建设工作报告', '2023年，县市场监管局坚持依法行政。'), m('霍邱县市场监督管理局', '霍邱县', '市场监管', 2023)],
  ['a 县X局 led by a three-character county', lead('县交通运输局2023年度法治政府建设工作报告', '2023年，在和林格尔县委、县政府的坚强领导下，我局坚持依法行政。'), m('和林格尔县交通运输局', '和林格尔县', '交通', 2023)],
]

const COUNTY_CITIES: [string, string, Meta][] = [
  ['a town of a county-level city in its title', own('义乌市佛堂镇人民政府2023年度法治政府建设工作报告', '我镇'), m('佛堂镇人民政府', '义乌市佛堂镇', TOWN, 2023)],
  ['a town under city and county-level city in its title', own('金华市兰溪市游埠镇2023年度法治政府建设情况报告', '我镇'), m('游埠镇人民政府', '金华市兰溪市游埠镇', TOWN, 2023)],
  ['a town of a long-stem county-level city', own('张家港市杨舍镇人民政府2023年法治政府建设工作报告', '我镇'), m('杨舍镇人民政府', '张家港市杨舍镇', TOWN, 2023)],
  ['a town led by its county-level city\'s committee', lead('壬田镇2023年度法治政府建设工作报告', '2023年，在瑞金市委、市政府的坚强领导下，我镇坚持依法行政。'), m('壬田镇人民政府', '瑞金市壬田镇', TOWN, 2023)],
  ['a town led by a long-stem county-level city', lead('青城山镇2023年度法治政府建设工作报告', '2023年，在都江堰市委、市政府的坚强领导下，我镇坚持依法行政。'), m('青城山镇人民政府', '都江堰市青城山镇', TOWN, 2023)],
  ['a town of a county-level city holding 镇 in its name', own('丰镇市隆盛庄镇人民政府2023年度法治政府建设工作报告', '我镇'), m('隆盛庄镇人民政府', '丰镇市隆盛庄镇', TOWN, 2023)],
  ['a street of a county-level city addressing it', to('龙山街道2023年度法治政府建设工作报告', '慈溪市委、市政府：', '2023年，街道坚持依法行政。'), m('龙山街道办事处', '慈溪市龙山街道', STREET, 2023)],
  ['a town of a county-level city under its prefecture and province', own('湖南省岳阳市临湘市羊楼司镇人民政府2023年度法治政府建设工作报告', '我镇'), m('羊楼司镇人民政府', '湖南省岳阳市临湘市羊楼司镇', TOWN, 2023)],
]

const BANNERS: [string, string, Meta][] = [
  ['a town under a league and banner in its title', own('锡林郭勒盟正镶白旗明安图镇人民政府2023年度法治政府建设工作报告', '我镇'), m('明安图镇人民政府', '锡林郭勒盟正镶白旗明安图镇', TOWN, 2023)],
  ['a town under a long banner in its title', own('科尔沁右翼中旗巴彦呼舒镇2023年度法治政府建设情况报告', '我镇'), m('巴彦呼舒镇人民政府', '科尔沁右翼中旗巴彦呼舒镇', TOWN, 2023)],
  ['a town addressing its three-character banner\'s government', to('树林召镇2023年度法治政府建设工作报告', '达拉特旗人民政府：', '2023年，我镇坚持依法行政。'), m('树林召镇人民政府', '达拉特旗树林召镇', TOWN, 2023)],
  ['a town led by a four-character banner', lead('昂素镇2023年度法治政府建设工作报告', '2023年，在鄂托克前旗委、旗政府的正确领导下，我镇坚持依法行政。'), m('昂素镇人民政府', '鄂托克前旗昂素镇', TOWN, 2023)],
  ['a banner bureau whose banner lies in its city', lead('准格尔旗应急管理局2023年度法治政府建设工作报告', '准格尔旗位于鄂尔多斯市东南部，2023年，我局坚持依法行政。'), m('准格尔旗应急管理局', '鄂尔多斯市准格尔旗', '应急管理', 2023)],
  ['a town under a banner with its league\'s short name', own('锡盟西乌珠穆沁旗巴拉嘎尔高勒镇2023年度法治政府建设工作报告', '我镇'), m('巴拉嘎尔高勒镇人民政府', '锡林郭勒盟西乌珠穆沁旗巴拉嘎尔高勒镇', TOWN, 2023)],
  ['a 苏木 whose 来源 row names its banner\'s government', chrome('来源：阿鲁科尔沁旗人民政府', '罕苏木苏木2023年度法治政府建设工作报告', '2023年，我苏木坚持依法行政。'), m('罕苏木苏木人民政府', '阿鲁科尔沁旗罕苏木苏木', TOWN, 2023)],
  ['a town of a banner calling itself 我镇 under 旗委', lead('2023年度法治政府建设工作报告', '2023年，在阿拉善左旗委、旗政府的坚强领导下，巴彦浩特镇坚持依法行政。'), m('巴彦浩特镇人民政府', '阿拉善左旗巴彦浩特镇', TOWN, 2023)],
]

const MUNICIPAL: [string, string, Meta][] = [
  ['a street of a municipality\'s three-character district', own('重庆市沙坪坝区覃家岗街道办事处2023年度法治政府建设工作报告', '街道'), m('覃家岗街道办事处', '重庆市沙坪坝区覃家岗街道', STREET, 2023)],
  ['a town of a municipality\'s three-character district', own('北京市门头沟区潭柘寺镇人民政府2023年度法治政府建设工作报告', '我镇'), m('潭柘寺镇人民政府', '北京市门头沟区潭柘寺镇', TOWN, 2023)],
  ['a 新镇 of a municipality\'s 新区', own('上海市浦东新区川沙新镇人民政府2023年度法治政府建设工作报告', '我镇'), m('川沙新镇人民政府', '上海市浦东新区川沙新镇', TOWN, 2023)],
  ['a town of a municipality\'s autonomous county', own('重庆市石柱土家族自治县黄水镇2023年度法治政府建设情况报告', '我镇'), m('黄水镇人民政府', '重庆市石柱土家族自治县黄水镇', TOWN, 2023)],
  ['a street of a municipality\'s district, its district only in the title', own('朝阳区三里屯街道办事处2023年度法治政府建设工作报告', '街道'), m('三里屯街道办事处', '朝阳区三里屯街道', STREET, 2023)],
  ['a municipality\'s district bureau with its municipality', own('重庆市九龙坡区司法局2023年度法治政府建设工作报告', '我局'), m('九龙坡区司法局', '重庆市九龙坡区', '司法行政', 2023)],
  ['a town of a municipality\'s district led by its district', lead('陈家镇2023年度法治政府建设工作报告', '2023年，在上海市崇明区委、区政府的坚强领导下，我镇坚持依法行政。'), m('陈家镇人民政府', '上海市崇明区陈家镇', TOWN, 2023)],
  ['a street of a municipality whose district is in its addressee', to('关于2023年度法治政府建设情况的报告', '石景山区人民政府：', '2023年，鲁谷街道坚持依法行政。'), m('鲁谷街道办事处', '石景山区鲁谷街道', STREET, 2023)],
]

/** Names holding a level's character (市/县/区/镇/乡/州 inside a name). */
const LEVEL_NAMES: [string, string, Meta][] = [
  ['龙市镇 under its long-stem county-level city', own('井冈山市龙市镇人民政府2023年度法治政府建设工作报告', '我镇'), m('龙市镇人民政府', '井冈山市龙市镇', TOWN, 2023)],
  ['新市镇 addressing its county', to('新市镇2023年度法治政府建设工作报告', '德清县委、县政府：', '2023年，我镇坚持依法行政。'), m('新市镇人民政府', '德清县新市镇', TOWN, 2023)],
  ['县前街道 led by its district', lead('县前街道2023年度法治政府建设工作报告', '2023年，在蕉城区委、区政府的坚强领导下，街道坚持依法行政。'), m('县前街道办事处', '蕉城区县前街道', STREET, 2023)],
  ['城区街道 addressing its county-level city', to('城区街道2023年度法治政府建设工作报告', '涟源市人民政府：', '2023年，街道坚持依法行政。'), m('城区街道办事处', '涟源市城区街道', STREET, 2023)],
  ['市桥街道 under its district in its title', own('番禺区市桥街道2023年度法治政府建设工作报告', '街道'), m('市桥街道办事处', '番禺区市桥街道', STREET, 2023)],
  ['旧县镇 that says it lies in its county', lead('旧县镇2023年度法治政府建设工作报告', '旧县镇位于上杭县东北部，2023年，我镇坚持依法行政。'), m('旧县镇人民政府', '上杭县旧县镇', TOWN, 2023)],
  ['a town of 镇远县 in its title', own('镇远县青溪镇人民政府2023年度法治政府建设工作报告', '我镇'), m('青溪镇人民政府', '镇远县青溪镇', TOWN, 2023)],
  ['a street of 新市区 under its city', own('乌鲁木齐市新市区北京路街道2023年度法治政府建设情况报告', '街道'), m('北京路街道办事处', '乌鲁木齐市新市区北京路街道', STREET, 2023)],
  ['a street of 市中区 under its city', own('济南市市中区六里山街道办事处2023年度法治政府建设工作报告', '街道'), m('六里山街道办事处', '济南市市中区六里山街道', STREET, 2023)],
  ['城关镇 of 镇平县 led by its county', lead('城关镇2023年度法治政府建设工作报告', '2023年，在镇平县委、县政府的坚强领导下，我镇坚持依法行政。'), m('城关镇人民政府', '镇平县城关镇', TOWN, 2023)],
  ['a town of 乡城县 in its title', own('乡城县香巴拉镇2023年度法治政府建设工作报告', '我镇'), m('香巴拉镇人民政府', '乡城县香巴拉镇', TOWN, 2023)],
  ['a street of 市北区 under its city', own('青岛市市北区辽宁路街道办事处2023年度法治政府建设工作报告', '街道'), m('辽宁路街道办事处', '青岛市市北区辽宁路街道', STREET, 2023)],
  ['柳市镇 that says it belongs to its county-level city', lead('柳市镇2023年度法治政府建设工作报告', '柳市镇隶属乐清市，2023年，我镇坚持依法行政。'), m('柳市镇人民政府', '乐清市柳市镇', TOWN, 2023)],
  ['a town of 镇雄县 addressing it', to('以勒镇2023年度法治政府建设工作报告', '镇雄县人民政府：', '2023年，我镇坚持依法行政。'), m('以勒镇人民政府', '镇雄县以勒镇', TOWN, 2023)],
]

/** The same town name in two counties: the one the text places the author in. */
const NAMESAKES: [string, string, Meta][] = [
  ['太平镇 addressing its county beside another county\'s 太平镇', to('太平镇2023年度法治政府建设工作报告', '霍山县委、县政府：', '2023年，我镇坚持依法行政，与巴州区太平镇开展结对交流。'), m('太平镇人民政府', '霍山县太平镇', TOWN, 2023)],
  ['城关镇 led by its county, learning from another county\'s 城关镇', lead('城关镇2023年度法治政府建设工作报告', '2023年，在宁陕县委、县政府的坚强领导下，我镇赴石泉县城关镇学习，坚持依法行政。'), m('城关镇人民政府', '宁陕县城关镇', TOWN, 2023)],
  ['新安镇 paired with 新安县', lead('新安镇2023年度法治政府建设工作报告', '2023年，在惠东县委、县政府的领导下，我镇与新安县开展法治交流，坚持依法行政。'), m('新安镇人民政府', '惠东县新安镇', TOWN, 2023)],
  ['a town named in two counties\' reports: its own county named as its governing body', lead('白沙镇2023年度法治政府建设工作报告', '2023年，白沙镇在江津区委、区政府的坚强领导下坚持依法行政，江津区白沙镇法治建设获市级表彰，与邻近的合川区实现执法协作。'), m('白沙镇人民政府', '江津区白沙镇', TOWN, 2023)],
  ['a street named like its district (鼓楼街道 of 鼓楼区)', own('鼓楼区鼓楼街道2023年度法治政府建设工作报告', '街道'), m('鼓楼街道办事处', '鼓楼区鼓楼街道', STREET, 2023)],
  ['a town with its county once and another county\'s town in a contest', lead('2023年度法治政府建设工作报告', '2023年，桃花镇坚持依法行政，在寻甸县委组织的法治乡镇评比中与嵩明县杨林镇并列第一。'), m('桃花镇人民政府', '寻甸县桃花镇', TOWN, 2023)],
]

/** The title's year beside other years of the body or the page. */
const YEARS: [string, string, Meta][] = [
  ['a title\'s year before a body that opens on the next year\'s months', lead('杨林镇2023年度法治政府建设工作报告', '2024年1月，我镇对2023年法治政府建设工作进行全面总结。'), m('杨林镇人民政府', '杨林镇', TOWN, 2023)],
  ['a title with no year, a body\'s 以来 and a date line', `金山街道法治政府建设工作报告\n2023年以来，街道坚持依法行政。${WORK}\n\n金山街道办事处\n2024年1月10日`, m('金山街道办事处', '金山街道', STREET, 2023)],
  ['a title\'s year in Chinese numerals', own('二〇二三年度沙河镇法治政府建设工作报告', '我镇'), m('沙河镇人民政府', '沙河镇', TOWN, 2023)],
  ['a title of the year\'s work and the next year\'s plan', own('东升镇关于2023年度法治政府建设情况和2024年工作打算的报告', '我镇'), m('东升镇人民政府', '东升镇', TOWN, 2023)],
  ['a title with no year over a 发布时间 row', chrome('发布时间：2024-01-26　来源：湄潭县兴隆镇', '兴隆镇法治政府建设年度报告', '一年来，我镇坚持依法行政。'), m('兴隆镇人民政府', '湄潭县兴隆镇', TOWN, 2023)],
  ['a title\'s year with the month it was written in brackets', own('永和镇关于2023年度法治政府建设工作情况的报告（2024年1月）', '我镇'), m('永和镇人民政府', '永和镇', TOWN, 2023)],
  ['a title\'s year after a body\'s earlier year of an honour', lead('石湾镇2023年度法治政府建设工作报告', '我镇在2022年度全区法治政府建设考核中获评优秀，2023年，我镇坚持依法行政。'), m('石湾镇人民政府', '石湾镇', TOWN, 2023)],
  ['a bare title whose body states its year after a plan\'s span', lead('法治政府建设工作报告', '对照《法治政府建设实施纲要（2021—2025年）》，2023年，龙门镇坚持依法行政。'), m('龙门镇人民政府', '龙门镇', TOWN, 2023)],
]

/** Traditional script over the forms above. */
const TRADITIONAL: [string, string, Meta][] = [
  ['traditional: a street addressing a three-character district', T(to('磁器口街道2023年度法治政府建设工作报告', '沙坪坝区委、区政府：', '2023年，街道坚持依法行政。')), m('磁器口街道办事处', '沙坪坝区磁器口街道', STREET, 2023)],
  ['traditional: a town led by a three-character county', T(lead('双河口镇2023年度法治政府建设工作报告', '2023年，在清水河县委、县政府的坚强领导下，我镇坚持依法行政。')), m('双河口镇人民政府', '清水河县双河口镇', TOWN, 2023)],
  ['traditional: a town that is its county\'s 辖镇 (系)', T(lead('2023年度法治政府建设工作报告', '龙溪镇系盘州市辖镇，2023年，我镇坚持依法行政。')), m('龙溪镇人民政府', '盘州市龙溪镇', TOWN, 2023)],
  ['traditional: a page title ending in its county\'s government', T(chrome('东里镇2023年法治政府建设工作报告-饶平县人民政府', '东里镇2023年法治政府建设工作报告', '2023年，我镇坚持依法行政。')), m('东里镇人民政府', '饶平县东里镇', TOWN, 2023)],
  ['traditional: a town of a county-level city under its province', T(own('广东省江门市台山市广海镇人民政府2023年度法治政府建设工作报告', '我镇')), m('广海镇人民政府', '广东省江门市台山市广海镇', TOWN, 2023)],
  ['traditional: a town carrying out its county\'s plan', T(lead('禄口街道2023年度法治政府建设工作报告', '2023年，街道认真落实《江宁区法治政府建设实施方案（2021—2025年）》，坚持依法行政。')), m('禄口街道办事处', '江宁区禄口街道', STREET, 2023)],
  ['traditional: a banner\'s town addressing it', T(to('乌兰浩特镇2023年度法治政府建设工作报告', '四子王旗人民政府：', '2023年，我镇坚持依法行政。')), m('乌兰浩特镇人民政府', '四子王旗乌兰浩特镇', TOWN, 2023)],
  ['traditional: a 县X局 led by its three-character county', T(lead('县司法局2023年度法治政府建设工作报告', '2023年，在托克托县委、县政府的坚强领导下，我局坚持依法行政。')), m('托克托县司法局', '托克托县', '司法行政', 2023)],
  ['traditional: a town placed 坐落在 its county', T(lead('2023年度法治政府建设工作报告', '梅林镇坐落在南雄市南部，2023年，我镇坚持依法行政。')), m('梅林镇人民政府', '南雄市梅林镇', TOWN, 2023)],
  ['traditional: a street of a municipality\'s district in its title', T(own('上海市徐汇区枫林路街道2023年度法治政府建设工作报告', '街道')), m('枫林路街道办事处', '上海市徐汇区枫林路街道', STREET, 2023)],
  ['traditional: a town that is its county\'s gate', T(lead('2023年度法治政府建设工作报告', '岩头镇是永嘉县的南大门，2023年，我镇坚持依法行政。')), m('岩头镇人民政府', '永嘉县岩头镇', TOWN, 2023)],
  ['traditional: near miss: a town visiting a three-character district', T(lead('金凤镇2023年度法治政府建设工作报告', '2023年，我镇赴九龙坡区学习基层治理经验，坚持依法行政。')), m('金凤镇人民政府', '金凤镇', TOWN, 2023)],
]

export const KINDS_52: [string, string, Meta][] = [...ZONES, ...BUREAUS, ...COUNTY_CITIES, ...BANNERS, ...MUNICIPAL, ...LEVEL_NAMES, ...NAMESAKES, ...YEARS, ...TRADITIONAL]
