/**
 * A briefing of two charts over the query fixture's known rows, asked with the app's own
 * builders (collectBriefing) in Node DuckDB, plus helpers that read Office XML back: the text
 * of each paragraph and the text runs with their fonts.
 */
import type { DuckDBConnection } from '@duckdb/node-api'
import { PNG } from 'pngjs'
import { collectBriefing, type QueryRunner } from '../../src/composables/briefingData'
import type { ExportSource } from '../../src/export/meta'
import type { BriefingInput } from '../../src/export/briefing'
import { catalogue } from '../../src/queries/catalogue'
import type { Locale } from '../../src/queries/types'
import { createFixtureDb, run } from '../queries/fixture'

export const DATE = new Date(2024, 4, 6)
export const OFFICE = '某某市司法局法治督察处'

/** The two charts: approval compression (reported by 江津 and 船营 as a range) and mediation (船营 only). */
export function charts(locale: Locale = 'zh-CN'): ExportSource[] {
  const zh = locale !== 'en'
  return [
    { title: zh ? '审批时限压缩比' : 'Approval time compression ratio', subtitle: zh ? '主指标 · 越高越好' : 'Headline · higher is better', unitLabel: '%', scope: { indicators: ['approval_time_compression_pct'] } },
    { title: zh ? '调解成功率' : 'Mediation success rate', unitLabel: '%', scope: { indicators: ['mediation_success_pct'] } },
  ]
}

export async function fixture(): Promise<{ c: DuckDBConnection; runner: QueryRunner }> {
  const c = await createFixtureDb()
  const runner: QueryRunner = async <T>(q: Parameters<QueryRunner>[0]) => (await run(c, q)) as T[]
  return { c, runner }
}

export async function briefingInput(runner: QueryRunner, locale: Locale = 'zh-CN', list = charts(locale)): Promise<BriefingInput> {
  const data = await collectBriefing(list, runner)
  return {
    locale,
    date: DATE,
    viewTitle: locale === 'en' ? 'Overview' : '总览',
    office: OFFICE,
    scope: data.scope,
    selection: { agencies: [], years: [] },
    charts: data.charts,
    catalogue,
  }
}

/** A PNG of w × h with a dark diagonal (so it is not blank). */
export function testPng(w = 480, h = 240): Uint8Array {
  const png = new PNG({ width: w, height: h })
  png.data.fill(255)
  for (let x = 0; x < w; x++) {
    const y = Math.floor((x * h) / w)
    const i = (y * w + x) * 4
    png.data[i] = png.data[i + 1] = png.data[i + 2] = 0
  }
  return new Uint8Array(PNG.sync.write(png))
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** The text of each paragraph of a WordprocessingML or DrawingML part (`w:p`/`a:p` with `w:t`/`a:t`). */
export function paragraphs(xml: string, ns: 'w' | 'a' = 'w'): string[] {
  const out: string[] = []
  for (const p of xml.matchAll(new RegExp(`<${ns}:p[ >][\\s\\S]*?</${ns}:p>`, 'g'))) {
    const text = [...p[0].matchAll(new RegExp(`<${ns}:t(?: [^>]*)?>([^<]*)</${ns}:t>`, 'g'))].map((m) => decode(m[1])).join('')
    if (text) out.push(text)
  }
  return out
}

/** Every run that holds text (`w:r`/`a:r` with a `w:t`/`a:t`), as its XML. */
export function textRuns(xml: string, ns: 'w' | 'a' = 'w'): string[] {
  return [...xml.matchAll(new RegExp(`<${ns}:r(?: [^>]*)?>[\\s\\S]*?</${ns}:r>`, 'g'))].map((m) => m[0]).filter((r) => r.includes(`<${ns}:t`))
}
