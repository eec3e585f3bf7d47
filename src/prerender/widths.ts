/**
 * The widths the first frame's charts are drawn at (static SVG has no layout of its own): one per
 * common screen, each shown by a media query (`prerenderCss`) over the viewport widths nearest to
 * it and stretched to its card's exact width, so the live canvas that replaces it on mount has the
 * same box. `chart` is the Overview chart's width at that screen (two cards a row: the main
 * column's width, less its padding and the gap, halved, less the card's padding), measured in
 * tests/e2e/prerender.test.ts.
 */
export interface PrerenderWidth {
  /** Viewport width (px) this rendering is for. */
  viewport: number
  /** Chart width (px) at that viewport. */
  chart: number
}

export const PRERENDER_WIDTHS: readonly PrerenderWidth[] = [
  { viewport: 1366, chart: 631 },
  { viewport: 1920, chart: 888 },
]

/** What ChartPanel asks for during the build's server-side render. */
export interface ChartSsrContext {
  /** The chart as static SVG markup, one `<svg data-prerender-width>` per PRERENDER_WIDTHS entry. */
  chartSvg(option: unknown, height: number): string
}

/** CSS that shows each chart's SVG for the viewports nearest its width, filling its chart box. */
export function prerenderCss(widths: readonly PrerenderWidth[] = PRERENDER_WIDTHS): string {
  const rules = ['.chart-host>svg[data-prerender-width]{display:none;width:100%;height:100%}']
  widths.forEach((w, i) => {
    const lo = i === 0 ? 0 : Math.floor((widths[i - 1].viewport + w.viewport) / 2) + 1
    const hi = i === widths.length - 1 ? Infinity : Math.floor((w.viewport + widths[i + 1].viewport) / 2)
    const query = [lo > 0 ? `(min-width:${lo}px)` : '', Number.isFinite(hi) ? `(max-width:${hi}px)` : ''].filter(Boolean).join(' and ')
    rules.push(`@media ${query}{.chart-host>svg[data-prerender-width="${w.chart}"]{display:block}}`)
  })
  return rules.join('\n')
}
