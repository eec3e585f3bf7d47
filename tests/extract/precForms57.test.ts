/**
 * Runs the precision forms of round 57 (precForms57.ts: enforcement and a long list; precForms57Training.ts: training and
 * mediation): each text states exactly the values it lists, of every indicator in the catalogue; every other one stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ENF_57, LIST_57 } from './precForms57'
import { MED_57, TRAIN_57 } from './precForms57Training'
import { SECOND_57 } from './precForms57Second'
import { THIRD_57 } from './precForms57Third'
import { catalogue } from './seeds'

const IDS = catalogue.indicators.map((i) => i.id)

/**
 * Forms left open. Each must still fail: when a rule reads it, take it out of this list. First run on 6f675f1, before any rule:
 * 90 of 111 read (enforcement 41/51, long lists 2/3, training 29/35, mediation 18/22). Three texts made to agree with rulings
 * already in the corpus README after the first run (the first two then read): a water bureau's own count of checks written 检查, not 巡查
 * (patrols are no checks); a province's mediation total quoted in a city bureau's report, not the province's own (an area's total
 * alone is optional); a petitions bureau's visits in a justice bureau's report, not the county government's (its own bureau's).
 * Read since, by rule (58a71f1; corpus output identical): a month of the year's second half opening a span (11月以来, 自9月起:
 * partSpans.ts LATE_MONTH_SINCE), a quoted month's or week's 期间 (“安全生产月”期间: NAMED_DURING), a campaign since its launch (启动以来:
 * scope.ts SINCE_START), a broadcast meeting watched (收看…视频培训会: training_sessions' exclude), agreements fulfilled (履行调解协议:
 * disputes_resolved's), officials' 违纪 (enforcement_cases'), a committee a union or firms hold (总工会劳动争议调解委员会: objects.ts MEDIATION_BODY).
 * Read since, by rule (corpus output identical): a broadcast watched before its term (收看…视频培训会: training_sessions' narrow, as
 * the clause before the term is what narrow reads), 公告/留置/邮寄送达 decisions (penalty_cases' exclude), a window of months opening a
 * drive or sweep (7至9月开展…集中排查: partSpans.ts CAMPAIGN_MONTHS), another bureau receiving visits (县信访局接待…: otherDepartment.ts
 * SUBJECT_ACT takes 接待, 接访, 处理). Left open: a month span read as the year (1—11月: 1至5月 is ruled not the year's; where the
 * year's part ends is not ruled), an article number before waivers in 户 (arguable: firms in 户 are ruled no count, only 户次; not read with the
 * article or without), a province bureau's own cases after 全省系统之外, an eleven-figure labour line (arguable: employers checked in
 * 户, no 户次, read as no checks), a party group's study summed with its head's lecture (arguable:
 * two counts in one sentence add up).
 * The second batch (precForms57Second.ts, 30 in new wording for the forms ruled), first run on 58a71f1: 26 of 30; open: a radio
 * lecture listened to (arguable, as an online course watched is a study), a broadcast's term inside the meeting's name again (4
 * derived; read since by the narrow above), an online course watched (收看法治网络课程8次 reads no count), a fire brigade's checks
 * in 家. One want set right after the full test run: a county's own 劳动争议调解中心 in its government's report is the government's
 * (precForms55's ruling on 全区劳动人事争议调解组织), read as 86.
 */
const OPEN = new Set<string>([
  'months: January to November stands for the year',
  'statute: an article before the waivers',
  'own: a province department\'s cases',
  'list: an eleven-figure line of a labour bureau',
  'months: January to November, the year\'s',
  'own: the party group\'s study in one sentence with the heads\'',
  'broadcast: a radio lecture listened to',
  'broadcast: an online course watched stays a study',
  'own: a fire brigade\'s year after a campaign month',
])

probeSuite('prec57: enforcement', ENF_57, IDS, OPEN)
probeSuite('prec57: long lists', LIST_57, IDS, OPEN)
probeSuite('prec57: training', TRAIN_57, IDS, OPEN)
probeSuite('prec57: mediation', MED_57, IDS, OPEN)
probeSuite('prec57: second batch', SECOND_57, IDS, OPEN)
probeSuite('prec57: third batch', THIRD_57, IDS, OPEN)
