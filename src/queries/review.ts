/**
 * The review queue's questions: which values and which reports most need a person.
 *
 * A value is flagged when the extractor doubts it (the low confidence band, below 0.5: the band that
 * holds most wrong values at about a fifth of all; medium values show their reasons in the evidence
 * panel without queueing a third of the data), it was added up from
 * sub-figures, it is a bound (不少于/以内), the words just before it in its clause (or in its
 * evidence) say it is a target or a requirement (确保/力争/目标/要求/…), or it is far from the same indicator's values in the other
 * reports (over 5× or under a fifth of their median, with at least three reports); a value a person
 * corrected or added stays listed as done. Flagged values
 * are ordered by a priority that adds up those reasons, unreviewed first. A report is flagged when
 * its agency or year was not read from a title, publisher line, letterhead or signature, when it
 * has no agency, or when another report has the same agency and year.
 */
import { tidy } from './sql'
import { reportWhere } from './counted'
import type { Query, QueryParam, ReportFilter, Qualifier } from './types'

/** Words before a figure that make it a goal, not a result (also the extractor's, kept in step). */
export const TARGET_WORDS = ['确保', '力争', '目标', '要求', '争取', '计划', '预计', '拟']
/** How far before the evidence the target words are looked for (characters), within its clause. */
const TARGET_WINDOW = 12
/** What ends a clause: a target word before one of these is about something else. */
const CLAUSE_END = '，。；：！？,;:!?\\n'
/** Outliers: this many times above or below the median of the indicator's values. */
const OUTLIER_RATIO = 5
/** At most this many values are listed (the counts cover all). */
export const QUEUE_LIMIT = 300

export interface QueueRow {
  report_id: string
  agency: string
  agency_en: string | null
  year: number
  sha256: string
  indicator_id: string
  value: number | null
  qualifier: Qualifier | null
  value_low: number | null
  value_high: number | null
  evidence: string | null
  start: number | null
  end: number | null
  method: string | null
  reviewed: boolean
  confidence: number | null
  confidence_reasons: string | null
  review_by: string | null
  review_at: string | null
  review_note: string | null
  original_value: number | null
  original_indicator: string | null
  /** The target word found before the evidence, or ''. */
  target_word: string
  derived: boolean
  bound: boolean
  outlier: boolean
  /** Median of the indicator's values over all reports (for the outlier note). */
  median: number | null
  priority: number
}

export interface ProgressRow {
  flagged: number
  flagged_reviewed: number
  total: number
  reviewed: number
}

function flaggedCte(sel: ReportFilter, params: QueryParam[]): string {
  const where = reportWhere(sel, params)
  const words = TARGET_WORDS.join('|')
  return `
    WITH peers AS (
      SELECT indicator_id, median(coalesce(value, (value_low + value_high) / 2)) AS med, count(*) AS n
      FROM observations GROUP BY indicator_id
    ),
    sel AS (
      SELECT o.*, r.agency, r.agency_en, CAST(r.year AS INTEGER) AS year, r.sha256, i.sort,
        coalesce(o.value, (o.value_low + o.value_high) / 2) AS v,
        CASE WHEN o.start IS NULL THEN regexp_extract(coalesce(o.evidence, ''), '${words}')
          ELSE coalesce(nullif(regexp_extract(substr(t.text, greatest(o.start - ${TARGET_WINDOW}, 0) + 1, o.start - greatest(o.start - ${TARGET_WINDOW}, 0)),
            '(${words})[^${CLAUSE_END}]*$', 1), ''), regexp_extract(coalesce(o.evidence, ''), '${words}'))
        END AS target_word,
        p.med, p.n
      FROM observations o
      JOIN reports r ON r.report_id = o.report_id
      JOIN indicators i ON i.id = o.indicator_id
      LEFT JOIN report_texts t ON t.report_id = o.report_id
      LEFT JOIN peers p ON p.indicator_id = o.indicator_id
      WHERE ${where}
    ),
    scored AS (
      SELECT *,
        (method = 'derived' OR qualifier = 'derived') AS derived,
        qualifier IN ('at_least', 'at_most') AS bound,
        coalesce(n >= 3 AND med > 0 AND v > 0 AND (v > ${OUTLIER_RATIO} * med OR v * ${OUTLIER_RATIO} < med), FALSE) AS outlier
      FROM sel
    ),
    flagged AS (
      SELECT *,
        2 * (1 - coalesce(confidence, 1)) + CASE WHEN target_word <> '' THEN 1 ELSE 0 END + CASE WHEN outlier THEN 0.8 ELSE 0 END
          + CASE WHEN derived THEN 0.6 ELSE 0 END + CASE WHEN bound THEN 0.3 ELSE 0 END AS priority,
        (coalesce(confidence, 1) < 0.5 OR target_word <> '' OR outlier OR derived OR bound OR method = 'manual') AS is_flagged
      FROM scored
    )`
}

/** The flagged values of the selection, unreviewed first, then by priority. */
export function reviewQueue(sel: ReportFilter, limit = QUEUE_LIMIT): Query {
  const params: QueryParam[] = []
  const cte = flaggedCte(sel, params)
  params.push(limit)
  return {
    sql: tidy(`${cte}
      SELECT report_id, agency, agency_en, year, sha256, indicator_id,
        CAST(value AS DOUBLE) AS value, qualifier, CAST(value_low AS DOUBLE) AS value_low, CAST(value_high AS DOUBLE) AS value_high,
        evidence, CAST(start AS INTEGER) AS start, CAST("end" AS INTEGER) AS "end", method, coalesce(reviewed, FALSE) AS reviewed,
        CAST(confidence AS DOUBLE) AS confidence, confidence_reasons, review_by, review_at, review_note,
        CAST(original_value AS DOUBLE) AS original_value, original_indicator,
        target_word, derived, bound, outlier, CAST(med AS DOUBLE) AS median, CAST(round(priority, 3) AS DOUBLE) AS priority
      FROM flagged WHERE is_flagged
      ORDER BY coalesce(reviewed, FALSE), priority DESC, agency, year, report_id, sort
      LIMIT ?`),
    params,
  }
}

/** Counts for "已核对 38/42": flagged values and all values of the selection, and how many of each a person reviewed. */
export function reviewProgress(sel: ReportFilter): Query {
  const params: QueryParam[] = []
  const cte = flaggedCte(sel, params)
  return {
    sql: tidy(`${cte}
      SELECT CAST(count(*) FILTER (WHERE is_flagged) AS INTEGER) AS flagged,
        CAST(count(*) FILTER (WHERE is_flagged AND reviewed) AS INTEGER) AS flagged_reviewed,
        CAST(count(*) AS INTEGER) AS total,
        CAST(count(*) FILTER (WHERE reviewed) AS INTEGER) AS reviewed
      FROM flagged`),
    params,
  }
}

/** Where the agency or year counts as read (not guessed). */
export const STRONG_AGENCY_SOURCES = ['sidecar', 'title', 'publisher', 'letterhead', 'signature']
export const STRONG_YEAR_SOURCES = ['sidecar', 'title']

export interface ReportCheckRow {
  report_id: string
  agency: string | null
  agency_en: string | null
  year: number | null
  title: string | null
  sha256: string
  agency_source: string | null
  year_source: string | null
  corrected_fields: string | null
  /** Reports with the same agency and year (this one included). */
  same_agency_year: number
}

/** Reports of the selection whose metadata should be checked by a person (checked ones included, last). */
export function reportChecks(sel: ReportFilter): Query {
  const params: QueryParam[] = []
  const where = reportWhere(sel, params)
  const strong = (list: string[]) => list.map((s) => `'${s}'`).join(', ')
  return {
    sql: tidy(`
      WITH counted AS (
        SELECT r.report_id, r.agency, r.agency_en, CAST(r.year AS INTEGER) AS year, r.title, r.sha256,
          r.agency_source, r.year_source, r.corrected_fields, r.sector, r.region,
          CAST(count(*) OVER (PARTITION BY r.agency, r.year) AS INTEGER) AS same_agency_year
        FROM reports r
      )
      SELECT * FROM counted r
      WHERE ${where} AND (
        r.agency IS NULL OR same_agency_year > 1
        OR coalesce(r.agency_source, 'sidecar') NOT IN (${strong(STRONG_AGENCY_SOURCES)})
        OR coalesce(r.year_source, 'sidecar') NOT IN (${strong(STRONG_YEAR_SOURCES)}))
      ORDER BY r.corrected_fields IS NOT NULL, r.agency, r.year, r.report_id`),
    params,
  }
}
