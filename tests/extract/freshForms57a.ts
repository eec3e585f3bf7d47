/**
 * Forms from the dev half of the r57a-fresh batch (corpus README, fifty-seventh batch r57a), over invented sentences:
 * - a count stated for each of listed bodies (市委理论学习中心组和市政府常务会议各举办法治专题讲座2次, 县委常委会、县政府常务会议、县政府党组会议
 *   各开展专题学法2次): the clause's figure is one body's, the sessions are that many times it (`derived`), as a count for each of
 *   listed months already was — found on r57a's 德州 2023 opening (read 2 for the labelled 4). Near misses: the bodies' joint count
 *   (共…5次), other bodies each on their own (各乡镇、各部门各自…), other hosts listed before 各 (县委党校和县行政学院各开设…).
 * - a county's own document whose title quotes another title or a name (《南开区关于贯彻落实〈天津市法治政府建设实施纲要（2021—2025年）〉
 *   工作任务清单》, 《平山县关于开展“八五”普法的实施意见》): it still states the town's or street's county, as a plain title of that county's
 *   does — found on r57a's 万兴街 2023 opening (region 万兴街 for 南开区万兴街). Near misses: a city's document quoting a county's title
 *   (《保定市关于推广〈阜平县…〉的通知》: no county of the town), a municipality's own document (《天津市关于…〈…〉…》).
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, headT, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'
import { type Meta } from './metaForms41Kinds'

const G = head('兴隆县人民政府')
const B = head('盘山县农业农村局')

export const EACH_BODY_57A: Probe39[] = [
  ['中心组和常务会议各举办讲座N次', `${G}县委理论学习中心组和县政府常务会议各举办法治专题讲座3次。`, { training_sessions: [6, 'derived'] }],
  ['、-list of three organs 各开展学法N次', `${G}县委常委会、县政府常务会议、县政府党组会议各开展专题学法2次，推动法治政府建设。`, { training_sessions: [6, 'derived'] }],
  ['局党组与局机关各组织讲座N场', `${B}局党组与局机关各组织法治讲座2场，覆盖全体干部。`, { training_sessions: [4, 'derived'] }],
  ['常务会议和党组会议各集中学法N次', `${G}县政府常务会议和县政府党组会议各集中学法4次。`, { training_sessions: [8, 'derived'] }],
  ['traditional: 中心组和常务会议各举办讲座N次', toTraditional(`${headT('兴隆县人民政府')}县委理论学习中心组和县政府常务会议各举办法治专题讲座3次。`), { training_sessions: [6, 'derived'] }],
  // near misses
  ['the bodies\' joint count (共)', `${G}县委理论学习中心组和县政府常务会议共举办法治专题讲座5次。`, { training_sessions: [5, 'exact'] }],
  ['other bodies each on their own (各乡镇、各部门各自)', `${G}县政府常务会议学法4次，各乡镇、各部门各自组织学法120余次。`, { training_sessions: [4, 'exact'] }],
  ['other hosts listed before 各 (党校和行政学院)', `${G}县政府常务会议学法6次，县委党校和县行政学院各开设法治课程2期。`, { training_sessions: [6, 'exact'] }],
  ['listed months before 各 (unchanged)', `${B}局于3月和9月各举办法治讲座1次。`, { training_sessions: [2, 'derived'] }],
]

const m = (agency: string | null, region: string | null, sector: string | null, year: number | null): Meta => ({ agency, region, sector, year })

export const QUOTING_COUNTY_DOCUMENT_57A: [string, string, Meta][] = [
  ['a street, its district\'s list quoting the city\'s plan', '2022年，在区委、区政府的领导下，长虹街以习近平法治思想为指导，依照《河东区关于贯彻落实〈天津市法治政府建设实施纲要（2021—2025年）〉工作任务清单》推进法治建设。现将本街情况报告如下：', m('长虹街道办事处', '河东区长虹街', '街道', 2022)],
  ['a town, its county\'s division of tasks quoting the province\'s plan', '2022年，在县委、县政府的领导下，城关镇按照《平山县关于贯彻落实〈河北省法治政府建设实施方案〉的任务分工》推进法治建设。现将情况报告如下：', m('城关镇人民政府', '平山县城关镇', '乡镇政府', 2022)],
  ['a town, its county\'s opinion quoting a name', '2023年，西柏坡镇认真落实《平山县关于开展“八五”普法的实施意见》，推进基层法治建设。现将情况报告如下：', m('西柏坡镇人民政府', '平山县西柏坡镇', '乡镇政府', 2023)],
  ['a street office, its district\'s list without 关于', '2022年，在区委、区政府的领导下，长虹街道办事处依照《河东区贯彻〈天津市法治政府建设实施纲要〉任务清单》推进法治建设。现将情况报告如下：', m('长虹街道办事处', '河东区长虹街道', '街道', 2022)],
  ['traditional: a town, its county\'s division of tasks', toTraditional('2022年，在縣委、縣政府的領導下，城關鎮按照《平山縣關於貫徹落實〈河北省法治政府建設實施方案〉的任務分工》推進法治建設。現將情況報告如下：'), m('城关镇人民政府', '平山县城关镇', '乡镇政府', 2022)],
  // near misses
  ['a city\'s notice quoting a county\'s title', '2022年，城关镇学习《保定市关于推广〈阜平县法治乡村建设经验〉的通知》，推进法治建设。现将情况报告如下：', m('城关镇人民政府', '城关镇', '乡镇政府', 2022)],
  ['a municipality\'s own plan quoting the national one', '2022年，长虹街依照《天津市关于贯彻落实〈法治政府建设实施纲要（2021—2025年）〉的实施方案》推进法治建设。现将本街情况报告如下：', m('长虹街道办事处', '长虹街', '街道', 2022)],
]

/** The second batch: both forms in new wording, written after the rules and run once (corpus README, "Dev forms of r57a-fresh"). */
const T = head('滦平县人民政府')
export const SECOND_EACH_BODY_57A: Probe39[] = [
  ['常委会会议与常务会议各安排集中学法N次', `${T}县委常委会会议与县政府常务会议各安排集中学法3次，学习新修订的法律法规。`, { training_sessions: [6, 'derived'] }],
  ['局党委和局机关各举行法治讲座N期', `${head('承德市生态环境局')}局党委和局机关各举行法治讲座2期。`, { training_sessions: [4, 'derived'] }],
  ['镇党委、镇政府各召开专题学法会议N次', `${head('西地镇人民政府')}镇党委、镇政府各召开专题学法会议2次。`, { training_sessions: [4, 'derived'] }],
  ['traditional: 中心组與常務會議各舉辦講座N次', toTraditional(`${headT('滦平县人民政府')}县委中心组与县政府常务会议各举办法治讲座2次。`), { training_sessions: [4, 'derived'] }],
  // near miss
  ['the two organs\' sum (合计)', `${T}县委常委会和县政府常务会议合计学法9次。`, { training_sessions: [9, 'exact'] }],
]

export const SECOND_QUOTING_COUNTY_DOCUMENT_57A: [string, string, Meta][] = [
  ['a township, its autonomous county\'s plan quoting another', '2023年，红旗乡贯彻《丰宁满族自治县关于落实〈法治乡村建设实施意见〉的工作方案》，推进依法行政。现将情况报告如下：', m('红旗乡人民政府', '丰宁满族自治县红旗乡', '乡镇政府', 2023)],
  ['a street, its district\'s notice quoting a campaign\'s name', '2024年，在区委、区政府的领导下，五一街道对照《蓟州区关于开展“民主法治示范街道”创建活动的通知》推进工作。现将有关情况报告如下：', m('五一街道办事处', '蓟州区五一街道', '街道', 2024)],
  ['a town, its county\'s points with the year first', '2023年，大屯镇围绕《2023年滦平县贯彻〈河北省法治政府建设实施方案〉工作要点》开展工作。现将情况报告如下：', m('大屯镇人民政府', '滦平县大屯镇', '乡镇政府', 2023)],
  ['traditional: a street, its district\'s list', toTraditional('2022年，新华街道依照《宁河区关于落实〈天津市法治社会建设实施方案〉的任务清单》推进法治建设。现将情况报告如下：'), m('新华街道办事处', '宁河区新华街道', '街道', 2022)],
  // near miss
  ['a province\'s opinion quoting a name', '2023年，大屯镇学习《河北省关于推广“枫桥经验”的意见》，推进矛盾纠纷化解。现将情况报告如下：', m('大屯镇人民政府', '大屯镇', '乡镇政府', 2023)],
]

/**
 * Found by the second batch: a town or street written as a lead's subject before 对照 or 遵照 (渔阳街道对照《…》推进工作, 孤山子镇遵照县委、
 * 县政府部署…): the author, as before 依照, 按照 or 对标. Near misses: a bureau before 对照 (read already by its organ's name), the area's
 * towns and departments before 对照 under a county's title (the title's government stays the author).
 */
export const SUBJECT_BEFORE_DUIZHAO_57A: [string, string, Meta][] = [
  ['a street before 对照《…》', '2024年，在区委、区政府的领导下，渔阳街道对照《蓟州区关于开展法治创建活动的通知》推进工作。现将有关情况报告如下：', m('渔阳街道办事处', '蓟州区渔阳街道', '街道', 2024)],
  ['a town before 遵照', '2023年，孤山子镇遵照县委、县政府部署推进依法行政。现将情况报告如下：', m('孤山子镇人民政府', '孤山子镇', '乡镇政府', 2023)],
  ['a town before 对照 after its lead clause', '2023年，在县委、县政府的领导下，六沟镇对照上级部署推进法治建设。现将情况报告如下：', m('六沟镇人民政府', '六沟镇', '乡镇政府', 2023)],
  ['traditional: a town before 对照', toTraditional('2023年，在縣委、縣政府的領導下，六溝鎮對照上級部署推進法治建設。現將情況報告如下：'), m('六沟镇人民政府', '六沟镇', '乡镇政府', 2023)],
  // near misses
  ['a bureau before 对照', '2022年，宽城满族自治县自然资源和规划局对照年度法治政府建设任务清单逐项推进。现将情况报告如下：', m('宽城满族自治县自然资源和规划局', '宽城满族自治县', '自然资源', 2022)],
  ['the area\'s towns and departments before 对照 under a county\'s title', `${G}各乡镇、各部门对照《兴隆县法治政府建设考核细则》开展自查自评。`, m('兴隆县人民政府', '兴隆县', '区县政府', 2023)],
]
