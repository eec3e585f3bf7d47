/**
 * Distractor forms of round 46, a third batch written after the rules of the first two: shares of a wider total (占全县…的38%), a
 * comparison with an average (高于全市平均水平N个百分点), places and firms reached, working days, ordinals of festivals, figures inside
 * titles and models (“1+N”), money of another measure, rates per head of population (万人信访率0.8件, 每万人…发生率), per-session and
 * per-officer figures, quotas and requirements named after the figure (每人每年40学时的学法要求), pass rates, ranks, and the bodies that
 * review, arbitrate or collect rather than the author. Sentences invented for this test.
 */
import { head, headT, type Probe39 } from './unseenForms39'

const A = head('柳塘县行政审批服务局')
const SC = head('柳塘县市场监督管理局')
const J = head('柳塘县司法局')
const JC = head('云岭市司法局')
const JP = head('江西省司法厅')
const G = head('柳塘县人民政府')
const GT = headT('柳塘縣人民政府')
const WJ = head('柳塘县卫生健康局')
const YJ = head('柳塘县应急管理局')
const XF = head('柳塘县信访局')
const HB = head('云岭市生态环境局')
const SM = head('国家药品监督管理局')
const RS = head('柳塘县人力资源和社会保障局')
const ZJ = head('云岭市住房和城乡建设局')
const JY = head('柳塘县教育局')
const Z = head('石桥镇人民政府')
const S = head('南湖街道办事处')

export const THIRD_46: Probe39[] = [
  ['a share of the county\'s total after the count', `${A}全年办件2.6万件，占全县政务服务办件总量的38%。`, { approvals_handled: [26000, 'exact'] }],
  ['higher than the city\'s average', `${A}即办件比例达到62%，高于全市平均水平9个百分点。`, { immediate_processing_pct: [62, 'exact'] }],
  ['towns covered beside events', `${J}普法活动覆盖全县12个乡镇，开展普法活动326场。`, { legal_publicity_events: [326, 'exact'] }],
  ['firms driven to rectify', `${SC}带动286家企业完成整改。`, {}],
  ['working days beside the share', `${A}企业开办时间压缩至1个工作日内，审批时限压缩比达到72%。`, { approval_time_compression_pct: [72, 'exact'] }],
  ['a festival\'s ordinal', `${J}举办第五届法治文化节，开展普法活动326场。`, { legal_publicity_events: [326, 'exact'] }],
  ['measures counted in a title', `${A}出台《优化营商环境20条措施》，全年办件2.6万件。`, { approvals_handled: [26000, 'exact'] }],
  ['a model\'s figures in quotes', `${J}构建“1+N”调解体系，调解纠纷2360件。`, { disputes_resolved: [2360, 'exact'] }],
  ['the amount a reconsideration concerns', `${G}行政复议申请涉及标的金额1260万元，受理行政复议案件180件。`, { reconsideration_cases: [180, 'exact'] }],
  ['disputes per 10,000 people', `${J}每万人矛盾纠纷发生率为12件。`, {}],
  ['petitions per 10,000 people', `${XF}万人信访率0.8件。`, {}],
  ['cases per 10,000 firms', `${SC}每万户市场主体案件数12件。`, {}],
  ['trainees per session beside the sessions', `${WJ}每期培训执法人员60人，全年举办3期。`, { training_sessions: [3, 'exact'] }],
  ['a city\'s rank in the province beside its count', `${JC}人民调解工作位居全省第2位，调解纠纷3.6万件。`, { disputes_resolved: [36000, 'exact'] }],
  ['a national title\'s batch beside the count', `${G}入选全国法治政府建设示范县（第三批），办理行政复议案件86件。`, { reconsideration_cases: [86, 'exact'] }],
  ['a quota set by the province, then the result', `${YJ}按照省厅下达的120人次培训任务，实际培训执法人员186人次。`, { training_participants: [186, 'exact'] }],
  ['a requirement named after its figure, then the result', `${WJ}对照每人每年40学时的学法要求，干部人均学法46学时。`, { training_hours_per_person: [46, 'exact'] }],
  ['a requirement named after its figure alone', `${WJ}落实每人每年40学时的学法要求。`, {}],
  ['按要求 after the count is no requirement', `${G}全年承办人大代表建议和政协提案共142件，均已按要求办结。`, { proposals_handled: [142, 'exact'] }],
  ['a target named after a share', `${A}实现全程网办率90%的工作目标。`, {}],
  ['a pass rate after trainees', `${YJ}培训执法人员186人次，考试合格率98%。`, { training_participants: [186, 'exact'] }],
  ['penalty records collected', `${SC}归集行政处罚信息1260条。`, {}],
  ['fines paid to the treasury', `${SC}上缴国库罚没款326万元。`, { fines_yuan: [3260000, 'exact'] }],
  ['fines per officer', `${SC}人均罚没款12万元。`, {}],
  ['funds spent on hazards beside the count', `${YJ}投入隐患整改资金3600万元，整改隐患3180处。`, { hazards_rectified: [3180, 'exact'] }],
  ['major hazards put under supervision', `${YJ}挂牌督办重大隐患12处。`, {}],
  ['suits the bureau brought', `${SC}作为原告起诉案件2件。`, {}],
  ['next year\'s decisions listed', `${G}2024年度重大行政决策事项目录共列入8项。`, {}],
  ['the city government office\'s requests', `${G}市政府办公室受理信息公开申请320件。`, {}],
  ['a ministry: applications refused', `${SM}不予批准药品注册申请36件。`, {}],
  ['labour arbitration cases', `${RS}受理劳动人事争议仲裁案件860件，结案率96%。`, {}],
  ['property complaints', `${ZJ}办理物业投诉1260件。`, {}],
  ['institutions checked beside checks', `${JY}开展校外培训机构检查320次，检查机构126家。`, { enforcement_inspections: [320, 'exact'] }],
  ['a province: its cities each, then the province\'s own area', `${JP}全省11个设区市均建立了行政复议委员会，全省行政复议机关受理案件1.2万件。`, { reconsideration_cases: [12000, 'exact'] }],
  ['a town: village mediators trained beside disputes', `${Z}培训村级调解员126人次，调解纠纷236件。`, { disputes_resolved: [236, 'exact'] }],
  ['a street: residents reached beside events', `${S}开展普法活动24场，覆盖居民1.2万人。`, { legal_publicity_events: [24, 'exact'] }],
  ['traditional: a share of the city\'s', `${GT}全縣行政複議案件86件，佔全市的12%。`, { reconsideration_cases: [86, 'exact'] }],
  ['firms punished beside the fines', `${HB}对126家企业实施行政处罚，罚款1860万元。`, { fines_yuan: [18600000, 'exact'] }],
  ['a rank of the count after it', `${HB}作出行政处罚决定216件，数量居全省第3。`, { penalty_cases: [216, 'exact'] }],
  // a congress session's proposals received, and those it passed to the government
  ['a congress session received, the government handled', `${G}县十八届人大三次会议共收到代表建议186件，交县政府办理172件。`, { proposals_handled: [172, 'exact'] }],
]
