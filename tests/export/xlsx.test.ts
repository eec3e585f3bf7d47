/**
 * The Excel workbook, built from the query fixture and opened with read-excel-file: a summary
 * sheet with the selection and each chart's paragraph, one sheet per chart whose values, units,
 * qualifiers, method/review flags and sources equal what SQL says about the same rows; with an
 * earlier report, the change columns give the year compared with, the change and the verdict.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import readXlsxFile from 'read-excel-file/node'
import type { DuckDBConnection } from '@duckdb/node-api'
import { buildBrief } from '../../src/export/briefing'
import { buildXlsx, sheetNames, VALUE_COLUMNS, workbookSheets } from '../../src/export/xlsx'
import type { QueryRunner } from '../../src/composables/briefingData'
import { run } from '../queries/fixture'
import { briefingInput, fixture, OFFICE } from './briefingFixture'

let c: DuckDBConnection
let runner: QueryRunner
let sheets: Awaited<ReturnType<typeof readXlsxFile>>

beforeAll(async () => {
  ;({ c, runner } = await fixture())
  const input = await briefingInput(runner)
  const bytes = await buildXlsx(workbookSheets(input, buildBrief(input)), 'uint8array')
  sheets = await readXlsxFile(Buffer.from(bytes))
})

describe('Excel workbook (.xlsx)', () => {
  it('has a summary sheet, then one sheet per chart named after it', () => {
    expect(sheets.map((s) => s.sheet)).toEqual(['概要', '审批时限压缩比', '调解成功率'])
    const summary = Object.fromEntries(sheets[0].data.filter((r) => r.length >= 2).map((r) => [r[0], r[1]]))
    expect(summary['视图']).toBe('总览')
    expect(summary['所选范围']).toBe('单位：全部 3 个单位；年份：2022–2023年；领域：区县政府、应急管理、气象；共 3 份报告。')
    expect(summary['导出日期']).toBe('2024-05-06')
    expect(summary['署名单位']).toBe(OFFICE)
    expect(summary['审批时限压缩比']).toMatch(/^所选 3 个单位中，2 个报告了审批时限压缩比。最高为 86.5%/)
  })

  it('lists every selected report × indicator with the values and sources SQL gives', async () => {
    const sql = await run(c, {
      sql: `SELECT r.agency, CAST(r.year AS INTEGER) AS year, o.value, o.qualifier, o.value_low, o.value_high, o.evidence, o.method, o.reviewed, r.title, r.source_file
            FROM reports r LEFT JOIN observations o ON o.report_id = r.report_id AND o.indicator_id = 'approval_time_compression_pct'
            ORDER BY r.agency`,
      params: [],
    })
    const [header, ...rows] = sheets[1].data
    expect(header).toEqual(['单位', '年份', '指标', '数值', '计量单位', '显示值', '性质', '区间下限', '区间上限', '是否报告', '提取方式', '已复核', '对比年份', '上期数值', '变化量', '变化率（%）', '同比', '报告标题', '原始文件', '原文依据', '报告编号', '指标编号'])
    expect(header).toHaveLength(VALUE_COLUMNS.length)
    const col = (name: string) => header.indexOf(name)
    const byAgency = new Map(rows.map((r) => [r[col('单位')], r]))
    expect(rows).toHaveLength(sql.length)
    for (const s of sql) {
      const r = byAgency.get(s.agency as string)!
      expect(r[col('年份')]).toBe(s.year)
      expect(r[col('数值')] ?? null).toBe(s.value)
      expect(r[col('区间下限')] ?? null).toBe(s.value_low)
      expect(r[col('区间上限')] ?? null).toBe(s.value_high)
      expect(r[col('原文依据')] ?? null).toBe(s.evidence)
      expect(r[col('原始文件')]).toBe(s.source_file)
      expect(r[col('报告标题')] ?? null).toBe(s.title)
      expect(r[col('是否报告')]).toBe(s.evidence == null ? '否' : '是')
      expect(r[col('计量单位')]).toBe('%')
    }
    const cy = byAgency.get('船营区人民政府')!
    expect([cy[col('显示值')], cy[col('性质')], cy[col('提取方式')], cy[col('已复核')]]).toEqual(['60–70%', '区间', '人工录入', '否'])
    const jj = byAgency.get('江津区气象局')!
    expect([jj[col('显示值')], jj[col('性质')], jj[col('提取方式')], jj[col('已复核')]]).toEqual(['86.5%', '精确值', '规则提取', '否'])
    expect(sheets[2].data.find((r) => r[0] === '船营区人民政府')![col('已复核')]).toBe('是')
  })

  it('gives each value’s change against the agency’s previous report (a gap year named, a range not comparable)', async () => {
    const { c: db, runner: r2 } = await fixture()
    await db.run(`INSERT INTO reports (report_id, file, source_file, agency, year) VALUES ('jj-2021','jj.txt','jj.txt','江津区气象局',2021), ('cy-2022','cy.txt','cy.txt','船营区人民政府',2022)`)
    await db.run(`INSERT INTO observations (report_id, indicator_id, value, qualifier) VALUES ('jj-2021','approval_time_compression_pct',80,'exact'), ('cy-2022','approval_time_compression_pct',50,'exact')`)
    const input = await briefingInput(r2)
    const [, chart] = await readXlsxFile(Buffer.from(await buildXlsx(workbookSheets(input, buildBrief(input)), 'uint8array')))
    const [header, ...rows] = chart.data
    const col = (name: string) => header.indexOf(name)
    const pick = (id: string) => rows.find((r) => r[col('报告编号')] === id)!
    const jj = pick('jiangjin-meteorology-2023')
    expect([jj[col('对比年份')], jj[col('上期数值')], jj[col('变化量')], jj[col('变化率（%）')], jj[col('同比')]]).toEqual([2021, 80, 6.5, 8.1, '改善'])
    const cy = pick('chuanying-government-2023')
    expect([cy[col('对比年份')], cy[col('上期数值')], cy[col('变化量')] ?? null, cy[col('同比')]]).toEqual([2022, 50, null, '不可比'])
    expect(pick('jj-2021')[col('同比')] ?? null).toBeNull()
    // and the paragraph says it
    expect(buildBrief(input).charts[0].paragraphs[0]).toContain('与上年相比，1 个单位改善，1 个单位不可比（区间或上下限）。增幅最大的是江津区气象局（+6.5 个百分点，较 2021 年）。')
  })

  it('keeps sheet names within Excel’s rules', () => {
    expect(sheetNames(['a/b', 'A/B', '审批时限压缩比、即办件比例、审批办件量、承诺时限压缩比、网办率、一次办结率', ''])).toEqual([
      'a_b',
      'A_B (2)',
      '审批时限压缩比、即办件比例、审批办件量、承诺时限压缩比、网办率', // 31 characters
      'Sheet',
    ])
  })
})
