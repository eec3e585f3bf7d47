/**
 * Round 53's precision forms in whole passages (precForms53.ts and the batches after it probe one form a sentence): a paragraph of
 * one author's year, its own figures among changes, bases, averages, ranks, stocks, documents, other money, shortcomings and plans,
 * as real reports run them together. Each passage states exactly the values it lists. Sentences invented for this test (the real
 * reports' register, no report's wording).
 */
import { type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'
import { CITY_APP, CITY_JUS, CO_EMG, CO_GOV, CO_HRS, CO_JUS, CO_MKT, CO_NR, CO_PS, CO_TAX, CO_TR, STREET, TOWN } from './precForms53'
import { head } from './unseenForms39'

const CITY_ECO = head('桐溪市生态环境局')

export const PASSAGES_53: Probe39[] = [
  ['a market bureau\'s cases and fines among changes and documents',
    `${CO_MKT}全年共立案查处各类违法案件412件，同比增长9.6%，其中适用简易程序案件126件；罚没款合计286.5万元，较上年的213万元增加73.5万元，` +
    '案均罚款6954元。全年制作执法文书3260份，在信用平台公示行政处罚信息398条。与2022年相比，案件数量增加36件。',
    { enforcement_cases: [412, 'exact'], fines_yuan: [2865000, 'exact'] }],
  ['a justice bureau\'s training and publicity among a rank and averages',
    `${CO_JUS}全年组织全县行政执法人员培训4期，培训1260人次，参训人数比上年多200人次；局机关干部人均学法48个学时。全县普法工作在全市考核中` +
    '排名第2，全年开展“法律进乡村”等普法宣传活动186场次，发放宣传资料2.6万份，平均每个乡镇举办普法活动12场。',
    { training_sessions: [4, 'exact'], training_participants: [1260, 'exact'], training_hours_per_person: [48, 'exact'], legal_publicity_events: [186, 'exact'] }],
  ['a government\'s documents and proposals among a stock and a change',
    `${CO_GOV}县政府全年审查规范性文件26件，现行有效规范性文件共计152件；办理人大代表建议和政协委员提案共198件，办复率100%，较上年提高2个百分点。` +
    '全县共有行政执法主体52个。',
    { normative_docs_reviewed: [26, 'exact'], proposals_handled: [198, 'exact'] }],
  ['a town\'s mediation, its problems and its plan',
    `${TOWN}全镇共有人民调解委员会18个、调解员96名。全年排查矛盾纠纷326件，调解成功318件，调解成功率97.5%，同比提升1.2个百分点；每个村平均化解纠纷17件。` +
    '\n二、存在的问题\n仍有8件矛盾纠纷未能化解，其中3件转为信访。\n三、2024年工作打算\n力争矛盾纠纷化解率达到98%以上，全年开展普法活动不少于24场。',
    { disputes_identified: [326, 'exact'], disputes_resolved: [318, 'exact'], mediation_success_pct: [97.5, 'exact'] }],
  ['an approval bureau\'s year among a daily average, stocks and a rank',
    `${CITY_APP}全年办理各类政务服务事项42.6万件，较上年增长12.4%；日均办件1700余件。审批时限平均压缩72%，即办件比例达58.6%，较上年提高8.2个百分点，` +
    '全程网办率达到91.3%。目前进驻大厅事项1260项，可网办事项1180项。在全省营商环境评价中政务服务指标排名第2。',
    { approvals_handled: [426000, 'exact'], approval_time_compression_pct: [72, 'exact'], immediate_processing_pct: [58.6, 'exact'], online_processing_pct: [91.3, 'exact'] }],
  ['an ecology bureau\'s penalties among other money and transfers',
    `${CITY_ECO}全年作出行政处罚决定186件，罚款3260万元，同比下降18%；督促企业投入整改资金1.2亿元；移送公安机关行政拘留案件12件。`,
    { penalty_cases: [186, 'exact'], fines_yuan: [32600000, 'exact'] }],
  ['a labour bureau\'s checks and cases among wages and a stock',
    `${CO_HRS}全年主动检查用人单位386户次，受理投诉举报412件，立案查处劳动保障违法案件56件，结案率100%，为1260名劳动者追发工资2380万元，` +
    '较上年增加420万元；全局现有劳动保障监察员12名，人均办案4.7件。',
    { enforcement_inspections: [386, 'exact'], enforcement_cases: [56, 'exact'] }],
  ['a police bureau\'s training among a base, averages and a stock',
    `${CO_PS}全年查处治安案件1260起，较上年的1180起上升6.8%；民警人均办理行政案件28起；全局现有民警320名，全年开展执法培训12期，培训民警960人次，` +
    '人均培训时长36个小时。',
    { enforcement_cases: [1260, 'exact'], training_sessions: [12, 'exact'], training_participants: [960, 'exact'], training_hours_per_person: [36, 'exact'] }],
  ['a street\'s publicity among a per-community average and counsel',
    `${STREET}全年开展普法宣传活动96场，辖区12个社区每个社区平均开展8场，受教育群众1.2万人次；街道现有法律顾问2名、社区法律顾问12名。`,
    { legal_publicity_events: [96, 'exact'] }],
  ['a land bureau\'s cases among area, instruments and files',
    `${CO_NR}全年立案查处违法用地案件36宗，涉及土地面积126亩，罚款186万元，拆除违法建筑1.2万平方米；发出责令停止违法行为通知书86份，制作执法文书1260余份，` +
    '归档卷宗36卷。',
    { enforcement_cases: [36, 'exact'], fines_yuan: [1860000, 'exact'] }],
  ['an emergency bureau\'s checks and hazards before a numbered plan',
    `${CO_EMG}全年开展执法检查1260次，发现隐患3260处，已整改3180处，整改率97.5%；作出行政处罚86起，罚款312万元。` +
    '\n四、下一步工作\n（一）计划开展执法检查不少于1000次。\n（二）力争隐患整改率达到100%。',
    { enforcement_inspections: [1260, 'exact'], hazards_rectified: [3180, 'exact'], penalty_cases: [86, 'exact'], fines_yuan: [3120000, 'exact'] }],
  tw(['a transport bureau\'s fines and hours among a change and a stock',
    `${CO_TR}全年罚款186万元，较上年减少12%；全局在岗执法人员86名；执法人员人均培训52学时。`,
    { fines_yuan: [1860000, 'exact'], training_hours_per_person: [52, 'exact'] }]),
  ['a tax bureau\'s cases and fines among taxes, fees and published cases',
    `${CO_TAX}全年查结稽查案件36件，查补税款2600万元，加收滞纳金420万元，罚款860万元；案均查补税款72万元；公示重大税收违法失信案件12件。`,
    { enforcement_cases: [36, 'exact'], fines_yuan: [8600000, 'exact'] }],
  ['a city justice bureau\'s reviews and suits among changes',
    `${CITY_JUS}全年收到行政复议申请386件，受理352件，同比增长12%；审结338件，其中撤销、确认违法等纠错46件，纠错率13.6%，较上年下降2.1个百分点；` +
    '全市行政机关负责人出庭应诉率100%。',
    { reconsideration_cases: [352, 'exact'], reconsideration_correction_pct: [13.6, 'exact'], head_appearance_pct: [100, 'exact'] }],
]
