/**
 * Runs the forms of r51b-fresh's dev half (freshForms51b.ts): the metadata probes read the agency, region, sector and year they list.
 */
import { META_51B } from './freshForms51b'
import { metaSuite } from './metaSuite'

/** Probes left open: each must still be read wrong; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([])

metaSuite("r51b: the batch's opening forms", META_51B, 7, OPEN)
