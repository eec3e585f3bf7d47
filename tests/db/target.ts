/**
 * Helpers of the import tests: a report for a made-up agency, its rows as the extraction gives
 * them, and an `AppendTarget` over @duckdb/node-api (staging through ./load.ts INSERTs).
 */
import type { DuckDBConnection } from '@duckdb/node-api'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { AppendTarget, ImportRows } from '../../src/db/append'
import { createTableSql, insertQueries } from '../../src/db/load'
import type { Catalogue } from '../../src/extract'
import { processReport } from '../../src/pipeline/processReport'
import { tableCounts, type QueryParam } from '../../src/queries'
import { run } from '../queries/fixture'

export const catalogue = JSON.parse(readFileSync(resolve(__dirname, '../../data/indicators.json'), 'utf8')) as Catalogue

export const QINGXI = `青溪县市场监督管理局2024年法治政府建设情况报告

2024年，青溪县市场监督管理局深入学习贯彻习近平法治思想，扎实推进法治政府建设。
一、主要举措和成效
（一）优化审批服务。审批时限压缩比例达到72%。
（二）规范行政执法。全年办理行政执法案件128件，其中行政处罚案件96件。发生行政复议案件3件。
（三）加强学法培训。组织执法人员培训12场次，参训人员共计360人次。
青溪县市场监督管理局
2025年1月15日
`

export async function imported(text: string, file = 'qingxi-2024.txt'): Promise<ImportRows> {
  const r = await processReport(new TextEncoder().encode(text), file, catalogue, { source_file: file, imported_at: '2026-12-01' })
  if (!r.ok) throw new Error(r.message_en)
  return { report: r.report, observations: r.observations, text: r.text }
}

export function nodeTarget(c: DuckDBConnection, failOn?: RegExp): AppendTarget {
  return {
    async run(sql: string, params: QueryParam[] = []) {
      if (failOn?.test(sql)) throw new Error(`refused: ${sql}`)
      return (await c.runAndReadAll(sql, params as never)).getRowObjects() as Record<string, unknown>[]
    },
    async stage(name, data) {
      await c.run(createTableSql(name, data.columns))
      const rows = Array.from({ length: data.numRows }, (_, i) => Object.fromEntries(data.columns.map((d) => [d.name, data.data[d.name][i]])))
      for (const q of insertQueries(name, data.columns, rows)) await c.run(q.sql, q.params as never)
    },
  }
}

export async function counts(c: DuckDBConnection): Promise<Record<'reports' | 'observations' | 'report_texts', number>> {
  const [views] = await run(c, tableCounts()) // the tables the views need; texts are counted here
  const [texts] = await run(c, { sql: 'SELECT CAST(count(*) AS INTEGER) AS n FROM report_texts', params: [] })
  return { reports: Number(views.reports), observations: Number(views.observations), report_texts: Number(texts.n) }
}
