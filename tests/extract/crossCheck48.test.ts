/**
 * Runs the cross-check of round 48 (crossCheck48.ts): each text states exactly the values it lists, of every indicator in the
 * catalogue; every other one stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ALL_48 } from './crossCheck48'
import { catalogue } from './seeds'

const IDS = catalogue.indicators.map((i) => i.id)

/**
 * Forms left open. Each must still fail: when a rule reads it, take it out of this list. Written on f41156f before round 48's sets
 * were merged: 35 of the first 36 read there; the one wrong, a negation over two coordinated kinds (没有一件执法行为引发行政复议或行政诉讼),
 * read only the first as 0 and is read since (src/extract/negation.ts, COORDINATED). Of the next 26 (other families), 25 read; the
 * one wrong, a service centre's 办理各类事项 (a hall's 业务 was read, its 事项 not), is read since (approvals_handled's terms: a
 * service or approval hall, centre, window or station as the doer of 受理/办理/办结 (各类)事项; a dispute centre's 事项 stay
 * unread). None open.
 */
const OPEN = new Set<string>([])

for (const [group, probes] of ALL_48) probeSuite(`cross-check 48, ${group}`, probes, IDS, OPEN)
