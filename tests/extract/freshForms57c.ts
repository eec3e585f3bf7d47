/**
 * Forms from the dev half of the r57c-fresh batch (corpus README, fifty-seventh batch r57c), over invented openings:
 * - (author) a department that speaks as 我局 and is named only as the owner of its own disclosure space or channel, after the verb
 *   that opens it (开设X局政务公开专区, 设立X局政府信息公开查阅室, 开通X局政务微博, 在X局门户网站开设专栏): the author, as a bureau's own
 *   channel after 通过 already is; found on r57c's 南昌市水利局 opening (no author read). Near misses: a body the author works under
 *   (在X局的指导下), one it opens a space with (联合X局开设…), a government's report naming a bureau's site.
 * - (place) a county-level city named as the issuer of the rule-of-law notice the report answers, by its rule-of-law committee or leading
 *   group (《华蓥市法治政府建设工作领导小组办公室关于…的通知》, 邛崃市全面依法治市委员会办公室, 邳州市依法治市办): a governing body of that
 *   city, as its party committee or government is (乳山市委), so a department by its level (市文化广电旅游局) is that city's; found on r57c's
 *   华蓥市 opening (no agency, no region). Near misses: the committee with no place (市委全面依法治市委员会办公室), a prefecture city's.
 * Each text is invented (other places, organs and wording); none is a corpus item's text.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'

const DISCLOSURE = '\n一、总体情况\n（一）主动公开情况。全年主动公开政府信息132条。\n（二）依申请公开情况。全年受理政府信息公开申请3件，均按期答复。'

export const OWN_SPACE_57C: [string, string, Meta][] = [
  ['a city bureau named only in the disclosure area it opened (开设X局政务公开专区)',
    `2023年，我局认真落实政务公开工作要点，提升公开质量。${DISCLOSURE}\n（三）平台建设情况。为便于群众查阅，开设滁州市统计局政务公开专区，配备专人接待。`,
    m('滁州市统计局', '滁州市', '统计', 2023)],
  ['a county bureau named only in the reading room it set up (设立X局政府信息公开查阅室)',
    `2022年，我局坚持以公开为常态、不公开为例外，做好政府信息公开工作。${DISCLOSURE}\n（三）平台建设情况。设立宿松县林业局政府信息公开查阅室，方便群众线下查阅。`,
    m('宿松县林业局', '宿松县', '林业', 2022)],
  ['a bureau named only in the microblog it launched (开通X局政务微博)',
    `2024年，我局围绕医保中心工作推进政务公开。${DISCLOSURE}\n（三）平台建设情况。开通衡阳市医疗保障局政务微博，及时发布政策解读。`,
    m('衡阳市医疗保障局', '衡阳市', '医疗保障', 2024)],
  ['a bureau named only in its own portal after 在 (在X局门户网站开设专栏)',
    `2021年，我局按照政务公开有关要求，扎实推进信息公开。${DISCLOSURE}\n（三）平台建设情况。在南丰县交通运输局门户网站开设政府信息公开专栏，做到应公开尽公开。`,
    m('南丰县交通运输局', '南丰县', '交通', 2021)],
  // near misses
  ['a bureau the author works under (在X局的指导下) does not displace its title',
    `浏阳市应急管理局2023年政府信息公开工作年度报告\n\n2023年，我局在长沙市司法局的指导下推进政务公开。${DISCLOSURE}\n（三）平台建设情况。在长沙市司法局的帮助下开设普法专栏。`,
    m('浏阳市应急管理局', '浏阳市', '应急管理', 2023)],
  ['a bureau the author opens a space with (联合X局开设…) is not the author',
    `2022年，我局推进政务公开。${DISCLOSURE}\n（三）平台建设情况。联合鹰潭市市场监督管理局开设涉企政策专区。`,
    m(null, null, null, 2022)],
  ['a county government naming a bureau\'s portal stays the author',
    `2023年，我县坚持以公开为常态。${DISCLOSURE}\n（三）平台建设情况。在资溪县财政局门户网站开设预决算公开专栏。\n\n资溪县人民政府\n2024年1月20日`,
    m('资溪县人民政府', '资溪县', '区县政府', 2023)],
]

export const RULE_OF_LAW_ISSUER_57C: [string, string, Meta][] = [
  ['a county-level city\'s rule-of-law committee office issues the notice (邛崃市全面依法治市委员会办公室)',
    `根据《邛崃市全面依法治市委员会办公室关于报送2023年度法治政府建设情况的通知》要求，现将市自然资源局2023年度法治政府建设情况报告如下：${WORK}`,
    m('邛崃市自然资源局', '邛崃市', '自然资源', 2023)],
  ['a county-level city\'s leading group, unquoted (按照X市法治政府建设领导小组办公室的部署)',
    `2022年，市退役军人事务局按照邹城市法治政府建设领导小组办公室的部署，推进依法行政。现将有关情况报告如下：${WORK}`,
    m('邹城市退役军人事务局', '邹城市', '退役军人事务', 2022)],
  ['a county-level city\'s 依法治市办 by its short name',
    `按照邳州市依法治市办的要求，现将市审计局2024年法治政府建设情况报告如下：${WORK}`,
    m('邳州市审计局', '邳州市', '审计', 2024)],
  // near misses
  ['the committee with no place names no city',
    `根据市委全面依法治市委员会办公室的通知要求，现将市民政局2023年度法治政府建设情况报告如下：${WORK}`,
    m(null, null, null, 2023)],
  ['a prefecture city\'s committee office (岳阳市…) reads as before',
    `根据《岳阳市全面依法治市委员会办公室关于做好2022年度法治政府建设报告工作的通知》，现将市水利局2022年度法治政府建设情况报告如下：${WORK}`,
    m('岳阳市水利局', '岳阳市', '水利', 2022)],
]

/** The second batch, in new wording, written after the rules and run once (corpus README, "Dev forms of r57c-fresh"). */
export const SECOND_57C: [string, string, Meta][] = [
  ['own space: 开设了 X局政务公开专区 (了 after the verb)',
    `2022年，我局深入推进政务公开标准化建设。${DISCLOSURE}\n（三）平台建设。开设了池州市人力资源和社会保障局政务公开专区，提供查阅服务。`,
    m('池州市人力资源和社会保障局', '池州市', '人力资源社会保障', 2022)],
  ['own space: 通过X局政府信息公开专栏',
    `2023年，我局及时公开权责清单和办事指南。${DISCLOSURE}\n（三）平台建设。通过黄山市民政局政府信息公开专栏集中发布各类信息。`,
    m('黄山市民政局', '黄山市', '民政', 2023)],
  ['own space: 在X局一楼大厅设立查阅点 (a floor between the bureau and its space)',
    `2024年，我委进一步规范政府信息公开工作。${DISCLOSURE}\n（三）平台建设。在铅山县卫生健康委员会一楼大厅设立政府信息公开查阅点。`,
    m('铅山县卫生健康委员会', '铅山县', '卫生健康', 2024)],
  ['own space: 建立X局政务公开专区 (another verb of setting up)',
    `2021年，我局扎实做好政务公开各项工作。${DISCLOSURE}\n（三）平台建设。建立上饶市体育局政务公开专区，方便群众查询。`,
    m('上饶市体育局', '上饶市', '体育', 2021)],
  ['own space, traditional: 開設X局政務公開專區',
    `2023年，我局落實政務公開工作要點。\n一、總體情況\n（一）主動公開情況。全年主動公開政府信息96條。\n（三）平台建設。開設撫州市審計局政務公開專區，配備專人值守。`,
    m('抚州市审计局', '抚州市', '审计', 2023)],
  ['rule-of-law body: 《X市全面依法治市委员会关于…》 without 办公室',
    `根据《乐平市全面依法治市委员会关于做好2023年度法治政府建设报告工作的通知》，现将市农业农村局2023年度法治政府建设情况报告如下：${WORK}`,
    m('乐平市农业农村局', '乐平市', '农业农村', 2023)],
  ['rule-of-law body: 依据X市法治建设领导小组的安排',
    `2022年，市林业局依据瑞金市法治建设领导小组的安排，推进依法行政。现将有关情况报告如下：${WORK}`,
    m('瑞金市林业局', '瑞金市', '林业', 2022)],
  ['rule-of-law body: 遵照X市依法治市委员会办公室的通知',
    `遵照贵溪市依法治市委员会办公室的通知要求，现将市统计局2024年度法治政府建设情况报告如下：${WORK}`,
    m('贵溪市统计局', '贵溪市', '统计', 2024)],
  // near misses
  ['a county-level city named as a model to learn from does not outweigh the prefecture that leads',
    `2023年，市民政局在金华市委、市政府领导下推进法治建设，学习借鉴义乌市依法治市办的做法。现将有关情况报告如下：${WORK}`,
    m('金华市民政局', '金华市', '民政', 2023)],
  ['a space of another body the author only uses (在县政务服务中心设立窗口) names no bureau',
    `2023年，我局推进政务公开。${DISCLOSURE}\n（三）平台建设。在县政务服务中心大厅设立政府信息公开查阅点。`,
    m(null, null, null, 2023)],
  ['a hall of another bureau used for an event (在X局大厅开展宣传) names no author',
    `2023年，我局推进政务公开。${DISCLOSURE}\n（三）宣传活动。在岳阳县司法局大厅开展宪法宣传。`,
    m(null, null, null, 2023)],
]

/**
 * The county's form of the same body, found reading no author in an exploratory run of invented department openings (a county named
 * only by its rule-of-law leading group, 按照宜丰县法治政府建设领导小组办公室的要求，现将县民政局…): the county's own body, as its
 * 依法治县办 already was.
 */
export const COUNTY_GROUP_57C: [string, string, Meta][] = [
  ['a county named only by its rule-of-law leading group (按照X县法治政府建设领导小组办公室的要求)',
    `按照永丰县法治政府建设领导小组办公室的要求，现将县卫生健康委员会2022年法治政府建设情况报告如下：${WORK}`,
    m('永丰县卫生健康委员会', '永丰县', '卫生健康', 2022)],
  ['a district named only by its 法治建设工作领导小组, in a quoted notice',
    `根据《青云谱区法治建设工作领导小组关于报送2023年度法治政府建设情况的通知》，现将区教育体育局2023年度法治政府建设情况报告如下：${WORK}`,
    m('青云谱区教育体育局', '青云谱区', '教育', 2023)],
  // near miss
  ['a neighbour county\'s leading group the author only visited does not outweigh its own county',
    `2023年，县水利局在修水县委、县政府的领导下推进依法治水，并赴武宁县法治政府建设领导小组办公室学习交流。现将有关情况报告如下：${WORK}`,
    m('修水县水利局', '修水县', '水利', 2023)],
]
