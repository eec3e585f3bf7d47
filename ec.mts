import * as echarts from 'echarts'
const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 })
chart.setOption({ animation: false, xAxis: { type: 'value' }, yAxis: { type: 'category', data: ['{a|红}{b}{c}名字', 'plain'], axisLabel: { width: 170, overflow: 'break' } }, series: [{ type: 'bar', data: [1, 2], label: { show: true, formatter: '{b}: {c}' } }] })
const svg = chart.renderToSVGString()
console.log(svg.match(/<text[^>]*>[^<]*<\/text>/g)?.map((t) => t.replace(/<text[^>]*>/, '')).join(' | '))
