/**
 * Author, region, sector and year of openings beyond round 48 (meta49; ./metaForms49.ts), weighted to the region: namesake
 * districts, a county placed by its own sentence, provinces written short, 州/盟/旗/林区/农场 and zones, authors only in a signature or
 * a chrome row, vertical bodies, and years against plans' spans, the next January and numerals. The forms are in
 * tests/fixtures/corpus/README.md, "Meta forms 49".
 */
import { metaSuite } from './metaSuite'
import { CASES_49 } from './metaForms49'

/**
 * Openings read wrong on main (5c7d5e9) when written: 6 of 64, all in the region (agency 63/64, region 58/64, sector 63/64, year
 * 64/64).
 */
const OPEN = new Set([
  'a namesake district placed by its city\'s party committee in the lead',
  'a namesake district beside a partner of the same name in another city',
  'a county that says which city it lies in',
  'a state farm named in numerals',
  'a county bureau whose county the lead places under its city',
  'a namesake district beside a visit to a namesake in another province',
])

metaSuite('meta forms of openings beyond the corpus (meta49)', CASES_49, 64, OPEN)
