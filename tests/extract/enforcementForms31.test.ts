/**
 * Runs the enforcement and oversight forms matrices of round 31 (enforcementForms31.ts, oversightForms31.ts): prints
 * precision and recall per frame over each family's indicators, and holds every frame to its reading — the author's own
 * count, amount or rate and its qualifier in each own frame, and no value from a distractor (assisted or joint counts,
 * subordinate units, spans of years, the year before, plans, changes, campaign periods, averages, per-case amounts,
 * neighbouring measures), alone or after the author's own figure.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'
import { buildForms, ENFORCEMENT, type Group } from './enforcementForms31'
import { OVERSIGHT } from './oversightForms31'
import { frameTable, scoreProbe } from './trainingForms24'

const MATRICES: [string, Group[]][] = [['enforcement', ENFORCEMENT], ['oversight', OVERSIGHT]]

for (const [name, groups] of MATRICES) {
  const ids = groups.map((g) => g.id)
  const results = buildForms(groups).map((p) => ({ p, frame: `${p.distractor ? 'distractor' : 'own'}: ${p.frame}`, ...scoreProbe(p, valuesOf(p.text), ids) }))
  const frames = [...new Set(results.map((r) => r.frame))]

  describe(`${name} forms matrix (round 31)`, () => {
    it('prints precision and recall per frame', () => {
      const [tp, fp, fn] = (['tp', 'fp', 'fn'] as const).map((k) => results.reduce((a, r) => a + r[k], 0))
      console.log(`${name} forms 31: ${results.length} probes, P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}\n${frameTable(results).join('\n')}`)
      expect(results.length).toBeGreaterThan(1500)
    })

    for (const f of frames) {
      it(f, () => {
        expect(results.filter((r) => r.frame === f && r.why.length).map((r) => `[${r.p.author}] ${r.p.text} → ${r.why.join('; ')}`)).toEqual([])
      })
    }
  })
}
