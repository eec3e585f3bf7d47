/**
 * Runs the forms of r53b-fresh's dev half (freshForms53b.ts): the metadata probes read the agency, region, sector and year they list.
 */
import { ZONE_KIND_WORD_53B } from './freshForms53b'
import { metaSuite } from './metaSuite'

/** Probes left open: each must still fail; when a rule reads it, take it out. (5 of 12 failed before any rule; all read since.) */
const OPEN = new Set<string>([])

metaSuite('r53b: a zone that speaks of itself by its kind word, named only in its own documents', ZONE_KIND_WORD_53B, 12, OPEN)
