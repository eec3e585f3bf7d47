import { describe, expect, it } from 'vitest'
import { compareRaw, escapeHtml, formatAxisValue, formatRawCell, formatValue, qualifierLabel, unitLabel } from '../../src/charts'

const pct = { unit: 'pct' as const, unit_zh: null }
const yuan = { unit: 'yuan' as const, unit_zh: '元' }
const hours = { unit: 'hours' as const, unit_zh: '学时' }
const persons = { unit: 'count' as const, unit_zh: '人次' }
const cases = { unit: 'count' as const, unit_zh: '件' }

describe('formatValue (zh-CN)', () => {
  it('formats percentages, 万元 amounts and unit words', () => {
    expect(formatValue({ value: 86.5 }, pct, 'zh-CN')).toBe('86.5%')
    expect(formatValue({ value: 45.53, qualifier: 'exact' }, pct, 'zh-CN')).toBe('45.53%')
    expect(formatValue({ value: 4787761 }, yuan, 'zh-CN')).toBe('478.78万元')
    expect(formatValue({ value: 5000 }, yuan, 'zh-CN')).toBe('5,000元')
    expect(formatValue({ value: 250000000 }, yuan, 'zh-CN')).toBe('2.5亿元')
    expect(formatValue({ value: 60 }, hours, 'zh-CN')).toBe('60 学时')
    expect(formatValue({ value: 77339 }, cases, 'zh-CN')).toBe('77,339 件')
  })

  it('shows qualifiers: 余, 约, ≥, ≤ and ranges', () => {
    expect(formatValue({ value: 430, qualifier: 'approx' }, persons, 'zh-CN', { withUnit: false })).toBe('430余')
    expect(formatValue({ value: 430, qualifier: 'approx' }, persons, 'zh-CN')).toBe('430余 人次')
    expect(formatValue({ value: 230, qualifier: 'approx', evidence: '共约230人参训' }, persons, 'zh-CN')).toBe('约230 人次')
    expect(formatValue({ value: 60, qualifier: 'at_least' }, hours, 'zh-CN', { withUnit: false })).toBe('≥60')
    expect(formatValue({ value: 60, qualifier: 'at_least' }, hours, 'zh-CN')).toBe('≥60 学时')
    expect(formatValue({ value: 5, qualifier: 'at_most' }, cases, 'zh-CN')).toBe('≤5 件')
    expect(formatValue({ value: null, qualifier: 'range', value_low: 8, value_high: 10 }, cases, 'zh-CN', { withUnit: false })).toBe('8–10')
    expect(formatValue({ value: 9, qualifier: 'range', value_low: 8, value_high: 10 }, pct, 'zh-CN')).toBe('8–10%')
    expect(formatValue({ value: 98.6, qualifier: 'derived' }, pct, 'zh-CN')).toBe('98.6%')
  })

  it('says 未报告 for missing values and keeps a reported 0 as 0', () => {
    expect(formatValue({ value: null }, pct, 'zh-CN')).toBe('未报告')
    expect(formatValue({ value: null, reported: false }, cases, 'zh-CN')).toBe('未报告')
    expect(formatValue({ value: 0, reported: true }, cases, 'zh-CN')).toBe('0 件')
  })
})

describe('formatValue (en)', () => {
  it('uses English conventions', () => {
    expect(formatValue({ value: 86.5 }, pct, 'en')).toBe('86.5%')
    expect(formatValue({ value: 4787761 }, yuan, 'en')).toBe('¥4.79M')
    expect(formatValue({ value: 60, qualifier: 'at_least' }, hours, 'en')).toBe('≥60 hours')
    expect(formatValue({ value: 430, qualifier: 'approx' }, persons, 'en')).toBe('~430')
    expect(formatValue({ value: null }, pct, 'en')).toBe('not reported')
  })
})

describe('axis values, unit and qualifier labels', () => {
  it('formats axis ticks', () => {
    expect(formatAxisValue(50, pct, 'zh-CN')).toBe('50%')
    expect(formatAxisValue(2000000, yuan, 'zh-CN', 4787761)).toBe('200万')
    expect(formatAxisValue(1200, cases, 'en')).toBe('1,200')
  })
  it('labels units and qualifiers', () => {
    expect(unitLabel(pct, 'zh-CN')).toBe('%')
    expect(unitLabel(hours, 'zh-CN')).toBe('学时')
    expect(unitLabel(persons, 'zh-CN')).toBe('人次')
    expect(unitLabel(yuan, 'zh-CN')).toBe('元')
    expect(qualifierLabel('at_least', 'zh-CN')).toBe('不少于')
    expect(qualifierLabel('approx', 'en')).toBe('approximate')
  })
})

describe('escapeHtml', () => {
  it('neutralises markup', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
    expect(escapeHtml("a&b'`")).toBe('a&amp;b&#39;&#96;')
  })
})

describe('formatRawCell / compareRaw (SQL console cells)', () => {
  it('keeps BigInt digits, shows NULL, dates as ISO, nested values as JSON, cuts long text', () => {
    expect(formatRawCell(9007199254740993n)).toBe('9007199254740993')
    expect(formatRawCell(null)).toBe('NULL')
    expect(formatRawCell(undefined)).toBe('NULL')
    expect(formatRawCell(0)).toBe('0')
    expect(formatRawCell(86.5)).toBe('86.5')
    expect(formatRawCell(false)).toBe('false')
    expect(formatRawCell(Date.UTC(2024, 0, 2), 'Date32<DAY>')).toBe('2024-01-02')
    expect(formatRawCell(Date.UTC(2024, 0, 2, 3, 4, 5), 'Timestamp<MICROSECOND>')).toBe('2024-01-02 03:04:05')
    expect(formatRawCell({ toJSON: () => [1n, 'a', null] })).toBe('["1","a",null]')
    expect(formatRawCell({ a: 1, b: 2n })).toBe('{"a":1,"b":"2"}')
    expect(formatRawCell(new Uint8Array([0, 255]))).toBe('\\x00ff')
    expect(formatRawCell('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>')
    expect(formatRawCell('x'.repeat(600))).toHaveLength(501)
  })

  it('sorts numbers and BigInt by size, text by locale, NULL last', () => {
    const vals: unknown[] = ['b', null, 10n, 9, 'a', 2.5]
    const nums = vals.filter((v) => typeof v !== 'string').sort((a, b) => compareRaw(a, b, 'zh-CN'))
    expect(nums).toEqual([2.5, 9, 10n, null])
    expect(['b10', 'b9', null, 'a'].sort((a, b) => compareRaw(a, b, 'en'))).toEqual(['a', 'b9', 'b10', null])
  })
})
