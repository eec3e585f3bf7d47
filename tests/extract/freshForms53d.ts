/**
 * Forms from the dev half of the r53d-fresh batch (corpus README, fifty-third batch r53d), over invented sentences. The dev half read
 * right on its first run (no mistake to rule), so these guard the forms it exercised, in new wording:
 * - a government's own law study of two kinds in one sentence (政府常务会议会前学法24次，举办法治讲座2次): summed, `derived`, as the
 *   README's "Training" rules; a single 常务会议专题学法 count is the value alone. Near misses: exam takers and online learners
 *   (N名…参加业务知识考试, N名机关干部参加在线学法) are no participants.
 * - a district's or city's area-wide publicity count (全年开展各类法治宣传活动300余场次) is its government's own. Near misses: the
 *   学考活动 it pushed every unit to hold (推动各单位开展…N场次) and themed activities it planned (一月一主题活动安排部署N项).
 * - a bureau's study count after a lead of its study meetings (通过局党组理论学习中心组、职工大会等形式，学习贯彻习近平法治思想…N次). Near
 *   misses: law joined with the congress's spirit in one count (…习近平法治思想和党的二十大精神共N次: no law count, the mixed-topic
 *   ruling that labels r53d's own such count `optional`), case and coordination meetings (召开执法协调会议、局案审会等5次).
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const DIST = head('南坪区人民政府')
const CITY = head('青川市人民政府')
const JUS = head('南坪区司法局')

export const GOV_STUDY_53D: Probe39[] = [
  ['会前学法 and 法治讲座 in one sentence', `${DIST}建立领导干部学法清单，区政府常务会议会前学法18次，举办法治讲座3次。`, { training_sessions: [21, 'derived'] }],
  ['专题学法 of the city government alone', `${CITY}全年市政府常务会议开展专题学法29次。`, { training_sessions: [29, 'exact'] }],
  ['traditional pair', toTraditional(`${DIST}区政府常务会议会前学法12次，邀请专家举办法治讲座4次。`), { training_sessions: [16, 'derived'] }],
  // near misses
  ['exam takers are no participants', `${CITY}全市3.2万余名国家工作人员通过法治考试，8600余名行政执法人员参加业务知识考试。`, {}],
  ['online learners are no participants', `${DIST}依托学法考法平台，9320名机关干部参加了在线学法。`, {}],
]

export const AREA_PUBLICITY_53D: Probe39[] = [
  ['a district\'s publicity events with 余', `${DIST}把习近平法治思想融入全民普法，全年开展各类法治宣传活动260余场次。`, { legal_publicity_events: [260, 'approx'] }],
  ['a city\'s 普法宣传活动 with 共', `${CITY}“八五”普法深入实施，全年共开展法治宣传活动415场次。`, { legal_publicity_events: [415, 'exact'] }],
  // near misses
  ['学考活动 it pushed the units to hold', `${JUS}推动各单位开展学法考法活动150余场次。`, {}],
  ['themed activities planned', `${DIST}“法治南坪”一月一主题活动安排部署24项。`, {}],
]

export const BUREAU_STUDY_53D: Probe39[] = [
  ['law alone after a lead of its study meetings', `${JUS}全年通过局党组理论学习中心组、干部职工大会等形式，学习贯彻习近平法治思想共14次。`, { training_sessions: [14, 'exact'] }],
  // near misses
  ['law joined with the congress\'s spirit in one count', `${JUS}全年通过局党组理论学习中心组、干部职工大会等形式，学习贯彻习近平法治思想和党的二十大精神共14次。`, {}],
  ['case meetings are no sessions', `${JUS}召开执法协调会议、局案审会等6次，研究重大疑难涉法事项。`, {}],
]
