/**
 * The built app in headless Chromium, offline: every non-localhost request is blocked and fails the run.
 * Checks each view renders non-empty charts, the evidence flow from the 船营区 mediation bar,
 * URL round-trips, start-up error states, and saves a screenshot of each view to
 * test-results/screenshots/<view>.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { blockNonLocal, serveStatic, type StaticServer } from './server'

const ROOT = resolve(__dirname, '../..')
const DIST = join(ROOT, 'dist')
const SHOTS = join(ROOT, 'test-results', 'screenshots')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

let server: StaticServer
let browser: Browser
let context: BrowserContext
let page: Page
const blocked: string[] = []
const pageErrors: string[] = []
const consoleProblems: string[] = []

function ensureBuilt(): void {
  if (!existsSync(join(ROOT, 'public/data/observations.parquet'))) {
    execFileSync('npm', ['run', 'extract'], { cwd: ROOT, stdio: 'inherit' })
  }
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(join(DIST, 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } }) // vitest sets NODE_ENV=test: build what users get
  }
}

async function newContext(width = 1366, height = 768): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', serviceWorkers: 'block' })
  await blockNonLocal(ctx, blocked)
  return ctx
}

async function openPage(ctx: BrowserContext): Promise<Page> {
  const p = await ctx.newPage()
  p.on('pageerror', (e) => pageErrors.push(String(e)))
  p.on('console', (m) => {
    // Expected noise: the deliberately broken tables of the error-state test, and this test's own pixel reads.
    if ((m.type() === 'error' || m.type() === 'warning') && !/Failed to load resource|willReadFrequently/.test(m.text())) consoleProblems.push(`${m.type()}: ${m.text()}`)
  })
  return p
}

/** expect.poll with room for a loaded CI machine (the default gives up after 1 s). */
function poll<T>(fn: () => T | Promise<T>) {
  return expect.poll(fn, { timeout: 15_000 })
}

/** Wait for the dataset; fail at once (with the message shown) if it ends in an error state. */
async function waitReady(p: Page): Promise<void> {
  await p.waitForSelector('main[data-dataset-status="ready"], main[data-dataset-status="error"]', { timeout: 90_000 })
  const status = await p.getAttribute('main', 'data-dataset-status')
  if (status !== 'ready') throw new Error(`dataset failed to load: ${await p.textContent('main')}`)
}

/** Per chart on the page: number of non-null data points in its series and non-white canvas pixels. */
async function chartStats(p: Page) {
  return p.$$eval('.chart-host', (hosts) =>
    hosts.map((h) => {
      const chart = (h as HTMLElement & { __rolChart?: { getOption(): { series: { data: unknown[] }[] } } }).__rolChart
      const series = chart?.getOption().series ?? []
      const points = series.reduce((n, s) => n + (s.data ?? []).filter((d) => {
        if (d == null) return false
        const v = typeof d === 'object' && !Array.isArray(d) ? (d as { value: unknown }).value : d
        return v != null
      }).length, 0)
      let inked = 0
      const canvas = h.querySelector('canvas')
      if (canvas) {
        const ctx = canvas.getContext('2d')
        const img = ctx?.getImageData(0, 0, canvas.width, canvas.height).data
        if (img) for (let i = 0; i < img.length; i += 16) if (img[i + 3] > 0 && (img[i] < 240 || img[i + 1] < 240 || img[i + 2] < 240)) inked++
      }
      return { id: h.closest('[data-chart-id]')?.getAttribute('data-chart-id'), points, inked, width: h.clientWidth, height: h.clientHeight }
    }),
  )
}

/** Full-page screenshot by default; `viewport` for views with fixed/sticky parts worth seeing in place. */
/** Wait until every chart on the page has data points (views render charts once their query answered). */
async function chartsWithData(p: Page, atLeast = 1) {
  await p.waitForSelector('.chart-host canvas')
  await expect.poll(async () => (await chartStats(p)).filter((s) => s.points > 0).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(atLeast)
  return chartStats(p)
}

async function shot(p: Page, name: string, fullPage = true): Promise<void> {
  await p.waitForTimeout(600) // let chart animations finish
  await p.screenshot({ path: join(SHOTS, `${name}.png`), fullPage })
}

async function goto(p: Page, hash: string): Promise<void> {
  await p.goto(`${server.url}/#${hash}`)
  await waitReady(p)
}

beforeAll(async () => {
  ensureBuilt()
  mkdirSync(SHOTS, { recursive: true })
  server = await serveStatic(DIST)
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  context = await newContext()
  page = await openPage(context)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('dashboard in the browser (offline)', () => {
  it('starts DuckDB-wasm from local bundles and loads the tables', async () => {
    await goto(page, '/')
    const summary = await page.textContent('[data-testid="dataset-summary"]')
    expect(summary).toMatch(/5 份报告/)
    expect(server.requests.some((r) => r.endsWith('.wasm'))).toBe(true)
    expect(server.requests.filter((r) => r.endsWith('.parquet')).sort()).toEqual(
      ['/data/indicators.parquet', '/data/observations.parquet', '/data/report_texts.parquet', '/data/reports.parquet'],
    )
  })

  it('draws the Overview from build-time answers before DuckDB is ready and does not redraw at the handover', async () => {
    const ctx = await newContext()
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    await ctx.route('**/*.wasm', async (route) => {
      await gate // hold DuckDB back so the preview phase is certain
      await route.continue()
    })
    const p = await openPage(ctx)
    await p.goto(`${server.url}/#/`)
    await p.waitForSelector('main[data-preview]')
    const before = await chartsWithData(p, 4)
    expect(await p.getAttribute('main', 'data-dataset-status')).toBe('loading')
    expect(await p.textContent('[data-testid="dataset-summary"]')).toContain('数据库启动中')
    // From here on, count every redraw of every chart.
    await p.$$eval('.chart-host', (hosts) =>
      hosts.forEach((h) => {
        const host = h as HTMLElement & { __rolChart: { setOption: (...a: unknown[]) => void }; __calls: number }
        const original = host.__rolChart.setOption.bind(host.__rolChart)
        host.__calls = 0
        host.__rolChart.setOption = (...a: unknown[]) => {
          host.__calls++
          original(...a)
        }
      }),
    )
    release()
    await waitReady(p)
    await p.waitForTimeout(1000)
    expect(await p.$$eval('.chart-host', (hs) => hs.map((h) => (h as HTMLElement & { __calls: number }).__calls))).toEqual([0, 0, 0, 0])
    expect((await chartStats(p)).map((s) => s.points)).toEqual(before.map((s) => s.points))
    expect(await p.$('main[data-preview]')).toBeNull()
    expect(await p.textContent('[data-testid="dataset-summary"]')).toMatch(/5 份报告/)
    await ctx.close()
  })

  it('Overview: four family charts with data and explicit 未报告', async () => {
    await goto(page, '/')
    const stats = await chartsWithData(page, 4)
    expect(stats.map((s) => s.id)).toEqual(['overview-approval', 'overview-enforcement', 'overview-mediation', 'overview-training'])
    for (const s of stats) {
      expect(s.points, `${s.id} has data`).toBeGreaterThan(0)
      expect(s.inked, `${s.id} draws something`).toBeGreaterThan(50)
    }
    const mediation = await page.evaluate(() => {
      const h = document.querySelector('[data-family="mediation"] .chart-host') as HTMLElement & { __rolChart: { getOption(): { yAxis: { data: string[] }[]; series: { data: { value: unknown; labelText: string }[] }[] } } }
      const o = h.__rolChart.getOption()
      return { cats: o.yAxis[0].data, values: o.series[0].data.map((d) => d.value), labels: o.series[0].data.map((d) => d.labelText) }
    })
    expect(mediation.cats).toHaveLength(5)
    const cy = mediation.cats.findIndex((c) => c.includes('船营区'))
    expect(mediation.values[cy]).toBe(97)
    // Not reported is null with a 未报告 label, never 0.
    expect(mediation.values.filter((v) => v === 0)).toEqual([])
    expect(mediation.labels.filter((l) => l === '未报告').length).toBe(4)
    await shot(page, 'overview')
  })

  it('clicking the 船营区 mediation bar opens the evidence panel with the source sentence', async () => {
    const target = await page.evaluate(() => {
      const h = document.querySelector('[data-family="mediation"] .chart-host') as HTMLElement & { __rolChart: { getOption(): { yAxis: { data: string[] }[]; series: { data: { value: number }[] }[] }; convertToPixel(f: object, v: number[]): number[] } }
      h.scrollIntoView({ block: 'center' })
      const chart = h.__rolChart
      const o = chart.getOption()
      const idx = o.yAxis[0].data.findIndex((c) => c.includes('船营区'))
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [o.series[0].data[idx].value / 2, idx])
      const r = h.getBoundingClientRect()
      return { x: r.left + x, y: r.top + y }
    })
    await page.mouse.click(target.x, target.y)
    const panel = page.locator('[data-testid="evidence-panel"]')
    await panel.waitFor()
    await poll(() => panel.locator('[data-testid="evidence-sentence"] mark').textContent()).toBe('糾紛調解成功率達到97%')
    expect(await panel.locator('[data-testid="evidence-value"]').textContent()).toBe('97%')
    expect(await panel.textContent()).toContain('船营区人民政府')
    expect(await panel.textContent()).toContain('2023')
    expect(page.url()).toContain('ev=chuanying-government-2023~mediation_success_pct')
    await shot(page, 'evidence', false)
  })

  it('reload reproduces the view and the open evidence; back closes it', async () => {
    const url = page.url()
    await page.reload()
    await waitReady(page)
    expect(page.url()).toBe(url)
    await poll(() => page.locator('[data-testid="evidence-sentence"] mark').textContent()).toBe('糾紛調解成功率達到97%')
    await page.goBack()
    await page.waitForSelector('[data-testid="evidence-panel"]', { state: 'detached' })
    expect(page.url()).not.toContain('ev=')
    await page.goForward()
    await page.waitForSelector('[data-testid="evidence-panel"]')
  })

  it('the evidence link opens the report scrolled to the highlighted span', async () => {
    await page.click('[data-testid="evidence-open-report"]')
    await page.waitForSelector('[data-testid="report-text"] mark')
    expect(page.url()).toContain('/reports/chuanying-government-2023')
    expect(page.url()).toContain('hl=mediation_success_pct')
    const mark = page.locator('mark[data-indicators~="mediation_success_pct"]')
    expect(await mark.textContent()).toBe('糾紛調解成功率達到97%')
    await poll(() => mark.evaluate((el) => {
      const r = el.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    })).toBe(true)
    // Text is rendered as text: marks contain no elements, every extracted value is highlighted.
    const marks = await page.$$eval('[data-testid="report-text"] mark', (ms) => ms.map((m) => ({ text: m.textContent, children: m.children.length })))
    expect(marks.length).toBeGreaterThan(5)
    expect(marks.every((m) => m.children === 0)).toBe(true)
    await shot(page, 'reports', false)
    // metadata on top, for another report (simplified script)
    await page.click('.report-list button:has-text("江津区气象局")')
    await page.waitForSelector('[data-report-id="jiangjin-meteorology-2023"] [data-testid="report-text"] mark')
    expect(page.url()).not.toContain('hl=')
    expect(await page.textContent('.report-meta')).toContain('重庆市江津区')
    await shot(page, 'reports-meta', false)
  })

  it('Compare: grouped bars per unit, selection mirrored in the URL and restored after reload', async () => {
    await goto(page, '/compare')
    let stats = await chartsWithData(page, 2)
    expect(stats.length).toBeGreaterThanOrEqual(2) // % and 件 never share an axis
    for (const s of stats) expect(s.points).toBeGreaterThan(0)
    // pick mediation success + training participants, drop an agency
    await page.click('button[data-indicator="mediation_success_pct"]')
    await page.click('button[data-agency="湛江经济技术开发区应急管理局"]')
    await poll(() => page.url()).toContain('mediation_success_pct')
    const url = page.url()
    expect(decodeURIComponent(url)).toContain('a=')
    const before = await chartStats(page)
    await page.reload()
    await waitReady(page)
    await chartsWithData(page, before.length)
    expect(page.url()).toBe(url)
    expect(await page.getAttribute('button[data-indicator="mediation_success_pct"]', 'aria-pressed')).toBe('true')
    expect(await page.getAttribute('button[data-agency="湛江经济技术开发区应急管理局"]', 'aria-pressed')).toBe('false')
    stats = await chartStats(page)
    expect(stats.map((s) => [s.id, s.points])).toEqual(before.map((s) => [s.id, s.points]))
    await page.goBack()
    await poll(() => page.getAttribute('button[data-agency="湛江经济技术开发区应急管理局"]', 'aria-pressed')).toBe('true')
    await page.goForward()
    await poll(() => page.getAttribute('button[data-agency="湛江经济技术开发区应急管理局"]', 'aria-pressed')).toBe('false')
    await goto(page, '/compare')
    await chartsWithData(page, 2)
    await shot(page, 'compare')
  })

  it('Trends: one chart per indicator, single years drawn as points', async () => {
    await goto(page, '/trends')
    const stats = await chartsWithData(page, 3)
    expect(stats.length).toBe(4)
    expect(stats.filter((s) => s.points > 0).length).toBeGreaterThanOrEqual(3)
    for (const s of stats) expect(s.inked).toBeGreaterThan(50)
    await shot(page, 'trends')
    // the data table is a keyboard-reachable way to the same evidence
    const panel = page.locator('[data-chart-id="trends-mediation_success_pct"]')
    await panel.locator('[data-testid="chart-table-toggle"]').click()
    await panel.locator('.chart-table button:has-text("97%")').click()
    await poll(() => page.locator('[data-testid="evidence-sentence"] mark').textContent()).toBe('糾紛調解成功率達到97%')
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid="evidence-panel"]', { state: 'detached' })
  })

  it('Coverage: the report × indicator matrix', async () => {
    await goto(page, '/coverage')
    const [s] = await chartsWithData(page)
    expect(s.points).toBe(5 * 24)
    expect(s.inked).toBeGreaterThan(500)
    await shot(page, 'coverage')
  })

  it('English UI and a 1920×1080 projector layout', async () => {
    const ctx = await newContext(1920, 1080)
    const p = await openPage(ctx)
    await p.goto(`${server.url}/#/`)
    await waitReady(p)
    await p.click('button[data-locale="en"]')
    await p.waitForSelector('text=Dispute resolution')
    const stats = await chartsWithData(p, 4)
    expect(stats).toHaveLength(4)
    for (const s of stats) expect(s.width).toBeGreaterThan(700)
    await shot(p, 'overview-en-1920')
    // the choice persists
    await p.reload()
    await waitReady(p)
    await p.waitForSelector('text=Dispute resolution')
    await ctx.close()
  })

  it('English labels fit at 1366×768 in Compare, Trends and Coverage', async () => {
    const ctx = await newContext()
    await ctx.addInitScript(() => localStorage.setItem('rol-dashboard.locale', 'en'))
    const p = await openPage(ctx)
    for (const view of ['compare', 'trends', 'coverage']) {
      await p.goto(`${server.url}/#/${view}`)
      await waitReady(p)
      // A hash change within the page: wait for the view's own chunk to replace the previous view.
      await poll(() => p.textContent('.view-head h1')).toBe(view[0].toUpperCase() + view.slice(1))
      await chartsWithData(p)
      for (const s of await chartStats(p)) expect(s.inked).toBeGreaterThan(50)
      await shot(p, `${view}-en`)
    }
    await ctx.close()
  })

  it('charts resize with the window', async () => {
    await goto(page, '/')
    await page.waitForSelector('.chart-host canvas')
    const w1 = (await chartStats(page))[0].width
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.waitForTimeout(300)
    const w2 = (await chartStats(page))[0].width
    const canvasW = await page.$eval('.chart-host canvas', (c) => (c as HTMLCanvasElement).getBoundingClientRect().width)
    expect(w2).toBeGreaterThan(w1)
    expect(Math.abs(canvasW - w2)).toBeLessThan(2)
    await page.setViewportSize({ width: 1366, height: 768 })
  })

  it('shows clear errors for a missing or corrupt table', async () => {
    for (const [kind, fulfil] of [
      ['missing-file', { status: 404, body: 'not found' }],
      ['corrupt-file', { status: 200, body: Buffer.from('PAR1 this is not really parquet PAR1'), contentType: 'application/octet-stream' }],
    ] as const) {
      const ctx = await newContext()
      await ctx.route('**/data/observations.parquet', (r) => r.fulfill(fulfil))
      const p = await openPage(ctx)
      await p.goto(`${server.url}/#/`)
      const err = p.locator('[data-testid="dataset-error"]')
      await err.waitFor({ timeout: 90_000 })
      expect(await err.getAttribute('data-error-kind')).toBe(kind)
      expect(await err.textContent()).toContain('observations.parquet')
      expect(await err.textContent()).toContain('npm run extract')
      if (kind === 'missing-file') await shot(p, 'error-missing-file')
      await ctx.close()
    }
  })

  it('explains what to do when the browser has no WebAssembly', async () => {
    const ctx = await newContext()
    await ctx.addInitScript(() => {
      // @ts-expect-error simulate an old browser
      delete globalThis.WebAssembly
    })
    const p = await openPage(ctx)
    await p.goto(`${server.url}/#/`)
    const err = p.locator('[data-testid="dataset-error"]')
    await err.waitFor({ timeout: 60_000 })
    expect(await err.getAttribute('data-error-kind')).toBe('no-wasm')
    expect(await err.textContent()).toContain('WebAssembly')
    await ctx.close()
  })

  it('no request left localhost and no page errors or console warnings', () => {
    expect(blocked).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
