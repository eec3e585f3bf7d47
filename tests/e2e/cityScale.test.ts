/**
 * Every view at city scale: the synthetic cities of `npm run synth -- --preset city35|city300`
 * (35 agencies × 5 years, 300 × 8), served beside the bundled tables and opened with ?data=.
 * For each view and scale: no text the charts draw overprints other text or leaves the canvas
 * (measured from the ECharts display list, see ./labels.ts), every chart stays within the
 * height budget, and clicking a bar, point or cell still opens its evidence. Picked agencies are
 * highlighted in Trends, Rankings and the Overview. Screenshots at 1366×768 and 1920×1080:
 * test-results/screenshots/city{35,300}-<view>-{1366,1920}.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { synth } from '../../scripts/synth'
import { app, blocked, chartsWithData, consoleProblems, DIST, newContext, openPage, pageErrors, poll, shot, startApp, stopApp, waitReady } from './harness'
import { chartTexts } from './labels'
import { OVERVIEW_WINDOW } from '../../src/charts'

/** No chart may be taller than this at 1366×768 (px): one screen less the header and filters. */
const HEIGHT_BUDGET = 640
const VIEWS = ['overview', 'compare', 'trends', 'rankings', 'coverage'] as const
type View = (typeof VIEWS)[number]
const CHART_OF: Record<View, string> = {
  overview: '[data-family] .chart-host',
  compare: '[data-chart-id^="compare-"] .chart-host',
  trends: '[data-chart-id^="trends-"] .chart-host',
  rankings: '[data-chart-id="rankings"] .chart-host',
  coverage: '[data-chart-id="coverage"] .chart-host',
}
const SCALES = ['city35', 'city300'] as const

let page: Page

beforeAll(async () => {
  page = await startApp()
  for (const preset of SCALES) await synth({ preset, agencies: 0, years: 0, lastYear: 2024, seed: 1, out: join(DIST, `data-${preset}`) })
})

afterAll(stopApp)

async function open(p: Page, preset: string, view: View, query = ''): Promise<void> {
  await p.goto(`${app().url}/?data=data-${preset}#/${view === 'overview' ? '' : view}${query}`)
  await waitReady(p)
  // Often a hash change within the page: wait for the view's own charts to replace the previous view's.
  await p.waitForSelector(CHART_OF[view])
  await chartsWithData(p)
  await p.waitForTimeout(300)
}

/** Labels that overprint or leave the canvas, per chart (empty when the layout is clean). */
async function collisions(p: Page): Promise<string[]> {
  const texts = await chartTexts(p)
  expect(texts.length).toBeGreaterThan(0)
  return texts.flatMap((c) => [...c.overlaps.map(([a, b]) => `${c.id}: "${a}" × "${b}"`), ...c.outside.map((t) => `${c.id}: "${t}" outside`)])
}

/**
 * Page coordinates of a data item of the first chart that carries evidence (a bar, a point, a
 * cell), and the value text it should open.
 */
async function firstDatum(p: Page): Promise<{ x: number; y: number; text: string }> {
  return p.evaluate(() => {
    type Item = { value: unknown; datum?: { report_id: string } | null; labelText?: string; stated?: boolean }
    type Chart = { getOption(): { series: { id?: string; type: string; data: (Item | null)[] }[] }; convertToPixel(f: object, v: unknown): number[] }
    for (const h of document.querySelectorAll('.chart-host')) {
      const chart = (h as HTMLElement & { __rolChart: Chart }).__rolChart
      const series = chart.getOption().series
      for (let s = 0; s < series.length; s++) {
        // Reported: not a not-reported marker, not a coverage cell whose latest report is silent.
        if (series[s].id === 'not-reported') continue
        const i = series[s].data.findIndex((d) => d?.datum?.report_id && d.stated !== false && d.value != null)
        if (i < 0) continue
        const d = series[s].data[i]!
        const point = series[s].type === 'bar' ? [(d.value as number) / 2, i] : series[s].type === 'line' ? [i, d.value] : (d.value as number[]).slice(0, 2)
        ;(h as HTMLElement).scrollIntoView({ block: 'center' })
        const [x, y] = chart.convertToPixel({ seriesIndex: s }, point)
        const r = h.getBoundingClientRect()
        return { x: r.left + x, y: r.top + y, text: d.labelText ?? '' }
      }
    }
    throw new Error('no chart item with evidence')
  })
}

describe.each(SCALES)('%s', (preset) => {
  it.each(VIEWS)('%s: no overlapping text, within the height budget, a click opens the evidence', async (view) => {
    await open(page, preset, view)
    expect(await collisions(page)).toEqual([])
    const heights = await page.$$eval('.chart-host', (hs) => hs.map((h) => h.clientHeight))
    expect(Math.max(...heights)).toBeLessThanOrEqual(HEIGHT_BUDGET)
    await shot(page, `${preset}-${view}-1366`)

    // Where many points lie on top of each other the topmost one takes the click: expect its evidence.
    await page.$$eval('.chart-host', (hs) =>
      hs.forEach((h) => (h as HTMLElement & { __rolChart: { on(e: string, f: (p: { data?: { labelText?: string } }) => void): void } }).__rolChart.on('click', (p) => ((window as { __clicked?: string }).__clicked = p.data?.labelText))),
    )
    const target = await firstDatum(page)
    await page.mouse.click(target.x, target.y)
    const clicked = await page.evaluate(() => (window as { __clicked?: string }).__clicked)
    expect(clicked).toBeTruthy()
    if (view !== 'trends') expect(clicked).toBe(target.text)
    await poll(() => page.locator('[data-testid="evidence-value"]').textContent()).toBe(clicked)
    expect(page.url()).toContain('ev=')
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="evidence-panel"]', { state: 'detached' })
  })

  it('a 1920×1080 projector: no overlapping text in any view', async () => {
    const ctx = await newContext(1920, 1080)
    const p = await openPage(ctx)
    for (const view of VIEWS) {
      await open(p, preset, view)
      expect(await collisions(p)).toEqual([])
      await shot(p, `${preset}-${view}-1920`)
    }
    await ctx.close()
  })
})

describe('picked agencies at 300', () => {
  const picked = ['东湖区司法局', '合成市市场监督管理局', '云岭县人民政府']

  it('are highlighted against the whole group in Trends, Rankings and the Overview, labels still apart', async () => {
    const a = `?a=${encodeURIComponent(picked.join(','))}`
    await open(page, 'city300', 'trends', a)
    expect(await collisions(page)).toEqual([])
    const ends = await page.$$eval('.chart-host', (hs) =>
      hs.flatMap((h) => {
        const o = (h as HTMLElement & { __rolChart: { getOption(): { series: { id: string; data: { labelText: string }[] }[] } } }).__rolChart.getOption()
        return o.series.find((s) => s.id === 'end-labels')!.data.map((d) => d.labelText)
      }),
    )
    // every coloured line is a picked agency's, named at its end
    const named = ends.filter((t) => !t.startsWith('中位数'))
    expect(named.length).toBeGreaterThan(0)
    expect(named.every((t) => picked.some((a) => t.startsWith(a.slice(0, 6))))).toBe(true)
    await shot(page, 'city300-trends-picked-1366')

    await open(page, 'city300', 'rankings', `${a}&y=2024`)
    expect(await collisions(page)).toEqual([])
    const ranking = await page.$eval('[data-chart-id="rankings"] .chart-host', (h) => {
      const o = (h as HTMLElement & { __rolChart: { getOption(): { yAxis: { data: string[] }[]; dataZoom: { startValue: number; endValue: number }[] } } }).__rolChart.getOption()
      return { labels: o.yAxis[0].data, zoom: o.dataZoom[0] }
    })
    const focus = ranking.labels.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('{f|'))
    expect(focus.length).toBeGreaterThan(0)
    // the window opens at the first picked agency
    expect(focus[0][1]).toBeGreaterThanOrEqual(ranking.zoom.startValue)
    expect(focus[0][1]).toBeLessThanOrEqual(ranking.zoom.endValue)
    await shot(page, 'city300-rankings-picked-1366')

    await open(page, 'city300', 'overview', `${a}&y=2024`)
    expect(await collisions(page)).toEqual([])
    const cats = await page.$eval('[data-family="approval"] .chart-host', (h) => (h as HTMLElement & { __rolChart: { getOption(): { yAxis: { data: string[] }[] } } }).__rolChart.getOption().yAxis[0].data)
    expect(cats.filter((c) => c.startsWith('{f|')).length).toBeGreaterThan(0)
    // best 5, worst 5, the picked, what was left out: never a 300-bar wall, and no need to scroll
    expect(cats.length).toBeLessThanOrEqual(OVERVIEW_WINDOW)
    await shot(page, 'city300-overview-picked-1366')
  })
})

describe('the agency filter at 35', () => {
  it('takes one row, lists every agency to browse, and ticks the picked ones', async () => {
    await open(page, 'city35', 'overview')
    // 35 chips took five rows and pushed the charts below the fold at 1366×768.
    const bar = await page.$eval('.selection-bar', (b) => b.getBoundingClientRect().height)
    expect(bar).toBeLessThan(80)
    expect(await page.$eval('[data-family] .chart-host', (h) => h.getBoundingClientRect().top)).toBeLessThan(768 / 2)
    await page.click('[data-testid="agency-search"]')
    const options = page.locator('.matches button')
    await poll(() => options.count()).toBe(35)
    const second = (await options.nth(1).getAttribute('data-agency'))!
    await options.nth(1).click()
    await poll(() => decodeURIComponent(page.url())).toContain(`a=${second}`)
    await page.click('[data-testid="agency-search"]')
    await poll(() => page.locator('.matches [aria-selected="true"] button').getAttribute('data-agency')).toBe(second)
    await shot(page, 'city35-agency-picker-1366', false)
    // Ticked again, it is removed: all agencies again.
    await page.locator('.matches [aria-selected="true"] button').click()
    await poll(() => page.textContent('.selection-bar')).toContain('全部 35 个单位')
    await page.keyboard.press('Escape')
    await poll(() => options.count()).toBe(0)
  })
})

describe('the report list at 300 agencies', () => {
  it('narrows to what is typed, opens the first match on Enter, and shows the open report', async () => {
    await page.goto(`${app().url}/?data=data-city300#/reports`)
    await waitReady(page)
    const rows = page.locator('.report-list .rl-items button')
    await poll(() => rows.count()).toBeGreaterThan(2000)
    const all = await rows.count()
    // A report far down the list, opened by its address (as from a chart's evidence): its row is in view.
    const last = rows.last()
    const agency = (await last.locator('.rl-agency').getAttribute('title'))!
    const year = (await last.locator('.rl-year').textContent())!.trim()
    await page.fill('[data-testid="report-search"]', `${agency} ${year}`)
    await poll(() => rows.count()).toBe(1)
    expect(await page.textContent('[data-testid="report-search-count"]')).toBe(`1/${all} 份报告`)
    await page.press('[data-testid="report-search"]', 'Enter')
    await poll(() => page.textContent('.report-main h1, .report-main h2')).toContain(agency)
    const id = decodeURIComponent(new URL(page.url()).hash).match(/#\/reports\/([^?]+)/)![1]
    await page.fill('[data-testid="report-search"]', '')
    await poll(() => rows.count()).toBe(all)
    await page.goto(`${app().url}/?data=data-city300#/reports/${encodeURIComponent(id)}`)
    await waitReady(page)
    const current = page.locator('.report-list [aria-current="page"]')
    await poll(() => current.count()).toBe(1)
    const [box, list] = await Promise.all([current.boundingBox(), page.locator('.report-list .rl-items').boundingBox()])
    expect(box!.y).toBeGreaterThanOrEqual(list!.y)
    expect(box!.y + box!.height).toBeLessThanOrEqual(list!.y + list!.height + 1)
    await shot(page, 'city300-reports-search-1366', false)
  })
})

describe('hover', () => {
  it('turns a grey trend line dark and names it at its end', async () => {
    await open(page, 'city35', 'trends')
    const sel = '[data-chart-id^="trends-"] .chart-host'
    const target = await page.$eval(sel, (h) => {
      type S = { id: string; data: ({ value: number } | null)[]; endLabel?: { formatter: string } }
      const chart = (h as HTMLElement & { __rolChart: { getOption(): { series: S[] }; convertToPixel(f: object, v: number[]): number[] } }).__rolChart
      const series = chart.getOption().series
      const s = series.findIndex((x) => x.id.startsWith('ctx:') && x.data.filter(Boolean).length > 2)
      const i = series[s].data.findIndex(Boolean)
      const [x, y] = chart.convertToPixel({ seriesIndex: s }, [i, series[s].data[i]!.value])
      const r = h.getBoundingClientRect()
      return { x: r.left + x, y: r.top + y, names: series.filter((x) => x.id.startsWith('ctx:')).map((x) => x.endLabel!.formatter) }
    })
    const drawn = async () => (await chartTexts(page, '[data-chart-id^="trends-"]:first-of-type')).flatMap((c) => c.boxes.map((b) => b.text))
    expect((await drawn()).filter((t) => target.names.includes(t))).toEqual([])
    await page.mouse.move(target.x, target.y)
    await poll(async () => (await drawn()).filter((t) => target.names.includes(t)).length).toBe(1)
    await shot(page, 'city35-trends-hover-1366', false)
    await page.mouse.move(5, 5)
  })
})

describe('the overlap check', () => {
  it('fails on a layout that overprints (the old Trends: every point labelled, a paged legend)', async () => {
    await open(page, 'city35', 'trends')
    await page.$eval('.chart-host', (h) => {
      const chart = (h as HTMLElement & { __rolChart: { getOption(): { series: { type: string }[] }; setOption(o: object): void } }).__rolChart
      const series = chart.getOption().series.map((s) => (s.type === 'line' ? { ...s, label: { show: true, position: 'top', formatter: '{c}' } } : s))
      chart.setOption({ series, legend: { type: 'scroll', top: 0 } })
    })
    await page.waitForTimeout(300)
    expect((await collisions(page)).length).toBeGreaterThan(10)
  })

  it('no request left localhost and no page errors', () => {
    expect(blocked).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
