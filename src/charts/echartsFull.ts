/**
 * The ECharts modules beyond the Overview's (see ./echarts.ts): line and heatmap charts, legend,
 * visual map, title (baked into exports) and the SVG renderer. Importing this module registers
 * them; the views and export code that draw such charts import it, so it loads with their chunks.
 */
import { echarts, THEME_NAME } from './echarts'
import { HeatmapChart, LineChart } from 'echarts/charts'
import { LegendComponent, TitleComponent, VisualMapComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'

echarts.use([LineChart, HeatmapChart, LegendComponent, TitleComponent, VisualMapComponent, SVGRenderer])

export { echarts, THEME_NAME }
