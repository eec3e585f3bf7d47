/**
 * Oversight forms of round 52, the companion of enfForms52.ts (holdout oversight F1 0.910, the next family by false values):
 * reviews where the author is the respondent against those it decided as review body (作为被申请人 / 作为复议机关, corpus README
 * ruling of 2026-12-04: the author's kind decides), 纠错率 against 维持率 and other rates, suits as defendant, 出庭应诉率 against
 * appearances counted in 次, suits the courts of an area received, and normative documents drafted, reviewed, filed and cleaned up
 * (起草/审核/备案/清理: the README's documents rulings), rounds and rates of them, other bodies' reviews, bare 合法性审核 counts.
 * Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'
import { CO_ECO, CO_GOV, CO_HRS, CO_JUS, CO_MKT, CO_NR, CO_TAX, TOWN } from './enfForms52'

const CITY_GOV = head('岚州市人民政府')
const CITY_JUS = head('岚州市司法局')
const CITY_TAX = head('国家税务总局岚州市税务局')

export const REVIEWS_52: Probe39[] = [
  ['a bureau as respondent', `${CO_NR}作为被申请人的行政复议案件11件。`, { reconsideration_cases: [11, 'exact'] }],
  ['a department in both roles', `${CITY_TAX}作为被申请人的复议案件3件；作为复议机关审理下级税务机关复议案件9件。`,
    { reconsideration_cases: [3, 'exact'] }],
  ['a department as review body alone', `${CITY_TAX}作为复议机关受理不服下级税务机关决定的复议申请14件。`, {}],
  ['a government in both roles', `${CO_GOV}县政府作为复议机关办理行政复议案件126件；县政府作为被申请人的行政复议案件5件。`,
    { reconsideration_cases: [126, 'exact'] }],
  ['a justice bureau handling for the government', `${CO_JUS}代县政府办理行政复议案件98件。`, { reconsideration_cases: [98, 'exact'] }],
  ['the correction rate beside the upheld rate', `${CO_JUS}行政复议维持率72.6%，纠错率18.4%。`, { reconsideration_correction_pct: [18.4, 'exact'] }],
  ['the upheld rate alone', `${CO_JUS}行政复议决定维持率80.2%。`, {}],
  ['a mediated settlement rate of reviews', `${CO_JUS}行政复议调解和解率达35%。`, {}],
  ['review applications not accepted', `${CO_JUS}对不符合受理条件的行政复议申请不予受理7件。`, {}],
  ['a correction rate of documents', `${CO_JUS}规范性文件审核纠错率6%。`, {}],
  ['reviews with the corrected part', `${CITY_GOV}市政府全年新收行政复议案件312件，直接纠错42件。`, { reconsideration_cases: [312, 'exact'] }],
  ['acts corrected through reviews alone', `${CO_JUS}通过复议纠正违法或不当行政行为23件。`, {}],
  // (written after the 不予受理 rule, its near miss: the applications refused as a part after the accepted total)
  ['reviews accepted with the refused as a part', `${CITY_GOV}市政府受理行政复议申请45件，其中复议申请不予受理3件。`, { reconsideration_cases: [45, 'exact'] }],
  ['the city\'s review bodies in a county bureau', `${CO_JUS}全市各级行政复议机关纠错率15.2%。`, {}],
  tw(['a town as respondent', `${TOWN}作为被申请人的行政复议案件2件，均维持。`, { reconsideration_cases: [2, 'exact'] }]),
  tw(['a government\'s correction rate after its cases', `${CITY_GOV}审结行政复议案件286件，纠错率12.9%。`,
    { reconsideration_cases: [286, 'exact'], reconsideration_correction_pct: [12.9, 'exact'] }]),
  // suits and appearance
  ['suits as defendant, none lost', `${CO_HRS}作为被告的行政诉讼案件6件，无败诉案件。`, { litigation_cases: [6, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['appearances counted in 次', `${CO_GOV}负责人出庭应诉32次。`, {}],
  ['the appearance rate beside the times', `${CO_NR}局长出庭应诉6次，负责人出庭应诉率100%。`, { head_appearance_pct: [100, 'exact'] }],
  ['the lost rate', `${CO_GOV}行政诉讼败诉率3.2%。`, {}],
  ['the city courts\' first-instance cases', `${CITY_GOV}全市法院受理一审行政案件1260件。`, {}],
  ['suits received, concluded and lost', `${CO_GOV}全年新收行政诉讼案件58件，审结52件，败诉4件。`,
    { litigation_cases: [58, 'exact'], litigation_lost_cases: [4, 'exact'] }],
  ['non-litigation enforcement applied for', `${CO_NR}申请法院强制执行非诉案件14件。`, {}],
  ['suits with the year before in an aside', `${CO_MKT}行政诉讼案件4件（上年为7件）。`, { litigation_cases: [4, 'exact'] }],
  ['procurators\' proposals received', `${CO_ECO}收到检察建议3份，均已整改。`, {}],
  ['suits over three years', `${CO_GOV}近三年共发生行政诉讼案件96件。`, {}],
  tw(['appearances with the court\'s hearings attended', `${CO_TAX}负责人出庭应诉并发言5件次。`, {}]),
]

export const DOCS_52: Probe39[] = [
  ['documents drafted', `${CO_JUS}起草规范性文件8件。`, {}],
  ['drafts reviewed for the government', `${CO_JUS}审核县政府规范性文件草案12件。`, { normative_docs_reviewed: [12, 'exact'] }],
  ['documents sent for filing', `${CO_MKT}向县政府报送备案规范性文件3件。`, { normative_docs_filed: [3, 'exact'] }],
  ['documents filed by others reviewed', `${CO_JUS}备案审查各乡镇、部门报送的规范性文件26件。`, { normative_docs_filed: [26, 'exact'] }],
  ['a cleanup with its outcomes', `${CO_GOV}对现行有效的规范性文件进行全面清理，共清理46件，其中废止5件、修改3件。`,
    { normative_docs_reviewed: [46, 'exact'] }],
  ['cleanup rounds', `${CO_GOV}组织规范性文件集中清理2次。`, {}],
  ['documents issued, all filed', `${CO_GOV}县政府全年制发规范性文件9件，均按规定报市政府备案。`, { normative_docs_filed: [9, 'exact'] }],
  ['a filing rate', `${CO_MKT}规范性文件备案率100%。`, {}],
  ['the congress\'s review of the government\'s documents', `${CO_GOV}县人大常委会备案审查县政府规范性文件9件。`, {}],
  ['documents published online', `${CO_GOV}在政府网站公开规范性文件36件。`, {}],
  ['contracts reviewed', `${CO_GOV}审查政府合同86份。`, {}],
  ['documents to clean next year', `${CO_GOV}2024年将清理规范性文件30件左右。`, {}],
  ['legality reviews of penalty decisions', `${CO_MKT}对重大行政处罚决定开展法制审核56件。`, { legal_review_cases: [56, 'exact'] }],
  ['a bare count of legality reviews', `${CO_GOV}全年完成合法性审核101件。`, {}],
  ['legal advisers\' opinions', `${CO_GOV}法律顾问出具法律意见书126份。`, {}],
  ['documents of the towns drafted', `${CO_GOV}各乡镇起草规范性文件14件。`, {}],
  ['documents corrected after filing review', `${CITY_JUS}对备案审查中发现问题的规范性文件督促纠正3件。`, {}],
  ['documents drafted, then reviewed by the office', `${CO_HRS}起草规范性文件4件，均经局法规股合法性审核。`, {}],
  // (written after the congress rule, its near misses: the author sends to the congress, the congress checks the author)
  ['documents sent to the congress for filing', `${CO_GOV}向县人大常委会报送备案规范性文件6件。`, { normative_docs_filed: [6, 'exact'] }],
  ['the congress\'s checks of the law\'s enforcement', `${CITY_GOV}市人大常委会开展行政处罚法执法检查2次。`, {}],
  ['the conference\'s visits', `${CO_GOV}县政协视察行政执法工作并检查企业12家次。`, {}],
  tw(['documents cleaned up, kept and repealed', `${CITY_GOV}清理市政府规范性文件218件，继续有效186件，废止32件。`, { normative_docs_reviewed: [218, 'exact'] }]),
  tw(['a filing review count of the justice bureau', `${CITY_JUS}全年备案审查规范性文件48件。`, { normative_docs_filed: [48, 'exact'] }]),
]
