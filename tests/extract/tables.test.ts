/**
 * Tables flattened to text (src/extract/tables.ts): the rows' sentences of the report year's column, the table's lines skipped as
 * prose, and an observation read from a row pointing at that row in the report (its evidence is the row as written, traditional
 * characters and full-width bars kept).
 */
import { describe, expect, it } from 'vitest'
import { tablesOf } from '../../src/extract/tables'
import { extractText } from './seeds'

const TABLE = '执法数据\n指标 | 2023年 | 2022年 | 备注\n执法检查（次） | 4820 | 4312 | 含联合检查12次\n罚没金额（万元） | 286.4 | 240.9 |'

describe('tables flattened to text', () => {
  it('reads the report year\'s column as sentences, each standing for its row', () => {
    const { rows, spans } = tablesOf(TABLE, { start: 0, end: TABLE.length }, 2023)
    expect(rows.map((r) => r.sentence)).toEqual(['2023年执法检查4820次。', '2023年罚没金额286.4万元。'])
    expect(rows.map((r) => TABLE.slice(r.start, r.end))).toEqual(['执法检查（次） | 4820', '罚没金额（万元） | 286.4'])
    expect(spans).toEqual([{ start: TABLE.indexOf('指标'), end: TABLE.length }])
  })

  it('reads no column of another year, nor a table whose header names none of the report\'s', () => {
    expect(tablesOf(TABLE, { start: 0, end: TABLE.length }, 2022).rows.map((r) => r.sentence)).toEqual(['2022年执法检查4312次。', '2022年罚没金额240.9万元。'])
    expect(tablesOf(TABLE, { start: 0, end: TABLE.length }, 2024)).toEqual({ rows: [], spans: [] })
  })

  it('takes no prose line after the header for a row', () => {
    const text = '项目 | 本年 | 上年\n执法检查（次） | 980 | 1040\n全年开展专项整治行动  共计12次，出动执法人员560人次。'
    const { rows, spans } = tablesOf(text, { start: 0, end: text.length }, 2023)
    expect(rows.map((r) => r.sentence)).toEqual(['执法检查980次。'])
    expect(spans).toEqual([{ start: 0, end: text.indexOf('\n全年') }])
  })

  it('gives the row as the evidence of what it reads, in the report\'s own characters', () => {
    const text = `臨江市城市管理局2023年度法治政府建設工作報告\n2023年，執法數據如下。\n指標｜2023年｜2022年\n執法檢查（次）｜４８２０｜４３１２`
    const o = extractText(text).observations.find((x) => x.indicator_id === 'enforcement_inspections')
    expect(o && [o.value, o.evidence, text.slice(o.start, o.end)]).toEqual([4820, '執法檢查（次）｜４８２０', '執法檢查（次）｜４８２０'])
  })
})
