/**
 * Unseen forms of round 44 (issue 11: the holdout at 0.813 against dev's 0.998, fresh batches ~0.78 on their first run). The
 * approval and mediation families, proposals, major decisions, publicity events, disclosure requests, hazards rectified and fines:
 * the indicators round 43 (enforcement, training, reviews, suits, documents) does not probe. Each own figure stands among the
 * distractors real reports put beside it: an area's total against the author's own, the bodies below (各乡镇, 各司法所, 各成员单位),
 * changes (同比, 较上年), targets (确保, 力争, 不低于, 目标), spans of years (累计, 近三年, “十四五”以来, 自X年以来), ranks and prizes,
 * document numbers, dates, hotlines, materials and leaflets counted, averages per item, satisfaction and closure rates against
 * success rates; stages (received, accepted, answered; found, rectified; visits in 批次 and 人次 against matters in 件次). Authors of
 * five levels (a ministry, a province's department, a city's bureau, a county's government and bureaus, a town), some in traditional
 * script, full-width digits, Chinese numerals and approximations (余, 近, 以上 → approx; 超过 → at_least). Sentences invented for
 * this test (the real reports' register, no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const A = head('青河县行政审批服务局')
const AT = headT('青河縣行政審批服務局')
const AC = head('临江市政务服务管理局')
const AP = head('山西省政务服务管理局')
const AM = head('国家药品监督管理局')
const G = head('青河县人民政府')
const GT = headT('青河縣人民政府')
const Z = head('桥头镇人民政府')
const ZT = headT('橋頭鎮人民政府')
const S = head('东湖街道办事处')
const J = head('青河县司法局')
const JT = headT('青河縣司法局')
const JC = head('临江市司法局')
const JM = head('国家市场监督管理总局')
const P = head('青河县住房和城乡建设局')
const PT = headT('青河縣住房和城鄉建設局')
const PP = head('山西省交通运输厅')
const D = head('青河县自然资源局')
const DT = headT('青河縣自然資源局')
const DP = head('山西省生态环境厅')
const DM = head('水利部')
const H = head('青河县应急管理局')
const HT = headT('青河縣應急管理局')
const E = head('临江市市场监督管理局')
const ET = headT('臨江市市場監督管理局')

export const APPROVAL_44: Probe39[] = [
  // time compression: the share stated, against days, the time left, targets, changes, spans, one kind, ranks, the towns
  ['promised against statutory, on average', `${AC}承诺时限比法定时限平均压缩82.6%。`, { approval_time_compression_pct: [82.6, 'exact'] }],
  ['from days to days, the share stated after', `${A}行政许可事项平均办理时限由20个工作日压减至6个工作日，压缩比70%。`, { approval_time_compression_pct: [70, 'exact'] }],
  ['from days to days, no share stated', `${A}行政许可事项平均办理时限由20个工作日压减至6个工作日。`, {}],
  ['statutory and promised totals, then the share', `${A}法定时限共计3260个工作日，承诺时限共计980个工作日，压缩69.9%。`, { approval_time_compression_pct: [69.9, 'exact'] }],
  ['traditional compression', `${AT}審批時限平均壓縮68%。`, { approval_time_compression_pct: [68, 'exact'] }],
  ['full-width compression ratio', `${A}审批时限压缩比达到７５％。`, { approval_time_compression_pct: [75, 'exact'] }],
  ['Chinese numeral share', `${A}承诺时限压缩比为百分之七十八点五。`, { approval_time_compression_pct: [78.5, 'exact'] }],
  ['超 is at least', `${A}审批时限平均压缩超过80%。`, { approval_time_compression_pct: [80, 'at_least'] }],
  ['以上 is approx', `${A}审批时限平均压缩70%以上。`, { approval_time_compression_pct: [70, 'approx'] }],
  ['requirement then the result', `${A}上级要求审批时限压缩比例不低于50%，本局实际压缩68%。`, { approval_time_compression_pct: [68, 'exact'] }],
  ['change in points', `${A}审批时限压缩比较上年提高5个百分点。`, {}],
  ['“十四五”以来 span', `${A}“十四五”以来，审批时限累计压缩85%。`, {}],
  ['one kind compressed to days', `${A}工程建设项目全流程审批时间压缩至60个工作日以内。`, {}],
  ['rank of the compression', `${A}审批时限压缩比在全市排名第2位。`, {}],
  ['the towns\' centres', `${G}各乡镇便民服务中心承诺时限平均压缩60%。`, {}],
  ['提速率', `${A}审批提速率达到76%。`, { approval_time_compression_pct: [76, 'exact'] }],
  ['ministry: review days shortened', `${AM}药品注册平均审评时限由200个工作日缩短至130个工作日。`, {}],
  // immediate processing
  ['即办件 share raised to', `${A}即办件占比提升至45.6%。`, { immediate_processing_pct: [45.6, 'exact'] }],
  ['即办事项 count, then its share', `${A}即办事项1260项，占政务服务事项总数的38%。`, { immediate_processing_pct: [38, 'exact'] }],
  ['即办件 Chinese numeral', `${A}即办件比例达百分之四十二。`, { immediate_processing_pct: [42, 'exact'] }],
  ['即办件 closure rate', `${A}即办件办结率100%。`, {}],
  ['即办件 target', `${A}力争即办件比例提高到50%。`, {}],
  ['即办件 count change', `${A}即办件数量同比增长20%。`, {}],
  ['即办件 counted is no share and no approvals', `${A}办理即办件3.2万件。`, {}],
  ['traditional 即辦件 share', `${AT}即辦件佔比40%。`, { immediate_processing_pct: [40, 'exact'] }],
  ['the towns\' 即办件 average', `${G}各乡镇即办件比例平均为30%。`, {}],
  // online processing
  ['网上办、掌上办 share', `${A}网上办、掌上办比例达到92%。`, { online_processing_pct: [92, 'exact'] }],
  ['全程网办事项 share', `${A}全程网办事项占比达到91%。`, { online_processing_pct: [91, 'exact'] }],
  ['from the year before\'s to this year\'s', `${A}全程网办率由上年的75%提高到88%。`, { online_processing_pct: [88, 'exact'] }],
  ['同比 change then the level', `${A}全程网办率同比提高10个百分点，达到90%。`, { online_processing_pct: [90, 'exact'] }],
  ['counts of services online', `${A}可网办事项1300项，全程网办事项1100项。`, {}],
  ['online items counted beside the share', `${A}网上办件量达到2.6万件，全程网办率86%。`, { online_processing_pct: [86, 'exact'] }],
  ['the province\'s available-online rate', `${AP}全省政务服务事项网上可办率达到99%。`, {}],
  ['target then the result', `${A}全程网办率目标为90%，实际完成93.5%。`, { online_processing_pct: [93.5, 'exact'] }],
  ['traditional Chinese numeral', `${AT}全程網辦率達到百分之九十。`, { online_processing_pct: [90, 'exact'] }],
  ['full-width decimal', `${A}全程网办率达９６．５％。`, { online_processing_pct: [96.5, 'exact'] }],
  ['praise rate before the online share', `${A}政务服务好评率100%，全程网办率89%。`, { online_processing_pct: [89, 'exact'] }],
  ['超过 online', `${A}全程网办率超过90%。`, { online_processing_pct: [90, 'at_least'] }],
  ['online rank', `${A}全程网办率位居全省第一。`, {}],
  // materials
  ['materials cut on average', `${A}申请材料平均精简38%。`, { material_reduction_pct: [38, 'exact'] }],
  ['materials counted, then the share', `${A}减少申请材料1260份，精简比例达42%。`, { material_reduction_pct: [42, 'exact'] }],
  ['materials from pieces to pieces', `${A}申请材料由平均12份减少至5份。`, {}],
  ['materials over the years', `${A}累计精简申请材料3200余份。`, {}],
  ['materials cut to a half', `${A}申请材料压减至原来的一半。`, {}],
  ['traditional materials share', `${AT}申請材料壓減40%。`, { material_reduction_pct: [40, 'exact'] }],
  ['proofs cancelled', `${A}取消证明材料86项。`, {}],
  ['one service\'s materials', `${A}企业开办申请材料压减至4份。`, {}],
  ['materials target', `${A}确保申请材料精简30%以上。`, {}],
  // approvals handled
  ['accepted then completed in 万件', `${A}全年受理各类审批服务事项12.6万件，办结12.5万件。`, { approvals_handled: [126000, 'exact'] }],
  ['Chinese numeral 余 approvals', `${A}全年审批办件量达一万二千余件。`, { approvals_handled: [12000, 'approx'] }],
  ['近千 approvals', `${A}全年共办理行政许可事项近千件。`, { approvals_handled: [1000, 'approx'] }],
  ['approvals with a change beside', `${A}全年受理审批事项8600件，同比增长12%。`, { approvals_handled: [8600, 'exact'] }],
  ['approvals change alone', `${A}审批办件量较上年增加1200件。`, {}],
  ['the towns\' centres\' items', `${G}各乡镇便民服务中心办理事项5.6万件。`, {}],
  ['hotline orders', `${A}办理12345政务服务便民热线转办件860件。`, {}],
  ['approvals beside closure and satisfaction rates', `${A}全年办理审批事项2.3万件，按时办结率100%，群众满意率99.8%。`, { approvals_handled: [23000, 'exact'] }],
  ['visitors per day', `${A}日均接待办事群众1200人次。`, {}],
  ['since the bureau was formed', `${A}自2018年机构组建以来，累计办理审批事项52万件。`, {}],
  ['traditional 萬件', `${AT}全年受理審批事項1.8萬件。`, { approvals_handled: [18000, 'exact'] }],
  ['full-width approvals', `${A}全年受理行政许可事项１２６０件。`, { approvals_handled: [1260, 'exact'] }],
  ['approvals with 即办件 as a part', `${A}全年办理审批事项2.3万件，其中即办件1.1万件。`, { approvals_handled: [23000, 'exact'] }],
  ['ministry: accepted then completed', `${AM}全年受理行政许可申请1.5万件，办结1.4万件。`, { approvals_handled: [15000, 'exact'] }],
  ['document number before the approvals', `${A}根据《关于进一步压缩审批时限的通知》（青政办发〔2023〕15号），全年受理审批事项9600件。`, { approvals_handled: [9600, 'exact'] }],
  ['change in points, compression from a share to a share', `${A}审批时限压缩比例由上年的60%提高至72%。`, { approval_time_compression_pct: [72, 'exact'] }],
  ['compressed 了 a share', `${A}平均审批时间压缩了65%。`, { approval_time_compression_pct: [65, 'exact'] }],
  ['即办件 from a share to a share', `${A}即办件占比由上年的30%提高到46%。`, { immediate_processing_pct: [46, 'exact'] }],
  ['网上办理率', `${A}政务服务事项网上办理率98%。`, { online_processing_pct: [98, 'exact'] }],
  ['a rank, then the approvals', `${A}办件量位居全市第一，全年受理审批事项3.2万件。`, { approvals_handled: [32000, 'exact'] }],
  ['全年累计 is the year', `${A}全年累计受理审批事项3.2万件。`, { approvals_handled: [32000, 'exact'] }],
  ['截至12月底 in a year-end report', `${A}截至12月底，共受理审批事项3.2万件。`, { approvals_handled: [32000, 'exact'] }],
  ['the counties\' centres, then the city\'s own level', `${AC}各县（市、区）政务服务中心共办件86万件，市本级办件12万件。`, { approvals_handled: [120000, 'exact'] }],
  ['items stationed in the hall', `${A}政务服务中心进驻事项1260项。`, {}],
  ['assisted services', `${A}全年提供帮办代办服务320次。`, {}],
  ['突破 approvals', `${A}全年审批办件量突破10万件。`, { approvals_handled: [100000, 'at_least'] }],
  ['service phone before the approvals', `${A}开通审批咨询电话0351-6123456，全年受理审批事项9600件。`, { approvals_handled: [9600, 'exact'] }],
]

export const MEDIATION_44: Probe39[] = [
  // identified, resolved, success rate
  ['town: found, resolved, success rate', `${Z}排查矛盾纠纷236起，化解230起，化解成功率97.5%。`,
    { disputes_identified: [236, 'exact'], disputes_resolved: [230, 'exact'], mediation_success_pct: [97.5, 'exact'] }],
  ['Chinese numerals found and mediated with success', `${Z}全年共排查各类矛盾纠纷二百三十六起，成功调解二百二十八起。`,
    { disputes_identified: [236, 'exact'], disputes_resolved: [228, 'exact'] }],
  ['Chinese numeral success rate', `${J}人民调解组织调解矛盾纠纷3200件，调解成功3150件，调解成功率百分之九十八点四。`,
    { disputes_resolved: [3150, 'exact'], mediation_success_pct: [98.4, 'exact'] }],
  ['余 on both', `${J}排查矛盾纠纷1200余件，化解1180余件。`, { disputes_identified: [1200, 'approx'], disputes_resolved: [1180, 'approx'] }],
  ['handled rate beside the success rate', `${J}矛盾纠纷调处率100%，调解成功率96%。`, { mediation_success_pct: [96, 'exact'] }],
  ['化解率 is no success rate', `${J}矛盾纠纷化解率98%。`, {}],
  ['agreements fulfilled rate', `${J}人民调解协议履行率100%。`, {}],
  ['the stations below', `${J}各司法所共调解纠纷860件。`, {}],
  ['the city\'s total, then the county\'s', `${J}全市化解矛盾纠纷2.6万件，我县化解3200件。`, { disputes_resolved: [3200, 'exact'] }],
  ['found change', `${J}排查矛盾纠纷数同比下降15%。`, {}],
  ['resolved more than the year before', `${J}较上年多化解纠纷120件。`, {}],
  ['“十四五”以来 resolved', `${J}“十四五”以来累计化解矛盾纠纷1.2万件。`, {}],
  ['campaigns then disputes found', `${J}开展矛盾纠纷集中排查行动6次，排查矛盾纠纷420件。`, { disputes_identified: [420, 'exact'] }],
  ['target then the success rate', `${J}力争调解成功率不低于95%，全年实际调解成功率97.2%。`, { mediation_success_pct: [97.2, 'exact'] }],
  ['town: money of the agreements', `${Z}调解纠纷56起，调解成功54起，涉及金额320万元。`, { disputes_resolved: [54, 'exact'] }],
  ['traditional three figures', `${JT}排查矛盾糾紛560件，化解552件，調解成功率98.6%。`,
    { disputes_identified: [560, 'exact'], disputes_resolved: [552, 'exact'], mediation_success_pct: [98.6, 'exact'] }],
  ['full-width found and resolved', `${Z}排查矛盾纠纷８６起，化解８４起。`, { disputes_identified: [86, 'exact'], disputes_resolved: [84, 'exact'] }],
  ['one channel, then the year', `${J}通过“诉调对接”化解纠纷120件，全年化解矛盾纠纷1860件。`, { disputes_resolved: [1860, 'exact'] }],
  ['satisfaction beside resolved', `${J}化解矛盾纠纷1860件，当事人满意率99%。`, { disputes_resolved: [1860, 'exact'] }],
  // (mediated disputes told alone are resolved, as the corpus labels them: 调解纠纷15997件 is required)
  ['mediated alone beside committees built', `${J}全县建成人民调解委员会286个，全年调解纠纷3400件。`, { disputes_resolved: [3400, 'exact'] }],
  ['the county\'s mediation bodies in a county bureau', `${J}全县人民调解组织共调解矛盾纠纷2860件，调解成功2830件。`, { disputes_resolved: [2830, 'exact'] }],
  ['town: success rate with its rank', `${Z}调解成功率达100%，位居全区第一。`, { mediation_success_pct: [100, 'exact'] }],
  ['town: petition rates and satisfaction', `${Z}信访事项办结率100%，群众满意率98%。`, {}],
  ['petitions change, then the count', `${Z}受理信访事项较上年下降30%，全年共受理56件。`, { petitions_handled: [56, 'exact'] }],
  ['traditional mediated with success', `${JT}全年調解矛盾糾紛860件，調解成功852件。`, { disputes_resolved: [852, 'exact'] }],
  ['street: resolved with a rank', `${S}成功化解矛盾纠纷96件，获评全区“枫桥式”司法所。`, { disputes_resolved: [96, 'exact'] }],
  ['street: mediators and studios', `${S}配备专职调解员6名，设立调解工作室3个。`, {}],
  ['hotline before the disputes', `${J}开通12348法律服务热线，排查矛盾纠纷860件，化解845件。`, { disputes_identified: [860, 'exact'], disputes_resolved: [845, 'exact'] }],
  ['a month\'s campaign', `${Z}“矛盾纠纷大排查”专项行动期间，排查纠纷42起。`, {}],
  ['target count of disputes', `${J}确保矛盾纠纷化解率达到98%以上。`, {}],
  // petitions: matters in 件 and 件次, visits in 批次 and 人次, rates, hotlines, none
  ['town: petitions accepted and closed', `${Z}受理群众信访件86件，办结86件，办结率100%。`, { petitions_handled: [86, 'exact'] }],
  ['件次 beside visitors\' 人次', `${Z}全年受理信访事项68件次，接待来访群众120人次。`, { petitions_handled: [68, 'exact'] }],
  ['letters and visits handled', `${Z}处理来信来访45件。`, { petitions_handled: [45, 'exact'] }],
  ['the city\'s petition change', `${JC}全市信访总量下降12%。`, {}],
  ['petition rates', `${Z}信访事项及时受理率100%，按期办结率100%。`, {}],
  ['no petitions beyond the level', `${Z}全年未发生群众赴省进京越级上访。`, {}],
  ['Chinese numeral petitions', `${Z}办理信访事项一百二十件。`, { petitions_handled: [120, 'exact'] }],
  ['traditional petitions', `${ZT}受理信訪事項36件。`, { petitions_handled: [36, 'exact'] }],
  ['backlog since a year', `${Z}2021年以来累计化解信访积案12件。`, {}],
  ['petitions change in 件', `${Z}信访事项同比减少25件。`, {}],
  ['hotline orders beside petitions', `${Z}办理12345热线工单1860件，受理信访事项42件。`, { petitions_handled: [42, 'exact'] }],
  ['street: petitions in 件次 with a satisfaction rate', `${S}办理信访事项136件次，群众满意率95%。`, { petitions_handled: [136, 'exact'] }],
  ['the villages\' petitions', `${Z}各村（社区）共接待处理群众诉求320件。`, {}],
]

export const OVERSIGHT_44: Probe39[] = [
  // proposals: both kinds add up; a joint total stays; rates, spans, changes, documents
  ['two kinds with 、, a closure rate after', `${P}承办县人大代表建议15件、县政协委员提案22件，办结率100%。`, { proposals_handled: [37, 'derived'] }],
  ['a joint total', `${P}办理人大代表建议和政协提案共42件，满意率100%。`, { proposals_handled: [42, 'exact'] }],
  ['two kinds with ，', `${P}办理人大建议16件，政协提案20件，代表委员满意率和基本满意率100%。`, { proposals_handled: [36, 'derived'] }],
  ['province: undertaken with its parts', `${PP}承办省人大代表建议86件，其中主办32件、协办54件。`, { proposals_handled: [86, 'exact'] }],
  ['proposal closure rate', `${P}人大代表建议和政协委员提案按时办结率100%。`, {}],
  ['proposals over three years', `${P}近三年累计办理建议提案120件。`, {}],
  ['proposals change', `${P}建议提案办理数量较上年增加6件。`, {}],
  ['county government\'s system', `${G}县政府系统共承办县人大代表建议136件、政协提案158件。`, { proposals_handled: [294, 'derived'] }],
  ['traditional two kinds', `${PT}辦理人大代表建議12件、政協委員提案9件。`, { proposals_handled: [21, 'derived'] }],
  ['Chinese numeral two kinds', `${P}办理人大代表建议十二件、政协提案二十一件。`, { proposals_handled: [33, 'derived'] }],
  ['received, all closed', `${P}收到人大代表建议12件，已全部办结，见面率100%。`, { proposals_handled: [12, 'exact'] }],
  ['document number before proposals', `${P}根据《关于做好2023年建议提案办理工作的通知》（青政办〔2023〕5号）要求，办理人大建议10件。`, { proposals_handled: [10, 'exact'] }],
  ['prize before proposals', `${P}获评全县建议提案办理工作先进单位，全年办理政协提案8件。`, { proposals_handled: [8, 'exact'] }],
  // major decisions
  ['decisions made with their procedures', `${G}全年作出重大行政决策事项7项，均履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序。`, { major_decisions: [7, 'exact'] }],
  ['decisions evaluated after', `${G}完成重大行政决策后评估2项。`, {}],
  ['decisions change', `${G}重大行政决策事项同比增加2项。`, {}],
  ['decisions since a year', `${G}自2020年以来共作出重大行政决策28项。`, {}],
  ['Chinese numeral decisions', `${G}全年研究审议重大行政决策事项六项。`, { major_decisions: [6, 'exact'] }],
  ['traditional decisions', `${GT}全年作出重大行政決策4項。`, { major_decisions: [4, 'exact'] }],
  ['town: major decisions', `${Z}全年重大决策事项3件，均经党委会集体讨论决定。`, { major_decisions: [3, 'exact'] }],
  ['meetings then decisions', `${G}召开政府常务会议24次，研究重大行政决策事项9项。`, { major_decisions: [9, 'exact'] }],
  ['the bodies below\' catalogues', `${G}各乡镇、各部门共报送重大行政决策事项46项。`, {}],
  ['decisions planned next year', `${G}2024年度拟将5项事项纳入重大行政决策目录。`, {}],
  // disclosure requests: received, accepted, answered, none, rates, changes, other areas
  ['accepted, answered, rate', `${D}全年共受理依申请公开28件，按时答复28件，答复率100%。`, { info_disclosure_requests: [28, 'exact'] }],
  ['received, carried over, closed', `${D}收到政府信息公开申请36件，上年结转2件，办结38件。`, { info_disclosure_requests: [36, 'exact'] }],
  ['new requests with their outcomes', `${G}全年新收政府信息公开申请120件，予以公开45件、部分公开20件、不予公开8件。`, { info_disclosure_requests: [120, 'exact'] }],
  ['published on its own motion', `${D}主动公开政府信息1260条。`, {}],
  ['none received is zero', `${D}全年未收到政府信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['answer rate', `${D}依申请公开答复率100%。`, {}],
  ['requests change', `${D}政府信息公开申请数量同比增长36%。`, {}],
  ['traditional requests', `${DT}收到政府信息公開申請15件。`, { info_disclosure_requests: [15, 'exact'] }],
  ['ministry: 余 in Chinese numerals', `${DM}全年收到依申请公开申请一千二百余件。`, { info_disclosure_requests: [1200, 'approx'] }],
  ['reviews over disclosure', `${D}因政府信息公开被申请行政复议2件。`, {}],
  ['province: the system\'s total, then its own', `${DP}全省生态环境系统收到依申请公开申请3200件，本厅收到236件。`, { info_disclosure_requests: [236, 'exact'] }],
  ['requests by channels', `${D}通过当面、邮寄、网络等方式收到政府信息公开申请45件。`, { info_disclosure_requests: [45, 'exact'] }],
  ['received by channels as parts', `${D}接收政府信息公开申请52件，其中当面申请8件、网络申请44件。`, { info_disclosure_requests: [52, 'exact'] }],
  ['requests change, then the count', `${D}政府信息公开申请同比增加12件，全年共收到48件。`, { info_disclosure_requests: [48, 'exact'] }],
  ['proposals with key ones in an aside', `${P}办理人大代表建议12件（其中重点建议2件）。`, { proposals_handled: [12, 'exact'] }],
  ['proposals all answered in time', `${P}承办建议提案26件，均在规定时限内办结并答复。`, { proposals_handled: [26, 'exact'] }],
  ['proposals of two levels and two kinds', `${P}办理市人大代表建议3件、市政协提案5件，县人大代表建议12件、县政协提案10件。`, { proposals_handled: [30, 'derived'] }],
  ['date of one request', `${D}于2023年3月15日收到一件政府信息公开申请并按期答复。`, { info_disclosure_requests: [1, 'exact'] }],
]

export const PUBLICITY_44: Probe39[] = [
  ['town: events, leaflets, audience', `${Z}开展普法宣传活动32场次，发放宣传资料5600余份，受众群众1.2万人次。`, { legal_publicity_events: [32, 'exact'] }],
  ['法律进社区', `${J}组织“法律进社区”活动48场。`, { legal_publicity_events: [48, 'exact'] }],
  ['Chinese numeral 余', `${J}开展法治宣传活动一百二十余场次。`, { legal_publicity_events: [120, 'approx'] }],
  ['leaflets alone', `${J}发放普法宣传资料3万份。`, {}],
  ['audience alone', `${J}普法宣传覆盖群众5万人次。`, {}],
  ['member units\' events', `${J}各成员单位开展普法活动460场次。`, {}],
  ['two kinds of events add up', `${J}开展宪法宣传活动12场，民法典宣传活动8场。`, { legal_publicity_events: [20, 'derived'] }],
  ['法律六进 with leaflets and consultations', `${J}全年开展“法律六进”活动120场次，发放资料2万份，解答群众咨询3000人次。`, { legal_publicity_events: [120, 'exact'] }],
  ['events change in 场', `${J}开展法治宣传活动较上年增加30场。`, {}],
  ['into schools with the pupils reached', `${J}开展法治宣传进校园活动20场，覆盖师生1.2万人。`, { legal_publicity_events: [20, 'exact'] }],
  ['volunteers counted', `${J}组织普法志愿者420人次参与宣传。`, {}],
  ['events change', `${J}法治宣传活动场次同比增长20%。`, {}],
  ['events target', `${J}力争全年开展普法活动不少于50场。`, {}],
  ['traditional events', `${JT}開展普法宣傳活動86場次。`, { legal_publicity_events: [86, 'exact'] }],
  ['full-width events', `${J}开展法治宣传活动１２０场次。`, { legal_publicity_events: [120, 'exact'] }],
  ['videos and posts', `${J}制作普法短视频36部，推送普法信息260条。`, {}],
  ['hotline answers, then consultation events', `${J}12348公共法律服务热线解答咨询3600人次，开展法律咨询活动40场。`, { legal_publicity_events: [40, 'exact'] }],
  ['“八五”普法以来 span', `${J}“八五”普法以来累计开展法治宣传活动1200场。`, {}],
  ['prize, then the events', `${J}普法工作获评全省优秀案例，全年开展普法宣传活动56场。`, { legal_publicity_events: [56, 'exact'] }],
  ['ministry: events of all places', `${JM}组织“质量月”法治宣传，各地开展活动3000余场。`, {}],
  ['town: 送法下乡 with books', `${Z}在集市开展送法下乡活动6次，发放《民法典》读本800册。`, { legal_publicity_events: [6, 'exact'] }],
  ['legal art shows and their audience', `${J}举办法治文艺演出16场，观众8000余人次。`, { legal_publicity_events: [16, 'exact'] }],
  ['street: events on one day', `${S}12月4日国家宪法日当天开展宪法宣传活动3场。`, {}],
]

export const HAZARD_FINE_44: Probe39[] = [
  // hazards: found against rectified, rates, the towns, spans, targets
  ['found, rectified, rate', `${H}排查安全隐患1260处，整改1238处，整改率98.3%。`, { hazards_rectified: [1238, 'exact'] }],
  ['found, rectified in place', `${H}发现隐患860项，已整改到位820项。`, { hazards_rectified: [820, 'exact'] }],
  ['rectification rate alone', `${H}隐患整改率100%。`, {}],
  ['town: urged to rectify', `${Z}督促整改安全隐患126处。`, { hazards_rectified: [126, 'exact'] }],
  ['the towns\' hazards', `${H}各乡镇排查整改隐患2600处。`, {}],
  ['hazards change', `${H}整改隐患数量同比增长18%。`, {}],
  ['traditional found and rectified', `${HT}排查隱患560處，整改隱患548處。`, { hazards_rectified: [548, 'exact'] }],
  ['full-width rectified', `${Z}整改安全隐患１２６处。`, { hazards_rectified: [126, 'exact'] }],
  ['three years\' hazards', `${H}近三年累计整改隐患1.2万处。`, {}],
  ['rectification target', `${H}确保隐患整改率达到100%。`, {}],
  ['Chinese numeral 余 hazards', `${H}消除火灾隐患二百余处。`, { hazards_rectified: [200, 'approx'] }],
  ['found alone', `${H}检查生产经营单位320家，排查出安全隐患960处。`, {}],
  // fines: 万元 and 元, kinds of money that are not fines, averages, spans, the units below
  ['fines 合计 in 万元', `${E}罚没款合计326.5万元。`, { fines_yuan: [3265000, 'exact'] }],
  ['fines beside a change in money', `${E}罚没收入86万元，较上年减少12万元。`, { fines_yuan: [860000, 'exact'] }],
  ['fines beside goods\' worth', `${E}全年罚没金额1260万元，涉案货值3200万元。`, { fines_yuan: [12600000, 'exact'] }],
  ['fines in 元', `${E}罚款金额23560元。`, { fines_yuan: [23560, 'exact'] }],
  ['fines change', `${E}罚没款同比下降20%。`, {}],
  ['fine per case', `${E}案均罚款1.2万元。`, {}],
  ['traditional fines', `${ET}罰沒款126萬元。`, { fines_yuan: [1260000, 'exact'] }],
  ['full-width fines', `${E}罚没款３２万元。`, { fines_yuan: [320000, 'exact'] }],
  ['Chinese numeral fines', `${E}罚没款一百二十六万元。`, { fines_yuan: [1260000, 'exact'] }],
  ['the offices below', `${E}各市场监管所罚没款合计86万元。`, {}],
  ['fines since the plan began', `${E}“十四五”以来累计罚没款5600万元。`, {}],
  ['fines paid to the treasury', `${E}罚没款上缴国库215万元。`, { fines_yuan: [2150000, 'exact'] }],
  ['fines waived', `${E}办理首违不罚案件48件，免除罚款金额36万元。`, {}],
  ['fines with a part after 其中', `${E}全年罚没款215万元，其中没收违法所得36万元。`, { fines_yuan: [2150000, 'exact'] }],
  ['fine and confiscation add up', `${E}罚款12万元，没收违法所得3万元。`, { fines_yuan: [150000, 'derived'] }],
  ['reward money', `${E}兑现举报奖励金额2万元。`, {}],
  ['complaint hotline before the fines', `${E}畅通12315投诉举报热线，全年罚没款86万元。`, { fines_yuan: [860000, 'exact'] }],
  ['one dated decision', `${E}于2023年6月15日对一家企业作出罚款20万元的行政处罚决定。`, {}],
  ['余 with a rate 以上', `${H}整改各类隐患问题1200余项，整改率98%以上。`, { hazards_rectified: [1200, 'approx'] }],
  ['notices then rectified', `${H}下达整改通知书120份，整改隐患860处。`, { hazards_rectified: [860, 'exact'] }],
  ['found and rectified as one figure', `${H}全年排查整改隐患860处。`, { hazards_rectified: [860, 'exact'] }],
  ['fines in 亿元', `${E}罚没款共计1.26亿元。`, { fines_yuan: [126000000, 'exact'] }],
  ['约 fines', `${E}罚没款约86万元。`, { fines_yuan: [860000, 'approx'] }],
  ['change in money, then the level', `${E}处罚金额较上年增长35万元，达到215万元。`, { fines_yuan: [2150000, 'exact'] }],
  ['fines with an average after', `${E}办理行政处罚案件126件，罚没款215万元，案均1.7万元。`, { fines_yuan: [2150000, 'exact'] }],
  ['the largest fine', `${E}单笔罚款金额最高一起为50万元。`, {}],
  ['a fine\'s floor', `${E}按照不低于5万元的标准处以罚款。`, {}],
  ['traditional found alone', `${HT}排查出安全隱患320處。`, {}],
]

/**
 * A second batch, written after the first run's rules: forms the first left unprobed (即时办结 for 即办, 各类办件, a rate after 化解率
 * in a pair, a decision counted before its term with another act, parallel kinds of events and money, numbers that read as hotlines).
 */
export const SECOND_44: Probe39[] = [
  // approval
  ['即时办结 share', `${A}即时办结事项占比达60%。`, { immediate_processing_pct: [60, 'exact'] }],
  ['即办件 counted, then its share of all items', `${A}即办件1.2万件，占办件总量的35%。`, { immediate_processing_pct: [35, 'exact'] }],
  ['services fully online counted, then the rate', `${A}全程网办事项达1260项，全程网办率达到89.6%。`, { online_processing_pct: [89.6, 'exact'] }],
  ['materials counted, then the rate', `${A}减少申请材料856份，材料精简率达到46.8%。`, { material_reduction_pct: [46.8, 'exact'] }],
  ['materials 以上', `${A}申请材料平均减少35%以上。`, { material_reduction_pct: [35, 'approx'] }],
  ['proof items cancelled', `${A}取消各类证明事项52项。`, {}],
  ['approvals with a rank after', `${A}全年办件量12.8万件，居全市首位。`, { approvals_handled: [128000, 'exact'] }],
  ['各类办件 accepted', `${A}全年受理各类办件12.8万件。`, { approvals_handled: [128000, 'exact'] }],
  ['service items in 万件', `${A}全年共办理各类政务服务事项56.3万件。`, { approvals_handled: [563000, 'exact'] }],
  ['余 approvals', `${A}全年完成审批服务事项3.6万余件。`, { approvals_handled: [36000, 'approx'] }],
  ['accepted and completed respectively', `${A}受理、办结行政许可事项分别为1200件和1180件。`, { approvals_handled: [1200, 'exact'] }],
  ['online part in an aside', `${A}受理行政许可申请1260件（其中网上受理1100件）。`, { approvals_handled: [1260, 'exact'] }],
  ['a Chinese numeral that reads as a hotline', `${A}全年共办理行政许可事项一万二千三百四十五件。`, { approvals_handled: [12345, 'exact'] }],
  ['reviews of services', `${A}收到政务服务“好差评”评价1.2万件，好评率100%。`, {}],
  ['licences issued', `${A}发放营业执照3200份。`, {}],
  ['traditional online rate beside available rate', `${AT}網上可辦率100%，全程網辦率88%。`, { online_processing_pct: [88, 'exact'] }],
  // mediation
  ['applications to mediate, mediated with success', `${J}受理调解申请86件，调解成功83件。`, { disputes_resolved: [83, 'exact'] }],
  ['handling success rate', `${J}矛盾纠纷调处成功率98.5%。`, { mediation_success_pct: [98.5, 'exact'] }],
  ['both rates over a bound', `${J}矛盾纠纷化解率、调解成功率均达98%以上。`, { mediation_success_pct: [98, 'approx'] }],
  ['success rate then fulfilment rate', `${Z}调解成功率99%，协议履行率100%。`, { mediation_success_pct: [99, 'exact'] }],
  ['kinds listed, then a weak success rate', `${Z}调解婚姻家庭、邻里、土地等各类纠纷526件，成功率97%。`, { disputes_resolved: [526, 'exact'], mediation_success_pct: [97, 'exact'] }],
  ['letters and visits in 件次', `${Z}受理群众来信来访152件次。`, { petitions_handled: [152, 'exact'] }],
  ['online petitions', `${Z}办理网上信访事项48件。`, { petitions_handled: [48, 'exact'] }],
  ['petition rates both 100%', `${Z}信访事项受理率、按期办结率均达100%。`, {}],
  ['petitions with first and repeated parts', `${Z}全年共受理信访事项320件，其中初信初访260件，重复信访60件。`, { petitions_handled: [320, 'exact'] }],
  ['petitions with a change and a closure rate', `${Z}受理信访事项320件，同比下降15.3%，办结率100%。`, { petitions_handled: [320, 'exact'] }],
  ['street: disputes with a phone number', `${S}设立调解热线0351-7654321，全年化解纠纷128件。`, { disputes_resolved: [128, 'exact'] }],
  ['traditional petitions in 件次', `${ZT}受理群眾來信來訪152件次。`, { petitions_handled: [152, 'exact'] }],
  // proposals, decisions, disclosure
  ['a joint total with an aside', `${P}承办人大代表建议、政协委员提案共68件（其中主办32件）。`, { proposals_handled: [68, 'exact'] }],
  ['two kinds respectively', `${PP}办理省人大代表建议和省政协提案分别为23件和17件。`, { proposals_handled: [40, 'derived'] }],
  ['two kinds before their closure', `${P}人大代表建议12件、政协提案8件全部按期办结，满意率100%。`, { proposals_handled: [20, 'derived'] }],
  ['a total, then its kinds', `${P}办理建议提案26件，其中人大代表建议11件，政协提案15件。`, { proposals_handled: [26, 'exact'] }],
  ['answered proposals', `${P}答复人大代表建议15件。`, { proposals_handled: [15, 'exact'] }],
  ['decisions put to the meeting', `${G}全年提交县政府常务会议审议的重大行政决策事项5件。`, { major_decisions: [5, 'exact'] }],
  ['consultations on decisions', `${G}重大行政决策事项公开征求意见12次。`, {}],
  ['legality reviewed after the decisions counted', `${G}对3项重大行政决策开展合法性审查。`, {}],
  ['hearings held', `${G}围绕重大行政决策事项召开听证会2场。`, {}],
  ['requests handled in time', `${D}办理依申请公开事项58件，均在法定期限内答复。`, { info_disclosure_requests: [58, 'exact'] }],
  ['requests by kind of applicant', `${D}受理政府信息公开申请58件，其中自然人提出56件、法人或其他组织提出2件。`, { info_disclosure_requests: [58, 'exact'] }],
  ['requests counted in 条', `${D}依申请公开政府信息28条。`, { info_disclosure_requests: [28, 'exact'] }],
  ['average days to answer', `${D}政府信息公开申请平均答复用时8个工作日。`, {}],
  ['suits over disclosure', `${D}因依申请公开引发行政诉讼1件。`, {}],
  // publicity
  ['主题普法活动 余', `${J}开展“宪法进万家”等主题普法活动260余场次。`, { legal_publicity_events: [260, 'approx'] }],
  ['legal helpers\' events', `${Z}全镇法律明白人开展宣传80场。`, {}],
  ['a campaign month with leaflets and consultations', `${J}开展“民法典宣传月”活动，发放资料2000份，接受咨询500人次。`, {}],
  ['coverage rate of publicity', `${J}普法宣传活动覆盖率100%。`, {}],
  ['two 送法 kinds add up', `${J}开展送法进企业活动12场次、送法进校园活动18场次。`, { legal_publicity_events: [30, 'derived'] }],
  ['online live sessions', `${J}全年开展线上普法直播6场。`, { legal_publicity_events: [6, 'exact'] }],
  ['traditional events with leaflets', `${JT}開展普法宣傳活動32場次，發放宣傳資料5600餘份。`, { legal_publicity_events: [32, 'exact'] }],
  // hazards and fines
  ['found and remedied as one, with a rate', `${H}排查整治各类安全隐患2600余处，整改率100%。`, { hazards_rectified: [2600, 'approx'] }],
  ['found, rectified, some still being rectified', `${H}发现问题隐患320条，已整改312条，剩余8条正在整改中。`, { hazards_rectified: [312, 'exact'] }],
  ['completion rate of rectification', `${H}隐患整改完成率98%。`, {}],
  ['fire hazards rectified', `${Z}整改消防安全隐患1260处。`, { hazards_rectified: [1260, 'exact'] }],
  ['notices to rectify', `${H}下发隐患整改通知书36份。`, {}],
  ['Chinese numeral hazards 余', `${H}整改隐患问题一千二百余项。`, { hazards_rectified: [1200, 'approx'] }],
  ['fines with 人民币', `${E}罚没款总计人民币86.5万元。`, { fines_yuan: [865000, 'exact'] }],
  ['fines after a change in a share', `${E}罚没收入较上年增长12%，达356万元。`, { fines_yuan: [3560000, 'exact'] }],
  ['fine and confiscation together', `${E}罚款并没收违法所得共计23.6万元。`, { fines_yuan: [236000, 'exact'] }],
  ['Chinese numeral with 零', `${E}罚没款一千零五十万元。`, { fines_yuan: [10500000, 'exact'] }],
  ['fines with what they include in an aside', `${E}罚没金额（含没收违法所得）216万元。`, { fines_yuan: [2160000, 'exact'] }],
  ['超过 fines', `${E}罚没款超过500万元。`, { fines_yuan: [5000000, 'at_least'] }],
  ['fines collected', `${E}收缴罚没款215.6万元。`, { fines_yuan: [2156000, 'exact'] }],
  ['traditional fines with goods\' worth', `${ET}查處案件貨值金額320萬元，罰沒款86萬元。`, { fines_yuan: [860000, 'exact'] }],
]

export const ALL_44: [string, Probe39[]][] = [
  ['approval', APPROVAL_44], ['mediation and petitions', MEDIATION_44], ['proposals, decisions and disclosure', OVERSIGHT_44],
  ['publicity events', PUBLICITY_44], ['hazards and fines', HAZARD_FINE_44], ['second batch', SECOND_44],
]
