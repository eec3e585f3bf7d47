/** One describe per page or year form of a probe list, each probe's agency, region, sector, year and source checked (authorKinds*). */
import { describe, expect, it } from 'vitest'
import { metaOf, type Probe } from './openingProbes'

export function describeForms(all: Probe[], prefix = ''): void {
  for (const form of new Set(all.map((p) => p.form))) {
    describe(`${prefix}${form}`, () => {
      it.each(all.filter((p) => p.form === form).map((p) => [p.name, p] as const))('%s', async (_, p) => {
        expect(await metaOf(p)).toEqual({ agency: p.agency, region: p.region, sector: p.sector, year: p.year, source: p.source })
      })
    })
  }
}
