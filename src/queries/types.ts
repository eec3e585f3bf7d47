/**
 * Types shared by the query layer and everything above it (stores, charts, views).
 * Row types mirror exactly the columns each query in `./index.ts` selects.
 */

export type Unit = 'pct' | 'count' | 'yuan' | 'hours'
export type Direction = 'higher' | 'lower' | 'none'
export type Qualifier = 'exact' | 'approx' | 'at_least' | 'at_most' | 'range' | 'derived'
export type Locale = 'zh-CN' | 'en'

/** A value bound to a `?` placeholder. Lists are expanded to one placeholder per element. */
export type QueryParam = string | number | boolean | null

/** What every query function returns: SQL with positional `?` placeholders and their values. */
export interface Query {
  sql: string
  params: QueryParam[]
  /** The per-year rows the SQL reads (./derivedTables.ts makes them first); absent when it reads none. */
  perYear?: YearRows
}

/**
 * Per-year rows a question reads: the values of `years` (null: of every year, and those without
 * one), and the stored answer tables it reads (`answers`: of each of the years; when `years` is
 * null, those of all years together). Only those are made before it: a question that reads one
 * year's places is not kept waiting for that year's other answers, nor one that reads a few
 * indicators for the year's other indicators.
 */
export interface YearRows {
  years: readonly number[] | null
  answers?: readonly string[]
  /** The indicators whose values (and `year_stats` rows) it reads; absent: every indicator. */
  indicators?: readonly string[]
}

export interface FamilyInfo {
  id: string
  name_zh: string
  name_en: string
}

export interface IndicatorInfo {
  id: string
  family: string
  name_zh: string
  name_en: string
  unit: Unit
  unit_zh: string | null
  direction: Direction
  /** Catalogue order (0-based). */
  sort: number
}

export interface Catalogue {
  families: FamilyInfo[]
  indicators: IndicatorInfo[]
  indicatorById: ReadonlyMap<string, IndicatorInfo>
  familyById: ReadonlyMap<string, FamilyInfo>
}

/** Filter shared by most queries. Empty list = no filter (all). */
export interface ReportFilter {
  agencies?: readonly string[]
  years?: readonly number[]
  /** 领域 and 地区 (`reports.sector`, `reports.region`; '' = reports without one). */
  sectors?: readonly string[]
  regions?: readonly string[]
}

/** One row of `reports`, as the app uses it. */
export interface ReportRow {
  report_id: string
  title: string | null
  agency: string
  agency_en: string | null
  region: string | null
  sector: string | null
  year: number
  script: string | null
  chars: number | null
  source_file: string | null
  sha256: string | null
  /** Hash of the normalised text, and the report a kept duplicate repeats (null for the counted one). */
  content_sha256?: string | null
  duplicate_of?: string | null
  imported_at: string | null
  /** Metadata corrections: the fields corrected (comma-separated), their values before (JSON), who, when, why. */
  corrected_fields?: string | null
  original_meta?: string | null
  review_by?: string | null
  review_at?: string | null
  review_note?: string | null
}

/** Who reviewed or corrected a value, and what it was before (README "Corrections"). */
export interface ReviewTrail {
  method: string | null
  reviewed: boolean | null
  original_value: number | null
  original_indicator: string | null
  review_by: string | null
  review_at: string | null
  review_note: string | null
  /** How sure the extractor is (0–1) and why not more (comma-separated codes); null for older tables. */
  confidence: number | null
  confidence_reasons: string | null
}

/**
 * One (report, indicator) cell. Every selected report × indicator is present;
 * `reported = false` (and `value = null`) when the report does not state the indicator.
 */
export interface ValueRow {
  report_id: string
  agency: string
  agency_en: string | null
  year: number
  indicator_id: string
  reported: boolean
  value: number | null
  qualifier: Qualifier | null
  value_low: number | null
  value_high: number | null
  /** The source sentence (lets the formatter say 约230 rather than 230余); optional for hand-made rows. */
  evidence?: string | null
  /** rule / derived / manual, and whether a person checked it (tooltips and tables mark corrected values). */
  method?: string | null
  reviewed?: boolean | null
}

/** Everything the evidence panel shows about one (report, indicator). */
export interface EvidenceRow extends Omit<ValueRow, 'method' | 'reviewed'>, ReviewTrail {
  evidence: string | null
  title: string | null
  sha256: string | null
  start: number | null
  end: number | null
}

/** An observation of one report, in text order (for highlighting). */
export interface ReportObservationRow extends ReviewTrail {
  indicator_id: string
  value: number | null
  qualifier: Qualifier | null
  value_low: number | null
  value_high: number | null
  evidence: string | null
  start: number | null
  end: number | null
}

export interface ReportTextRow {
  report_id: string
  text: string
}
