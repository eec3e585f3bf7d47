/**
 * Build-time render of the first frame (loaded by the build through Vite's SSR loader, see
 * scripts/prerender.ts): the app's own components — header, Overview, its four family cards —
 * rendered to HTML over the first-view answers (no selection, Chinese), with each chart drawn by
 * ECharts' server-side SVG renderer from the same option the live canvas draws. The HTML goes
 * into the mount element of index.html; the app's mount replaces it.
 */
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createPinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import type { EChartsOption } from 'echarts'
import { SVGRenderer } from 'echarts/renderers'
import App from '../App.vue'
import { createAppRouter } from '../router'
import { i18n } from '../i18n'
import { useDatasetStore } from '../stores/dataset'
import { echarts, THEME_NAME } from '../charts/echarts'
import { FONT_FAMILY } from '../charts/theme'
import type { FirstView } from '../queries/firstView'
import { PRERENDER_WIDTHS, type ChartSsrContext } from './widths'

echarts.use([SVGRenderer])

/** One chart as static SVG at `width` × `height` px (text escaped by ECharts, no script, no animation). */
export function chartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, THEME_NAME, { renderer: 'svg', ssr: true, width, height })
  try {
    // The font list in single quotes: ECharts writes it unescaped into a double-quoted style attribute.
    chart.setOption({ ...option, animation: false, tooltip: { show: false }, textStyle: { fontFamily: FONT_FAMILY.replaceAll('"', "'") } })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

/** The app's default first frame as HTML, or null when the answers do not hold the start-up queries. */
export async function renderFirstFrame(firstView: FirstView): Promise<string | null> {
  const app = createSSRApp(App)
  const pinia = createPinia()
  const router = createAppRouter(createMemoryHistory('/#'))
  app.use(pinia).use(router).use(i18n)
  const dataset = useDatasetStore(pinia)
  if (!dataset.showPreview(firstView)) return null
  await router.push('/')
  await router.isReady()
  const ctx: ChartSsrContext = {
    chartSvg: (option, height) => PRERENDER_WIDTHS.map((w) => chartSvg(option as EChartsOption, w.chart, height).replace('<svg ', `<svg data-prerender-width="${w.chart}" preserveAspectRatio="none" `)).join(''),
  }
  return renderToString(app, ctx)
}
