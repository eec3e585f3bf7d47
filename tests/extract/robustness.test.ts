/** Random and mutated Unicode never throws, yields consistent rows, and finishes quickly. */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractReport } from '../../src/extract'
import { catalogue, ROOT } from './seeds'

const seed = readFileSync(join(ROOT, 'data/reports/chuanying-government-2023.txt'), 'utf8').slice(0, 3000)

function run(text: string) {
  const r = extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue)
  for (const o of r.observations) {
    expect(text.slice(o.start, o.end)).toBe(o.evidence)
    expect(Number.isFinite(o.value)).toBe(true)
  }
  expect(new Set(r.observations.map((o) => o.indicator_id)).size).toBe(r.observations.length)
  return r
}

describe('robustness', () => {
  it('handles arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => { run(s) }), { numRuns: 300 })
  })

  it('handles report text with random edits', () => {
    const edit = fc.record({ at: fc.nat(seed.length), cut: fc.nat(40), insert: fc.string({ maxLength: 20 }) })
    fc.assert(fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
      let t = seed
      for (const e of edits) t = t.slice(0, e.at) + e.insert + t.slice(e.at + e.cut)
      run(t)
    }), { numRuns: 150 })
  })

  it('handles pathological runs of numerals and delimiters', () => {
    for (const s of ['1'.repeat(5000), '一'.repeat(5000), '分别'.repeat(2000), '%,'.repeat(3000), '\n'.repeat(5000),
      '由1%上升到'.repeat(500), '共'.repeat(5000) + '12件']) run(s)
  })

  it('skips HTML and script markup as plain text without executing it', () => {
    const r = run('<script>alert(1)</script>全年共开展执法检查<b>86</b>次。全年共开展执法检查12次。')
    expect(r.observations.find((o) => o.indicator_id === 'enforcement_inspections')?.value).toBe(12)
  })
})
