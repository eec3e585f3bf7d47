/**
 * Runs the precision forms of round 54 (precForms54.ts: the open value forms, enforcement; precForms54Training.ts: training;
 * precForms54Second.ts and precForms54Third.ts: the later batches): each text states exactly the values it lists, of every indicator
 * in the catalogue; every other one stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ENF_54, OPEN_FORMS_54 } from './precForms54'
import { TRAIN_54 } from './precForms54Training'
import { SECOND_54 } from './precForms54Second'
import { THIRD_54 } from './precForms54Third'
import { catalogue } from './seeds'

const IDS = catalogue.indicators.map((i) => i.id)

/**
 * Forms left open. Each must still fail: when a rule reads it, take it out of this list. First run on 00bd4ad, before any rule:
 * 92 of 113 read (open value forms 16/24, enforcement 40/50, training 36/39). Read since: helping or joining another body's action
 * (配合/协助/协同 X局开展…, 参加X组织的…联合/专项…, 在X局统一部署下; objects.ts JOINT_WITH); a campaign run in a span of months
 * opening its clause (3月至6月开展…专项整治，…; 在6月至8月的…专项行动中，…) or the days before a holiday (国庆节前…; partSpans.ts); checks a
 * hired party made (委托第三方机构…检查, 聘请专家对…检查: objects.ts HIRED, enforcement only); one event after 每 and its act
 * (每参加一次…计2学时: targets.ts PER_ONE); person-hours (2860人学时: a measure word of their own, measureWords.ts); a 、-list going
 * on after the one item a term names, closed by its exact sum (查处违法建设案件46件、占道经营案件68件、…，共计136件: closingTotals.ts);
 * 将近三年 opening a clause, and a level held over years (连续三年保持在1500次以上: scope.ts HELD_OVER_YEARS); hours per head after
 * the total hours in the clause before (累计学法4860学时，人均学法52学时: the large-hours exclusion no longer reaches past a 人均 after it);
 * the author's own staff by their unit after 参加 (参加街道干部260余人次: training_participants' term); new cases, then those carried
 * over, then their total (新立案286件，加上上年结转案件40件，共办理案件326件: closingTotals.ts carriedTotal, not for reviews' counts).
 * The second batch (precForms54Second.ts, 29 in new wording for the forms ruled), first run on 412ac0d: 26 read. Read since: two
 * holidays' eve (中秋、国庆节前…: partSpans.ts), experts the author invited along (邀请专家随同执法人员…: linkScore.ts INVITED_HELP, the
 * author's act), 新立 before a kind of cases (新立劳动保障监察案件62件: enforcement_cases' term). The third batch (precForms54Third.ts,
 * 17: coercive measures, goods, orders, warnings, bonds, films, tests, law taken to firms), first run on 105cde0: 16 read; a warning
 * film (警示教育片) read since as a topic of discipline, no law study (other_topic of sessions and trainees).
 * Read in round 55: a campaign's kind of cases before the year's other kind in one paragraph (“治超百日行动”期间…超限运输案件56起。全年…
 * 超限超载案件218起): the campaign's clause, set aside, no longer names a kind of a breakdown by kind (fieldPart.ts inCampaign).
 */
const OPEN = new Set<string>([])

probeSuite('prec54: open value forms', OPEN_FORMS_54, IDS, OPEN)
probeSuite('prec54: enforcement', ENF_54, IDS, OPEN)
probeSuite('prec54: training', TRAIN_54, IDS, OPEN)
probeSuite('prec54: second batch', SECOND_54, IDS, OPEN)
probeSuite('prec54: third batch', THIRD_54, IDS, OPEN)
