/**
 * Author, region, sector and year of the cross-check openings of round 48 (./crossCheckMeta48.ts), written before round 48's
 * sets were merged.
 */
import { metaSuite } from './metaSuite'
import { CROSS_META_48 } from './crossCheckMeta48'

/** On f41156f, before round 48's sets were merged, all 16 read right. */
metaSuite('cross-check 48: authors, regions, sectors and years of openings', CROSS_META_48, 16)
