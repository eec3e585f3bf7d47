/**
 * Forms from the dev half of the r53b-fresh batch (corpus README, fifty-third batch r53b), over invented texts:
 * - (metadata) a development zone that speaks of itself by its kind word alone (园区, 新区, 开发区, 高新区, 经开区, 保税区, 投资区) — as
 *   a clause's subject (2023年，园区坚持…) or as its working committee and management committee (园区党工委, 新区党工委、管委会, 高新区
 *   管委会主要负责同志) — in a report with no title, its full name written only in its own documents' titles (《苏州工业园区法治政府建设
 *   实施方案》): that zone's 管理委员会, its region the zone (the README's zone ruling) — found on r53b's 苏州工业园区 report (no author
 *   read). Near misses: a county or a bureau speaking as 我县/我局 about its parks, two zones in the titles, a title of another kind
 *   of zone than the word (新区 against 《…高新区…》), a zone whose title line names it.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

export const ZONE_KIND_WORD_53B: [string, string, Meta][] = [
  ['开发区党工委 leads, the zone only in its own rules', `2024年，开发区以习近平法治思想为指导，推进依法行政。\n一、主要举措\n（一）加强统筹。开发区党工委召开全面依法治区委员会会议2次，部署年度任务；修订《昆山花桥经济开发区合法性审查工作规则》。${WORK}`,
    m('昆山花桥经济开发区管理委员会', '昆山花桥经济开发区', '区县政府', 2024)],
  ['新区党工委、管委会高度重视, the new area in its procedure rules', `一、工作成效\n新区党工委、管委会高度重视法治政府建设，把法治建设纳入年度重点工作。出台《海口江东新区重大行政决策程序规定》，规范决策流程。${WORK}`,
    m('海口江东新区管理委员会', '海口江东新区', '区县政府', null)],
  ['园区 as the lead\'s subject, the park in its measures', `2022年，园区坚持把法治建设贯穿发展全过程。\n一、主要做法\n园区党工委定期研究法治建设重大事项。印发《无锡惠山工业园区行政执法公示办法》，规范执法行为。${WORK}`,
    m('无锡惠山工业园区管理委员会', '无锡惠山工业园区', '区县政府', 2022)],
  ['高新区管委会主要负责同志, the zone in its work points', `一、压实责任\n高新区管委会主要负责同志履行推进法治建设第一责任人职责，专题研究法治工作3次。制定《南通高新区法治建设工作要点》，明确任务分工。${WORK}`,
    m('南通高新区管理委员会', '南通高新区', '区县政府', null)],
  ['投资区 in an 一是 clause, the zone in its plan', `一、主要工作\n一是投资区党工委把法治建设摆在重要位置，带头学法4次。二是印发《漳州台商投资区法治政府建设实施方案》，细化措施。${WORK}`,
    m('漳州台商投资区管理委员会', '漳州台商投资区', '区县政府', null)],
  ['经开区 for a 经济技术开发区 in its rules', `2023年，经开区党工委、管委会深入学习贯彻习近平法治思想。\n一、主要工作\n修订《宿迁经济技术开发区管理委员会工作规则》，健全议事程序。${WORK}`,
    m('宿迁经济技术开发区管理委员会', '宿迁经济技术开发区', '区县政府', 2023)],
  ['traditional: 新区 as subject, the new area in its plan', toTraditional(`2021年，新区以习近平法治思想为引领推进法治建设。\n一、主要举措\n新区党工委召开专题会议研究法治工作。印发《福州新区法治建设实施方案》。${WORK}`),
    m('福州新区管理委员会', '福州新区', '区县政府', 2021)],
  // near misses: a county or a bureau about its parks, two zones, another kind of zone, a title that names the zone
  ['a county speaking as 我县 about its park', `2023年，我县推进依法行政。\n一、主要工作\n推动园区企业合规经营，印发《青河县工业园区企业服务办法》。${WORK}`,
    m('青河县人民政府', '青河县', '区县政府', 2023)],
  ['a bureau speaking as 我局 beside the park committee', `2023年，我局推进依法行政。\n一、主要工作\n园区党工委召开会议，我局参加。执行《青河县工业园区企业服务办法》。${WORK}`,
    m(null, null, null, 2023)],
  ['two zones in the titles', `2023年，开发区推进依法行政。\n一、主要工作\n开发区党工委召开会议。学习《常州滨江经济开发区管理办法》和《苏州吴中经济技术开发区管理办法》。${WORK}`,
    m(null, null, '区县政府', 2023)],
  ['园区 against a 开发区 title', `2023年，园区推进依法行政。\n一、主要工作\n园区党工委召开会议。学习《常州滨江经济开发区管理办法》。${WORK}`,
    m(null, null, '区县政府', 2023)],
  ['a title line names the zone', `南通高新区管委会2023年法治政府建设工作报告\n2023年，高新区坚持依法行政。${WORK}`,
    m('南通高新区管理委员会', '南通高新区', '区县政府', 2023)],
]

/** The second batch in new wording, written after the rule and run once (corpus README, "Dev forms of r53b-fresh"). */
export const SECOND_ZONE_53B: [string, string, Meta][] = [
  ['保税区管委会坚持, the zone in its own rules', `一、基本情况\n2022年，保税区管委会坚持依法行政，法治建设取得新进展。\n二、主要做法\n修订《张家港保税区行政规范性文件管理规定》，清理文件5件。${WORK}`,
    m('张家港保税区管理委员会', '张家港保税区', '区县政府', 2022)],
  ['园区管委会 in the lead, a chemical park in its rules', `2021年，园区管委会以习近平法治思想为引领，统筹推进依法行政。\n一、主要工作\n出台《南京化学工业园区安全生产管理规定》，压实企业责任。${WORK}`,
    m('南京化学工业园区管理委员会', '南京化学工业园区', '区县政府', 2021)],
  ['开发区 in a 二是 clause, the zone in two of its documents', `一、主要举措\n一是强化学法。二是开发区党工委把法治建设纳入年度考核。印发《太仓港经济技术开发区法治建设考核办法》和《太仓港经济技术开发区合法性审查办法》。${WORK}`,
    m('太仓港经济技术开发区管理委员会', '太仓港经济技术开发区', '区县政府', null)],
  ['traditional: 园区党工委 and the park in its plan', toTraditional(`2023年，园区党工委坚持把法治建设摆在突出位置。\n一、主要工作\n印发《无锡惠山工业园区法治政府建设实施方案》，明确任务。${WORK}`),
    m('无锡惠山工业园区管理委员会', '无锡惠山工业园区', '区县政府', 2023)],
  ['高新区 for a 高新技术产业开发区 in its measures', `2024年，高新区党工委、管委会深入推进法治建设。\n一、主要工作\n制定《常熟高新技术产业开发区重大行政决策程序规定》。${WORK}`,
    m('常熟高新技术产业开发区管理委员会', '常熟高新技术产业开发区', '区县政府', 2024)],
  ['经开区 for a 经济开发区 in its rules', `2022年，经开区坚持依法行政。\n一、主要工作\n修订《常州滨江经济开发区管理委员会议事规则》。${WORK}`,
    m('常州滨江经济开发区管理委员会', '常州滨江经济开发区', '区县政府', 2022)],
  // near misses: a park as an object, a town beside the park committee, a province's regulation of zones, another kind's title
  ['园区 as an object only', `2023年，推进园区建设取得新进展。\n一、主要工作\n学习《无锡惠山工业园区企业服务办法》。${WORK}`,
    m(null, null, null, 2023)],
  ['a town speaking as 我镇 beside the park committee', `2023年，我镇推进依法行政。\n一、主要工作\n配合园区党工委开展执法检查。印发《花桥镇法治建设工作要点》。${WORK}`,
    m('花桥镇人民政府', '花桥镇', '乡镇政府', 2023)],
  ['园区 with a province\'s regulation of zones', `2023年，园区坚持依法行政。\n一、主要工作\n园区党工委学习《江苏省开发区条例》。${WORK}`,
    m(null, null, '区县政府', 2023)],
  ['园区 after a numbered heading, a 开发区\'s title', `一、园区推进法治政府建设的主要举措\n2023年，园区按照上级部署推进依法行政。印发《苏州吴中经济技术开发区法治建设要点》。\n二、存在不足\n执法力量不足。`,
    m(null, null, '区县政府', 2023)],
]

/**
 * (metadata, found by probing the batch's town forms in new wording) a town's or township's party committee and government as a
 * clause's subject (镇党委、镇政府高度重视…, 乡党委、乡政府坚持…, 镇党委、政府主要负责同志…) in a report with no title, the town named only in
 * its own documents' titles (《桃源镇法治建设工作要点》): that town's government, as freshForms52b reads a county's or a league's pair.
 * Near misses: 乡镇党委、政府 (all towns of a county), a bureau speaking as 我局 beside the pair, two towns in the titles, the pair as the
 * leader after 在.
 */
export const TOWN_PAIR_53B: [string, string, Meta][] = [
  ['镇党委、镇政府高度重视, the town in its work points', `一、主要工作\n镇党委、镇政府高度重视法治建设，把依法行政纳入年度考核。印发《桃源镇法治建设工作要点》，明确任务。${WORK}`,
    m('桃源镇人民政府', '桃源镇', '乡镇政府', null)],
  ['乡党委、乡政府坚持, the township in its rules', `2022年，乡党委、乡政府坚持依法行政。\n一、主要工作\n制定《白沙乡重大事项决策规则》，规范决策程序。${WORK}`,
    m('白沙乡人民政府', '白沙乡', '乡镇政府', 2022)],
  ['镇党委、政府 without the second 镇', `2023年，镇党委、政府主要负责同志带头履行第一责任人职责。\n一、主要工作\n修订《石门镇合法性审查工作规则》。${WORK}`,
    m('石门镇人民政府', '石门镇', '乡镇政府', 2023)],
  ['镇党委镇政府 without a mark', `2024年，镇党委镇政府始终把法治建设摆在突出位置。\n一、主要工作\n出台《长乐镇行政执法公示办法》。${WORK}`,
    m('长乐镇人民政府', '长乐镇', '乡镇政府', 2024)],
  ['一是乡党委、乡人民政府', `一、主要举措\n一是乡党委、乡人民政府定期研究法治建设重大事项。二是印发《白沙乡法治政府建设实施方案》。${WORK}`,
    m('白沙乡人民政府', '白沙乡', '乡镇政府', null)],
  ['traditional: 镇党委、镇政府 and the town in its plan', toTraditional(`2023年，镇党委、镇政府认真落实法治建设责任。\n一、主要工作\n印发《桃源镇法治政府建设实施方案》。${WORK}`),
    m('桃源镇人民政府', '桃源镇', '乡镇政府', 2023)],
  // near misses: 乡镇党委、政府, a bureau beside the pair, two towns, the pair after 在
  ['乡镇党委、政府 of a county', `2023年，各乡镇党委、政府高度重视法治建设。\n一、主要工作\n学习《桃源镇法治建设经验》。${WORK}`,
    m(null, null, null, 2023)],
  ['a bureau speaking as 我局 beside the town pair', `2023年，我局推进依法行政。\n一、主要工作\n镇党委、镇政府主要负责同志参加我局培训。学习《桃源镇法治建设工作要点》。${WORK}`,
    m(null, null, null, 2023)],
  ['two towns in the titles', `2023年，镇党委、镇政府高度重视法治建设。\n一、主要工作\n学习《桃源镇管理办法》和《石门镇管理办法》。${WORK}`,
    m(null, null, null, 2023)],
  ['the pair after 在 as the leader', `2023年，在镇党委、镇政府的领导下，镇综治中心推进矛盾调处。\n一、主要工作\n学习《桃源镇矛盾纠纷调处办法》。${WORK}`,
    m(null, null, null, 2023)],
]

/** The town pair's second batch in new wording, written after the rule and run once. */
export const SECOND_TOWN_PAIR_53B: [string, string, Meta][] = [
  ['镇党委、镇政府多次 with the town in its 办法', `一、2023年主要工作\n镇党委、镇政府多次专题研究法治建设工作。出台《双河镇村级事务合法性审查办法》。${WORK}`,
    m('双河镇人民政府', '双河镇', '乡镇政府', 2023)],
  ['乡党委和乡政府定期, the township in its plan', `2021年，乡党委和乡政府定期听取法治建设汇报。\n一、主要工作\n制定《龙泉乡普法工作计划》。${WORK}`,
    m('龙泉乡人民政府', '龙泉乡', '乡镇政府', 2021)],
  ['镇党委、镇人民政府带头, after a heading', `二、履行第一责任人职责情况\n镇党委、镇人民政府带头学法用法，全年集中学法8次。\n印发《新桥镇领导干部学法制度》。${WORK}`,
    m('新桥镇人民政府', '新桥镇', '乡镇政府', null)],
  ['traditional: 乡党委、乡政府认真 and its rules', toTraditional(`2024年，乡党委、乡政府认真落实法治建设责任制。\n一、主要工作\n修订《龙泉乡议事规则》。${WORK}`),
    m('龙泉乡人民政府', '龙泉乡', '乡镇政府', 2024)],
  ['二是镇党委政府把, the town in its work points', `一、主要举措\n一是抓学习。二是镇党委政府把法治建设纳入中心工作。印发《双河镇2022年依法行政工作要点》。${WORK}`,
    m('双河镇人民政府', '双河镇', '乡镇政府', null)],
  // near misses: the pair as another's leader after 在, a county's towns, a town the report visits
  ['在镇党委、镇政府领导下 a street office', `2023年，在镇党委、镇政府领导下，社区居委会开展普法。\n一、主要工作\n学习《双河镇普法规划》。${WORK}`,
    m(null, null, null, 2023)],
  ['全县各镇党委、政府', `2023年，全县各镇党委、政府认真履职。\n一、主要工作\n推广《双河镇工作经验》。${WORK}`,
    m(null, null, null, 2023)],
  ['a county bureau speaking as 本局 beside the town pair', `2023年，本局坚持依法行政。\n一、主要工作\n镇党委、镇政府主要负责同志参加本局组织的培训。学习《双河镇学法制度》。${WORK}`,
    m(null, null, null, 2023)],
]

/**
 * The slice's town, street and zone forms probed in new wording after the batch's first run (places in a 来源 or 发布机构 line, 位于
 * and 地处 sentences, breadcrumbs, county-level cities, joint letterheads, addressees, title shapes; a town's own figures beside its
 * county's, villages' or communities' figures): held as they are read. Two title shapes are left open (no dev item shows them).
 */
export const TOWN_PLACES_53B: [string, string, Meta][] = [
  ['town title, 来源 line names the county government', `桃源镇2023年法治政府建设工作报告\n来源：青河县人民政府　发布时间：2024-01-20\n2023年，桃源镇坚持依法行政。${WORK}`, m('桃源镇人民政府', '青河县桃源镇', '乡镇政府', 2023)],
  ['town title, 发布机构 names district and town', `石门镇2022年度法治政府建设情况报告\n发布机构：南岭区石门镇\n发布日期：2023-02-10\n2022年，石门镇推进依法行政。${WORK}`, m('石门镇人民政府', '南岭区石门镇', '乡镇政府', 2022)],
  ['street title, 来源 the district justice bureau', `东湖街道2024年法治政府建设年度报告\n来源：白云区司法局\n2024年，东湖街道坚持依法行政。${WORK}`, m('东湖街道办事处', '东湖街道', '街道', 2024)],
  ['town with a 位于 sentence', `长乐镇2023年法治政府建设情况报告\n长乐镇位于青河县东南部，辖12个行政村。2023年，长乐镇推进依法行政。${WORK}`, m('长乐镇人民政府', '青河县长乐镇', '乡镇政府', 2023)],
  ['town with a 地处 sentence', `长乐镇2023年法治政府建设情况报告\n长乐镇地处青河县东部，面积86平方公里。2023年，全镇推进依法行政。${WORK}`, m('长乐镇人民政府', '青河县长乐镇', '乡镇政府', 2023)],
  ['township named only as 我乡 with 位于 its county', `2024年，我乡推进依法行政。白沙乡位于南岭县北部。\n一、主要工作\n组织集中学法6次。${WORK}`, m('白沙乡人民政府', '南岭县白沙乡', '乡镇政府', 2024)],
  ['street with its district office as guide', `2022年，在江北区委依法治区办的指导下，观音桥街道推进依法行政。${WORK}`, m('观音桥街道办事处', '江北区观音桥街道', '街道', 2022)],
  ['town title with its county in a breadcrumb', `首页 > 乡镇动态 > 青河县人民政府 > 桃源镇\n桃源镇2023年法治政府建设工作报告\n2023年，桃源镇推进依法行政。${WORK}`, m('桃源镇人民政府', '青河县桃源镇', '乡镇政府', 2023)],
  ['traditional: town title, 来源 county government', toTraditional(`桃源镇2023年法治政府建设工作报告\n来源：青河县人民政府\n2023年，桃源镇坚持依法行政。${WORK}`), m('桃源镇人民政府', '青河县桃源镇', '乡镇政府', 2023)],
  ['zone 管委会 title, its city named apart', `青河经济开发区管委会2023年法治政府建设工作报告\n2023年，在青河市委、市政府领导下，开发区坚持依法行政。${WORK}`, m('青河经济开发区管理委员会', '青河经济开发区', '区县政府', 2023)],
  ['town named by its signature only', `2023年法治政府建设工作报告\n2023年，我镇推进依法行政。${WORK}\n桃源镇人民政府\n2024年1月15日`, m('桃源镇人民政府', '桃源镇', '乡镇政府', 2023)],
  ['镇政府 short name under the county office', `桃源镇政府在县委、县政府领导下，落实青河县委依法治县办的部署。\n一、2023年度主要工作${WORK}`, m('桃源镇人民政府', '青河县桃源镇', '乡镇政府', 2023)],
  ['town and a colon before the title', `桃源镇：2023年度法治政府建设工作报告\n2023年，全镇推进依法行政。${WORK}`, m('桃源镇人民政府', '桃源镇', '乡镇政府', 2023)],
  ['a notice wrapping the town\'s report', `桃源镇人民政府关于印发《桃源镇2023年度法治政府建设情况报告》的通知\n各村（社区）、镇直各单位：\n现将报告印发给你们。\n桃源镇2023年度法治政府建设情况报告\n2023年，我镇推进依法行政。${WORK}`, m('桃源镇人民政府', '桃源镇', '乡镇政府', 2023)],
  ['year first, then district and town', `2022年南岭区石门镇法治政府建设工作报告\n2022年，石门镇推进依法行政。${WORK}`, m('石门镇人民政府', '南岭区石门镇', '乡镇政府', 2022)],
  ['county-level city and town in the title', `张家港市杨舍镇2024年法治政府建设情况报告\n2024年，杨舍镇推进依法行政。${WORK}`, m('杨舍镇人民政府', '张家港市杨舍镇', '乡镇政府', 2024)],
  ['street joint letterhead', `中共东湖街道工作委员会\n东湖街道办事处\n关于2023年度法治政府建设情况的报告\n2023年，街道推进依法行政。${WORK}`, m('东湖街道办事处', '东湖街道', '街道', 2023)],
  ['town title over two lines with 关于', `关于桃源镇2023年度法治政府\n建设工作情况的报告\n2023年，全镇推进依法行政。${WORK}`, m('桃源镇人民政府', '桃源镇', '乡镇政府', 2023)],
  ['street under a county-level city named in the addressee', `中共张家港市委、张家港市人民政府：\n2023年，杨舍街道推进依法行政。${WORK}`, m('杨舍街道办事处', '张家港市杨舍街道', '街道', 2023)],
  ['街道党工委、办事处 pair, the street in its own rules', `一、主要工作\n街道党工委、办事处始终把法治建设摆在重要位置。修订《东湖街道办事处工作规则》。${WORK}`, m('东湖街道办事处', '东湖街道', '街道', null)],
  // left open (no dev item shows them): a town in brackets before its title, a 省级经济开发区 in a title
  ['a town in brackets before the title', `【桃源镇】2023年法治政府建设年度报告\n2023年，全镇推进依法行政。${WORK}`, m('桃源镇人民政府', '桃源镇', '乡镇政府', 2023)],
  ['a 省级经济开发区 committee in its title', `青河省级经济开发区2023年法治政府建设工作报告\n2023年，开发区推进依法行政。${WORK}`, m('青河省级经济开发区管理委员会', '青河省级经济开发区', '区县政府', 2023)],
]

const TOWN = head('桃源镇人民政府')
const STREET = head('东湖街道办事处')

export const TOWN_FIGURES_53B: Probe39[] = [
  ['the county\'s total, then the town\'s part', `${TOWN}全县共化解矛盾纠纷1200件，其中我镇化解86件。`, { disputes_resolved: [86, 'exact'] }],
  ['villages as subject, then the town committee', `${TOWN}全镇各村（社区）调委会共调解纠纷156件，镇人民调解委员会调解成功42件。`, { disputes_resolved: [42, 'exact'] }],
  ['the town team\'s cases beside the county bureau\'s in the town', `${TOWN}镇综合行政执法队全年立案查处违法案件37件；县综合执法局在我镇辖区查处违法案件21件。`, { enforcement_cases: [37, 'exact'] }],
  ['a county study the town joined, then its own', `${TOWN}镇领导班子参加县政府组织的集体学法4次，镇党委自行组织集体学法6次。`, { training_sessions: [6, 'exact'] }],
  ['the county\'s meeting held in the town', `${TOWN}县委依法治县办在我镇召开法治建设现场推进会2次。`, {}],
  ['villages\' sites, then the town\'s events', `${TOWN}全镇12个村全部建成法治文化阵地，镇里开展普法宣传活动48场。`, { legal_publicity_events: [48, 'exact'] }],
  ['the county\'s events, the town hosted a part', `${TOWN}全县开展普法宣传活动320场，其中我镇承办35场。`, { legal_publicity_events: [35, 'exact'] }],
  ['the town committee\'s accepted, resolved and rate', `${TOWN}镇人民调解委员会受理矛盾纠纷96件，调解成功93件，调解成功率96.9%。`, { disputes_identified: [96, 'exact'], disputes_resolved: [93, 'exact'], mediation_success_pct: [96.9, 'exact'] }],
  ['the district\'s streets\' total, then this street', `${STREET}全区各街道共办理行政处罚案件2300件，本街道办理186件。`, { penalty_cases: [186, 'exact'] }],
  ['the street\'s communities as subject', `${STREET}辖区8个社区共开展法治讲座24场，街道组织集中学法5次。`, { training_sessions: [5, 'exact'] }],
  ['the county\'s checks of the town', `${TOWN}县应急管理局对我镇开展安全检查3次，镇安监办开展安全检查126次。`, { enforcement_inspections: [126, 'exact'] }],
  ['the town government as defendant among the county\'s suits', `${TOWN}全县行政诉讼案件58件，以镇政府为被告的行政诉讼案件2件。`, { litigation_cases: [2, 'exact'] }],
]
