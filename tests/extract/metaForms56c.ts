/**
 * Openings for ./metaForms56.test.ts (meta56), the second batch: new wording over the forms ruled — a province's short name before
 * its city and the places under it (in titles, leads, letterheads, traditional script), a county that says it is its city's (是/系/为
 * …所辖/下辖/代管…县, 归…管辖) — with their near misses (吉林市, 海南藏族自治州, 河南蒙古族自治县, 是X市区的…, 是X市委确定的…), and
 * more parents named apart. Invented wording; real places.
 */
import { m, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'
import { chrome, lead } from './regionForms50'
import { GOV, STREET, TOWN, to } from './regionForms52'

const T = (s: string) => toTraditional(s)
const WE = (self: string, y = 2023) => `${y}年，${self}坚持依法行政，扎实推进法治建设各项任务。`

/** A province's short name run into its city and the places under it. */
const PROVINCE_SHORT: [string, string, Meta][] = [
  ['a district bureau under 河南 and its city', lead('河南洛阳市偃师区市场监督管理局2023年度法治政府建设情况报告', WE('我局')), m('偃师区市场监督管理局', '河南省洛阳市偃师区', '市场监管', 2023)],
  ['a district government under 山东 and its city', lead('山东青岛市崂山区人民政府2023年度法治政府建设工作报告', WE('我区')), m('崂山区人民政府', '山东省青岛市崂山区', GOV, 2023)],
  ['a county bureau under 江西 and its city', lead('江西赣州市于都县司法局2023年法治政府建设年度报告', WE('我局')), m('于都县司法局', '江西省赣州市于都县', '司法行政', 2023)],
  ['a county-level city\'s bureau under 安徽 and its city', lead('安徽宣城市宁国市应急管理局2023年度法治政府建设工作报告', WE('我局')), m('宁国市应急管理局', '安徽省宣城市宁国市', '应急管理', 2023)],
  ['a county bureau under 广西 and its city', lead('广西桂林市阳朔县文化广电和旅游局2023年度法治政府建设情况报告', WE('我局')), m('阳朔县文化广电和旅游局', '广西壮族自治区桂林市阳朔县', '文化旅游', 2023)],
  ['a banner bureau under 内蒙古 and its city', lead('内蒙古赤峰市克什克腾旗林业和草原局2023年度法治政府建设工作报告', WE('我局')), m('克什克腾旗林业和草原局', '内蒙古自治区赤峰市克什克腾旗', '林业', 2023)],
  ['a town under 福建, its city and county-level city', lead('福建泉州市晋江市陈埭镇人民政府2023年法治政府建设年度报告', WE('我镇')), m('陈埭镇人民政府', '福建省泉州市晋江市陈埭镇', TOWN, 2023)],
  ['a district bureau under 广东 and its city, traditional', T(lead('廣東佛山市順德區司法局2023年度法治政府建設情況報告', WE('我局'))), m('顺德区司法局', '广东省佛山市顺德区', '司法行政', 2023)],
  ['a district bureau under 湖南 and its city named in the lead', lead('2023年度法治政府建设工作报告', '2023年，湖南岳阳市君山区农业农村局坚持依法行政，扎实推进法治建设各项任务。'), m('君山区农业农村局', '湖南省岳阳市君山区', '农业农村', 2023)],
  ['a district\'s joint letterhead under 四川 and its city', lead('中共四川成都市郫都区委　四川成都市郫都区人民政府\n关于2023年度法治政府建设情况的报告', WE('我区')), m('郫都区人民政府', '四川省成都市郫都区', GOV, 2023)],
  ['near miss: 吉林市 is a city, no province\'s short name', lead('吉林市船营区司法局2023年度法治政府建设工作报告', WE('我局')), m('船营区司法局', '吉林市船营区', '司法行政', 2023)],
  ['near miss: 海南藏族自治州 is no 海南省', lead('海南藏族自治州共和县司法局2023年度法治政府建设情况报告', WE('我局')), m('共和县司法局', '海南藏族自治州共和县', '司法行政', 2023)],
  ['near miss: 河南蒙古族自治县 is no 河南省', lead('河南蒙古族自治县2023年法治政府建设年度报告', WE('我县')), m('河南蒙古族自治县人民政府', '河南蒙古族自治县', GOV, 2023)],
  ['a 来源 row naming the bureau under 浙江 and its city over a bare title', chrome('来源：浙江温州市鹿城区司法局', '2023年度法治政府建设工作报告', WE('我局')), m('鹿城区司法局', '浙江省温州市鹿城区', '司法行政', 2023)],
]

/** A county that says it is its city's (or its prefecture's), and sentences that only look so. */
const BELONGS: [string, string, Meta][] = [
  ['a county that is 下辖的一个县 of its city', lead('安远县2023年度法治政府建设工作报告', '我县是赣州市下辖的一个县，地处赣南东南部。2023年，我县坚持依法行政。'), m('安远县人民政府', '赣州市安远县', GOV, 2023)],
  ['a county that its city governs (为X市所辖)', lead('文成县2023年法治政府建设年度报告', '文成县为温州市所辖，地处浙南山区。2023年，我县坚持依法行政。'), m('文成县人民政府', '温州市文成县', GOV, 2023)],
  ['a county that is its autonomous prefecture\'s (系X州所辖县)', lead('建始县2023年度法治政府建设工作报告', '建始县系恩施土家族苗族自治州所辖县。2023年，我县坚持依法行政。'), m('建始县人民政府', '恩施土家族苗族自治州建始县', GOV, 2023)],
  ['a banner that is its city\'s (是X市辖旗)', lead('陈巴尔虎旗2023年度法治政府建设情况报告', '我旗是呼伦贝尔市辖旗。2023年，我旗坚持依法行政。'), m('陈巴尔虎旗人民政府', '呼伦贝尔市陈巴尔虎旗', GOV, 2023)],
  ['a district that is one of its city\'s (是X市的一个区)', lead('叙州区2023年法治政府建设年度报告', '我区是宜宾市的一个区，2018年撤县设区。2023年，我区坚持依法行政。'), m('叙州区人民政府', '宜宾市叙州区', GOV, 2023)],
  ['a county-level city its prefecture manages (系X州代管的县级市)', lead('凯里市2023年度法治政府建设工作报告', '我市系黔东南州代管的县级市。2023年，我市坚持依法行政。'), m('凯里市人民政府', '黔东南州凯里市', GOV, 2023)],
  ['a county its city governs (归X市管辖), traditional', T(lead('蒼南縣2023年度法治政府建設工作報告', '蒼南縣歸溫州市管轄。2023年，我縣堅持依法行政。')), m('苍南县人民政府', '温州市苍南县', GOV, 2023)],
  ['near miss: a county that is its city\'s first county by people', lead('瑞金县2023年度法治政府建设工作报告', '我县是全市人口第一大县。2023年，我县坚持依法行政。'), m('瑞金县人民政府', '瑞金县', GOV, 2023)],
  ['near miss: a county a city\'s party committee chose for a pilot', lead('永嘉县2023年法治政府建设年度报告', '我县是温州市委确定的改革试点县。2023年，我县坚持依法行政。'), m('永嘉县人民政府', '永嘉县', GOV, 2023)],
  ['near miss: a county that is a city\'s urban area\'s back garden', lead('安吉县2023年度法治政府建设工作报告', '我县是杭州市区的后花园。2023年，我县坚持依法行政。'), m('安吉县人民政府', '安吉县', GOV, 2023)],
  ['near miss: a county paired with a city\'s county', lead('景东彝族自治县2023年法治政府建设年度报告', '我县是上海市对口帮扶县。2023年，我县坚持依法行政。'), m('景东彝族自治县人民政府', '景东彝族自治县', GOV, 2023)],
  ['a county bureau whose county says it is its city\'s', lead('平阳县教育局2023年度法治政府建设工作报告', '平阳县系温州市所辖县。2023年，我局坚持依法治教。'), m('平阳县教育局', '温州市平阳县', '教育', 2023)],
]

/** More parents named apart, in new wording. */
const APART: [string, string, Meta][] = [
  ['near miss: a county bureau reporting to its city\'s bureau in the body', lead('常山县司法局2023年度法治政府建设工作报告', '2023年，我局在衢州市司法局的业务指导下，坚持依法行政。'), m('常山县司法局', '常山县', '司法行政', 2023)],
  ['a town addressing its county-level city\'s rule-of-law office', to('横店镇2023年度法治政府建设工作报告', '中共东阳市委全面依法治市委员会办公室：', WE('我镇')), m('横店镇人民政府', '东阳市横店镇', TOWN, 2023)],
  ['near miss: a town under its city\'s 门户网站 only', chrome('来源：金华市人民政府门户网站', '白龙桥镇2023年度法治政府建设工作报告', WE('我镇')), m('白龙桥镇人民政府', '白龙桥镇', TOWN, 2023)],
  ['a street on its district\'s site with a dash', chrome('五马街道2023年法治政府建设工作报告-鹿城区人民政府网', '五马街道2023年法治政府建设工作报告', WE('我街道')), m('五马街道办事处', '鹿城区五马街道', STREET, 2023)],
  ['a county addressing its prefecture\'s 行政公署 in full', to('于田县人民政府2023年度法治政府建设情况报告', '和田地区行政公署：', WE('我县')), m('于田县人民政府', '和田地区于田县', GOV, 2023)],
  ['near miss: a county-level city led by its province and prefecture apart', lead('诸暨市2023年度法治政府建设工作报告', '2023年，在省委、省政府和绍兴市委、市政府的坚强领导下，我市坚持依法行政。'), m('诸暨市人民政府', '诸暨市', GOV, 2023)],
  ['a town led by its county in a 按照…要求 clause, traditional', T(lead('橫溪鎮2023年度法治政府建設工作報告', '2023年，按照仙居縣委、縣政府的工作要求，我鎮堅持依法行政。')), m('横溪镇人民政府', '仙居县横溪镇', TOWN, 2023)],
  ['a county government whose 发布机构 is its city\'s general office, traditional', T(chrome('發布機構：麗水市人民政府辦公室', '慶元縣2023年度法治政府建設情況報告', WE('我縣'))), m('庆元县人民政府', '庆元县', GOV, 2023)],
  ['a county-level city\'s bureau under 江苏 and its city in a 发布机构 row', chrome('发布机构：江苏无锡市江阴市司法局', '2023年度法治政府建设情况报告', WE('我局')), m('江阴市司法局', '江苏省无锡市江阴市', '司法行政', 2023)],
  ['a county that is its city\'s 下辖县', lead('交口县2023年度法治政府建设工作报告', '我县为吕梁市下辖县，地处吕梁山中段。2023年，我县坚持依法行政。'), m('交口县人民政府', '吕梁市交口县', GOV, 2023)],
  ['a banner that is its league\'s (是X盟所辖的旗)', lead('镶黄旗2023年法治政府建设年度报告', '我旗是锡林郭勒盟所辖的旗。2023年，我旗坚持依法行政。'), m('镶黄旗人民政府', '锡林郭勒盟镶黄旗', GOV, 2023)],
  ['near miss: a county that is its city\'s only ecological county', lead('遂昌县2023年度法治政府建设工作报告', '我县是丽水市唯一的国家级生态示范县。2023年，我县坚持依法行政。'), m('遂昌县人民政府', '遂昌县', GOV, 2023)],
  ['a district bureau under 浙江 and its city, traditional', T(lead('浙江紹興市柯橋區衛生健康局2023年度法治政府建設工作報告', WE('我局'))), m('柯桥区卫生健康局', '浙江省绍兴市柯桥区', '卫生健康', 2023)],
  ['near miss: a town written under its county whose lead names 省 apart', lead('仙居县白塔镇2023年法治政府建设年度报告', '2023年，在省、市、县各级的关心支持下，我镇坚持依法行政。'), m('白塔镇人民政府', '仙居县白塔镇', TOWN, 2023)],
]

export const CASES_56C: [string, string, Meta][] = [...PROVINCE_SHORT, ...BELONGS, ...APART]

/**
 * A county's branch of its city's bureau named by the county's short name only in the body (the dev form of r54c's 开平: its own
 * document's title, 《江门市生态环境局开平分局…方案》, its 我局, the county written out as its governing body): the county's branch, as
 * such a title is read (the branch ruling of auth32). Written before the rule.
 */
const BODY_BRANCH: [string, string, Meta][] = [
  ['a county-level city\'s branch named only in its own plan\'s title', `2025年，在开平市委、市政府和上级生态环境部门的领导下，我局坚持依法行政。我局制定了《江门市生态环境局开平分局行政执法培训方案》，组织集中学法6次。${'\n'}一、主要工作${'\n'}开展执法检查21次。`, m('开平市生态环境分局', '江门市开平市', '生态环境', 2025)],
  ['a county-level city\'s branch named in its study group under a bare title', lead('2023年度法治政府建设工作报告', '2023年，在海宁市委、市政府的坚强领导下，我局坚持依法治污。嘉兴市生态环境局海宁分局党组理论学习中心组开展学法4次。'), m('海宁市生态环境分局', '嘉兴市海宁市', '生态环境', 2023)],
  ['a county\'s branch named in its own notice under a bare title', lead('法治政府建设工作情况报告', '2023年，在庆元县委、县政府的领导下，我局坚持依法行政，印发《丽水市生态环境局庆元分局行政处罚裁量基准》。'), m('庆元县生态环境分局', '丽水市庆元县', '生态环境', 2023)],
  ['a district\'s branch named in the body, its district written out', lead('2023年度法治政府建设情况报告', '2023年，在北仑区委、区政府的领导下，我局坚持依法行政。宁波市生态环境局北仑分局全年开展执法检查21次。'), m('北仑区生态环境分局', '宁波市北仑区', '生态环境', 2023)],
  ['a county-level city\'s 自然资源和规划 branch named in the body', lead('2023年法治政府建设年度报告', '2023年，在瑞安市委、市政府的领导下，我局坚持依法行政，修订《温州市自然资源和规划局瑞安分局重大行政决策程序规定》。'), m('瑞安市自然资源和规划分局', '温州市瑞安市', '自然资源', 2023)],
  ['near miss: a branch whose district the text never writes out', lead('2023年度法治政府建设情况报告', '2023年，我局坚持依法行政。宁波市生态环境局北仑分局全年开展执法检查21次，我局严格规范执法。'), m('宁波市生态环境局北仑分局', '宁波市', '生态环境', 2023)],
  ['a county-level city\'s branch named only in its own plan\'s title, traditional', T(lead('法治政府建設工作報告', '2024年，在諸暨市委、市政府的領導下，我局堅持依法行政，制定《紹興市生態環境局諸暨分局普法責任清單》。')), m('诸暨市生态环境分局', '绍兴市诸暨市', '生态环境', 2024)],
]
export const CASES_56D: [string, string, Meta][] = BODY_BRANCH

/**
 * A province's short name before a prefecture that is no 市 — an autonomous prefecture by its short 州 or in full, a 地区, a league —
 * and the county-level place under it (湖北恩施州利川市 → 湖北省恩施州利川市). Written before the rule (the first rule read only a city).
 */
const PROVINCE_PREFECTURE: [string, string, Meta][] = [
  ['a county-level city under 湖北 and its prefecture\'s short 州', lead('湖北恩施州利川市民政局2023年度法治政府建设情况报告', WE('我局')), m('利川市民政局', '湖北省恩施州利川市', '民政', 2023)],
  ['a county-level city under 四川 and its prefecture\'s short 州', lead('四川凉山州西昌市交通运输局2023年法治政府建设年度报告', WE('我局')), m('西昌市交通运输局', '四川省凉山州西昌市', '交通', 2023)],
  ['a county-level city under 新疆 and its prefecture\'s short 州', lead('新疆伊犁州伊宁市司法局2023年度法治政府建设工作报告', WE('我局')), m('伊宁市司法局', '新疆维吾尔自治区伊犁州伊宁市', '司法行政', 2023)],
  ['a county-level city under 湖南 and its prefecture\'s short 州, traditional', T(lead('湖南湘西州吉首市司法局2023年度法治政府建設情況報告', WE('我局'))), m('吉首市司法局', '湖南省湘西州吉首市', '司法行政', 2023)],
  ['a county-level city under 新疆 and its 地区', lead('新疆阿克苏地区库车市司法局2023年度法治政府建设情况报告', WE('我局')), m('库车市司法局', '新疆维吾尔自治区阿克苏地区库车市', '司法行政', 2023)],
  ['a banner under 内蒙古 and its league', lead('内蒙古锡林郭勒盟正蓝旗司法局2023年法治政府建设年度报告', WE('我局')), m('正蓝旗司法局', '内蒙古自治区锡林郭勒盟正蓝旗', '司法行政', 2023)],
  ['a county-level city under 湖北 and its autonomous prefecture in full', lead('湖北恩施土家族苗族自治州利川市民政局2023年度法治政府建设情况报告', WE('我局')), m('利川市民政局', '湖北省恩施土家族苗族自治州利川市', '民政', 2023)],
  ['near miss: 海南州 is a prefecture of 青海, no 海南省', lead('海南州共和县司法局2023年度法治政府建设情况报告', WE('我局')), m('共和县司法局', '海南州共和县', '司法行政', 2023)],
]
export const CASES_56E: [string, string, Meta][] = PROVINCE_PREFECTURE

/**
 * A title whose place chain is broken by a space (温州市 泰顺县司法局, 泰顺县 罗阳镇: one chain, the author the inner place's), and a town
 * that says it stands 作为 its county's town (罗阳镇作为泰顺县城关镇, the 是/为/系X县…镇 form of region50), with near misses. Written
 * before their rules.
 */
const SPACED: [string, string, Meta][] = [
  ['a county bureau titled after its city and a space', lead('温州市 泰顺县司法局2023年度法治政府建设情况报告', WE('我局')), m('泰顺县司法局', '温州市泰顺县', '司法行政', 2023)],
  ['a town titled after its county and a space', lead('泰顺县 罗阳镇2023年法治政府建设工作报告', WE('我镇')), m('罗阳镇人民政府', '泰顺县罗阳镇', TOWN, 2023)],
  ['a district bureau titled after its province and a space', lead('浙江省 杭州市余杭区市场监督管理局2023年度法治政府建设工作报告', WE('我局')), m('余杭区市场监督管理局', '浙江省杭州市余杭区', '市场监管', 2023)],
  ['a district government titled after its city and a space', lead('丽水市 莲都区人民政府关于2023年度法治政府建设情况的报告', WE('我区')), m('莲都区人民政府', '丽水市莲都区', GOV, 2023)],
  ['a county bureau titled after its city and a full-width space', lead('温州市　泰顺县交通运输局2023年法治政府建设年度报告', WE('我局')), m('泰顺县交通运输局', '温州市泰顺县', '交通', 2023)],
  ['a county-level city\'s bureau titled after its city and a space, traditional', T(lead('溫州市 瑞安市司法局2023年度法治政府建設工作報告', WE('我局'))), m('瑞安市司法局', '温州市瑞安市', '司法行政', 2023)],
  ['near miss: a town\'s joint letterhead with a space', lead('中共罗阳镇委员会 罗阳镇人民政府\n关于2023年度法治政府建设情况的报告', WE('我镇')), m('罗阳镇人民政府', '罗阳镇', TOWN, 2023)],
  ['near miss: a county and its bureau by its word alone after a space', lead('泰顺县 司法局2023年度法治政府建设情况报告', WE('我局')), m('泰顺县司法局', '泰顺县', '司法行政', 2023)],
]

const AS_ITS_TOWN: [string, string, Meta][] = [
  ['a town that stands 作为 its county\'s seat town', lead('罗阳镇2023年法治政府建设工作报告', '2023年，罗阳镇作为泰顺县城关镇，坚持依法行政。'), m('罗阳镇人民政府', '泰顺县罗阳镇', TOWN, 2023)],
  ['我镇 作为 its county\'s industrial town', lead('桥下镇2023年度法治政府建设工作报告', '2023年，我镇作为永嘉县的工业强镇，坚持依法行政。'), m('桥下镇人民政府', '永嘉县桥下镇', TOWN, 2023)],
  ['a street that stands 作为 its district\'s central street', lead('城关街道2023年法治政府建设年度报告', '2023年，我街道作为莲都区的中心街道，坚持依法行政。'), m('城关街道办事处', '莲都区城关街道', STREET, 2023)],
  ['near miss: 作为 the whole county\'s town, no county named', lead('仕阳镇2023年度法治政府建设工作报告', '2023年，我镇作为全县的人口大镇，坚持依法行政。'), m('仕阳镇人民政府', '仕阳镇', TOWN, 2023)],
  ['near miss: 作为 a town bordering another county', lead('三魁镇2023年度法治政府建设工作报告', '2023年，我镇作为与文成县交界的边界镇，坚持依法行政。'), m('三魁镇人民政府', '三魁镇', TOWN, 2023)],
]
export const CASES_56F: [string, string, Meta][] = [...SPACED, ...AS_ITS_TOWN]
