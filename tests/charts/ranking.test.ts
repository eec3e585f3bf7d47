import { describe, expect, it } from 'vitest'
import { buildRankingChart, NOT_REPORTED_SERIES_ID, rankingTableRows, RANKING_WINDOW, sortByRank, type ItemData } from '../../src/charts'
import { catalogue } from '../../src/queries/catalogue'
import type { RankingRow } from '../../src/queries'

const EVIL = '<img src=x onerror=alert(1)>'

function row(p: Partial<RankingRow> & Pick<RankingRow, 'report_id' | 'agency' | 'indicator_id'>): RankingRow {
  const reported = p.reported ?? (p.value != null || p.value_low != null)
  return { agency_en: null, year: 2023, value: null, qualifier: reported ? 'exact' : null, value_low: null, value_high: null, evidence: null, rank: null, direction: 'higher', ...p, reported }
}

type Option = {
  yAxis: { data: string[] }
  series: { id?: string; type: string; data: (ItemData & { itemStyle?: { color: string } })[]; label?: { formatter: (p: unknown) => string } }[]
  tooltip: { formatter: (p: unknown) => string }
  dataZoom?: { type: string; startValue?: number; endValue?: number }[]
}
const opt = (o: { option: unknown }) => o.option as Option

// As the query returns them: lower is better, a tie at rank 1, one not reported.
const reconsideration: RankingRow[] = [
  row({ report_id: 'fj', agency: '奉节县应急管理局', year: 2022, indicator_id: 'reconsideration_cases', value: 0, rank: 1, direction: 'lower' }),
  row({ report_id: 'jj', agency: '江津区气象局', indicator_id: 'reconsideration_cases', value: 0, rank: 1, direction: 'lower' }),
  row({ report_id: 'cy', agency: '船营区人民政府', indicator_id: 'reconsideration_cases', value: 12, rank: 3, direction: 'lower' }),
  row({ report_id: 'qj', agency: '綦江区交通局', indicator_id: 'reconsideration_cases', direction: 'lower' }),
]

describe('buildRankingChart', () => {
  it('draws bars in rank order with the rank in each label; ties share a rank', () => {
    const o = opt(buildRankingChart(reconsideration, 'reconsideration_cases', catalogue, 'zh-CN'))
    expect(o.yAxis.data).toEqual(['1. 奉节县应急管理局 2022', '1. 江津区气象局 2023', '3. 船营区人民政府 2023', '–  綦江区交通局 2023'])
    const bars = o.series[0]
    expect(bars.data.map((d) => d.value)).toEqual([0, 0, 12, null])
    expect(bars.data.map((d) => d.labelText)).toEqual(['0 件', '0 件', '12 件', '未报告'])
    expect(bars.data[2].datum).toEqual({ report_id: 'cy', indicator_id: 'reconsideration_cases' })
  })

  it('orders by rank even when rows arrive unordered, and keeps not reported last, never as 0', () => {
    const shuffled = [reconsideration[3], reconsideration[2], reconsideration[1], reconsideration[0]]
    const o = opt(buildRankingChart(shuffled, 'reconsideration_cases', catalogue, 'zh-CN'))
    expect(o.yAxis.data.map((l) => l.split(' ')[0])).toEqual(['1.', '1.', '3.', '–'])
    expect(o.yAxis.data[3]).toContain('綦江区交通局')
    const missing = o.series.find((s) => s.id === NOT_REPORTED_SERIES_ID)!
    expect(missing.data).toHaveLength(1)
    expect(missing.data[0].datum.report_id).toBe('qj')
    expect(missing.label!.formatter({ data: missing.data[0] })).toBe('未报告')
    expect(o.series[0].data[3].value).toBeNull()
  })

  it('shows qualifiers through the shared formatter (余 / 约 / ≥ / range) and escapes tooltips', () => {
    const rows = [
      row({ report_id: 'a', agency: '奉节县应急管理局', indicator_id: 'training_participants', value: 430, qualifier: 'approx', evidence: '430余人次参加', rank: 1 }),
      row({ report_id: 'b', agency: EVIL, indicator_id: 'training_participants', value: 230, qualifier: 'approx', evidence: '共约230人参训', rank: 2 }),
      row({ report_id: 'c', agency: '綦江区交通局', indicator_id: 'training_participants', value: 60, qualifier: 'at_least', rank: 3 }),
    ]
    const o = opt(buildRankingChart(rows, 'training_participants', catalogue, 'zh-CN'))
    expect(o.series[0].data.map((d) => d.labelText)).toEqual(['430余 人次', '约230 人次', '≥60 人次'])
    const html = o.tooltip.formatter({ data: o.series[0].data[1], marker: '' })
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img')
    const range = opt(buildRankingChart([row({ report_id: 'r', agency: 'X', indicator_id: 'approval_time_compression_pct', value_low: 60, value_high: 70, qualifier: 'range', rank: 1 })], 'approval_time_compression_pct', catalogue, 'en'))
    expect(range.series[0].data[0].value).toBe(65)
    expect(range.series[0].data[0].labelText).toBe('60–70%')
  })

  it('speaks English and leaves out the year when all rows share it', () => {
    const rows = [
      row({ report_id: 'j', agency: '江津区气象局', agency_en: 'Jiangjin', indicator_id: 'mediation_success_pct', value: 90, rank: 2 }),
      row({ report_id: 'c', agency: '船营区人民政府', agency_en: 'Chuanying', indicator_id: 'mediation_success_pct', value: 97, rank: 1 }),
      row({ report_id: 'q', agency: '綦江区交通局', agency_en: 'Qijiang', indicator_id: 'mediation_success_pct' }),
    ]
    const o = opt(buildRankingChart(rows, 'mediation_success_pct', catalogue, 'en'))
    expect(o.yAxis.data).toEqual(['1. Chuanying', '2. Jiangjin', '–  Qijiang'])
    expect(o.series[0].data.map((d) => d.labelText)).toEqual(['97%', '90%', 'not reported'])
  })
})

describe('ranking helpers', () => {
  it('sortByRank is stable within ties and puts unranked last', () => {
    expect(sortByRank([{ rank: null, k: 'n' }, { rank: 2, k: 'b' }, { rank: 1, k: 'a1' }, { rank: 1, k: 'a2' }]).map((r) => r.k)).toEqual(['a1', 'a2', 'b', 'n'])
  })

  it('table rows carry the rank first, empty (not 0) for not reported', () => {
    const t = rankingTableRows(reconsideration, catalogue, 'zh-CN')
    expect(Object.keys(t[0])[0]).toBe('rank')
    expect(t.map((r) => [r.rank, r.value])).toEqual([[1, '0 件'], [1, '0 件'], [3, '12 件'], ['', '未报告']])
    expect(t[3].raw_value).toBeNull()
  })
})

describe('long rankings', () => {
  const many = Array.from({ length: 300 }, (_, i) =>
    row({ report_id: `r${i}`, agency: `单位${i}`, indicator_id: 'mediation_success_pct', value: i < 280 ? 100 - i / 10 : null, rank: i < 280 ? i + 1 : null }),
  )

  it('ranks every agency, scrolling inside a window of bounded height; the table keeps every row', () => {
    const chart = buildRankingChart(many, 'mediation_success_pct', catalogue, 'zh-CN')
    const o = opt(chart)
    expect(o.yAxis.data).toHaveLength(300)
    expect(o.yAxis.data[0]).toBe('1. 单位0')
    expect(o.yAxis.data[279]).toBe('280. 单位279')
    expect(o.series.find((s) => s.id === NOT_REPORTED_SERIES_ID)!.data).toHaveLength(20)
    expect(o.dataZoom?.find((z) => z.type === 'slider')).toMatchObject({ startValue: 0, endValue: RANKING_WINDOW - 1 })
    expect(chart.height).toBe(buildRankingChart(many.slice(0, 120), 'mediation_success_pct', catalogue, 'zh-CN').height)
    expect(chart.height).toBeLessThan(600)
    expect(rankingTableRows(many, catalogue, 'zh-CN')).toHaveLength(300)
  })

  it('highlights the focus agencies and opens the window at the first of them', () => {
    const o = opt(buildRankingChart(many, 'mediation_success_pct', catalogue, 'zh-CN', new Set(['单位150', '单位200'])))
    expect(o.yAxis.data[150]).toBe('{f|151. 单位150}')
    expect(o.yAxis.data[0]).toBe('{m|1. 单位0}')
    expect(o.series[0].data[150].itemStyle).toBeUndefined()
    expect(o.series[0].data[0].itemStyle?.color).toBeDefined()
    const zoom = o.dataZoom!.find((z) => z.type === 'slider')!
    expect(zoom.startValue! <= 150 && 150 <= zoom.endValue!).toBe(true)
  })

  it('each agency\'s latest report: every bar states its year, even when they all share one', () => {
    const rows = many.slice(0, 3)
    expect(new Set(rows.map((r) => r.year)).size).toBe(1)
    expect(opt(buildRankingChart(rows, 'mediation_success_pct', catalogue, 'zh-CN')).yAxis.data[0]).not.toMatch(/\d{4}$/)
    const labels = opt(buildRankingChart(rows, 'mediation_success_pct', catalogue, 'zh-CN', new Set(), RANKING_WINDOW, true)).yAxis.data
    expect(labels.every((l) => l.endsWith(String(rows[0].year)))).toBe(true)
  })

  it('a short ranking has no scroll window', () => {
    expect(opt(buildRankingChart(many.slice(0, 5), 'mediation_success_pct', catalogue, 'zh-CN')).dataZoom).toBeUndefined()
  })
})
