/**
 * Runs the enforcement forms matrix of round 31 (enforcementForms31.ts): prints precision and recall per frame over the
 * family's counts, and holds every frame to its reading — the author's own count, amount and qualifier in each own frame,
 * and no value from a distractor (assisted or joint counts, subordinate units, spans of years, the year before, plans,
 * changes, campaign periods, per-case amounts, neighbouring measures), alone or after the author's own figure.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'
import { buildForms, ENFORCEMENT } from './enforcementForms31'
import { frameTable, scoreProbe } from './trainingForms24'

const ids = ENFORCEMENT.map((g) => g.id)
const results = buildForms(ENFORCEMENT).map((p) => ({ p, frame: `${p.distractor ? 'distractor' : 'own'}: ${p.frame}`, ...scoreProbe(p, valuesOf(p.text), ids) }))
const frames = [...new Set(results.map((r) => r.frame))]

describe('enforcement forms matrix (round 31)', () => {
  it('prints precision and recall per frame', () => {
    const [tp, fp, fn] = (['tp', 'fp', 'fn'] as const).map((k) => results.reduce((a, r) => a + r[k], 0))
    console.log(`enforcement forms 31: ${results.length} probes, P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}\n${frameTable(results).join('\n')}`)
    expect(results.length).toBeGreaterThan(1500)
  })

  for (const f of frames) {
    it(f, () => {
      expect(results.filter((r) => r.frame === f && r.why.length).map((r) => `[${r.p.author}] ${r.p.text} → ${r.why.join('; ')}`)).toEqual([])
    })
  }
})
