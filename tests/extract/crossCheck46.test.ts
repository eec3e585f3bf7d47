/**
 * Runs the cross-check of round 46 (crossCheck46.ts): each text states exactly the values it lists, of every indicator in the
 * catalogue; every other one stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ALL_46 } from './crossCheck46'
import { catalogue } from './seeds'

const IDS = catalogue.indicators.map((i) => i.id)

/**
 * Forms left open. Each must still fail: when a rule reads it, take it out of this list. Written on d67776f, before round 46's
 * five probe sets were merged: 14 of the first 65 probes were wrong there, 8 of them because the probe disagreed with a written
 * ruling (corpus README: 受理 is the approvals' stage, 调处 alone and 巡查 are no result, 化解率 optional, a retained adviser's
 * contract reviews not read), fixed in the probe; 6 open. 3 of the 30 written after were wrong, one against a ruling-free reading
 * (开庭审理N件 are suits), fixed in the probe; 8 open of 94. Round 46's five probe sets, merged, read none of the 8; a case of a named
 * violation (违法建设案件) is read since (7 open). 查处/查办 with any subject matter before 案件 (查办食品安全案件) was tried and dropped: it took
 * one more distractor on the holdout; open forms 47 read a regulated field's cases with an enforcement verb (查办食品安全案件), the
 * kinds of procedure added up (简易程序案件…、一般程序案件…) and 均未被纠错或败诉 (4 open).
 */
const OPEN = new Set<string>([
  'oversight: legality reviews of decisions',
  'oversight: a ministry’s rules drafted',
  'education: training principals as own sessions',
  'county government: a planned number of decisions',
])

for (const [group, probes] of ALL_46) probeSuite(`cross-check 46, ${group}`, probes, IDS, OPEN)
