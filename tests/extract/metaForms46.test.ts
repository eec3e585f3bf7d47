/**
 * Author, region, sector and year of openings round 45 did not cover (meta46; ./metaForms46.ts, ./metaForms46b.ts): vertically
 * managed offices (tax, customs, the financial regulator, fire rescue, meteorology, tobacco, post), the corps, a 林区, 新区 and zones,
 * streets of county-level cities, townships (乡, 苏木, 民族乡), joint party-government letterheads, years (二〇二四年, 年度, a
 * 发布日期 row or the closing date alone, a plan's span beside the summary year), split titles, untitled openings, bare 工作报告
 * titles, and openings naming no author. The forms are in tests/fixtures/corpus/README.md, "Meta forms 46".
 */
import { metaSuite } from './metaSuite'
import { CASES_A } from './metaForms46'
import { CASES_B } from './metaForms46b'

/** Openings left open: none now (23 were read wrong on d67776f's code; the rulings that read them are in the README's "Meta forms 46"). */
metaSuite('meta forms of openings beyond the corpus (meta46)', [...CASES_A, ...CASES_B], 220)
