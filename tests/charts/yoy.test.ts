/**
 * Year-over-year change as drawn and written: signed changes in the indicator's unit
 * (percentage points for rates), direction-aware colours (a fall of a lower-is-better indicator
 * is green), the year compared with named for a gap, the Overview's summary line, the
 * most-improved chart's bars and labels against its rows, the data-table columns and the
 * briefing sentences.
 */
import { describe, expect, it } from 'vitest'
import {
  buildYoyRankingChart,
  changeColumns,
  changeUnitLabel,
  formatChange,
  formatPctChange,
  tableRows,
  TONE_COLORS,
  withChanges,
  yoyRankingTableRows,
  yoySummaryLine,
} from '../../src/charts'
import { catalogue } from '../../src/queries/catalogue'
import { yoySummaries, type YoyRankRow, type YoySummaryFlat } from '../../src/queries/yoy'
import { yoyParagraph } from '../../src/export/yoyParagraph'
import type { ValueRow } from '../../src/queries/types'

const ind = (id: string) => catalogue.indicatorById.get(id)!
const APPROVAL = 'approval_time_compression_pct' // pct, higher
const CASES = catalogue.indicators.find((i) => i.direction === 'lower' && i.unit === 'count')!.id
const NONE = catalogue.indicators.find((i) => i.direction === 'none' && i.unit === 'count')!.id

function pair(over: Partial<YoyRankRow>): YoyRankRow {
  return {
    report_id: 'r', agency: '甲局', agency_en: 'Bureau A', year: 2024, indicator_id: APPROVAL, direction: 'higher',
    value: 90, qualifier: 'exact', value_low: null, value_high: null, evidence: null,
    prev_report_id: 'p', prev_year: 2023, prev_value: 80, prev_qualifier: 'exact', prev_value_low: null, prev_value_high: null, prev_evidence: null,
    change: 10, pct_change: 12.5, verdict: 'better', rank: 1,
    ...over,
  }
}

describe('formatting a change', () => {
  it('signs it, in percentage points for rates and in the unit otherwise', () => {
    expect(formatChange(6.5, ind(APPROVAL), 'zh-CN')).toBe('+6.5 个百分点')
    expect(formatChange(-6.5, ind(APPROVAL), 'en')).toBe('−6.5 pp')
    expect(formatChange(-8, ind(CASES), 'zh-CN')).toBe(`−8 ${ind(CASES).unit_zh}`)
    expect(formatChange(0, ind(CASES), 'en')).toBe('0')
    expect(formatPctChange(8.125, 'zh-CN')).toBe('+8.1%')
    expect(formatPctChange(-40, 'en')).toBe('−40%')
  })

  it('gives the table columns, colour code and year compared with; nothing for a value without a previous one', () => {
    const c = changeColumns(pair({ prev_year: 2021, change: -8, pct_change: -40, verdict: 'better', indicator_id: CASES, direction: 'lower', value: 12, prev_value: 20 }), ind(CASES), 'zh-CN')
    expect(c).toMatchObject({ vs_year: 2021, prev_value: `20 ${ind(CASES).unit_zh}`, change: `−8 ${ind(CASES).unit_zh}`, change_pct: '−40%', verdict: '改善', raw_change: -8, raw_change_pct: -40, verdict_code: 'better' })
    const range = changeColumns(pair({ value: null, qualifier: 'range', value_low: 60, value_high: 70, change: null, pct_change: null, verdict: 'incomparable' }), ind(APPROVAL), 'zh-CN')
    expect(range).toMatchObject({ vs_year: 2023, change: '', change_pct: '', verdict: '不可比', verdict_code: 'incomparable' })
    const rows: ValueRow[] = [
      { report_id: 'r', agency: '甲局', agency_en: null, year: 2024, indicator_id: APPROVAL, reported: true, value: 90, qualifier: 'exact', value_low: null, value_high: null },
      { report_id: 'p', agency: '甲局', agency_en: null, year: 2023, indicator_id: APPROVAL, reported: true, value: 80, qualifier: 'exact', value_low: null, value_high: null },
    ]
    const table = withChanges(tableRows(rows, catalogue, 'zh-CN'), [pair({})], catalogue, 'zh-CN')
    expect(table.map((r) => [r.year, r.vs_year, r.change, r.verdict])).toEqual([
      [2024, 2023, '+10 个百分点', '改善'],
      [2023, '', '', ''],
    ])
    // no pair at all: the table keeps its columns
    expect(Object.keys(withChanges(tableRows(rows, catalogue, 'zh-CN'), [], catalogue, 'zh-CN')[0])).not.toContain('change')
  })
})

describe('the Overview line', () => {
  const flat = (over: Partial<YoySummaryFlat>): YoySummaryFlat => ({ ...pair({}), pairs: 13, better: 9, worse: 3, same: 1, up: 0, down: 0, incomparable: 0, side: 'best', ...over })

  it('counts improved and worsened agencies in their colours and names the most improved with the year compared', () => {
    const s = yoySummaries([flat({ agency: '东湖区司法局', change: 6.5, prev_year: 2021 }), flat({ side: 'worst', verdict: 'worse', change: -3 })]).get(APPROVAL)
    const line = yoySummaryLine(s, ind(APPROVAL), 'zh-CN')!
    expect(line.map((p) => p.text).join('')).toBe('较上年：9 个单位改善，3 个单位退步，1 个单位持平；进步最大：东湖区司法局 +6.5 个百分点（较 2021 年）')
    expect(line.filter((p) => p.tone === 'better').map((p) => p.text)).toEqual(['9 个单位改善', '进步最大：东湖区司法局 +6.5 个百分点（较 2021 年）'])
    expect(line.find((p) => p.tone === 'worse')!.text).toBe('3 个单位退步')
    expect(yoySummaryLine(undefined, ind(APPROVAL), 'zh-CN')).toBeNull()
  })

  it('says up and down, in grey, for an indicator without a better direction', () => {
    const s = yoySummaries([flat({ indicator_id: NONE, direction: 'none', verdict: 'neutral', better: 0, worse: 0, same: 0, up: 4, down: 2, pairs: 6, side: null })]).get(NONE)
    const line = yoySummaryLine(s, ind(NONE), 'en')!
    expect(line.map((p) => p.text).join('')).toBe('Year on year: 4 up, 2 down')
    expect(line.every((p) => p.tone == null)).toBe(true)
  })
})

describe('most improved chart', () => {
  const rows = [
    pair({ report_id: 'a', agency: '甲局', change: -8, pct_change: -40, indicator_id: CASES, direction: 'lower', value: 12, prev_value: 20, prev_year: 2021, rank: 1 }),
    pair({ report_id: 'b', agency: '乙局', change: 2, pct_change: 20, indicator_id: CASES, direction: 'lower', value: 12, prev_value: 10, verdict: 'worse', rank: 2 }),
    pair({ report_id: 'c', agency: '丙局', change: null, pct_change: null, indicator_id: CASES, direction: 'lower', value: 15, qualifier: 'at_least', verdict: 'incomparable', rank: null }),
  ]

  it('draws the signed change, coloured by better/worse, the gap year in the label, incomparable marked without a bar', () => {
    const { option } = buildYoyRankingChart(rows, CASES, catalogue, 'zh-CN', new Set(), 18)
    const o = option as unknown as { yAxis: { data: string[] }; series: { id: string; data: ({ value: unknown; labelText: string; itemStyle?: { color: string } } | null)[] }[] }
    expect(o.yAxis.data).toEqual(['1. 甲局', '2. 乙局', '–  丙局'])
    const [bars, marks] = o.series
    expect(bars.data.map((d) => d?.value ?? null)).toEqual([-8, 2, null])
    expect(bars.data[0]!.itemStyle!.color).toBe(TONE_COLORS.better) // a fall of a lower-is-better figure
    expect(bars.data[1]!.itemStyle!.color).toBe(TONE_COLORS.worse)
    expect(bars.data[0]!.labelText).toBe(`−8 ${ind(CASES).unit_zh}（较 2021 年）`)
    expect(bars.data[1]!.labelText).toBe(`+2 ${ind(CASES).unit_zh}`) // the year before: no year named
    expect(marks.data.map((d) => [d!.value, d!.labelText])).toEqual([[[0, 2], '不可比（区间或上下限）']])
  })

  it('scrolls a long list inside the chart with a bounded height', () => {
    const many = Array.from({ length: 40 }, (_, i) => pair({ report_id: `r${i}`, agency: `单位${i}`, change: 40 - i, rank: i + 1 }))
    const { option, height } = buildYoyRankingChart(many, APPROVAL, catalogue, 'zh-CN', new Set(), 18)
    expect((option as { dataZoom?: unknown[] }).dataZoom).toHaveLength(2)
    // a rate's change is in percentage points: no % on the ticks
    const tick = (option as unknown as { xAxis: { axisLabel: { formatter: (v: number) => string } } }).xAxis.axisLabel.formatter
    expect([tick(-4), tick(0), tick(2.5)]).toEqual(['−4', '0', '+2.5'])
    expect(changeUnitLabel(ind(APPROVAL), 'zh-CN')).toBe('个百分点')
    expect(height).toBeLessThan(18 * 24 + 60)
  })

  it('gives the table rows with rank and change columns', () => {
    const t = yoyRankingTableRows(rows, catalogue, 'en')
    expect(t.map((r) => [r.rank, r.agency, r.vs_year, r.change, r.change_pct, r.verdict])).toEqual([
      [1, 'Bureau A', 2021, '−8', '−40%', 'improved'],
      [2, 'Bureau A', 2023, '+2', '+20%', 'worsened'],
      ['', 'Bureau A', 2023, '', '', 'not comparable'],
    ])
  })
})

describe('briefing sentences', () => {
  it('count the agencies and name the largest fall of a lower-is-better indicator and the largest setback', () => {
    const common = { indicator_id: CASES, direction: 'lower' as const, pairs: 3, better: 1, worse: 1, same: 0, up: 0, down: 0, incomparable: 1 }
    const s = yoySummaries([
      { ...pair({ ...common, agency: '甲局', change: -8, prev_year: 2021 }), ...common, side: 'best' },
      { ...pair({ ...common, agency: '乙局', change: 2, verdict: 'worse' }), ...common, side: 'worst' },
    ]).get(CASES)
    const u = ind(CASES).unit_zh
    expect(yoyParagraph(s, CASES, catalogue, 'zh-CN')).toBe(
      `与上年相比，1 个单位改善，1 个单位退步，1 个单位不可比（区间或上下限）。降幅最大的是甲局（−8 ${u}，较 2021 年）。退步最多的是乙局（+2 ${u}，较 2023 年）。`,
    )
    expect(yoyParagraph(undefined, CASES, catalogue, 'zh-CN')).toBe('')
  })
})

