/**
 * corrections.json (src/pipeline/corrections.ts): the parser refuses a bad file as a whole with
 * messages that say where and what; applying keys on content (sha256 + indicator + evidence
 * offsets), a manual value wins, stale corrections are listed with their reason, and applying two
 * files in turn equals applying them as one (what lets the browser layer its own corrections on
 * tables that already carry the published ones).
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { concatCorrections, parseCorrections, type CorrectionsFile, type ValueCorrection } from '../../src/pipeline/corrections'
import { applyCorrections, type ReportRows } from '../../src/pipeline/applyCorrections'
import { catalogue, imported } from '../db/target'

const known = new Set(catalogue.indicators.map((i) => i.id))
const REPORT = `青溪县交通运输局2024年法治政府建设情况报告

2024年，青溪县交通运输局深入推进法治政府建设。
一、主要成效
（一）规范行政执法。全年办理行政处罚案件96件，罚没款共计12.5万元。重大执法决定经法制机构把关后作出，共23宗。
（二）学法培训。组织集中学法4次，确保执法人员每人每年不少于60学时的学习。
（三）化解纠纷。发生行政复议案件2件、行政诉讼案件1件。
青溪县交通运输局
2025年1月15日
`
const base = async (text = REPORT): Promise<ReportRows> => imported(text, 'qingxi-transport-2024.txt')
const span = (rows: ReportRows, s: string) => {
  const start = rows.text.indexOf(s)
  if (start < 0) throw new Error(`${s} not in text`)
  return { start, end: start + s.length, evidence: s }
}
const file = (values: ValueCorrection[], reports: CorrectionsFile['reports'] = []): CorrectionsFile => ({ version: 1, reports, values })
const byIndicator = (r: ReportRows) => Object.fromEntries(r.observations.map((o) => [o.indicator_id, o]))
const BY = { at: '2026-12-01T08:00:00.000Z', by: '王芳' }

describe('parseCorrections', () => {
  it('accepts a valid file, with or without a BOM', () => {
    const text = JSON.stringify({ version: 1, reports: [], values: [{ report_sha256: 'a'.repeat(64), indicator_id: 'fines_yuan', action: 'set', value: 40, start: 1, end: 5 }] })
    expect(parseCorrections(text)).toMatchObject({ ok: true, file: { version: 1, values: [{ value: 40 }] } })
    expect(parseCorrections('\uFEFF' + text).ok).toBe(true)
  })

  it('says what is wrong: not JSON, an unknown version, and where a field is bad', () => {
    const bad = parseCorrections('{"version": 1, "values": [')
    expect(bad.ok).toBe(false)
    if (!bad.ok) {
      expect(bad.problems[0].message_en).toMatch(/not valid JSON/)
      expect(bad.problems[0].message_zh).toMatch(/不是有效的 JSON/)
    }
    const v2 = parseCorrections({ version: 2, values: [] })
    expect(v2.ok || v2.problems[0].message_en).toBe('version: unknown version 2: this program reads version 1')
    const fields = parseCorrections({
      version: 1,
      reports: [{ report_sha256: 'x', year: 20 }],
      values: [{ report_sha256: 'a'.repeat(64), indicator_id: 'fines_yuan', action: 'replace', start: 5, end: 5 }, { report_sha256: 'a'.repeat(64), indicator_id: 'fines_yuan', action: 'set', start: 0, end: 3 }],
    })
    expect(fields.ok).toBe(false)
    if (!fields.ok) {
      expect(fields.problems.map((p) => p.path)).toEqual(['reports[0].report_sha256', 'reports[0].year', 'values[0].action', 'values[0].start', 'values[1].value'])
      expect(fields.problems[4].message_zh).toBe('values[1].value：set 需要数值 value')
    }
    expect(parseCorrections([]).ok).toBe(false)
  })
})

describe('applyCorrections', () => {
  it('confirms, sets, rejects, adds and moves values, keeping the trail; the input is not changed', async () => {
    const r = await base()
    const sha = r.report.sha256
    const o = byIndicator(r)
    const at = (id: string) => ({ start: o[id].start, end: o[id].end, evidence: o[id].evidence })
    const before = JSON.stringify(r)
    const out = applyCorrections([r], file([
      { report_sha256: sha, indicator_id: 'penalty_cases', action: 'confirm', value: 96, ...at('penalty_cases'), ...BY },
      { report_sha256: sha, indicator_id: 'fines_yuan', action: 'set', value: 120000, qualifier: 'approx', ...at('fines_yuan'), note: '原文为约数', ...BY },
      { report_sha256: sha, indicator_id: 'litigation_cases', action: 'reject', reason: 'not_indicator', ...at('litigation_cases'), ...BY },
      { report_sha256: sha, indicator_id: 'legal_review_cases', action: 'add', value: 23, ...span(r, '共23宗'), ...BY },
      { report_sha256: sha, indicator_id: 'legal_publicity_events', from_indicator_id: 'training_sessions', action: 'set', value: 4, ...at('training_sessions'), ...BY },
    ]), known)
    expect(JSON.stringify(r)).toBe(before)
    expect(out.stale).toEqual([])
    expect(out.applied).toBe(5)
    const c = byIndicator(out.reports[0])
    expect(Object.keys(c).sort()).toEqual(['fines_yuan', 'legal_publicity_events', 'legal_review_cases', 'penalty_cases', 'reconsideration_cases'])
    expect(c.penalty_cases).toMatchObject({ value: 96, method: 'rule', reviewed: true, review_by: '王芳' })
    expect(c.fines_yuan).toMatchObject({ value: 120000, qualifier: 'approx', method: 'manual', reviewed: true, original_value: 125000, review_note: '原文为约数', evidence: '罚没款共计12.5万元' })
    expect(c.legal_review_cases).toMatchObject({ value: 23, method: 'manual', original_value: null, evidence: '共23宗' })
    expect(r.text.slice(c.legal_review_cases.start, c.legal_review_cases.end)).toBe('共23宗')
    expect(c.legal_publicity_events).toMatchObject({ value: 4, original_value: 4, original_indicator: 'training_sessions', evidence: '组织集中学法4次' })
    expect(c.reconsideration_cases).toMatchObject({ method: 'rule', reviewed: false })
    expect(c.reconsideration_cases.review_by ?? null).toBeNull()
  })

  it('corrects report metadata, remembering the values before and dropping an English name that no longer fits', async () => {
    const r = { ...(await base()), report: { ...(await base()).report, agency_en: 'Qingxi Transport' } }
    const out = applyCorrections([r], file([], [
      { report_sha256: r.report.sha256, agency: '青溪县交通局', year: 2023, ...BY },
      { report_sha256: r.report.sha256, region: '某省青溪县', note: '补充', ...BY },
    ]), known)
    expect(out.reports[0].report).toMatchObject({
      agency: '青溪县交通局', agency_en: null, year: 2023, region: '某省青溪县', corrected_fields: 'agency,agency_en,region,year', review_note: '补充',
    })
    expect(JSON.parse(out.reports[0].report.original_meta!)).toEqual({ agency: '青溪县交通运输局', agency_en: 'Qingxi Transport', year: 2024, region: '青溪县' })
  })

  it('lists stale corrections with their reason and applies the rest', async () => {
    const r = await base()
    const sha = r.report.sha256
    const o = byIndicator(r)
    const out = applyCorrections([r], file([
      { report_sha256: 'f'.repeat(64), indicator_id: 'fines_yuan', action: 'set', value: 1, start: 0, end: 4 },
      { report_sha256: sha, indicator_id: 'no_such_indicator', action: 'add', value: 1, ...span(r, '共23宗') },
      { report_sha256: sha, indicator_id: 'fines_yuan', action: 'set', value: 1, start: 10, end: 20, evidence: '这句话不在报告里' },
      { report_sha256: sha, indicator_id: 'legal_review_cases', action: 'add', value: 5, start: 0, end: 8 },
      { report_sha256: sha, indicator_id: 'enforcement_cases', action: 'reject', start: 10, end: 20 },
      { report_sha256: sha, indicator_id: 'penalty_cases', action: 'confirm', value: 90, start: o.penalty_cases.start, end: o.penalty_cases.end },
      { report_sha256: sha, indicator_id: 'litigation_cases', action: 'confirm', value: 1, start: o.litigation_cases.start, end: o.litigation_cases.end },
    ], [{ report_sha256: 'e'.repeat(64), agency: 'X' }]), known)
    expect(out.stale.map((s) => [s.kind, s.index, s.reason])).toEqual([
      ['report', 0, 'report_missing'],
      ['value', 0, 'report_missing'],
      ['value', 1, 'unknown_indicator'],
      ['value', 2, 'span_mismatch'],
      ['value', 3, 'no_number'],
      ['value', 4, 'not_extracted'],
      ['value', 5, 'changed'],
    ])
    expect(out.stale[6].current).toMatchObject({ value: 96 })
    expect(out.applied).toBe(1)
    expect(byIndicator(out.reports[0]).litigation_cases.reviewed).toBe(true)
  })

  it('finds a shifted span again by its evidence, and a manual value wins over what the extractor now says', async () => {
    const r = await base()
    const fines = byIndicator(r).fines_yuan
    const corr = file([{ report_sha256: r.report.sha256, indicator_id: 'fines_yuan', action: 'set', value: 130000, start: fines.start, end: fines.end, evidence: fines.evidence }])
    // The same report decoded with a longer heading (offsets move), and a changed extractor value.
    const shifted: ReportRows = { ...r, text: '【转载】' + r.text, observations: r.observations.map((o) => (o.indicator_id === 'fines_yuan' ? { ...o, value: 99, start: o.start + 4, end: o.end + 4 } : o)) }
    const out = applyCorrections([shifted], corr, known)
    expect(out.stale).toEqual([])
    expect(byIndicator(out.reports[0]).fines_yuan).toMatchObject({ value: 130000, original_value: 99, start: fines.start + 4, evidence: '罚没款共计12.5万元' })
  })

  it('keeps the extractor value as the original through later corrections', async () => {
    const r = await base()
    const f = byIndicator(r).fines_yuan
    const at = { report_sha256: r.report.sha256, indicator_id: 'fines_yuan', start: f.start, end: f.end, evidence: f.evidence }
    const out = applyCorrections([r], file([{ ...at, action: 'set', value: 1 }, { ...at, action: 'set', value: 2 }, { ...at, action: 'confirm', value: 2 }]), known)
    expect(byIndicator(out.reports[0]).fines_yuan).toMatchObject({ value: 2, original_value: 125000, method: 'manual', reviewed: true })
  })

  it('applying A then B equals applying A followed by B in one file', async () => {
    const r = await base()
    const sha = r.report.sha256
    const o = byIndicator(r)
    const spans = [...Object.values(o).map((x) => ({ start: x.start, end: x.end, evidence: x.evidence })), span(r, '共23宗')]
    const ids = ['penalty_cases', 'fines_yuan', 'training_hours_per_person', 'legal_review_cases', 'training_sessions']
    const correction = fc.record({
      indicator_id: fc.constantFrom(...ids),
      action: fc.constantFrom('confirm', 'set', 'reject', 'add') as fc.Arbitrary<ValueCorrection['action']>,
      at: fc.constantFrom(...spans),
      value: fc.integer({ min: 0, max: 200 }),
      from: fc.option(fc.constantFrom(...ids), { nil: undefined }),
    }).map((x): ValueCorrection => ({
      report_sha256: sha, indicator_id: x.indicator_id, action: x.action, ...x.at,
      ...(x.action === 'confirm' || x.action === 'reject' ? (x.value % 2 ? { value: o[x.indicator_id]?.value ?? x.value } : {}) : { value: x.value }),
      ...(x.from && (x.action === 'set' || x.action === 'add') ? { from_indicator_id: x.from } : {}),
    }))
    fc.assert(fc.property(fc.array(correction, { maxLength: 6 }), fc.array(correction, { maxLength: 6 }), (a, b) => {
      const once = applyCorrections([r], concatCorrections(file(a), file(b)), known)
      const first = applyCorrections([r], file(a), known)
      const twice = applyCorrections(first.reports, file(b), known)
      expect(twice.reports).toEqual(once.reports)
      expect(first.stale.length + twice.stale.length).toBe(once.stale.length)
    }), { numRuns: 200 })
  })
})
