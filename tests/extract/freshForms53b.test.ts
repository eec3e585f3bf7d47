/**
 * Runs the forms of r53b-fresh's dev half (freshForms53b.ts): the metadata probes read the agency, region, sector and year they list.
 */
import { ZONE_KIND_WORD_53B } from './freshForms53b'
import { metaSuite } from './metaSuite'

/** Probes left open: each must still fail; when a rule reads it, take it out. (5 of 12 fail before any rule.) */
const OPEN = new Set<string>([
  '开发区党工委 leads, the zone only in its own rules',
  "园区 as the lead's subject, the park in its measures",
  '投资区 in an 一是 clause, the zone in its plan',
  '经开区 for a 经济技术开发区 in its rules',
  '园区 against a 开发区 title',
])

metaSuite('r53b: a zone that speaks of itself by its kind word, named only in its own documents', ZONE_KIND_WORD_53B, 12, OPEN)
