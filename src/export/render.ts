/**
 * Off-screen rendering of exports (browser). Each export draws the chart again in a detached
 * ECharts instance at the requested pixel ratio (never a screenshot of the on-screen canvas),
 * after the web-font subsets for its text are loaded.
 */
import { echarts, THEME_NAME } from '../charts/echartsFull'
import type { Locale } from '../queries/types'
import { canvasMeasure, embeddedFontCss, ensureFonts } from './fonts'
import { chartFileName, type ExportSource } from './meta'
import { buildExportOption, collectText, type ExportChart, type ExportContext, type ExportLayout } from './option'

/** What the export needs from a ChartSpec (a ChartSpec satisfies it). */
export interface RenderableChart extends ExportChart {
  getInstance?: () => { getHeight(): number; getWidth(): number } | undefined
}

export interface RenderOptions {
  locale: Locale
  date?: Date
  /** Bake in title, subtitle and footnote (default true). */
  chrome?: boolean
  width?: number
  /** Lower bound of the picture height in CSS px (slides). */
  minHeight?: number
}

export interface PngExport {
  blob: Blob
  name: string
  /** CSS size of the picture; the PNG is width × ratio by height × ratio. */
  width: number
  height: number
  pixelRatio: number
}

/** The export layout with exact text widths, after the font subsets it needs are loaded. */
export async function exportLayout(chart: RenderableChart, opts: RenderOptions): Promise<ExportLayout> {
  const live = chart.getInstance?.()?.getHeight()
  const ctx: ExportContext = {
    locale: opts.locale,
    date: opts.date ?? new Date(),
    chrome: opts.chrome,
    width: opts.width,
    minHeight: opts.minHeight,
    bodyHeight: live && live > 80 ? live : undefined,
  }
  const first = buildExportOption(chart, ctx)
  await ensureFonts(collectText(first.option))
  return buildExportOption(chart, { ...ctx, measure: canvasMeasure })
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob returned nothing'))), 'image/png'))
}

/** PNG of a chart at pixel ratio 1, 2 or 3. */
export async function chartPng(chart: RenderableChart, pixelRatio: number, opts: RenderOptions): Promise<PngExport> {
  const layout = await exportLayout(chart, opts)
  const el = document.createElement('div')
  const inst = echarts.init(el, THEME_NAME, { renderer: 'canvas', devicePixelRatio: pixelRatio, width: layout.width, height: layout.height })
  try {
    inst.setOption(layout.option, { notMerge: true })
    const canvas = inst.renderToCanvas({ backgroundColor: '#ffffff', pixelRatio })
    const blob = await canvasToBlob(canvas)
    return { blob, name: chartFileName(chart, 'png', opts.locale), width: layout.width, height: layout.height, pixelRatio }
  } finally {
    inst.dispose()
  }
}

/** SVG of a chart, with the font subsets it uses embedded. */
export async function chartSvg(chart: RenderableChart, opts: RenderOptions): Promise<{ text: string; name: string }> {
  const layout = await exportLayout(chart, opts)
  const inst = echarts.init(null, THEME_NAME, { renderer: 'svg', ssr: true, width: layout.width, height: layout.height })
  let svg: string
  try {
    inst.setOption(layout.option, { notMerge: true })
    svg = inst.renderToSVGString()
  } finally {
    inst.dispose()
  }
  const css = await embeddedFontCss(collectText(layout.option))
  if (css) svg = svg.replace(/(<svg\b[^>]*>)/, `$1<defs><style type="text/css"><![CDATA[\n${css}\n]]></style></defs>`)
  if (!/^<\?xml/.test(svg)) svg = `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`
  return { text: svg, name: chartFileName(chart, 'svg', opts.locale) }
}

/** Offer a blob as a download with the given file name. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export type CopyResult = { ok: true } | { ok: false; reason: 'unsupported' | 'failed'; message?: string }

/** Whether this page may write images to the clipboard. */
export function canCopyImages(): boolean {
  return typeof window !== 'undefined' && window.isSecureContext && typeof ClipboardItem !== 'undefined' && !!navigator.clipboard?.write
}

/**
 * Copy the 2× PNG to the clipboard. The ClipboardItem is created at once with a promise of
 * the PNG, so the browser still sees the user's click (Safari requires this).
 */
export async function copyChartPng(chart: RenderableChart, opts: RenderOptions): Promise<CopyResult> {
  if (!canCopyImages()) return { ok: false, reason: 'unsupported' }
  try {
    const png = chartPng(chart, 2, opts).then((r) => r.blob)
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })])
    return { ok: true }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    const denied = e instanceof DOMException && (e.name === 'NotAllowedError' || e.name === 'SecurityError')
    return { ok: false, reason: denied ? 'unsupported' : 'failed', message }
  }
}

export type { ExportSource }
