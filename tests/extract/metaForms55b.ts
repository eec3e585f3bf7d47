/**
 * Openings for ./metaForms55.test.ts (meta55), first batch, part two: regions (a body under a league or an autonomous prefecture, a
 * district of a sub-provincial city, a street of a county-level city, a body whose title names only its city and whose county is in
 * the first sentence), the agency of a leading group's report against its government's, the author forms left open in rounds 49–54
 * (a 消防救援 summary, a street after a bare 区, short-named towns and counties, 截至 a year's end, a zone committee after its city, a
 * town beside 我镇, a 团场, a 大队 with no level) and years (二〇二三年, two years in a title, a 发布时间 line only). Invented wording.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const T = (s: string) => toTraditional(s)
const lead = (title: string, first: string) => `${title}\n${first}${WORK}`
const own = (title: string, self = '我局', y = 2023) => lead(title, `${y}年，${self}坚持以习近平法治思想为指导，扎实推进依法行政。`)
const TOWN = '乡镇政府'
const STREET = '街道'
const GOV = '区县政府'

/** Bodies under a league or an autonomous prefecture. */
const UNDER: [string, string, Meta][] = [
  ['a banner bureau under its league', own('锡林郭勒盟太仆寺旗司法局2023年度法治政府建设工作报告'), m('太仆寺旗司法局', '锡林郭勒盟太仆寺旗', '司法行政', 2023)],
  ['a banner government under its league, traditional', T(own('阿拉善盟阿拉善左旗人民政府2023年度法治政府建設情況報告', '我旗')), m('阿拉善左旗人民政府', '阿拉善盟阿拉善左旗', GOV, 2023)],
  ['a 苏木 under its banner and league', own('兴安盟科尔沁右翼前旗索伦镇2023年法治政府建设工作报告', '我镇'), m('索伦镇人民政府', '兴安盟科尔沁右翼前旗索伦镇', TOWN, 2023)],
  ['a league\'s bureau with its region before it', own('内蒙古自治区乌兰察布市察哈尔右翼后旗应急管理局2022年度法治政府建设报告', '我局', 2022), m('察哈尔右翼后旗应急管理局', '内蒙古自治区乌兰察布市察哈尔右翼后旗', '应急管理', 2022)],
  ['a county under an autonomous prefecture in full', own('黔东南苗族侗族自治州雷山县人民政府2023年度法治政府建设情况报告', '我县'), m('雷山县人民政府', '黔东南苗族侗族自治州雷山县', GOV, 2023)],
  ['a county bureau under an autonomous prefecture\'s short name', own('凉山州会理市自然资源局2023年度法治政府建设工作报告'), m('会理市自然资源局', '凉山州会理市', '自然资源', 2023)],
  ['a town under a county under its prefecture', own('恩施州利川市谋道镇2023年度法治政府建设工作报告', '我镇'), m('谋道镇人民政府', '恩施州利川市谋道镇', TOWN, 2023)],
  ['a prefecture\'s bureau, its county named in the lead', own('延边朝鲜族自治州司法局2023年度法治政府建设情况报告'), m('延边朝鲜族自治州司法局', '延边朝鲜族自治州', '司法行政', 2023)],
  ['a county led by its prefecture named apart, traditional', T(lead('2023年度法治政府建設工作報告', '2023年，在大理州委、州政府的堅強領導下，洱源縣人民政府堅持依法行政。')), m('洱源县人民政府', '洱源县', GOV, 2023)],
  ['a 地区 county\'s bureau', own('阿克苏地区沙雅县市场监督管理局2023年度法治政府建设工作报告'), m('沙雅县市场监督管理局', '阿克苏地区沙雅县', '市场监管', 2023)],
]

/** Districts of sub-provincial cities, streets of county-level cities, a county named only in the first sentence. */
const CITY_PARTS: [string, string, Meta][] = [
  ['a district of a sub-provincial city', own('哈尔滨市道里区司法局2023年度法治政府建设情况报告'), m('道里区司法局', '哈尔滨市道里区', '司法行政', 2023)],
  ['a district government of a sub-provincial city, traditional', T(own('濟南市歷城區人民政府2023年法治政府建設年度報告', '我區')), m('历城区人民政府', '济南市历城区', GOV, 2023)],
  ['a district of 青岛 named with its province', own('山东省青岛市黄岛区人民政府关于2022年度法治政府建设情况的报告', '我区', 2022), m('黄岛区人民政府', '山东省青岛市黄岛区', GOV, 2022)],
  ['a district of 成都 led by its district committee', lead('2023年度法治政府建设工作报告', '2023年，在成都市温江区委、区政府的坚强领导下，区教育局坚持依法治教。'), m('温江区教育局', '成都市温江区', '教育', 2023)],
  ['a district of 西安 in a 来源 line', `2023年法治政府建设年度报告\n来源：西安市雁塔区卫生健康局　发布时间：2024-01-29\n2023年，我局坚持依法行政。${WORK}`, m('雁塔区卫生健康局', '西安市雁塔区', '卫生健康', 2023)],
  ['a street of a county-level city in its title', own('义乌市稠城街道2023年度法治政府建设工作报告', '我街道'), m('稠城街道办事处', '义乌市稠城街道', STREET, 2023)],
  ['a street of a county-level city by its 办事处', own('昆山市玉山镇人民政府2023年度法治政府建设情况报告', '我镇'), m('玉山镇人民政府', '昆山市玉山镇', TOWN, 2023)],
  ['a street of a county-level city led by the city', lead('法治政府建设年度报告', '2023年，在慈溪市委、市政府的领导下，浒山街道坚持依法行政。'), m('浒山街道办事处', '慈溪市浒山街道', STREET, 2023)],
  ['a street of a county-level city, traditional', T(own('晉江市青陽街道辦事處2023年法治政府建設工作報告', '我街道')), m('青阳街道办事处', '晋江市青阳街道', STREET, 2023)],
  ['near miss: a city title, a county bureau the first sentence\'s subject', lead('南充市2023年度法治政府建设工作报告', '2023年，南部县司法局坚持以习近平法治思想为指导，扎实推进依法行政。'), m('南充市人民政府', '南充市', '市政府', 2023)],
  ['near miss: a city title, a county government the first sentence\'s subject', lead('宜宾市法治政府建设年度报告（2023年）', '2023年，屏山县人民政府坚持依法行政，法治政府建设取得新成效。'), m('宜宾市人民政府', '宜宾市', '市政府', 2023)],
  ['near miss: a city title, a 县X局 the first sentence\'s subject', lead('赣州市2023年度法治政府建设情况报告', '2023年，安远县水利局坚持依法治水，全面推进水利法治建设。'), m('赣州市人民政府', '赣州市', '市政府', 2023)],
]

/** A leading group's annual report against its government's. */
const GROUPS: [string, string, Meta][] = [
  ['a county\'s leading group office reporting in its title', own('桐庐县法治政府建设领导小组办公室2023年度工作报告', '领导小组办公室'), m('桐庐县法治政府建设领导小组办公室', '桐庐县', '司法行政', 2023)],
  ['a county\'s 依法治县办 reporting alone, a party body', own('中共武义县委全面依法治县委员会办公室2023年度法治建设工作报告', '县委依法治县办'), m(null, null, null, 2023)],
  ['a county government whose lead names its 依法治县委员会', lead('缙云县2023年法治政府建设年度报告', '2023年，县委全面依法治县委员会统筹推进，缙云县人民政府坚持依法行政。'), m('缙云县人民政府', '缙云县', GOV, 2023)],
  ['a government\'s report signed with its leading group office', `2023年度法治政府建设工作报告\n2023年，全县坚持依法行政。${WORK}\n\n云和县法治政府建设工作领导小组办公室\n2024年1月20日`, m('云和县法治政府建设工作领导小组办公室', '云和县', '司法行政', 2023)],
  ['a city government\'s report whose body names its leading group office', own('衢州市人民政府2023年度法治政府建设情况报告', '市政府'), m('衢州市人民政府', '衢州市', '市政府', 2023)],
  ['a district\'s 依法治区办 and 司法局 co-signing', `2023年度法治建设工作报告\n2023年，全区坚持依法行政。${WORK}\n\n中共上城区委全面依法治区委员会办公室\n上城区司法局\n2024年1月22日`, m('上城区司法局', '上城区', '司法行政', 2023)],
  ['a county\'s leading group office, traditional', T(own('遂昌縣法治政府建設領導小組辦公室2022年度工作報告', '領導小組辦公室', 2022)), m('遂昌县法治政府建设领导小组办公室', '遂昌县', '司法行政', 2022)],
]

/** The author forms left open in rounds 49–54. */
const LEFT: [string, string, Meta][] = [
  ['a city fire detachment\'s summary with its city in the lead', lead('2023年度法治建设工作总结', '2023年，绍兴市消防救援支队坚持依法治队，全面推进消防执法规范化建设。'), m('绍兴市消防救援支队', '绍兴市', '消防救援', 2023)],
  ['a 大队 of fire rescue titled bare with its county in the lead', lead('消防救援大队2023年法治建设工作总结', '2023年，桐庐县消防救援大队坚持依法治队。'), m('桐庐县消防救援大队', '桐庐县', '消防救援', 2023)],
  ['a street after a bare 区 as a subject of 高度重视, its time first', lead('2023年度法治政府建设工作报告', '一年来，区长安街道党工委、办事处高度重视法治建设。'), m('长安街道办事处', '长安街道', STREET, 2023)],
  ['a county whose name holds 年: 万年县 in its title', own('万年县2023年度法治政府建设情况报告', '我县'), m('万年县人民政府', '万年县', GOV, 2023)],
  ['a bureau of 万年县', own('万年县司法局2023年度法治政府建设工作报告'), m('万年县司法局', '万年县', '司法行政', 2023)],
  ['a town whose name starts with 本: 本庄镇 in its title', own('本庄镇2023年度法治政府建设工作报告', '我镇'), m('本庄镇人民政府', '本庄镇', TOWN, 2023)],
  ['a town of a one-word name under its county', own('灌南县新安镇2023年度法治政府建设情况报告', '我镇'), m('新安镇人民政府', '灌南县新安镇', TOWN, 2023)],
  ['a zone committee after its city', own('南昌市南昌高新技术产业开发区管委会2023年度法治政府建设工作报告', '管委会'), m('南昌高新技术产业开发区管理委员会', '南昌高新技术产业开发区', GOV, 2023)],
  ['a zone committee after its city, 经开区', own('合肥市合肥经济技术开发区管理委员会2023年度法治政府建设情况报告', '我区'), m('合肥经济技术开发区管理委员会', '合肥经济技术开发区', GOV, 2023)],
  ['a town named beside 我镇 with a two-character name', lead('2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政，平桥镇法治建设取得新进展。'), m('平桥镇人民政府', '平桥镇', TOWN, 2023)],
  ['a 交警大队 with no level in its title', own('交警大队2023年度法治建设工作总结', '大队'), m(null, null, '公安', 2023)],
]

/** Years. */
const YEARS: [string, string, Meta][] = [
  ['a title year in Chinese numerals', own('江山市司法局二〇二三年度法治政府建设情况报告', '我局', 2023).replace('2023年，', '一年来，'), m('江山市司法局', '江山市', '司法行政', 2023)],
  ['a title year in Chinese numerals with ○', own('常山县二○二二年法治政府建设工作报告', '我县', 2022).replace('2022年，', '过去一年，'), m('常山县人民政府', '常山县', GOV, 2022)],
  ['a title year in Chinese numerals with 零', T(own('開化縣司法局二零二三年度法治政府建設情況報告').replace('2023年，', '今年以來，')), m('开化县司法局', '开化县', '司法行政', 2023)],
  ['a lead year in Chinese numerals, the title without one', lead('龙泉市水利局法治政府建设年度报告', '二〇二三年，我局坚持依法治水，推进水利法治建设。'), m('龙泉市水利局', '龙泉市', '水利', 2023)],
  ['a title with two years: the summary and the plan', lead('庆元县司法局2023年工作总结和2024年工作打算', '今年以来，我局坚持依法行政。'), m('庆元县司法局', '庆元县', '司法行政', 2023)],
  ['a title with two years: the work and its thinking', lead('景宁县交通运输局2022年法治政府建设工作总结及2023年工作思路', '2022年，我局坚持依法行政。'), m('景宁县交通运输局', '景宁县', '交通', 2022)],
  ['a title with two years, traditional', T(lead('松陽縣農業農村局2023年法治建設工作總結暨2024年工作計劃', '今年以來，我局堅持依法行政。')), m('松阳县农业农村局', '松阳县', '农业农村', 2023)],
  ['a title with two years in Chinese numerals', lead('遂昌县林业局二〇二三年工作总结和二〇二四年工作安排', '一年来，我局坚持依法治林。'), m('遂昌县林业局', '遂昌县', '林业', 2023)],
  ['only a 发布时间 line in January', `龙游县审计局法治政府建设年度报告\n发布时间：2024-01-26\n一年来，我局坚持依法审计。${WORK}`, m('龙游县审计局', '龙游县', '审计', 2023)],
  ['only a 发布时间 line in December', `衢江区统计局法治政府建设年度报告\n发布时间：2023-12-28\n今年以来，我局坚持依法统计。${WORK}`, m('衢江区统计局', '衢江区', '统计', 2023)],
  ['only a 发布日期 line written in Chinese', `柯城区民政局法治政府建设工作报告\n发布日期：2024年2月5日\n过去一年，我局坚持依法行政。${WORK}`, m('柯城区民政局', '柯城区', '民政', 2023)],
  ['only a 发布时间 line, traditional', T(`江山市教育局法治政府建設年度報告\n發布時間：2024-03-12\n一年來，我局堅持依法治教。${WORK}`), m('江山市教育局', '江山市', '教育', 2023)],
  ['only a 发布时间 line with its hour', `常山县商务局法治政府建设情况报告\n信息来源：常山县商务局　发布时间：2024-01-09 10:32:15\n今年以来，我局坚持依法行政。${WORK}`, m('常山县商务局', '常山县', '商务', 2023)],
  ['a closing date in Chinese numerals', `开化县水利局法治政府建设年度报告\n一年来，我局坚持依法治水。${WORK}\n\n开化县水利局\n二〇二四年一月十五日`, m('开化县水利局', '开化县', '水利', 2023)],
  ['a 度 year span in Chinese numerals', lead('二〇二三年度法治政府建设工作报告', '二〇二三年度，云和县人民政府坚持依法行政。'), m('云和县人民政府', '云和县', GOV, 2023)],
]

/** More regions: a county-level city under its prefecture, districts named with a province, towns named in a second sentence. */
const MORE: [string, string, Meta][] = [
  ['a county-level city\'s bureau under its prefecture', own('金华市义乌市市场监督管理局2023年度法治政府建设工作报告'), m('义乌市市场监督管理局', '金华市义乌市', '市场监管', 2023)],
  ['a street of a county-level city under its prefecture', own('嘉兴市海宁市海洲街道2023年度法治政府建设工作报告', '我街道'), m('海洲街道办事处', '嘉兴市海宁市海洲街道', STREET, 2023)],
  ['a district of 大连 in a 关于 title', own('关于大连市甘井子区司法局2023年度法治政府建设情况的报告'), m('甘井子区司法局', '大连市甘井子区', '司法行政', 2023)],
  ['a district of 厦门, its bureau named short in the lead', lead('2023年度法治政府建设工作报告', '2023年，在厦门市集美区委、区政府的领导下，区市场监管局坚持依法行政。'), m('集美区市场监督管理局', '厦门市集美区', '市场监管', 2023)],
  ['a district of 宁波 under its province, traditional', T(own('浙江省寧波市鄞州區司法局2023年度法治政府建設工作報告')), m('鄞州区司法局', '浙江省宁波市鄞州区', '司法行政', 2023)],
  ['a town of an autonomous county under its prefecture', own('楚雄州双柏县妥甸镇2023年法治政府建设工作报告', '我镇'), m('妥甸镇人民政府', '楚雄州双柏县妥甸镇', TOWN, 2023)],
  ['a banner\'s town in a 来源 line', `2023年度法治政府建设工作报告\n来源：鄂托克前旗城川镇人民政府　发布时间：2024-01-19\n2023年，我镇坚持依法行政。${WORK}`, m('城川镇人民政府', '鄂托克前旗城川镇', TOWN, 2023)],
  ['a county of an autonomous prefecture in an addressee line', `关于2023年度法治政府建设情况的报告\n甘孜州人民政府：\n2023年，泸定县坚持依法行政，推进法治政府建设。${WORK}`, m('泸定县人民政府', '甘孜州泸定县', GOV, 2023)],
  ['a district of a sub-provincial city in its lead only', lead('2023年度法治政府建设情况报告', '2023年，武汉市江汉区人民政府坚持依法行政。'), m('江汉区人民政府', '武汉市江汉区', GOV, 2023)],
  ['near miss: a city title, a town the first sentence\'s subject', lead('湖州市2023年度法治政府建设工作报告', '2023年，长兴县泗安镇坚持依法行政，推进基层治理法治化。'), m('湖州市人民政府', '湖州市', '市政府', 2023)],
  ['near miss: a city title in traditional, a county bureau the first sentence\'s subject', T(lead('麗水市2023年度法治政府建設工作報告', '2023年，慶元縣民政局堅持依法行政，推進民政法治建設。')), m('丽水市人民政府', '丽水市', '市政府', 2023)],
  ['near miss: a city government\'s report naming a county in its first sentence', lead('丽水市人民政府2023年度法治政府建设工作报告', '2023年，市政府指导庆元县开展法治政府建设示范创建。'), m('丽水市人民政府', '丽水市', '市政府', 2023)],
  ['a year span with two years in the title: 2023—2024 work', lead('桐庐县司法局2023年法治政府建设工作总结及2024年重点工作', '2023年，我局坚持依法行政。'), m('桐庐县司法局', '桐庐县', '司法行政', 2023)],
  ['a 发布时间 line in April, the lead only 过去一年', `建德市财政局法治政府建设年度报告\n发布时间：2024-04-02\n过去一年，我局坚持依法理财。${WORK}`, m('建德市财政局', '建德市', '财政', 2023)],
  ['a 发布时间 line and a Chinese-numeral closing date', `淳安县农业农村局法治政府建设工作报告\n发布时间：2024-01-30\n一年来，我局坚持依法行政。${WORK}\n\n淳安县农业农村局\n二〇二四年一月二十九日`, m('淳安县农业农村局', '淳安县', '农业农村', 2023)],
]

export const CASES_55B: [string, string, Meta][] = [...UNDER, ...CITY_PARTS, ...GROUPS, ...LEFT, ...YEARS, ...MORE]
