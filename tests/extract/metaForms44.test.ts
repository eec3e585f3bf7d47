/**
 * Author, region, sector and year of openings whose authors and page forms the opening probes held few of (issue 11, meta44;
 * ./metaForms44.ts): public institutions under their own name, 环卫 bodies, a government's work report to its congress, titles
 * over lines, a province's name before its city's stem, bilingual titles, document numbers, 关于印发 wrappers, disclosure rows,
 * addressees, general offices, zone committees, streets' joint lines, ethnic townships, long 旗/盟/自治县 names, co-signatures.
 * 52 of the first 146 were read wrong when written (commit 7919a08), 62 of all 171 on that commit's code; the forms are in
 * tests/fixtures/corpus/README.md, "Meta forms 44".
 */
import { metaSuite } from './metaSuite'
import { CASES } from './metaForms44'

metaSuite('meta forms of openings beyond the corpus (meta44)', CASES, 160)
