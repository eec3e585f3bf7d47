/**
 * Cross forms of round 49 (issue 11: holdout enforcement F1 0.686 with 18 false values, training 0.732, mediation 0.800; fresh batches
 * read P 0.727 on their first run). Weighted to precision in the three families: numbers that sit beside the indicator's words and are
 * not the author's figure of the year — a whole system's or area's totals in a department's report, named sub-units (中队, 所, 科室,
 * 大队), objects counted (商户, 车辆, 船只, 吨, 份) against cases, money of other kinds (案值, 退赔, 税款, 补偿, 挽回损失), spans of years
 * (本届政府以来, 近五年, 历年), changes and shares (同比, 较上年, 占比), ranks, scores and prizes, document numbers, articles (第N条),
 * hotlines, dates and ages; plans and quotas in new shapes (拟, 计划, 任务数, 每月); what others organised; mediation by courts, police,
 * arbitration and petition bureaus against the author's committees; training the author gives others against its own staff trained;
 * publicity reach (场次, 份, 人次) against study sessions. And the positive side in shapes the earlier rounds did not write: a figure
 * before its term after a colon, a table flattened into 名称：数值 pairs, four figures in one sentence, Chinese numerals and 约/近/余.
 * Authors of five levels (a ministry, a province's department, a city's bureau, a county's government and bureaus, a town and a
 * street), some in traditional script. Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const MIN = head('生态环境部')
const PRV_MKT = head('江西省市场监督管理局')
const PRV_TR = head('甘肃省交通运输厅')
const CITY_URB = head('鹿鸣市城市管理局')
const CITY_URB_T = headT('鹿鳴市城市管理局')
const CITY_JUS = head('鹿鸣市司法局')
const CITY_ECO = head('鹿鸣市生态环境局')
const CITY_TAX = head('国家税务总局鹿鸣市税务局')
const CO_GOV = head('云溪县人民政府')
const CO_GOV_T = headT('雲溪縣人民政府')
const CO_MKT = head('云溪县市场监督管理局')
const CO_MKT_T = headT('雲溪縣市場監督管理局')
const CO_TR = head('云溪县交通运输局')
const CO_JUS = head('云溪县司法局')
const CO_JUS_T = headT('雲溪縣司法局')
const CO_HLT = head('云溪县卫生健康局')
const CO_FOR = head('云溪县林业局')
const CO_AGR = head('云溪县农业农村局')
const CO_LAB = head('云溪县人力资源和社会保障局')
const CO_EMG = head('云溪县应急管理局')
const CO_LAND = head('云溪县自然资源局')
const CO_ZF = head('云溪县综合行政执法局')
const TOWN = head('石门镇人民政府')
const TOWN_T = headT('石門鎮人民政府')
const STREET = head('南关街道办事处')

export const ENFORCEMENT_49: Probe39[] = [
  // named sub-units and the bodies below
  ['two named squadrons, no total', `${CITY_URB}城东执法中队查处违法案件214起，城西执法中队查处187起。`, {}],
  ['a market office below the bureau', `${CO_MKT}城关市场监管所办理简易程序处罚案件56件。`, {}],
  ['the districts\' bureaus in a city bureau', `${CITY_ECO}各区分局共办理环境违法案件318件。`, {}],
  ['a province department: its own area\'s total stays read', `${PRV_MKT}全省各级市场监管部门查办各类违法案件4.6万件。`, { enforcement_cases: [46000, 'exact'] }],
  ['a province department: its own cases beside those it supervised', `${PRV_MKT}省局本级直接查办案件41件，指导督办各地大要案128件。`, { enforcement_cases: [41, 'exact'] }],
  ['a ministry: the local bodies\' total', `${MIN}指导各地生态环境部门下达处罚决定书8.3万份，罚没款金额62亿元。`, {}],
  ['a county government: the system\'s cases in a department\'s sentence', `${CO_GOV}全县交通运输系统共查处超限超载车辆1260台次。`, {}],
  // objects counted against cases
  ['stalls and signboards cleared', `${CITY_URB}清理占道经营摊点3260处，拆除违规广告牌匾418块。`, {}],
  ['notices issued are no cases', `${CO_MKT}检查农贸市场和超市经营户1860户，下达责令改正通知书73份。`, {}],
  ['vehicles seized and goods unloaded', `${CO_TR}查扣非法营运车辆58台，卸载超限货物960吨。`, {}],
  ['boats and nets in a farm bureau', `${CO_AGR}清理取缔违规渔具320张，查获涉渔“三无”船舶12艘。`, {}],
  ['trees and area in a forestry bureau', `${CO_FOR}查处案件涉及林木蓄积量86立方米、林地面积12.6亩。`, {}],
  ['persons punished beside the cases', `${CO_LAB}查处违法案件38件，责令用人单位为426名劳动者补签劳动合同。`, { enforcement_cases: [38, 'exact'] }],
  ['workers owed in traditional script', `${CO_MKT_T}為農民工追回被拖欠工資386萬元，涉及勞動者1025人。`, {}],
  // money of other kinds
  ['the value of the cases beside fines', `${CO_MKT}全年查处案件132件，案值合计286万元，罚没款98.5万元。`,
    { enforcement_cases: [132, 'exact'], fines_yuan: [985000, 'exact'] }],
  ['tax recovered and late fees', `${CITY_TAX}追缴欠缴税款1.2亿元，加收滞纳金360万元。`, {}],
  ['refunds ordered to buyers', `${CO_MKT}责令经营者退赔消费者损失23.6万元。`, {}],
  ['land compensation beside the land cases', `${CO_LAND}发放征地补偿款3200万元，查处违法用地案件19宗。`, { enforcement_cases: [19, 'exact'] }],
  ['money involved in traditional script, cases kept', `${CO_MKT_T}全年查辦違法案件47件，涉案金額1260萬元。`, { enforcement_cases: [47, 'exact'] }],
  ['confiscated goods counted in 万元', `${CO_MKT}没收假冒伪劣商品货值约18万元。`, {}],
  ['a fund recovered by audit', `${CO_HLT}追回医保基金违规支出资金156万元。`, {}],
  // years and spans
  ['this government\'s term', `${CO_ZF}本届政府以来累计查处违法建设案件1560起。`, {}],
  ['the last five years', `${CITY_URB}近五年共办理城市管理行政处罚案件9800余件。`, {}],
  ['since a code was set up', `${CO_MKT}自“双随机”监管机制建立以来，累计抽查市场主体6200户次。`, {}],
  ['the year before in brackets', `${CO_TR}查处道路运输违法案件312起（上年为268起）。`, { enforcement_cases: [312, 'exact'] }],
  ['historical total only', `${CO_EMG}历年累计下达执法文书2400余份。`, {}],
  // changes, shares and rates
  ['cases fell by a share and a count', `${CO_TR}行政处罚案件数同比下降18.6%，较上年减少42件。`, {}],
  ['fines grew by an amount', `${CO_MKT}罚没金额较上年增加260万元。`, {}],
  ['more than the year before after the count', `${CO_ZF}办结执法案件386件，比上年多出57件。`, { enforcement_cases: [386, 'exact'] }],
  ['one kind\'s share of the cases', `${CO_MKT}食品类案件占全部案件的41%。`, {}],
  // ranks, scores, numbers that are labels
  ['a file score and a rank', `${CITY_ECO}执法案卷评查得分96.5分，位居全省第3名。`, {}],
  ['ranked second in cases', `${CO_MKT}办案数量位列全市第二。`, {}],
  ['an article of a regulation', `${CITY_URB}依据《城市市容和环境卫生管理条例》第三十六条，对违法行为人处以罚款。`, {}],
  ['a hotline then the own cases', `${CO_MKT}12315热线受理投诉举报2868件，立案查处87件。`, { enforcement_cases: [87, 'exact'] }],
  ['a document number of a rule', `${PRV_TR}印发《交通运输行政执法程序实施细则》（甘交执法〔2023〕12号）。`, {}],
  ['dates of a campaign', `${CO_MKT}于9月15日至10月30日开展校园周边食品安全专项执法检查。`, {}],
  ['an age of an offender', `${CO_LAB}对一名年满65周岁的违法当事人依法从轻处罚。`, {}],
  // plans and quotas
  ['next year\'s plan of checks', `${CO_MKT}明年计划开展“双随机”抽查不少于120次。`, {}],
  ['checks per month', `${CO_ZF}按照“月检查、季通报”要求，每月开展执法检查2次。`, {}],
  ['a forecast of penalties', `${CITY_TAX}预计全年税务行政处罚案件将超过500件。`, {}],
  ['a quota handed down', `${CO_EMG}市应急管理局下达我局年度执法检查任务60家次。`, {}],
  // what others organised
  ['checks with a province group', `${CO_HLT}配合省卫生健康委督查组完成对12家医院的执法检查。`, {}],
  ['a cross-region action under the city', `${CO_FOR}在市林业局统一部署下，抽调执法骨干参与跨区域联合执法检查5轮。`, {}],
  ['a town helping in demolitions', `${TOWN}配合县综合行政执法局拆除违法建筑23处。`, {}],
  // the own figure in unusual shapes
  ['penalties after a colon, fines after', `${CO_MKT}全年行政处罚案件：办结328件，罚没款412.6万元。`, { penalty_cases: [328, 'exact'], fines_yuan: [4126000, 'exact'] }],
  ['a table flattened into name-value pairs', `${CO_MKT}执法检查次数：1460次；行政处罚案件数：238件；罚没金额：356.8万元。`,
    { enforcement_inspections: [1460, 'exact'], penalty_cases: [238, 'exact'], fines_yuan: [3568000, 'exact'] }],
  ['four figures in one sentence', `${CO_TR}全年出动执法人员5600人次，检查车辆1.2万台次，查处违法案件865起，罚款金额312万元。`,
    { enforcement_cases: [865, 'exact'], fines_yuan: [3120000, 'exact'] }],
  ['a town team\'s cases in Chinese numerals', `${TOWN}镇综合行政执法队全年查处违法案件一百二十七起。`, { enforcement_cases: [127, 'exact'] }],
  ['约 on penalties and fines', `${CITY_ECO}全年作出行政处罚决定约150件，罚款金额约2100万元。`,
    { penalty_cases: [150, 'approx'], fines_yuan: [21000000, 'approx'] }],
  ['traditional: checks and penalties', `${CITY_URB_T}全年開展執法檢查2360次，辦理行政處罰案件512件。`,
    { enforcement_inspections: [2360, 'exact'], penalty_cases: [512, 'exact'] }],
  ['complaints the squadrons received', `${CO_ZF}各执法中队全年累计受理群众投诉3100件。`, {}],
  ['a case chosen as a model', `${CO_MKT}办理的1起案件入选全省市场监管执法典型案例。`, {}],
  ['schools ordered to stop', `${CO_TR}对违规经营的12家驾校责令停业整顿。`, {}],
  ['water samples and a pass rate', `${CO_HLT}监督抽检生活饮用水水样186份，合格率97.8%。`, {}],
  ['a pass rate then the cases', `${CO_AGR}农产品质量安全例行监测合格率达99.2%，查处违法案件11件。`, { enforcement_cases: [11, 'exact'] }],
  ['checks and hazards with a major part', `${CO_FOR}开展森林防火执法检查46次，发现并整改火灾隐患88处，其中重大隐患3处。`,
    { enforcement_inspections: [46, 'exact'], hazards_rectified: [88, 'exact'] }],
  ['a street: the cases after the sub-units\' people', `${STREET}出动城管、市场监管等执法力量1200人次，查处违法案件64起。`, { enforcement_cases: [64, 'exact'] }],
]

export const TRAINING_49: Probe39[] = [
  // training the author gives others
  ['township staff trained by a county bureau', `${CO_AGR}为各乡镇农业综合服务站人员举办业务培训2期，培训160人次。`, {}],
  ['drivers taught by a transport bureau', `${CO_TR}对客运驾驶员开展安全法规培训12场，受训4800人次。`, {}],
  // (the corpus reads a 法律明白人 course the author holds as its own, b-tw-litian-2021-training: so does this probe)
  ['village law helpers taught by a justice bureau stay its courses', `${CO_JUS}为全县村（社区）“法律明白人”开展培训6期，培训980人次。`,
    { training_sessions: [6, 'exact'], training_participants: [980, 'exact'] }],
  ['school pupils in a health bureau', `${CO_HLT}到中小学开展禁毒法治课26堂，受教育学生5200人次。`, { legal_publicity_events: [26, 'exact'] }],
  // the author's staff sent to others\' courses
  ['staff chosen for the province\'s online course', `${CO_MKT}选派42名执法人员参加省局组织的网络培训。`, {}],
  ['leaders at the party school', `${CO_GOV}县政府领导班子成员参加市委党校法治专题轮训8人次。`, {}],
  ['attended in traditional script', `${CO_JUS_T}選派幹部參加司法部舉辦的行政復議業務培訓3人次。`, {}],
  // publicity reach against study sessions
  ['publicity events, leaflets and people', `${CO_JUS}开展“法律进乡村”宣传活动36场次，发放宣传资料1.2万份，受教育群众8600人次。`, { legal_publicity_events: [36, 'exact'] }],
  ['study beside publicity', `${CO_JUS}局机关集中学法12次；开展普法宣传活动45场次，发放资料2万余份。`,
    { training_sessions: [12, 'exact'], legal_publicity_events: [45, 'exact'] }],
  ['publicity reach alone', `${CO_MKT}通过“3·15”活动向群众普及消费维权知识，覆盖1.6万人次。`, {}],
  ['posts read online', `${CITY_JUS}普法微信公众号推送文章365篇，阅读量达120万次。`, {}],
  // hours
  ['online hours per person', `${CITY_TAX}干部在线学法平均每人42学时。`, { training_hours_per_person: [42, 'exact'] }],
  ['a course\'s hours are no hours per person', `${CITY_TAX}本期培训班共安排课程32学时。`, {}],
  ['the whole bureau\'s hours', `${CITY_TAX}全局累计学法时长1.5万小时。`, {}],
  ['hours required', `${CO_HLT}要求每名干部年度学法不少于40学时。`, {}],
  // certified officers
  ['new cards beside the holdings', `${CITY_URB}新增取得执法证人员18名，全局持证执法人员达到136名。`, { certified_officers: [136, 'exact'] }],
  ['officers\' average age', `${CO_ZF}执法人员平均年龄42岁，持证率100%。`, {}],
  ['exam takers and passes', `${CO_MKT}组织126名执法人员参加执法资格考试，通过112名。`, {}],
  ['holdings in traditional script', `${CO_MKT_T}全局持有行政執法證件人員共計88名。`, { certified_officers: [88, 'exact'] }],
  // scores, prizes, ranks
  ['an exam\'s average score', `${CO_HLT}组织干部参加年度学法考试，平均得分92.6分。`, {}],
  ['a quiz prize', `${CO_HLT}在全市宪法知识竞赛中获得团体第二名。`, {}],
  ['an article studied', `${CO_GOV}集中学习《行政处罚法》第三十三条关于首违不罚的规定。`, {}],
  ['a date of a study', `${CO_GOV}于12月4日国家宪法日组织机关干部集中学习宪法。`, {}],
  // others' and sub-units' sessions
  ['the party school\'s courses', `${CO_GOV}县委党校全年开设法治课程16门。`, {}],
  ['the counties\' bureaus in a city bureau', `${CITY_JUS}各县区司法局共举办法治培训班23期。`, {}],
  ['spans of a term', `${CO_GOV}本届政府以来，常务会议会前学法累计56次。`, {}],
  ['a change in sessions', `${CO_GOV}会前学法次数较上年增加3次。`, {}],
  // the own figure in unusual shapes
  ['a colon and two figures', `${CO_EMG}学法培训情况：举办培训班4期，参训干部320人次。`, { training_sessions: [4, 'exact'], training_participants: [320, 'exact'] }],
  ['study, courses and a hearing with the trainees after', `${CO_ZF}全年开展集中学法10次、专题培训3期、旁听庭审1次，参训执法人员累计450人次。`,
    { training_sessions: [13, 'derived'], training_participants: [450, 'exact'] }],
  ['Chinese numerals for study and hours', `${TOWN}镇机关全年集中学法十二次，干部人均学法四十八学时。`,
    { training_sessions: [12, 'exact'], training_hours_per_person: [48, 'exact'] }],
  ['近 on people', `${CO_LAB}举办劳动保障监察执法培训2期，参训人员近200人次。`, { training_sessions: [2, 'exact'], training_participants: [200, 'approx'] }],
  ['traditional lectures and people', `${CO_GOV_T}縣政府舉辦領導幹部法治講座4場，參加人員560餘人次。`,
    { training_sessions: [4, 'exact'], training_participants: [560, 'approx'] }],
  ['one course, its days and its people', `${CO_LAB}举办人社系统执法人员培训班1期，培训时间为3天，参训58人。`,
    { training_sessions: [1, 'exact'], training_participants: [58, 'exact'] }],
  ['exam takers are no trainees', `${CO_GOV}全县132名执法人员参加公共法律知识网络考试，参考率100%。`, {}],
  ['a street\'s study in Chinese numerals beside essays', `${STREET}街道党工委理论学习中心组专题学法四次，班子成员撰写学法心得12篇。`, { training_sessions: [4, 'exact'] }],
  ['a province department\'s courses', `${PRV_TR}举办全省交通运输执法骨干培训班2期，培训学员300名。`, { training_sessions: [2, 'exact'], training_participants: [300, 'exact'] }],
]

export const MEDIATION_49: Probe39[] = [
  // other bodies' mediation
  ['a court\'s pre-suit mediation in a justice bureau\'s report', `${CO_JUS}县人民法院诉前调解纠纷1260件，调解成功832件。`, {}],
  ['police stations\' disputes', `${CO_GOV}各派出所调处治安纠纷560起。`, {}],
  ['an arbitration court\'s closures', `${CO_LAB}县劳动人事争议仲裁院结案率达到96%。`, {}],
  ['a petition bureau\'s matters in a county government are the county\'s', `${CO_GOV}县信访局全年受理群众信访事项1360件。`, { petitions_handled: [1360, 'exact'] }],
  ['a traffic police mediation', `${CO_GOV}交警大队调解道路交通事故纠纷430起。`, {}],
  // the author's committees and the county's
  ['four stages in one sentence', `${CO_JUS}全年排查矛盾纠纷1280件，调解1265件，调解成功1248件，调解成功率98.7%。`,
    { disputes_identified: [1280, 'exact'], disputes_resolved: [1248, 'exact'], mediation_success_pct: [98.7, 'exact'] }],
  ['a town\'s two levels together', `${TOWN}镇村两级调解组织化解矛盾纠纷184起。`, { disputes_resolved: [184, 'exact'] }],
  ['a street committee in Chinese numerals', `${STREET}人民调解委员会全年调结纠纷九十二件，调解成功率百分之百。`,
    { disputes_resolved: [92, 'exact'], mediation_success_pct: [100, 'exact'] }],
  ['a colon, then the stages', `${TOWN}矛盾纠纷排查化解：排查纠纷76件，化解74件。`, { disputes_identified: [76, 'exact'], disputes_resolved: [74, 'exact'] }],
  ['traditional stages', `${TOWN_T}全年排查各類矛盾糾紛158件，成功化解152件。`, { disputes_identified: [158, 'exact'], disputes_resolved: [152, 'exact'] }],
  // numbers beside the mediation words
  ['money involved in mediation', `${TOWN}调解涉及金额380万元，为群众挽回经济损失96万元。`, {}],
  ['visits in 批次 and 人次 beside matters', `${TOWN}接待群众来访112批次368人次，办理信访事项86件。`, { petitions_handled: [86, 'exact'] }],
  ['hotline tickets are no petitions', `${STREET}受理12345热线工单4260件，办结率99.3%。`, {}],
  ['a rank in petition work', `${STREET}信访工作考核位列全区第一名。`, {}],
  ['five years of mediation', `${CO_JUS}近五年累计调解矛盾纠纷1.8万件。`, {}],
  ['a change of the success rate', `${CO_JUS}矛盾纠纷调解成功率较上年提高2.3个百分点。`, {}],
  ['one kind\'s share of the disputes', `${CO_JUS}婚姻家庭纠纷占调解纠纷总数的31%。`, {}],
  ['a target of resolution', `${TOWN}确保矛盾纠纷化解率达到95%以上。`, {}],
  ['mediators counted', `${CO_JUS}全县共有人民调解员1268名，其中专职人民调解员86名。`, {}],
  ['mediators trained by the bureau', `${CO_JUS}举办人民调解员培训班3期，培训调解员420人次。`, {}],
  ['committees set up', `${CITY_JUS}新设立行业性专业性人民调解委员会14个。`, {}],
  ['a kind\'s success rate', `${CO_HLT}医疗纠纷人民调解委员会调解成功率为88%。`, {}],
  ['cases the villages mediated in a town', `${TOWN}各村调委会共调解邻里纠纷63件。`, {}],
  ['committees and mediators\' ages', `${CO_JUS}全县共建成人民调解组织286个，调解员平均年龄52岁。`, {}],
  ['a city bureau\'s area-wide mediation with a change', `${CITY_JUS}全市人民调解组织调解纠纷3.2万件，比上年增长8%。`, { disputes_resolved: [32000, 'exact'] }],
  ['traditional county-wide mediation and its rate', `${CO_GOV_T}全縣調解矛盾糾紛2860件，調解成功率98.5%。`,
    { disputes_resolved: [2860, 'exact'], mediation_success_pct: [98.5, 'exact'] }],
  ['letters and visits accepted by a town', `${TOWN}受理群众来信来访45件，均已按期办结。`, { petitions_handled: [45, 'exact'] }],
  ['约 on the disputes, 余 on the petitions', `${STREET}全年化解各类矛盾纠纷约420件，办理信访件210余件。`,
    { disputes_resolved: [420, 'approx'], petitions_handled: [210, 'approx'] }],
]

export const ALL_49: [string, Probe39[]][] = [['enforcement', ENFORCEMENT_49], ['training', TRAINING_49], ['mediation', MEDIATION_49]]
