/**
 * Precision forms of round 47's training probes (trainingForms47.ts has the recall forms and the reports' heads): figures that
 * stand by the training words and are not the author's own sessions, people or hours of the year — requirements and targets
 * (每人每年不少于N学时, 确保, 力争), trainings the author's people only attended (参加, 选派, 派员) against those it organised, trainings
 * of other bodies (the party school, 组织部, a court, a school, a hospital, the units below) and of the whole area, sums over years
 * (以来, 近三年, 五年来, “八五”普法), the laws studied (学习法律法规N部) against the sessions, documents, articles, meetings and
 * materials counted, publicity events against trainings, the audiences of events, exam takers and pass rates, trainings on other
 * topics, the year before's figures and changes, the hours of a course or of all sessions, card holders against newly certified.
 * Each with the author's own figure beside it where real reports put one. Sentences invented for this test.
 */
import { CB, CG, CR, JD, MIN, MINF, PRV, PRW, XA, XG, XH, XJ, XM, XTX, ZG, ALL_RECALL_47, tw } from './trainingForms47'
import type { Probe39 } from './unseenForms39'

export const REQUIREMENTS_47: Probe39[] = [
  ['a requirement of hours per person per year', `${XA}严格落实领导干部每人每年学法不少于40学时的要求。`, {}],
  ['a requirement with 确保', `${CR}确保干部职工人均学法不少于50学时。`, {}],
  ['a requirement set by a plan', `${XG}印发年度学法计划，明确县政府工作人员每人每年学法不少于40学时。`, {}],
  ['a requirement then the result', `${XM}按照每人每年不少于40学时的要求，干部职工人均学法达到46学时。`, { training_hours_per_person: [46, 'exact'] }],
  ['a target of sessions', `${XH}力争全年举办法治培训不少于4期。`, {}],
  ['a rule of frequency', `${ZG}建立镇党委会议每月至少学法1次的制度。`, {}],
  ['a rule of frequency then the count', `${JD}坚持每月集中学法1次，全年集中学法12次。`, { training_sessions: [12, 'exact'] }],
  ['a requirement of the exam', `${XTX}要求全体干部学法考试合格率达到100%。`, {}],
  ['a plan for next year', `${CB}下一步，计划举办执法人员轮训班6期。`, {}],
  ['a target in a plan with a year', `${PRV}《2024年度干部学法计划》安排专题学法8次。`, {}],
  ['a requirement in words', `${XJ}要求执法人员每年参加法律知识培训不少于六十学时。`, {}],
  ['a traditional requirement', tw('青河县人民政府', '要求领导干部每人每年学法不少于40学时。'), {}],
  ['a requirement of sessions per quarter', `${MINF}要求各司局每季度至少组织一次集中学法。`, {}],
  ['the planned and the done', `${XA}年初安排集中学法10次，实际完成12次。`, { training_sessions: [12, 'exact'] }],
]

export const ATTENDED_47: Probe39[] = [
  ['attended a province\'s course', `${XA}参加省农业农村厅举办的执法骨干培训班2期。`, {}],
  ['sent people to a city\'s course', `${XM}选派6名执法人员参加市医保局举办的基金监管执法培训。`, {}],
  ['sent staff to the ministry\'s course', `${PRV}派员参加自然资源部举办的法治专题培训班3期，参训18人次。`, {}],
  ['staff attended a video training', `${XH}组织干部职工参加全省住建系统视频法治培训4次。`, {}],
  ['attended then own', `${CB}参加市政府法治专题讲座2场；局内举办执法人员培训班3期，培训队员420人次。`,
    { training_sessions: [3, 'exact'], training_participants: [420, 'exact'] }],
  ['own then attended', `${XJ}举办法治讲座4场，另派员参加市司法局培训2期。`, { training_sessions: [4, 'exact'] }],
  ['leaders attended the party school', `${XTX}局领导班子成员参加县委党校法治专题研讨班1期。`, {}],
  ['people who attended a higher body\'s lecture', `${ZG}镇村干部86人参加县委组织部举办的法治专题讲座。`, {}],
  ['a town attended the county government\'s meeting study', `${ZG}镇长列席县政府常务会议会前学法3次。`, {}],
  ['attended online courses of the platform', `${CR}干部职工参加“学习强国”法治专题线上学习，共计1200人次。`, {}],
  ['traditional attended', tw('青河县农业农村局', '派员参加省厅举办的执法培训班3期。'), {}],
  ['attended courses in a list', `${XH}参加国家住建部培训1次、省住建厅培训3次、市住建局培训2次。`, {}],
  ['a ministry\'s staff attended a central course', `${MIN}部机关干部参加中央和国家机关工委举办的法治讲座2场。`, {}],
  ['attended then their people', `${XA}先后参加市局组织的执法能力培训5期，参训人员30人次。`, {}],
  ['sent a few then its own', `${XM}选派业务骨干参加省局培训3期；组织局机关全体干部开展法治培训2期，参训110人次。`,
    { training_sessions: [2, 'exact'], training_participants: [110, 'exact'] }],
]

export const OTHER_BODIES_47: Probe39[] = [
  ['the party school\'s course', `${XG}县委党校举办领导干部法治专题培训班2期。`, {}],
  ['the organisation department\'s course', `${XG}县委组织部举办科级干部法治轮训班3期，培训420人次。`, {}],
  ['a court\'s lectures', `${XG}县人民法院开展法官进机关法治讲座6场。`, {}],
  ['a hospital\'s training', `${PRW}省人民医院组织医务人员开展医疗纠纷法律培训8场。`, {}],
  ['a school\'s lessons', `${XJ}县第一中学开展法治教育课12节。`, {}],
  ['the towns\' study sessions', `${XG}各乡镇开展集中学法156次。`, {}],
  ['the subordinate units\' sessions', `${XA}局属各单位开展法治学习42次。`, {}],
  ['the units below then own', `${CB}各区城管执法分局开展法治培训36场，局机关开展法治培训5场。`, { training_sessions: [5, 'exact'] }],
  ['the villages\' study', `${ZG}各村（社区）开展学法活动48场。`, {}],
  ['member units of a committee', `${XJ}县普法办成员单位开展普法活动220场。`, {}],
  ['the city\'s course in a county bureau', `${XTX}市税务局举办税收执法培训班2期，我局参训12人次。`, {}],
  ['a hospital\'s staff in a health report', `${PRW}委属医院开展法治培训240余场次。`, {}],
  ['a university\'s law lectures', `${PRV}省自然资源学校举办法治讲座5场。`, {}],
  ['traditional other body', tw('青河县人民政府', '县委组织部举办法治专题培训班2期。'), {}],
  ['the other department\'s course joined by the author', `${XH}县司法局举办行政执法人员培训班1期，我局24名执法人员参训。`, {}],
  ['a lawyer\'s lectures as an adviser\'s service', `${XM}法律顾问全年审查合同16份，开展法治讲座2次。`, {}],
]

export const WHOLE_AREA_47: Probe39[] = [
  ['the county\'s own system\'s sessions read alone', `${XA}全县农业农村系统开展法治培训46场次。`, { training_sessions: [46, 'exact'] }],
  ['the county\'s people in a bureau', `${XM}全县医保系统培训工作人员1300人次。`, {}],
  ['the county\'s then own', `${XJ}全县开展行政执法人员培训86场次，其中局机关组织6场次。`, { training_sessions: [6, 'exact'] }],
  ['the city\'s hours in a city bureau', `${CR}全市国家工作人员人均学法52学时，局机关干部人均学法60学时。`, { training_hours_per_person: [60, 'exact'] }],
  ['the province\'s system\'s publicity read alone', `${PRV}全省自然资源系统开展普法宣传活动3200余场。`, { legal_publicity_events: [3200, 'approx'] }],
  ['the county\'s publicity then own', `${XJ}全县开展普法活动920场，其中局本级开展普法活动60场。`, { legal_publicity_events: [60, 'exact'] }],
  ['a town: the county\'s sessions quoted', `${ZG}全县组织国家工作人员集中学法1200余次，本镇集中学法12次。`, { training_sessions: [12, 'exact'] }],
  ['the nation\'s system\'s people read alone in a ministry', `${MINF}全国林草系统培训执法人员5.6万人次。`, { training_participants: [56000, 'exact'] }],
  ['the county\'s exam takers', `${XG}全县1.8万名国家工作人员参加网上学法考试，参考率99.8%。`, {}],
]

export const YEARS_47: Probe39[] = [
  ['since a year, summed', `${XA}2021年以来，累计举办执法人员培训班26期。`, {}],
  ['three years summed', `${XH}近三年共开展法治培训18场次，培训1600余人次。`, {}],
  ['five years summed', `${CG}五年来，市政府常务会议会前学法62次。`, {}],
  ['the eighth plan\'s sum', `${XJ}“八五”普法以来开展普法活动1300余场。`, {}],
  ['the year before in an aside', `${XM}举办法治培训5期（2022年为3期）。`, { training_sessions: [5, 'exact'] }],
  ['the year before and this year', `${CB}2022年开展法治培训8场，2023年开展12场。`, { training_sessions: [12, 'exact'] }],
  ['a change only', `${XTX}参训人次较上年增长15%。`, {}],
  ['a change beside the count', `${XA}举办法治培训班4期，较上年增加2期。`, { training_sessions: [4, 'exact'] }],
  ['a change of people beside', `${CR}培训执法人员560人次，同比增加120人次。`, { training_participants: [560, 'exact'] }],
  ['a half year\'s sessions', `${XG}上半年县政府常务会议会前学法7次。`, {}],
  ['a month\'s publicity beside the year\'s', `${XJ}12月开展宪法宣传活动30场，全年开展普法活动260场。`, { legal_publicity_events: [260, 'exact'] }],
  ['since the programme began', `${ZG}“法律明白人”培养工程实施以来，累计培训1200人次。`, {}],
  ['traditional span', tw('临江市城市管理局', '2020年以来累计培训执法队员3600人次。'), {}],
]

export const LAWS_DOCS_47: Probe39[] = [
  ['laws studied only', `${XG}县政府常务会议全年学习法律法规38部。`, {}],
  ['articles studied only', `${XH}局党组会议专题学习《建设工程质量管理条例》等法规条文120条。`, {}],
  ['laws studied then sessions', `${XM}学习法律法规18部，开展集中学法9次。`, { training_sessions: [9, 'exact'] }],
  ['plans issued', `${XA}印发学法计划、培训方案等文件3份。`, {}],
  ['study articles pushed', `${CR}通过微信公众号推送学法文章86篇。`, {}],
  ['materials printed for study', `${XTX}编印《税收执法常用法律汇编》学习资料600册。`, {}],
  ['reading books handed out', `${ZG}为机关干部发放法治读本150本。`, {}],
  ['party meetings counted', `${XJ}召开党组会议24次，研究法治政府建设工作6次。`, {}],
  ['study meetings with party meetings', `${XA}召开理论学习中心组学习会12次、党组会议28次。`, {}],
  ['meetings that deployed training', `${CB}召开法治培训工作部署会2次。`, {}],
  ['questions and a bank', `${XG}建立学法考试题库，收录试题2400道。`, {}],
  ['courses on the platform', `${MIN}网络学院上线法治课程46门。`, {}],
  ['a session\'s ordinal', `${CR}举办第12期“人社法治讲堂”。`, {}],
  ['a date as a figure', `${XH}于12月4日举办宪法专题讲座。`, {}],
  ['laws with sessions in a list', `${JD}开展集中学法10次，学习法律法规32部、典型案例8个。`, { training_sessions: [10, 'exact'] }],
  ['traditional laws studied', tw('临江市人民政府', '市政府常务会议学习法律法规26部。'), {}],
]

export const PUBLICITY_47: Probe39[] = [
  ['publicity events are no sessions', `${XJ}开展“宪法进万家”普法宣传活动26场。`, { legal_publicity_events: [26, 'exact'] }],
  ['materials handed out beside the events', `${XM}开展医保法规宣传活动12场，发放宣传资料8000余份。`, { legal_publicity_events: [12, 'exact'] }],
  ['materials only', `${XH}发放《民法典》宣传册3000份。`, {}],
  ['the audience of events', `${XA}开展普法宣传活动18场次，受众群众2.3万人次。`, { legal_publicity_events: [18, 'exact'] }],
  ['the audience only', `${CB}普法宣传覆盖群众5万余人次。`, {}],
  ['people reached are no trainees', `${XTX}开展税法宣传进社区活动10场，惠及纳税人1500余户。`, { legal_publicity_events: [10, 'exact'] }],
  ['a lecture for firms is publicity', `${XM}为定点医药机构举办医保法规讲座6场，参加人员480人次。`, { legal_publicity_events: [6, 'exact'] }],
  ['a lecture in schools is publicity', `${XJ}法治副校长进校园开展法治讲座22场。`, { legal_publicity_events: [22, 'exact'] }],
  ['consultations answered', `${XJ}开展法律咨询活动8场，解答群众咨询360余人次。`, { legal_publicity_events: [8, 'exact'] }],
  ['leaflets and slogans', `${ZG}张贴宣传标语120条，悬挂横幅36条。`, {}],
  ['screens and messages', `${CB}利用电子显示屏滚动播放普法标语2000余条次。`, {}],
  ['articles of publicity', `${XH}在县融媒体中心刊发普法文章24篇。`, {}],
  ['publicity of another topic', `${XA}开展防范电信诈骗宣传活动15场。`, {}],
  ['a theory talk for the public', `${JD}开展党的二十大精神宣讲活动30场。`, {}],
  ['a fire safety training', `${ZG}组织机关干部开展消防安全培训2次。`, {}],
  ['a business training', `${CR}举办业务技能培训班6期，培训960人次。`, {}],
  ['a publicity week\'s events are the week\'s', `${XJ}“宪法宣传周”期间开展宣传活动45场。`, {}],
  ['publicity by the villages', `${ZG}各村开展普法宣传活动64场。`, {}],
  ['traditional materials and events', tw('东湖街道办事处', '开展普法宣传活动16场，发放宣传资料2000余份。'), { legal_publicity_events: [16, 'exact'] }],
  ['trainees of outsiders', `${XA}举办高素质农民培训班8期，培训农民640人次。`, {}],
  ['trainees of firms', `${XH}组织建筑企业安全生产法律法规培训3场，培训企业负责人260人次。`, {}],
]

export const EXAMS_HOURS_47: Probe39[] = [
  ['exam takers and passed', `${XJ}组织执法人员参加执法资格考试，参考45人，通过42人。`, {}],
  ['exam with the sessions before', `${XM}开展法治培训3期；组织网上学法考试2次，参考率达100%。`, { training_sessions: [3, 'exact'] }],
  ['exam takers as people', `${CR}全局210名干部参加年度学法用法考试。`, {}],
  ['a quiz\'s answers', `${XTX}组织干部参与法治知识线上答题，参与2600余人次。`, {}],
  ['an exam average score', `${ZG}机关干部学法考试平均成绩92.6分。`, {}],
  ['passed after a course', `${XA}举办执法培训班2期，培训后考试合格86人。`, { training_sessions: [2, 'exact'] }],
  ['total hours of the sessions', `${XH}开展集中学法12次，累计学法时长36小时。`, { training_sessions: [12, 'exact'] }],
  ['a course\'s hours', `${CB}举办执法人员培训班1期，本期培训共安排课程32课时。`, { training_sessions: [1, 'exact'] }],
  ['hours of each session', `${XG}每次会前学法时间不少于30分钟。`, {}],
  ['hours of a course per day', `${PRV}培训班为期5天，共计40学时。`, {}],
  ['hours of the whole staff summed', `${XTX}全局干部累计学法2.6万学时。`, {}],
  ['hours and a rate', `${CR}干部人均学法48学时，学法完成率100%。`, { training_hours_per_person: [48, 'exact'] }],
  ['hours of the county quoted in a town', `${ZG}全县国家工作人员人均学法45学时，镇机关干部人均学法50学时。`, { training_hours_per_person: [50, 'exact'] }],
]

export const CERTIFIED_47: Probe39[] = [
  ['card holders', `${XA}全局持有行政执法证件人员58人。`, { certified_officers: [58, 'exact'] }],
  ['newly certified', `${XM}新申领行政执法证12人。`, {}],
  ['passed then certified', `${XH}组织执法人员参加执法资格考试，26人取得执法证件。`, {}],
  ['holdings after a course', `${CB}举办执法培训班2期，培训队员300人次；全局持证执法人员268人。`,
    { training_sessions: [2, 'exact'], training_participants: [300, 'exact'], certified_officers: [268, 'exact'] }],
  ['traditional holdings', tw('青河县医疗保障局', '持有行政执法证人员16人。'), { certified_officers: [16, 'exact'] }],
  ['renewed cards', `${XJ}为全县执法人员换发执法证件420个。`, {}],
]

export const ALL_47: [string, Probe39[]][] = [
  ...ALL_RECALL_47,
  ['requirements', REQUIREMENTS_47], ['attended', ATTENDED_47], ['other bodies', OTHER_BODIES_47], ['whole area', WHOLE_AREA_47],
  ['years', YEARS_47], ['laws and documents', LAWS_DOCS_47], ['publicity against training', PUBLICITY_47],
  ['exams and hours', EXAMS_HOURS_47], ['card holders', CERTIFIED_47],
]
