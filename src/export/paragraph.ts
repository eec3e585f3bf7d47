/**
 * The sentences of a briefing (pure): the figure paragraph of an indicator from its
 * `briefingFigures` rows, a coverage summary for charts of many indicators, the selection in
 * words from `briefingScope`, and the citation of each value. Every number in them is one that
 * SQL answered (src/queries/briefing.ts), formatted by the one formatter (src/charts/format.ts).
 */
import { agencyLabel, indicatorOrThrow } from '../charts/common'
import { formatNumber, formatValue } from '../charts/format'
import { provenanceText } from '../charts/provenance'
import { msg } from '../i18n/messages'
import type { FigureRow, ScopeRow, SourceRow } from '../queries/briefing'
import { indicatorName } from '../queries/catalogue'
import type { Catalogue, Locale } from '../queries/types'
import { briefMsg } from './briefingMessages'
import { agenciesText, yearsText } from './meta'

const F = 'briefing.figures'

/** Sentences follow each other directly in Chinese, after a space in English. */
const sentences = (parts: readonly string[], locale: Locale) => parts.join(locale === 'en' ? ' ' : '')

/** The number a chart draws for a figure row: the value, or the midpoint of its range. */
function plotted(r: FigureRow): number | null {
  return r.value ?? (r.value_low != null && r.value_high != null ? (r.value_low + r.value_high) / 2 : null)
}

/** "95%（甲局、丙局）", "40%（江津区气象局，2022年）", "100%（A、B、C 等 7 个）". */
function extreme(rows: readonly FigureRow[], cat: Catalogue, locale: Locale, withYear: boolean): string {
  const first = rows[0]
  const ind = indicatorOrThrow(cat, first.indicator_id)
  const names = rows.map((r) => (withYear ? briefMsg(locale, `${F}.agencyYear`, { agency: agencyLabel({ agency: r.agency!, agency_en: r.agency_en }, locale), year: r.year! }) : agencyLabel({ agency: r.agency!, agency_en: r.agency_en }, locale)))
  const list = names.join(briefMsg(locale, `${F}.sep`))
  const who = (first.tied ?? rows.length) > rows.length ? briefMsg(locale, `${F}.andMore`, { list, n: first.tied! }) : list
  return briefMsg(locale, `${F}.valueOf`, { value: formatValue(first, ind, locale), who })
}

export interface ParagraphOptions {
  /** The selection spans several years: name the year with each agency. */
  multiYear: boolean
}

/**
 * The figures that matter for one indicator: coverage ("14 个单位中 9 个报告了…"), the highest and
 * lowest with their agencies, the median (three numbers or more) and how many values are not yet
 * reviewed by a person.
 */
export function figureParagraph(rows: readonly FigureRow[], indicatorId: string, cat: Catalogue, locale: Locale, opts: ParagraphOptions): string {
  const ind = indicatorOrThrow(cat, indicatorId)
  const indicator = indicatorName(ind, locale)
  const own = rows.filter((r) => r.indicator_id === indicatorId)
  const s = own[0]
  if (!s) return briefMsg(locale, `${F}.noReports`, { indicator })
  const say = (key: string, values: Record<string, string | number> = {}) => briefMsg(locale, `${F}.${key}`, { indicator, ...values })
  const parts: string[] = []
  const oneReportEach = s.reports === s.agencies
  if (s.reporting === 0) parts.push(oneReportEach ? say('coverageNone', { total: s.agencies }) : say('coverageNoneReports', { agencies: s.agencies, reports: s.reports }))
  else if (!oneReportEach) parts.push(say('coverageReports', { agencies: s.agencies, reports: s.reports, n: s.reporting, reporting: s.reporting_agencies }))
  else if (s.reporting === s.reports) parts.push(say('coverageAll', { total: s.agencies }))
  else parts.push(say('coverage', { total: s.agencies, n: s.reporting }))

  const high = own.filter((r) => r.side === 'highest')
  const low = own.filter((r) => r.side === 'lowest')
  if (high.length && low.length) {
    if (s.plotted === 1) parts.push(say('single', { value: extreme(high, cat, locale, opts.multiYear) }))
    else if (plotted(high[0]) === plotted(low[0])) parts.push(say('same', { value: formatValue(high[0], ind, locale) }))
    else parts.push(say('highLow', { high: extreme(high, cat, locale, opts.multiYear), low: extreme(low, cat, locale, opts.multiYear) }))
    if (s.plotted >= 3 && s.median != null) parts.push(say('median', { value: formatValue({ value: s.median, qualifier: 'exact' }, ind, locale) }))
  }
  if (s.reporting > 0) {
    if (s.unreviewed === 0) parts.push(say('allReviewed'))
    else if (s.unreviewed === s.reporting) parts.push(say('noneReviewed'))
    else parts.push(say('unreviewed', { n: s.unreviewed, total: s.reporting }))
  }
  return sentences(parts, locale)
}

/**
 * For a chart of many indicators (Coverage): how many report × indicator cells are reported,
 * the most reported indicators and those nobody reports.
 */
export function coverageParagraph(rows: readonly FigureRow[], cat: Catalogue, locale: Locale, most = 3): string {
  const K = 'briefing.coverageSummary'
  const stats = rows.filter((r, i) => i === 0 || rows[i - 1].indicator_id !== r.indicator_id)
  if (!stats.length) return briefMsg(locale, 'briefing.scope.none')
  const reports = stats[0].reports
  const n = stats.reduce((sum, r) => sum + r.reporting, 0)
  const cells = reports * stats.length
  const sep = briefMsg(locale, `${F}.sep`)
  const name = (r: FigureRow) => indicatorName(indicatorOrThrow(cat, r.indicator_id), locale)
  const item = (r: FigureRow) => briefMsg(locale, `${K}.item`, { indicator: name(r), n: r.reporting, total: r.reports })
  const parts = [briefMsg(locale, `${K}.cells`, { reports, indicators: stats.length, n, pct: `${formatNumber(cells ? (100 * n) / cells : 0, locale, 1)}%` })]
  const top = stats.filter((r) => r.reporting > 0).sort((a, b) => b.reporting - a.reporting || indicatorOrThrow(cat, a.indicator_id).sort - indicatorOrThrow(cat, b.indicator_id).sort)
  if (top.length) parts.push(briefMsg(locale, `${K}.most`, { list: top.slice(0, most).map(item).join(sep) }))
  const none = stats.filter((r) => r.reporting === 0).map(name)
  if (none.length) parts.push(briefMsg(locale, `${K}.none`, { list: listed(none, locale, 8) }))
  return sentences(parts, locale)
}

/** "A、B、C" or "A、B、C 等 9 个". */
export function listed(names: readonly string[], locale: Locale, max: number): string {
  const list = names.slice(0, max).join(briefMsg(locale, `${F}.sep`))
  return names.length > max ? briefMsg(locale, 'briefing.scope.more', { list, n: names.length }) : list
}

export interface ScopeSelection {
  /** The agencies picked, as shown to the reader; empty = all. */
  agencies: readonly string[]
  /** The years picked; empty = all. */
  years: readonly number[]
  /** Rankings: each agency's latest report within the years. */
  latestPerAgency?: boolean
  /** The 地区 filter; empty = all. */
  regions?: readonly string[]
}

/** "单位：全部 5 个单位；年份：2022–2023年；领域：气象、司法 等 4 个；共 6 份报告。" */
export function scopeText(scope: readonly ScopeRow[], sel: ScopeSelection, locale: Locale): string {
  const K = 'briefing.scope'
  const all = scope.find((r) => r.kind === 'all')
  if (!all || all.reports === 0) return briefMsg(locale, `${K}.none`)
  const years = scope
    .filter((r) => r.kind === 'year')
    .map((r) => Number(r.name))
    .sort((a, b) => a - b)
  const agencies = sel.agencies.length ? agenciesText(sel.agencies, locale, 6) : briefMsg(locale, `${K}.allAgencies`, { n: all.agencies })
  const yearWords = yearsText(sel.years.length ? [...sel.years].sort((a, b) => a - b) : years, locale)
  const parts = [
    briefMsg(locale, `${K}.agencies`, { list: agencies }),
    briefMsg(locale, `${K}.years`, {
      list: sel.latestPerAgency ? (sel.years.length ? briefMsg(locale, `${K}.latest`, { years: yearWords }) : briefMsg(locale, `${K}.latestAll`)) : yearWords,
    }),
  ]
  const sectors = scope.filter((r) => r.kind === 'sector' && r.name).map((r) => r.name)
  if (sectors.length) parts.push(briefMsg(locale, `${K}.sectors`, { list: listed(sectors, locale, 5) }))
  if (sel.regions?.length) parts.push(briefMsg(locale, `${K}.regions`, { list: listed(sel.regions, locale, 5) }))
  parts.push(briefMsg(locale, `${K}.reports`, { n: all.reports }))
  return parts.join(briefMsg(locale, `${K}.sep`)) + briefMsg(locale, `${K}.end`)
}

/** The years the selection covers (from `briefingScope`). */
export function scopeYears(scope: readonly ScopeRow[]): number[] {
  return scope
    .filter((r) => r.kind === 'year')
    .map((r) => Number(r.name))
    .sort((a, b) => a - b)
}

/** Which report a value comes from: "《…报告》" or "江津区气象局2023年度报告", with the file name. */
export function citation(row: SourceRow, locale: Locale): string {
  const agency = agencyLabel(row, locale)
  const base = row.title ? briefMsg(locale, 'briefing.citationTitled', { title: row.title }) : briefMsg(locale, 'briefing.citation', { agency, year: row.year })
  return row.source_file ? paren(base, briefMsg(locale, 'briefing.file', { file: row.source_file }), locale) : base
}

/** "a（b）" in Chinese, "a (b)" in English. */
function paren(a: string, b: string, locale: Locale): string {
  return locale === 'en' ? `${a} (${b})` : `${a}（${b}）`
}

/**
 * How a value was obtained and its review trail, as the evidence panel says it: "自动提取，未复核",
 * "自动提取 · 已核对（王芳，2026-12-01 08:05）", "人工修正（原值 3 件，王芳，2026-12-01 08:05，废止的不计入）".
 */
export function provenance(row: SourceRow, cat: Catalogue, locale: Locale): string {
  const ind = cat.indicatorById.get(row.indicator_id)
  const text = ind ? provenanceText(row, ind, cat, locale) : row.method ? msg(locale, `evidence.methods.${row.method}`) : ''
  if (row.reviewed || row.method === 'manual') return text
  const reviewed = briefMsg(locale, 'briefing.reviewedNo')
  return text ? briefMsg(locale, 'briefing.provenance', { method: text, reviewed }) : reviewed
}

/** The note on a value: its report and the sentence it was read from, and its provenance. */
export function sourceNote(row: SourceRow, cat: Catalogue, locale: Locale): string {
  const cite = citation(row, locale)
  const head = row.evidence ? briefMsg(locale, 'briefing.footnote', { citation: cite, evidence: row.evidence }) : briefMsg(locale, 'briefing.noEvidence', { citation: cite })
  return paren(head, provenance(row, cat, locale), locale)
}
