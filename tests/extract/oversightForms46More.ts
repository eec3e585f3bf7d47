/**
 * Oversight and approval forms of round 46, second part (oversightForms46.ts has the first batch and the authors): the near misses of
 * the rules the first batch led to, a second batch in other wordings written after those rules (the same families and distractors:
 * 上年度 and 本届以来 beside the year's own, drafts and documents a body sends on, a court's count and the author's part, targets and
 * rates of other measures), and a fifth of all the probes again in traditional script (opencc, as earlier rounds). Sentences invented
 * for this test (the real reports' register, no report's wording).
 */
import { toTraditional } from './traditional'
import type { Probe39 } from './unseenForms39'
import {
  CG, CHB, CJ, CZW, FIRST_46, JD, MSC, PG, PJ, PRS, PZR, XG, XGA, XJ, XJT, XNY, XRS, XSC, XSP, XWJ, XYJ, XZR, ZG,
} from './oversightForms46'

/** The near misses of this round's rules: the same words where the figure is the author's of the year. */
export const NEAR_46: Probe39[] = [
  ['the year before\'s rate by 上年度, then this year\'s', `${CG}上年度行政复议纠错率16.5%；2023年行政复议纠错率12.1%。`, { reconsideration_correction_pct: [12.1, 'exact'] }],
  ['carried over from 上年度, then new', `${CG}办结上年度结转行政复议案件3件，新受理行政复议案件42件。`, { reconsideration_cases: [42, 'exact'] }],
  ['since the term, then this year', `${XG}本届政府以来累计作出重大行政决策31项，今年作出重大行政决策6项。`, { major_decisions: [6, 'exact'] }],
  ['a plan to review documents', `${XJ}2024年拟审核规范性文件20件。`, {}],
  ['documents issued', `${XWJ}全年出台规范性文件12件。`, {}],
  ['documents units sent for review, reviewed', `${XJ}审查各单位提请审查的规范性文件26件。`, { normative_docs_reviewed: [26, 'exact'] }],
  ['reviews with an adviser\'s help', `${XSC}在法律顾问协助下法制审核重大执法决定12件。`, { legal_review_cases: [12, 'exact'] }],
  ['an adviser invited, then the bureau\'s reviews', `${XJ}邀请法律顾问参与论证，审查重大行政决策8件。`, { legal_review_cases: [8, 'exact'] }],
  ['the heads\' rate beside the speaking rate', `${XG}负责人出庭应诉率100%，出庭出声率100%。`, { head_appearance_pct: [100, 'exact'] }],
  ['suggestions, then the key ones led', `${XG}办理人大代表建议46件，其中县领导领办重点建议6件。`, { proposals_handled: [46, 'exact'] }],
  ['suggestions the delegates raised, handled', `${XJT}办理人大代表提出的建议18件。`, { proposals_handled: [18, 'exact'] }],
  ['decisions made, some evaluated after', `${XG}作出重大行政决策5项，对2项开展决策后评估。`, { major_decisions: [5, 'exact'] }],
  ['reviews accepted, the heard ones a part', `${XG}受理行政复议案件68件，其中听证审理8件。`, { reconsideration_cases: [68, 'exact'] }],
  ['reviews accepted, the mediated ones after', `${XG}受理行政复议案件68件，通过调解和解结案18件。`, { reconsideration_cases: [68, 'exact'] }],
  ['as review organ, the noun in the clause before', `${XG}县政府作为行政复议机关，全年受理52件。`, { reconsideration_cases: [52, 'exact'] }],
  ['a review organ revoked a decision', `${XSC}行政复议机关撤销本局处罚决定1件。`, {}],
  ['a justice bureau: the courts\' total, the government as defendant', `${XJ}全县法院受理行政诉讼案件214件，其中县政府作为被告的36件。`, { litigation_cases: [36, 'exact'] }],
  ['the courts\' total, the government as a third party', `${XG}县人民法院受理行政诉讼案件214件，其中县政府作为第三人的5件。`, {}],
  ['documents drafted for issue, reviewed, a province', `${PRS}对拟印发的规范性文件开展合法性审核9件。`, { normative_docs_reviewed: [9, 'exact'] }],
]

/** A second batch, written after the first rules: the same forms in other wordings, sectors and levels. */
export const SECOND_46: Probe39[] = [
  // reviews and suits
  ['the government\'s own rate beside the city\'s average', `${XG}县政府本级行政复议纠错率为9.8%，全市平均为12%。`, { reconsideration_correction_pct: [9.8, 'exact'] }],
  ['a combined correction rate, last year after', `${XG}全县行政复议案件综合纠错率14.6%，上年为17.2%。`, { reconsideration_correction_pct: [14.6, 'exact'] }],
  ['accepted including carried over in an aside', `${CG}作为复议机关，依法受理行政复议申请74件（含上年结转6件）。`, { reconsideration_cases: [74, 'exact'] }],
  ['a third party in a review, then respondent by 宗', `${XZR}我局作为第三人参加行政复议3宗，作为被申请人参加行政复议1宗。`, { reconsideration_cases: [1, 'exact'] }],
  ['two years side by side after ；', `${XG}2022年受理行政复议案件48件；2023年受理行政复议案件56件。`, { reconsideration_cases: [56, 'exact'] }],
  ['the year before by 上年度, reviews', `${PG}上年度省政府受理行政复议案件1120件。`, {}],
  ['suits as defendant, last year in an aside', `${XRS}以本局为被告的行政诉讼案件3件（上年同期5件）。`, { litigation_cases: [3, 'exact'] }],
  ['a district as third party and defendant', `${XG}县政府作为第三人参加诉讼4件，作为被告应诉行政诉讼案件12件。`, { litigation_cases: [12, 'exact'] }],
  ['the court\'s part as defendant after 行政诉讼', `${CG}市中级人民法院审理行政诉讼案件620件，其中市政府作为被告的44件。`, { litigation_cases: [44, 'exact'] }],
  ['the heads\' rate of the area, then the mayor\'s appearances', `${CG}全市各级行政机关负责人出庭应诉率达99%，市政府主要负责人出庭应诉1次。`, { head_appearance_pct: [99, 'exact'] }],
  ['lost, the rate\'s change after', `${PZR}行政诉讼案件败诉3件，败诉率较上年下降2.1个百分点。`, { litigation_lost_cases: [3, 'exact'] }],
  ['lost the year before alone', `${PZR}2022年行政诉讼败诉案件2件。`, {}],
  // documents
  ['documents cleaned up the year before', `${XJT}上年度清理规范性文件21件。`, {}],
  ['documents cleaned up since the term', `${XG}本届政府以来累计清理规范性文件380件。`, {}],
  ['drafts to be put to the government, reviewed', `${XJ}对拟提请县政府审议的规范性文件开展合法性审核6件。`, { normative_docs_reviewed: [6, 'exact'] }],
  ['a ministry: rules filed are no documents', `${MSC}向司法部报送备案部门规章4件。`, {}],
  ['a province: rules and documents filed', `${PJ}备案审查设区市政府规章86件、规范性文件420件。`, { normative_docs_filed: [420, 'exact'] }],
  ['a county bureau sends drafts to the government', `${XNY}报请县政府审查规范性文件2件。`, {}],
  // decisions and legality reviews
  ['decisions a city adopted', `${CG}市政府全年作出重大行政决策事项9项。`, { major_decisions: [9, 'exact'] }],
  ['a review rate of decisions alone', `${XG}重大行政决策合法性审查率100%。`, {}],
  ['decisions of the year before by 上年度', `${XG}上年度作出重大行政决策7项。`, {}],
  ['a street\'s decisions reviewed with 对', `${JD}对重大决策事项开展合法性审查4件。`, { legal_review_cases: [4, 'exact'] }],
  ['decisions reviewed, drafts with opinions', `${CJ}合法性审核重大行政决策草案7件，提出意见建议23条。`, { legal_review_cases: [7, 'exact'] }],
  ['a risk assessment of decisions', `${XG}对重大行政决策开展社会稳定风险评估5项。`, {}],
  ['decisions reviewed since a year', `${CJ}2020年以来累计合法性审查重大行政决策86件。`, {}],
  ['an adviser team reviews decisions', `${ZG}镇法律顾问团队全年审查重大决策事项6件。`, {}],
  // disclosure and proposals
  ['requests of the year before by 上年度', `${CHB}上年度受理政府信息公开申请46件。`, {}],
  ['requests since the term', `${CG}本届政府以来累计办理依申请公开2300件。`, {}],
  ['requests\' change alone', `${CHB}依申请公开申请数量同比下降15%。`, {}],
  ['accepted, then the answers by kind', `${CHB}受理依申请公开42件，其中予以公开28件、部分公开6件。`, { info_disclosure_requests: [42, 'exact'] }],
  ['delegates raised, the bureau\'s share handled', `${XWJ}县人大代表提出建议86件，交由本局办理9件。`, { proposals_handled: [9, 'exact'] }],
  ['members raised proposals in a government report', `${XG}县政协委员提出提案158件。`, {}],
  ['proposals of the year before by 上年度', `${XYJ}上年度办理建议提案30件。`, {}],
  // approvals
  ['compression from 上年度\'s', `${XSP}审批时限压缩率由上年度的65%提高到72%。`, { approval_time_compression_pct: [72, 'exact'] }],
  ['即办 share\'s change alone', `${XSP}即办件占比较上年提高6个百分点。`, {}],
  ['online rate target', `${CZW}全程网办率目标为90%。`, {}],
  ['compression since the term', `${CZW}本届政府以来累计压减审批时限78%。`, {}],
  ['compression by the promised against the statutory', `${XSP}承诺时限比法定时限平均压缩72%。`, { approval_time_compression_pct: [72, 'exact'] }],
  ['online rate, two years', `${CZW}2022年全程网办率为80%，2023年全程网办率达到91%。`, { online_processing_pct: [91, 'exact'] }],
  ['materials reduced, a change after', `${XSP}申请材料压减率35%，较上年提高5个百分点。`, { material_reduction_pct: [35, 'exact'] }],
  ['permits, then the on-the-spot part', `${XSP}办理行政许可事项1.6万件，其中即办件9800件。`, { approvals_handled: [16000, 'exact'] }],
  ['certificates replaced by pledges, cases', `${XSP}证明事项告知承诺制办件3200件。`, {}],
  ['a police bureau\'s permits', `${XGA}办理户籍、出入境等行政许可事项2.3万件。`, { approvals_handled: [23000, 'exact'] }],
  ['a province\'s department: on-time rate and permits', `${PRS}办理行政许可事项980件，按时办结率100%。`, { approvals_handled: [980, 'exact'] }],
  ['a town\'s service centre\'s rate', `${ZG}镇便民服务中心即办件比例达到70%。`, { immediate_processing_pct: [70, 'exact'] }],
  ['contracts, then documents reviewed, 审核', `${XJ}审核合同36份、规范性文件12件。`, { normative_docs_reviewed: [12, 'exact'] }],
  ['training, then documents cleaned up', `${XRS}组织法治培训3次、清理规范性文件12件。`, { normative_docs_reviewed: [12, 'exact'] }],
  ['contracts and documents drafted', `${XJ}起草合同36份、规范性文件12件。`, {}],
  ['a bureau\'s reviews none, suits one', `${XSC}全年未发生行政复议案件，发生行政诉讼案件1件。`, { reconsideration_cases: [0, 'exact'], litigation_cases: [1, 'exact'] }],
]

/** Probes read again in traditional script: the forms' register in the other script, converted whole (title and all). */
const TRADITIONAL = new Set([
  'respondent, last year after', 'respondent by 起, revoked after', 'a third party, then respondent', 'received with last year in an aside, accepted',
  'the province\'s organs\' total, then the city\'s', 'cumulative since the new law', 'accepted, corrected, rate', 'the rate from last year\'s to this',
  'a target rate', 'a ministry: the system\'s then its own', 'suits, lost, lost the year before', 'a court\'s total alone', 'defendant, then a third party',
  'none lost', 'an agent\'s suits for the government', 'the heads\' rate beside the lawyers\'', 'a duty to appear', 'the rate of the year before',
  'filed, rates after', 'cleaned up, kept, amended and abolished', 'sent to the justice bureau for review', 'drafts reviewed with opinions',
  'reviewed since a year', 'contracts and documents reviewed', 'decisions made', 'decisions planned', 'decisions reviewed, the noun first',
  'decisions reviewed, the verb first', 'an adviser\'s reviews of decisions', 'enforcement decisions reviewed, a change', 'certificates cleaned up',
  'advisers and their opinions', 'handled, last year in an aside', 'published alone', 'the city\'s total, then own', 'a reply rate alone',
  'added, a reply rate after', 'the year before alone', 'raised by the delegates', 'a share of the city\'s', 'compression, a change after',
  'compression target', '即办件 share beside 承诺件', 'online rate beside 一网通办', 'permits handled', 'approvals, last year after',
  'materials reduced beside certificates cancelled', 'on-time and praise rates', 'a ministry\'s online rate', 'a town as defendant, all won',
  'the year before\'s rate by 上年度, then this year\'s', 'since the term, then this year', 'reviews with an adviser\'s help',
  'a third party in a review, then respondent by 宗', 'the court\'s part as defendant after 行政诉讼', 'documents cleaned up the year before',
  'decisions reviewed, drafts with opinions', 'the heads\' rate of the area, then the mayor\'s appearances', 'compression by the promised against the statutory',
])

const GROUPS: [string, Probe39[]][] = [...FIRST_46, ['near misses', NEAR_46], ['second batch', SECOND_46]]

export const ALL_46: [string, Probe39[]][] = [
  ...GROUPS,
  ['traditional script', GROUPS.flatMap(([, probes]) => probes)
    .filter(([form]) => TRADITIONAL.has(form))
    .map(([form, text, want]): Probe39 => [`${form} (traditional)`, toTraditional(text), want])],
]
