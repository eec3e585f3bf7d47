/**
 * Runs the enforcement and oversight forms of round 52 (enfForms52.ts: supervision, transfers, stages, checks, complaints, money,
 * area totals, the year before, spans; enfForms52Oversight.ts: reviews, suits, normative documents): each text states exactly the
 * values it lists, of every indicator in the catalogue; every other one stays absent.
 */
import { probeSuite } from './unseenForms39'
import { MONEY_52, SUPERVISE_52 } from './enfForms52'
import { DOCS_52, REVIEWS_52 } from './enfForms52Oversight'
import { catalogue } from './seeds'

const IDS = catalogue.indicators.map((i) => i.id)

/**
 * Forms left open. Each must still fail: when a rule reads it, take it out of this list. First run on 3863875, before any rule:
 * 105 of the 111 read (supervision and stages 34/36, money and spans 27/29, reviews and suits 25/26, documents 19/20). Read since (3):
 * 督导 as a directive verb (directed.ts), review applications refused after their noun (reconsideration_cases' exclusion), a people's
 * congress or CPPCC as the subject of its oversight (clauseSubjects.ts CONGRESS_OVERSIGHT); six near misses of them added after.
 * Left open: an area's departments' total stated alone (`optional` in the README). A hired third party's checks read since round
 * 54 (objects.ts HIRED: a service the author bought, no check of its own).
 */
const OPEN = new Set<string>([
  'the county\'s departments\' total in the justice bureau',
  'the city\'s total in a county office',
])

probeSuite('enf52: supervision, transfers, stages, checks and complaints', SUPERVISE_52, IDS, OPEN)
probeSuite('enf52: money, area totals, the year before and spans', MONEY_52, IDS, OPEN)
probeSuite('enf52: reviews and suits', REVIEWS_52, IDS, OPEN)
probeSuite('enf52: normative documents and legality reviews', DOCS_52, IDS, OPEN)
