/**
 * Report metadata over the form space of openings (./openingProbes.ts): for every invented opening the
 * agency, region, sector (a SECTORS label of src/extract/places.ts), year and where the agency was read.
 */
import { describe, expect, it } from 'vitest'
import { metaOf, probes } from './openingProbes'

const all = probes()
const forms = [...new Set(all.map((p) => p.form))]

for (const form of forms) {
  describe(form, () => {
    it.each(all.filter((p) => p.form === form).map((p) => [p.name, p] as const))('%s', async (_, p) => {
      expect(await metaOf(p)).toEqual({ agency: p.agency, region: p.region, sector: p.sector, year: p.year, source: p.source })
    })
  })
}
