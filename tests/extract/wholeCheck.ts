/**
 * How a whole report is checked (./wholeReports45.test.ts, ./crossCheckWhole46.test.ts): its metadata and its whole observation
 * set through the real pipeline (missing, extra and wrong values each show in the diff); `optional` indicators may be read or not.
 */
import { expect } from 'vitest'
import { processReport } from '../../src/pipeline/processReport'
import { catalogue } from './seeds'
import type { WholeReport } from './wholeReports45'

export async function checkWhole(r: WholeReport): Promise<void> {
  const out = await processReport(new TextEncoder().encode(r.text), 'whole.txt', catalogue)
  if (!out.ok) throw new Error(out.message_en)
  const { agency, region, sector, year } = out.report
  const optional = new Set(r.optional ?? [])
  const got = Object.fromEntries(out.observations.filter((o) => !optional.has(o.indicator_id) || o.indicator_id in r.want)
    .map((o) => [o.indicator_id, [o.value, o.qualifier]]))
  const want = Object.fromEntries(Object.entries(r.want).filter(([id]) => !optional.has(id) || id in got))
  expect({ meta: { agency, region, sector, year }, values: got }).toEqual({ meta: r.meta, values: want })
}
