/**
 * Author, region, sector and year of the cross-check openings of round 47 (./crossCheckMeta47.ts), written before round 47's
 * metadata probes were merged.
 */
import { metaSuite } from './metaSuite'
import { CROSS_META_47 } from './crossCheckMeta47'

/** On 4bba351 1 of the 24 was read wrong, against a written ruling (a zone's sector is 区县政府), fixed in the probe. None open. */
metaSuite('cross-check 47: authors, regions, sectors and years of openings', CROSS_META_47, 24)
