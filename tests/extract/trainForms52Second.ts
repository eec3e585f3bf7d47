/**
 * The second batch of round 52 (trainForms52, mediForms52), written after the rules in new wording for the forms they read: the
 * units under the author or its area as a subject (区直各单位, 委属医院, 部直属单位, 各社区) against people drawn from them, people counted
 * after an event the author only attended against its own, people chosen to attend (挑选, 抽选), a quiz's people, continuing-education
 * hours, petition-born conflicts, a named town's committee or 综治中心, reviews closed by mediation; each with a twin that must still
 * read. Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

const MIN = head('农业农村部')
const PRV = head('河北省司法厅')
const CITY_GOV = head('鹿鸣市人民政府')
const CITY_HLT = head('鹿鸣市卫生健康委员会')
const DIST_GOV = head('鹿鸣市东湖区人民政府')
const CO_GOV = head('岚溪县人民政府')
const CO_JUS = head('岚溪县司法局')
const CO_MKT = head('岚溪县市场监督管理局')
const CO_HLT = head('岚溪县卫生健康局')
const CO_EDU = head('岚溪县教育体育局')
const TOWN = head('云台镇人民政府')
const STREET = head('柳湾街道办事处')

export const SECOND_52: Probe39[] = [
  // the units under the author or its area, and people drawn from them
  ['a district\'s units in its government\'s report', `${DIST_GOV}区直各单位共开展法治讲座56场。`, {}],
  ['a city\'s departments organising study', `${CITY_GOV}市直部门组织集中学法累计630余次。`, {}],
  ['a province department\'s units', `${PRV}厅属各单位举办法治培训班28期。`, {}],
  ['a commission\'s hospitals', `${CITY_HLT}委属医院开展依法执业培训36场。`, {}],
  ['a ministry\'s institutions', `${MIN}部直属单位开展法治专题学习210次。`, {}],
  ['a street\'s communities', `${STREET}各社区开展法治学习24场。`, {}],
  tw(['a town\'s villages with 全镇', `${TOWN}全镇各村（居）组织学法活动52场次。`, {}]),
  ['the county\'s heads at the government\'s own course', `${CO_GOV}县政府举办法治专题培训班2期，县直各部门主要负责人参训180人次。`,
    { training_sessions: [2, 'exact'], training_participants: [180, 'exact'] }],
  // people after an attended event, chosen few, and the author's own
  ['the staff after a province course attended', `${CO_JUS}参加省司法厅举办的视频培训3次，全局参训干部共210人次。`, {}],
  ['people at a party school, said after it', `${CO_MKT}参加市委党校培训班2期，我局共有12人次参加。`, {}],
  ['people chosen with 挑选', `${CO_HLT}挑选执法骨干20人参加省卫健委执法培训。`, {}],
  tw(['people chosen with 抽选', `${CO_MKT}抽选15名青年干部参加市局法治轮训。`, {}]),
  ['the author\'s own course, then its people', `${CO_HLT}局机关举办法治培训班2期，全局共186人次参训。`,
    { training_sessions: [2, 'exact'], training_participants: [186, 'exact'] }],
  ['staff organised for online courses, then their people', `${CO_EDU}组织干部职工参加线上法治培训4场，累计326人次参训。`,
    { training_sessions: [4, 'exact'], training_participants: [326, 'exact'] }],
  // quizzes and continuing education
  ['a quiz\'s people with 竞答', `${CO_JUS}开展宪法知识竞答活动，参与答题干部职工1360人次。`, {}],
  ['people of an online quiz', `${CO_MKT}组织网上学法答题，参与人数856人。`, {}],
  ['a lecture\'s listeners, the twin', `${CO_MKT}举办法治讲座3场，参加听讲干部职工210人次。`,
    { training_sessions: [3, 'exact'], training_participants: [210, 'exact'] }],
  ['teachers\' continuing education in 小时', `${CO_EDU}全体教职工完成继续教育学时人均90小时。`, {}],
  tw(['doctors\' continuing education', `${CO_HLT}医务人员参加继续医学教育，人均完成32学时。`, {}]),
  ['online law study per person, the twin', `${CO_MKT}干部职工人均在线学法36学时。`, { training_hours_per_person: [36, 'exact'] }],
  // petition-born conflicts, towns' committees, reviews closed by mediation
  ['petition-born hazards swept and settled', `${TOWN}排查调处信访矛盾隐患18件。`, {}],
  ['petition-born conflicts resolved', `${STREET}化解信访矛盾46起。`, {}],
  ['a street\'s committee in a district\'s report', `${DIST_GOV}东湖街道人民调解委员会全年调解纠纷96件。`, {}],
  ['a town\'s 综治中心 in a county\'s report', `${CO_GOV}桃源镇综治中心排查矛盾纠纷48件。`, {}],
  tw(['a town\'s own committee, the twin', `${TOWN}镇人民调解委员会全年调解纠纷96件。`, { disputes_resolved: [96, 'exact'] }]),
  ['reviews closed by mediation among the cases', `${CITY_GOV}行政复议案件中以调解方式结案8件。`, {}],
  ['applications settled before closing', `${CITY_GOV}复议申请经和解后结案5件。`, {}],
  ['the cases, then those closed by mediation', `${CO_GOV}全年受理行政复议案件46件，其中调解结案8件。`, { reconsideration_cases: [46, 'exact'] }],
]
