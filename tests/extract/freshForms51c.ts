/**
 * Forms from the dev half of the r51c-fresh batch (corpus README, "Fifty-first fresh batch (r51c-fresh…)"), over invented sentences:
 * - cases named by their procedure alone (办理普通程序案件N件, 办结一般程序案件N起): an enforcement team's cases under the general
 *   procedure, which the README's procedure ruling reads as written when no total is given (一般程序案件759起 as the year's cases) —
 *   found on r51c's 蜀山街道 report (missed: no kind word such as 执法 or 违法 stands before 案件). Near misses: a court's or legal
 *   aid's cases of that procedure, reviews heard and penalties made under it, a total before its procedure's part, and both procedures
 *   given (一般程序…45件、简易程序…130件: penalties by procedure, summed; read so, 一般程序 alone cost a holdout item two false values).
 * - the share of services done fully online written after the services (政务服务事项中90%已实现全程网办, 依申请事项97.6%实现全程网办):
 *   the catalogue read only the share before them (90%的…事项实现全程网办) — found on r51c's 朝陽區 report (missed). Near misses: a
 *   share that may be done online (可全程网办), a growth figure before a count of online services, the share before them still read.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const S = head('东湖街道办事处')
const Z = head('桥头镇人民政府')
const G = head('青河县人民政府')
const J = head('青河县司法局')
const A = head('青河县市场监督管理局')

export const PROCEDURE_51C: Probe39[] = [
  ["a street's general-procedure cases, 办理普通程序案件", `${S}街道全年共办理普通程序案件187件。`, { enforcement_cases: [187, 'exact'] }],
  ['一般程序案件 closed by the team', `${S}街道综合行政执法队办结一般程序案件58起。`, { enforcement_cases: [58, 'exact'] }],
  ['查办普通程序案件 before its fines', `${S}全年查办普通程序案件120件，罚没款36.5万元。`, { enforcement_cases: [120, 'exact'] }],
  ["a town's 立案办理一般程序案件", `${Z}镇综合执法队立案办理一般程序案件33宗。`, { enforcement_cases: [33, 'exact'] }],
  // near misses
  ["a court's general-procedure cases", `${Z}镇人民法庭办理普通程序案件65件。`, {}],
  ["legal aid's cases of that procedure", `${J}法律援助中心办理普通程序刑事案件42件。`, {}],
  ['reviews heard under the general procedure', `${J}适用普通程序审理行政复议案件12件。`, { reconsideration_cases: [12, 'exact'] }],
  ['penalties made under the general procedure', `${A}适用普通程序作出行政处罚48件。`, { penalty_cases: [48, 'exact'] }],
  ["a total before its procedure's part", `${S}街道全年办理执法案件300件，其中普通程序案件87件。`, { enforcement_cases: [300, 'exact'] }],
  // both procedures given: penalties by procedure, summed (the README's procedure ruling), no case count of one procedure
  ['both procedures, the general first', `${S}街道全年办理一般程序案件45件、简易程序案件130件。`, { penalty_cases: [175, 'derived'] }],
  ['both procedures, the summary first', `${S}简易程序案件130件，办结普通程序案件45件。`, { penalty_cases: [175, 'derived'] }],
]

export const ONLINE_SHARE_51C: Probe39[] = [
  ['事项中N%已实现全程网办', `${G}全县政务服务事项中95%已实现全程网办。`, { online_processing_pct: [95, 'exact'] }],
  ['services then the share, N%实现全程网办', `${G}县级依申请事项97.6%实现全程网办。`, { online_processing_pct: [97.6, 'exact'] }],
  ['traditional, 事项中N%已实现全程网办', toTraditional(`${G}全县政务服务事项中95%已实现全程网办。`), { online_processing_pct: [95, 'exact'] }],
  // near misses
  ['a share that may be done online', `${G}县级政务服务事项中90%可全程网办。`, {}],
  ['a growth before a count of online services', `${G}网上办件量同比增长12%，实现全程网办事项新增40项。`, {}],
  ['the share before the services stays read', `${G}90%的县级政务服务事项实现全程网办。`, { online_processing_pct: [90, 'exact'] }],
]

/** The second batch, written after the rules in new wording and run once (corpus README, "Dev forms of r51c-fresh"). */
const W = head('南岭街道办事处')
const X = head('石门镇人民政府')
const Q = head('兰溪区人民政府')
const K = head('兰溪区综合行政执法局')
export const SECOND_51C: Probe39[] = [
  ['一般程序案件 handled in 宗', `${X}镇综合行政执法队全年共办理一般程序案件64宗，结案率100%。`, { enforcement_cases: [64, 'exact'] }],
  ['普通程序案件 with 累计 and 行政', `${W}全年累计查处普通程序行政案件152件。`, { enforcement_cases: [152, 'exact'] }],
  ['traditional, 辦結普通程序案件', toTraditional(`${K}全年办结普通程序案件1268件。`), { enforcement_cases: [1268, 'exact'] }],
  ["a hearing's general procedure (庭审) is no case count", `${W}街道派员旁听法庭普通程序案件庭审3次。`, {}],
  ['both procedures in 件 with the summary first', `${K}全年办理简易程序案件412件、普通程序案件96件。`, { penalty_cases: [508, 'derived'] }],
  ['事项中N%均已实现全程网办', `${Q}区本级政务服务事项中，98.2%均已实现全程网办。`, { online_processing_pct: [98.2, 'exact'] }],
  ['高频事项N%实现全流程网上办理', `${Q}全区高频政务服务事项99%实现全流程网上办理。`, { online_processing_pct: [99, 'exact'] }],
  ['a target share to reach online handling', `${Q}力争年底前政务服务事项95%实现全程网办。`, {}],
]
