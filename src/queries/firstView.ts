/**
 * The first view, answered before DuckDB-wasm is ready (as Evidence does): at build time the
 * same query builders run over the published tables in Node (scripts/firstView.ts) and their
 * rows are written to `first-view.json` next to the tables. The app shows the Overview from
 * these answers while the 34 MB wasm compiles, then asks DuckDB the same questions and keeps
 * the rows it already drew when the answers agree (no redraw, no visible jump).
 */
import { indicatorReports, listReports, tableCounts } from './index'
import { HEADLINE_FAMILIES, type HeadlineFamily } from './catalogue'
import { HEADLINE_FAMILY_INDICATORS, overviewValues } from './overview'
import { overviewSummary } from './overviewSummary'
import { headlineQuestion } from './overviewHeld'
import { yoySummary } from './yoy'
import type { Query } from './types'

export const FIRST_VIEW_FILE = 'first-view.json'
export const FIRST_VIEW_VERSION = 1

export interface FirstView {
  version: typeof FIRST_VIEW_VERSION
  /** Rows per query, keyed by `queryKey()`. */
  answers: Record<string, unknown[]>
  /** `fingerprint()` of each table file the answers were computed from. */
  tables?: Record<string, string>
  /** The derived rows built with the answers: what they cover, each file's fingerprint (`parseBuiltRows` of ./builtRows.ts reads it where it is used). */
  built?: unknown
}

/** Were the tables served (`served`: their files' fingerprints) those `fv`'s answers and built rows came from? */
export function servedAsBuilt(fv: FirstView | null, served: Record<string, string>): boolean {
  const prints = Object.entries(fv?.tables ?? {})
  return prints.length > 0 && prints.every(([table, print]) => served[table] === print)
}

/**
 * A fast fingerprint of a table file (byte length and a 32-bit FNV-1a over its 32-bit words,
 * then its last bytes): the app compares the files it was served with those the answers came
 * from, and when they match it keeps using the answers instead of asking DuckDB again. Word by
 * word because the browser fingerprints a 100 MB table on its main thread. Plain JS:
 * crypto.subtle needs a secure context, which an intranet server on http:// is not.
 */
export function fingerprint(bytes: Uint8Array): string {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice()
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >> 2)
  let h = 0x811c9dc5
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193)
  for (let i = words.length * 4; i < aligned.length; i++) h = Math.imul(h ^ aligned[i], 0x01000193)
  return `${bytes.length}:${(h >>> 0).toString(16)}`
}

/** A stable key for a query: the SQL and its parameters. */
export function queryKey(q: Query): string {
  return JSON.stringify([q.sql, q.params])
}

/** What start-up asks before any view: counts, the report list, the reports stating each indicator. */
export function startupQueries(): Query[] {
  return [tableCounts(), listReports(), indicatorReports()]
}

/**
 * What the Overview asks of a year filter whatever the picked agencies and headlines: the figure
 * summaries (every value up to OVERVIEW_MAX_REPORTS reports, else the lowest and highest) and the
 * year-over-year lines. A year change looks them up instead of asking DuckDB; both are given,
 * as the file's budget allows (the values of a large year are too big to keep).
 */
export function yearQueries(years: number[]): Query[] {
  return [overviewValues({ years }), overviewSummary({ years }), yoySummary({ years, indicators: HEADLINE_FAMILY_INDICATORS })]
}

/**
 * The questions answered at build time: what start-up asks and the Overview with the data's
 * default headlines (`headlineDefaults` of the `indicatorReports()` answer) and no agency picked
 * for all years and for each single year (shared links usually carry a year), with each year's
 * `yearQueries`; `reportsOf`: the reports of a year filter, as the Overview counts them (its
 * headline question depends on it, ./overviewHeld.ts).
 */
export function firstViewQueries(years: readonly number[], headlines: Record<HeadlineFamily, string>, reportsOf: (years: number[]) => number): Query[] {
  const heads = HEADLINE_FAMILIES.map((f) => headlines[f])
  const overview = (years: number[]) => [...yearQueries(years), headlineQuestion({ years }, heads, [], reportsOf(years), false).query]
  return [...startupQueries(), ...overview([]), ...years.flatMap((y) => overview([y]))]
}

/** A parsed `first-view.json`, or null when it is not one (then the app simply waits for DuckDB). */
export function parseFirstView(json: unknown): FirstView | null {
  if (!json || typeof json !== 'object') return null
  const v = json as Partial<FirstView>
  if (v.version !== FIRST_VIEW_VERSION || !v.answers || typeof v.answers !== 'object') return null
  for (const rows of Object.values(v.answers)) if (!Array.isArray(rows)) return null
  if (v.tables !== undefined && (typeof v.tables !== 'object' || v.tables === null)) return null
  return v as FirstView
}
