/**
 * The Excel workbook (.xlsx) of a view: a summary sheet (view, selection in words, export date,
 * office, source, each chart's figure paragraph), then one sheet per chart with every selected
 * report × indicator: the value as a number, its unit, how the charts show it, qualifier, range,
 * reported, method, reviewed, the change against the agency's previous report (the year compared
 * with, its value, the change and its percent, improved/worsened), the report and the evidence sentence. CSV stays for tools; this is
 * for people. `write-excel-file` is imported on first use only.
 */
import type { Sheet, SheetData } from 'write-excel-file/universal'
import { agencyLabel, indicatorOrThrow } from '../charts/common'
import { formatValue, qualifierLabel, unitLabel } from '../charts/format'
import { changeFinder, verdictLabel } from '../charts/yoy'
import { msg } from '../i18n/messages'
import { indicatorName } from '../queries/catalogue'
import type { Locale } from '../queries/types'
import type { Brief, BriefingInput } from './briefing'
import { briefMsg } from './briefingMessages'
import { columnHeader } from './csv'
import { exportMsg } from './messages'
import { isoDate, WIDE } from './text'

/** The columns of a chart's sheet, in order, with their width in characters. */
export const VALUE_COLUMNS = [
  ['agency', 24],
  ['year', 7],
  ['indicator', 22],
  ['value', 11],
  ['unit', 8],
  ['display', 14],
  ['qualifier', 9],
  ['value_low', 9],
  ['value_high', 9],
  ['reported', 8],
  ['method', 10],
  ['reviewed', 8],
  ['vs_year', 9],
  ['prev_value', 11],
  ['raw_change', 10],
  ['raw_change_pct', 11],
  ['verdict', 8],
  ['title', 32],
  ['source_file', 22],
  ['evidence', 60],
  ['report_id', 24],
  ['indicator_id', 28],
] as const

const HEADER = { fontWeight: 'bold', backgroundColor: '#EEF2F7' } as const

/** Excel's sheet-name rules: at most 31 characters, none of : \ / ? * [ ], unique (case-insensitive). */
export function sheetNames(titles: readonly string[]): string[] {
  const seen = new Set<string>()
  return titles.map((t) => {
    const base = [...(t.replace(/[:\\/?*[\]]/g, '_').trim() || 'Sheet')].slice(0, 31).join('')
    let name = base
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${[...base].slice(0, 31 - ` (${n})`.length).join('')} (${n})`
    seen.add(name.toLowerCase())
    return name
  })
}

/** Column widths of the summary sheet, in characters (a CJK character takes two). */
const SUMMARY_WIDTHS = [22, 100]

/**
 * Row height (pt) for wrapped text in a column `width` characters wide. Spreadsheets do not all
 * size wrapped rows on opening (LibreOffice keeps one line), so the height is written.
 */
export function wrappedHeight(text: string, width: number): number {
  let lines = 0
  for (const para of text.split('\n')) {
    let units = 0
    for (const ch of para) units += WIDE.test(ch) ? 2 : 1.1
    lines += Math.max(1, Math.ceil(units / (width - 2)))
  }
  return lines * 15 + 4
}

const yesNo = (b: boolean, locale: Locale) => (locale === 'en' ? (b ? 'yes' : 'no') : b ? '是' : '否')

/** The sheets of the workbook (pure): the summary first, then one per chart. */
export function workbookSheets(input: BriefingInput, brief: Brief): Sheet<never>[] {
  const { locale, catalogue } = input
  const S = (key: string) => briefMsg(locale, `briefing.summary.${key}`)
  const summary: SheetData = [
    [{ value: brief.title, fontWeight: 'bold', fontSize: 14 }],
    [S('view'), input.viewTitle],
    [S('scope'), { value: brief.scope, wrap: true, height: wrappedHeight(brief.scope, SUMMARY_WIDTHS[1]) }],
    [S('exported'), isoDate(input.date)],
    [S('office'), input.office],
    [S('source'), exportMsg(locale, 'export.sourceShort')],
    [],
    [
      { value: S('chart'), ...HEADER },
      { value: S('figures'), ...HEADER },
    ],
    ...brief.charts.map((c) => {
      const text = c.paragraphs.join('\n')
      return [
        { value: c.title, alignVertical: 'top' as const },
        { value: text, wrap: true, alignVertical: 'top' as const, height: wrappedHeight(text, SUMMARY_WIDTHS[1]) },
      ]
    }),
  ]
  const names = sheetNames([briefMsg(locale, 'briefing.summarySheet'), ...brief.charts.map((c) => c.title)])
  const header = VALUE_COLUMNS.map(([key]) => ({ value: columnHeader(key, locale), ...HEADER }))
  const charts = input.charts.map((c, i): Sheet<never> => {
    const changeOf = changeFinder(c.changes)
    const rows: SheetData = c.values.map((r) => {
      const y = changeOf(r)
      const ind = indicatorOrThrow(catalogue, r.indicator_id)
      const cells: Record<(typeof VALUE_COLUMNS)[number][0], unknown> = {
        agency: agencyLabel(r, locale),
        year: r.year,
        indicator: indicatorName(ind, locale),
        value: r.value,
        unit: unitLabel(ind, locale),
        display: formatValue(r, ind, locale),
        qualifier: r.reported ? qualifierLabel(r.qualifier, locale) : null,
        value_low: r.value_low,
        value_high: r.value_high,
        reported: yesNo(r.reported, locale),
        method: r.method ? msg(locale, `evidence.methods.${r.method}`) : null,
        reviewed: r.reported ? yesNo(!!r.reviewed, locale) : null,
        vs_year: y?.prev_year ?? null,
        prev_value: y ? (y.prev_value ?? formatValue({ value: null, qualifier: y.prev_qualifier, value_low: y.prev_value_low, value_high: y.prev_value_high }, ind, locale)) : null,
        raw_change: y?.change ?? null,
        raw_change_pct: y?.pct_change == null ? null : Math.round(y.pct_change * 10) / 10,
        verdict: y ? verdictLabel(y.verdict, locale) : null,
        title: r.title,
        source_file: r.source_file,
        evidence: r.evidence,
        report_id: r.report_id,
        indicator_id: r.indicator_id,
      }
      return VALUE_COLUMNS.map(([key]) => cells[key] as string | number | null)
    })
    return { sheet: names[i + 1], data: [header, ...rows], columns: VALUE_COLUMNS.map(([, width]) => ({ width })), stickyRowsCount: 1, orientation: 'landscape' }
  })
  return [{ sheet: names[0], data: summary, columns: SUMMARY_WIDTHS.map((width) => ({ width })), orientation: 'landscape' }, ...charts]
}

export async function buildXlsx(sheets: Sheet<never>[], type: 'blob'): Promise<Blob>
export async function buildXlsx(sheets: Sheet<never>[], type: 'uint8array'): Promise<Uint8Array>
export async function buildXlsx(sheets: Sheet<never>[], type: 'blob' | 'uint8array'): Promise<Blob | Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal')
  const blob = await writeXlsxFile(sheets).toBlob()
  return type === 'blob' ? blob : new Uint8Array(await blob.arrayBuffer())
}
