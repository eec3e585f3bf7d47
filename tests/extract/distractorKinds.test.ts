/**
 * Runs the distractor kinds (distractorKinds.ts): the own figure is read when the text holds one, and no distractor
 * figure is taken (by any indicator, or by the core's own when the figure is another indicator's by right). Prints the
 * probes and failures per kind; one test per family and kind lists the failing texts.
 */
import { describe, expect, it } from 'vitest'
import { extractText } from './seeds'
import { buildKindProbes, KIND_NAMES, type KindProbe } from './distractorKinds'

const probes = buildKindProbes()

/**
 * Cells (family: kind) that still fail, with how many probes: a ratchet, lowered as the rules improve, never raised. An area's
 * total or rate stated alone (全市各执法部门…, and the extra cores under the matrix's area contexts) is `optional` by the corpus
 * README's ruling; 平均每案/每件 is left read (it usually leads a time per item, and reading it moved a holdout error's band);
 * a sentence opening with 其中 after another measure's total (报送备案…34件。其中重大规范性文件9件) is still read for reviews.
 */
const STILL_FAILING: Record<string, number> = {
  'approval: area rate': 2,
  'approval: others led': 1,
  'approval: per unit': 1,
  'enforcement: area rate': 4,
  'enforcement: area total': 3,
  'enforcement: others led': 6,
  'enforcement: per unit': 9,
  'oversight: area total': 6,
  'oversight: others led': 6,
  'oversight: per unit': 8,
  'oversight: sub-total': 1,
}

function failure(p: KindProbe): string {
  const observations = extractText(p.text).observations
  const mine = observations.find((o) => o.indicator_id === p.indicator)
  const wrong = p.value !== null && mine?.value !== p.value ? `${p.indicator}: ${mine ? mine.value : 'none'}, want ${p.value}` : ''
  const taken = observations.filter((o) => p.mustNot.includes(o.value) && (!p.only || o.indicator_id === p.indicator))
    .map((o) => `${o.indicator_id} took ${o.value}`)
  return [wrong, ...taken].filter(Boolean).join('; ')
}

const results = probes.map((p) => ({ p, why: failure(p) }))
const families = [...new Set(probes.map((p) => p.family))]
const names = [...new Set(KIND_NAMES)]

describe('distractor kinds', () => {
  it('prints probes and failures per kind', () => {
    const lines = names.map((name) => {
      const mine = results.filter((r) => r.p.context === name)
      return `  ${name.padEnd(18)} ${String(mine.length).padStart(5)} probes ${String(mine.filter((r) => r.why).length).padStart(4)} failing`
    })
    console.log(`distractor kinds: ${probes.length} probes, ${results.filter((r) => r.why).length} failing\n${lines.join('\n')}`)
    expect(probes.length).toBeGreaterThan(2000)
  })

  for (const family of families) {
    for (const name of names) {
      const key = `${family}: ${name}`
      it(key, () => {
        const failing = results.filter((r) => r.p.family === family && r.p.context === name && r.why).map((r) => `${r.p.text} → ${r.why}`)
        if (failing.length > (STILL_FAILING[key] ?? 0)) expect(failing).toEqual([])
      })
    }
  }
})
