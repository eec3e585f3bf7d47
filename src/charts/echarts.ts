/**
 * ECharts runtime, imported modularly. This file registers what the Overview needs (bars,
 * not-reported markers, grid, tooltip, aria, canvas) and is on the path to the first chart;
 * views and exports that need more import `./echartsFull` (line, heatmap, legend, …, SVG),
 * which registers the rest when their chunk loads. Import `echarts` from here.
 */
import * as echarts from 'echarts/core'
import { BarChart, ScatterChart } from 'echarts/charts'
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import { theme, THEME_NAME } from './theme'

echarts.use([BarChart, ScatterChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer])
echarts.registerTheme(THEME_NAME, theme)

export { echarts, THEME_NAME }
