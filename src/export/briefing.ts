/**
 * What a briefing says (pure), assembled once for the Word 简报, the Excel workbook and the deck:
 * title, byline, the selection in words and, per chart, its heading, caption, figure paragraphs
 * and the stated values with their sources. The data comes from `src/queries/briefing.ts`,
 * asked by the view's export menu with each chart's own selection.
 */
import { agencyLabel, tableRows } from '../charts/common'
import type { BriefingSelection, FigureRow, ScopeRow, SourceRow } from '../queries/briefing'
import type { Catalogue, Locale } from '../queries/types'
import { yoySummaries, type YoyRow, type YoySummaryFlat } from '../queries/yoy'
import { briefMsg } from './briefingMessages'
import { exportMsg } from './messages'
import { detailText, type ExportSource } from './meta'
import { citation, coverageParagraph, figureParagraph, listed, scopeText, scopeYears, sourceNote, type ScopeSelection } from './paragraph'
import { yoyParagraph } from './yoyParagraph'
import { isoDate } from './text'

/** A chart of the view with the answers to its briefing questions. */
export interface BriefingChart {
  source: ExportSource
  scope: BriefingSelection
  figures: readonly FigureRow[]
  values: readonly SourceRow[]
  /** Each value's change against the agency's previous report (`yoyChanges`). */
  changes: readonly YoyRow[]
  /** Per indicator, each agency's latest change (`yoySummary`). */
  yoy: readonly YoySummaryFlat[]
}

export interface BriefingInput {
  locale: Locale
  date: Date
  /** The view's name as the menu shows it: 总览, 排名 … */
  viewTitle: string
  /** Who the files are from (author/company); see useOfficeName. */
  office: string
  scope: readonly ScopeRow[]
  selection: ScopeSelection
  charts: readonly BriefingChart[]
  catalogue: Catalogue
}

/** A stated value as a table row of the briefing. */
export interface BriefRow {
  agency: string
  year: number
  indicator: string
  /** Formatted as the charts show it: 86.5%, 430余 人次, 60–70%. */
  value: string
  reviewed: string
  /** The report it comes from. */
  citation: string
  /** Report, evidence sentence, method and review: the footnote/endnote. */
  note: string
  row: SourceRow
}

export interface ChartBrief {
  title: string
  /** Selection, subtitle and unit under the chart. */
  caption: string
  paragraphs: string[]
  /** Stated values, best first, at most `maxRows`. */
  rows: BriefRow[]
  /** Stated values in all. */
  stated: number
  /** "未报告：A、B。" or ''. */
  notReported: string
  /** Whether the chart shows more than one indicator (the table then names it). */
  manyIndicators: boolean
}

export interface Brief {
  title: string
  byline: string
  scope: string
  /** The source line: 数据来源：各单位法治政府建设年度报告 · 导出于 YYYY-MM-DD. */
  source: string
  charts: ChartBrief[]
}

/** A chart with more indicators than this gets a coverage summary instead of one paragraph each. */
export const MAX_PARAGRAPHS = 4
/** Agencies named in a chart's "未报告：…" line (the workbook lists every one). */
export const MAX_NOT_REPORTED = 30
/** Values listed per chart in the Word table (the workbook has all). */
export const MAX_TABLE_ROWS = 300

function chartBrief(c: BriefingChart, input: BriefingInput, multiYear: boolean, maxRows: number): ChartBrief {
  const { locale, catalogue } = input
  const ids = c.scope.indicators
  const yoy = yoySummaries(c.yoy)
  const paragraphs =
    ids.length > MAX_PARAGRAPHS
      ? [coverageParagraph(c.figures, catalogue, locale)]
      : ids.map((id) => [figureParagraph(c.figures, id, catalogue, locale, { multiYear }), yoyParagraph(yoy.get(id), id, catalogue, locale)].filter(Boolean).join(locale === 'en' ? ' ' : ''))
  const stated = c.values.filter((v) => v.reported)
  const shown = stated.slice(0, maxRows)
  // Agency, year, indicator and value as the charts' data tables show them.
  const rows = tableRows(shown, catalogue, locale).map(
    (t, i): BriefRow => ({
      agency: t.agency,
      year: t.year,
      indicator: t.indicator,
      value: t.value,
      reviewed: briefMsg(locale, shown[i].reviewed ? 'briefing.reviewedYes' : 'briefing.reviewedNo'),
      citation: citation(shown[i], locale),
      note: sourceNote(shown[i], catalogue, locale),
      row: shown[i],
    }),
  )
  // Not reported, per indicator when the chart has few (a matrix of many says it in its paragraph).
  const missing = ids.length > MAX_PARAGRAPHS ? [] : [...new Set(c.values.filter((v) => !v.reported).map((v) => agencyLabel(v, locale)))]
  return {
    title: c.source.title,
    caption: detailText(c.source, locale),
    paragraphs,
    rows,
    stated: stated.length,
    notReported: missing.length ? briefMsg(locale, 'briefing.notReported', { list: listed(missing, locale, MAX_NOT_REPORTED) }) : '',
    manyIndicators: ids.length > 1,
  }
}

export function buildBrief(input: BriefingInput, maxRows = MAX_TABLE_ROWS): Brief {
  const { locale } = input
  const multiYear = scopeYears(input.scope).length > 1
  return {
    title: briefMsg(locale, 'briefing.docTitle', { view: input.viewTitle }),
    byline: briefMsg(locale, 'briefing.byline', { office: input.office, date: isoDate(input.date) }),
    scope: scopeText(input.scope, input.selection, locale),
    source: exportMsg(locale, 'export.source', { date: isoDate(input.date) }),
    charts: input.charts.map((c) => chartBrief(c, input, multiYear, maxRows)),
  }
}

/**
 * The brief as plain text (the ZIP's 要点.txt): title, byline, selection, each chart's figure
 * paragraphs, the source line; CRLF line ends and a BOM so Windows Notepad shows it as UTF-8.
 */
export function briefText(brief: Brief): string {
  const lines = [brief.title, brief.byline, '', brief.scope, '']
  for (const c of brief.charts) lines.push(c.title, ...c.paragraphs, '')
  lines.push(brief.source)
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
