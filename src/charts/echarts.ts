/**
 * ECharts runtime, imported modularly: only the chart types and components the
 * builders use are registered, which keeps the bundle small. Import `echarts` from here.
 */
import * as echarts from 'echarts/core'
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts'
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'
import { theme, THEME_NAME } from './theme'

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  VisualMapComponent,
  MarkLineComponent,
  AriaComponent,
  CanvasRenderer,
  SVGRenderer,
])
echarts.registerTheme(THEME_NAME, theme)

export { echarts, THEME_NAME }
