/**
 * Pure option builders: rows + catalogue + locale → EChartsOption.
 * No DuckDB, no stores, no DOM. The ECharts runtime lives in `./echarts.ts`.
 */
export * from './format'
export * from './escape'
export * from './common'
export * from './labels'
export * from './rankedBars'
export * from './overviewChart'
export * from './compare'
export * from './trend'
export * from './coverage'
export * from './summary'
export * from './theme'
export * from './ranking'
export * from './yoy'
export * from './yoyRanking'
