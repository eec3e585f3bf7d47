/**
 * Report metadata of the author kinds and title forms the opening probes lacked (./authorKinds18.ts, agency18).
 */
import { describe, expect, it } from 'vitest'
import { authorKinds18 } from './authorKinds18'
import { metaOf } from './openingProbes'

const all = authorKinds18()

for (const form of new Set(all.map((p) => p.form))) {
  describe(form, () => {
    it.each(all.filter((p) => p.form === form).map((p) => [p.name, p] as const))('%s', async (_, p) => {
      expect(await metaOf(p)).toEqual({ agency: p.agency, region: p.region, sector: p.sector, year: p.year, source: p.source })
    })
  })
}
