/**
 * Forms from the dev half of the r55a-fresh batch (corpus README, fifty-fifth batch r55a), over invented sentences:
 * - a government naming itself as the respondent with 以…为被申请人 (以市政府为被申请人的行政复议案件共13件 in a city government's
 *   report; 以县政府为被申请人…, 以区人民政府为被申请人…, 以本级政府为被申请人…): reviews brought against it, which a government of a county
 *   or above never counts as its own (the role ruling of 2026-12-04; f-tongzhou's 区政府本身作为被申请人 `must_not`) — found on r55a's 营口
 *   2022 opening (read as its reviews). Near misses: a city handling reviews against its counties' governments (受理以县政府为被申请人…:
 *   the review body's count), a town's government as respondent (its kind's role), a department's 以本局为被申请人, suits against the
 *   government (以市政府为被告: its own suits), a government's reviews handled as the review body.
 * - a share written as A在B中的占比 (即办件在行政许可事项中的占比达到40%, 全程网办事项在依申请政务服务事项中的比重为92%): the share of A —
 *   found on r55a's 长春 2023 opening (missed). Near misses: a share of other items (好评件在评价总数中的占比), days (办理时限压缩至4.2天), a
 *   count of items done on the spot.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const C = head('松河市人民政府')
const K = head('青河县人民政府')
const Q = head('柳溪区人民政府')
const Z = head('桥头镇人民政府')
const J = head('松河市交通运输局')

export const SELF_RESPONDENT_55A: Probe39[] = [
  ["a city government as respondent by 以市政府为", `${C}一年来，以市政府为被申请人的行政复议案件共13件，已审结的7件全部维持。`, {}],
  ["a county government as respondent by 以县政府为", `${K}全年以县政府为被申请人的行政复议案件9件。`, {}],
  ["a district's 以区人民政府为…被申请人", `${Q}以区人民政府为行政复议被申请人的案件共6件，均已办结。`, {}],
  ['本级政府 as respondent', `${C}全年以本级政府为被申请人的复议案件5件。`, {}],
  ['traditional: a city government as respondent', toTraditional(`${C}以市政府为被申请人的行政复议案件共11件。`), {}],
  // near misses
  ["a city handling reviews against its counties' governments", `${C}市政府全年受理以县政府为被申请人的行政复议案件21件。`, { reconsideration_cases: [21, 'exact'] }],
  ["a town's government as respondent", `${Z}以镇政府为被申请人的行政复议案件2件。`, { reconsideration_cases: [2, 'exact'] }],
  ["a department's 以本局为被申请人", `${J}以本局为被申请人的行政复议案件4件。`, { reconsideration_cases: [4, 'exact'] }],
  ['suits against the government stay its own', `${C}以市政府为被告的行政诉讼案件共27件。`, { litigation_cases: [27, 'exact'] }],
  ["a government's reviews handled as review body", `${K}县政府全年受理行政复议案件35件。`, { reconsideration_cases: [35, 'exact'] }],
]

export const SHARE_IN_55A: Probe39[] = [
  ['即办件在…中的占比达到N%', `${C}行政许可事项平均办理时限压缩至4.2天，即办件在行政许可事项中的占比达到40%。`, { immediate_processing_pct: [40, 'exact'] }],
  ['即办事项在…中的比例为N%', `${K}即办事项在全县政务服务事项中的比例为36.5%。`, { immediate_processing_pct: [36.5, 'exact'] }],
  ['全程网办事项在…中的比重为N%', `${Q}全程网办事项在依申请政务服务事项中的比重为92%。`, { online_processing_pct: [92, 'exact'] }],
  ['traditional: 即办件在…中的占比', toTraditional(`${C}即办件在行政许可事项中的占比提升到52%。`), { immediate_processing_pct: [52, 'exact'] }],
  // near misses
  ['a share of other items', `${C}好评件在评价总数中的占比达到99%。`, {}],
  ['days, no share', `${C}政务服务事项平均办理时限压缩至4.2天。`, {}],
  ['a count of items done on the spot', `${K}即办件在窗口当场办结的共1200件。`, {}],
]

const L = head('临川市人民政府')
const X = head('石门县人民政府')

/**
 * Law study counted for bodies of several levels together (市县两级党委、政府全年共组织学法140余次, 县乡两级党委（党组）理论学习中心组…56次,
 * 市县乡三级共举办…): their sum, no session the author itself held (the training ruling; several bodies counted as one subject are not
 * the agency's) — found on r55a's 渭南 2022 opening (102 read as the city's). Near misses: the author's own sessions after it, the
 * levels as the audience of the author's own event (组织市县两级执法人员参加培训), people of the levels counted.
 */
export const SEVERAL_LEVELS_55A: Probe39[] = [
  ['市县两级党委、政府 study together', `${L}市县两级党委、政府全年共组织法治专题学习102次。`, {}],
  ['全年 before 市县两级…学法', `${L}全年市县两级党委、政府共组织学法140余次。`, {}],
  ['县乡两级…中心组 study', `${X}县乡两级党委（党组）理论学习中心组开展法治专题学习56次。`, {}],
  ['市县乡三级 training classes', `${L}市县乡三级共举办法治培训班210期。`, {}],
  ['traditional: 市县两级 study', toTraditional(`${L}市县两级党委、政府共组织学法88次。`), {}],
  // near misses
  ["the author's own sessions after it", `${L}市县两级党委、政府共组织学法140余次；市政府常务会议会前学法6次。`, { training_sessions: [6, 'exact'] }],
  ['the levels as the audience of its own event', `${L}市政府组织市县两级执法人员参加法治培训3期。`, { training_sessions: [3, 'exact'] }],
  ["the author's own study, levels named elsewhere", `${X}落实县乡两级学法制度，县政府常务会全年学法12次。`, { training_sessions: [12, 'exact'] }],
]

export const ALL_55A: [string, Probe39[], string[]][] = [
  ['r55a: a government naming itself as respondent', SELF_RESPONDENT_55A, ['reconsideration_cases', 'litigation_cases']],
  ['r55a: a share written as A在B中的占比', SHARE_IN_55A, ['immediate_processing_pct', 'online_processing_pct']],
  ['r55a: law study of several levels together', SEVERAL_LEVELS_55A, ['training_sessions']],
]

const P = head('临川市人民政府')
const W = head('石门县人民政府')
const N = head('北塘区人民政府')
const R = head('南湖街道办事处')
const H = head('临川市行政审批服务局')

/**
 * The second batch, in new wording, written after the rules and run once before any change for it (corpus README, "Dev forms of
 * r55a-fresh").
 */
export const SECOND_55A: Probe39[] = [
  ['a city as respondent, 以市人民政府为', `${P}全年以市人民政府为被申请人的行政复议案件17件，其中维持12件。`, {}],
  ['a county as respondent, after a time lead', `${W}2023年，以县政府为行政复议被申请人的案件8件，已全部审结。`, {}],
  ['a district as respondent, 以本级政府为 in an aside', `${N}全年新收行政复议案件46件（以本级政府为被申请人的3件）。`, { reconsideration_cases: [46, 'exact'] }],
  ["a city as review body of its districts' governments", `${P}市政府作为复议机关，受理以区政府为被申请人的复议案件12件。`, { reconsideration_cases: [12, 'exact'] }],
  ["a street's office as respondent stays its own", `${R}以街道办事处为被申请人的行政复议案件1件。`, { reconsideration_cases: [1, 'exact'] }],
  ['traditional: a county as respondent', toTraditional(`${W}以县人民政府为被申请人的行政复议案件共4件。`), {}],
  ['即办件在…中的占比为N%, after a count', `${H}全年办理审批事项5.2万件，即办件在审批事项中的占比为63%。`, { immediate_processing_pct: [63, 'exact'], approvals_handled: [52000, 'exact'] }],
  ['马上办事项在…中的比重达N%', `${W}马上办事项在县级政务服务事项中的比重达48%。`, { immediate_processing_pct: [48, 'exact'] }],
  ['网上办理事项在…中的占比提高到N%', `${N}网上办理事项在依申请事项中的占比提高到97.5%。`, { online_processing_pct: [97.5, 'exact'] }],
  ['near miss: 办结件在…中的占比', `${H}按期办结件在办件总量中的占比为99.8%。`, {}],
]
