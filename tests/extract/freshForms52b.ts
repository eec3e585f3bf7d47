/**
 * Forms from the dev half of the r52b-fresh batch (corpus README, fifty-second batch r52b), over invented texts:
 * - (metadata) a level's party committee and government as a clause's subject (盟委、行署主要负责同志…, 地委、行署高度重视…, 县委、县政府
 *   主要领导…, 州委、州政府始终…) in a report with no title, the place of that level named only in the author's own document (《X盟…实施
 *   方案》): that level's government, a league's or a 地区's its 行政公署 — found on r52b's 兴安盟 report (no author read). Near misses: the
 *   pair as the leader of a town or a bureau speaking as 我镇/我局 (在县委、县政府领导下), two counties named, the pair after 按照.
 * - (metadata) a toolbar word on the line before a title broken over two lines (字大 / 字小 / X局2022年度法治政府 / 建设情况报告; 打印, 分享,
 *   收藏): no part of the title — found on r52b's 锡盟司法局 report (read as 字小锡盟司法局). Near miss: a place line before an organ's line,
 *   part of the name (青川县 / 司法局2022年度… / …报告).
 * - a course put into the party school's programme by 列入 or 列为, the party school ending what is listed (列入理论学习中心组学习计划和
 *   党校主体班次，举办培训N期): the party school's classes, other hosts' training, as 纳入…党校 already is — found on r52b's 兴安盟 report
 *   (the class count summed with the meetings' studies). Near misses: the author's own classes with a party-school lecturer, a study
 *   plan only, the party school first of a list whose last item is the author's own study (列入党校主体班次和镇干部学习的重点，举办…).
 * - a service count of one cross-region channel (“跨省通办”…办件量N件, 异地通办): a part of the approvals, no year's total — found on
 *   r52b's 兴安盟 report (taken as approvals handled). Near miss: the year's total with such a part after 其中.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

export const PARTY_PAIR_52B: [string, string, Meta][] = [
  ['盟委、行署 as subject, the league only in its own plan', `一、工作开展情况\n（一）压实法治建设责任。盟委、行署主要负责同志履行推进法治建设第一责任人职责，听取法治政府建设汇报3次。\n（二）推进诚信建设。印发《阿拉善盟诚信政府建设实施方案》，办结失信问题12件。${WORK}`,
    m('阿拉善盟行政公署', '阿拉善盟', '市政府', null)],
  ['地委、行署高度重视, the prefecture in its own 办法', `一、主要做法\n地委、行署高度重视法治政府建设，把法治建设纳入全局工作统筹谋划。制定《和田地区重大行政决策程序实施办法》，规范决策程序。${WORK}`,
    m('和田地区行政公署', '和田地区', '市政府', null)],
  ['县委、县政府主要领导, the county in its work points', `一、主要举措\n县委、县政府主要领导切实履行第一责任人职责，定期研究法治建设重大问题。印发《宾川县法治政府建设工作要点》，明确年度任务。${WORK}`,
    m('宾川县人民政府', '宾川县', '区县政府', null)],
  ['州委、州政府始终, the prefecture short-named in its plan', `一、加强组织领导\n州委、州政府始终把法治政府建设摆在全局工作重要位置。出台《甘孜州法治政府建设实施方案》，细化工作措施。${WORK}`,
    m('甘孜州人民政府', '甘孜州', '市政府', null)],
  ['旗委、旗政府坚持, the banner in its rules', `一、工作成效\n旗委、旗政府坚持以习近平法治思想为指导推进依法行政。修订《乌审旗人民政府工作规则》，规范议事程序。${WORK}`,
    m('乌审旗人民政府', '乌审旗', '区县政府', null)],
  ['区委区政府 without a mark between', `一、压实责任\n区委区政府主要负责同志带头学法，召开专题会议研究法治建设4次。制定《北湖区重大行政决策目录管理办法》。${WORK}`,
    m('北湖区人民政府', '北湖区', '区县政府', null)],
  ['traditional: 盟委、行署 and the league in its plan', toTraditional(`一、工作开展情况\n盟委、行署主要负责同志带头履行第一责任人职责。印发《阿拉善盟法治政府建设实施方案》，明确重点任务。${WORK}`),
    m('阿拉善盟行政公署', '阿拉善盟', '市政府', null)],
  // near misses: the pair leads another author, two places of that level, the pair after 按照
  ['a town led by the county pair', `一、主要工作\n在县委、县政府的坚强领导下，我镇扎实推进依法行政。落实《宾川县法治政府建设工作要点》，完成年度任务。${WORK}`,
    m(null, null, '乡镇政府', null)],
  ['a bureau beside the county pair', `一、主要工作\n县委、县政府主要领导高度重视法治建设，我局认真抓好落实。执行《宾川县法治政府建设工作要点》。${WORK}`,
    m(null, null, null, null)],
  ['two counties named in documents', `一、主要工作\n县委、县政府主要负责同志切实履行职责。学习《宾川县重大行政决策程序规定》和《祥云县重大行政决策程序规定》。${WORK}`,
    m(null, null, null, null)],
]

export const TOOLBAR_TITLE_52B: [string, string, Meta][] = [
  ['字大 / 字小 before a title over two lines', `字大\n字小\n青川县司法局2022年度法治政府\n建设情况报告\n一、2022年工作完成情况${WORK}`, m('青川县司法局', '青川县', '司法行政', 2022)],
  ['打印 before a broken title', `打印\n白河县应急管理局2023年度法治政府建设\n工作报告\n一、主要工作${WORK}`, m('白河县应急管理局', '白河县', '应急管理', 2023)],
  ['分享 before a broken title', `分享\n东平市市场监督管理局2021年法治政府\n建设工作总结\n一、工作开展情况${WORK}`, m('东平市市场监督管理局', '东平市', '市场监管', 2021)],
  ['traditional: 收藏 before a broken title', toTraditional(`收藏\n南岭县交通运输局2024年度法治政府\n建设情况报告\n一、主要工作${WORK}`), m('南岭县交通运输局', '南岭县', '交通', 2024)],
  // near miss: the place line above is part of the name
  ['a place line above an organ line, both the name', `青川县\n司法局2022年度法治政府\n建设情况报告\n一、主要工作${WORK}`, m('青川县司法局', '青川县', '司法行政', 2022)],
]

const G = head('青河县人民政府')
const B = head('青河县司法局')
const Z = head('桥头镇人民政府')

export const PARTY_SCHOOL_52B: Probe39[] = [
  ['列入 the party school programme after the meetings\' studies', `${G}县政府常务会议会前学法12次；将习近平法治思想列入县委党校主体班次，举办培训9期。`, { training_sessions: [12, 'exact'] }],
  ['列入 the study plan and the party school, classes after', `${G}把宪法和民法典列入理论学习中心组学习计划和党校主体班次，举办专题培训15期。`, {}],
  ['列为 a required course of the party school', `${B}法治专题列为县委党校主体班次必修课程，举办法治培训8期。`, {}],
  ['列入 with 全年培训N期', `${G}把法治课程列入党校主体班次教学内容，全年培训6期。`, {}],
  ['traditional: 列入 after the meetings\' studies', toTraditional(`${G}县政府常务会议会前学法12次；将习近平法治思想列入县委党校主体班次，举办培训9期。`), { training_sessions: [12, 'exact'] }],
  // near misses: its own classes with a party-school lecturer, a study plan only
  ['its own classes with a party-school lecturer', `${B}举办法治专题培训班4期，邀请县委党校教授授课。`, { training_sessions: [4, 'exact'] }],
  ['列入 the study plan only', `${G}把习近平法治思想列入理论学习中心组学习计划，全年集体学法10次。`, { training_sessions: [10, 'exact'] }],
  ['the party school first of the list, its own classes after', `${Z}把法治内容列入党校主体班次和镇干部学习的重点，举办“法治乡村”专题培训班4期。`, { training_sessions: [4, 'exact'] }],
]

const S = head('青河县政务服务管理局')

export const CROSS_REGION_52B: Probe39[] = [
  ['跨省通办 counts after its agreement', `${S}签订“跨省通办”合作协议，双向可办事项200余项，办件量3万余件。`, {}],
  ['a 跨省通办 window\'s count', `${S}“跨省通办”专窗全年办件1200件。`, {}],
  ['异地通办 counts', `${S}推行“异地通办”，全年办理相关业务860件。`, {}],
  ['traditional: 跨省通办 after its agreement', toTraditional(`${S}签订“跨省通办”合作协议，双向可办事项200余项，办件量3万余件。`), {}],
  ['跨省通办 counts over a ；', `${S}签订“跨省通办”合作协议，双向可办事项200余项；办件量3万余件。`, {}],
  // near miss: the year's total with such a part after 其中
  ['the year\'s total before its 跨省通办 part', `${S}全年办理审批服务事项12万件，其中“跨省通办”办件300件。`, { approvals_handled: [120000, 'exact'] }],
]

/** The forms in new wording, written after the rules and run once (corpus README, "Dev forms of r52b-fresh"). */
export const SECOND_META_52B: [string, string, Meta][] = [
  ['盟委行署 without a mark, 带头', `（一）强化组织领导\n盟委行署带头落实法治建设责任，全年专题研究法治工作5次。出台《锡林郭勒盟行政执法公示办法》，推进执法公开。${WORK}`,
    m('锡林郭勒盟行政公署', '锡林郭勒盟', '市政府', null)],
  ['地委、行署 in an 一是 clause', `一、主要工作\n一是压实责任。地委、行署先后召开专题会议部署法治政府建设。二是完善制度。印发《阿克苏地区规范性文件管理办法》。${WORK}`,
    m('阿克苏地区行政公署', '阿克苏地区', '市政府', null)],
  ['县委和县政府, the county in its rules', `（一）坚持党的领导\n县委和县政府坚持把法治建设纳入发展全局。修订《大姚县人民政府工作规则》，健全议事机制。${WORK}`,
    m('大姚县人民政府', '大姚县', '区县政府', null)],
  ['an autonomous county named in full in its plan', `一、主要措施\n县委、县政府高度重视依法行政工作。制定《石林彝族自治县法治政府建设实施方案》，分解任务。${WORK}`,
    m('石林彝族自治县人民政府', '石林彝族自治县', '区县政府', null)],
  ['州委州政府 with 严格', `一、工作开展情况\n州委州政府严格落实重大事项请示报告制度。印发《黔南州重大行政决策程序规定》。${WORK}`,
    m('黔南州人民政府', '黔南州', '市政府', null)],
  ['traditional: 旗委、旗政府 and the banner in its rules', toTraditional(`一、主要工作\n旗委、旗政府定期研究法治政府建设工作。修订《鄂托克旗人民政府议事规则》。${WORK}`),
    m('鄂托克旗人民政府', '鄂托克旗', '区县政府', null)],
  // near misses: a street under the district pair, the pair as what is reported to
  ['a street under the district pair', `一、主要工作\n在区委、区政府领导下，本街道坚持依法行政。落实《北湖区法治政府建设工作要点》。${WORK}`, m(null, null, '街道', null)],
  ['the pair as the addressee of a report', `一、主要工作\n按时向县委、县政府报告法治建设情况。执行《大姚县法治政府建设工作要点》。${WORK}`, m(null, null, null, null)],
]

export const SECOND_TOOLBAR_52B: [string, string, Meta][] = [
  ['关闭 before a broken title', `关闭\n龙山县水利局2023年度法治政府建设\n情况报告\n一、主要工作${WORK}`, m('龙山县水利局', '龙山县', '水利', 2023)],
  ['返回顶部 before a broken title', `返回顶部\n青湖区民政局2022年法治政府\n建设工作总结\n一、主要工作${WORK}`, m('青湖区民政局', '青湖区', '民政', 2022)],
  ['大 / 中 / 小 before a broken title', `大\n中\n小\n东岭市审计局2024年度法治政府\n建设情况报告\n一、主要工作${WORK}`, m('东岭市审计局', '东岭市', '审计', 2024)],
  ['traditional: 打印本页 before a broken title', toTraditional(`打印本页\n西坪县林业局2021年法治政府\n建设情况报告\n一、主要工作${WORK}`), m('西坪县林业局', '西坪县', '林业', 2021)],
]

export const SECOND_PARTY_SCHOOL_52B: Probe39[] = [
  ['列入 the county party school\'s courses, 开展培训', `${G}将法治理论列入县委党校主体班次课程，开展培训7期。`, {}],
  ['meetings\' studies, then 列入 with 组织培训', `${G}全年会前学法15次；法治课程列入党校主体班次，组织培训11期。`, { training_sessions: [15, 'exact'] }],
  ['a law and the party school after the study', `${B}把《行政复议法》列入理论学习中心组学习和县委党校主体班次，培训干部3期。`, {}],
  ['its own training plan, its own classes', `${B}将行政执法培训列入年度培训计划，举办执法培训班6期。`, { training_sessions: [6, 'exact'] }],
]

export const SECOND_CROSS_REGION_52B: Probe39[] = [
  ['跨省通办 with partners, then its business', `${S}深化“跨省通办”，与多地签订合作协议，全年受理跨省业务1500件。`, {}],
  ['a 跨市通办 window\'s business', `${S}“跨市通办”窗口办结业务2300件。`, {}],
  ['the year\'s total, then a 全国通办 part after ；', `${S}全年共受理政务服务事项8.6万件；“全国通办”事项办件420件。`, { approvals_handled: [86000, 'exact'] }],
  ['channels first, then the year\'s total', `${S}推进“跨省通办”“省内通办”，办件量1.2万件，全年办理审批事项5万件。`, { approvals_handled: [50000, 'exact'] }],
]
