/**
 * Runs the probe matrix (probeMatrix.ts): every probe's (indicator, value, qualifier) is read, and no
 * distractor figure is taken by any indicator. Prints the probe count and failures per family; one test
 * per family and axis lists the failing texts.
 */
import { describe, expect, it } from 'vitest'
import { extractText } from './seeds'
import { buildProbes, NEGATIVES, type Probe } from './probeMatrix'

const probes = buildProbes()

/** What is wrong with a probe's reading ('' when nothing). */
function failure(p: Probe): string {
  const observations = extractText(p.text).observations
  const own = observations.find((o) => o.indicator_id === p.indicator)
  const got = own ? `${own.value} ${own.qualifier}` : 'none'
  const wrong = own?.value !== p.value || own?.qualifier !== p.qualifier ? `${p.indicator}: ${got}, want ${p.value} ${p.qualifier}` : ''
  const taken = observations.filter((o) => p.mustNot.includes(o.value)).map((o) => `${o.indicator_id} took ${o.value}`)
  return [wrong, ...taken].filter(Boolean).join('; ')
}

const results = probes.map((p) => ({ p, why: failure(p) }))
const families = [...new Set(probes.map((p) => p.family))]

describe('probe matrix', () => {
  it('prints probes and failures per family', () => {
    const lines = families.map((f) => {
      const mine = results.filter((r) => r.p.family === f)
      return `  ${f.padEnd(12)} ${String(mine.length).padStart(5)} probes ${String(mine.filter((r) => r.why).length).padStart(4)} failing`
    })
    const failing = results.filter((r) => r.why).length
    console.log(`probe matrix: ${probes.length} probes (${failing} failing), ${NEGATIVES.length} near misses\n${lines.join('\n')}`)
    expect(probes.length).toBeGreaterThan(1000)
  })

  for (const family of families) {
    for (const axis of ['numeral', 'subject', 'distractor', 'script'] as const) {
      it(`${family}: ${axis}`, () => {
        const failing = results.filter((r) => r.p.family === family && r.p.axis === axis && r.why).map((r) => `${r.p.text} → ${r.why}`)
        expect(failing).toEqual([])
      })
    }
    it(`${family}: near misses of the widened forms are not taken`, () => {
      const taken = NEGATIVES.filter(([f, indicator, text, figure]) => f === family &&
        extractText(text).observations.some((o) => o.indicator_id === indicator && o.value === figure)).map(([, i, text]) => `${i}: ${text}`)
      expect(taken).toEqual([])
    })
  }
})
