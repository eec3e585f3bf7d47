/**
 * Runs the round-47 training probes (trainingForms47.ts, trainingForms47More.ts, the second batch trainingForms47Fresh.ts and the
 * third trainingForms47Third.ts): each text states exactly the values it lists of the training family; every other training
 * indicator stays absent.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { ALL_47 } from './trainingForms47More'
import { ALL_FRESH_47 } from './trainingForms47Fresh'
import { THIRD_47 } from './trainingForms47Third'

const IDS = catalogue.indicators.filter((i) => i.family === 'training').map((i) => i.id)

/**
 * Forms left open (21 of 258 failed when written; 4 left). Each must still fail: when a rule reads it, take it out of this list.
 * - A whole area's course counted before a long noun (举办2期全省国土空间规划执法骨干培训班): a count may stand before a noun of up to
 *   twelve characters, but not one naming a whole area or a rank (全省…, 司局级和…): a party office's 一期全省依法治省业务骨干培训班
 *   (g-training-gansu-2024) is no session of the author's, and 2期司局级和1期处级… is summed over its levels.
 * - Batches (分4批次组织…开展…培训): 批次 as a session's measure word took 组织…参加各类培训6批次, courses attended
 *   (h-training-bayannur-wenlv-2024).
 * - Two courses of one count with 各 (…培训班和…培训班各1期) and two counts of people with 分别 (分别有120人次和60人次参加): the people
 *   are not summed (training_participants has no sum; giving it one read neither).
 */
const OPEN = new Set<string>([
  'the count before a province\'s courses', 'batches of one course', 'two courses with 分别', 'people of two kinds added',
])


/**
 * The second batch's forms left open (written after the rules above and run once: 93 of its 95 passed with the rules as they stood, 92
 * with them as committed, which gave 医疗机构 back to the health bureaus; a law taught with 讲授 and a party school's course it 开设 are
 * read since). Each must still fail: when a rule reads it, take it out.
 * - A lecture for medical bodies (为医疗机构举办…讲座) is publicity in a science bureau's report, but a health bureau's 各医疗机构 are its
 *   own sector's units (unseenForms39: 为各科室和各医疗机构负责人举办法治讲座3场 is its session): the rules do not see the sector.
 */
const OPEN_FRESH = new Set<string>(['a lecture for medical bodies'])

for (const [group, probes] of ALL_47) probeSuite(`${group}: the year's own training figures`, probes, IDS, OPEN)
for (const [group, probes] of ALL_FRESH_47) probeSuite(`${group}: the year's own training figures`, probes, IDS, OPEN_FRESH)

/**
 * The third batch (written after the second batch's fixes and run once: 39 of its 44 passed; one want was then set right against the
 * 2026-12-04 ruling, 执法人员岗前培训 being a law training as 执法人员业务培训 is, and its near miss without 执法 added). Its four
 * failures are read since: a regulation named by its 《…条例》 is law studied, a case-study series (执法案例研讨) is a weak study term,
 * reconsideration and litigation (行政复议人员培训班) name law, and 人均实际完成 answers a bound as 实际完成 does.
 */
const OPEN_THIRD = new Set<string>([])
probeSuite('third batch: the year\'s own training figures', THIRD_47, IDS, OPEN_THIRD)
