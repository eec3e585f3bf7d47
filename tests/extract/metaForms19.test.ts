/**
 * The metadata forms of meta19 over places, organ kinds and levels (./metaForms19.ts): agency, region, sector and year of
 * each invented opening.
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'
import { metaForms19 } from './metaForms19'

const all = metaForms19()

for (const form of new Set(all.map((p) => p.form))) {
  describe(form, () => {
    it.each(all.filter((p) => p.form === form).map((p) => [p.name, p] as const))('%s', async (_, p) => {
      const { agency, region, sector, year } = await metaOf(p)
      expect({ agency, region, sector, year }).toEqual({ agency: p.agency, region: p.region, sector: p.sector, year: p.year })
    })
  })
}
