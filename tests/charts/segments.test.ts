import { describe, expect, it } from 'vitest'
import { textSegments } from '../../src/components/textSegments'

const text = '排查出糾紛544件，化解527件，糾紛調解成功率達到97%。'
const span = (indicator_id: string, evidence: string, start = text.indexOf(evidence)) => ({ indicator_id, evidence, start, end: start + evidence.length })

describe('textSegments (report highlighting)', () => {
  it('splits the text into plain and highlighted segments that join back to the text', () => {
    const spans = [span('disputes_identified', '排查出糾紛544件'), span('mediation_success_pct', '糾紛調解成功率達到97%')]
    const { segments, invalid } = textSegments(text, spans)
    expect(invalid).toEqual([])
    expect(segments.map((s) => s.text).join('')).toBe(text)
    expect(segments.map((s) => [s.text, s.spans.map((x) => x.indicator_id)])).toEqual([
      ['排查出糾紛544件', ['disputes_identified']],
      ['，化解527件，', []],
      ['糾紛調解成功率達到97%', ['mediation_success_pct']],
      ['。', []],
    ])
  })

  it('cuts overlapping spans at every boundary and lists all covering observations', () => {
    const a = { indicator_id: 'a', evidence: null, start: 0, end: 9 }
    const b = { indicator_id: 'b', evidence: null, start: 5, end: 15 }
    const { segments } = textSegments(text, [a, b])
    expect(segments.slice(0, 3).map((s) => [s.start, s.end, s.spans.map((x) => x.indicator_id)])).toEqual([
      [0, 5, ['a']],
      [5, 9, ['a', 'b']],
      [9, 15, ['b']],
    ])
  })

  it('reports spans whose offsets do not slice to their evidence, or have none', () => {
    const bad = { indicator_id: 'x', evidence: '化解527件', start: 0, end: 3 }
    const none = { indicator_id: 'y', evidence: '化解527件', start: null, end: null }
    const { segments, invalid } = textSegments(text, [bad, none])
    expect(invalid).toEqual([bad, none])
    expect(segments).toEqual([{ text, start: 0, end: text.length, spans: [] }])
  })

  it('counts offsets in UTF-16 code units like JS strings', () => {
    const t = '𠀀甲乙达到97%'
    const ev = '达到97%'
    const { segments, invalid } = textSegments(t, [{ indicator_id: 'z', evidence: ev, start: t.indexOf(ev), end: t.indexOf(ev) + ev.length }])
    expect(invalid).toEqual([])
    expect(segments[1].text).toBe(ev)
  })
})
