import { describe, expect, it } from 'vitest'
import { agenciesText, chartFileName, detailText, exportTitle, footnote, selectionText, yearsOf, yearsText } from '../../src/export/meta'
import { BOM, csvCell, toCsv } from '../../src/export/csv'
import { approvalChart } from './fixture'

const DATE = new Date(2024, 4, 6)

describe('footnote', () => {
  it('names the source and the export date, in the UI language', () => {
    expect(footnote('zh-CN', DATE)).toBe('数据来源：各单位法治政府建设年度报告 · 导出于 2024-05-06')
    expect(footnote('en', DATE)).toBe('Source: annual rule-of-law government reports of each agency · Exported 2024-05-06')
  })
})

describe('subtitle: the selection and the unit', () => {
  it('lists the agencies and years the chart shows', () => {
    expect(selectionText(approvalChart(), 'zh-CN')).toBe('江津区气象局、船营区人民政府、綦江区司法局 · 2023年')
    expect(selectionText(approvalChart('en'), 'en')).toBe('Jiangjin Meteorological Bureau, Chuanying District Government, 綦江区司法局 · 2023')
  })

  it('names the agencies the scope picks, or all agencies when it picks none, whichever rows the chart draws', () => {
    const all = { ...approvalChart(), scope: { indicators: ['approval_time_compression_pct'], agencies: [] } }
    expect(selectionText(all, 'zh-CN')).toBe('全部单位 · 2023年')
    const picked = { ...approvalChart(), scope: { indicators: ['approval_time_compression_pct'], agencies: ['江津区气象局'] } }
    expect(selectionText(picked, 'zh-CN')).toBe('江津区气象局 · 2023年')
  })

  it('shortens long agency lists and states year spans', () => {
    expect(agenciesText(['甲', '乙', '丙', '丁', '戊'], 'zh-CN')).toBe('甲、乙、丙 等 5 个单位')
    expect(agenciesText([], 'zh-CN')).toBe('全部单位')
    expect(yearsText([2021, 2022, 2023], 'zh-CN')).toBe('2021–2023年')
    expect(yearsText([2021, 2023], 'en')).toBe('2021, 2023')
    expect(yearsOf([{ year: 2023 }, { year: '2021' }, { year: null }])).toEqual([2021, 2023])
  })

  it('adds the chart subtitle and the unit', () => {
    expect(detailText(approvalChart(), 'zh-CN')).toBe('主指标 · 越高越好 · 单位：%')
    expect(detailText({ title: 'x', unitLabel: 'hours' }, 'en')).toBe('Unit: hours')
    expect(detailText({ title: 'x', subtitle: '单位：% · ↑ 越高越好', unitLabel: '%' }, 'zh-CN')).toBe('单位：% · ↑ 越高越好')
  })

  it('names files after the view, the chart, the agencies picked and the years', () => {
    expect(chartFileName(approvalChart(), 'png', 'zh-CN')).toBe('审批时限压缩比_2023.png')
    expect(chartFileName({ ...approvalChart(), view: 'overview' }, 'png', 'zh-CN')).toBe('总览_审批时限压缩比_2023.png')
    expect(chartFileName({ ...approvalChart('en'), view: 'rankings' }, 'csv', 'en')).toBe('Rankings_Approval_time_compression_ratio_2023.csv')
    const scope = (agencies: string[]) => ({ indicators: ['approval_time_compression_pct'], agencies })
    expect(chartFileName({ ...approvalChart(), view: 'trends', scope: scope(['江津区气象局']) }, 'svg', 'zh-CN')).toBe('趋势_审批时限压缩比_江津区气象局_2023.svg')
    expect(chartFileName({ ...approvalChart(), view: 'compare', scope: scope(['甲局', '乙局', '丙局']) }, 'png', 'zh-CN')).toBe('对比_审批时限压缩比_甲局等3个单位_2023.png')
  })

  it('gives the same indicator exported from each view a different name and a title that says the view', () => {
    const views = ['overview', 'compare', 'trends', 'rankings', 'coverage']
    const names = views.map((view) => chartFileName({ ...approvalChart(), view }, 'png', 'zh-CN'))
    expect(new Set(names).size).toBe(views.length)
    expect(views.map((view) => exportTitle({ ...approvalChart(), view }, 'zh-CN'))).toEqual([
      '审批时限压缩比（总览）',
      '审批时限压缩比（对比）',
      '审批时限压缩比（趋势）',
      '审批时限压缩比（排名）',
      '审批时限压缩比（覆盖）',
    ])
    expect(exportTitle({ ...approvalChart('en'), view: 'rankings' }, 'en')).toBe('Approval time compression ratio (Rankings)')
    expect(exportTitle(approvalChart(), 'zh-CN')).toBe('审批时限压缩比')
  })
})

describe('CSV', () => {
  it('has a BOM, localised headers, CRLF, one line per row, values as shown and raw, with method and reviewed', () => {
    const csv = toCsv(approvalChart().rows, 'zh-CN')
    expect(csv.startsWith(BOM)).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines[0]).toBe('单位,年份,指标,数值,性质,原始数值,是否报告,报告编号,指标编号,提取方式,已复核')
    expect(lines).toHaveLength(3 + 2) // header + 3 rows + trailing empty
    expect(lines[1]).toBe('江津区气象局,2023,审批时限压缩比,86.5%,精确值,86.5,true,jj,approval_time_compression_pct,rule,false')
    expect(lines[2]).toBe('船营区人民政府,2023,审批时限压缩比,未报告,,,false,cy,approval_time_compression_pct,,')
    expect(lines[3]).toBe('綦江区司法局,2023,审批时限压缩比,50%,精确值,50,true,qj,approval_time_compression_pct,manual,true')
  })

  it('uses English headers in English', () => {
    expect(toCsv(approvalChart('en').rows, 'en').split('\r\n')[0]).toBe(`${BOM}agency,year,indicator,value,qualifier,raw_value,reported,report_id,indicator_id,method,reviewed`)
  })

  it('quotes separators and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('-5%')).toBe('-5%')
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell(null)).toBe('')
    expect(csvCell(Number.NaN)).toBe('')
  })

  it('is just a BOM without rows', () => {
    expect(toCsv([], 'zh-CN')).toBe(BOM)
    expect(toCsv(undefined, 'en')).toBe(BOM)
  })
})
