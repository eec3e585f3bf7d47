/**
 * Set-up shared by the app's browser tests: build dist/ when its sources are newer (once the
 * tables exist), serve it on localhost, Debian Chromium that may reach only this machine, and
 * helpers to wait for the dataset, read chart data, and save screenshots to
 * test-results/screenshots/. Each test file gets its own instance of this module's state.
 */
import { expect } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { blockNonLocal, serveStatic, type StaticServer } from './server'

export const ROOT = resolve(__dirname, '../..')
export const DIST = join(ROOT, 'dist')
export const SHOTS = join(ROOT, 'test-results', 'screenshots')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

let server: StaticServer
let browser: Browser
export const blocked: string[] = []
export const pageErrors: string[] = []
export const consoleProblems: string[] = []

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newestMtime(join(path, n))))
}

/**
 * Extract the tables when they are missing or older than what writes them (the extractor, the
 * queries that answer the prerendered first view, the reports, the catalogue), and build dist/
 * when it is missing or older than its sources.
 */
export function ensureBuilt(): void {
  const tables = newestMtime(join(ROOT, 'public/data/first-view.json'))
  const writers = Math.max(...['src/extract', 'src/queries', 'scripts', 'data'].map((p) => newestMtime(join(ROOT, p))))
  if (tables < writers) execFileSync('npm', ['run', 'extract'], { cwd: ROOT, stdio: 'inherit' })
  const built = existsSync(join(DIST, 'index.html')) ? statSync(join(DIST, 'index.html')).mtimeMs : 0
  const sources = Math.max(...['src', 'scripts', 'index.html', 'public', 'vite.config.ts'].map((p) => newestMtime(join(ROOT, p))))
  // vitest sets NODE_ENV=test: build what users get.
  if (built < sources) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
}

/** Observations in the served bundled tables (the CSV the build wrote), so counts follow the extractor. */
export function seedObservationCount(): number {
  return readFileSync(join(DIST, 'data/observations.csv'), 'utf8').trim().split('\n').length - 1
}

export async function newContext(width = 1366, height = 768, options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', serviceWorkers: 'block', ...options })
  await blockNonLocal(ctx, blocked)
  return ctx
}

export async function openPage(ctx: BrowserContext): Promise<Page> {
  const p = await ctx.newPage()
  p.on('pageerror', (e) => pageErrors.push(String(e)))
  p.on('console', (m) => {
    // Expected noise: the deliberately broken tables of the error-state test, and this test's own pixel reads.
    if ((m.type() === 'error' || m.type() === 'warning') && !/Failed to load resource|willReadFrequently/.test(m.text())) consoleProblems.push(`${m.type()}: ${m.text()}`)
  })
  return p
}

/** expect.poll with room for a loaded CI machine (the default gives up after 1 s). */
export function poll<T>(fn: () => T | Promise<T>) {
  return expect.poll(fn, { timeout: 15_000 })
}

/** Wait for the dataset; fail at once (with the message shown) if it ends in an error state. */
export async function waitReady(p: Page): Promise<void> {
  await p.waitForSelector('main[data-dataset-status="ready"], main[data-dataset-status="error"]', { timeout: 90_000 })
  const status = await p.getAttribute('main', 'data-dataset-status')
  if (status !== 'ready') throw new Error(`dataset failed to load: ${await p.textContent('main')}`)
}

/** Per chart on the page: number of non-null data points in its series and non-white canvas pixels. */
export async function chartStats(p: Page) {
  return p.$$eval('.chart-host', (hosts) =>
    hosts.map((h) => {
      // an instance made before its first answer has no option yet (getOption() is null): no points
      const chart = (h as HTMLElement & { __rolChart?: { getOption(): { series: { data: unknown[] }[] } | null } }).__rolChart
      const series = chart?.getOption()?.series ?? []
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
export async function chartsWithData(p: Page, atLeast = 1) {
  await p.waitForSelector('.chart-host canvas')
  await expect.poll(async () => (await chartStats(p)).filter((s) => s.points > 0).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(atLeast)
  return chartStats(p)
}

export async function shot(p: Page, name: string, fullPage = true): Promise<void> {
  await p.waitForTimeout(600) // let chart animations finish
  await p.screenshot({ path: join(SHOTS, `${name}.png`), fullPage })
}

export async function goto(p: Page, hash: string): Promise<void> {
  await p.goto(`${server.url}/#${hash}`)
  await waitReady(p)
}

/** Page coordinates of the middle of the bar of an Overview family chart whose label contains `label`. */
export function overviewBar(p: Page, family: string, label: string): Promise<{ x: number; y: number }> {
  return chartBar(p, `[data-family="${family}"] .chart-host`, label)
}

/**
 * Page coordinates of the middle of the bar, in the horizontal bar chart `host`, whose label contains `label`; read once the chart
 * is on screen and two reads a few frames apart agree: a chart below the fold takes a selection change only when it comes into
 * view (ChartPanel's `lazy`), so its bars may move right after the scroll.
 */
export async function chartBar(p: Page, host: string, label: string): Promise<{ x: number; y: number }> {
  // (an IntersectionObserver's report comes with a frame's rendering: after two frames the chart has taken it)
  await p.evaluate((f) => {
    document.querySelector(f)!.scrollIntoView({ block: 'center' })
    return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  }, host)
  const read = () => p.evaluate(([f, l]) => {
    const h = document.querySelector(f) as HTMLElement & { __rolChart: { getOption(): { yAxis: { data: string[] }[]; series: { data: { value: number }[] }[] }; convertToPixel(f: object, v: number[]): number[] } }
    const chart = h.__rolChart
    const o = chart.getOption()
    const idx = o.yAxis[0].data.findIndex((c) => c.includes(l))
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [o.series[0].data[idx].value / 2, idx])
    const r = h.getBoundingClientRect()
    return { x: r.left + x, y: r.top + y }
  }, [host, label] as const)
  let last = await read()
  for (let i = 0; i < 20; i++) {
    await p.waitForTimeout(150)
    const next = await read()
    if (next.x === last.x && next.y === last.y) break
    last = next
  }
  return last
}

/** The static server of this file's run (its `url`, and every path `requests`ed). */
export function app(): StaticServer {
  return server
}

/**
 * Build if needed, serve dist/, launch Chromium; returns a page in a fresh 1366×768 zh-CN context.
 * `args`: extra Chromium switches (e.g. `--host-resolver-rules` to send a made-up host to a local server).
 */
export async function startApp(args: string[] = []): Promise<Page> {
  ensureBuilt()
  mkdirSync(SHOTS, { recursive: true })
  server = await serveStatic(DIST)
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', ...args],
  })
  return openPage(await newContext())
}

export async function stopApp(): Promise<void> {
  await browser?.close()
  await server?.close()
}

/**
 * The header bar fits its window: the whole title (no line cut), the nav after it, the summary and
 * buttons after the nav and inside the window, and no button or link squeezed below its text.
 */
export async function expectHeaderFits(p: Page, width: number, where: string): Promise<void> {
  const box = await p.evaluate(() => {
    const r = (sel: string) => document.querySelector(sel)!.getBoundingClientRect()
    const title = document.querySelector('.brand-title') as HTMLElement
    const links = [...document.querySelectorAll('.app-nav a')].map((a) => a.getBoundingClientRect())
    const squeezed = [...document.querySelectorAll('.app-header button, .app-header a, .header-right > *')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent)
    const right = [...document.querySelectorAll('.header-right > *')].map((e) => e.getBoundingClientRect())
    const overlapping = right.some((a, i) => right.slice(i + 1).some((b) => a.right > b.left + 0.5 && b.right > a.left + 0.5 && a.bottom > b.top && b.bottom > a.top))
    return { squeezed, overlapping, titleRight: r('.brand-title').right, cut: title.scrollHeight > title.clientHeight + 1 || title.scrollWidth > title.clientWidth + 1, navLeft: links[0].left, navRight: links[links.length - 1].right, rightLeft: r('.header-right').left, rightRight: r('.header-right').right }
  })
  expect(box.cut, where).toBe(false)
  expect(box.squeezed, where).toEqual([])
  expect(box.overlapping, where).toBe(false)
  expect(box.titleRight, where).toBeLessThanOrEqual(box.navLeft)
  expect(box.navRight, where).toBeLessThanOrEqual(box.rightLeft)
  expect(box.rightRight, where).toBeLessThanOrEqual(width)
}
