/**
 * Forms from the dev half of the r57b-fresh batch (corpus README, fifty-seventh batch r57b), over invented sentences:
 * - (value) the author teaching inside cadre classes another body runs (在科干班、青干班等N个干部教育培训班开展教学，覆盖干部M人): the classes'
 *   people and sessions are the classes' host's (the party school's or organisation department's), not the author's trainees or sessions —
 *   as lectures given on invitation elsewhere (为市直单位授课) are not; found on r57b's 清镇市 passage (覆盖干部300余人 read as participants).
 * - (value) a count of times the leaders deployed or took up a work (部署执法、司法、守法、普法工作20余次; 研究学法工作N次): deployments, not
 *   events of that work; found on r57b's unnamed county opening (read as 20 publicity events).
 * - (meta) a zone named 经济区 (贵州双龙航空港经济区, X临空经济区): a zone governed by its 管理委员会, as 开发区 and 新区 are; found on r57b's
 *   双龙 opening (agency, region and sector unread).
 * - (meta) a town's district named by its own measures the town follows (对标《纲要》、重庆市的实施方案和涪陵区的细化落实措施): the
 *   district it answers to, as its document's title would state; found on r57b's 罗云镇 opening.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'
import { m, type Meta } from './metaForms41Kinds'

const CITY = head('仁怀市人民政府')
const COUNTY = head('桐梓县人民政府')
const SFJ = head('兴义市司法局')

/** Teaching inside another body's cadre classes: its trainees and sessions are the classes'. */
export const TAUGHT_IN_CLASSES_57B: Probe39[] = [
  ['taught in cadre classes, the cadres covered', `${CITY}在科干班、中青班等4个主体班次开展宪法专题教学，覆盖学员260余人。`, {}],
  ['taught in the party school\'s classes by kind, lessons counted', `${COUNTY}在青干班、选调生班开展习近平法治思想授课5场次。`, {}],
  ['a course taught in cadre training classes, trainees after it', `${SFJ}在全市干部教育培训班讲授法治课程，受训干部共计420人次。`, {}],
  ['traditional: taught in cadre classes', toTraditional(`${CITY}在科干班、中青班等4个主体班次开展宪法专题教学，覆盖学员260余人。`), {}],
  // near misses
  ['its own class, then its cadres covered', `${COUNTY}举办全县执法人员法治培训班2期，覆盖干部职工150人。`,
    { training_sessions: [2, 'exact'], training_participants: [150, 'exact'] }],
  ['its own class named by place, then trainees', `${SFJ}在局机关举办法治培训班3期，参训干部120人次。`,
    { training_sessions: [3, 'exact'], training_participants: [120, 'exact'] }],
  ['taught in others\' classes, then its own sessions two clauses on', `${CITY}在科干班开展法治教学，覆盖学员80人，组织政府常务会议会前学法6次。`,
    { training_sessions: [6, 'exact'] }],
]

/** Deployments of a work counted: no events of it. */
export const DEPLOYED_WORK_57B: Probe39[] = [
  ['deployed the publicity work', `${COUNTY}县政府专题部署普法工作12次。`, {}],
  ['deployed a list of works ending in 普法', `${CITY}全年部署执法、守法、普法工作15余次。`, {}],
  ['took up law study and publicity work', `${SFJ}局党组研究安排学法和法治宣传工作6次。`, {}],
  ['traditional: deployed the publicity work', toTraditional(`${COUNTY}县政府专题部署普法工作12次。`), {}],
  // near misses
  ['events of the publicity work', `${COUNTY}全年开展普法宣传活动35场次。`, { legal_publicity_events: [35, 'exact'] }],
  ['events after the work named', `${CITY}围绕普法工作开展送法下乡活动8次。`, { legal_publicity_events: [8, 'exact'] }],
]

/** A zone named 经济区 and a town's district named by the measures it follows. */
export const ZONE_AND_MEASURES_57B: [string, string, Meta][] = [
  ['a zone named 经济区 with its province\'s short name, named again short', '2023年，湖南黄花临空经济区（以下简称经济区）以习近平新时代中国特色社会主义思想为指导，推进法治政府建设。',
    m('湖南黄花临空经济区管理委员会', '湖南黄花临空经济区', '区县政府', 2023)],
  ['a zone named 经济区 in a title', '江西昌北航空港经济区2022年度法治政府建设工作报告\n2022年，经济区党工委、管委会坚持依法行政。',
    m('江西昌北航空港经济区管理委员会', '江西昌北航空港经济区', '区县政府', 2022)],
  ['a zone named 经济区 with its 管理委员会 in the title', '湖南黄花临空经济区管理委员会2024年法治政府建设情况报告\n2024年，经济区深入推进依法行政。',
    m('湖南黄花临空经济区管理委员会', '湖南黄花临空经济区', '区县政府', 2024)],
  ['a town following its district\'s measures after its municipality\'s plan', '2024年，石溪镇对标《法治政府建设实施纲要（2021-2025年）》、重庆市的实施方案和长寿区的细化落实措施，推进依法行政。',
    m('石溪镇人民政府', '长寿区石溪镇', '乡镇政府', 2024)],
  ['a town following its county\'s measures alone', '2023年，龙泉镇以习近平法治思想为指导，对照宣汉县的细化措施，扎实推进法治政府建设。',
    m('龙泉镇人民政府', '宣汉县龙泉镇', '乡镇政府', 2023)],
  // near misses
  ['a region named 经济区 as a strategy, the author a county', '2023年，合浦县主动融入北部湾经济区建设，坚持依法行政。',
    m('合浦县人民政府', '合浦县', '区县政府', 2023)],
  ['a town following a city\'s plan only', '2023年，白马镇对标重庆市的实施方案，推进依法行政。',
    m('白马镇人民政府', '白马镇', '乡镇政府', 2023)],
]

const XIAN = head('湄潭县司法局')
const QU = head('南岸区人民政府')

/** The second batch, in new wording, run once after the rules (corpus README, "Dev forms of r57b-fresh"). */
export const SECOND_VALUES_57B: Probe39[] = [
  ['taught in the organisation department\'s classes, trainees covered', `${XIAN}在县委组织部举办的中青年干部培训班上讲授行政执法专题课，受训学员150人。`, {}],
  ['lessons given in the party school\'s main classes', `${QU}安排法律顾问在处干班、科干班进行法治专题授课4场次，覆盖干部210人次。`, {}],
  ['traditional: taught in cadre classes', toTraditional(`${XIAN}在县委组织部举办的中青年干部培训班上讲授行政执法专题课，受训学员150人。`), {}],
  ['deployments of a list ending in the study work', `${QU}区政府常务会议研究部署依法行政、法治宣传和学法用法工作8次。`, {}],
  ['arrangements of the publicity work counted', `${XIAN}局党组会议安排普法依法治理工作累计5次。`, {}],
  ['traditional: deployments counted', toTraditional(`${QU}区政府常务会议研究部署依法行政、法治宣传和学法用法工作8次。`), {}],
  // near misses
  ['its own cadres\' class, then its trainees', `${XIAN}举办全局干部法治培训班2期，培训干部96人次。`,
    { training_sessions: [2, 'exact'], training_participants: [96, 'exact'] }],
  ['a deployment clause, then its own events', `${QU}研究部署普法工作，全年开展“法律进社区”活动26场次。`, { legal_publicity_events: [26, 'exact'] }],
  ['a deployment, then its own sessions in the next clause', `${XIAN}党组会议部署学法工作3次，组织集中学法12次。`, { training_sessions: [12, 'exact'] }],
]

/** The second batch of openings, in new wording, run once after the rules. */
export const SECOND_META_57B: [string, string, Meta][] = [
  ['a 临港经济区 in a title with its 党工委、管委会 lead', '广西钦州临港经济区2024年度法治政府建设工作报告\n2024年，临港经济区党工委、管委会坚持以习近平法治思想为指导。',
    m('广西钦州临港经济区管理委员会', '广西钦州临港经济区', '区县政府', 2024)],
  ['a 空港经济区 in a body lead', '2022年，四川空港经济区（简称经济区）深入推进依法行政，法治政府建设取得新成效。',
    m('四川空港经济区管理委员会', '四川空港经济区', '区县政府', 2022)],
  ['a town holding itself to its county\'s plan after the province\'s', '2024年，茶园乡对照《四川省法治政府建设实施方案》和通江县的实施方案，扎实推进依法行政。',
    m('茶园乡人民政府', '通江县茶园乡', '乡镇政府', 2024)],
  ['a street holding itself to its district\'s measures', '2023年，龙泉街道以习近平法治思想为指导，对标江北区的细化落实措施，推进法治政府建设。',
    m('龙泉街道办事处', '江北区龙泉街道', '街道', 2023)],
  // near misses (a province's short name before its city is that province in full: the README's ruling of round 55)
  ['a province\'s short name before a city, no zone', '2023年，贵州遵义市坚持依法行政，推进法治政府建设。', m('遵义市人民政府', '贵州省遵义市', '市政府', 2023)],
  ['a town holding itself to the city\'s plan only', '2023年，清水镇以习近平法治思想为指导，对照重庆市的实施方案，推进依法行政。', m('清水镇人民政府', '清水镇', '乡镇政府', 2023)],
]
