/**
 * One harness for the meta probe rounds (metaForms44, 45, 46 …): each opening's agency, region, sector and year, compared in
 * simplified form, the round's open ones run as it.fails (each must still be read wrong; when a rule reads one, take it out).
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'
import { toSimplifiedSameLength } from '../../src/extract/normalise'
import { type Meta } from './metaForms41Kinds'

const simplified = (s: string | null) => (s === null ? null : toSimplifiedSameLength(s))
async function read(text: string): Promise<Meta> {
  const got = await metaOf({ text })
  return { agency: simplified(got.agency), region: simplified(got.region), sector: got.sector, year: got.year }
}

/** `least`: how many openings the round holds at least; `open`: the names of those left open. */
export function metaSuite(name: string, cases: [string, string, Meta][], least: number, open: ReadonlySet<string> = new Set()): void {
  describe(name, () => {
    it(`holds at least ${least} openings, each named once`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(least)
      expect(new Set(cases.map(([c]) => c)).size).toBe(cases.length)
    })
    it.each(cases.filter(([c]) => !open.has(c)))('%s', async (_name, text, want) => expect(await read(text)).toEqual(want))
    const left = cases.filter(([c]) => open.has(c))
    if (left.length) it.fails.each(left)('%s (left open)', async (_name, text, want) => expect(await read(text)).toEqual(want))
  })
}
