/**
 * Author, region, sector and year of the cross-check openings of round 46 (./crossCheckMeta46.ts), written before round 46's
 * metadata probes were merged.
 */
import { metaSuite } from './metaSuite'
import { CROSS_META_46 } from './crossCheckMeta46'

/**
 * On d67776f 3 of the 46 were read wrong, each against a written ruling (corpus README), fixed in the probe: a tax bureau by its
 * short name, a 师市 as its city's government, and a county party committee's rule-of-law office (依法治县委员会办公室) as a party
 * body that is never the author. None open.
 */
metaSuite('cross-check 46: authors, regions, sectors and years of openings', CROSS_META_46, 46)
