/**
 * Forms from the dev half of the r53c-fresh batch (corpus README, fifty-third batch r53c), over invented sentences:
 * - 备案审查 with its senders named straight before the documents, no 报送的 between (备案审查各县（市）区、市直各部门规范性文件3件): the
 *   filing review's count, however the list of senders is written (、, parenthesised levels; 依法 before 备案审查 opens the clause as
 *   全年 does) — found on r53c's 铁岭市 passage (missed, and the author's own 向省政府、市人大报备…1件 of the clause before taken in its
 *   place: the author sending its own documents up to a named body, 向…报备/报送备案, is a lower stage beside the review, which wins;
 *   alone it is still read). Near misses: 备案审查 as a system before a comma, a review of drafts that are no filings
 *   (合法性审查各部门起草的…), the short senders' form.
 * - a bare case count led by a clause of stepped-up enforcement in the same sentence (行政执法力度加大，全年办理各类案件1135件; 加大执法力度，
 *   查办各类案件…): the lead names what the cases are, as a 执法队 before its bare count does — found on the same passage (missed). Near
 *   misses: a lead of mediation, legal aid or petitions (加大矛盾纠纷化解力度，办理各类案件), the same count with no lead, and a lead that
 *   closes its own sentence before the count.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const CITY = head('北川市人民政府')
const CO = head('临河县人民政府')
const JUS = head('临河县司法局')

export const FILING_SENDERS_53C: Probe39[] = [
  ['senders with a parenthesised level', `${CITY}全年备案审查各县（市）区、市直各部门规范性文件7件。`, { normative_docs_filed: [7, 'exact'] }],
  ['two senders joined by 、', `${CO}备案审查各乡镇、县直各部门行政规范性文件12件，未发现违法情形。`, { normative_docs_filed: [12, 'exact'] }],
  ['senders ending in 单位', `${JUS}依法备案审查各乡镇（街道）和县直有关单位规范性文件9件。`, { normative_docs_filed: [9, 'exact'] }],
  ['after the author\'s own 报备 in the clause before', `${CITY}向省政府和市人大常委会报备规范性文件2件，备案审查各区县政府、市直部门规范性文件15件。`, { normative_docs_filed: [15, 'exact'] }],
  ['traditional senders', toTraditional(`${CO}备案审查各乡镇（街道）、县直各部门规范性文件6件。`), { normative_docs_filed: [6, 'exact'] }],
  // near misses
  ['a review of drafts, no filing', `${JUS}合法性审查各部门起草的规范性文件草案8件。`, {}],
  ['备案审查 as a system before a comma', `${CO}健全备案审查各环节制度，规范性文件质量不断提高。`, {}],
  ['the short senders\' form stays read', `${CO}备案审查各部门规范性文件4件。`, { normative_docs_filed: [4, 'exact'] }],
]

export const LED_CASES_53C: Probe39[] = [
  ['执法力度加大, then a bare count', `${CITY}行政执法力度加大，全年办理各类案件864件。`, { enforcement_cases: [864, 'exact'] }],
  ['加大执法力度, then a bare count', `${CO}加大执法力度，全年共查办各类案件213件，处理投诉举报90余件。`, { enforcement_cases: [213, 'exact'] }],
  ['强化行政执法, then a bare count', `${CO}持续强化行政执法，办结各类案件57件。`, { enforcement_cases: [57, 'exact'] }],
  ['traditional lead', toTraditional(`${CITY}行政执法力度不断加大，全年办理各类案件320件。`), { enforcement_cases: [320, 'exact'] }],
  // near misses
  ['a mediation lead', `${CO}加大矛盾纠纷化解力度，全年办理各类案件146件。`, {}],
  ['a legal-aid lead', `${JUS}法律援助力度加大，全年办理各类案件88件。`, {}],
  ['no lead', `${CO}全年办理各类案件146件。`, {}],
  ['the lead closes its own sentence', `${CO}行政执法力度加大。全年办理各类案件146件。`, {}],
]

const PREF = head('云岭地区行政公署')
const DIST = head('北坪区人民政府')
const BUR = head('北坪区城市管理局')

/** The same forms in new wording, written after the rules and run once before any change for them (corpus README, "Dev forms of r53c-fresh"). */
export const SECOND_53C: Probe39[] = [
  ['senders of three levels with 和', `${PREF}年内依法备案审查各县（市）政府、行署各部门和各园区管委会规范性文件21件，均未发现问题。`, { normative_docs_filed: [21, 'exact'] }],
  ['senders with 直属 and 单位', `${DIST}全年备案审查区直属各单位规范性文件11件，纠正1件。`, { normative_docs_filed: [11, 'exact'] }],
  ['its own 报送备案 before the review', `${DIST}按时向市政府报送备案规范性文件3件，同时备案审查各街道、区直各部门规范性文件16件。`, { normative_docs_filed: [16, 'exact'] }],
  ['its own 报送备案 alone stays read', `${BUR}全年向区司法局报送备案规范性文件2件。`, { normative_docs_filed: [2, 'exact'] }],
  ['a lead of 执法 for a district', `${DIST}执法力度持续加大，全年共办结各类案件402件，罚没款86万元。`, { enforcement_cases: [402, 'exact'], fines_yuan: [860000, 'exact'] }],
  ['加强执法检查力度, then 办理', `${BUR}加强执法检查力度，办理各类案件77件。`, { enforcement_cases: [77, 'exact'] }],
  ['traditional lead', toTraditional(`${DIST}加大行政执法力度，办理各类案件95件。`), { enforcement_cases: [95, 'exact'] }],
  // near misses
  ['a petition lead', `${DIST}加大信访积案化解力度，办理各类案件63件。`, {}],
  ['a court-linked lead', `${DIST}加强诉源治理力度，办结各类案件41件。`, {}],
  ['执法 in the sentence before', `${DIST}行政执法力度明显加大。全年办理各类案件58件，其中民事调解案件30件。`, {}],
]
