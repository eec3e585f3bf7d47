/**
 * Runs the paragraph forms matrix of round 32 (paragraphForms32.ts) through the whole pipeline (processReport: the
 * opening's page chrome, title and addressee before the body are the pipeline's to set aside): prints precision and
 * recall per composition, opening and family, and holds every composition to exactly the author's own values for the
 * report's year — none from a distractor, an area's total, the year before, a subordinate unit, a unit's part in
 * parentheses, a table line's neighbour or a plan's target.
 */
import { describe, expect, it } from 'vitest'
import { processReport } from '../../src/pipeline/processReport'
import { catalogue } from './seeds'
import { buildParagraphs } from './paragraphForms32'
import { frameTable, scoreProbe } from './trainingForms24'

async function run() {
  const out = []
  for (const p of buildParagraphs()) {
    const r = await processReport(new TextEncoder().encode(p.text), 'p.txt', catalogue)
    if (!r.ok) throw new Error(r.message_en)
    const got = Object.fromEntries(r.observations.map((o) => [o.indicator_id, [o.value, o.qualifier] as [number, string]]))
    out.push({ p, frame: p.composition, ...scoreProbe(p, got, p.ids) })
  }
  return out
}

describe('paragraph forms matrix (round 32)', async () => {
  const results = await run()
  const by = (key: (r: typeof results[number]) => string) => frameTable(results.map((r) => ({ ...r, frame: key(r) })))

  it('prints precision and recall per composition, opening and family', () => {
    const [tp, fp, fn] = (['tp', 'fp', 'fn'] as const).map((k) => results.reduce((a, r) => a + r[k], 0))
    console.log(`paragraph forms 32: ${results.length} paragraphs, P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}\n`
      + [...by((r) => r.frame), ...by((r) => `opening: ${r.p.opening}`), ...by((r) => `family: ${r.p.family}`)].join('\n'))
    expect(results.length).toBeGreaterThan(1000)
  })

  for (const c of [...new Set(results.map((r) => r.frame))]) {
    it(c, () => {
      expect(results.filter((r) => r.frame === c && r.why.length).map((r) => `[${r.p.family}/${r.p.opening}/${r.p.author}] ${r.p.text} → ${r.why.join('; ')}`)).toEqual([])
    })
  }
})
