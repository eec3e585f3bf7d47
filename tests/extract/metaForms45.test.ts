/**
 * Author, region, sector and year of openings whose place chains, authors and years the opening probes held few of (meta45;
 * ./metaForms45.ts): place chains as a title or lead writes them, counties named like their city, leagues by their short names,
 * page chrome before the title, no title line, titles broken over lines, rule-of-law offices, arbitration committees, villages and
 * 社区, ministries' 司局 pages, provinces' 厅 without 省, abbreviated departments, and years of a report against its publication.
 * The forms are in tests/fixtures/corpus/README.md, "Meta forms 45".
 */
import { metaSuite } from './metaSuite'
import { CASES } from './metaForms45'

/** Openings left open: none now (33 were read wrong on ce5c10f's code; the rulings that read them are in the README's "Meta forms 45"). */
metaSuite('meta forms of openings beyond the corpus (meta45)', CASES, 180)
