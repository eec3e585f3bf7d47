/**
 * Author, region, sector and year of the cross-check openings of round 46 (./crossCheckMeta46.ts), written before round 46's
 * metadata probes were merged.
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'
import { toSimplifiedSameLength } from '../../src/extract/normalise'
import { type Meta } from './metaForms41Kinds'
import { CROSS_META_46 } from './crossCheckMeta46'

const simplified = (s: string | null) => (s === null ? null : toSimplifiedSameLength(s))
async function read(text: string): Promise<Meta> {
  const got = await metaOf({ text })
  return { agency: simplified(got.agency), region: simplified(got.region), sector: got.sector, year: got.year }
}

/**
 * Openings left open. On d67776f 3 of the 46 were read wrong: two against the written conventions (a tax bureau by its short name,
 * a 师市 as its city's government), fixed in the probe; one open, a county party committee's rule-of-law office (依法治县委员会办公室)
 * as the author, read as no author. Each must still be read wrong: when a rule reads one, take it out of this list.
 */
const OPEN = new Set<string>(['a county’s rule-of-law office'])

describe('cross-check 46: authors, regions, sectors and years of openings', () => {
  it.each(CROSS_META_46.filter(([name]) => !OPEN.has(name)))('%s', async (_name, text, want) => expect(await read(text)).toEqual(want))
  const open = CROSS_META_46.filter(([name]) => OPEN.has(name))
  if (open.length) it.fails.each(open)('%s (left open)', async (_name, text, want) => expect(await read(text)).toEqual(want))
})
