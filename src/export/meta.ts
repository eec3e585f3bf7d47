/**
 * What an exported chart says about itself (pure): the view it is on, the selection it shows
 * (agencies, years), its unit, the source footnote and its file name.
 */
import { msg } from '../i18n/messages'
import type { BriefingSelection } from '../queries/briefing'
import type { Locale } from '../queries/types'
import { exportMsg } from './messages'
import { exportFileName, isoDate } from './text'

/** The parts of a ChartSpec the export needs (a ChartSpec satisfies it). */
export interface ExportSource {
  title: string
  subtitle?: string
  unitLabel?: string
  rows?: Record<string, unknown>[]
  /** The view the chart is on ('overview', 'rankings', …): exported titles and file names say it. */
  view?: string
  /** What the chart shows (indicators and selection). */
  scope?: BriefingSelection
}

/** The view's name as the navigation shows it: 总览, 排名 … ('' when unknown). */
export function viewLabel(view: string | undefined, locale: Locale): string {
  if (!view) return ''
  const label = msg(locale, `nav.${view}`)
  return label.startsWith('nav.') ? '' : label
}

/** The title baked into an exported picture: "审批时限压缩比（排名）", so a picture says which view it came from. */
export function exportTitle(source: ExportSource, locale: Locale): string {
  const view = viewLabel(source.view, locale)
  return view && view !== source.title ? exportMsg(locale, 'export.titleInView', { title: source.title, view }) : source.title
}

/** The picked agencies in a file name: '' for all, one or two names, or "江津区气象局等5个单位". */
export function agenciesFilePart(agencies: readonly string[] | undefined, locale: Locale): string {
  const list = agencies ?? []
  if (list.length === 0) return ''
  if (list.length <= 2) return list.join(locale === 'en' ? '_' : '、')
  return exportMsg(locale, 'export.agenciesShort', { first: list[0], n: list.length })
}

/** "数据来源：各单位法治政府建设年度报告 · 导出于 2024-05-06" (English when the UI is English). */
export function footnote(locale: Locale, date: Date): string {
  return exportMsg(locale, 'export.source', { date: isoDate(date) })
}

/** Distinct years in the chart's rows, ascending. */
export function yearsOf(rows: readonly Record<string, unknown>[] | undefined): number[] {
  const ys = new Set<number>()
  for (const r of rows ?? []) {
    const y = typeof r.year === 'number' ? r.year : Number(r.year)
    if (Number.isInteger(y) && y > 1900) ys.add(y)
  }
  return [...ys].sort((a, b) => a - b)
}

/** Distinct agencies in the chart's rows, in row order. */
export function agenciesOf(rows: readonly Record<string, unknown>[] | undefined): string[] {
  const out = new Set<string>()
  for (const r of rows ?? []) if (typeof r.agency === 'string' && r.agency) out.add(r.agency)
  return [...out]
}

/** "2023" · "2021–2023" · "2021、2023" (with 年 in Chinese). */
export function yearsText(years: readonly number[], locale: Locale): string {
  if (years.length === 0) return ''
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1)
  const core =
    years.length === 1 ? String(years[0]) : consecutive ? `${years[0]}–${years[years.length - 1]}` : years.join(locale === 'en' ? ', ' : '、')
  return exportMsg(locale, 'export.yearSuffix', { years: core })
}

/** "江津区气象局、綦江区司法局" or "A、B、C 等 7 个单位" (at most `max` names listed). */
export function agenciesText(agencies: readonly string[], locale: Locale, max = 4): string {
  if (agencies.length === 0) return exportMsg(locale, 'export.allAgencies')
  const sep = locale === 'en' ? ', ' : '、'
  if (agencies.length <= max) return agencies.join(sep)
  return exportMsg(locale, 'export.agenciesMore', { list: agencies.slice(0, max - 1).join(sep), n: agencies.length })
}

/**
 * The selection the chart shows: "江津区气象局、綦江区司法局 · 2023年". A chart with a scope names the agencies it picks,
 * or all of them ("全部单位") when it picks none, though it draws other rows too (the Overview draws the ends of 66
 * reports beside the picked ones): naming the drawn ones would read as the selection. A chart without a scope names
 * the agencies of its rows.
 */
export function selectionText(source: ExportSource, locale: Locale): string {
  const years = yearsText(yearsOf(source.rows), locale)
  const agencies = source.scope ? [...(source.scope.agencies ?? [])] : agenciesOf(source.rows)
  return [agenciesText(agencies, locale), years].filter(Boolean).join(' · ')
}

/** The second subtitle line: the chart's own subtitle and its unit ("主指标 · 越低越好 · 单位：%"). */
export function detailText(source: ExportSource, locale: Locale): string {
  const unit = source.unitLabel ? exportMsg(locale, 'export.unit', { unit: source.unitLabel }) : ''
  // Some views already name the unit in their subtitle (Compare: "单位：%"): say it once.
  const sub = source.subtitle ?? ''
  return [sub, sub.includes(unit) ? '' : unit].filter(Boolean).join(' · ')
}

/**
 * The file name of one export of the chart: the view, the chart, the agencies picked and the
 * years shown — `排名_审批时限压缩比_2023.png`, `总览_审批时限压缩比_江津区气象局_2022-2023.png` —
 * so exports of one indicator from two views never share a name.
 */
export function chartFileName(source: ExportSource, ext: 'png' | 'svg' | 'csv', locale: Locale): string {
  const stem = [viewLabel(source.view, locale), source.title, agenciesFilePart(source.scope?.agencies, locale)].filter(Boolean).join('_')
  return exportFileName(stem, yearsOf(source.rows), ext)
}

/**
 * The speaker notes of a chart's slide: how many of its values were extracted automatically (and
 * of those reviewed), or corrected/added by hand, and which ("本图 2 个数值：自动提取 1（其中已核对 0），
 * 人工修正或补录 1。人工修正或补录：綦江区司法局 2023 审批时限压缩比 50%"). Reads the rows' `method`/`reviewed`.
 */
export function provenanceNotes(source: ExportSource, locale: Locale): string {
  const rows = (source.rows ?? []).filter((r) => r.reported !== false && r.method != null)
  if (!rows.length) return ''
  const manual = rows.filter((r) => r.method === 'manual')
  const counts = {
    n: rows.length,
    auto: rows.length - manual.length,
    reviewed: rows.filter((r) => r.reviewed === true && r.method !== 'manual').length,
    manual: manual.length,
  }
  const head = exportMsg(locale, 'export.notes', counts)
  if (!manual.length) return head
  const list = manual.map((r) => [r.agency, r.year, r.indicator, r.value].filter((x) => x != null && x !== '').join(' ')).join(locale === 'en' ? '; ' : '；')
  return `${head}\n${exportMsg(locale, 'export.notesManual', { list })}`
}
