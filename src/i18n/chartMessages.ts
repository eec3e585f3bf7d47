/**
 * Words the chart builders draw at city scale (left-out rows, peer bands, dense matrices),
 * merged into ./messages.ts. Syntax: `{name}` only.
 */
export const chartMessages = {
  'zh-CN': {
    bars: {
      agencies: '{n} 个单位',
      reports: '{n} 份报告',
      gap: '⋯ 另 {items} ⋯',
      gapMedian: '⋯ 另 {items}，中位数 {median} ⋯',
      rest: '其余 {items}',
      restMedian: '其余 {items}：中位数 {median}',
      missing: '另有 {items}未报告',
    },
    distribution: {
      label: '分布（{n}）',
      median: '中位数',
      quartiles: '中间一半（四分位）',
      extremes: '最低至最高',
    },
  },
  en: {
    bars: {
      agencies: '{n} agencies',
      reports: '{n} reports',
      gap: '⋯ {items} more ⋯',
      gapMedian: '⋯ {items} more, median {median} ⋯',
      rest: 'The other {items}',
      restMedian: 'The other {items}: median {median}',
      missing: 'Not reported: {items}',
    },
    distribution: {
      label: 'Spread ({n})',
      median: 'Median',
      quartiles: 'Middle half (quartiles)',
      extremes: 'Lowest to highest',
    },
  },
} as const
