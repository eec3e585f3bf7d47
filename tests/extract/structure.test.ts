/**
 * The bounds that keep extraction linear in the input (issue 13): sentences are cut to
 * MAX_SENTENCE, clause scans stop after MAX_CLAUSE, whatever the text. (Time itself is measured
 * by bench/hostile.ts, never in a test.)
 */
import { describe, expect, it } from 'vitest'
import { clauseEnd, clauseStart, clauseWalker, MAX_CLAUSE, MAX_SENTENCE, sentences } from '../../src/extract/structure'
import { rng } from '../../scripts/rng'

describe('bounded text structure', () => {
  it.each([
    ['no stop at all', '行政处罚案件12件'.repeat(2000)],
    ['commas only', '执法检查34次,'.repeat(2000)],
    ['one long word', '一'.repeat(20000)],
  ])('cuts a run with %s into sentences no longer than the limit, covering it all', (_, text) => {
    const spans = sentences(text)
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE)
    const covered = spans.reduce((n, s) => n + s.end - s.start, 0)
    expect(covered).toBeGreaterThanOrEqual(text.length - spans.length) // only the cut commas are left out
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end)
  })

  it('cuts at a clause break near the limit, so a figure stays with its term', () => {
    const text = '全年开展执法检查34次,'.repeat(100)
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toMatch(/^(?:全年开展执法检查34次,?)+$/)
  })

  it('keeps ordinary sentences whole', () => {
    const text = '全年共办理行政处罚案件58件。调解成功率达到97%;\n下一句'
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['全年共办理行政处罚案件58件', '调解成功率达到97%', '下一句'])
  })

  it('never scans a clause further than the limit', () => {
    const text = '字'.repeat(10000)
    expect(clauseStart(text, 5000, 0)).toBe(5000 - MAX_CLAUSE)
    expect(clauseEnd(text, 5000, text.length)).toBe(5000 + MAX_CLAUSE)
    expect(clauseStart('甲,乙丙', 3, 0)).toBe(2)
  })

  it('walks a sentence\'s clauses in order as clauseStart and clauseEnd find them one by one', () => {
    const r = rng(5)
    // Sentences of words and breaks at every density, clauses shorter and longer than MAX_CLAUSE.
    for (const density of [0, 0.005, 0.02, 0.2, 0.9]) {
      const text = Array.from({ length: 900 }, () => (r() < density ? '，,:；'[Math.floor(r() * 4)] : '字')).join('')
      const sentence = { start: 37, end: 871 }
      const positions = Array.from({ length: 120 }, () => sentence.start + Math.floor(r() * (sentence.end - sentence.start + 1))).sort((a, b) => a - b)
      const walk = clauseWalker(text, sentence)
      const walked = positions.map((p) => walk(p))
      expect(walked).toEqual(positions.map((p) => ({ start: clauseStart(text, p, sentence.start), end: clauseEnd(text, p, sentence.end) })))
    }
  })
})
