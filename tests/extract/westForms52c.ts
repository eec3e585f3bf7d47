/**
 * A third batch for ./westForms52.test.ts, written after the first two batches' rules: wording of western pages neither used — 述职
 * and 工作总结 titles, 州/盟/地区 offices' own documents, a 团场 and 师市 departments, a 行署's general office, a 自治区's government,
 * a banner named with its league in a lead, an addressee with the corps, deputies' words (全州上下, 全旗), a 来源 row with a short name
 * over a full title, text of a transliterated name's line break. Real organs, invented wording.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

type Case = [string, string, Meta]
const T = (s: string) => toTraditional(s)

export const CASES_WEST_52C: Case[] = [
  ['a 行署 general office titled', `阿拉善盟行政公署办公室2023年度法治政府建设情况报告\n2023年，我办坚持依法行政。${WORK}`, m('阿拉善盟行政公署办公室', '阿拉善盟', '市政府', 2023)],
  ['a 行署 general office by its short name', `喀什地区行署办公室关于2022年度法治政府建设情况的报告\n2022年，我办坚持依法行政。${WORK}`, m('喀什地区行政公署办公室', '喀什地区', '市政府', 2022)],
  ['a 行署 general office signed, traditional', T(`法治政府建设年度报告\n2023年，我办坚持依法行政。${WORK}\n\n和田地区行政公署办公室\n2024年1月3日`), m('和田地区行政公署办公室', '和田地区', '市政府', 2023)],
  ['an autonomous region\'s government titled', `新疆维吾尔自治区人民政府关于2022年度法治政府建设情况的报告\n2022年，自治区坚持依法行政。${WORK}`, m('新疆维吾尔自治区人民政府', '新疆维吾尔自治区', '省政府', 2022)],
  ['a 地区 bureau titled by 工作总结', `和田地区自然资源局2023年法治政府建设工作总结\n2023年，我局坚持依法行政。${WORK}`, m('和田地区自然资源局', '和田地区', '自然资源', 2023)],
  ['a prefecture bureau\'s 述职 by its head', `凉山州交通运输局局长2023年度履行推进法治建设第一责任人职责情况述职报告\n2023年，我认真履行推进法治建设第一责任人职责。${WORK}`, m('凉山州交通运输局', '凉山州', '交通', 2023)],
  ['a corps division\'s bureau', `第一师阿拉尔市司法局2023年法治政府建设年度报告\n2023年，我局坚持依法行政。${WORK}`, m('阿拉尔市司法局', '阿拉尔市', '司法行政', 2023)],
  ['a banner led by its league in the lead', `2023年，在锡林郭勒盟委、行署的坚强领导下，西乌珠穆沁旗坚持依法行政，法治政府建设取得新成效。${WORK}`, m('西乌珠穆沁旗人民政府', '西乌珠穆沁旗', '区县政府', 2023)],
  ['a county led by its 地委、行署', `2022年，在地委、行署的坚强领导下，叶城县坚持依法行政，全县法治政府建设取得新成效。${WORK}`, m('叶城县人民政府', '叶城县', '区县政府', 2022)],
  ['a 全州上下 lead with the prefecture in full in the title', `黔南布依族苗族自治州2023年法治政府建设年度报告\n2023年，全州上下坚持依法行政。${WORK}`, m('黔南布依族苗族自治州人民政府', '黔南布依族苗族自治州', '市政府', 2023)],
  ['a 全旗 lead with the banner only signed', `法治政府建设年度报告\n2022年，全旗上下坚持依法行政，法治政府建设迈上新台阶。${WORK}\n\n科尔沁左翼后旗人民政府\n2023年1月12日`, m('科尔沁左翼后旗人民政府', '科尔沁左翼后旗', '区县政府', 2022)],
  ['a 来源 row with the prefecture\'s short name over a county bureau', `来源：凉山州人民政府网\n越西县应急管理局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('越西县应急管理局', '越西县', '应急管理', 2023)],
  ['an autonomous county\'s department, the county short in the lead', `循化撒拉族自治县司法局2022年法治政府建设工作报告\n2022年，县司法局在循化县委、县政府的领导下，坚持依法行政。${WORK}`, m('循化撒拉族自治县司法局', '循化撒拉族自治县', '司法行政', 2022)],
  ['a Guangxi county bureau under its city', `广西壮族自治区河池市都安瑶族自治县民政局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${WORK}`, m('都安瑶族自治县民政局', '广西壮族自治区河池市都安瑶族自治县', '民政', 2023)],
  ['a Yunnan autonomous county named in a 现将 preamble', `根据州委依法治州办要求，现将元阳县人民政府2023年法治政府建设情况报告如下：${WORK}`, m('元阳县人民政府', '元阳县', '区县政府', 2023)],
  ['a Guizhou prefecture\'s bureau signed, traditional', T(`法治政府建设年度报告\n2023年，我局坚持依法行政。${WORK}\n\n黔东南苗族侗族自治州生态环境局\n2024年1月26日`), m('黔东南苗族侗族自治州生态环境局', '黔东南苗族侗族自治州', '生态环境', 2023)],
  ['a Tibet city bureau titled', `拉萨市城市管理和综合执法局2023年法治政府建设年度报告\n2023年，我局坚持依法行政。${WORK}`, m('拉萨市城市管理和综合执法局', '拉萨市', '城市管理', 2023)],
  ['a Qinghai prefecture government titled with its short name', `玉树州2022年度法治政府建设情况报告\n2022年，全州坚持依法行政。${WORK}`, m('玉树州人民政府', '玉树州', '市政府', 2022)],
  ['a Gansu autonomous county\'s town signed', `2023年法治政府建设工作报告\n2023年，我镇坚持依法行政。${WORK}\n\n天祝藏族自治县华藏寺镇人民政府\n2024年1月5日`, m('华藏寺镇人民政府', '天祝藏族自治县华藏寺镇', '乡镇政府', 2023)],
  ['a Yanbian county-level city government, no title', `2023年，延吉市人民政府坚持以习近平法治思想为指导，深入推进依法行政。${WORK}`, m('延吉市人民政府', '延吉市', '区县政府', 2023)],
  ['a 苏木 titled with its banner and league', `锡林郭勒盟阿巴嘎旗洪格尔高勒镇2023年法治政府建设情况报告\n2023年，我镇坚持依法行政。${WORK}`, m('洪格尔高勒镇人民政府', '锡林郭勒盟阿巴嘎旗洪格尔高勒镇', '乡镇政府', 2023)],
  ['a 嘎查-holding 苏木 by its 发布机构 row', `发布机构：阿巴嘎旗别力古台镇人民政府\n2022年度法治政府建设工作报告\n2022年，我镇坚持依法行政，指导各嘎查修订村规民约。${WORK}`, m('别力古台镇人民政府', '阿巴嘎旗别力古台镇', '乡镇政府', 2022)],
  ['a Ningxia city bureau, 自治区 only in its addressee', `自治区司法厅：\n现将吴忠市司法局2023年度法治政府建设情况报告如下。${WORK}`, m('吴忠市司法局', '吴忠市', '司法行政', 2023)],
  ['a Sichuan autonomous county in 阿坝', `马尔康市2023年度法治政府建设工作报告\n2023年，我市坚持依法行政。${WORK}`, m('马尔康市人民政府', '马尔康市', '区县政府', 2023)],
  ['a prefecture bureau abbreviated, the prefecture written in full in its own document', `2023年，州司法局坚持依法行政，起草《甘孜藏族自治州人民调解条例（草案）》，办理行政复议案件18件。${WORK}`, m('甘孜藏族自治州司法局', '甘孜藏族自治州', '司法行政', 2023)],
  ['a league bureau abbreviated, its league in a document', `2022年，盟生态环境局坚持依法治污，制定《兴安盟生态环境行政处罚裁量基准》。${WORK}`, m('兴安盟生态环境局', '兴安盟', '生态环境', 2022)],
  ['a 地区 bureau abbreviated, its 地区 in a brand', `2023年，地区司法局围绕“法治喀什”建设，坚持依法行政。${WORK}`, m('喀什地区司法局', '喀什地区', '司法行政', 2023)],
  ['a 团场 by its 发布单位 row over a bare title', `发布单位：第一师十团\n2023年度法治建设工作报告\n2023年，团党委坚持依法治团，推进各项工作法治化。${WORK}`, m('十团', '十团', '乡镇政府', 2023)],
]
