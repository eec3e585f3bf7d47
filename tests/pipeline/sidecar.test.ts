/** Sidecars: found by exact name, checked against a small schema with every problem named. */
import { describe, expect, it } from 'vitest'
import { MIN_YEAR, parseSidecar, sidecarName } from '../../src/pipeline/sidecar'

describe('sidecarName', () => {
  it.each([
    ['report.txt', 'report.meta.json'],
    ['a.b.txt', 'a.b.meta.json'],
    ['报告.2023.docx', '报告.2023.meta.json'],
    ['report', null],
    ['.hidden', null],
    ['', null],
  ])('%s → %s', (file, meta) => {
    expect(sidecarName(file)).toBe(meta)
  })
})

describe('parseSidecar', () => {
  it('accepts the documented keys and leaves out the ones for people', () => {
    const r = parseSidecar(JSON.stringify({ source_file: '001.txt', agency: '某县司法局', agency_en: 'X Justice', year: 2023, imported_at: '2026-11-23', confirmed_by: 'me', note: 'n', region: null }))
    expect(r).toEqual({ ok: true, sidecar: { source_file: '001.txt', agency: '某县司法局', agency_en: 'X Justice', year: 2023, imported_at: '2026-11-23' } })
    expect(parseSidecar('\ufeff{}')).toEqual({ ok: true, sidecar: {} })
  })

  it('names every problem: types, year range, dates, unknown keys', () => {
    const r = parseSidecar(JSON.stringify({ agency: 123, year: '2023abc', agnecy: 'typo', imported_at: '23/11/2026', title: '  ' }))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems).toEqual([
      '"agency" must be text (got 123)',
      expect.stringMatching(new RegExp(`^"year" must be a whole number from ${MIN_YEAR} to \\d{4} \\(got "2023abc"\\)$`)),
      expect.stringMatching(/^has an unknown key "agnecy" \(known: source_file, title, agency/),
      '"imported_at" must be a date written YYYY-MM-DD (got "23/11/2026")',
      '"title" must not be empty',
    ])
    for (const year of [1800, 3000, 2023.5]) expect(parseSidecar(JSON.stringify({ year })).ok, String(year)).toBe(false)
  })

  it('refuses what is not a JSON object', () => {
    expect(parseSidecar('{"agency": "x",}')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^is not valid JSON/)] })
    expect(parseSidecar('[1]')).toEqual({ ok: false, problems: ['must be a JSON object {…} (got a list)'] })
    expect(parseSidecar('null')).toEqual({ ok: false, problems: ['must be a JSON object {…} (got null)'] })
    expect(parseSidecar('\u007fELF\u0002\u0001')).toMatchObject({ ok: false })
  })
})
