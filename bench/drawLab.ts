/**
 * What drawing a chart again costs the page's main thread, and what a change to its option or its
 * renderer would save (not part of `npm run bench`; uses the last bench build). Opens the app at
 * one scale, makes the bench's own selection changes and keeps, after each agencies or year
 * change, the option last given to each chart on screen (bench/instrument.ts holds it). Then, in
 * the page, it draws those options again on the same instances, one selection after another as
 * a change would (merged, two frames after each so the canvases are painted), once as drawn and
 * once per variant, the variants interleaved and repeated, and prints the main thread's CPU time
 * (Chromium's ThreadTime, which the neighbours' load moves far less than the wall clock) per
 * chart redraw. "frames only" is the two frames without a redraw: what every row pays anyway.
 *
 *   npx tsx bench/drawLab.ts [--scale city300|seed|1m] [--states 12] [--reps 10] [--app DIR]
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '../tests/e2e/server'
import { APP_OUT } from './build'
import { changeApp, launch, openSettled } from './browser'
import { hashOf, scalePlan } from './plan'
import { ALL_SCALES, SCALE_INFO, type Scale } from './scales'
import { median, percentile } from './stats'

const argv = process.argv.slice(2)
const arg = (k: string, d: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d)
const scale = arg('--scale', 'city300') as Scale
const STATES = Number(arg('--states', '12'))
const REPS = Number(arg('--reps', '10'))
const APP = arg('--app', APP_OUT)
if (!ALL_SCALES.includes(scale)) throw new Error(`--scale: one of ${ALL_SCALES.join(', ')}`)

/**
 * The variants, as page code: each maps the option as drawn to the one drawn instead (null: no
 * redraw), or names a renderer the instances are made again with. The category labels' rich text
 * (`{f|…}` picked, `{m|…}` muted) is rewritten as a per-category text style for "plain labels".
 */
const VARIANTS = `({
  'as drawn': (o) => o,
  'frames only': () => null,
  'no data (grid, axes, window, tooltip, aria)': (o) => ({ ...o, yAxis: { ...o.yAxis, data: [] }, series: o.series.map((s) => ({ ...s, data: [] })) }),
  'no data, one series, no window/tooltip/aria': (o) => ({ ...o, yAxis: { ...o.yAxis, data: [] }, series: [{ ...o.series[0], data: [] }], dataZoom: [], tooltip: { show: false }, aria: { enabled: false } }),
  'no text (labels off)': (o) => ({ ...o, yAxis: { ...o.yAxis, axisLabel: { ...o.yAxis.axisLabel, show: false } }, series: o.series.map((s) => ({ ...s, label: { show: false } })) }),
  'no category labels': (o) => ({ ...o, yAxis: { ...o.yAxis, axisLabel: { ...o.yAxis.axisLabel, show: false } } }),
  'no item labels': (o) => ({ ...o, series: o.series.map((s) => ({ ...s, label: { show: false } })) }),
  'value axis labels without hideOverlap': (o) => ({ ...o, xAxis: { ...o.xAxis, axisLabel: { ...o.xAxis.axisLabel, hideOverlap: false } } }),
  'no aria': (o) => ({ ...o, aria: { enabled: false } }),
  'no scroll window': (o) => ({ ...o, dataZoom: [] }),
  'plain labels (no rich text)': (o) => ({ ...o, yAxis: { ...o.yAxis, axisLabel: { ...o.yAxis.axisLabel, rich: undefined }, data: (o.yAxis.data ?? []).map((c) => { const m = /^\\{(f|m)\\|(.*)\\}$/.exec(String(c)); return m ? { value: m[2], textStyle: m[1] === 'f' ? { fontWeight: 700 } : { color: '#6b7280' } } : c }) } }),
  "the floor's chart (one bar series, plain axes)": (o) => ({ grid: o.grid, xAxis: { type: 'value' }, yAxis: { type: 'category', data: (o.yAxis.data ?? []).map((c) => String(c).slice(0, 6)) }, series: [{ type: 'bar', data: o.series[0].data.map((d) => (d && typeof d === 'object' ? d.value : d) ?? null) }] }),
  'canvas with dirty rectangles': { renderer: 'canvas', useDirtyRect: true },
  'svg renderer': { renderer: 'svg' },
})`

/** Page code: the lab over the kept options (`window.__drawStates`: per state, one option per chart). */
const LAB = `(async (full) => {
  if (full) await import(full)
  const V = ${VARIANTS}
  const S = window.__drawStates
  const recs = window.__drawRecs
  const hosts = recs.map((r) => r.host)
  const Ctor = recs[0].chart.constructor
  let charts = recs.map((r) => r.chart)
  let made = 'as drawn'
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
  const fnOf = (n) => (typeof V[n] === 'function' ? V[n] : (o) => o)
  window.__drawLab = {
    names: Object.keys(V),
    prep(n) {
      const renderer = typeof V[n] === 'function' ? null : V[n]
      const want = renderer ? n : 'as drawn'
      if (want !== made) {
        charts = hosts.map((el, k) => { charts[k].dispose(); el.innerHTML = ''; return new Ctor(el, 'rol', renderer ?? { renderer: 'canvas' }) })
        made = want
      }
      charts.forEach((c, k) => { const o = fnOf(n)({ ...S[S.length - 1][k] }); if (o) c.setOption(o, { notMerge: true }) })
    },
    async run(n) {
      for (const s of S) {
        charts.forEach((c, k) => { const o = fnOf(n)({ ...s[k] }); if (o) c.setOption(o, { notMerge: false }) })
        await frame()
        await frame()
      }
    },
  }
  return Object.keys(V)
})`

async function main(): Promise<void> {
  const { start, plan } = await scalePlan(scale, Math.ceil(STATES * 1.6))
  const server = await serveStatic(APP)
  const browser = await launch()
  try {
    const a = await openSettled(browser, `${server.url}/${SCALE_INFO[scale].query}${hashOf(start)}`)
    await a.heap.stop()
    const page = a.page
    // The charts on screen: those whose canvas meets the 1366×768 viewport.
    await page.evaluate(`window.__drawStates = []; window.__drawRecs = window.__bench.state.charts
      .map((r, i) => ({ ...r, host: document.querySelector('[data-bench-chart="' + i + '"]') }))
      .filter((r) => r.host && r.host.getBoundingClientRect().top < innerHeight && r.host.getBoundingClientRect().bottom > 0)`)
    for (const c of plan) {
      if ((await page.evaluate('window.__drawStates.length')) === STATES) break
      await changeApp(page, hashOf(c.sel), c.kind)
      // A headline change redraws one chart: the states are those that redraw every chart on screen.
      if (c.kind !== 'indicator') await page.evaluate('window.__drawStates.push(window.__drawRecs.map((r) => r.option))')
    }
    const charts = (await page.evaluate('window.__drawRecs.length')) as number
    const states = (await page.evaluate('window.__drawStates.length')) as number
    const full = readdirSync(join(APP, 'assets')).find((f) => /^echartsFull-.*\.js$/.test(f))
    const names = (await page.evaluate(`${LAB}(${JSON.stringify(full && existsSync(join(APP, 'assets', full)) ? `/assets/${full}` : '')})`)) as string[]
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    const thread = async () => ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000
    const cpu = new Map<string, number[]>(names.map((n) => [n, []]))
    console.log(`${SCALE_INFO[scale].long}: ${charts} charts on screen, ${states} selections, ${REPS} rounds (variants interleaved, order reversed every other round)`)
    for (let r = 0; r < REPS; r++) {
      for (const n of r % 2 ? [...names].reverse() : names) {
        await page.evaluate(`window.__drawLab.prep(${JSON.stringify(n)})`)
        await page.waitForTimeout(30)
        const t0 = await thread()
        await page.evaluate(`window.__drawLab.run(${JSON.stringify(n)})`)
        cpu.get(n)!.push(((await thread()) - t0) / (states * charts))
      }
    }
    console.log('\nmain-thread CPU per chart redraw (ms; median, p25–p75):')
    for (const n of names) {
      const xs = cpu.get(n)!
      console.log(`  ${median(xs).toFixed(2).padStart(6)}  (${percentile(xs, 25).toFixed(2)}–${percentile(xs, 75).toFixed(2)})  ${n}`)
    }
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
