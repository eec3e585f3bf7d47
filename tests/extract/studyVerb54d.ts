/**
 * A form from the dev half of the r54c-fresh batch (corpus README, "Dev forms of r54c-fresh"), over invented sentences:
 * - (value) 研学 as a study verb of its own (集体研学…N次, 研学习近平法治思想…): a study session like 学习's, added to the lectures of the
 *   next clause as 学习's is; the characters 学习 across 研学 and 习近平 are no 学习 — found on r54c's 东莞 opening (集体研学习近平法治
 *   思想和党内法规共8次，并邀请专家学者作法治专题辅导讲座2场 read 8, not 10). Near misses: 研学旅行 and other 研学 of pupils, a 研学 of
 *   another topic (全会精神), 学习习近平法治思想 unchanged.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const JTJ = head('南江市交通运输局')
const SWJ = head('青河县水利局')

export const STUDY_VERB_54D: Probe39[] = [
  ['集体研学 a law, then lectures', `${JTJ}局党组中心组集体研学宪法和行政处罚法共6次，并邀请律师作法治专题讲座3场。`, { training_sessions: [9, 'derived'] }],
  ['研学习近平法治思想, then a lecture', `${SWJ}局党组理论学习中心组集体研学习近平法治思想7次，另请法学教授开展法治讲座1场。`, { training_sessions: [8, 'derived'] }],
  ['研学 a law alone', `${SWJ}局党组中心组全年集体研学民法典4次。`, { training_sessions: [4, 'exact'] }],
  ['traditional', toTraditional(`${JTJ}黨組中心組集體研學習近平法治思想和黨內法規共5次，並邀請專家作法治專題輔導講座2場。`), { training_sessions: [7, 'derived'] }],
  // near misses
  ['研学旅行 of pupils', `${SWJ}联合教育部门组织中小学生开展水法研学旅行6次。`, {}],
  ['研学 of another topic', `${JTJ}局党组中心组集体研学党的二十届三中全会精神5次。`, {}],
  ['学习习近平法治思想 unchanged', `${JTJ}局党组中心组集体学习习近平法治思想共6次，并邀请律师作法治专题讲座3场。`, { training_sessions: [9, 'derived'] }],
]

// The second batch, in new wording, written after the rule and run once (corpus README, "Dev forms of r54c-fresh").
const MZJ = head('东港区民政局')

export const SECOND_STUDY_VERB_54D: Probe39[] = [
  ['研学 a regulation by name, then a lecture', `${MZJ}区民政局党组以会前学法形式研学《社会救助暂行办法》9次，并举办法治讲座2场。`, { training_sessions: [11, 'derived'] }],
  ['集体研学 in a ；-part after other work', `${MZJ}修订学法制度；党组集体研学行政复议法3次。`, { training_sessions: [3, 'exact'] }],
  // near misses
  ['研学基地 visits', `${MZJ}组织青少年参观法治研学基地4次。`, {}],
  ['研学 of the party\'s history', `${MZJ}党组中心组集体研学党史4次。`, {}],
]
