/**
 * The author forms meta56 found and did not rule (meta56b; ./metaForms56d.ts): a province's and its city's short names before a
 * county-level place, a town's county in brackets, a 抄报/抄送 line naming a higher body, a county-level city whose prefecture is named
 * only apart. The forms are in tests/fixtures/corpus/README.md, "Author forms 56b".
 */
import { metaSuite } from './metaSuite'
import { CASES_56G } from './metaForms56d'

/**
 * 41 openings, 19 of them near misses, written before the rules. First run on the starting commit (deb4822): 22/41 — every 抄报/抄送 and
 * every prefecture-named-apart opening was already read as the rulings want; the failures were the province's and city's short names
 * before a county-level place (9), a city's short name alone before one (2), a province's short name before a county (1) and the town's
 * county in brackets (7). After the rules: 41/41; none is left open.
 */
metaSuite('author, region, sector and year forms 56b (meta56b)', CASES_56G, 41)
