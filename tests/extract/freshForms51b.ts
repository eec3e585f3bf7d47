/**
 * Forms of the r51b-fresh batch's dev half (corpus README, fifty-first batch r51b), over invented openings. Its dev half missed
 * one author and read no value wrong:
 * - (metadata) a 我局 report with no title whose organ is named in full only as the owner of the body it sets up (一是成立X局法治
 *   建设工作领导小组，局长任组长): the name opens that body's name, the author's own; near misses: a body another organ sets up
 *   (县政府成立县安全生产委员会) and a new bureau founded (新成立X局), neither a group the author owns.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

export const META_51B: [string, string, Meta][] = [
  ["我局 named as the owner of its leading group", `2022年，我局在区委、区政府领导下推进依法行政。现报告如下：\n一是成立青柳区交通运输局法治建设工作领导小组，局长任组长，分管副局长任副组长。${WORK}`,
    m('青柳区交通运输局', '青柳区', '交通', 2022)],
  ['the same with 成立了 and 依法行政', `2024年，我局认真贯彻上级部署。成立了石门市应急管理局依法行政工作领导小组，统筹全局法治工作。${WORK}`,
    m('石门市应急管理局', '石门市', '应急管理', 2024)],
  ['a working group the bureau sets up', `2023年，我局坚持依法行政，法治建设有了新进展。一、加强组织领导\n局党组成立白鹭县市场监督管理局法治政府建设工作专班，由局长牵头。${WORK}`,
    m('白鹭县市场监督管理局', '白鹭县', '市场监管', 2023)],
  ['traditional: owner of its leading group', toTraditional(`2021年，我局在市委、市政府領導下工作。一是成立柳河市生态环境局法治建设领导小组，局长任组长。${WORK}`),
    m('柳河市生态环境局', '柳河市', '生态环境', 2021)],
  // near misses: a body another organ sets up, a new bureau founded; the 我局 stays unnamed
  ["a committee the county government sets up", `2022年，我局依法履职。县政府成立青柳县安全生产委员会，我局为成员单位。${WORK}`, m(null, null, null, 2022)],
  ['a new bureau founded', `2023年，我局推进机构改革，协助新成立白鹭县数据资源局，移交相关职能。${WORK}`, m(null, null, null, 2023)],
  ['the group led by the bureau chief named before it', `2022年，我局扎实推进法治建设。成立了以局长为组长的青柳县水利局法治政府建设领导小组。${WORK}`,
    m('青柳县水利局', '青柳县', '水利', 2022)],
]

/** The form in new wording, written after the rule and run once (corpus README, "Dev forms of r51b-fresh"). */
export const SECOND_META_51B: [string, string, Meta][] = [
  ['成立 its rule-of-law leading group, a district bureau', `2020年，我局深入推进依法行政，现将有关情况报告如下。\n（一）强化组织保障。成立东湖区自然资源局全面依法治区工作领导小组，办公室设在法规科。${WORK}`,
    m('东湖区自然资源局', '东湖区', '自然资源', 2020)],
  ['组建 instead of 成立', `2021年，我局着力抓好法治建设。组建南坪县林业局法治建设领导小组，明确专人负责。${WORK}`,
    m('南坪县林业局', '南坪县', '林业', 2021)],
  ['成立 a group chaired 由局长任组长', `2022年，我局依法全面履职。成立了由局长任组长的西岭市商务局法治政府建设领导小组。${WORK}`,
    m('西岭市商务局', '西岭市', '商务', 2022)],
  ['traditional: a working group of a city bureau', toTraditional(`2023年，我局依法行政水平持续提升。成立北川市卫生健康局行政执法工作小组，统筹执法监督。${WORK}`),
    m('北川市卫生健康局', '北川市', '卫生健康', 2023)],
  // near misses
  ['a new enforcement bureau founded by the county', `2022年，我局配合机构改革，县里成立东湖县综合行政执法局，我局移交执法职能。${WORK}`, m(null, null, null, 2022)],
  ["the county's own leading group", `2021年，我局积极参与。县政府成立南坪县法治政府建设领导小组，我局为成员单位。${WORK}`, m(null, null, null, 2021)],
]
