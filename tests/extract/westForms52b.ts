/**
 * A second batch for ./westForms52.test.ts, in wording the first did not use: site chrome (门户网站 headers, breadcrumbs, 主办单位
 * footers), short names in titles with the full name elsewhere (行署, 锡盟's banners, 州 and 旗 abbreviations), joint letterheads of a
 * level's party committee and government, addressee lines, leads that name the place only in its 法治X slogan, speeches to a congress
 * standing committee, 师市 and its 团场. Real organs, invented wording.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

type Case = [string, string, Meta]
const T = (s: string) => toTraditional(s)

export const CASES_WEST_52B: Case[] = [
  // site chrome
  ['a portal header and breadcrumb over a prefecture bureau', `甘孜藏族自治州人民政府门户网站\n当前位置：首页 > 政务公开 > 法治政府建设\n甘孜州司法局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('甘孜州司法局', '甘孜州', '司法行政', 2023)],
  ['a 主办单位 footer naming the author, title bare', `法治政府建设年度报告（2023年）\n2023年，我局坚持依法行政，全年办理行政复议案件14件。${WORK}\n主办单位：临夏回族自治州市场监督管理局　技术支持：临夏州信息中心`, m('临夏回族自治州市场监督管理局', '临夏回族自治州', '市场监管', 2023)],
  ['a 信息来源 row of a banner bureau', `信息来源：正镶白旗司法局　发布日期：2024-01-12　浏览次数：87\n2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('正镶白旗司法局', '正镶白旗', '司法行政', 2023)],
  ['a 发文机关 row of a 地区 行署', `发文机关：阿克苏地区行政公署\n成文日期：2024年01月18日\n阿克苏地区2023年法治政府建设情况报告\n2023年，地区坚持依法行政。${WORK}`, m('阿克苏地区行政公署', '阿克苏地区', '市政府', 2023)],
  ['a portal header of an autonomous county, traditional', T(`三江侗族自治县人民政府网\n首页 > 信息公开 > 法定主动公开内容\n三江县2022年法治政府建设年度报告\n2022年，我县坚持依法行政。${WORK}`), m('三江县人民政府', '三江县', '区县政府', 2022)],
  ['a Uyghur line between a bureau and its title', `喀什地区司法局\nقەشقەر ۋىلايەتلىك ئەدلىيە ئىدارىسى\n2022年度法治政府建设情况报告\n2022年，我局坚持依法行政。${WORK}`, m('喀什地区司法局', '喀什地区', '司法行政', 2022)],
  ['a Tibetan line between a county and its title, traditional', T(`定日县人民政府\nདིང་རི་རྫོང་མི་དམངས་སྲིད་གཞུང་།\n关于2023年度法治政府建设情况的报告\n2023年，我县坚持依法行政。${WORK}`), m('定日县人民政府', '定日县', '区县政府', 2023)],
  ['a Mongolian line between a banner bureau and its title', `正蓝旗应急管理局\nᠬᠥᠬᠡ ᠲᠤᠭ ᠬᠣᠰᠢᠭᠤ\n法治政府建设年度报告（2023年）\n2023年，我局坚持依法行政。${WORK}`, m('正蓝旗应急管理局', '正蓝旗', '应急管理', 2023)],
  // short names in titles
  ['a 行署 by its short name in the title', `锡林郭勒盟行署2023年度法治政府建设情况报告\n2023年，我盟坚持依法行政。${WORK}`, m('锡林郭勒盟行政公署', '锡林郭勒盟', '市政府', 2023)],
  ['a 地区 named bare in the title', `和田地区2022年法治政府建设工作报告\n2022年，地区坚持依法行政，全年审查规范性文件23件。${WORK}`, m('和田地区行政公署', '和田地区', '市政府', 2022)],
  ['a league named bare in the title, traditional', T(`兴安盟2023年度法治政府建设情况报告\n2023年，全盟坚持依法行政。${WORK}`), m('兴安盟行政公署', '兴安盟', '市政府', 2023)],
  ['a banner by its short name', `科右中旗2023年法治政府建设年度报告\n2023年，我旗坚持依法行政。${WORK}`, m('科右中旗人民政府', '科右中旗', '区县政府', 2023)],
  ['a banner bureau by its short name', `达茂旗应急管理局2022年度法治政府建设情况报告\n2022年，我局坚持依法行政。${WORK}`, m('达茂旗应急管理局', '达茂旗', '应急管理', 2022)],
  ['a banner under 锡盟 by the banner\'s name', `锡盟正镶白旗人民政府2023年法治政府建设工作报告\n2023年，我旗坚持依法行政。${WORK}`, m('正镶白旗人民政府', '锡林郭勒盟正镶白旗', '区县政府', 2023)],
  ['a prefecture government by its short name', `黔东南州2023年法治政府建设年度报告\n2023年，全州坚持依法行政。${WORK}`, m('黔东南州人民政府', '黔东南州', '市政府', 2023)],
  ['a prefecture bureau by its short name over two lines', `西双版纳州生态环境局\n2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('西双版纳州生态环境局', '西双版纳州', '生态环境', 2023)],
  ['an autonomous county by its short name, the full name in the body', `焉耆县2023年法治政府建设情况报告\n2023年，焉耆回族自治县坚持依法行政，法治政府建设取得新成效。${WORK}`, m('焉耆县人民政府', '焉耆县', '区县政府', 2023)],
  // joint letterheads and addressees
  ['a joint letterhead of a 地委 and its 行署', `中共喀什地委　喀什地区行政公署\n关于2023年度法治政府建设情况的报告\n自治区党委、自治区人民政府：\n2023年，地委、行署坚持依法行政。${WORK}`, m('喀什地区行政公署', '喀什地区', '市政府', 2023)],
  ['a joint letterhead of a 州委 and its government', `中共凉山彝族自治州委员会　凉山彝族自治州人民政府\n关于2022年法治政府建设情况的报告\n省委、省政府：\n2022年，州委、州政府坚持依法行政。${WORK}`, m('凉山彝族自治州人民政府', '凉山彝族自治州', '市政府', 2022)],
  ['a department under the region\'s addressee, signed', `自治区人民政府：\n现将我厅2023年度法治政府建设情况报告如下。${WORK}\n\n宁夏回族自治区自然资源厅\n2024年2月1日`, m('宁夏回族自治区自然资源厅', '宁夏回族自治区', '自然资源', 2023)],
  ['a bureau to its 行署, signed', `行署：\n现将我局2022年度法治政府建设工作情况报告如下：${WORK}\n\n阿里地区生态环境局\n2023年1月10日`, m('阿里地区生态环境局', '阿里地区', '生态环境', 2022)],
  ['a county bureau to its prefecture\'s bureau and county', `凉山州司法局、越西县人民政府：\n现将越西县交通运输局2023年法治政府建设情况报告如下。${WORK}`, m('越西县交通运输局', '凉山州越西县', '交通', 2023)],
  // leads
  ['no title, the prefecture only in its 法治X slogan', `2023年，州委、州政府坚持以习近平法治思想为引领，全力推进法治恩施建设，全州法治政府建设取得新成效。${WORK}`, m('恩施州人民政府', '恩施州', '市政府', 2023)],
  ['no title, 我州 beside the prefecture\'s name', `2022年，我州深入贯彻落实中央和省委决策部署，延边朝鲜族自治州法治政府建设迈出坚实步伐。${WORK}`, m('延边朝鲜族自治州人民政府', '延边朝鲜族自治州', '市政府', 2022)],
  ['no title, a 苏木 led by its banner', `2023年，宝格达苏木在东乌珠穆沁旗委、旗政府的正确领导下，坚持依法行政，推进嘎查依法治理。${WORK}`, m('宝格达苏木人民政府', '东乌珠穆沁旗宝格达苏木', '乡镇政府', 2023)],
  ['no title, a banner department abbreviated in the lead', `2023年，旗司法局在旗委、旗政府的坚强领导下，围绕法治乌审建设目标，扎实推进依法行政。${WORK}`, m('乌审旗司法局', '乌审旗', '司法行政', 2023)],
  ['no title, a prefecture bureau abbreviated, its place in a slogan', `2023年，州市场监管局坚持依法行政，围绕法治凉山建设，全年办理行政处罚案件312件。${WORK}`, m('凉山州市场监督管理局', '凉山州', '市场监管', 2023)],
  ['no title, a 地区 bureau in a 一是 clause', `2022年，阿克苏地区交通运输局坚持依法行政。一是加强学法用法，二是严格规范执法。${WORK}`, m('阿克苏地区交通运输局', '阿克苏地区', '交通', 2022)],
  ['no title, the corps\' division city as 师市', `2023年，第六师五家渠市坚持依法行政，师市党委常委会会议专题学法4次。${WORK}`, m('五家渠市人民政府', '五家渠市', '区县政府', 2023)],
  ['no title, traditional, a 行署 lead', T(`2023年，喀什地区行政公署坚持依法行政，地区法治政府建设取得新成效。${WORK}`), m('喀什地区行政公署', '喀什地区', '市政府', 2023)],
  ['no title, an autonomous county government in a long ethnic name', `2022年，孟连傣族拉祜族佤族自治县人民政府坚持依法行政，推进法治政府建设。${WORK}`, m('孟连傣族拉祜族佤族自治县人民政府', '孟连傣族拉祜族佤族自治县', '区县政府', 2022)],
  ['no title, 我州 and the prefecture in full in a later clause', `2022年以来，我州坚持依法行政，湘西土家族苗族自治州法治政府建设示范创建工作扎实推进。${WORK}`, m('湘西土家族苗族自治州人民政府', '湘西土家族苗族自治州', '市政府', 2022)],
  ['no title, a banner bureau abbreviated, its banner in a quoted brand, traditional', T(`2023年，旗市场监管局紧扣“法治达茂”建设目标，坚持依法行政，全年查办案件41件。${WORK}`), m('达茂旗市场监督管理局', '达茂旗', '市场监管', 2023)],
  // a county-level city and counties of the north-east and the west
  ['a county-level city under its 地区', `塔城地区乌苏市2023年法治政府建设年度报告\n2023年，我市坚持依法行政。${WORK}`, m('乌苏市人民政府', '塔城地区乌苏市', '区县政府', 2023)],
  ['a county bureau of 延边 under its prefecture', `延边朝鲜族自治州和龙市司法局2022年度法治政府建设工作报告\n2022年，我局坚持依法行政。${WORK}`, m('和龙市司法局', '延边朝鲜族自治州和龙市', '司法行政', 2022)],
  ['a county of 湘西 under its prefecture\'s short name', `湘西州凤凰县2023年度法治政府建设情况报告\n2023年，我县坚持依法行政。${WORK}`, m('凤凰县人民政府', '湘西州凤凰县', '区县政府', 2023)],
  ['a Tibetan county in its region and prefecture-level city', `西藏自治区日喀则市定日县人民政府2023年法治政府建设年度报告\n2023年，我县坚持依法行政。${WORK}`, m('定日县人民政府', '西藏自治区日喀则市定日县', '区县政府', 2023)],
  ['a 宁夏 county titled in full, traditional', T(`宁夏回族自治区固原市西吉县2022年度法治政府建设情况报告\n2022年，我县坚持依法行政。${WORK}`), m('西吉县人民政府', '宁夏回族自治区固原市西吉县', '区县政府', 2022)],
  ['a 贵州 autonomous county\'s bureau', `三都水族自治县自然资源局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('三都水族自治县自然资源局', '三都水族自治县', '自然资源', 2023)],
  ['a 甘肃 autonomous county by its signature', `法治政府建设年度报告\n一年来，我县坚持依法行政。${WORK}\n\n肃北蒙古族自治县人民政府\n2024年1月22日`, m('肃北蒙古族自治县人民政府', '肃北蒙古族自治县', '区县政府', 2023)],
  ['a 青海 prefecture\'s city by 来源 and title', `来源：海西州人民政府\n格尔木市2023年法治政府建设情况报告\n2023年，我市坚持依法行政。${WORK}`, m('格尔木市人民政府', '格尔木市', '区县政府', 2023)],
  ['an ethnic township signed with its county', `法治政府建设工作报告\n2023年，我乡坚持依法行政。${WORK}\n\n大通回族土族自治县朔北藏族乡人民政府\n2024年1月8日`, m('朔北藏族乡人民政府', '大通回族土族自治县朔北藏族乡', '乡镇政府', 2023)],
  ['no title, a town led by an autonomous county of four peoples', `2023年，者东镇党委、政府在镇沅彝族哈尼族拉祜族自治县委的坚强领导下，坚持依法行政。${WORK}`, m('者东镇人民政府', '镇沅彝族哈尼族拉祜族自治县者东镇', '乡镇政府', 2023)],
  ['no title, a township led by an autonomous county\'s government, traditional', T(`2022年，芒洪拉祜族布朗族乡在耿马傣族佤族自治县人民政府的指导下，推进依法行政。${WORK}`), m('芒洪拉祜族布朗族乡人民政府', '耿马傣族佤族自治县芒洪拉祜族布朗族乡', '乡镇政府', 2022)],
  ['a town of an autonomous banner, traditional', T(`莫力达瓦达斡尔族自治旗尼尔基镇2023年法治政府建设工作报告\n2023年，我镇坚持依法行政。${WORK}`), m('尼尔基镇人民政府', '莫力达瓦达斡尔族自治旗尼尔基镇', '乡镇政府', 2023)],
]
