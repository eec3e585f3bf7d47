/**
 * ECharts runtime, imported modularly. This file registers what the Overview needs (bars,
 * not-reported markers, the distribution strip drawn by a custom series, grid, scrolling window,
 * tooltip, aria, canvas)
 * and is on the path to the first chart;
 * views and exports that need more import `./echartsFull` (line, heatmap, legend, …, SVG),
 * which registers the rest when their chunk loads. Import `echarts` from here.
 */
import * as echarts from 'echarts/core'
import { BarChart, CustomChart, ScatterChart } from 'echarts/charts'
import { AriaComponent, DataZoomInsideComponent, DataZoomSliderComponent, GridComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import { theme, THEME_NAME } from './theme'

echarts.use([BarChart, CustomChart, ScatterChart, GridComponent, DataZoomInsideComponent, DataZoomSliderComponent, TooltipComponent, AriaComponent, CanvasRenderer])
echarts.registerTheme(THEME_NAME, theme)

export { echarts, THEME_NAME }
