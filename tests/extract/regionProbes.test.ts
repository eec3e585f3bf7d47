/**
 * The region and sector of invented openings over their form space (./regionProbes.ts), with the agency they hang on.
 */
import { describe, expect, it } from 'vitest'
import { processReport } from '../../src/pipeline/processReport'
import { regionProbes } from './regionProbes'
import { catalogue } from './seeds'

const all = regionProbes()

for (const form of new Set(all.map((p) => p.form))) {
  describe(form, () => {
    it.each(all.filter((p) => p.form === form).map((p) => [p.name, p] as const))('%s', async (_, p) => {
      const r = await processReport(new TextEncoder().encode(p.text), 'probe.txt', catalogue)
      if (!r.ok) throw new Error(r.message_en)
      const { agency, region, sector } = r.report
      expect({ agency, region, sector }).toEqual({ agency: p.agency, region: p.region, sector: p.sector })
    })
  })
}
