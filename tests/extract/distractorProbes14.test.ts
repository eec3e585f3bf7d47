/**
 * Distractor forms probed systematically (issue 11, distract2 round): each row is a sentence written for
 * this test (never a corpus sentence) with a figure that is not the agency's result for the indicator, and
 * its near miss, the same wording turned into the agency's own result, which must still be read. The forms
 * are those unseen reports carry: counts of events the agency only took part in, sub-totals of several
 * bodies and area totals, yearly totals of a different measure with the same measure word, targets and
 * plans, past-year and multi-year figures and changes, percentages of another base, figures inside titles
 * and numbering, money against counts, dates and hotlines, people against attendances, and one case's
 * figure given as an example. Every family (approval, enforcement, mediation, oversight, training) has rows.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'

/** [form, distractor sentence, near miss sentence, indicator, distractor figure, near miss figure] */
type Probe = [string, string, string, string, number, number]

const read = (text: string, indicator: string): number | undefined => valuesOf(text)[indicator]?.[0]

const PART_TAKEN: Probe[] = [
  ['参加 others’ training', '2023年，局派员参加市司法局举办的法治培训班3期。', '2023年，局举办法治培训班3期。', 'training_sessions', 3, 3],
  ['参加 others’ training, attendances', '2023年，本局干部参加上级组织的法治培训累计120人次。', '2023年，本局组织干部法治培训累计120人次。', 'training_participants', 120, 120],
  ['参与 others’ inspection', '2023年，局参与市政府组织的联合检查12次。', '2023年，局开展安全生产执法检查12次。', 'enforcement_inspections', 12, 12],
  ['配合 others’ inspection', '2023年，局配合省厅开展执法检查6次。', '2023年，局组织开展执法检查6次。', 'enforcement_inspections', 6, 6],
  ['协助 others’ cases', '2023年，局协助公安机关查处违法案件15起。', '2023年，局依法查处违法案件15起。', 'enforcement_cases', 15, 15],
  ['列席 others’ meetings as study', '2023年，局负责人列席县政府常务会议会前学法8次。', '2023年，局党组开展会前学法8次。', 'training_sessions', 8, 8],
  ['派员参加 others’ publicity', '2023年，局派员参加县委宣传部组织的普法宣传活动9场。', '2023年，局组织开展普法宣传活动9场。', 'legal_publicity_events', 9, 9],
  ['参与 others’ mediation', '2023年，局参与乡镇调解矛盾纠纷21件。', '2023年，局调解化解矛盾纠纷21件。', 'disputes_resolved', 21, 21],
  ['协助 others’ court cases', '2023年，局协助县政府办理行政诉讼案件4件。', '2023年，局办理行政诉讼案件4件。', 'litigation_cases', 4, 4],
  ['参与 others’ document review', '2023年，局参与审核县政府规范性文件7件。', '2023年，局审核本局规范性文件7件。', 'normative_docs_reviewed', 7, 7],
  ['协助 others’ approvals', '2023年，局协助县政务服务中心办理审批事项860件。', '2023年，局办理行政审批事项860件。', 'approvals_handled', 860, 860],
]

const SUBTOTALS: Probe[] = [
  ['合计 of three bodies', '2023年，县司法局、县公安局、县市场监管局合计开展法治宣传活动65场。', '2023年，本局开展法治宣传活动65场。', 'legal_publicity_events', 65, 65],
  ['共计 of three bodies', '2023年，住建、交通、水利三个部门共计查处违法案件210件。', '2023年，本局共计查处违法案件210件。', 'enforcement_cases', 210, 210],
  ['全市 total, own figure in the next sentence', '2023年，全市各级行政机关共办理行政复议案件1320件。本机关办理行政复议案件132件。', '2023年，本机关共办理行政复议案件132件。', 'reconsideration_cases', 1320, 132],
  ['全区 total after the own figure', '2023年，本局调解矛盾纠纷486件；全区人民调解组织调解矛盾纠纷4860件。', '2023年，本局调解矛盾纠纷486件。', 'disputes_resolved', 4860, 486],
  ['全系统 total, 局机关 part', '2023年，全系统共举办法治培训班96期，其中局机关举办9期。', '2023年，局机关共举办法治培训班9期。', 'training_sessions', 96, 9],
  ['各级 total, 省局 part', '2023年，全省各级市场监管部门办理行政处罚案件5.6万件，省局本级办理行政处罚案件560件。', '2023年，省局本级办理行政处罚案件560件。', 'penalty_cases', 56000, 560],
  ['全省 total in the sentence after', '2023年，本厅审查规范性文件85件。全省共审查规范性文件1850件。', '2023年，本厅共审查规范性文件85件。', 'normative_docs_reviewed', 1850, 85],
  ['全县 total of approvals, 其中本局', '2023年，全县政务服务大厅共办理审批事项12.5万件，其中本局办理1250件。', '2023年，本局共办理审批事项1250件。', 'approvals_handled', 125000, 1250],
  ['全市 system total of fines', '2023年，全市生态环境系统罚没金额3200万元，本局罚没金额320万元。', '2023年，本局罚没金额320万元。', 'fines_yuan', 32000000, 3200000],
]

const OTHER_MEASURE: Probe[] = [
  ['件 of letters and visits, not reconsideration', '2023年，局受理群众来信来访36件，未发生行政复议。', '2023年，局受理行政复议申请36件。', 'reconsideration_cases', 36, 36],
  ['人次 of people served, not trainees', '2023年，局开展法治培训2期，服务群众1500人次。', '2023年，局开展法治培训2期，参训1500人次。', 'training_participants', 1500, 1500],
  ['场 of publicity, not training', '2023年，局组织执法人员培训，开展宣传活动12场。', '2023年，局组织执法人员培训12场。', 'training_sessions', 12, 12],
  ['件 of proposals, not cases', '2023年，局办理人大代表建议和政协提案18件，查处违法案件若干。', '2023年，局查处违法案件18件。', 'enforcement_cases', 18, 18],
  ['次 of meetings, not inspections', '2023年，局召开执法工作会议5次。', '2023年，局开展执法检查5次。', 'enforcement_inspections', 5, 5],
  ['件 of suggestions, not documents', '2023年，局对规范性文件提出修改意见23条。', '2023年，局审查规范性文件23件。', 'normative_docs_reviewed', 23, 23],
  ['人 of staff, not attendances', '2023年，局现有执法人员84名，组织法治培训2期。', '2023年，局组织法治培训2期，参训执法人员84人次。', 'training_participants', 84, 84],
  ['件 of hotline tickets, not disputes', '2023年，局办理12345热线工单430件。', '2023年，局化解矛盾纠纷430件。', 'disputes_resolved', 430, 430],
]

const TARGETS: Probe[] = [
  ['确保', '2024年，局确保执法人员培训参训率达到100%，组织培训不少于4期。', '2023年，局组织培训4期。', 'training_sessions', 4, 4],
  ['力争', '力争全年化解矛盾纠纷300件以上。', '全年化解矛盾纠纷300件。', 'disputes_resolved', 300, 300],
  ['要求', '要求每名执法人员每年参加法治培训不少于40学时。', '2023年，执法人员人均参加法治培训40学时。', 'training_hours_per_person', 40, 40],
  ['目标', '2024年的目标是全程网办比例达到90%。', '2023年，全程网办比例达到90%。', 'online_processing_pct', 90, 90],
  ['计划', '计划于2024年开展法治宣传活动50场。', '2023年开展法治宣传活动50场。', 'legal_publicity_events', 50, 50],
  ['应当', '执法人员应当每年接受不少于60学时的法律知识培训。', '2023年执法人员人均接受法律知识培训60学时。', 'training_hours_per_person', 60, 60],
  ['不低于', '即办件比例不低于70%。', '2023年即办件比例为70%。', 'immediate_processing_pct', 70, 70],
  ['下一步', '下一步，局将开展执法检查20次。', '2023年，局开展执法检查20次。', 'enforcement_inspections', 20, 20],
  ['2025年将', '2025年，局将举办法治讲座6场。', '2024年，局举办法治讲座6场。', 'training_sessions', 6, 6],
  ['压缩 as a target', '2024年，审批时限力争再压缩50%。', '2023年，审批时限压缩50%。', 'approval_time_compression_pct', 50, 50],
  ['成功率 target', '人民调解成功率保持在95%以上的目标。', '2023年人民调解成功率为95%。', 'mediation_success_pct', 95, 95],
  ['工作计划 section', '三、2024年工作计划\n组织法治培训6期。', '二、2023年工作情况\n组织法治培训6期。', 'training_sessions', 6, 6],
]

const OTHER_YEARS: Probe[] = [
  ['自2019年以来累计', '自2019年以来，局累计查处违法案件820件。', '2023年，局累计查处违法案件82件。', 'enforcement_cases', 820, 82],
  ['近三年', '近三年来，局共办理行政复议案件45件。', '2023年，局共办理行政复议案件15件。', 'reconsideration_cases', 45, 15],
  ['同比增长 N件 is a change', '2023年，局查处违法案件同比增长12件。', '2023年，局查处违法案件112件，同比增长12件。', 'enforcement_cases', 12, 112],
  ['上年同期为', '2023年局受理行政复议申请，上年同期为40件。', '2023年局受理行政复议申请46件，上年同期为40件。', 'reconsideration_cases', 40, 46],
  ['较上年减少 N件', '2023年，行政诉讼案件较上年减少3件。', '2023年，行政诉讼案件9件，较上年减少3件。', 'litigation_cases', 3, 9],
  ['2022年 figure in a 2023 report', '2023年本局开展普法活动，比2022年的30场有所增加。', '2023年本局开展普法活动36场，比2022年增加6场。', 'legal_publicity_events', 30, 36],
  ['十三五期间', '“十三五”期间，局共调解矛盾纠纷2600件。', '2023年，局共调解矛盾纠纷520件。', 'disputes_resolved', 2600, 520],
  ['增加 N场 is a change', '2023年，局开展法治培训较上年增加3场。', '2023年，局开展法治培训8场，较上年增加3场。', 'training_sessions', 3, 8],
]

const OTHER_BASE: Probe[] = [
  ['占比 of a kind', '2023年，简易程序案件占行政处罚案件的35%。', '2023年，审批时限压缩35%。', 'approval_time_compression_pct', 35, 35],
  ['同比增长 %', '2023年，办件量同比增长18%。', '2023年，即办件比例为18%。', 'immediate_processing_pct', 18, 18],
  ['覆盖率 vs 成功率', '2023年，人民调解组织覆盖率达到100%。', '2023年，人民调解成功率达到100%。', 'mediation_success_pct', 100, 100],
  ['参训率 vs 网办率', '2023年，执法人员参训率达到98%。', '2023年，全程网办比例达到98%。', 'online_processing_pct', 98, 98],
  ['出庭率 vs 纠错率', '2023年，行政机关负责人出庭应诉率为100%，复议案件办结率为100%。', '2023年，行政复议纠错率为12%。', 'reconsideration_correction_pct', 100, 12],
  ['结案率 vs 成功率', '2023年，矛盾纠纷结案率为97%。', '2023年，矛盾纠纷调解成功率为97%。', 'mediation_success_pct', 97, 97],
]

const TITLES: Probe[] = [
  ['《…第3号》', '2023年，局依据《市人民政府令第3号》开展执法。', '2023年，局开展执法检查3次。', 'enforcement_inspections', 3, 3],
  ['〔2023〕5号', '局印发《关于开展法治培训的通知》（X司发〔2023〕5号）。', '2023年，局开展法治培训5期。', 'training_sessions', 5, 5],
  ['第十二届', '局办理县第十二届人大代表建议。', '2023年，局办理人大代表建议12件。', 'proposals_handled', 12, 12],
  ['第N期 as numbering', '2023年，局举办第8期法治讲堂。', '2023年，局举办法治讲堂8期。', 'training_sessions', 8, 8],
  ['“八五”普法', '2023年，局推进“八五”普法规划实施。', '2023年，局开展普法宣传活动5场。', 'legal_publicity_events', 5, 5],
  ['第N批 as numbering', '2023年，局公布第3批规范性文件清理结果。', '2023年，局清理规范性文件3件。', 'normative_docs_reviewed', 3, 3],
]

const MONEY_DATES: Probe[] = [
  ['money, not cases', '2023年，局查处违法行为，罚款45万元。', '2023年，局查处违法案件45件。', 'enforcement_cases', 45, 45],
  ['cases, not money', '2023年，局查处违法案件45件。', '2023年，局罚没金额45万元。', 'fines_yuan', 45, 450000],
  ['5月12日', '2023年5月12日，局开展防灾减灾法治宣传活动。', '2023年，局开展防灾减灾法治宣传活动12场。', 'legal_publicity_events', 12, 12],
  ['12345热线', '2023年，局通过12345热线受理群众诉求。', '2023年，局受理政府信息公开申请45件。', 'info_disclosure_requests', 12345, 45],
  ['第1季度', '2023年第1季度，局组织执法培训。', '2023年，局组织执法培训1期。', 'training_sessions', 1, 1],
  ['10月至12月 span', '2023年10月至12月，局开展执法检查。', '2023年，局开展执法检查12次。', 'enforcement_inspections', 12, 12],
  ['经费 for training', '2023年，局投入法治培训经费8万元。', '2023年，局组织法治培训8期。', 'training_sessions', 8, 8],
]

const PEOPLE_EXAMPLES: Probe[] = [
  ['执法人员N名 held cards, not trainees', '2023年，局有执法人员84名，均参加了法治培训。', '2023年，局组织法治培训，参训84人次。', 'training_participants', 84, 84],
  ['参训 officers, not certified', '2023年，局组织执法人员84人参加培训。', '2023年，局持有执法证件人员84人。', 'certified_officers', 84, 84],
  ['如某案…罚款 as a case’s fine', '2023年，局查处违法案件26件，如某企业违法排污案，罚款5000元。', '2023年，局查处违法案件26件，罚没金额5000元。', 'fines_yuan', 5000, 5000],
  ['例如 one case', '例如，在某商户无证经营一案中，局依法没收违法所得3000元。', '2023年，局罚没款共计3000元。', 'fines_yuan', 3000, 3000],
  ['典型案例 count', '2023年，局发布行政执法典型案例5个。', '2023年，局查处行政执法案件5件。', 'enforcement_cases', 5, 5],
  ['一案 of hours', '在办理一起复议案件时，局用了30日。', '2023年，局办理行政复议案件30件。', 'reconsideration_cases', 30, 30],
]

const REWORDED: Probe[] = [
  ['选派 to a party school course, attendances', '2023年，局选派干部参加市委党校法治专题培训班，共计56人次。', '2023年，局举办法治专题培训班，共计56人次参训。', 'training_participants', 56, 56],
  ['积极配合 others’ cases', '2023年，局积极配合市场监管部门查处无证经营案件7起。', '2023年，局依法查处无证经营案件7起。', 'enforcement_cases', 7, 7],
  ['作为成员单位参与 mediation', '2023年，局作为成员单位参与联调化解矛盾纠纷32件。', '2023年，局联调化解矛盾纠纷32件。', 'disputes_resolved', 32, 32],
  ['列席 others’ study, 派员 after', '2023年，县委依法治县办组织法治讲座4场，局均派员参加。', '2023年，局组织法治讲座4场。', 'training_sessions', 4, 4],
  ['三家单位共 training', '2023年，局与县法院、县检察院三家单位共举办法治培训5期。', '2023年，局举办法治培训5期。', 'training_sessions', 5, 5],
  ['受教育群众 人次', '2023年，局开展法治宣传进社区活动，受教育群众3000人次。', '2023年，局开展法治培训，参训干部3000人次。', 'training_participants', 3000, 3000],
  ['权责清单事项 项', '2023年，局公布权责清单事项1250项。', '2023年，局办理行政审批事项1250件。', 'approvals_handled', 1250, 1250],
  ['年度目标任务为', '2023年度目标任务为查处违法案件100件。', '2023年度共查处违法案件100件。', 'enforcement_cases', 100, 100],
  ['每季度至少 inspections', '局规定每季度至少开展1次执法检查。', '2023年，局开展执法检查1次。', 'enforcement_inspections', 1, 1],
  ['预计全年', '预计全年可办结行政复议案件60件。', '全年办结行政复议案件60件。', 'reconsideration_cases', 60, 60],
  ['拟于明年', '局拟于明年举办法治培训班3期。', '局于2023年举办法治培训班3期。', 'training_sessions', 3, 3],
  ['去年同期为', '2023年局受理行政复议申请数量上升，去年同期为40件。', '2023年局受理行政复议申请46件，去年同期为40件。', 'reconsideration_cases', 40, 46],
  ['由N下降到M: the old figure', '与2022年相比，局查处违法案件由98件下降到76件。', '2023年，局查处违法案件76件。', 'enforcement_cases', 98, 76],
  ['去年全年 figure', '2023年，局继续推进调解工作；去年全年调解成功矛盾纠纷300件。', '2023年，局全年调解成功矛盾纠纷300件。', 'disputes_resolved', 300, 300],
  ['满意率 vs 成功率', '2023年，调解当事人满意率达到99%。', '2023年，调解成功率达到99%。', 'mediation_success_pct', 99, 99],
  ['《…第12号公告》', '2023年，局发布《2023年第12号公告》，开展执法检查。', '2023年，局开展执法检查12次。', 'enforcement_inspections', 12, 12],
  ['典型案例如 one case’s fine', '2023年，局查处违法案件40件。典型案例如某公司未批先建案，罚款20万元。', '2023年，局查处违法案件40件，罚没金额20万元。', 'fines_yuan', 200000, 200000],
  ['涉案金额, not fines', '2023年，局查处违法案件40件，涉案金额120万元。', '2023年，局查处违法案件40件，罚没款120万元。', 'fines_yuan', 1200000, 1200000],
]

/** A distractor and the agency's own figure in one text: the own figure wins. */
const SIDE_BY_SIDE: Probe[] = [
  ['a centre’s total beside the office’s own', '2023年，市政务服务中心各进驻部门共办理审批事项8.6万件，本局窗口办理审批事项3200件。', '2023年，本局窗口办理审批事项3200件。', 'approvals_handled', 86000, 3200],
  ['由 last year’s rate 提高到 this year’s', '2023年，即办件比例由2022年的45%提高到68%。', '2023年，即办件比例为68%。', 'immediate_processing_pct', 45, 68],
  ['由 last year’s rate 提高到 this year’s, both years named', '2023年，即办件比例由2022年的45%提高到2023年的68%。', '2023年，即办件比例达到68%。', 'immediate_processing_pct', 45, 68],
  ['由 last year-end’s holders 增加到 this year-end’s', '2023年，持证执法人员由2022年底的35人增加到2023年底的41人。', '2023年底，持证执法人员41人。', 'certified_officers', 35, 41],
  ['可办率 beside 全程网办比例', '2023年，政务服务事项网上可办率达到100%，全程网办比例达到85%。', '2023年，全程网办比例达到85%。', 'online_processing_pct', 100, 85],
  ['咨询 件, not approvals', '2023年，局受理企业咨询1.2万件。', '2023年，局办理审批事项1.2万件。', 'approvals_handled', 12000, 12000],
  ['出动人次 beside 检查家次', '2023年，局出动执法人员860人次，检查企业320家次。', '2023年，局检查企业320家次。', 'enforcement_inspections', 860, 320],
  ['投诉举报 件, not cases', '2023年，局受理投诉举报230件。', '2023年，局查处违法案件230件。', 'enforcement_cases', 230, 230],
  ['平均办案天数', '2023年，局查处违法案件56件，案件平均办理时间缩短至15天。', '2023年，局查处违法案件56件。', 'enforcement_cases', 15, 56],
  ['罚款 beside a decision count', '2023年，局作出行政处罚决定38件，罚款金额合计126.5万元。', '2023年，局罚款金额合计126.5万元。', 'fines_yuan', 38, 1265000],
  ['复议 beside 诉讼', '2023年，局被申请行政复议3件，被提起行政诉讼5件。', '2023年，局被提起行政诉讼5件。', 'litigation_cases', 3, 5],
  ['开庭次数, not cases', '2023年，局负责人出庭应诉12次。', '2023年，局行政诉讼案件12件。', 'litigation_cases', 12, 12],
  ['复议案件 change in %', '2023年，涉及我局的行政复议案件较上年下降40%。', '2023年，涉及我局的行政复议案件40件。', 'reconsideration_cases', 40, 40],
  ['纠错率 change in points', '2023年，行政复议纠错率为12.5%，较上年下降3个百分点。', '2023年，行政复议纠错率为12.5%。', 'reconsideration_correction_pct', 3, 12.5],
  ['排查 beside 调解成功', '2023年，局排查矛盾纠纷520件，调解成功498件，调解成功率95.8%。', '2023年，局调解成功矛盾纠纷498件。', 'disputes_resolved', 520, 498],
  ['调解组织 and 调解员 counts', '2023年，全县建成调解组织46个，有人民调解员320名。', '2023年，全县人民调解组织调解成功纠纷46件。', 'disputes_resolved', 46, 46],
  ['12348热线咨询', '2023年，12348热线接听法律咨询2600余次。', '2023年，局化解矛盾纠纷2600余件。', 'disputes_resolved', 2600, 2600],
  ['修改意见 beside documents reviewed', '2023年，局审核规范性文件12件，提出修改意见46条。', '2023年，局审核规范性文件12件。', 'normative_docs_reviewed', 46, 12],
  ['主动公开 条, not requests', '2023年，局主动公开政府信息1560条。', '2023年，局办理依申请公开政府信息1560件。', 'info_disclosure_requests', 1560, 1560],
  ['法律顾问列席会议', '2023年，局法律顾问列席局务会议28次。', '2023年，局开展重大行政执法决定法制审核28件。', 'legal_review_cases', 28, 28],
  ['考试成绩, not hours', '2023年，局干部学法考试平均成绩92分。', '2023年，局干部人均学法92学时。', 'training_hours_per_person', 92, 92],
  ['干部职工 headcount, not attendances', '2023年，局共有干部职工120人，组织法治培训3期。', '2023年，局组织法治培训3期，参训干部职工120人次。', 'training_participants', 120, 120],
  ['宪法日 date', '2023年12月4日国家宪法日当天，局开展宪法宣传活动。', '2023年，局开展宪法宣传活动4场。', 'legal_publicity_events', 4, 4],
  ['“1+3+N” in a name', '2023年，局构建“1+3+N”普法体系，开展普法活动8场。', '2023年，局开展普法活动8场。', 'legal_publicity_events', 3, 8],
  ['law article number', '2023年，局依照《行政处罚法》第三十三条对轻微违法行为不予处罚。', '2023年，局对轻微违法行为不予处罚33件。', 'lenient_cases', 33, 33],
  ['第二十二个安全生产月', '2023年，局在第二十二个全国“安全生产月”期间开展执法检查。', '2023年，局开展执法检查22次。', 'enforcement_inspections', 22, 22],
]

/** Measures that look like a family's indicator and count something next to it. */
const LOOKALIKES: Probe[] = [
  ['累计学时, not per person', '2023年，全局干部累计学法4800学时。', '2023年，全局干部人均学法48学时。', 'training_hours_per_person', 4800, 48],
  ['培训时长 of the sessions, not per person', '2023年，局开展法治培训3期，培训时长共18学时。', '2023年，局干部人均参加法治培训18学时。', 'training_hours_per_person', 18, 18],
  ['旁听庭审, not sessions', '2023年，局组织领导干部旁听庭审3次。', '2023年，局领导干部带头讲法治课3次。', 'training_sessions', 3, 3],
  ['岗前培训, not law', '2023年，局组织新录用公务员岗前培训2期。', '2023年，局组织新录用公务员法治培训2期。', 'training_sessions', 2, 2],
  ['指导 others’ training', '2023年，局指导各乡镇开展法治培训28场。', '2023年，局开展法治培训28场。', 'training_sessions', 28, 28],
  ['企业负责人 as audience', '2023年，局组织企业负责人法治培训5场。', '2023年，局组织执法人员法治培训5场。', 'training_sessions', 5, 5],
  ['通过考试, not holders', '2023年，局组织执法人员参加执法资格考试，86人通过考试。', '2023年，全局86名执法人员均持有执法证。', 'certified_officers', 86, 86],
  ['新增持证, not holders', '2023年，局新增持证执法人员15名。', '2023年，局持证执法人员15名。', 'certified_officers', 15, 15],
  ['考试人数, not attendances', '2023年，局组织学法考试，参考人数96人。', '2023年，局组织法治培训，参训96人次。', 'training_participants', 96, 96],
  ['咨询 人次, not events', '2023年，局开展“法律进乡村”活动，解答群众咨询300人次。', '2023年，局开展“法律进乡村”活动300场。', 'legal_publicity_events', 300, 300],
  ['宣传栏 个, not events', '2023年，局设置普法宣传栏15个。', '2023年，局开展普法宣传活动15场。', 'legal_publicity_events', 15, 15],
  ['公众号 信息 条, not events', '2023年，局普法微信公众号发布信息360条。', '2023年，局开展普法宣传360场次。', 'legal_publicity_events', 360, 360],
  ['发现 hazards, not rectified', '2023年，局检查发现问题隐患860处，已整改820处。', '2023年，局已整改问题隐患820处。', 'hazards_rectified', 860, 820],
  ['执法文书 份, not cases', '2023年，局下达执法文书320份。', '2023年，局查处违法案件320件。', 'enforcement_cases', 320, 320],
  ['案卷评查 卷, not penalties', '2023年，局评查行政处罚案卷60卷。', '2023年，局办理行政处罚案件60件。', 'penalty_cases', 60, 60],
  ['案值, not fines', '2023年，局查处违法案件86件，案值230万元。', '2023年，局查处违法案件86件，罚没款230万元。', 'fines_yuan', 2300000, 2300000],
  ['检查覆盖率, not inspections', '2023年，局执法检查覆盖率达到100%。', '2023年，局开展执法检查100次。', 'enforcement_inspections', 100, 100],
  ['压缩至 N 个工作日, not a rate', '2023年，局将审批办理时限压缩至3个工作日。', '2023年，局审批办理时限压缩3%。', 'approval_time_compression_pct', 3, 3],
  ['取消证明事项 项, not a rate', '2023年，局取消证明事项26项。', '2023年，申请材料压缩26%。', 'material_reduction_pct', 26, 26],
  ['一网通办事项 项, not applications', '2023年，局“一网通办”事项达1360项。', '2023年，局通过“一网通办”办理审批业务1360件。', 'approvals_handled', 1360, 1360],
  ['办结率 beside proposals', '2023年，局办理人大代表建议和政协提案共26件，办结率100%。', '2023年，局办理人大代表建议和政协提案共26件。', 'proposals_handled', 100, 26],
  ['制定 documents, not reviewed', '2023年，局制定规范性文件5件。', '2023年，局审查规范性文件5件。', 'normative_docs_reviewed', 5, 5],
  ['法律援助 cases, not disputes', '2023年，局受理法律援助案件320件。', '2023年，局调解成功矛盾纠纷320件。', 'disputes_resolved', 320, 320],
  ['排查 rounds, not disputes', '2023年，局开展矛盾纠纷排查4次。', '2023年，局排查矛盾纠纷4件。', 'disputes_identified', 4, 4],
  ['参与信访积案化解', '2023年，局参与化解信访积案15件。', '2023年，局化解矛盾纠纷15件。', 'disputes_resolved', 15, 15],
  ['调解涉及金额', '2023年，局调解矛盾纠纷，涉及金额560万元。', '2023年，局调解成功矛盾纠纷560件。', 'disputes_resolved', 5600000, 560],
  ['应诉 of another organ’s case', '2023年，局代理县政府行政诉讼案件6件。', '2023年，局行政诉讼案件6件。', 'litigation_cases', 6, 6],
  ['转办 to others, not accepted', '2023年，局收到复议申请后转送其他复议机关9件。', '2023年，局受理行政复议申请9件。', 'reconsideration_cases', 9, 9],
  ['法律顾问 hours', '2023年，法律顾问提供法律服务120小时。', '2023年，局法制审核重大行政执法决定120件。', 'legal_review_cases', 120, 120],
  ['决策目录 published, not decisions made', '2023年，局公布重大行政决策事项目录，涉及事项的公开征求意见期为30日。', '2023年，局作出重大行政决策事项30项。', 'major_decisions', 30, 30],
]

/** Report-like sentences where a system's total, a plan or another organ's figure stands next to the author's. */
const IN_REPORT_WORDING: Probe[] = [
  ['其中市局 part of a system’s total', '2023年，全市司法行政系统共开展法治宣传活动1200余场，其中市局组织开展56场。', '2023年，市局组织开展法治宣传活动56场。', 'legal_publicity_events', 1200, 56],
  ['其中局机关 part of the author’s own total stays a part', '2023年，全局共开展法治宣传活动56场，其中局机关开展12场。', '2023年，全局共开展法治宣传活动56场。', 'legal_publicity_events', 12, 56],
  ['其中涉及本局 part', '2023年，区政府共收到行政复议申请128件，其中涉及本局的7件。', '2023年，本局行政复议案件7件。', 'reconsideration_cases', 128, 7],
  ['其中市局转办 is no own part', '2023年，局共收到行政复议申请20件，其中市局转办5件。', '2023年，局共收到行政复议申请20件。', 'reconsideration_cases', 5, 20],
  ['我局作为被告 after the county’s total', '2023年，全县共受理行政诉讼案件45件，我局作为被告的案件2件。', '2023年，我局作为被告的行政诉讼案件2件。', 'litigation_cases', 45, 2],
  ['本镇 after the county’s total', '2023年，全县各乡镇共排查矛盾纠纷860件，本镇排查矛盾纠纷72件。', '2023年，本镇排查矛盾纠纷72件。', 'disputes_identified', 860, 72],
  ['a system’s total inside a long term after the own figure', '2023年，局本级共办理审批事项2300件，全市审批系统办理审批事项4.6万件。', '2023年，局本级共办理审批事项2300件。', 'approvals_handled', 46000, 2300],
  ['本局 after the area’s rate', '2023年，全县调解成功率为98.5%，本局调解成功率为96%。', '2023年，本局调解成功率为96%。', 'mediation_success_pct', 98.5, 96],
  ['年度任务为 beside 实际完成', '2023年，局年度培训任务为6期，实际完成5期。', '2023年，局实际完成法治培训5期。', 'training_sessions', 6, 5],
  ['按计划应 beside 实际', '2023年，按计划应开展执法检查24次，实际开展22次。', '2023年，局实际开展执法检查22次。', 'enforcement_inspections', 24, 22],
  ['按要求应当 after a lead', '根据上级要求，局应当组织法治培训不少于4期。', '根据上级要求，局组织法治培训4期。', 'training_sessions', 4, 4],
  ['每季度 frequency beside the year’s count', '2023年，按照市委依法治市办要求，每季度开展一次会前学法，全年共开展4次。', '2023年，全年共开展会前学法4次。', 'training_sessions', 1, 4],
  ['another body’s sessions beside the own', '2023年，局坚持领导干部学法制度，全年召开党组会议集体学法6次，局领导参加市委理论学习中心组学法4次。', '2023年，局全年召开党组会议集体学法6次。', 'training_sessions', 4, 6],
  ['attended trainings beside the own', '2023年，局组织执法人员参加省厅举办的执法业务培训班3期；开展局内法治培训4期。', '2023年，局开展局内法治培训4期。', 'training_sessions', 3, 4],
  ['three bodies’ sum with the own part', '2023年，县市场监管局、县农业农村局、县卫健局合计查处违法案件96件，其中本局查处31件。', '2023年，本局查处违法案件31件。', 'enforcement_cases', 96, 31],
  ['自…以来累计 beside the year', '2023年，自2018年以来累计开展普法活动500余场，2023年开展86场。', '2023年，局开展普法活动86场。', 'legal_publicity_events', 500, 86],
  ['较2022年的N期 beside the year', '2023年，局开展法治培训8期，较2022年的5期增加3期。', '2023年，局开展法治培训8期。', 'training_sessions', 5, 8],
  ['而2022年 beside the year', '2023年，局查处违法案件120件，而2022年查处违法案件98件。', '2023年，局查处违法案件120件。', 'enforcement_cases', 98, 120],
  ['一笔罚款 beside the total', '2023年，罚没金额52万元，其中最大一笔罚款为10万元。', '2023年，罚没金额52万元。', 'fines_yuan', 100000, 520000],
  ['one decision’s fine before the total', '2023年，局对某公司作出罚款3万元的处罚决定，全年罚没金额共计45万元。', '2023年，全年罚没金额共计45万元。', 'fines_yuan', 30000, 450000],
]

/** Taking part at a distance from the figure, inspections undergone, units the agency only organises, look-alike documents. */
const AT_A_DISTANCE: Probe[] = [
  ['选派N名 to another’s training, people inside the phrase', '2023年，局选派3名执法骨干参加全省应急管理系统执法能力提升培训班。', '2023年，局举办执法能力提升培训班，培训执法骨干3人次。', 'training_participants', 3, 3],
  ['主办 by others far before the attendances', '2023年，局积极组织干部职工参加由市委依法治市办、市司法局联合主办的全市国家工作人员法治专题培训，共计参训120人次。', '2023年，局举办国家工作人员法治专题培训，共计参训120人次。', 'training_participants', 120, 120],
  ['为期N天 of another’s training', '2023年，局干部参加了由省司法厅举办的为期5天的行政执法人员培训。', '2023年，局举办行政执法人员培训5期。', 'training_sessions', 5, 5],
  ['先后参加市级以上 trainings', '2023年，局干部先后参加市级以上各类法治培训12场次。', '2023年，局先后举办各类法治培训12场次。', 'training_sessions', 12, 12],
  ['组织所属各单位开展 is theirs', '2023年，局组织所属各单位开展法治培训46场。', '2023年，局组织所属各单位干部开展法治培训46场。', 'training_sessions', 46, 46],
  ['inspected by a 督查组', '2023年，局被市政府督查组检查2次。', '2023年，局对辖区企业开展执法检查2次。', 'enforcement_inspections', 2, 2],
  ['接受上级执法检查', '2023年，局接受上级执法检查5次。', '2023年，局开展执法检查5次。', 'enforcement_inspections', 5, 5],
  ['推进会 次, not inspections', '2023年，局召开行政执法工作推进会3次。', '2023年，局开展行政执法检查3次。', 'enforcement_inspections', 3, 3],
  ['参与市级联合检查', '2023年，局参与市级联合执法检查20余次。', '2023年，局开展执法检查20余次。', 'enforcement_inspections', 20, 20],
  ['协同查办 in another’s campaign', '2023年，局参与全市“护苗”等专项行动，协同查办案件8起。', '2023年，局依法查办案件8起。', 'enforcement_cases', 8, 8],
  ['合同协议, not normative documents', '2023年，局审查各类合同、协议等文件85件。', '2023年，局审查行政规范性文件85件。', 'normative_docs_reviewed', 85, 85],
  ['报送备案, not reviewed', '2023年，局报送备案规范性文件6件。', '2023年，局审查规范性文件6件。', 'normative_docs_reviewed', 6, 6],
  ['法律意见书, not legality reviews', '2023年，局法律顾问出具法律意见书32件。', '2023年，局法制审核重大行政执法决定32件。', 'legal_review_cases', 32, 32],
  ['涉法涉诉信访, not reviews', '2023年，局办理涉法涉诉信访案件15件。', '2023年，局办理行政复议案件15件。', 'reconsideration_cases', 15, 15],
  ['复议决定被撤销, not reviews', '2023年，局行政复议决定被撤销1件。', '2023年，局行政复议案件1件。', 'reconsideration_cases', 1, 1],
  ['败诉, not suits', '2023年，局行政诉讼一审判决败诉2件。', '2023年，局行政诉讼案件2件。', 'litigation_cases', 2, 2],
  ['新申领执法证件, not holders', '2023年，局开展行政执法人员资格培训2期，新申领执法证件25人。', '2023年，局持有执法证件人员25人。', 'certified_officers', 25, 25],
  ['受众 人次, not events', '2023年，局开展普法宣传活动，受众达5万人次。', '2023年，局开展普法宣传活动5场。', 'legal_publicity_events', 50000, 5],
  ['走访企业 家, not events', '2023年，局开展“送法进企业”活动，走访企业120家。', '2023年，局开展“送法进企业”活动120场。', 'legal_publicity_events', 120, 120],
  ['安全生产培训, not law', '2023年，局开展安全生产培训6场。', '2023年，局开展安全生产法治培训6场。', 'training_sessions', 6, 6],
  ['旁听 another organ’s study', '2023年，局派员旁听县政府常务会议学法4次。', '2023年，局组织干部职工集中学法4次。', 'training_sessions', 4, 4],
  ['参会 at another organ’s study', '2023年，局参会学习县委理论学习中心组法治专题学习2次。', '2023年，局党组开展法治专题学习2次。', 'training_sessions', 2, 2],
  ['本局 among three bodies’ sum', '2023年，本局、县公安局、县交通局合计查处违法案件260件。', '2023年，本局合计查处违法案件260件。', 'enforcement_cases', 260, 260],
  ['应邀参加 another’s lectures', '2023年，局应邀参加市司法局法治讲座3场。', '2023年，局邀请市司法局专家举办法治讲座3场。', 'training_sessions', 3, 3],
]

/** Plans in sections or sentences after the year's results: the result is read, the plan is not. */
const PLANS_AFTER_RESULTS: Probe[] = [
  ['下一步工作打算 section', '一、2023年工作情况\n全年举办法治培训班3期。\n二、下一步工作打算\n全年举办法治培训班4期。', '一、2023年工作情况\n全年举办法治培训班3期。', 'training_sessions', 4, 3],
  ['今后工作安排 section', '一、2023年工作情况\n全年举办法治培训班3期。\n三、今后工作安排\n（一）举办法治培训班4期。', '一、2023年工作情况\n全年举办法治培训班3期。', 'training_sessions', 4, 3],
  ['next year’s 工作思路 section', '一、2023年工作情况\n全年举办法治培训班3期。\n二、2024年工作思路\n举办法治培训班4期。', '一、2023年工作情况\n全年举办法治培训班3期。', 'training_sessions', 4, 3],
  ['计划 sentence after the result', '2023年，局开展普法活动12场。2024年，局计划开展普法活动20场。', '2023年，局开展普法活动12场。', 'legal_publicity_events', 20, 12],
  ['明年 sentence after the result', '2023年，局开展普法活动12场。明年，局开展普法活动20场。', '2023年，局开展普法活动12场。', 'legal_publicity_events', 20, 12],
  ['下一年度 sentence after the result', '2023年，局查处违法案件56件。下一年度重点查处违法案件80件。', '2023年，局查处违法案件56件。', 'enforcement_cases', 80, 56],
  ['the next year’s first month after the result', '2024年，局开展普法活动12场。2025年1月，局开展普法活动3场。', '2024年，局开展普法活动12场。', 'legal_publicity_events', 3, 12],
  ['作为第三人 in another’s suit', '2023年，局作为第三人参加行政诉讼2件。', '2023年，局作为被告的行政诉讼案件2件。', 'litigation_cases', 2, 2],
  ['作为第三人 in another’s review', '2023年，局作为第三人参加行政复议3件。', '2023年，局作为被申请人的行政复议案件3件。', 'reconsideration_cases', 3, 3],
  ['其中由本局牵头 part of the county’s total', '2023年，全县排查矛盾纠纷1860件，其中由本局牵头排查的120件。', '2023年，本局牵头排查矛盾纠纷120件。', 'disputes_identified', 1860, 120],
  ['本厅 rate after the province’s', '2023年，全省行政复议案件纠错率为15.2%，本厅纠错率为11%。', '2023年，本厅行政复议纠错率为11%。', 'reconsideration_correction_pct', 15.2, 11],
  ['其中交本局办理 part of the government’s total', '2023年，县政府共承办建议提案320件，其中交本局办理18件。', '2023年，本局承办建议提案18件。', 'proposals_handled', 320, 18],
  ['其中交本局下属单位 is a part of the own total', '2023年，局共收到建议提案20件，其中交本局下属单位办理5件。', '2023年，局共收到建议提案20件。', 'proposals_handled', 5, 20],
  ['本局 rate after the city’s average', '2023年，全市全程网办比例平均达到80%，本局达到92%。', '2023年，本局全程网办比例达到92%。', 'online_processing_pct', 80, 92],
]

const GROUPS: [string, Probe[]][] = [
  ['counts of what the agency only took part in', PART_TAKEN],
  ['sub-totals of several bodies and area totals', SUBTOTALS],
  ['a different measure with the same measure word', OTHER_MEASURE],
  ['targets, requirements and plans', TARGETS],
  ['past-year, multi-year figures and changes', OTHER_YEARS],
  ['percentages of another base', OTHER_BASE],
  ['figures inside titles and numbering', TITLES],
  ['money, dates, hotlines and spans', MONEY_DATES],
  ['people against attendances, and examples', PEOPLE_EXAMPLES],
  ['the same forms reworded', REWORDED],
  ['a distractor beside the own figure', SIDE_BY_SIDE],
  ['look-alike measures of each family', LOOKALIKES],
  ['report wording with the own figure beside others', IN_REPORT_WORDING],
  ['taking part at a distance, inspections undergone, look-alike documents', AT_A_DISTANCE],
  ['plans after the year’s results', PLANS_AFTER_RESULTS],
]

for (const [group, probes] of GROUPS) {
  describe(group, () => {
    it.each(probes)('%s: the distractor is not read', (_form, distractor, _near, indicator, figure) => {
      expect(read(distractor, indicator)).not.toBe(figure)
    })
    it.each(probes)('%s: the near miss is read', (_form, _distractor, near, indicator, _figure, value) => {
      expect(read(near, indicator)).toBe(value)
    })
  })
}

it('has at least 60 pairs across every family', () => {
  const all = GROUPS.flatMap(([, p]) => p)
  expect(all.length).toBeGreaterThanOrEqual(60)
})
