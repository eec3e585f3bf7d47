/**
 * Forms from the dev half of the r50b-fresh batch (corpus README, fiftieth batch r50b), over invented sentences:
 * - a count right after 对, before the object a legality review took up (对3件重大行政决策进行了合法性审查, 对7份…草案开展合法性审核, 对县政府拟出台的4件…):
 *   the catalogue's term for reviews of decisions opens on 对 and runs over the object to the act, so the figure stands inside it, where
 *   no count was looked for; the act alone (合法性审查) names no indicator — found on r50b's 冠县 report (missed). Near misses: the same
 *   shape over contracts (行政协议, not a legality review the catalogue counts), another act over the decisions (专家论证), documents
 *   (规范性文件, their own indicator), people trained, a plan (力争), another year and a retained adviser as the clause's subject (the ruling on advisers).
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const G = head('云岭县人民政府')
const J = head('云岭县司法局')
const C = head('北塘区城市管理局')
const Y0 = head('北塘区人民政府')

export const DUI_COUNT_50B: Probe39[] = [
  ['对N件 major decisions, 进行了合法性审查', `${G}全年共对4件重大行政决策进行了合法性审查。`, { legal_review_cases: [4, 'exact'] }],
  ['对N份 drafts of decisions, 开展合法性审核', `${G}对7份重大行政决策草案开展合法性审核，提出意见21条。`, { legal_review_cases: [7, 'exact'] }],
  ['对共计N项 decisions, 实施…审查把关', `${G}年内对共计9项重大行政决策事项实施合法性审查把关。`, { legal_review_cases: [9, 'exact'] }],
  ["a justice bureau's 对N个议题", `${J}在县政府常务会议召开前，对6个议题进行了合法性审查。`, { legal_review_cases: [6, 'exact'] }],
  ['traditional 对N件', toTraditional(`${G}全年共对4件重大行政决策进行了合法性审查。`), { legal_review_cases: [4, 'exact'] }],
  // near misses
  ['contracts after 对N件', `${G}全年对4件行政协议进行了合法性审查。`, {}],
  ['another act over the decisions', `${G}对3件重大行政决策组织了专家论证。`, {}],
  ['documents stay their own indicator', `${J}对8件规范性文件进行了合法性审查。`, { normative_docs_reviewed: [8, 'exact'] }],
  ['people trained after 对', `${C}对35名执法人员进行了法制培训。`, {}],
  ['a plan', `${G}力争对3件重大行政决策进行合法性审查。`, {}],
  ['another year', `${G}2022年对3件重大行政决策进行了合法性审查。`, {}],
  ['enforcement decisions stay read', `${C}全年共对5件重大执法决定进行了法制审核。`, { legal_review_cases: [5, 'exact'] }],
  ["a retained adviser as the subject", `${G}县政府法律顾问对3件重大行政决策进行了合法性审查。`, {}],
  ["an adviser team's total after 对", `${J}局法律顾问团队全年共对2件重大行政决策进行合法性审查。`, {}],
  // (beside the joined-review reach, written with it: two qualities reviewed together; an argument of reasonableness is no review)
  ['two qualities reviewed, joined by 、', `${C}对4件重大执法决定进行合法性、合规性审核。`, { legal_review_cases: [4, 'exact'] }],
  ['two qualities reviewed, joined by 及', `${C}全年对6件处罚案件进行了合法性及适当性审查。`, { legal_review_cases: [6, 'exact'] }],
  ['an argument of reasonableness', `${G}对3件重大行政决策进行合理性论证。`, {}],
  // (beside the relative-clause reach, written with it: a relative clause before contracts or before people stays unread)
  ['a relative clause before contracts', `${G}对县政府拟签订的4件行政协议进行合法性审查。`, {}],
  ['a relative clause before people', `${C}对新录用的12名执法人员进行了法制培训。`, {}],
]

/**
 * Drafts of decisions (重大行政决策草案) as major_decisions' noun: its exclusion of reviews (…决策…合法性审查) is tested six characters past
 * its term, so a term that stopped before 草案 left the review outside and outbid it (found by the second batch below). Near misses:
 * drafts deliberated or passed, decisions made, stay major_decisions.
 */
export const DRAFTS_50B: Probe39[] = [
  ['drafts after 共对N件, reviewed', `${G}全年共对8件重大行政决策草案进行合法性审查。`, { legal_review_cases: [8, 'exact'] }],
  ['drafts after 对N项, reviewed', `${Y0}对2项重大决策草案开展了合法性审查。`, { legal_review_cases: [2, 'exact'] }],
  // near misses
  ['drafts deliberated', `${G}县政府常务会议全年审议重大行政决策草案3件。`, { major_decisions: [3, 'exact'] }],
  ['drafts passed, the count first', `${G}全年审议通过4件重大行政决策草案。`, { major_decisions: [4, 'exact'] }],
  ['decisions made', `${G}全年作出重大行政决策5项。`, { major_decisions: [5, 'exact'] }],
]

/**
 * The object named between 对 and the figure, the act right after it (对重大执法决定5件进行了法制审核, 对重大行政决策3件进行了合法性审查):
 * the same term over 对, its object and the act, the count standing after the object (written after the rule above, beside DRAFTS_50B);
 * the object's own indicator (major_decisions, penalty_cases) no longer outbids the review. Near misses: a count of the object's owners
 * (对12个乡镇的…), contracts, an adviser, penalties with a publicity event in the next clause.
 */
export const OBJECT_FIRST_50B: Probe39[] = [
  ['对 enforcement decisions then N件', `${C}全年对重大执法决定5件进行了法制审核。`, { legal_review_cases: [5, 'exact'] }],
  ['对 decisions then N件', `${G}全年对重大行政决策3件进行了合法性审查。`, { legal_review_cases: [3, 'exact'] }],
  ['对 decision matters then N项, 开展', `${G}全年对重大行政决策事项3项开展合法性审查。`, { legal_review_cases: [3, 'exact'] }],
  ['对 penalty cases then N件', `${C}对重大行政处罚案件12件进行了法制审核。`, { legal_review_cases: [12, 'exact'] }],
  // near misses
  ["the object's owners counted", `${G}全年对12个乡镇的重大行政决策进行合法性审查。`, {}],
  ['contracts then N件', `${G}全年对行政协议4件进行了合法性审查。`, {}],
  ['an adviser before 对 and the object', `${G}县政府法律顾问对重大行政决策3件进行了合法性审查。`, {}],
  ['penalties, then publicity in the next clause', `${C}全年实施行政处罚12件，开展法制宣传3次。`, { penalty_cases: [12, 'exact'] }],
]

export const ALL_50B: [string, Probe39[], string[]][] = [
  ['r50b: a count after 对 before the object of a legality review', DUI_COUNT_50B, ['legal_review_cases', 'normative_docs_reviewed']],
  ['r50b: drafts of decisions, reviewed or deliberated', DRAFTS_50B, ['legal_review_cases', 'major_decisions']],
  ['r50b: 对, the object, then the count and the act', OBJECT_FIRST_50B, ['legal_review_cases', 'major_decisions', 'penalty_cases']],
]

const X = head('东坪县人民政府')
const Y = head('东坪县自然资源局')

/**
 * The second batch, in other wording, written after the rule and run once before any change for it (corpus README, "Dev forms of
 * r50b-fresh"): Chinese numerals, a relative clause before the object, the act written over the object's 合法性, two reviews joined,
 * a department's decisions; near misses over publicity, contracts, petitions and an adviser named in the clause.
 */
export const SECOND_50B: Probe39[] = [
  ['Chinese numerals after 对', `${X}全年对五件重大行政决策进行了合法性审查，均出具书面意见。`, { legal_review_cases: [5, 'exact'] }],
  ['a relative clause before the object', `${X}对县政府拟出台的4件重大行政决策开展了合法性审查。`, { legal_review_cases: [4, 'exact'] }],
  ["the act over the object's 合法性", `${X}全年对3件重大行政决策的合法性进行了审查。`, { legal_review_cases: [3, 'exact'] }],
  ['two reviews joined', `${Y}对2项重大行政决策进行合法性、合理性审查。`, { legal_review_cases: [2, 'exact'] }],
  ["a department's decisions, 对…事项", `${Y}全年对本局作出的6项重大行政决策事项进行合法性审核。`, { legal_review_cases: [6, 'exact'] }],
  ['traditional with a total word', toTraditional(`${X}全年共对11件重大行政决策草案进行合法性审查。`), { legal_review_cases: [11, 'exact'] }],
  // near misses
  ['decisions made public', `${X}对3件重大行政决策进行了公示。`, {}],
  ['contracts after 对N份', `${Y}对14份合同进行了合法性审查。`, {}],
  ['petitions after 对N件', `${X}对9件信访事项进行了复查。`, {}],
  ['an adviser in the clause, after 由', `${X}由政府法律顾问对2件重大行政决策进行合法性审查。`, {}],
]
