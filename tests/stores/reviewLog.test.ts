/** The review store's pure log: trail, undo, merging an imported file without doubles, histories. */
import { describe, expect, it } from 'vitest'
import { emptyCorrections, type CorrectionsFile, type ValueCorrection } from '../../src/pipeline/corrections'
import { appendTo, mergeImported, removeFrom, reportHistory, valueHistory, withTrail } from '../../src/stores/reviewLog'

const sha = 'a'.repeat(64)
const v = (indicator_id: string, action: ValueCorrection['action'], extra: Partial<ValueCorrection> = {}): ValueCorrection => ({ report_sha256: sha, indicator_id, action, start: 1, end: 5, ...extra })
const file = (values: ValueCorrection[]): CorrectionsFile => ({ version: 1, reports: [], values })

describe('review log', () => {
  it('stamps a correction with the time and a non-empty name', () => {
    const now = new Date('2026-12-01T08:00:00Z')
    expect(withTrail(v('fines_yuan', 'confirm'), ' 王芳 ', now)).toMatchObject({ at: '2026-12-01T08:00:00.000Z', by: '王芳' })
    expect(withTrail(v('fines_yuan', 'confirm'), '', now)).not.toHaveProperty('by')
  })

  it('appends values and reports to their lists and removes one by position', () => {
    let f = appendTo(emptyCorrections(), v('fines_yuan', 'confirm'))
    f = appendTo(f, { report_sha256: sha, agency: '甲局' })
    f = appendTo(f, v('penalty_cases', 'reject'))
    expect([f.values.length, f.reports.length]).toEqual([2, 1])
    expect(removeFrom(f, 'value', 0).values.map((c) => c.indicator_id)).toEqual(['penalty_cases'])
    expect(removeFrom(f, 'report', 0).reports).toEqual([])
  })

  it('merges an exported file into this browser without taking in twice what is published or already here', () => {
    const published = file([v('fines_yuan', 'set', { value: 1 })])
    const local = file([v('penalty_cases', 'confirm', { by: '王芳' })])
    const exported = file([v('fines_yuan', 'set', { value: 1 }), { by: '王芳', ...v('penalty_cases', 'confirm') }, v('lenient_cases', 'reject')])
    const out = mergeImported(local, published, exported)
    expect(out).toMatchObject({ added: 1, skipped: 2 })
    expect(out.file.values.map((c) => c.indicator_id)).toEqual(['penalty_cases', 'lenient_cases'])
    expect(mergeImported(out.file, published, exported).added).toBe(0)
  })

  it('gives the history of a value, a move from it included, and of a report, published first', () => {
    const published = file([v('fines_yuan', 'set', { value: 1 })])
    const local = { ...file([v('penalty_cases', 'confirm'), v('legal_review_cases', 'set', { value: 2, from_indicator_id: 'fines_yuan' })]), reports: [{ report_sha256: sha, year: 2023 }] }
    expect(valueHistory(published, local, sha, 'fines_yuan').map((h) => [h.source, h.index])).toEqual([['published', 0], ['local', 1]])
    expect(valueHistory(published, local, 'b'.repeat(64), 'fines_yuan')).toEqual([])
    expect(reportHistory(published, local, sha)).toEqual([{ source: 'local', index: 0, correction: { report_sha256: sha, year: 2023 } }])
  })
})
