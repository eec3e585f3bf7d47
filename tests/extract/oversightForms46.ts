/**
 * Oversight and approval forms of round 46 (issue 11: holdout precision). The oversight family of the catalogue (proposals, normative
 * documents reviewed and filed, legality reviews, major decisions, disclosure requests), the review and suit indicators
 * (行政复议, 行政诉讼, lost suits, the correction and the heads' appearance rates) and the approval family (time compression, 即办件,
 * 全程网办, materials, approvals handled), each true figure beside one that is not the author's of the year: the year before's
 * (上年, 2022年, in an aside), changes (同比, 较上年), other bodies' counts (courts, lower units, advisers, delegates), targets
 * (力争, 确保, 拟), spans (累计, 以来, 本届), national or provincial totals quoted, cases the author joined as a third party, rates of
 * other measures (答复率, 办复率, 好评率, 可网办率, 一网通办率). Also the forms round 45 left open: decisions reviewed without 对,
 * a court's total then the government's part. Sixteen sectors, five levels (a ministry, a province, a city, a county, a town and a
 * street); a fifth of them again in traditional script (oversightForms46More.ts). Sentences invented for this test (the real reports' register).
 */
import { head, type Probe39 } from './unseenForms39'

export const MIN = head('司法部')
export const MZR = head('自然资源部')
export const MJT = head('交通运输部')
export const MSC = head('国家市场监督管理总局')
export const PG = head('山西省人民政府')
export const PJ = head('山西省司法厅')
export const PZR = head('山西省自然资源厅')
export const PRS = head('山西省人力资源和社会保障厅')
export const CG = head('临江市人民政府')
export const CJ = head('临江市司法局')
export const CZJ = head('临江市住房和城乡建设局')
export const CHB = head('临江市生态环境局')
export const CZW = head('临江市政务服务管理局')
export const CJY = head('临江市教育局')
export const XG = head('青河县人民政府')
export const XJ = head('青河县司法局')
export const XSC = head('青河县市场监督管理局')
export const XJT = head('青河县交通运输局')
export const XWJ = head('青河县卫生健康局')
export const XSP = head('青河县行政审批服务局')
export const XRS = head('青河县人力资源和社会保障局')
export const XNY = head('青河县农业农村局')
export const XSL = head('青河县水利局')
export const XYJ = head('青河县应急管理局')
export const XMZ = head('青河县民政局')
export const XSW = head('国家税务总局青河县税务局')
export const XGA = head('青河县公安局')
export const XZR = head('青河县自然资源局')
export const ZG = head('桥头镇人民政府')
export const JD = head('东湖街道办事处')

export const REVIEWS_46: Probe39[] = [
  // the author as respondent
  ['respondent, last year after', `${XRS}本局被申请行政复议案件6件，上年同期为9件。`, { reconsideration_cases: [6, 'exact'] }],
  ['respondent, a change in 件 alone', `${XRS}被申请行政复议案件同比减少3件。`, {}],
  ['respondent by 起, revoked after', `${XGA}全年被申请行政复议案件18起，被撤销2起。`, { reconsideration_cases: [18, 'exact'] }],
  ['respondent by 宗 under 以本局为', `${XZR}办理以本局为被申请人的行政复议案件11宗。`, { reconsideration_cases: [11, 'exact'] }],
  ['a street as respondent, one in words', `${JD}街道办事处被申请行政复议一件，已被维持。`, { reconsideration_cases: [1, 'exact'] }],
  ['a town: none happened', `${ZG}全年无行政复议案件发生。`, { reconsideration_cases: [0, 'exact'] }],
  ['taxes: respondent, the superior\'s decision after', `${XSW}本局被提起税务行政复议2件，市局复议决定维持2件。`, { reconsideration_cases: [2, 'exact'] }],
  ['a third party alone', `${XZR}本局作为第三人参加行政复议案件3件。`, {}],
  ['a third party, then respondent', `${XZR}作为第三人参加行政复议3件；作为被申请人的行政复议案件5件。`, { reconsideration_cases: [5, 'exact'] }],
  ['a school bureau as respondent, education', `${CJY}本局作为被申请人的行政复议案件4件，无被纠错案件。`, { reconsideration_cases: [4, 'exact'] }],
  ['water: respondent with 同比', `${XSL}被申请行政复议2件，同比下降50%。`, { reconsideration_cases: [2, 'exact'] }],
  ['civil affairs: none in a clause', `${XMZ}全年未发生以本局为被申请人的行政复议案件。`, { reconsideration_cases: [0, 'exact'] }],
  // a government or a justice bureau as the reviewing organ
  ['received with last year in an aside, accepted', `${XG}县政府收到行政复议申请86件（上年为72件），依法受理79件。`, { reconsideration_cases: [79, 'exact'] }],
  ['accepted, then its share of the province', `${CG}市政府受理行政复议案件412件，占全省的8.6%。`, { reconsideration_cases: [412, 'exact'] }],
  ['the province\'s organs\' total, then the city\'s', `${CG}全省各级行政复议机关共受理案件2.1万件，市政府受理412件。`, { reconsideration_cases: [412, 'exact'] }],
  ['the country\'s change, then the province\'s own', `${PG}全国行政复议案件同比增长19%；省政府本级受理行政复议案件1260件。`, { reconsideration_cases: [1260, 'exact'] }],
  ['cumulative since the new law', `${XJ}新《行政复议法》施行以来，累计受理行政复议案件146件。`, {}],
  ['a quarter\'s cases', `${XG}第一季度受理行政复议案件21件。`, {}],
  ['pending at the year\'s end', `${XG}截至年底尚有9件行政复议案件正在审理。`, {}],
  ['mediated closures alone', `${XG}通过调解和解方式结案行政复议案件18件。`, {}],
  ['accepted, then a mediation rate', `${XG}受理行政复议案件68件，调解和解率32%。`, { reconsideration_cases: [68, 'exact'] }],
  ['acts corrected alone', `${XJ}通过行政复议纠正违法或不当行政行为12件。`, {}],
  ['accepted, corrected, rate', `${CJ}市政府受理行政复议案件326件，直接纠错41件，直接纠错率12.6%。`,
    { reconsideration_cases: [326, 'exact'], reconsideration_correction_pct: [12.6, 'exact'] }],
  ['a committee\'s meetings and the cases it heard', `${CG}召开行政复议委员会案审会12次，审议案件48件。`, {}],
  ['hearings of reviews', `${XG}行政复议案件公开听证8件。`, {}],
  ['applications\' growth alone', `${XG}行政复议申请量同比增长46%。`, {}],
  ['a town\'s service point helped applicants', `${ZG}镇公共法律服务站协助群众提交行政复议申请6件。`, {}],
  ['a ministry: the system\'s then its own', `${MZR}全国自然资源系统办理行政复议案件1.2万件，部本级办理行政复议案件680件。`, { reconsideration_cases: [680, 'exact'] }],
  ['a ministry: the system\'s alone, guided', `${MZR}指导全系统办理行政复议案件1.2万件。`, {}],
  ['a province\'s department: own accepted, lower bodies guided', `${PRS}省厅受理行政复议案件96件，指导各市人社部门办理复议案件860件。`, { reconsideration_cases: [96, 'exact'] }],
  // the correction rate
  ['a target rate', `${XG}力争行政复议纠错率不低于15%。`, {}],
  ['the city\'s rate, then the county\'s', `${XG}全市行政复议纠错率为14.2%，县政府行政复议纠错率为11.8%。`, { reconsideration_correction_pct: [11.8, 'exact'] }],
  ['the rate from last year\'s to this', `${XG}行政复议纠错率由上年的9.5%提高到13.2%。`, { reconsideration_correction_pct: [13.2, 'exact'] }],
  ['a rate of resolving disputes', `${CG}行政争议实质性化解率达到85%。`, {}],
  ['a rate of reviews closed on time', `${XG}行政复议案件按期审结率100%，纠错率10.3%。`, { reconsideration_correction_pct: [10.3, 'exact'] }],
  ['a rate of the year before alone', `${CG}上年度行政复议纠错率为16.5%。`, {}],
]

export const SUITS_46: Probe39[] = [
  ['answered, last year in an aside', `${XRS}本局行政应诉案件8件（2022年为11件）。`, { litigation_cases: [8, 'exact'] }],
  ['suits, lost, lost the year before', `${XZR}全年行政诉讼案件23件，败诉2件，上年败诉5件。`, { litigation_cases: [23, 'exact'], litigation_lost_cases: [2, 'exact'] }],
  ['a loss rate alone', `${XZR}行政诉讼败诉率为4.3%。`, {}],
  ['a court\'s total alone', `${XG}县人民法院全年受理一审行政诉讼案件214件。`, {}],
  ['a court\'s total, then the government\'s part as defendant', `${XG}县人民法院共受理行政诉讼案件214件，其中县政府作为被告的案件36件。`, { litigation_cases: [36, 'exact'] }],
  ['a court\'s concluded cases, then those against the government', `${CG}全市法院审结一审行政案件1860件，其中以市政府为被告的52件。`, { litigation_cases: [52, 'exact'] }],
  ['the city\'s courts\' total, then the bureau\'s own', `${CZJ}全市法院受理涉住建领域行政诉讼案件168件，本局作为被告应诉42件。`, { litigation_cases: [42, 'exact'] }],
  ['a third party alone', `${XJT}作为第三人参加行政诉讼2件。`, {}],
  ['defendant, then a third party', `${XJT}本局作为被告的行政诉讼案件6件，作为第三人参加诉讼2件。`, { litigation_cases: [6, 'exact'] }],
  ['won alone', `${XJT}行政诉讼胜诉5件。`, {}],
  ['none lost', `${XWJ}全年行政诉讼案件3件，均未败诉。`, { litigation_cases: [3, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['an agent\'s suits for the government', `${XJ}代理县政府行政应诉案件48件。`, {}],
  ['police: suits by 起 and lost', `${XGA}被提起行政诉讼12起，败诉1起。`, { litigation_cases: [12, 'exact'], litigation_lost_cases: [1, 'exact'] }],
  ['new suits beside carried over', `${XZR}新收行政诉讼案件18件，上年结转4件。`, { litigation_cases: [18, 'exact'] }],
  ['a town as defendant, all won', `${ZG}镇政府作为被告的行政诉讼案件2件，均胜诉。`, { litigation_cases: [2, 'exact'] }],
  ['the procuratorate\'s proposals', `${CHB}收到检察机关诉前检察建议3件。`, {}],
  ['a hearing attended', `${XWJ}组织干部旁听行政案件庭审2次。`, {}],
  ['the city\'s lost count and rate', `${CG}全市行政机关败诉案件26件，败诉率6.2%。`, { litigation_lost_cases: [26, 'exact'] }],
  ['a ministry: answered and none lost', `${MJT}部本级行政应诉案件46件，无败诉。`, { litigation_cases: [46, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['pending suits', `${PZR}尚有7件行政诉讼案件在审理中。`, {}],
  ['suits since a year', `${PZR}2019年以来累计办理行政应诉案件610件。`, {}],
  ['suits a year earlier alone', `${XSC}2022年发生行政诉讼案件9件。`, {}],
  ['suits and reviews of a town with the year before', `${ZG}行政诉讼案件1件，较上年减少2件。`, { litigation_cases: [1, 'exact'] }],
  ['emergency: suits then the lost by 起', `${XYJ}应诉行政诉讼案件5起，败诉0起。`, { litigation_cases: [5, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  // the heads' appearance rate
  ['the heads\' rate beside the lawyers\'', `${XG}负责人出庭应诉率100%，律师代理出庭率80%。`, { head_appearance_pct: [100, 'exact'] }],
  ['the county\'s heads\' rate', `${XG}全县行政机关负责人出庭应诉率98.6%。`, { head_appearance_pct: [98.6, 'exact'] }],
  ['the head\'s appearances alone', `${XSC}局主要负责人出庭应诉4次。`, {}],
  ['a duty to appear', `${XSC}确保负责人出庭应诉率达到100%。`, {}],
  ['the rate of the year before', `${XSC}2022年负责人出庭应诉率为85%。`, {}],
  ['the rate from last year\'s to this', `${XSC}负责人出庭应诉率由上年的85%提升至100%。`, { head_appearance_pct: [100, 'exact'] }],
  ['the province\'s rate, then the county\'s', `${XG}全省行政机关负责人出庭应诉率为92%，我县为100%。`, { head_appearance_pct: [100, 'exact'] }],
  ['a rate of speaking in court', `${XG}行政机关负责人出庭出声率95%。`, {}],
  ['a court\'s attendance rate of organs, a city', `${CG}全市法院行政案件庭审旁听率达90%。`, {}],
]

export const DOCS_46: Probe39[] = [
  ['filed, last year after', `${XRS}报送备案规范性文件3件，上年为5件。`, { normative_docs_filed: [3, 'exact'] }],
  ['a filing rate alone', `${XRS}规范性文件备案率100%。`, {}],
  ['filed, rates after', `${XRS}报送县政府备案规范性文件3件，备案率、及时率均为100%。`, { normative_docs_filed: [3, 'exact'] }],
  ['reviewed for the government, then lower units\' filed', `${XJ}审核县政府规范性文件12件，备案审查乡镇和部门报送的规范性文件26件。`,
    { normative_docs_reviewed: [12, 'exact'], normative_docs_filed: [26, 'exact'] }],
  ['cleaned up, kept, amended and abolished', `${XG}全面清理规范性文件156件，保留121件，修改18件，废止17件。`, { normative_docs_reviewed: [156, 'exact'] }],
  ['the province\'s cleanup, then the city\'s', `${CG}全省共清理规范性文件3.2万件；市政府清理市级规范性文件420件。`, { normative_docs_reviewed: [420, 'exact'] }],
  ['drafted alone', `${CZJ}起草规范性文件4件。`, {}],
  ['reviewed since a year', `${XG}自2020年以来累计审查规范性文件268件。`, {}],
  ['drafts reviewed with opinions', `${XJ}合法性审核规范性文件草案18件，提出修改意见56条。`, { normative_docs_reviewed: [18, 'exact'] }],
  ['filed from the districts, corrected after', `${CJ}备案审查区县报送规范性文件96件，纠正违法文件3件。`, { normative_docs_filed: [96, 'exact'] }],
  ['sent to the justice bureau for review', `${XNY}提请县司法局合法性审查规范性文件4件。`, {}],
  ['a town issued none', `${ZG}全年未制发行政规范性文件。`, {}],
  ['a ministry\'s own drafts reviewed', `${MSC}总局对拟出台的规范性文件开展合法性审核23件。`, { normative_docs_reviewed: [23, 'exact'] }],
  ['cleanup for fair competition', `${XSC}开展妨碍统一市场和公平竞争政策措施清理，清理规范性文件36件，废止2件。`, { normative_docs_reviewed: [36, 'exact'] }],
  ['documents in force', `${XG}现行有效规范性文件86件。`, {}],
  ['contracts and documents reviewed', `${XJ}审查行政合同36份、规范性文件12件。`, { normative_docs_reviewed: [12, 'exact'] }],
  ['cleaned up with the year before beside', `${XJT}清理规范性文件14件（上年清理9件），废止3件。`, { normative_docs_reviewed: [14, 'exact'] }],
  ['a province\'s department: filed with the government', `${PZR}向省政府报送备案规范性文件7件，备案审查通过率100%。`, { normative_docs_filed: [7, 'exact'] }],
  ['a province: the cities\' filed documents', `${PJ}备案审查各设区市政府报送的规范性文件318件。`, { normative_docs_filed: [318, 'exact'] }],
  ['documents checked for fair competition', `${CZJ}对新出台的政策措施开展公平竞争审查8件。`, {}],
  ['a street: reviewed by the district', `${JD}街道制定的规范性文件均报区司法局审查。`, {}],
  ['a plan to clean up', `${XG}2024年将对规范性文件开展一次全面清理。`, {}],
  ['the reviewed share, a rate alone', `${XG}规范性文件合法性审核率100%。`, {}],
  ['a police bureau\'s reviewed, with 同比', `${XGA}合法性审核规范性文件5件，同比增加2件。`, { normative_docs_reviewed: [5, 'exact'] }],
  ['the cities\' filings quoted in a county', `${XJ}全市共备案审查规范性文件1260件，我县报送备案规范性文件18件。`, { normative_docs_filed: [18, 'exact'] }],
]

export const DECISIONS_46: Probe39[] = [
  ['decisions made', `${XG}县政府作出重大行政决策7项。`, { major_decisions: [7, 'exact'] }],
  ['decisions in the catalogue', `${XG}年度重大行政决策事项目录共列入事项8项。`, { major_decisions: [8, 'exact'] }],
  ['decisions made, all reviewed', `${XG}作出重大行政决策6项，均经合法性审查。`, { major_decisions: [6, 'exact'] }],
  ['decisions of the year before', `${XG}2022年作出重大行政决策9项。`, {}],
  ['decisions planned', `${XG}2024年拟作出重大行政决策5项。`, {}],
  ['decisions since the term began', `${XG}本届政府以来累计作出重大行政决策31项。`, {}],
  ['decisions evaluated after', `${XG}对3项重大行政决策开展决策后评估。`, {}],
  ['hearings on decisions', `${XG}重大行政决策事项举行听证会2场。`, {}],
  ['the departments\' decisions, then the government\'s own', `${XG}县政府及其部门共作出重大行政决策19项，其中县政府本级7项。`, { major_decisions: [7, 'exact'] }],
  ['a city\'s decisions with the year before in an aside', `${CG}市政府作出重大行政决策12项（上年为10项）。`, { major_decisions: [12, 'exact'] }],
  ['a town\'s decisions', `${ZG}镇政府全年作出重大行政决策3项。`, { major_decisions: [3, 'exact'] }],
  ['a bureau\'s decisions, none', `${XSL}全年未作出重大行政决策。`, { major_decisions: [0, 'exact'] }],
  // legality reviews: decisions, with and without 对
  ['decisions reviewed, the noun first', `${XJ}重大行政决策合法性审查5件。`, { legal_review_cases: [5, 'exact'] }],
  ['decisions reviewed, the verb first', `${XJ}审查重大行政决策5件。`, { legal_review_cases: [5, 'exact'] }],
  ['decisions reviewed, the verb first, contracts after', `${XJ}合法性审查重大行政决策5件、行政合同46份。`, { legal_review_cases: [5, 'exact'] }],
  ['decisions reviewed for the government', `${XJ}为县政府审查重大行政决策8件、规范性文件15件。`,
    { legal_review_cases: [8, 'exact'], normative_docs_reviewed: [15, 'exact'] }],
  ['decisions reviewed with 对', `${MJT}对部重大行政决策进行合法性审查11件。`, { legal_review_cases: [11, 'exact'] }],
  ['decisions reviewed, the noun first, a city', `${CJ}市政府重大行政决策合法性审查14件，出具审查意见书14份。`, { legal_review_cases: [14, 'exact'] }],
  ['decisions reviewed, the noun first, last year beside', `${XJ}重大行政决策合法性审查5件，上年为3件。`, { legal_review_cases: [5, 'exact'] }],
  ['decisions reviewed since a year', `${XJ}2021年以来累计审查重大行政决策21件。`, {}],
  ['an adviser\'s reviews of decisions', `${XG}法律顾问全年审查重大行政决策3件。`, {}],
  ['an adviser\'s reviews, then the bureau\'s', `${XJ}法律顾问参与审查重大行政决策3件；本局合法性审查重大行政决策8件。`, { legal_review_cases: [8, 'exact'] }],
  ['contracts reviewed alone', `${XJ}审查政府合同协议46份。`, {}],
  ['the province\'s justice offices\' reviews quoted', `${CJ}全省司法行政机关审查重大行政决策1200余件，市司法局审查重大行政决策26件。`, { legal_review_cases: [26, 'exact'] }],
  // legality reviews of enforcement decisions
  ['enforcement decisions reviewed, a change', `${XSC}重大执法决定法制审核86件，同比增长12%。`, { legal_review_cases: [86, 'exact'] }],
  ['penalty cases reviewed, opinions and a rate', `${XSC}法制审核行政处罚案件126件，提出修改意见23条，采纳率100%。`, { legal_review_cases: [126, 'exact'] }],
  ['reviews of the year before, then this', `${XRS}上年法制审核案件12件，今年法制审核案件18件。`, { legal_review_cases: [18, 'exact'] }],
  ['files evaluated', `${XWJ}评查行政执法案卷60卷。`, {}],
  ['files evaluated, then reviews', `${XWJ}评查行政执法案卷60卷，法制审核重大执法决定9件。`, { legal_review_cases: [9, 'exact'] }],
  ['reviews of the county\'s units, a justice bureau', `${XJ}指导全县各执法单位开展重大执法决定法制审核412件。`, {}],
  ['a province\'s department\'s reviews', `${PRS}省厅法制审核重大执法决定15件。`, { legal_review_cases: [15, 'exact'] }],
  ['a street\'s reviews', `${JD}街道综合执法队重大执法决定法制审核6件。`, { legal_review_cases: [6, 'exact'] }],
  // advisers, lawyers and 证明事项: no indicator of theirs
  ['advisers and their opinions', `${XG}聘请法律顾问12名，出具法律意见书86份。`, {}],
  ['public lawyers', `${XG}全县公职律师42名，参与重大事项论证36次。`, {}],
  ['certificates cleaned up', `${XJ}清理证明事项36项，保留12项。`, {}],
  ['certificates replaced by pledges', `${XJ}对26项证明事项实行告知承诺制，办理告知承诺件1860件。`, {}],
  ['advisers of the towns', `${XJ}为全县乡镇配备法律顾问18名。`, {}],
]

export const DISCLOSURE_46: Probe39[] = [
  ['received, carried over, all done', `${XG}收到政府信息公开申请126件，上年结转4件，已全部办结。`, { info_disclosure_requests: [126, 'exact'] }],
  ['handled, last year in an aside', `${CG}办理依申请公开事项862件（2022年为713件）。`, { info_disclosure_requests: [862, 'exact'] }],
  ['published alone', `${CZJ}主动公开政府信息2360条。`, {}],
  ['accepted, then by channel', `${XZR}受理依申请公开申请38件，其中网上申请29件、信函申请9件。`, { info_disclosure_requests: [38, 'exact'] }],
  ['reviews arising from requests', `${XZR}因依申请公开引发行政复议2件。`, {}],
  ['a reply rate alone', `${XZR}依申请公开按时答复率100%。`, {}],
  ['a street: one in words', `${JD}受理依申请公开一件，按期答复。`, { info_disclosure_requests: [1, 'exact'] }],
  ['the city\'s total, then own', `${CZJ}全市共受理政府信息公开申请5600件，其中本局受理312件。`, { info_disclosure_requests: [312, 'exact'] }],
  ['accepted, a change', `${CZJ}受理政府信息公开申请312件，同比增长18.2%。`, { info_disclosure_requests: [312, 'exact'] }],
  ['items on the website', `${CZJ}通过政府网站公开信息1286条。`, {}],
  ['a ministry\'s received', `${MZR}部本级收到政府信息公开申请3260件。`, { info_disclosure_requests: [3260, 'exact'] }],
  ['open days', `${XG}举办政府开放日活动6场。`, {}],
  ['questions answered', `${XG}解答政府信息公开咨询260人次。`, {}],
  ['requests since a year', `${XG}2019年以来累计办理政府信息公开申请820件。`, {}],
  ['the province\'s total quoted, then the department\'s', `${PRS}全省人社系统办理依申请公开2100件，省厅本级办理依申请公开146件。`, { info_disclosure_requests: [146, 'exact'] }],
  ['suits arising from requests', `${CG}因政府信息公开引发行政诉讼5件。`, {}],
  ['policies explained', `${XRS}发布政策解读26篇。`, {}],
  ['a town\'s requests with the year before', `${ZG}受理政府信息公开申请3件，上年为5件。`, { info_disclosure_requests: [3, 'exact'] }],
  ['a police bureau\'s requests by 条', `${XGA}办理政府信息公开申请21件，公开治安信息360条。`, { info_disclosure_requests: [21, 'exact'] }],
  ['the requests forwarded', `${XG}转送其他行政机关办理的信息公开申请6件。`, {}],
]

export const PROPOSALS_46: Probe39[] = [
  ['added, a reply rate after', `${XJT}办理人大代表建议18件、政协委员提案12件，办复率100%。`, { proposals_handled: [30, 'derived'] }],
  ['together, a satisfaction rate after', `${XJT}承办人大建议和政协提案共46件，满意率98%。`, { proposals_handled: [46, 'exact'] }],
  ['the year before alone', `${XG}2022年办理人大代表建议96件。`, {}],
  ['raised by the delegates', `${ZG}镇人大代表提出建议36件。`, {}],
  ['since the term', `${XG}本届以来累计办理人大代表建议和政协提案860件。`, {}],
  ['motions deliberated', `${CG}市人大常委会审议议案12件。`, {}],
  ['a share of the city\'s', `${CZJ}办理人大代表建议62件，占全市总数的9.8%。`, { proposals_handled: [62, 'exact'] }],
  ['the city\'s total, then the bureau\'s', `${CHB}全市共交办人大代表建议和政协提案1320件，本局承办46件。`, { proposals_handled: [46, 'exact'] }],
  ['with last year in an aside', `${XWJ}办理政协委员提案14件（上年为10件）。`, { proposals_handled: [14, 'exact'] }],
  ['a street\'s suggestions', `${JD}办理区人大代表建议4件，均按时办结。`, { proposals_handled: [4, 'exact'] }],
  ['a ministry, two sessions\' ordinals', `${MIN}办理十四届全国人大一次会议代表建议312件、全国政协十四届一次会议提案186件。`, { proposals_handled: [498, 'derived'] }],
  ['a province\'s department, with a change', `${PZR}办理省人大代表建议56件、省政协提案48件，较上年增加12件。`, { proposals_handled: [104, 'derived'] }],
  ['the key suggestions of the government', `${XG}县政府领导领办重点建议提案6件。`, {}],
  ['delegates\' inspections', `${XG}邀请人大代表、政协委员视察调研12次。`, {}],
  ['a plan', `${XG}力争建议提案满意率达到100%。`, {}],
]

export const APPROVALS_46: Probe39[] = [
  ['compression, a change after', `${XSP}审批时限压缩率达到72%，较上年提高8个百分点。`, { approval_time_compression_pct: [72, 'exact'] }],
  ['compression target', `${XSP}力争审批时限压缩率达到80%以上。`, {}],
  ['the province\'s compression, then the county\'s', `${XSP}全省审批时限平均压缩65%，我县压缩比达72%。`, { approval_time_compression_pct: [72, 'exact'] }],
  ['即办件 share beside 承诺件', `${XSP}即办件占比45%，承诺件占比55%。`, { immediate_processing_pct: [45, 'exact'] }],
  ['即办件 count alone', `${XSP}办理即办件1.2万件。`, {}],
  ['即办 rate from last year\'s', `${XSP}即办件比例由上年的38%提高到51%。`, { immediate_processing_pct: [51, 'exact'] }],
  ['即办 target', `${CZW}即办件比例力争达到60%。`, {}],
  ['online rate beside 一网通办', `${CZW}政务服务事项全程网办率86%，“一网通办”率98%。`, { online_processing_pct: [86, 'exact'] }],
  ['可网办 rate beside online', `${CZW}政务服务事项网上可办率100%，全程网办率85%。`, { online_processing_pct: [85, 'exact'] }],
  ['statutory and promised days, no ratio', `${XSP}法定办结时限平均20个工作日，承诺时限平均6个工作日。`, {}],
  ['materials reduced beside certificates cancelled', `${XSP}申请材料压减42%，取消证明事项28项。`, { material_reduction_pct: [42, 'exact'] }],
  ['materials reduced in 份 alone', `${XSP}累计减少申请材料1260份。`, {}],
  ['permits handled', `${XSP}全年办理行政许可事项2.6万件。`, { approvals_handled: [26000, 'exact'] }],
  ['approvals, last year after', `${XSP}受理审批服务事项8.6万件，上年为7.9万件。`, { approvals_handled: [86000, 'exact'] }],
  ['permit items listed', `${XSP}梳理公布行政许可事项清单186项。`, {}],
  ['items taken over', `${XSP}承接市级下放行政许可事项32项。`, {}],
  ['on-time and praise rates', `${XSP}按时办结率100%，好评率99.9%。`, {}],
  ['最多跑一次 share', `${XSP}“最多跑一次”事项比例达98%。`, {}],
  ['business set up in days', `${XSP}企业开办时间压缩至1个工作日。`, {}],
  ['project approval in days', `${XSP}工程建设项目审批时间压缩至60个工作日以内。`, {}],
  ['the promised time\'s ratio, a city', `${CZW}承诺时限较法定时限压缩78.6%。`, { approval_time_compression_pct: [78.6, 'exact'] }],
  ['compression since a year', `${CZW}2019年以来审批时限累计压缩超过70%。`, {}],
  ['a ministry\'s licences handled', `${MJT}部本级办理行政许可事项1860件。`, { approvals_handled: [1860, 'exact'] }],
  ['a ministry\'s online rate', `${MJT}部本级政务服务事项全程网办率达到92%。`, { online_processing_pct: [92, 'exact'] }],
  ['a province\'s department\'s approvals with the country\'s', `${PRS}全国社保服务事项跨省通办率95%；省厅办理行政许可事项820件。`, { approvals_handled: [820, 'exact'] }],
  ['a bureau\'s permits, the county\'s total quoted', `${XYJ}全县政务服务中心办件量12万件，本局办理行政许可事项126件。`, { approvals_handled: [126, 'exact'] }],
  ['permits rejected', `${XYJ}不予许可3件。`, {}],
  ['a street\'s online rate of its services', `${JD}街道便民服务事项全程网办率达75%。`, { online_processing_pct: [75, 'exact'] }],
  ['materials reduced, the ratio from last year\'s', `${CZW}申请材料压缩比由上年的30%提高到45%。`, { material_reduction_pct: [45, 'exact'] }],
  ['materials per item', `${CZW}平均每个事项申请材料减少至3.2份。`, {}],
  ['compression with a kind\'s days before', `${XSP}不动产登记时间压缩至3个工作日，审批时限整体压缩68%。`, { approval_time_compression_pct: [68, 'exact'] }],
  ['housing permits, a change in 件', `${CZJ}办理建筑工程施工许可436件，同比增加52件。`, { approvals_handled: [436, 'exact'] }],
  ['agriculture permits', `${XNY}办理农药经营许可等审批事项216件，即办率62%。`, { approvals_handled: [216, 'exact'], immediate_processing_pct: [62, 'exact'] }],
]

/** The first batch's groups (oversightForms46More.ts adds the near misses, the second batch and the traditional copies). */
export const FIRST_46: [string, Probe39[]][] = [
  ['reviews', REVIEWS_46], ['suits', SUITS_46], ['documents', DOCS_46], ['decisions and legality reviews', DECISIONS_46],
  ['disclosure', DISCLOSURE_46], ['proposals', PROPOSALS_46], ['approvals', APPROVALS_46],
]
