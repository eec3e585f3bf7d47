/**
 * Distractor forms of round 46, oversight and training (the other families in distractorForms46.ts): proposals, normative documents
 * reviewed and filed, legal reviews, major decisions and disclosure requests; study sessions, participants, hours, card holders and
 * publicity events, each beside a figure that is not the author's of the year (the year before, changes, spans, wider areas, bodies
 * below and sister bodies, units and people involved, money, ranks, shares of another base, documents and meetings about the
 * measure, plans and targets, parts of the year, titles and slogans). Sentences invented for this test.
 */
import { head, headT, type Probe39 } from './unseenForms39'

const G = head('柳塘县人民政府')
const GT = headT('柳塘縣人民政府')
const GC = head('云岭市人民政府')
const GP = head('江西省人民政府')
const J = head('柳塘县司法局')
const JT = headT('柳塘縣司法局')
const JC = head('云岭市司法局')
const JP = head('江西省司法厅')
const SC = head('柳塘县市场监督管理局')
const WJ = head('柳塘县卫生健康局')
const WJT = headT('柳塘縣衛生健康局')
const JY = head('柳塘县教育局')
const MZ = head('柳塘县民政局')
const ZJ = head('云岭市住房和城乡建设局')
const HB = head('云岭市生态环境局')
const YJ = head('柳塘县应急管理局')
const JTY = head('柳塘县交通运输局')
const GA = head('柳塘县公安局')
const SW = head('国家税务总局柳塘县税务局')
const SL = head('水利部')
const YB = head('柳塘县医疗保障局')
const Z = head('石桥镇人民政府')
const ZT = headT('石橋鎮人民政府')
const S = head('南湖街道办事处')

export const OVERSIGHT_46: Probe39[] = [
  // proposals
  ['proposals: the year before after', `${G}全年办理人大代表建议和政协提案186件，上年为172件。`, { proposals_handled: [186, 'exact'] }],
  ['proposals: a change alone', `${G}承办建议提案数同比增加14件。`, {}],
  ['proposals: since the plan period', `${G}“十四五”以来累计办理建议提案860件。`, {}],
  ['proposals: the city\'s total in a county bureau', `${JY}全市共办理人大代表建议1260件，我局承办建议36件。`, { proposals_handled: [36, 'exact'] }],
  ['proposals: delegates involved', `${JY}办理建议提案36件，涉及代表委员120人次。`, { proposals_handled: [36, 'exact'] }],
  ['proposals: satisfaction rate', `${JY}代表委员满意率100%。`, {}],
  ['proposals: meetings with delegates', `${ZJ}召开建议提案面商会8次。`, {}],
  ['proposals: a rank', `${ZJ}建议提案办理工作考核全市第2名。`, {}],
  ['proposals: funds solved by proposals', `${ZJ}通过办理提案落实资金1200万元，办理提案42件。`, { proposals_handled: [42, 'exact'] }],
  ['proposals: a town\'s share of the county', `${Z}全县人大代表建议共326件。`, {}],
  ['proposals: traditional, the year before', `${GT}全年辦理人大代表建議和政協提案186件，上年為172件。`, { proposals_handled: [186, 'exact'] }],
  ['proposals: a half-year', `${G}上半年办结建议提案120件。`, {}],
  // normative documents reviewed and filed
  ['reviewed: the year before after', `${J}全年审核规范性文件42件，上年为38件。`, { normative_docs_reviewed: [42, 'exact'] }],
  ['reviewed: cleared since a year', `${G}2018年以来累计清理规范性文件1260件。`, {}],
  ['reviewed: a change alone', `${J}审核规范性文件数量同比下降10%。`, {}],
  ['reviewed: kept and repealed parts', `${G}清理规范性文件236件，保留186件，废止32件，修改18件。`, { normative_docs_reviewed: [236, 'exact'] }],
  ['reviewed: opinions given are no documents', `${J}审核规范性文件42件，提出修改意见126条。`, { normative_docs_reviewed: [42, 'exact'] }],
  ['reviewed: the towns\' documents', `${G}各乡镇报送审核规范性文件36件。`, {}],
  ['reviewed: meetings about the review', `${J}召开规范性文件审查会议6次。`, {}],
  ['reviewed: a plan', `${G}计划年内清理规范性文件不少于200件。`, {}],
  ['reviewed: a ministry\'s nation is its own area (`optional`, read)', `${SL}全国水利系统清理规范性文件3600余件。`, { normative_docs_reviewed: [3600, 'approx'] }],
  ['filed: the year before', `${G}报送市政府备案规范性文件12件，上年报备9件。`, { normative_docs_filed: [12, 'exact'] }],
  ['filed: a rate is no count', `${G}规范性文件备案率100%。`, {}],
  ['filed: the city\'s total in a county', `${G}全市共报备规范性文件186件。`, {}],
  ['filed: a rank', `${GC}规范性文件备案审查工作全省排名第4。`, {}],
  ['filed: a province quoting the nation', `${GP}全国各省区市共报送国务院备案规章1200件。`, {}],
  ['filed: traditional, a change', `${GT}報送備案規範性文件12件，同比增加3件。`, { normative_docs_filed: [12, 'exact'] }],
  // legal reviews
  ['legal review: the year before', `${SC}全年法制审核重大执法决定86件，上年为72件。`, { legal_review_cases: [86, 'exact'] }],
  ['legal review: opinions beside the count', `${SC}法制审核案件86件，提出审核意见230条。`, { legal_review_cases: [86, 'exact'] }],
  ['legal review: contracts are no cases', `${G}审查合同协议236份。`, {}],
  ['legal review: a rate alone', `${HB}重大执法决定法制审核率100%。`, {}],
  ['legal review: since a year', `${SC}2020年以来累计法制审核案件320件。`, {}],
  ['legal review: the offices below', `${SC}各市场监管所法制审核案件126件。`, {}],
  ['legal review: reviewers counted', `${SC}配备法制审核人员8名，全年法制审核案件86件。`, { legal_review_cases: [86, 'exact'] }],
  ['legal review: a quarter', `${HB}第三季度法制审核案件26件。`, {}],
  // major decisions
  ['decisions: the year before', `${G}全年作出重大行政决策12项，上年为9项。`, { major_decisions: [12, 'exact'] }],
  ['decisions: catalogue items are planned', `${G}公布年度重大行政决策事项目录，列入事项8项。`, {}],
  ['decisions: hearings and opinions', `${G}重大行政决策事项召开听证会3场，征求意见560条。`, {}],
  ['decisions: since the plan period', `${GC}“十四五”以来累计作出重大行政决策46项。`, {}],
  ['decisions: a sister government\'s quoted', `${G}全市各县区共作出重大行政决策86项，我县作出12项。`, { major_decisions: [12, 'exact'] }],
  ['decisions: money of a decision', `${G}重大行政决策涉及资金8.6亿元。`, {}],
  ['decisions: after-evaluations are no decisions', `${G}开展重大行政决策后评估3项。`, {}],
  ['decisions: traditional, the year before', `${GT}全年作出重大行政決策12項，上年為9項。`, { major_decisions: [12, 'exact'] }],
  // disclosure requests
  ['disclosure: the year before', `${G}全年受理政府信息公开申请236件，上年为198件。`, { info_disclosure_requests: [236, 'exact'] }],
  ['disclosure: a change alone', `${G}依申请公开数量同比增长26%。`, {}],
  ['disclosure: carried over from the year before', `${G}上年结转政府信息公开申请12件。`, {}],
  ['disclosure: proactive items are no requests', `${G}主动公开政府信息3600条，受理依申请公开236件。`, { info_disclosure_requests: [236, 'exact'] }],
  ['disclosure: applicants counted', `${G}依申请公开申请人共186人。`, {}],
  ['disclosure: a government\'s departments are its own (as 县市场监管局 in its report)', `${G}县政府各部门共受理政府信息公开申请560件。`, { info_disclosure_requests: [560, 'exact'] }],
  ['disclosure: fees are no requests', `${G}收取信息处理费0元，受理政府信息公开申请236件。`, { info_disclosure_requests: [236, 'exact'] }],
  ['disclosure: a street, the district\'s total', `${S}全区受理依申请公开1260件，本街道受理依申请公开18件。`, { info_disclosure_requests: [18, 'exact'] }],
  ['disclosure: a half-year', `${G}上半年受理依申请公开112件。`, {}],
  ['disclosure: a medical insurer', `${YB}受理政府信息公开申请8件，同比减少2件。`, { info_disclosure_requests: [8, 'exact'] }],
  ['disclosure: a town traditional', `${ZT}受理政府信息公開申請6件，上年為4件。`, { info_disclosure_requests: [6, 'exact'] }],
  ['disclosure: a slogan\'s figure', `${G}推进“政务公开日”活动12场，受理政府信息公开申请236件。`, { info_disclosure_requests: [236, 'exact'] }],
  ['decisions: a title with years', `${G}落实《重大行政决策程序暂行条例》，全年作出重大行政决策12项。`, { major_decisions: [12, 'exact'] }],
  ['reviewed: a title\'s number', `${J}依据《规范性文件管理办法（2020年修订）》审核规范性文件42件。`, { normative_docs_reviewed: [42, 'exact'] }],
  ['proposals: a slogan', `${JY}坚持“三见面”办理机制，办理建议提案36件。`, { proposals_handled: [36, 'exact'] }],
  ['proposals: a target', `${JY}确保建议提案按期办结率100%。`, {}],
  ['filed: a target', `${G}确保规范性文件报备率达到100%。`, {}],
  ['proposals: a sister bureau\'s', `${MZ}县教育局承办建议提案36件。`, {}],
  ['reviewed: documents on the review are counted as documents reviewed only by their verb', `${J}出台规范性文件审核制度文件1件，审核规范性文件42件。`, { normative_docs_reviewed: [42, 'exact'] }],
  ['decisions: a town', `${Z}全年作出重大行政决策2项，县政府同期作出12项。`, { major_decisions: [2, 'exact'] }],
  ['legal review: a street', `${S}法制审核执法决定36件，区执法局同期审核860件。`, { legal_review_cases: [36, 'exact'] }],
]

export const TRAINING_46: Probe39[] = [
  // the year before and changes
  ['sessions: the year before after', `${WJ}全年开展集中学法12次，上年为10次。`, { training_sessions: [12, 'exact'] }],
  ['sessions: the year before\'s only', `${WJ}2022年开展集中学法10次。`, {}],
  ['participants: 去年同期 beside the year', `${YJ}全年培训执法人员860人次，去年同期为720人次。`, { training_participants: [860, 'exact'] }],
  ['participants: a change alone', `${YJ}参训人次同比增长19%。`, {}],
  ['participants: a change in 人次 alone', `${YJ}参训人员较上年增加140人次。`, {}],
  ['publicity: a change after the count', `${J}开展普法宣传活动326场，同比增长15%。`, { legal_publicity_events: [326, 'exact'] }],
  ['publicity traditional: a change after the count', `${JT}開展普法宣傳活動326場，同比增長15%。`, { legal_publicity_events: [326, 'exact'] }],
  ['hours: the year before then the year', `${WJ}上年人均学法32学时，今年人均学法40学时。`, { training_hours_per_person: [40, 'exact'] }],
  ['certified: a change then the count', `${SC}持证执法人员较上年增加12名，达到126名。`, { certified_officers: [126, 'exact'] }],
  ['traditional: sessions and the year before', `${WJT}全年開展集中學法12次，上年為10次。`, { training_sessions: [12, 'exact'] }],
  // spans
  ['publicity since the plan period', `${J}“八五”普法以来累计开展普法活动1860场。`, {}],
  ['sessions since a year', `${WJ}2020年以来累计举办法治讲座36场。`, {}],
  ['participants over three years then the year', `${YJ}近三年累计培训执法人员2600人次，今年培训860人次。`, { training_participants: [860, 'exact'] }],
  // wider areas, bodies below, sister bodies
  ['publicity: the province\'s total in a county bureau', `${J}全省共开展“宪法宣传周”活动1.2万场。`, {}],
  ['publicity: the city\'s total then the county\'s', `${J}全市开展普法活动5200场，其中我县开展326场。`, { legal_publicity_events: [326, 'exact'] }],
  ['publicity: the justice offices below', `${J}各司法所开展普法宣传活动420场。`, {}],
  ['sessions: the schools below', `${JY}全县各中小学开展法治教育活动860场。`, {}],
  ['sessions: a sister bureau\'s course', `${JTY}县司法局举办法治培训班3期。`, {}],
  ['participants: a party school\'s course', `${MZ}县委党校举办法治专题班，我局12名干部参训。`, {}],
  ['certified: the county\'s total in a bureau', `${SC}全县持证执法人员1260名，我局持证执法人员126名。`, { certified_officers: [126, 'exact'] }],
  ['a town: the county\'s publicity quoted', `${Z}全县开展普法活动3600场，我镇开展普法活动86场。`, { legal_publicity_events: [86, 'exact'] }],
  // units, people, items
  ['publicity: people reached', `${J}开展普法宣传活动326场，受众群众5.6万人次。`, { legal_publicity_events: [326, 'exact'] }],
  ['publicity: leaflets handed out', `${J}发放宣传资料3.2万份。`, {}],
  ['publicity: villages covered', `${J}普法活动覆盖全县236个村（社区）。`, {}],
  ['sessions: units attending', `${G}组织86个部门负责人参加集中学法，全年集中学法4次。`, { training_sessions: [4, 'exact'] }],
  ['participants: sessions beside the people', `${HB}举办执法培训班3期，培训执法人员260人次。`, { training_sessions: [3, 'exact'], training_participants: [260, 'exact'] }],
  ['certified: officers on the payroll', `${SC}在编执法人员136名，持证执法人员126名。`, { certified_officers: [126, 'exact'] }],
  ['certified: cards newly issued', `${SC}新申领执法证件18个。`, {}],
  ['hours: credits are no hours', `${WJ}干部人均学法积分52分，人均学法40学时。`, { training_hours_per_person: [40, 'exact'] }],
  // money
  ['publicity: funds spent', `${J}投入普法经费36万元，开展普法活动326场。`, { legal_publicity_events: [326, 'exact'] }],
  ['sessions: training budget', `${YJ}安排培训经费12万元，举办执法培训班4期。`, { training_sessions: [4, 'exact'] }],
  // ranks and other bases
  ['exam rank', `${WJ}学法考试成绩全县第3名。`, {}],
  ['exam pass rate', `${WJ}年度学法考试参考率100%，合格率98%。`, {}],
  ['publicity rank beside the count', `${J}普法工作考核全省第5名，开展普法活动326场。`, { legal_publicity_events: [326, 'exact'] }],
  ['certified share', `${SC}执法人员持证率92.6%。`, {}],
  ['hours completion rate', `${WJ}学时达标率100%。`, {}],
  // documents and meetings
  ['a study plan issued', `${WJ}印发年度学法计划1份，列出学习专题12个。`, {}],
  ['publicity: lists of duties', `${J}制定普法责任清单36份。`, {}],
  ['a meeting on publicity', `${J}召开普法工作领导小组会议2次。`, {}],
  // targets
  ['确保 hours', `${WJ}确保每人每年学法不少于40学时。`, {}],
  ['力争 participants', `${YJ}力争全年轮训执法人员1000人次。`, {}],
  ['a plan then the result', `${WJ}年度计划集中学法10次，实际开展集中学法12次。`, { training_sessions: [12, 'exact'] }],
  ['a target of holders', `${SC}目标持证率100%。`, {}],
  // parts of the year
  ['a half-year\'s publicity', `${J}上半年开展普法活动160场。`, {}],
  ['a quarter then the year', `${WJ}第二季度集中学法3次，全年集中学法12次。`, { training_sessions: [12, 'exact'] }],
  ['a month\'s week', `${J}“宪法宣传周”期间开展活动86场。`, {}],
  // titles and slogans
  ['a title\'s number beside sessions', `${WJ}组织学习《中华人民共和国行政处罚法》第三十三条等条款，全年集中学法12次。`, { training_sessions: [12, 'exact'] }],
  ['a slogan\'s number', `${J}开展“八五”普法“十进”活动，开展普法活动326场。`, { legal_publicity_events: [326, 'exact'] }],
  ['a course named with its ordinal and year', `${YJ}举办“2023年度执法人员能力提升班”，培训执法人员120人次。`, { training_participants: [120, 'exact'] }],
  ['a slogan alone', `${J}打造“1+3+N”普法矩阵。`, {}],
  // other authors
  ['a ministry: the nation\'s system is its own area (`optional`, read)', `${SL}全国水利系统培训执法人员3.6万人次。`, { training_participants: [36000, 'exact'] }],
  ['a province: the cities\' publicity then its own', `${JP}各设区市开展普法活动2.6万场，厅机关开展普法活动42场。`, { legal_publicity_events: [42, 'exact'] }],
  ['a city bureau: its counties\' holders', `${JC}各县区司法局持证执法人员320名。`, {}],
  ['a town: sessions and the county\'s', `${Z}全年集中学法6次，县政府常务会议学法12次。`, { training_sessions: [6, 'exact'] }],
  ['a street: the communities\' publicity', `${S}各社区开展普法活动126场，街道开展普法活动24场。`, { legal_publicity_events: [24, 'exact'] }],
  ['a county government traditional: hours and the year before', `${GT}人均學法學時達到42學時，上年為36學時。`, { training_hours_per_person: [42, 'exact'] }],
  ['police: trainees and the city\'s', `${GA}全年培训民警860人次，全市公安机关培训民警1.2万人次。`, { training_participants: [860, 'exact'] }],
  ['taxes: holders beside the staff', `${SW}全局干部职工260人，持证执法人员236名。`, { certified_officers: [236, 'exact'] }],
  ['housing: an exam\'s candidates', `${ZJ}组织212名执法人员参加执法资格考试，通过186名。`, {}],
  ['education: the schools\' lectures then own', `${JY}各学校举办法治讲座860场，局机关集中学法10次。`, { training_sessions: [10, 'exact'] }],
  ['civil affairs: a half-year\'s hours', `${MZ}上半年人均学法20学时。`, {}],
  ['a town traditional: the county\'s holders', `${ZT}全縣持證執法人員1260名。`, {}],
  ['a county government: the villages\' publicity then its own', `${G}各村（社区）开展普法活动1260场，县本级开展普法活动420场。`, { legal_publicity_events: [420, 'exact'] }],
  ['sessions: a document on study then the sessions', `${WJ}印发学法制度文件2件，全年集中学法12次。`, { training_sessions: [12, 'exact'] }],
  ['publicity: a month\'s then the year\'s', `${J}12月开展普法活动42场，全年开展普法活动326场。`, { legal_publicity_events: [326, 'exact'] }],
  ['a street: the year before\'s publicity', `${S}上年开展普法活动18场。`, {}],
]

const A = head('柳塘县行政审批服务局')
const AP = head('江西省政务服务管理局')
const SCC = head('云岭市市场监督管理局')
const JCT = headT('雲嶺市司法局')
const ZR = head('云岭市南湖区市场监督管理局')

/** Near misses of the rules round 46 made: each rule's form beside the form it must leave alone. */
export const NEAR_46: Probe39[] = [
  // a month named alone is that month's; a month with its day, a month from which, a range are not this form
  ['a month named alone then the year', `${J}3月开展“民法典宣传月”活动12场，全年开展普法活动326场。`, { legal_publicity_events: [326, 'exact'] }],
  ['from a month on is no month', `${A}3月起推行“周末不打烊”服务，全年办理政务服务事项2.6万件。`, { approvals_handled: [26000, 'exact'] }],
  ['a month alone in a town', `${Z}11月调解矛盾纠纷26件。`, {}],
  ['a month as a Chinese numeral', `${J}十二月开展普法活动42场。`, {}],
  ['a month alone, traditional', `${JT}十二月開展普法活動42場，全年開展普法活動326場。`, { legal_publicity_events: [326, 'exact'] }],
  // bodies below as the act's subject; a city's market, villages that report to the town are not
  ['a province: its cities as subject', `${JP}各市开展法治培训860场。`, {}],
  ['各市场主体 is no city', `${SCC}检查各市场主体1260户次。`, { enforcement_inspections: [1260, 'exact'] }],
  ['a town: its villages\' mediation then its own', `${Z}各村调解纠纷126件，镇调委会调解纠纷36件。`, { disputes_resolved: [36, 'exact'] }],
  ['a town: villages report weekly, the town counts', `${Z}各村每周摸排纠纷并报送镇综治中心，全年共排查矛盾纠纷236件。`, { disputes_identified: [236, 'exact'] }],
  // (the catalogue's training narrow: sessions 组织各社区… hold are the communities' level, not the street's own)
  ['a street: its communities\' grid staff organised to hold sessions', `${S}组织各社区网格员开展法治培训3场。`, {}],
  // documents counted by their noun right before the figure; the term that ends in the noun itself is its own count
  ['a plan counted, then disputes', `${J}制定矛盾纠纷排查化解工作方案3个，排查矛盾纠纷2680件。`, { disputes_identified: [2680, 'exact'] }],
  ['study rules counted', `${WJ}建立学法制度5项。`, {}],
  ['higher documents relayed', `${WJ}传达学习上级法治建设文件12份。`, {}],
  ['the term ends in the document noun', `${G}清理规范性文件236件。`, { normative_docs_reviewed: [236, 'exact'] }],
  ['measures counted beside approvals', `${A}出台优化审批服务办法4项，全年办件2.6万件。`, { approvals_handled: [26000, 'exact'] }],
  ['a lenient list counted', `${SC}制定首违不罚清单1份。`, {}],
  // a county's organ in a town's report is the county's; in the county's own report it is the author
  ['a town: the county party committee\'s study', `${Z}县委理论学习中心组学法4次。`, {}],
  ['a county government: its own standing meeting', `${G}县政府常务会议学法12次。`, { training_sessions: [12, 'exact'] }],
  ['a town traditional: the county bureau\'s checks in the town', `${ZT}縣應急管理局在我鎮開展執法檢查36次。`, {}],
  // a district's bureau in a street's report; in the district bureau's own report it is the author
  ['a street: the district bureau\'s cases', `${S}区市场监管局查处辖区违法案件86件。`, {}],
  ['a district bureau: 区 in its own report', `${ZR}区市场监管局查处违法案件286件。`, { enforcement_cases: [286, 'exact'] }],
  // a measure in force since: with 累计 a span, the year's part after it read
  ['a measure in force with 累计, then the year', `${SC}包容审慎监管推行以来累计适用轻微免罚案件420件，今年适用轻微免罚案件126件。`, { lenient_cases: [126, 'exact'] }],
  // a whole area after the bodies below names its own subject
  ['a county government: towns then the county', `${G}各乡镇排查矛盾纠纷3600件，全县化解矛盾纠纷3520件。`, { disputes_resolved: [3520, 'exact'] }],
  // the author's own city or province after a wider area's figure, only at its level
  ['a city bureau: the province\'s rate then the city\'s', `${JC}全省行政复议纠错率为12%，我市为15%。`, { reconsideration_correction_pct: [15, 'exact'] }],
  ['a county bureau: 我市 is the city above', `${J}全省行政复议纠错率为12%，我市为15%。`, {}],
  ['a province: 我省 after the nation', `${AP}全国全程网办率平均为78%，我省达到88%。`, { online_processing_pct: [88, 'exact'] }],
  ['a city bureau traditional: the province then the city', `${JCT}全省行政復議糾錯率為12%，我市為15%。`, { reconsideration_correction_pct: [15, 'exact'] }],
  // a revision in a title's brackets is no act on documents
  ['a revised rule\'s title before the review', `${G}依据《行政规范性文件管理办法（2022年修订）》，审核规范性文件36件。`, { normative_docs_reviewed: [36, 'exact'] }],
  ['a revised rule\'s title, no comma', `${GT}依據《行政規範性文件管理辦法（2022年修訂）》審核規範性文件36件。`, { normative_docs_reviewed: [36, 'exact'] }],
  // the year named by 本年/今年 before 办件
  ['本年办件 beside the year before', `${A}本年办件3.1万件，上年办件2.8万件。`, { approvals_handled: [31000, 'exact'] }],
]
