/**
 * Forms from the dev half of the r56d-fresh batch (corpus README, fifty-sixth batch r56d), over invented sentences:
 * - (value) none of the disclosure requests named by who would have made them: the applicants' kinds between the negator and the
 *   term with 的 and no verb of theirs (没有收到公民、法人或者其他组织的政府信息公开申请; 未收到任何自然人、法人的依申请公开事项) — found
 *   on r56d's 丽水 商务局 disclosure report (没有收到自然人、公司、企业或社会团体的…申请 read no 0; the negation reached past applicants only
 *   when their verb, 提出的, followed them). Near misses: a count after the same applicants, a none of complaints before a count of
 *   requests, a none of reviews born of requests (one cause), a none of requests of one kind of matter (涉及…的: a kind, no applicant).
 * - (meta) a 本局/我局 report that names no organ and no field by the words the sector rules read, but the work only a science and
 *   technology bureau does (科普, 科技中介, 高新技术企业, 技术合同, 科技特派员, 科技成果转化, 科技项目): sector 科技, the author still null —
 *   found on r56d's 武隆 科技局 report (no sector read). Near misses: one such word alone, an industry bureau's report that names a
 *   science-based small firm once beside its own work, a county government's 我县 report naming science work, a science bureau named in
 *   its title.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'
import { type Meta } from './metaForms41Kinds'

const DRC = head('清河县发展和改革局')
const POL = head('北山市公安局')
const HOU = head('东岭区住房和城乡建设局')

export const NONE_BY_APPLICANTS_56D: Probe39[] = [
  ['没有收到 applicants 的 申请', `${DRC}本局依法做好政务公开。全年没有收到公民、法人或者其他组织的政府信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['未收到任何 applicants 的 依申请公开事项', `${POL}我局依法做好政务公开。本年度未收到任何自然人、法人和其他组织的依申请公开事项。`,
    { info_disclosure_requests: [0, 'exact'] }],
  ['未接到 企业或个人的 申请', `${HOU}我局规范公开流程。年内未接到企业或个人的信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['无 applicants 的 申请', `${DRC}本局依法做好政务公开。全年无社会团体、企业和群众的政府信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['traditional, 没有收到 applicants 的 申请', toTraditional(`${POL}我局依法做好政务公开。全年没有收到公民、企业或社会组织的政府信息公开申请。`),
    { info_disclosure_requests: [0, 'exact'] }],
  // near misses
  ['a count after the same applicants', `${HOU}我局依法做好政务公开。全年收到自然人、法人的政府信息公开申请5件，均按时答复。`,
    { info_disclosure_requests: [5, 'exact'] }],
  ['a none of complaints, then a count of requests', `${DRC}本局依法做好政务公开。全年没有收到公民、法人的投诉举报；受理政府信息公开申请3件。`,
    { info_disclosure_requests: [3, 'exact'] }],
  ['a none of reviews born of requests', `${POL}我局依法做好政务公开。全年没有收到公民、法人或其他组织因政府信息公开申请提起的行政复议。`, {}],
  ['a none of requests of one kind of matter', `${HOU}我局依法做好政务公开。全年没有收到涉及本局职能以外事项的政府信息公开申请。`, {}],
]

const m = (agency: string | null, region: string | null, sector: string | null, year: number | null): Meta => ({ agency, region, sector, year })
const REST = '\n一、主要工作\n严格依法行政，规范行政行为，各项工作有序推进。'

export const SCIENCE_WORK_56D: [string, string, Meta][] = [
  ['本局 with 科普 and 科技中介', `法治政府建设情况报告\n2022年，本局在科普宣传周发放法治资料，组织科技中介服务机构进园区开展政策服务。${REST}`,
    m(null, null, '科技', 2022)],
  ['我局 with high-tech firms and technology contracts', `年度报告\n2021年，我局依法开展高新技术企业认定，规范技术合同登记，保障创新主体权益。${REST}`,
    m(null, null, '科技', 2021)],
  ['我局 with 科技特派员 and 科技成果转化', `工作报告\n2023年，我局选派科技特派员下乡服务，推动科技成果转化，依法管理科技项目。${REST}`,
    m(null, null, '科技', 2023)],
  // near misses
  ['one science word alone', `工作报告\n2023年，我局推动科技成果转化，依法行政水平不断提高。${REST}`, m(null, null, null, 2023)],
  ['an industry bureau naming a science-based firm once', `工作报告\n2022年，我局服务中小企业发展，推进工业互联网建设，支持科技型企业培育。${REST}`,
    m(null, null, '经济信息化', 2022)],
  ['a county speaking of science work', `年度报告\n2022年，我县培育高新技术企业，开展科普进乡村活动，依法行政水平不断提高。${REST}`,
    m(null, null, '区县政府', 2022)],
  ['a science bureau named in its title', `北山市科学技术局2023年法治政府建设工作报告\n2023年，我局推动科技成果转化。${REST}`, m('北山市科学技术局', '北山市', '科技', 2023)],
]

// The second batch, in new wording, written after the rules and run once (corpus README, "Dev forms of r56d-fresh").
const CIT = head('南湾区城市管理局')
const FIN = head('云台市财政局')

export const SECOND_NONE_BY_APPLICANTS_56D: Probe39[] = [
  ['没有接到 单位或个人 的 依申请公开', `${CIT}我局依法做好政务公开。本年度没有接到单位或个人的依申请公开。`, { info_disclosure_requests: [0, 'exact'] }],
  ['无 公民、法人及其他组织 的 申请公开政府信息事项', `${FIN}我局依法做好政务公开。2023年无公民、法人及其他组织的申请公开政府信息事项。`,
    { info_disclosure_requests: [0, 'exact'] }],
  ['未收到 来自 applicants 的 申请', `${CIT}我局依法做好政务公开。全年未收到来自公民、法人的政府信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['未曾收到 applicants 的 申请', `${FIN}我局依法做好政务公开。全年未曾收到企业和群众的政府信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['traditional, 未收到 applicants 的 申请', toTraditional(`${CIT}我局依法做好政务公开。全年未收到自然人或法人的政府信息公开申请。`),
    { info_disclosure_requests: [0, 'exact'] }],
  // near misses
  ['a none of complaints, then applicants\' requests counted', `${FIN}我局依法做好政务公开。全年未收到公民的投诉；收到法人的政府信息公开申请2件。`,
    { info_disclosure_requests: [2, 'exact'] }],
  ['applicants\' requests counted with 共', `${CIT}我局依法做好政务公开。全年共收到公民、法人和其他组织的政府信息公开申请12件。`,
    { info_disclosure_requests: [12, 'exact'] }],
  // (added after the run, with the rule for 未曾: one more none and a near miss whose 未曾 has no verb of the list)
  ['未曾受理 申请', `${FIN}我局依法做好政务公开。本年度未曾受理政府信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['此前未曾公开, then a count', `${CIT}我局依法做好政务公开。对此前未曾公开的信息加强梳理，全年受理政府信息公开申请3件。`,
    { info_disclosure_requests: [3, 'exact'] }],
]

export const SECOND_SCIENCE_56D: [string, string, Meta][] = [
  ['我局 with 科研诚信 and 科普', `工作报告\n2021年，我局加强科研诚信建设，举办科普讲解大赛，依法行政能力不断提升。${REST}`, m(null, null, '科技', 2021)],
  ['本局 with technology contracts and science plans', `情况报告\n2022年，本局规范科技计划项目管理，做好技术合同认定登记。${REST}`, m(null, null, '科技', 2022)],
  ['traditional 我局 with high-tech firms and envoys', toTraditional(`工作报告\n2023年，我局加大高新技术企业培育力度，完善科技特派员制度。${REST}`),
    m(null, null, '科技', 2023)],
  // near misses
  ['health popular science in a health bureau\'s report', `工作报告\n2023年，我局开展健康科普，加强公共卫生和医疗机构监管。${REST}`, m(null, null, '卫生健康', 2023)],
  ['science envoys in an agriculture bureau\'s report', `工作报告\n2022年，我局选派科技特派员，推广科技成果，加强农药、兽药和种子监管。${REST}`,
    m(null, null, '农业农村', 2022)],
  ['a science bureau abbreviated with its city named', `法治政府建设工作报告\n2023年，云台市科技局推动科技成果转化。${REST}`, m('云台市科学技术局', '云台市', '科技', 2023)],
]

// The second part's dev form (corpus README, "Dev forms of r56d-fresh"): a defence mobilisation office named by its short name 国动办
// (since the 2023 reform a place's 人防办 became its 国防动员办公室) with its place before it, as 人防办 is (南开区国动办 → 南开区国防动员
// 办公室) — found on r56d's 南开 opening (no author read). Near misses: the office named in full, its 人防办 predecessor, the city's
// 国动办 named as the body whose training the author attended (市国动办组织的…培训) after the author itself.
export const DEFENCE_OFFICE_56D: [string, string, Meta][] = [
  ['区国动办 as the lead\'s subject', `2024年，东湖区国动办在区委、区政府领导下，依法推进国防动员和人民防空工作。${REST}`,
    m('东湖区国防动员办公室', '东湖区', '人民防空', 2024)],
  ['县国动办 in a title', `青山县国动办2023年法治政府建设工作报告\n2023年，我办坚持依法行政。${REST}`, m('青山县国防动员办公室', '青山县', '人民防空', 2023)],
  ['traditional 市国动办 with its city', toTraditional(`北原市国动办2024年度法治政府建设情况报告\n2024年，我办依法履行人民防空职责。${REST}`),
    m('北原市国防动员办公室', '北原市', '人民防空', 2024)],
  // near misses
  ['the office named in full', `2024年，东湖区国防动员办公室依法推进人民防空工作。${REST}`, m('东湖区国防动员办公室', '东湖区', '人民防空', 2024)],
  ['its 人防办 predecessor', `2022年，西岭区人防办在区委、区政府领导下依法行政。${REST}`, m('西岭区人民防空办公室', '西岭区', '人民防空', 2022)],
  ['the city\'s 国动办 as a trainer after the author', `2024年，东湖区国动办依法推进人民防空工作，参加市国动办组织的专题培训。${REST}`,
    m('东湖区国防动员办公室', '东湖区', '人民防空', 2024)],
]
