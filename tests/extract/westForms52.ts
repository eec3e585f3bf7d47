/**
 * Openings for ./westForms52.test.ts: authors of the west and the autonomous areas (内蒙古, 新疆 and the corps, 西藏, 宁夏, 广西, 青海,
 * 甘肃, 云南, 贵州, 四川's 甘孜/阿坝/凉山, 湘西, 恩施, 延边) at every level: the autonomous region's departments, leagues and 地区 with
 * their 行政公署, autonomous prefectures' governments and bureaus, autonomous counties with long ethnic names, banners and county-level
 * cities, 苏木 and ethnic townships, the corps' 师市. Shapes: a title with the full name, a page's 发布机构 or 来源 row over a bare title,
 * a signature only, no title (the author a lead's subject), a bilingual chrome line, traditional script. Real organs, invented wording.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

type Case = [string, string, Meta]
const T = (s: string) => toTraditional(s)

/** One author and how its report speaks of itself. */
interface West { key: string; full: string; meta: Meta; self: string }
const w = (key: string, full: string, self: string, agency: string, region: string | null, sector: string): West =>
  ({ key, full, self, meta: m(agency, region, sector, 2023) })

const titled = (a: West) => `${a.full}2023年度法治政府建设情况报告\n2023年，${a.self}坚持依法行政，推进各项工作法治化。${WORK}`
const published = (a: West) => `索引号：11652900/2024-00031\n发布机构：${a.full}\n公开方式：主动公开\n法治政府建设年度报告\n2023年，${a.self}坚持依法行政。${WORK}`
const signed = (a: West) => `2023年度法治政府建设工作报告\n一年来，${a.self}认真贯彻落实上级部署，坚持依法行政。${WORK}\n特此报告。\n\n${a.full}\n2024年1月15日`
const lead = (a: West) => `2023年，${a.full}坚持以习近平法治思想为指导，扎实推进法治政府建设。${WORK}`

const AUTHORS: West[] = [
  // the autonomous regions' and western provinces' departments, the corps'
  w('ningxia justice dept', '宁夏回族自治区司法厅', '我厅', '宁夏回族自治区司法厅', '宁夏回族自治区', '司法行政'),
  w('tibet ecology dept', '西藏自治区生态环境厅', '我厅', '西藏自治区生态环境厅', '西藏自治区', '生态环境'),
  w('xinjiang emergency dept', '新疆维吾尔自治区应急管理厅', '我厅', '新疆维吾尔自治区应急管理厅', '新疆维吾尔自治区', '应急管理'),
  w('inner mongolia civil affairs dept', '内蒙古自治区民政厅', '我厅', '内蒙古自治区民政厅', '内蒙古自治区', '民政'),
  w('guangxi transport dept', '广西壮族自治区交通运输厅', '我厅', '广西壮族自治区交通运输厅', '广西壮族自治区', '交通'),
  w('qinghai justice dept', '青海省司法厅', '我厅', '青海省司法厅', '青海省', '司法行政'),
  w('corps civil affairs bureau', '新疆生产建设兵团民政局', '我局', '新疆生产建设兵团民政局', '新疆生产建设兵团', '民政'),
  // leagues and 地区, their 行政公署 and bureaus
  w('league office', '锡林郭勒盟行政公署', '我盟', '锡林郭勒盟行政公署', '锡林郭勒盟', '市政府'),
  w('alxa league office', '阿拉善盟行政公署', '我盟', '阿拉善盟行政公署', '阿拉善盟', '市政府'),
  w('kashgar prefecture office', '喀什地区行政公署', '我地区', '喀什地区行政公署', '喀什地区', '市政府'),
  w('hotan prefecture office', '和田地区行政公署', '我地区', '和田地区行政公署', '和田地区', '市政府'),
  w('aksu prefecture justice bureau', '阿克苏地区司法局', '我局', '阿克苏地区司法局', '阿克苏地区', '司法行政'),
  w('alxa league ecology bureau', '阿拉善盟生态环境局', '我局', '阿拉善盟生态环境局', '阿拉善盟', '生态环境'),
  // autonomous prefectures
  w('liangshan government', '凉山彝族自治州人民政府', '我州', '凉山彝族自治州人民政府', '凉山彝族自治州', '市政府'),
  w('garze government', '甘孜藏族自治州人民政府', '我州', '甘孜藏族自治州人民政府', '甘孜藏族自治州', '市政府'),
  w('xiangxi government', '湘西土家族苗族自治州人民政府', '我州', '湘西土家族苗族自治州人民政府', '湘西土家族苗族自治州', '市政府'),
  w('linxia government', '临夏回族自治州人民政府', '我州', '临夏回族自治州人民政府', '临夏回族自治州', '市政府'),
  w('liangshan justice bureau', '凉山彝族自治州司法局', '我局', '凉山彝族自治州司法局', '凉山彝族自治州', '司法行政'),
  w('aba ecology bureau', '阿坝藏族羌族自治州生态环境局', '我局', '阿坝藏族羌族自治州生态环境局', '阿坝藏族羌族自治州', '生态环境'),
  w('enshi emergency bureau', '恩施土家族苗族自治州应急管理局', '我局', '恩施土家族苗族自治州应急管理局', '恩施土家族苗族自治州', '应急管理'),
  w('yanbian market bureau', '延边朝鲜族自治州市场监督管理局', '我局', '延边朝鲜族自治州市场监督管理局', '延边朝鲜族自治州', '市场监管'),
  w('ili civil affairs bureau', '伊犁哈萨克自治州民政局', '我局', '伊犁哈萨克自治州民政局', '伊犁哈萨克自治州', '民政'),
  w('haixi justice bureau', '海西蒙古族藏族自治州司法局', '我局', '海西蒙古族藏族自治州司法局', '海西蒙古族藏族自治州', '司法行政'),
  // autonomous counties, banners, county-level cities, the corps' 师市
  w('shuangjiang justice bureau', '双江拉祜族佤族布朗族傣族自治县司法局', '我局', '双江拉祜族佤族布朗族傣族自治县司法局', '双江拉祜族佤族布朗族傣族自治县', '司法行政'),
  w('datong county government', '大通回族土族自治县人民政府', '我县', '大通回族土族自治县人民政府', '大通回族土族自治县', '区县政府'),
  w('xunhua market bureau', '循化撒拉族自治县市场监督管理局', '我局', '循化撒拉族自治县市场监督管理局', '循化撒拉族自治县', '市场监管'),
  w('sanjiang county government', '三江侗族自治县人民政府', '我县', '三江侗族自治县人民政府', '三江侗族自治县', '区县政府'),
  w('qapqal justice bureau', '察布查尔锡伯自治县司法局', '我局', '察布查尔锡伯自治县司法局', '察布查尔锡伯自治县', '司法行政'),
  w('horqin right middle banner', '科尔沁右翼中旗人民政府', '我旗', '科尔沁右翼中旗人民政府', '科尔沁右翼中旗', '区县政府'),
  w('otog front banner justice bureau', '鄂托克前旗司法局', '我局', '鄂托克前旗司法局', '鄂托克前旗', '司法行政'),
  w('ejin banner emergency bureau', '额济纳旗应急管理局', '我局', '额济纳旗应急管理局', '额济纳旗', '应急管理'),
  w('delingha city government', '德令哈市人民政府', '我市', '德令哈市人民政府', '德令哈市', '区县政府'),
  w('jishou city government', '吉首市人民政府', '我市', '吉首市人民政府', '吉首市', '区县政府'),
  w('luding justice bureau', '泸定县司法局', '我局', '泸定县司法局', '泸定县', '司法行政'),
  w('first division aral', '第一师阿拉尔市人民政府', '师市', '阿拉尔市人民政府', '阿拉尔市', '区县政府'),
  // 苏木 and ethnic townships
  w('sumu', '巴彦塔拉苏木人民政府', '我苏木', '巴彦塔拉苏木人民政府', '巴彦塔拉苏木', '乡镇政府'),
  w('ethnic township', '湾甸傣族乡人民政府', '我乡', '湾甸傣族乡人民政府', '湾甸傣族乡', '乡镇政府'),
]

/** Four shapes of every author: its title, a 发布机构 row over a bare title, a signature only, and traditional script of its title. */
const SHAPES: [string, (a: West) => string][] = [
  ['titled', titled], ['by its 发布机构 row', published], ['signed only', signed], ['titled, traditional', (a) => T(titled(a))],
]
const BY_SHAPE: Case[] = AUTHORS.flatMap((a) => SHAPES.map(([s, f]): Case => [`${a.key}, ${s}`, f(a), a.meta]))

/** Governments named only as a lead's subject (no title line). */
const LEADS: Case[] = AUTHORS.filter((a) => a.meta.sector === '市政府' || a.meta.sector === '区县政府')
  .map((a): Case => [`${a.key}, no title, a lead's subject`, lead(a), a.meta])

/** Short names in titles, leads in the level's own words, chrome in two scripts, places written before the author. */
const FORMS: Case[] = [
  ['a prefecture bureau by its short 州 name', `凉山州司法局2023年法治政府建设年度报告\n2023年，我局坚持依法行政。${WORK}`, m('凉山州司法局', '凉山州', '司法行政', 2023)],
  ['a prefecture bureau by its short 州 name, traditional', T(`湘西州民政局2022年度法治政府建设工作报告\n2022年，我局坚持依法行政。${WORK}`), m('湘西州民政局', '湘西州', '民政', 2022)],
  ['a league bureau by its short league name', `阿盟司法局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('阿拉善盟司法局', '阿拉善盟', '司法行政', 2023)],
  ['a banner bureau under its league\'s short name', `锡盟东乌珠穆沁旗市场监督管理局2022年法治政府建设工作总结\n2022年，我局坚持依法行政。${WORK}`, m('东乌珠穆沁旗市场监督管理局', '锡林郭勒盟东乌珠穆沁旗', '市场监管', 2022)],
  ['a county under its prefecture\'s short name', `甘孜州泸定县2023年法治政府建设情况报告\n2023年，我县坚持依法行政。${WORK}`, m('泸定县人民政府', '甘孜州泸定县', '区县政府', 2023)],
  ['a county bureau under its prefecture in full', `阿坝藏族羌族自治州汶川县应急管理局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('汶川县应急管理局', '阿坝藏族羌族自治州汶川县', '应急管理', 2023)],
  ['a county-level city under its autonomous prefecture', `云南省迪庆藏族自治州香格里拉市人民政府关于2022年度法治政府建设情况的报告\n2022年，我市坚持依法行政。${WORK}`, m('香格里拉市人民政府', '云南省迪庆藏族自治州香格里拉市', '区县政府', 2022)],
  ['an autonomous region\'s city bureau in its chain', `广西壮族自治区百色市司法局2023年法治政府建设年度报告\n2023年，我局坚持依法行政。${WORK}`, m('百色市司法局', '广西壮族自治区百色市', '司法行政', 2023)],
  ['a banner under its region and city', `内蒙古自治区鄂尔多斯市乌审旗人民政府2023年度法治政府建设情况报告\n2023年，我旗坚持依法行政。${WORK}`, m('乌审旗人民政府', '内蒙古自治区鄂尔多斯市乌审旗', '区县政府', 2023)],
  ['a town under its banner', `科尔沁右翼中旗巴彦呼舒镇人民政府2023年法治政府建设工作报告\n2023年，我镇坚持依法行政。${WORK}`, m('巴彦呼舒镇人民政府', '科尔沁右翼中旗巴彦呼舒镇', '乡镇政府', 2023)],
  ['a 苏木 titled bare, its 嘎查 in the lead', `巴彦塔拉苏木2022年法治政府建设情况报告\n2022年，我苏木指导全苏木9个嘎查修订村规民约，推进依法治理。${WORK}`, m('巴彦塔拉苏木人民政府', '巴彦塔拉苏木', '乡镇政府', 2022)],
  ['a league government by 盟委、行署 and its own plan\'s title', `2023年，盟委、行署高度重视法治政府建设，印发《阿拉善盟法治政府建设实施方案》，推动各项工作落实。${WORK}`, m('阿拉善盟行政公署', '阿拉善盟', '市政府', 2023)],
  ['a 地区 government by 地委、行署 and its own measures\' title', `一年来，地委、行署坚持依法行政，制定《和田地区重大行政决策程序规定》，全年审议重大事项12件。${WORK}`, m('和田地区行政公署', '和田地区', '市政府', null)],
  ['a prefecture by 州委、州政府 and its own rules\' title', `2022年，州委、州政府主要领导切实履行推进法治建设第一责任人职责，出台《临夏回族自治州行政执法公示办法》。${WORK}`, m('临夏回族自治州人民政府', '临夏回族自治州', '市政府', 2022)],
  ['a banner by 旗委、旗政府 and its own plan\'s title, traditional', T(`2023年，旗委、旗政府坚持依法行政，印发《额济纳旗法治政府建设工作要点》。${WORK}`), m('额济纳旗人民政府', '额济纳旗', '区县政府', 2023)],
  ['a prefecture under its province, its party committee beside it', `2023年，在省委、省政府的坚强领导下，甘孜藏族自治州坚持依法行政，法治政府建设取得新成效。${WORK}`, m('甘孜藏族自治州人民政府', '甘孜藏族自治州', '市政府', 2023)],
  ['a 师市 lead under the corps', `2023年，在兵团党委的坚强领导下，第一师阿拉尔市坚持依法行政，师市法治政府建设取得新进展。${WORK}`, m('阿拉尔市人民政府', '阿拉尔市', '区县政府', 2023)],
  ['a division and city titled', `第八师石河子市2022年度法治政府建设情况报告\n2022年，师市坚持依法行政。${WORK}`, m('石河子市人民政府', '石河子市', '区县政府', 2022)],
  ['an English chrome line under the title', `阿拉善盟行政公署\nAlxa League Administrative Office\n2023年法治政府建设年度报告\n2023年，我盟坚持依法行政。${WORK}`, m('阿拉善盟行政公署', '阿拉善盟', '市政府', 2023)],
  ['a Uyghur chrome line over a department\'s title', `شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق ئەدلىيە نازارىتى\n新疆维吾尔自治区司法厅2023年度法治政府建设情况报告\n2023年，我厅坚持依法行政。${WORK}`, m('新疆维吾尔自治区司法厅', '新疆维吾尔自治区', '司法行政', 2023)],
  ['a Tibetan chrome line over a prefecture\'s 行署', `མངའ་རིས་ས་ཁུལ།\n阿里地区行政公署\n关于2022年法治政府建设情况的报告\n2022年，我地区坚持依法行政。${WORK}`, m('阿里地区行政公署', '阿里地区', '市政府', 2022)],
  ['a Mongolian transliteration beside the banner\'s name', `鄂托克前旗人民政府（Otog Front Banner）\n2023年度法治政府建设情况报告\n2023年，我旗坚持依法行政。${WORK}`, m('鄂托克前旗人民政府', '鄂托克前旗', '区县政府', 2023)],
  ['a 来源 row of the prefecture\'s portal over a county bureau', `来源：恩施州人民政府　发布时间：2024-01-20\n来凤县市场监督管理局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('来凤县市场监督管理局', '来凤县', '市场监管', 2023)],
  ['a 发布机构 row of a short-named county over its full title', `发布机构：双江县人民政府\n双江拉祜族佤族布朗族傣族自治县2023年法治政府建设年度报告\n2023年，我县坚持依法行政。${WORK}`, m('双江拉祜族佤族布朗族傣族自治县人民政府', '双江拉祜族佤族布朗族傣族自治县', '区县政府', 2023)],
  ['an ethnic township under its county', `昌宁县湾甸傣族乡2023年法治政府建设工作报告\n2023年，我乡坚持依法行政。${WORK}`, m('湾甸傣族乡人民政府', '昌宁县湾甸傣族乡', '乡镇政府', 2023)],
  ['an autonomous county\'s town led by the county in full', `2022年，勐库镇在双江拉祜族佤族布朗族傣族自治县委、县政府的坚强领导下，坚持依法行政。${WORK}`, m('勐库镇人民政府', '双江拉祜族佤族布朗族傣族自治县勐库镇', '乡镇政府', 2022)],
]

export const CASES_WEST_52: Case[] = [...BY_SHAPE, ...LEADS, ...FORMS]
