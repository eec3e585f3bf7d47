/**
 * Forms from the dev half of the r50b-fresh batch (corpus README, fiftieth batch r50b), over invented sentences:
 * - a count right after 对, before the object a legality review took up (对3件重大行政决策进行了合法性审查, 对7份…草案开展合法性审核):
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
]

export const ALL_50B: [string, Probe39[], string[]][] = [
  ['r50b: a count after 对 before the object of a legality review', DUI_COUNT_50B, ['legal_review_cases', 'normative_docs_reviewed']],
]
