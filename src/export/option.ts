/**
 * The export option (pure): a chart's on-screen option → a finished, citable picture.
 *  - title, subtitle (the selection: agencies · years) and the unit, baked in;
 *  - a footnote with the source and the export date;
 *  - white background, no animation, no tooltip;
 *  - the legend complete (plain, wrapping; never paged) and the grid placed below it;
 *  - value labels given room (bars' right-hand labels) and hidden rather than overlapping;
 *  - every text in the bundled CJK web font.
 * The layout is computed here with a `Measure`, so the picture's size is known up front.
 */
import type { EChartsOption } from 'echarts'
import { NOT_REPORTED_TEXT } from '../charts/theme'
import type { Locale } from '../queries/types'
import { detailText, exportTitle, footnote, selectionText, type ExportSource } from './meta'
import { DEFAULT_BODY_HEIGHT, EXPORT_FONT_FAMILY, EXPORT_WIDTH, PRESENT_PALETTE, PRINT_STYLE, type ExportStyle } from './style'
import { estimateWidth, wrapText, type Measure } from './text'

type Obj = Record<string, unknown>

export interface ExportChart extends ExportSource {
  option: EChartsOption
}

export interface ExportContext {
  locale: Locale
  date: Date
  /** Picture width in CSS px (default 960). */
  width?: number
  /** Height of the chart body (axes, plot, labels) in CSS px; default 320 × style scale. */
  bodyHeight?: number
  /** Fixed total height (presentation): the body takes what the header and legend leave. */
  height?: number
  /** Lower bound of the total height (slides: fill the slide's chart box). */
  minHeight?: number
  /** Bake in title, subtitle and footnote (default true). Slides show them as text instead. */
  chrome?: boolean
  style?: ExportStyle
  measure?: Measure
}

export interface ExportLayout {
  option: EChartsOption
  width: number
  height: number
  /** Where the first title line is drawn (for tests that look at the glyphs). */
  title: { left: number; top: number; fontSize: number; lines: string[] } | null
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const asList = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : [])
const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d)

function font(style: ExportStyle, size: unknown, d = 12): number {
  return Math.round(Math.max(style.minFont, num(size, d) * style.scale))
}

/** Names the legend shows: its `data`, else every named series. */
export function legendNames(option: Obj): string[] {
  const legend = asList(option.legend)[0]
  const data = legend && Array.isArray(legend.data) ? legend.data : null
  if (data) return data.map((d) => (isObj(d) ? String(d.name ?? '') : String(d))).filter(Boolean)
  return asList(option.series)
    .map((s) => (typeof s.name === 'string' ? s.name : ''))
    .filter(Boolean)
}

/** Rows a plain horizontal legend wraps into within `avail` px. */
export function legendRows(names: readonly string[], avail: number, fontSize: number, itemWidth: number, itemGap: number, measure: Measure): number {
  let rows = names.length ? 1 : 0
  let x = 0
  for (const n of names) {
    const w = itemWidth + 5 + measure(n, fontSize)
    if (x > 0 && x + w > avail) {
      rows++
      x = 0
    }
    x += w + itemGap
  }
  return rows
}

/** The preformatted label texts of a series' data items (see charts/common `ItemData`). */
function labelTexts(series: Obj): string[] {
  const data = Array.isArray(series.data) ? series.data : []
  return data.map((d) => (isObj(d) && typeof d.labelText === 'string' ? d.labelText : '')).filter(Boolean)
}

/**
 * `horizontal`: the axis is an x axis. A named horizontal value axis gets its name centred
 * under the tick labels: at the end of the axis it collides with the value label of a long bar.
 */
function scaleAxis(axis: Obj, style: ExportStyle, horizontal: boolean): Obj {
  const label = isObj(axis.axisLabel) ? axis.axisLabel : {}
  const horizontalValueName = horizontal && axis.type === 'value' && typeof axis.name === 'string' && axis.name !== ''
  const name = isObj(axis.nameTextStyle) ? axis.nameTextStyle : {}
  const s = style.scale
  return {
    ...axis,
    axisLabel: {
      ...label,
      fontSize: font(style, label.fontSize),
      ...(typeof label.width === 'number' ? { width: Math.round(label.width * s) } : {}),
      ...(typeof label.lineHeight === 'number' ? { lineHeight: Math.round(label.lineHeight * s) } : {}),
      ...(axis.type === 'value' ? { hideOverlap: true } : {}),
      ...(style.name === 'present' && label.color === undefined ? { color: style.text } : {}),
    },
    nameTextStyle: {
      ...(horizontalValueName ? {} : name),
      fontSize: font(style, name.fontSize),
      ...(Array.isArray(name.padding) && !horizontalValueName ? { padding: name.padding.map((p) => num(p, 0) * s) } : {}),
      ...(style.name === 'present' ? { color: style.muted } : {}),
    },
    ...(typeof axis.nameGap === 'number' ? { nameGap: axis.nameGap * s } : {}),
    ...(horizontalValueName ? { nameLocation: 'middle', nameGap: font(style, label.fontSize) + Math.round(14 * s) } : {}),
    ...(style.name === 'present' ? { axisLine: { ...(isObj(axis.axisLine) ? axis.axisLine : {}), lineStyle: { color: '#374151', width: 2 } } } : {}),
  }
}

function scaleSeries(series: Obj, style: ExportStyle): Obj {
  const label = isObj(series.label) ? series.label : null
  const s = style.scale
  const out: Obj = { ...series, animation: false }
  // A series that draws its own shapes (a custom series' renderItem) says how to draw them larger.
  if (typeof series.rescale === 'function') Object.assign(out, (series.rescale as (s: number) => Obj)(s))
  delete out.rescale
  if (label) {
    out.label = { ...label, fontSize: font(style, label.fontSize) }
    // On a projector the light grey of "not reported" washes out: darker, still muted and italic.
    if (style.name === 'present' && label.color === NOT_REPORTED_TEXT) (out.label as Obj).color = style.muted
  }
  if (label?.show && series.type !== 'heatmap') out.labelLayout = { hideOverlap: true }
  if (typeof series.barMaxWidth === 'number') out.barMaxWidth = Math.round(series.barMaxWidth * s)
  if (typeof series.symbolSize === 'number') out.symbolSize = Math.round(series.symbolSize * s)
  if (series.type === 'line') out.lineStyle = { ...(isObj(series.lineStyle) ? series.lineStyle : {}), width: 2 * s }
  return out
}

/** Build the export option and its size. */
export function buildExportOption(chart: ExportChart, ctx: ExportContext): ExportLayout {
  const style = ctx.style ?? PRINT_STYLE
  const measure = ctx.measure ?? estimateWidth
  const chrome = ctx.chrome ?? true
  const s = style.scale
  const width = Math.round(ctx.width ?? EXPORT_WIDTH)
  const avail = width - 2 * style.pad
  const src = chart.option as Obj

  // Header: title, selection, detail (unit).
  let headerH = Math.round(8 * s)
  let footerH = Math.round(8 * s)
  let title: ExportLayout['title'] = null
  const titles: Obj[] = []
  if (chrome) {
    const titleLH = Math.round(style.titleSize * 1.3)
    const subLH = Math.round(style.subtitleSize * 1.45)
    const footLH = Math.round(style.footSize * 1.4)
    const lines = wrapText(exportTitle(chart, ctx.locale), avail, style.titleSize, measure, true)
    const sub = [selectionText(chart, ctx.locale), detailText(chart, ctx.locale)]
      .filter(Boolean)
      .flatMap((t) => wrapText(t, avail, style.subtitleSize, measure))
    const foot = wrapText(footnote(ctx.locale, ctx.date), avail, style.footSize, measure)
    const gap = 6
    headerH = style.top + lines.length * titleLH + (sub.length ? gap + sub.length * subLH : 0) + 12
    footerH = 14 + foot.length * footLH + 10
    title = { left: style.pad, top: style.top, fontSize: style.titleSize, lines }
    titles.push(
      {
        text: lines.join('\n'),
        subtext: sub.join('\n'),
        left: style.pad,
        top: style.top,
        padding: 0,
        itemGap: gap,
        textStyle: { fontFamily: EXPORT_FONT_FAMILY, fontSize: style.titleSize, fontWeight: 700, color: style.text, lineHeight: titleLH },
        subtextStyle: { fontFamily: EXPORT_FONT_FAMILY, fontSize: style.subtitleSize, color: style.muted, lineHeight: subLH },
      },
      {
        text: foot.join('\n'),
        left: style.pad,
        bottom: 10,
        padding: 0,
        textStyle: { fontFamily: EXPORT_FONT_FAMILY, fontSize: style.footSize, fontWeight: 'normal', color: style.muted, lineHeight: footLH },
      },
    )
  }

  // Legend: plain, complete, wrapping over the full width.
  const srcLegend = asList(src.legend)[0]
  let legendH = 0
  let legend: Obj | undefined
  if (srcLegend && srcLegend.show !== false) {
    const names = legendNames(src)
    const fontSize = font(style, isObj(srcLegend.textStyle) ? srcLegend.textStyle.fontSize : undefined)
    const itemWidth = Math.round(14 * s)
    const itemHeight = Math.round(10 * s)
    const itemGap = Math.round(12 * s)
    const rows = legendRows(names, avail, fontSize, itemWidth, itemGap, measure)
    const lineH = Math.max(itemHeight, Math.ceil(fontSize * 1.25))
    legendH = rows ? rows * lineH + (rows - 1) * itemGap + Math.round(10 * s) : 0
    legend = {
      ...srcLegend,
      type: 'plain',
      orient: 'horizontal',
      left: style.pad,
      top: headerH,
      width: avail,
      padding: 0,
      itemWidth,
      itemHeight,
      itemGap,
      textStyle: { ...(isObj(srcLegend.textStyle) ? srcLegend.textStyle : {}), fontSize, color: style.text },
    }
  }

  // Room on the right for labels drawn to the right of bars.
  const series = asList(src.series)
  let labelRoom = 0
  for (const se of series) {
    const label = isObj(se.label) ? se.label : null
    if (!label?.show || label.position !== 'right') continue
    const fs = font(style, label.fontSize)
    for (const t of labelTexts(se)) labelRoom = Math.max(labelRoom, measure(t, fs) + Math.round(10 * s))
  }

  // Axis names and labels are kept inside the grid by outerBounds; this is only breathing room.
  const axisNameRoom = Math.round(14 * s)
  const bodyTop = headerH + legendH
  const natural = bodyTop + (ctx.bodyHeight ?? DEFAULT_BODY_HEIGHT * s) + footerH
  const height = Math.round(ctx.height ?? Math.max(natural, ctx.minHeight ?? 0))
  const [main] = asList(src.grid)
  // A chart with a fixed label column (outerBoundsMode 'none', labels cut to fit) keeps it, and
  // its top margin (what it draws above the grid: the Overview's distribution strip).
  // (Non-fixed charts are kept inside the picture by outerBounds instead.)
  const fixedColumn = main?.outerBoundsMode === 'none'
  const left = fixedColumn ? style.pad + Math.round((num(main.left, 0) - 8) * s) : style.pad
  const right = Math.max(style.pad + labelRoom, fixedColumn ? Math.round(num(main.right, 0) * s) : 0)
  const grid = {
    ...(main ?? {}),
    left,
    right,
    // A fixed layout keeps its own margins (they hold its bands, top headers and tick labels).
    top: bodyTop + (fixedColumn ? Math.max(axisNameRoom, Math.round(num(main.top, 0) * s)) : axisNameRoom),
    bottom: footerH + Math.max(Math.round(8 * s), fixedColumn ? Math.round(num(main.bottom, 0) * s) : 0),
    containLabel: undefined,
    ...(fixedColumn ? {} : { outerBoundsMode: 'same', outerBoundsContain: 'all' }),
  }

  const option: Obj = {
    ...src,
    animation: false,
    backgroundColor: style.background,
    textStyle: { ...(isObj(src.textStyle) ? src.textStyle : {}), fontFamily: EXPORT_FONT_FAMILY, color: style.text },
    title: titles,
    legend: legend ? [legend] : [],
    grid: [grid],
    // A list that scrolls on screen is pictured as its first window (the slider is left out).
    dataZoom: asList(src.dataZoom)
      .filter((z) => z.type === 'slider')
      .map((z) => ({ type: 'inside', xAxisIndex: z.xAxisIndex, yAxisIndex: z.yAxisIndex, startValue: z.startValue, endValue: z.endValue, filterMode: z.filterMode, disabled: true })),
    xAxis: asList(src.xAxis).map((a) => scaleAxis(a, style, true)),
    yAxis: asList(src.yAxis).map((a) => scaleAxis(a, style, false)),
    series: series.map((se) => scaleSeries(se, style)),
  }
  if (style.name === 'present') option.color = PRESENT_PALETTE
  delete option.tooltip
  delete option.toolbox
  return { option: option as EChartsOption, width, height, title }
}

/** Glyphs every export may draw besides the option's strings (axis numbers, units). */
export const BASE_GLYPHS = '0123456789.,%-–~≥≤+()（）：:·、 万亿元件人次学时年未报告单位数据来源导出于'

/** Every string in an option (titles, categories, names, label texts), for loading font subsets. */
export function collectText(option: unknown, limit = 20000): string {
  const chars = new Set<string>([...BASE_GLYPHS])
  const seen = new Set<unknown>()
  const walk = (v: unknown, depth: number): void => {
    if (chars.size > limit || depth > 8) return
    if (typeof v === 'string') {
      for (const ch of v) chars.add(ch)
      return
    }
    if (typeof v !== 'object' || v === null || seen.has(v)) return
    seen.add(v)
    if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1))
    else for (const [k, x] of Object.entries(v)) if (k !== 'row' && k !== 'datum') walk(x, depth + 1)
  }
  walk(option, 0)
  return [...chars].join('')
}
