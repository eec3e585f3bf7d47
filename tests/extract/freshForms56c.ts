/**
 * Forms from the dev half of the r56c-fresh batch (corpus README, fifty-sixth batch r56c), over invented openings:
 * - (author) a 兵团 regiment's own report (106团2022年法治政府建设年度报告 … 我团, 团场党委): the regiment, named as it names itself (a
 *   numeral's name in figures or in characters, 一〇三团, 88团, 一五〇团), a town-level place as a state farm is (sector 乡镇政府); its region
 *   the division-city written before it (第一师阿拉尔市十二团) or whose document it implements (《第十三师新星市…方案》), as a county's
 *   document places a town, the division itself no place (师市 is the corps' word for the division-city); found on r56c's 106团 opening
 *   (no author read). Near misses: a body named 团 that is no place (县普法讲师团, 共青团…县委, a 集团 company), a county's report that
 *   names a regiment it works with (青禾县与一〇三团开展联合执法: the county's).
 * Each text is invented (other regiments, places and wording); none is a corpus item's text.
 */
import { toTraditional } from './traditional'
import { m, WORK, type Meta } from './metaForms41Kinds'

export const REGIMENT_56C: [string, string, Meta][] = [
  ['a regiment in characters, its own title and 我团',
    `一〇三团2023年法治政府建设年度报告\n\n在师市党委、政府的领导下，一〇三团深入学习贯彻习近平法治思想，全面推进法治团场建设。现将我团2023年度法治政府建设情况报告如下：${WORK}`,
    m('一〇三团', '一〇三团', '乡镇政府', 2023)],
  ['a regiment in figures (88团…法治建设工作报告)',
    `88团2022年法治建设工作报告\n\n2022年，88团党委坚持依法治团，团场各项工作在法治轨道上运行。现将有关情况报告如下：${WORK}`,
    m('88团', '88团', '乡镇政府', 2022)],
  ['the division-city written before the regiment (第一师阿拉尔市十二团)',
    `第一师阿拉尔市十二团2024年度法治政府建设情况报告\n\n2024年，十二团在师市党委领导下推进依法治团。${WORK}`,
    m('十二团', '阿拉尔市十二团', '乡镇政府', 2024)],
  ['the division-city\'s plan the regiment implements (《第十三师新星市…方案》)',
    `二二二团关于2021年度法治政府建设工作情况的报告\n\n师市党委：\n\n2021年，我团按照《第十三师新星市法治政府建设实施方案》的要求，推进法治团场建设。${WORK}`,
    m('二二二团', '新星市二二二团', '乡镇政府', 2021)],
  ['traditional, 一五〇團…工作總結',
    toTraditional(`一五〇团2022年法治建设工作总结\n\n2022年，一五〇团党委把法治团场建设列入重要议程。${WORK}`),
    m('一五〇团', '一五〇团', '乡镇政府', 2022)],
  // near misses
  ['a lecturers\' group (县普法讲师团) is no place',
    `县普法讲师团2023年法治宣传工作总结\n\n2023年，讲师团深入机关、学校开展法治宣讲。${WORK}`, m(null, null, null, 2023)],
  ['the youth league\'s county committee (共青团…县委) is no regiment',
    `共青团青禾县委2023年普法工作总结\n\n2023年，团县委开展青少年普法教育。${WORK}`, m(null, null, null, 2023)],
  ['a company group (某某集团) is no regiment',
    `某某集团2023年法治建设工作报告\n\n2023年，集团公司坚持依法治企。${WORK}`, m(null, null, null, 2023)],
  ['a county that names a regiment it works with stays the author',
    `青禾县2023年法治政府建设情况报告\n\n2023年，青禾县与一〇三团开展联合执法，推进法治政府建设。${WORK}`,
    m('青禾县人民政府', '青禾县', '区县政府', 2023)],
]

/** The second batch, in new wording, written after the rule and run once (corpus README, "Dev forms of r56c-fresh"). */
export const SECOND_REGIMENT_56C: [string, string, Meta][] = [
  ['a division written without its city before the regiment (第八师一五〇团)',
    `第八师一五〇团2023年法治建设工作总结\n\n2023年，一五〇团党委坚持依法治团，法治团场建设取得新进展。${WORK}`,
    m('一五〇团', '一五〇团', '乡镇政府', 2023)],
  ['关于 before a regiment in figures (关于149团2022年度…)',
    `关于149团2022年度法治建设情况的报告\n\n2022年，我团在师市党委的领导下推进依法治团。${WORK}`,
    m('149团', '149团', '乡镇政府', 2022)],
  ['the regiment alone on the line above a title naming no author',
    `一二一团\n2024年法治政府建设工作报告\n\n2024年，一二一团坚持以习近平法治思想为指导，推进依法治团。${WORK}`,
    m('一二一团', '一二一团', '乡镇政府', 2024)],
  ['the division-city whose arrangements the regiment follows (按照第七师胡杨河市…部署)',
    `一二九团2023年度法治政府建设情况报告\n\n2023年，一二九团按照第七师胡杨河市的统一部署，扎实推进法治团场建设。${WORK}`,
    m('一二九团', '胡杨河市一二九团', '乡镇政府', 2023)],
  ['traditional, 一八五團…情況報告',
    toTraditional(`一八五团2021年度法治政府建设情况报告\n\n2021年，一八五团党委把依法治团摆上重要位置。${WORK}`),
    m('一八五团', '一八五团', '乡镇政府', 2021)],
  // near misses
  ['a lecturers\' team\'s summary (法治宣讲团) names no author',
    `法治宣讲团2022年工作总结\n\n2022年，宣讲团深入社区开展法治宣讲。${WORK}`, m(null, null, null, 2022)],
  ['a town that names a neighbouring regiment stays the author',
    `青禾镇2023年法治政府建设工作报告\n\n2023年，青禾镇与相邻的一二六团建立矛盾纠纷联调机制，推进法治政府建设。${WORK}`,
    m('青禾镇人民政府', '青禾镇', '乡镇政府', 2023)],
]

/** The second batch's two open forms in more wordings, written failing before the rule that reads them. */
export const DIVISION_56C: [string, string, Meta][] = [
  ['兵团 and a division before the regiment (兵团第十师一八八团)',
    `兵团第十师一八八团2022年法治政府建设年度报告\n\n2022年，一八八团坚持依法治团，推进法治团场建设。${WORK}`,
    m('一八八团', '一八八团', '乡镇政府', 2022)],
  ['the corps\' full name and a division before the regiment (四十四团)',
    `新疆生产建设兵团第三师四十四团2023年度法治建设工作报告\n\n2023年，四十四团党委把法治建设摆在重要位置。${WORK}`,
    m('四十四团', '四十四团', '乡镇政府', 2023)],
  ['根据 a division-city\'s requirements (根据第三师图木舒克市…的要求)',
    `五十一团2024年法治政府建设情况报告\n\n2024年，五十一团根据第三师图木舒克市法治建设的有关要求，推进依法治团。${WORK}`,
    m('五十一团', '图木舒克市五十一团', '乡镇政府', 2024)],
  ['围绕 a division-city\'s work points (围绕第一师阿拉尔市…工作要点)',
    `十团2023年法治建设工作总结\n\n2023年，十团围绕第一师阿拉尔市依法治市工作要点，扎实推进法治团场建设。${WORK}`,
    m('十团', '阿拉尔市十团', '乡镇政府', 2023)],
  // near miss
  ['a division alone, no city (按照第八师的统一部署), places nothing',
    `一四三团2022年法治建设工作报告\n\n2022年，一四三团按照第八师的统一部署推进依法治团。${WORK}`,
    m('一四三团', '一四三团', '乡镇政府', 2022)],
]

/**
 * Author forms of the slice's places the batch did not hold, found on invented openings after the batch's own form (no corpus item):
 * - a league's or a prefecture's 行政公署 general office (兴安盟行政公署办公室, 和田地区行署办公室): its own author, with its government's
 *   sector, as a county's 人民政府办公室 is; found reading no author.
 * - an autonomous county named by its people alone (东乡族自治县): one place, not a township 东乡 and a county 族自治县; found read as
 *   族自治县人民政府.
 * Near misses: the 行政公署 itself, a department under it (喀什地区行政公署司法局), an autonomous county named by place and people.
 */
export const LEAGUE_OFFICE_56C: [string, string, Meta][] = [
  ['a league\'s 行政公署办公室, its disclosure report',
    `阿拉善盟行政公署办公室2023年政府信息公开工作年度报告\n\n2023年，盟行署办公室坚持以公开为常态、不公开为例外。${WORK}`,
    m('阿拉善盟行政公署办公室', '阿拉善盟', '市政府', 2023)],
  ['a prefecture\'s 行署办公室 for short',
    `和田地区行署办公室2022年法治政府建设情况报告\n\n2022年，地区行署办公室坚持依法行政。${WORK}`,
    m('和田地区行政公署办公室', '和田地区', '市政府', 2022)],
  ['traditional, 錫林郭勒盟行政公署辦公室',
    toTraditional(`锡林郭勒盟行政公署办公室2024年法治政府建设年度报告\n\n2024年，盟行署办公室认真履行法治建设职责。${WORK}`),
    m('锡林郭勒盟行政公署办公室', '锡林郭勒盟', '市政府', 2024)],
  ['an autonomous county named by its people alone (东乡族自治县)',
    `东乡族自治县人民政府2022年法治政府建设情况报告\n\n2022年，县政府坚持依法行政。${WORK}`,
    m('东乡族自治县人民政府', '东乡族自治县', '区县政府', 2022)],
  ['its department, after the province (甘肃省东乡族自治县司法局)',
    `甘肃省东乡族自治县司法局2023年法治政府建设年度报告\n\n2023年，县司法局坚持依法行政。${WORK}`,
    m('东乡族自治县司法局', '甘肃省东乡族自治县', '司法行政', 2023)],
  // near misses
  ['the league\'s 行政公署 itself', `锡林郭勒盟行政公署2024年法治政府建设情况报告\n\n2024年，盟行署坚持依法行政。${WORK}`,
    m('锡林郭勒盟行政公署', '锡林郭勒盟', '市政府', 2024)],
  ['a department under the 行政公署 (喀什地区行政公署司法局)', `喀什地区行政公署司法局2022年法治政府建设工作报告\n\n2022年，地区司法局坚持依法行政。${WORK}`,
    m('喀什地区司法局', '喀什地区', '司法行政', 2022)],
  ['an autonomous county named by place and people (积石山保安族东乡族撒拉族自治县)',
    `积石山保安族东乡族撒拉族自治县人民政府2023年法治政府建设情况报告\n\n2023年，县政府坚持依法行政。${WORK}`,
    m('积石山保安族东乡族撒拉族自治县人民政府', '积石山保安族东乡族撒拉族自治县', '区县政府', 2023)],
]
