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
