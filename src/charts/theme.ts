/**
 * The one chart theme. Registered with ECharts under THEME_NAME by `./echarts.ts`;
 * builders use the exported colours only where a meaning is attached (not reported, families).
 */
export const THEME_NAME = 'rol'

/**
 * System CJK fonts first; the bundled web font (served from our own assets, never a CDN)
 * draws Chinese on machines that have none.
 */
export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans SC Variable", system-ui, sans-serif'

/** Tableau-10 derived, readable on white and distinguishable for most colour-blind readers. */
export const PALETTE = ['#2f6db5', '#e8792b', '#3a9a5b', '#c4453c', '#7d5fb2', '#8c6a4f', '#d46aa8', '#6b7280', '#b5a22c', '#2aa3b8']

export const FAMILY_COLORS: Record<string, string> = {
  approval: '#2f6db5',
  enforcement: '#c4453c',
  mediation: '#3a9a5b',
  training: '#e8792b',
  oversight: '#7d5fb2',
}

export const TEXT_COLOR = '#1f2933'
export const MUTED_COLOR = '#6b7280'
export const GRID_COLOR = '#e5e7eb'
/** Cells / markers for values that were not reported (never drawn as 0). */
export const NOT_REPORTED_COLOR = '#eef0f3'
export const NOT_REPORTED_TEXT = '#8a94a3'

export const theme = {
  color: PALETTE,
  backgroundColor: '#ffffff',
  textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR, fontSize: 12 },
  title: { textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR, fontSize: 14, fontWeight: 600 } },
  legend: { textStyle: { color: TEXT_COLOR, fontSize: 12 }, itemWidth: 14, itemHeight: 10 },
  tooltip: {
    backgroundColor: 'rgba(255,255,255,0.97)',
    borderColor: '#cbd2d9',
    textStyle: { color: TEXT_COLOR, fontSize: 12, fontFamily: FONT_FAMILY },
    extraCssText: 'max-width:360px;white-space:normal;box-shadow:0 2px 8px rgba(0,0,0,.12);',
  },
  categoryAxis: {
    axisLine: { lineStyle: { color: '#9aa5b1' } },
    axisTick: { show: false },
    axisLabel: { color: TEXT_COLOR },
    splitLine: { show: false },
  },
  valueAxis: {
    axisLine: { show: false },
    axisLabel: { color: MUTED_COLOR },
    splitLine: { lineStyle: { color: GRID_COLOR } },
    nameTextStyle: { color: MUTED_COLOR },
  },
  bar: { itemStyle: { borderRadius: [0, 2, 2, 0] } },
  line: { symbolSize: 8, lineStyle: { width: 2 } },
}
