/**
 * Runs the forms of r51b-fresh's dev half (freshForms51b.ts): the metadata probes read the agency, region, sector and year they list.
 */
import { META_51B } from './freshForms51b'
import { metaSuite } from './metaSuite'

/** Probes left open: each must still be read wrong; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  '我局 named as the owner of its leading group',
  'the same with 成立了 and 依法行政',
  'a working group the bureau sets up',
  'traditional: owner of its leading group',
  'the group led by the bureau chief named before it',
])

metaSuite("r51b: the batch's opening forms", META_51B, 7, OPEN)
