/**
 * Precision forms of round 53, the other four families (precForms53.ts holds changes, ranks and averages): figures in a
 * shortcomings section (存在的问题/不足) or a plan (下一步, 2024年工作打算), and the year's own figure before and after them; stocks
 * and running counts (现有, 共有, 在册, 累计) against the year's; documents, files, items and list entries (文书, 卷宗, 事项, 清单, 条)
 * against cases; money of other measures (涉案, 货值, 追发, 查补, 标的) against fines. Sentences invented for this test (the real
 * reports' register, no report's wording).
 */
import { headT, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'
import {
  AUT_GOV, BANNER, CITY_APP, CITY_GOV, CITY_JUS, CITY_MKT, CO_EMG, CO_GOV, CO_HLT, CO_HRS, CO_JUS, CO_MKT, CO_NR, CO_PS, CO_TAX, CO_TR,
  CO_ZF, STREET, TOWN, ZONE,
} from './precForms53'

const CO_MKT_T = headT('梅岭县市场监督管理局')

export const SECTIONS_53: Probe39[] = [
  // shortcomings: what is still wrong is no result
  ['cases overdue under a shortcomings heading', `${CO_ZF}全年查处违法建设案件186起。\n二、存在的不足\n执法力量薄弱，仍有36件案件未能按期结案。`,
    { enforcement_cases: [186, 'exact'] }],
  ['units behind in an inline 不足', `${CO_GOV}工作中还存在一些不足：全县仍有15个单位未按要求开展会前学法，8件规范性文件未及时报备。`, {}],
  ['a backlog as 主要问题', `${CO_HRS}主要问题是：劳动保障监察积案较多，尚有42件案件未办结。`, {}],
  ['问题与短板 with plots not cleared', `${CO_NR}问题与短板：违法用地查处到位率不高，仍有17宗违法用地未拆除到位。`, {}],
  ['firms not yet inspected in numbered items', `${CO_EMG}全年开展执法检查1260次。\n三、存在问题及下步打算\n1.执法检查覆盖面不够，尚有120家企业未纳入检查。\n2.计划培训执法人员300人次。`,
    { enforcement_inspections: [1260, 'exact'] }],
  ['the section closed by the next heading', `${CO_GOV}全年办理行政复议案件46件。\n三、存在的问题\n仍有5件行政复议决定未履行到位。\n四、其他需要报告的情况\n全年办理政府信息公开申请58件。`,
    { reconsideration_cases: [46, 'exact'], info_disclosure_requests: [58, 'exact'] }],
  ['不足 inside an own sentence', `${CO_MKT}针对基层执法力量不足的问题，全年组织跨所联合办案，查处违法案件186件。`, { enforcement_cases: [186, 'exact'] }],
  tw(['complaints overdue as 薄弱环节 in traditional script', `${CO_HLT}薄弱环节：仍有3件投诉举报案件超期办理。`, {}]),
  // plans: what will be done is no result
  ['a plan under 下一步工作打算', `${CO_EMG}全年开展执法检查860次。\n三、下一步工作打算\n2024年，计划开展执法检查600次，培训执法人员300人次。`,
    { enforcement_inspections: [860, 'exact'] }],
  ['the next year\'s plan as a colon list', `${CO_JUS}2024年工作计划：举办法治培训班6期，开展普法活动100场。`, {}],
  ['下一年度 with 不少于', `${TOWN}下一年度将排查化解矛盾纠纷不少于200件。`, {}],
  ['the next year named with 将', `${CO_GOV}2024年，县政府将审查规范性文件20件以上。`, {}],
  ['a plan heading with 一是', `${CITY_MKT}全年立案查处案件1236件。\n四、2024年工作思路\n一是查办案件1000件以上；二是开展培训10期。`,
    { enforcement_cases: [1236, 'exact'] }],
  ['下阶段 with 力争', `${CO_TR}下阶段，将重点开展超限超载治理，力争查处案件不少于500起。`, {}],
  ['明年拟', `${STREET}明年拟组织普法宣传活动30场。`, {}],
  ['a target for the next year in a 目标 clause', `${ZONE}新的一年，目标是全程网办比例达到95%以上。`, {}],
  ['下一步 as a phrase after the own figure', `${CO_EMG}全年开展执法检查960次，为下一步工作打下了坚实基础。`, { enforcement_inspections: [960, 'exact'] }],
  tw(['下一步 in traditional script', `${CO_JUS}下一步，將組織開展法治培訓4期。`, {}]),
]

export const STOCK_53: Probe39[] = [
  // what a body has is no result of the year
  ['officers on the books', `${CO_MKT}现有行政执法人员86名。`, {}],
  ['committees and mediators counted', `${CO_GOV}全县共有人民调解委员会236个，人民调解员1420名。`, {}],
  ['bodies and officers of an area', `${AUT_GOV}全县共有行政执法主体单位56个，执法人员2860人。`, {}],
  ['services counted as items', `${CO_GOV}全县政务服务事项累计达到1860项。`, {}],
  ['law offices of a street', `${STREET}辖区内现有律师事务所3家、法律服务所2家。`, {}],
  ['body cameras held', `${CO_ZF}执法记录仪配备率100%，现有执法记录仪126台。`, {}],
  ['points of counsel built', `${CO_JUS}建成村（社区）法律顾问服务点186个，实现全覆盖。`, {}],
  ['inspectors on the roll', `${CO_HRS}截至年底，在册劳动保障监察员18名。`, {}],
  ['newly certified only', `${CO_TR}全年新增持证执法人员12名。`, {}],
  // the year's figure beside a stock
  ['officers employed, then trained', `${CO_ZF}全局在编在岗执法人员共有124人，全年参加培训986人次。`, { training_participants: [986, 'exact'] }],
  ['certified officers as a stock', `${CITY_JUS}全市现有持证行政执法人员3260名。`, { certified_officers: [3260, 'exact'] }],
  ['certified stock with those added', `${CO_MKT}全局持有行政执法证件人员共58名，全年新增持证人员12名。`, { certified_officers: [58, 'exact'] }],
  ['grid workers, then disputes found', `${TOWN}全镇现有网格员96名，全年排查矛盾纠纷412件。`, { disputes_identified: [412, 'exact'] }],
  ['documents in force, then cleared', `${CO_GOV}现行有效规范性文件共计146件，全年清理规范性文件38件。`, { normative_docs_reviewed: [38, 'exact'] }],
  ['firms in the area, then checks', `${CO_EMG}辖区内共有危化品企业58家，全年检查企业326家次。`, { enforcement_inspections: [326, 'exact'] }],
  ['items online, then the online share', `${CITY_APP}网上可办事项1260项，全程网办率98%。`, { online_processing_pct: [98, 'exact'] }],
  tw(['a banner\'s stock, then its cases', `${BANNER}全旗现有执法人员320名，全年办理行政处罚案件146件。`, { penalty_cases: [146, 'exact'] }]),
]

export const DOCUMENTS_53: Probe39[] = [
  // documents, files, items and entries: never cases
  ['instruments drawn up', `${CO_MKT}全年制作执法文书1260份。`, {}],
  ['files archived', `${CO_ZF}整理归档执法卷宗486卷。`, {}],
  ['powers listed as items', `${CO_GOV}梳理公布权责事项3860项。`, {}],
  ['list entries', `${CITY_APP}编制公布政务服务事项清单1260条。`, {}],
  ['penalty entries published', `${CO_MKT}在信用平台公示行政处罚信息312条。`, {}],
  ['check records entered', `${CO_EMG}向执法监督平台录入检查信息2860条。`, {}],
  ['certificates cleared as items', `${CO_GOV}清理证明事项46项。`, {}],
  ['instruments served', `${CO_TR}送达各类执法文书560余份。`, {}],
  ['an enforcement catalogue\'s items', `${CO_ZF}编制行政执法事项目录，涵盖执法事项1360项。`, {}],
  ['random-check results published', `${CITY_MKT}公开“双随机、一公开”抽查结果1860条。`, {}],
  ['orders to stop served', `${CO_NR}发出责令停止违法行为通知书86份。`, {}],
  ['supervision opinions issued', `${CO_HLT}下达卫生监督意见书326份。`, {}],
  tw(['instruments in traditional script', `${CO_PS}规范填制执法文书2400余份。`, {}]),
  // the cases beside them
  ['cases beside instruments', `${CO_MKT}全年办理行政处罚案件236件，制作执法文书1860份。`, { penalty_cases: [236, 'exact'] }],
  ['cases beside files', `${CO_ZF}全年查处违法案件168起，整理归档卷宗168卷。`, { enforcement_cases: [168, 'exact'] }],
  ['entries published, then decisions', `${CO_GOV}公示行政执法信息2860条，全年作出行政处罚决定412件。`, { penalty_cases: [412, 'exact'] }],
  ['items in the hall, then approvals', `${CITY_APP}政务服务事项1260项全部进驻大厅，全年办结各类审批事项5.6万件。`, { approvals_handled: [56000, 'exact'] }],
  ['documents reviewed beside list items', `${CO_JUS}审查规范性文件18件，调整权责清单事项320项。`, { normative_docs_reviewed: [18, 'exact'] }],
  [`entries in traditional script, then cases`, `${CO_MKT_T}公示行政處罰信息86條，全年查處違法案件92件。`, { enforcement_cases: [92, 'exact'] }],
]

export const MONEY_53: Probe39[] = [
  // money of other measures: never fines
  ['the sum at stake', `${CO_MKT}查处案件涉案金额达860万元。`, {}],
  ['wages recovered', `${CO_HRS}为劳动者追讨欠薪1260万元。`, {}],
  ['losses recovered for consumers', `${CITY_MKT}为消费者挽回经济损失86万元。`, {}],
  ['taxes made up', `${CO_TAX}查补税款2600万元。`, {}],
  ['the amount claimed in suits', `${CITY_GOV}行政诉讼案件诉讼标的额共计3600万元。`, {}],
  ['goods\' value seized', `${CO_MKT}查获假冒商品货值32万元。`, {}],
  ['rectification money', `${CO_EMG}督促企业投入隐患整改资金860万元。`, {}],
  ['land fees collected', `${CO_NR}收缴土地出让金欠款1.2亿元。`, {}],
  ['sums settled by mediation', `${CO_JUS}通过调解为当事人挽回经济损失及协议履行金额共计2600万元。`, {}],
  ['cases over a fine threshold', `${CITY_MKT}罚款金额在10万元以上的案件42件。`, {}],
  ['insurance dues recovered', `${CO_HRS}追缴社会保险费386万元。`, {}],
  tw(['bribes\' value in traditional script', `${CO_PS}查处涉案财物价值180万元。`, {}]),
  // fines beside them
  ['cases, fines, then the case value', `${CO_MKT}全年查处案件326件，罚没款合计286.5万元，案值1260万元。`,
    { enforcement_cases: [326, 'exact'], fines_yuan: [2865000, 'exact'] }],
  ['penalties and their fines', `${CO_EMG}作出行政处罚86起，罚款金额合计312万元。`, { penalty_cases: [86, 'exact'], fines_yuan: [3120000, 'exact'] }],
  ['fines collected', `${CO_ZF}全年收缴罚款62.8万元。`, { fines_yuan: [628000, 'exact'] }],
  ['cases, then wages recovered', `${CO_HRS}立案查处劳动保障违法案件56件，为860名劳动者追发工资1260万元。`, { enforcement_cases: [56, 'exact'] }],
  ['cases, land area, fines', `${CO_NR}查处违法用地案件36宗，涉及土地面积126亩，罚款186万元。`,
    { enforcement_cases: [36, 'exact'], fines_yuan: [1860000, 'exact'] }],
  tw(['fines beside losses recovered in traditional script', `${CO_MKT}全年罚没款420万元，为消费者挽回经济损失36万元。`, { fines_yuan: [4200000, 'exact'] }]),
]
