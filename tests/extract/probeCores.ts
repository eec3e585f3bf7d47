/**
 * The cores of the probe matrix (probeMatrix.ts): per indicator, invented clauses in the register of
 * annual reports, `{S}` where a subject may stand and `{N}` where the figure goes (written with `unit`).
 * Term before and after the figure, lists between them, nominal (…达N), passive and closing forms
 * (N件…均已办结). Other figures a core carries are chosen apart from every rendering and distractor.
 */
export interface Core {
  family: string
  indicator: string
  /** The measure word the figure is written with ('' for % and 元, which the rendering carries). */
  unit: string
  kind: 'count' | 'large' | 'pct' | 'yuan' | 'hours'
  text: string
}

type Row = [indicator: string, unit: string, text: string]

const rows = (family: string, kind: Core['kind'], list: Row[]): Core[] =>
  list.map(([indicator, unit, text]) => ({ family, indicator, unit, kind, text }))

export const CORES: Core[] = [
  ...rows('training', 'count', [
    ['training_sessions', '期', '{S}组织开展法治专题培训{N}'],
    ['training_sessions', '场', '{S}邀请高校教授为全体干部职工举办法治讲座{N}'],
    ['training_sessions', '次', '{S}坚持会前学法，全年开展会前学法{N}'],
    ['training_sessions', '次', '{S}党组理论学习中心组围绕习近平法治思想开展专题学法{N}'],
    ['training_sessions', '期', '{S}举办{N}执法人员法治培训班'],
    ['training_sessions', '次', '{S}围绕《民法典》《行政处罚法》《行政复议法》等法律法规组织集中学法{N}'],
    ['training_sessions', '次', '{S}通过会前学法、专题讲座、以案释法、网络学法等形式开展学法活动{N}'],
    ['training_sessions', '场次', '{S}法治培训场次达{N}'],
    ['legal_publicity_events', '场', '{S}开展普法宣传活动{N}'],
    ['legal_publicity_events', '场次', '{S}组织“法律进社区”活动{N}'],
    ['legal_publicity_events', '场', '{S}深入企业、社区、学校开展以案释法、法律咨询、法治文艺演出等宣传活动{N}'],
    ['legal_publicity_events', '场', '{S}开展{N}民法典宣传活动'],
    ['legal_publicity_events', '场', '{S}围绕宪法宣传周开展普法活动{N}'],
    ['certified_officers', '名', '{S}持有行政执法证人员{N}'],
    ['certified_officers', '名', '{S}现有执法人员{N}，均持证上岗'],
    ['certified_officers', '人', '{S}持证执法人员{N}'],
    ['certified_officers', '名', '{S}{N}执法人员全部取得行政执法证'],
    ['certified_officers', '人', '{S}取得行政执法资格的人员{N}'],
    ['certified_officers', '人', '{S}应持证人员96人，已持证{N}'],
    ['certified_officers', '人', '{S}执法证持有人员共{N}'],
  ]),
  ...rows('training', 'large', [
    ['training_participants', '人次', '{S}组织法治培训11期，参训人员{N}'],
    ['training_participants', '人次', '{S}累计培训执法人员{N}'],
    ['training_participants', '人次', '{S}举办法治讲座11场，干部职工{N}参加学习'],
    ['training_participants', '人次', '{S}组织法治培训11期，参加培训的干部职工达{N}'],
    ['training_participants', '人次', '{S}开展法治轮训，覆盖干部职工{N}'],
    ['training_participants', '人', '{S}开展执法人员法治轮训，参训{N}'],
    ['training_participants', '人次', '{S}举办法治培训班11期，培训机关干部、执法人员、中层骨干等{N}'],
  ]),
  ...rows('training', 'hours', [
    ['training_hours_per_person', '学时', '{S}干部职工人均学法{N}'],
    ['training_hours_per_person', '学时', '{S}执法人员人均参加法治培训{N}'],
    ['training_hours_per_person', '学时', '{S}全体干部年度学法时长人均达{N}'],
    ['training_hours_per_person', '学时', '{S}干部通过学法平台人均完成网络学法{N}'],
    ['training_hours_per_person', '小时', '{S}组织干部学习法律知识，人均学习时长{N}'],
  ]),
  ...rows('oversight', 'count', [
    ['normative_docs_reviewed', '件', '{S}审查规范性文件{N}'],
    ['normative_docs_reviewed', '件', '{S}开展规范性文件集中清理，共清理规范性文件{N}'],
    ['normative_docs_reviewed', '件', '{S}合法性审核行政规范性文件{N}'],
    ['normative_docs_reviewed', '件', '{S}完成规范性文件合法性审查{N}'],
    ['normative_docs_reviewed', '件', '{S}对{N}规范性文件进行合法性审核'],
    ['normative_docs_filed', '件', '{S}报送备案规范性文件{N}'],
    ['normative_docs_filed', '件', '{S}向市政府报送规范性文件备案{N}'],
    ['normative_docs_filed', '件', '{S}规范性文件报备{N}'],
    ['normative_docs_filed', '件', '{S}制定的{N}规范性文件均已按时报送备案'],
    ['normative_docs_filed', '件', '{S}规范性文件备案审查{N}'],
    ['legal_review_cases', '件', '{S}法制审核案件{N}'],
    ['legal_review_cases', '件', '{S}开展重大执法决定法制审核{N}'],
    ['legal_review_cases', '件', '{S}合法性审核行政处罚案件{N}'],
    ['legal_review_cases', '件', '{S}审核重大行政执法决定{N}'],
    ['legal_review_cases', '件', '{S}对{N}重大行政执法决定进行法制审核'],
    ['major_decisions', '项', '{S}作出重大行政决策{N}'],
    ['major_decisions', '项', '{S}{N}重大行政决策均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序'],
    ['major_decisions', '项', '{S}研究作出重大行政决策事项{N}'],
    ['proposals_handled', '件', '{S}办理人大代表建议和政协委员提案{N}'],
    ['proposals_handled', '件', '{S}共承办建议提案{N}，办复率100%'],
    ['proposals_handled', '件', '{S}承办的{N}人大代表建议和政协提案全部按期办结'],
    ['info_disclosure_requests', '件', '{S}受理政府信息公开申请{N}'],
    ['info_disclosure_requests', '件', '{S}办理依申请公开{N}'],
    ['info_disclosure_requests', '件', '{S}收到信息公开申请{N}，均已按期答复'],
    ['info_disclosure_requests', '件', '{S}依申请公开政府信息{N}'],
  ]),
  ...rows('enforcement', 'count', [
    ['reconsideration_cases', '件', '{S}受理行政复议申请{N}'],
    ['reconsideration_cases', '件', '{S}共收到行政复议申请{N}'],
    ['reconsideration_cases', '件', '{S}发生行政复议案件{N}'],
    ['reconsideration_cases', '件', '{S}以本局为被申请人的行政复议案件{N}'],
    ['reconsideration_cases', '件', '{S}办理行政复议案件{N}'],
    ['reconsideration_cases', '件', '{S}共涉及{N}行政复议案件'],
    ['litigation_cases', '件', '{S}发生行政诉讼案件{N}'],
    ['litigation_cases', '件', '{S}办理行政应诉案件{N}'],
    ['litigation_cases', '件', '{S}作为被告的行政诉讼案件{N}'],
    ['litigation_cases', '件', '{S}新增行政诉讼{N}'],
    ['litigation_cases', '件', '{S}共发生{N}行政诉讼案件'],
    ['litigation_lost_cases', '件', '{S}行政诉讼案件败诉{N}'],
    ['litigation_lost_cases', '件', '{S}被法院判决败诉{N}'],
    ['penalty_cases', '件', '{S}办理行政处罚案件{N}'],
    ['penalty_cases', '件', '{S}作出行政处罚决定{N}'],
    ['penalty_cases', '件', '{S}实施行政处罚{N}'],
    ['penalty_cases', '件', '{S}共办结{N}行政处罚案件'],
    ['penalty_cases', '件', '{S}适用简易程序、普通程序办理行政处罚案件{N}'],
    ['enforcement_cases', '件', '{S}查处违法案件{N}'],
    ['enforcement_cases', '件', '{S}办结行政执法案件{N}'],
    ['enforcement_cases', '起', '{S}立案查处各类违法行为{N}'],
    ['enforcement_cases', '件', '{S}查办食品、药品、特种设备、价格等领域违法案件{N}'],
    ['enforcement_cases', '件', '{S}共受理执法案件{N}，均已依法办结'],
    ['enforcement_inspections', '次', '{S}开展执法检查{N}'],
    ['enforcement_inspections', '次', '{S}开展“双随机、一公开”抽查{N}'],
    ['enforcement_inspections', '家次', '{S}出动执法人员560人次，检查生产经营单位{N}'],
    ['enforcement_inspections', '次', '{S}组织{N}专项执法检查'],
    ['enforcement_inspections', '次', '{S}开展日常检查、专项检查、联合检查等各类执法检查{N}'],
    ['lenient_cases', '件', '{S}适用首违不罚{N}'],
    ['lenient_cases', '件', '{S}对轻微违法行为不予行政处罚{N}'],
    ['lenient_cases', '件', '{S}落实包容审慎监管，办理首违不罚、轻微免罚案件{N}'],
    ['lenient_cases', '件', '{S}提醒不罚{N}'],
    ['lenient_cases', '件', '{S}{N}案件适用首违不罚'],
  ]),
  ...rows('enforcement', 'pct', [
    ['reconsideration_correction_pct', '', '{S}行政复议纠错率为{N}'],
    ['reconsideration_correction_pct', '', '{S}复议案件综合纠错率{N}'],
    ['head_appearance_pct', '', '{S}行政机关负责人出庭应诉率达{N}'],
    ['head_appearance_pct', '', '{S}负责人出庭应诉率保持{N}'],
    ['head_appearance_pct', '', '{S}行政机关负责人出庭应诉比例为{N}'],
  ]),
  ...rows('enforcement', 'yuan', [
    ['fines_yuan', '', '{S}收缴罚没款{N}'],
    ['fines_yuan', '', '{S}罚没金额{N}'],
    ['fines_yuan', '', '{S}查处违法案件23件，处以罚款{N}'],
    ['fines_yuan', '', '{S}罚没收入{N}'],
    ['fines_yuan', '', '{S}累计罚没款{N}'],
  ]),
]
