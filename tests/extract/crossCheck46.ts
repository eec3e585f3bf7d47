/**
 * Cross-check of round 46 (2026-12-06): probes written before the round's five probe sets (oversight and approval, mediation
 * and services, whole reports, metadata, distractors) were merged, by someone who had not read them, so that what those rounds'
 * rules read here and what they leave is a measure of how far they generalise beyond their own sentences. Every family, five
 * levels (a ministry, a province's department, a city's bureau, a county's government and bureaus, a town and a street), both
 * scripts; each own figure beside the figures a report puts near it that are not the author's result of the year. Sentences
 * invented for this test (the real reports' register, no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const M = head('国家林业和草原局')
const PV = head('湖南省自然资源厅')
const PVT = headT('浙江省交通運輸廳')
const C = head('江州市城市管理局')
const CR = head('临川市人力资源和社会保障局')
const G = head('安平县人民政府')
const GT = headT('安平縣人民政府')
const MS = head('安平县市场监督管理局')
const AG = head('安平县农业农村局')
const SF = head('安平县司法局')
const SFT = headT('安平縣司法局')
const TW = head('石桥镇人民政府')
const ST = head('城南街道办事处')
const STT = headT('城南街道辦事處')
const SP = head('安平县行政审批局')

export const APPROVAL_46: Probe39[] = [
  ['approval: compression with the statutory days beside it', `${SP}全面梳理审批事项，法定办结时限合计3260个工作日压缩至1025个工作日，压缩比达68.6%。`,
    { approval_time_compression_pct: [68.6, 'exact'] }],
  ['approval: a province’s average compression quoted first', `${SP}全省平均承诺时限压缩比为60%，我局审批时限压缩比达到72.3%。`,
    { approval_time_compression_pct: [72.3, 'exact'] }],
  ['approval: immediate share and the number of items', `${SP}梳理即办事项186项，即办件占比提高到45.2%。`, { immediate_processing_pct: [45.2, 'exact'] }],
  ['approval: online share as 全程网办率 with a rise', `${SP}全程网办率达92.5%，较上年提高6.1个百分点。`, { online_processing_pct: [92.5, 'exact'] }],
  ['approval: materials cut by a share', `${SP}申请材料精简41.7%，减少证明事项23项。`, { material_reduction_pct: [41.7, 'exact'] }],
  ['approval: items handled and a satisfaction rate', `${SP}全年受理各类审批服务事项58632件，办结58410件，群众满意率99.9%。`,
    { approvals_handled: [58632, 'exact'] }],
  ['approval: a target compression', `${SP}力争2024年审批时限再压缩10%以上。`, {}],
  ['approval: the halls of towns counted', `${SP}指导全县12个乡镇便民服务中心规范运行，代办帮办事项1360件。`, {}],
  ['approval: traditional items handled', headT('安平縣行政審批局') + '全年共辦理行政許可事項4,218件，按時辦結率100%。', { approvals_handled: [4218, 'exact'] }],
  ['approval: a town’s hall handles for residents', `${TW}镇便民服务中心全年办理各类便民服务事项3120件。`, { approvals_handled: [3120, 'exact'] }],
]

export const ENFORCEMENT_46: Probe39[] = [
  ['enforcement: inspections and cases by a county bureau', `${MS}全年开展各类执法检查2350次，立案查处违法案件386件，结案352件，罚没款合计218.6万元。`,
    { enforcement_inspections: [2350, 'exact'], enforcement_cases: [386, 'exact'], fines_yuan: [2186000, 'exact'] }],
  ['enforcement: a sum of two offices’ cases (sub-total of other bodies)', `${MS}全县三个市场监管所共查办案件97件，其中城关所42件。`, {}],
  ['enforcement: penalty decisions and lenient cases', `${MS}作出行政处罚决定215件，对轻微违法行为依法不予处罚48件。`,
    { penalty_cases: [215, 'exact'], lenient_cases: [48, 'exact'] }],
  ['enforcement: the money involved in cases is no fine', `${MS}查办食品安全案件64件，涉案货值金额86.3万元。`, { enforcement_cases: [64, 'exact'] }],
  ['enforcement: last year’s cases for comparison', `${AG}全年办理农业行政处罚案件57件，上年同期为41件。`, { penalty_cases: [57, 'exact'] }],
  ['enforcement: a growth in percent and cases', `${AG}查处农资违法案件33件，同比增长17.9%，增加5件。`, { enforcement_cases: [33, 'exact'] }],
  ['enforcement: a province’s cases quoted in a county report', `${AG}全省农业综合执法系统全年办案1.2万件，我局查处违法案件46件。`, { enforcement_cases: [46, 'exact'] }],
  ['enforcement: a ministry’s cases of the whole system', `${M}指导各地查处破坏森林资源案件1.8万起。`, {}],
  ['enforcement: a ministry’s own inspections', `${M}组织开展国家级自然保护区执法检查，派出检查组16个，检查保护区74处。`, {}],
  ['enforcement: a city bureau’s 简易程序 and 一般程序 as parts', `${C}办理简易程序案件1860件、一般程序案件325件。`, { penalty_cases: [2185, 'derived'] }],
  ['enforcement: people checked are no inspections', `${C}开展市容秩序专项整治，出动执法人员5600人次、车辆870台次。`, {}],
  ['enforcement: hazards found and rectified', `${PV}开展地质灾害隐患排查，发现隐患点312处，已整改305处。`, { hazards_rectified: [305, 'exact'] }],
  ['enforcement: hazards rectified as a rate only', `${PV}督促整改问题隐患，整改率达97.8%。`, {}],
  ['enforcement: traditional province inspections', `${PVT}全年開展交通運輸執法檢查3,406次，查處違法行為1,215起。`,
    { enforcement_inspections: [3406, 'exact'], enforcement_cases: [1215, 'exact'] }],
  ['enforcement: a town’s comprehensive team (patrols are no inspections)', `${TW}镇综合行政执法队全年巡查2100余次，办理违法建设案件18件。`,
    { enforcement_cases: [18, 'exact'] }],
  ['enforcement: a street helps the county bureau', `${ST}配合县城管局拆除违法建筑27处。`, {}],
  ['enforcement: 罚款 in 元', `${C}全年罚款收入356400元。`, { fines_yuan: [356400, 'exact'] }],
  ['enforcement: fines over a span of years', `${C}“十四五”以来累计罚没1260万元，今年罚没金额为310万元。`, { fines_yuan: [3100000, 'exact'] }],
  ['enforcement: reconsideration and suits as respondent', `${CR}全年被申请行政复议3件，行政应诉案件5件，均未被纠错或败诉。`,
    { reconsideration_cases: [3, 'exact'], litigation_cases: [5, 'exact'], litigation_lost_cases: [0, 'exact'] }],
  ['enforcement: labour inspection cases', `${CR}查处劳动保障违法案件112件，为2360名劳动者追发工资2780万元。`, { enforcement_cases: [112, 'exact'] }],
  ['enforcement: a county government as respondent in suits with heads appearing', `${G}全年发生行政诉讼案件46件，行政机关负责人出庭应诉率100%。`,
    { litigation_cases: [46, 'exact'], head_appearance_pct: [100, 'exact'] }],
  ['enforcement: a correction rate of reviews', `${G}全年审结行政复议案件138件，直接纠错21件，纠错率15.2%。`,
    { reconsideration_cases: [138, 'exact'], reconsideration_correction_pct: [15.2, 'exact'] }],
  ['enforcement: a government’s lost suits and its rate', `${GT}行政訴訟敗訴案件4件，敗訴率為6.5%。`, { litigation_lost_cases: [4, 'exact'] }],
]

export const MEDIATION_46: Probe39[] = [
  ['mediation: a town’s disputes found and resolved', `${TW}排查矛盾纠纷236件，成功化解229件，化解率97%。`,
    { disputes_identified: [236, 'exact'], disputes_resolved: [229, 'exact'] }],
  ['mediation: mediators and committees counted', `${TW}全镇有人民调解委员会16个、人民调解员84名，全年调解纠纷152件。`, { disputes_resolved: [152, 'exact'] }],
  ['mediation: money involved in disputes resolved', `${ST}成功调处各类纠纷73件，涉及金额460万元。`, { disputes_resolved: [73, 'exact'] }],
  ['mediation: traditional street', `${STT}全年共調解矛盾糾紛118件，調解成功率98.3%。`,
    { disputes_resolved: [118, 'exact'], mediation_success_pct: [98.3, 'exact'] }],
  ['mediation: a county’s judicial office aggregates', `${SF}全县各级人民调解组织共受理矛盾纠纷2864件，调解成功2815件，成功率98.3%。`,
    { disputes_identified: [2864, 'exact'], disputes_resolved: [2815, 'exact'], mediation_success_pct: [98.3, 'exact'] }],
  ['mediation: petitions received and the share closed in time', `${G}全年受理群众信访事项1263件次，按期办结率99.2%。`, { petitions_handled: [1263, 'exact'] }],
  ['mediation: petitions of last year only', `${G}2022年受理信访事项1420件次。`, {}],
  ['mediation: a labour arbitration body’s cases', `${CR}劳动人事争议仲裁院全年立案受理争议案件1630件，结案率96%，调解成功率65%。`, {}],
  ['mediation: legal aid cases are no mediation', `${SFT}辦理法律援助案件428件，接待群眾法律諮詢3,200餘人次。`, {}],
  ['mediation: the success rate of a campaign only', `${SF}在“春风行动”中调解婚姻家庭纠纷37件，调解成功率100%。`, {}],
]

export const TRAINING_46: Probe39[] = [
  ['training: hours per person in a town', `${TW}机关干部人均学法学时达到48学时。`, { training_hours_per_person: [48, 'exact'] }],
  ['training: the required hours then the hours done', `${TW}按照每人每年不少于40学时的要求，全镇干部人均完成学法52学时。`, { training_hours_per_person: [52, 'exact'] }],
  ['training: sessions and participants of the author', `${MS}举办执法业务培训班6期，培训执法人员420人次。`,
    { training_sessions: [6, 'exact'], training_participants: [420, 'exact'] }],
  ['training: staff sent to the province’s course', `${MS}选派14名执法骨干参加省局举办的执法办案培训。`, {}],
  ['training: certified officers and those due', `${AG}全局应持证人员62人，已持证60人，持证率96.8%。`, { certified_officers: [60, 'exact'] }],
  ['training: new certificates of the year', `${AG}组织21名新进人员参加执法资格考试，19人取得执法证件。`, {}],
  ['training: a city’s whole-staff exam', `${C}组织全局1260名干部职工参加年度学法考试，参考率100%，合格率99.6%。`, {}],
  ['training: publicity events and leaflets', `${SF}开展“八五”普法宣传活动156场次，发放宣传资料3.2万份。`, { legal_publicity_events: [156, 'exact'] }],
  ['training: traditional study sessions of a government', `${GT}縣政府常務會議會前學法12次。`, { training_sessions: [12, 'exact'] }],
  ['training: the province’s own staff', `${PV}厅机关举办法治专题讲座4场，厅机关干部560人次参加。`,
    { training_sessions: [4, 'exact'], training_participants: [560, 'exact'] }],
  ['training: online learning days', `${CR}依托学法平台组织干部在线学习，全局参学率100%。`, {}],
]

export const OVERSIGHT_46: Probe39[] = [
  ['oversight: proposals of two kinds add up', `${AG}承办县人大代表建议16件、县政协委员提案21件，办复率100%。`, { proposals_handled: [37, 'derived'] }],
  ['oversight: normative documents reviewed beside those cleaned up and repealed', `${G}全年审查县政府规范性文件14件，清理规范性文件126件，废止9件。`, { normative_docs_reviewed: [14, 'exact'] }],
  ['oversight: documents filed with the higher body', `${G}向市政府和县人大常委会报备规范性文件8件，报备率、及时率均为100%。`, { normative_docs_filed: [8, 'exact'] }],
  ['oversight: legality reviews of decisions', `${SF}全年审核县政府重大行政决策、合同协议等187件，提出法律意见430条。`, { legal_review_cases: [187, 'exact'] }],
  ['oversight: major decisions of the year', `${G}全年作出重大行政决策5项，均履行公众参与、专家论证等法定程序。`, { major_decisions: [5, 'exact'] }],
  ['oversight: disclosure requests received and answered', `${C}收到政府信息公开申请42件，均依法按时答复。`, { info_disclosure_requests: [42, 'exact'] }],
  ['oversight: disclosures made are no requests', `${C}主动公开政府信息1860条。`, {}],
  ['oversight: a retained adviser’s contract reviews (optional, not read)', `${TW}镇政府聘请法律顾问2名，审查合同协议35份。`, {}],
  ['oversight: traditional proposals of a province', `${PVT}辦理省人大代表建議和省政協提案共計128件。`, { proposals_handled: [128, 'exact'] }],
  ['oversight: a ministry’s rules drafted', `${M}全年制修订部门规章3件，审核规范性文件11件。`, { normative_docs_reviewed: [11, 'exact'] }],
]

const WJ = head('安平县卫生健康局')
const WJT = headT('安平縣衛生健康局')
const YJ = head('江州市应急管理局')
const HB = head('江州市生态环境局')
const JY = head('安平县教育局')
const ZJ = head('安平县住房和城乡建设局')
const SW = head('国家税务总局安平县税务局')
const GA = head('安平县公安局')
const SL = head('湖南省水利厅')
const WL = headT('江州市文化廣電旅遊局')
const XZ = head('白沙乡人民政府')

export const SECTORS_46: Probe39[] = [
  ['health: supervision checks and cases with a fine', `${WJ}全年开展卫生监督检查1863户次，立案查处违法案件58件，罚没款12.4万元。`,
    { enforcement_inspections: [1863, 'exact'], enforcement_cases: [58, 'exact'], fines_yuan: [124000, 'exact'] }],
  ['health: institutions covered are no checks', `${WJ}对全县286家医疗机构实现监督检查全覆盖。`, {}],
  ['health: traditional complaints and cases', `${WJT}受理投訴舉報136件，辦結率100%；作出行政處罰決定41件。`, { penalty_cases: [41, 'exact'] }],
  ['emergency: enterprises checked in 家次 and hazards', `${YJ}检查生产经营单位2136家次，发现并督促整改安全隐患4852项。`,
    { enforcement_inspections: [2136, 'exact'], hazards_rectified: [4852, 'exact'] }],
  ['emergency: penalties with amount and a rise', `${YJ}实施行政处罚163起，罚款金额628.5万元，同比上升22%。`,
    { penalty_cases: [163, 'exact'], fines_yuan: [6285000, 'exact'] }],
  ['emergency: drills are no inspections', `${YJ}组织应急演练38次，参与群众1.6万人次。`, {}],
  ['ecology: cases under the four supporting measures', `${HB}办理环境违法案件214件，其中适用按日连续处罚2件、查封扣押37件。`, { enforcement_cases: [214, 'exact'] }],
  ['ecology: a city’s whole area monitoring points', `${HB}全市布设空气自动监测站点46个。`, {}],
  ['ecology: fines in 万元 after 罚款', `${HB}全年共处罚款2368.7万元。`, { fines_yuan: [23687000, 'exact'] }],
  ['education: training principals as own sessions', `${JY}举办中小学校长法治专题培训班2期，培训校长、法治副校长260人次。`,
    { training_sessions: [2, 'exact'], training_participants: [260, 'exact'] }],
  ['education: schools and pupils reached by publicity', `${JY}开展“法治进校园”活动85场，覆盖师生4.2万人次。`, { legal_publicity_events: [85, 'exact'] }],
  ['housing: permits handled and the days cut', `${ZJ}办理建筑工程施工许可186件，审批时限由20个工作日压缩至5个工作日，压缩75%。`,
    { approvals_handled: [186, 'exact'], approval_time_compression_pct: [75, 'exact'] }],
  ['housing: construction sites patrolled', `${ZJ}开展建筑施工安全专项检查45次，检查在建项目312个次。`, { enforcement_inspections: [45, 'exact'] }],
  ['tax: a tax bureau’s disclosure and reviews', `${SW}受理政府信息公开申请6件，办理税务行政复议案件2件。`,
    { info_disclosure_requests: [6, 'exact'], reconsideration_cases: [2, 'exact'] }],
  ['tax: taxes recovered are no fines', `${SW}查处涉税违法案件27件，查补税款及滞纳金1350万元。`, { enforcement_cases: [27, 'exact'] }],
  ['police: administrative cases and criminal cases', `${GA}全年受理行政案件3865起，查处违法人员2970人；破获刑事案件612起。`, { enforcement_cases: [3865, 'exact'] }],
  ['police: traffic violations punished', `${GA}查处交通违法行为5.6万起。`, { enforcement_cases: [56000, 'exact'] }],
  ['water: a province’s cases and rivers', `${SL}全省水行政执法机构查处水事违法案件1260件，本厅直接查处8件。`, { enforcement_cases: [8, 'exact'] }],
  ['water: river patrols in kilometres', `${SL}开展河湖巡查，巡查河道长度3.2万公里。`, {}],
  ['culture: traditional market checks', `${WL}出動執法人員4,620人次，檢查文化市場經營單位1,385家次。`, { enforcement_inspections: [1385, 'exact'] }],
  ['township: a 乡 government’s study and mediation', `${XZ}乡党委理论学习中心组学法6次，乡村两级调解矛盾纠纷87件。`,
    { training_sessions: [6, 'exact'], disputes_resolved: [87, 'exact'] }],
  ['township: the villages’ legal advisers and consultations', `${XZ}13个行政村实现法律顾问全覆盖，提供法律咨询260余次。`, {}],
  ['street: grid members are no disputes', `${ST}配备网格员126名，全年排查各类矛盾纠纷432件。`, { disputes_identified: [432, 'exact'] }],
  ['county government: its departments’ training totals', `${G}全县各部门共组织法治培训210场次，参训人员1.5万人次。`,
    { training_sessions: [210, 'exact'], training_participants: [15000, 'exact'] }],
  ['county government: a planned number of decisions', `${G}年度重大行政决策事项目录确定决策事项6项，已完成4项。`, { major_decisions: [4, 'exact'] }],
  ['county government: a reconsideration body’s rate of last year', `${G}行政复议纠错率由上年的18.6%下降到12.1%。`, { reconsideration_correction_pct: [12.1, 'exact'] }],
  ['city bureau: a rate of heads appearing with counts', `${C}全年行政诉讼案件开庭审理19件，主要负责人出庭应诉19件，出庭应诉率100%。`,
    { litigation_cases: [19, 'exact'], head_appearance_pct: [100, 'exact'] }],
  ['province: documents filed by lower bodies reviewed', `${PV}对各市州报备的规范性文件开展备案审查，共审查52件，纠正3件。`, { normative_docs_filed: [52, 'exact'] }],
  ['ministry: disclosure requests of a ministry', `${M}全年新收政府信息公开申请385件，上年结转12件。`, { info_disclosure_requests: [385, 'exact'] }],
  ['ministry: proposals of the national sessions', `${M}办理十四届全国人大二次会议建议146件、全国政协十四届二次会议提案98件。`, { proposals_handled: [244, 'derived'] }],
]

export const ALL_46: [string, Probe39[]][] = [
  ['approval', APPROVAL_46], ['enforcement', ENFORCEMENT_46], ['mediation', MEDIATION_46], ['training', TRAINING_46], ['oversight', OVERSIGHT_46], ['sectors', SECTORS_46],
]
