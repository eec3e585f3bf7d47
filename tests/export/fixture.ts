/** Charts as the views build them (real builders, known rows), for the export tests. */
import { buildRankedBars, buildTrendChart, pickBars, rankByValue, tableRows } from '../../src/charts'
import { catalogue } from '../../src/queries/catalogue'
import type { ValueRow } from '../../src/queries/types'
import type { ExportChart } from '../../src/export/option'

export function row(p: Partial<ValueRow> & Pick<ValueRow, 'report_id' | 'agency' | 'year' | 'indicator_id'>): ValueRow {
  const reported = p.reported ?? (p.value != null || p.value_low != null)
  return { agency_en: null, value: null, qualifier: reported ? 'exact' : null, value_low: null, value_high: null, ...p, reported }
}

export const approvalRows: ValueRow[] = [
  row({ report_id: 'jj', agency: '江津区气象局', agency_en: 'Jiangjin Meteorological Bureau', year: 2023, indicator_id: 'approval_time_compression_pct', value: 86.5, method: 'rule', reviewed: false }),
  row({ report_id: 'cy', agency: '船营区人民政府', agency_en: 'Chuanying District Government', year: 2023, indicator_id: 'approval_time_compression_pct' }),
  row({ report_id: 'qj', agency: '綦江区司法局', year: 2023, indicator_id: 'approval_time_compression_pct', value: 50, method: 'manual', reviewed: true }),
]

export function approvalChart(locale: 'zh-CN' | 'en' = 'zh-CN'): ExportChart {
  return {
    title: locale === 'en' ? 'Approval time compression ratio' : '审批时限压缩比',
    subtitle: locale === 'en' ? 'Headline indicator · higher is better' : '主指标 · 越高越好',
    unitLabel: '%',
    option: buildRankedBars(
      pickBars(rankByValue(approvalRows, catalogue.indicatorById.get('approval_time_compression_pct')!), { top: 5, bottom: 5, focus: new Set() }),
      'approval_time_compression_pct',
      catalogue,
      locale,
      { focus: new Set(), withYear: false, window: 14 },
    ).option,
    rows: tableRows(approvalRows, catalogue, locale),
  }
}

export function trendChart(): ExportChart {
  const agencies = ['江津区气象局', '船营区人民政府', '綦江区司法局', '奉节县应急管理局', '某某市市场监督管理局', '某某县人民政府办公室']
  const rows = agencies.flatMap((agency, i) =>
    [2021, 2022, 2023].map((year) => row({ report_id: `${i}-${year}`, agency, year, indicator_id: 'mediation_success_pct', value: 80 + i + (year - 2021) * 3 })),
  )
  return {
    title: '调解成功率',
    unitLabel: '%',
    option: buildTrendChart(rows, 'mediation_success_pct', catalogue, 'zh-CN'),
    rows: tableRows(rows, catalogue, 'zh-CN'),
  }
}

/** Any chart with a legend and point labels (the export's legend handling is generic). */
export function legendChart(): ExportChart {
  const names = ['江津区气象局', '船营区人民政府', '綦江区司法局', '奉节县应急管理局', '某某市市场监督管理局', '某某县人民政府办公室']
  return {
    title: '调解成功率',
    unitLabel: '%',
    option: {
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 24, top: 52, bottom: 8 },
      xAxis: { type: 'category', data: ['2021', '2022', '2023'] },
      yAxis: { type: 'value', name: '%' },
      series: names.map((name, i) => ({ type: 'line', name, data: [80 + i, 83 + i, 86 + i], label: { show: true, position: 'top', fontSize: 11 } })),
    },
  }
}
