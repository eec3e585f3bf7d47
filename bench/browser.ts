/**
 * Headless Chromium (Debian's /usr/bin/chromium through playwright-core): cold starts,
 * selection changes and the Worker extraction path. Every measure is taken on the page's own
 * clock by the init script in ./instrument.ts.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core'
import { instrument, type Settled } from './instrument'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
// tsx/esbuild may wrap named functions in __name(); give the page a no-op one.
const INIT = `var __name = (f) => f;(${instrument.toString()})();`

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true })
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', serviceWorkers: 'block' })
  await ctx.addInitScript({ content: INIT })
  return ctx
}

export interface RequestRecord {
  url: string
  path: string
  /** ms since navigation start (page clock); -1 if unknown. */
  start: number
  end: number
  type: string
  status: number
}

/** Samples the main thread's used JS heap every `everyMs` through CDP. */
export class HeapSampler {
  peak = 0
  private timer: NodeJS.Timeout | undefined
  private cdp: CDPSession | undefined
  async start(page: Page, everyMs = 100): Promise<void> {
    this.cdp = await page.context().newCDPSession(page)
    const sample = async () => {
      try {
        const h = (await this.cdp!.send('Runtime.getHeapUsage')) as { usedSize: number }
        this.peak = Math.max(this.peak, h.usedSize)
      } catch {
        /* page closing */
      }
    }
    await sample()
    this.timer = setInterval(() => void sample(), everyMs)
  }
  async stop(): Promise<number> {
    clearInterval(this.timer)
    try {
      const h = (await this.cdp?.send('Runtime.getHeapUsage')) as { usedSize: number } | undefined
      if (h) this.peak = Math.max(this.peak, h.usedSize)
      await this.cdp?.detach()
    } catch {
      /* page closed */
    }
    return this.peak
  }
}

export interface ColdRun {
  ok: boolean
  reason?: string
  /** DuckDB started and tables loaded (ms from navigation start). */
  ready: number
  /** First frame of any chart / first `finished` of any chart. */
  firstRendered: number
  firstFinished: number
  /** DuckDB ready and every chart finished its last setOption. */
  interactive: number
  charts: number
  /** DuckDB-wasm round trips until interactive, by request type: count and summed ms. */
  duckdb: Record<string, { n: number; ms: number }>
  /**
   * When DuckDB had every table's rows in (the last Arrow insert answered, ms from navigation
   * start; settling waits for it): the app appends the observations' rows after it is
   * interactive (src/db/duckdb.ts), so at a million this is later than `interactive`.
   */
  rowsIn: number
  domContentLoaded: number
  peakHeap: number
  requests: RequestRecord[]
  foreign: string[]
  errors: string[]
}

interface RawRequest {
  url: string
  path: string
  /** Wall-clock ms (epoch) when the request started, and ms after that when the response ended. */
  epoch: number
  responseEnd: number
  type: string
  status: number
}

function track(page: Page, origin: string, requests: RawRequest[], foreign: string[]): void {
  page.on('requestfinished', (req) => {
    const u = new URL(req.url())
    if (u.protocol === 'data:' || u.protocol === 'blob:') return
    if (u.origin !== origin) {
      foreign.push(req.url())
      return
    }
    const t = req.timing()
    void req.response().then((res) =>
      requests.push({ url: req.url(), path: u.pathname, epoch: t.startTime, responseEnd: t.responseEnd, type: req.resourceType(), status: res?.status() ?? 0 }),
    )
  })
  page.on('requestfailed', (req) => {
    const u = new URL(req.url())
    if (u.origin !== origin && u.protocol.startsWith('http')) foreign.push(req.url())
  })
}

/** One cold start in a fresh browser (empty HTTP and code caches). */
export async function coldRun(url: string, opts: { quietMs?: number; timeoutMs?: number } = {}): Promise<ColdRun> {
  const browser = await launch()
  try {
    const ctx = await newContext(browser)
    const page = await ctx.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    const raw: RawRequest[] = []
    const foreign: string[] = []
    track(page, new URL(url).origin, raw, foreign)
    const heap = new HeapSampler()
    await heap.start(page)
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 })
    const timeOrigin = await page.evaluate(() => performance.timeOrigin)
    const s = (await page.evaluate(
      ([q, t]) => (window as unknown as { __bench: { settle(a: number, b: number, c: number, d: boolean): Promise<unknown> } }).__bench.settle(0, q, t, true),
      [opts.quietMs ?? 400, opts.timeoutMs ?? 120_000] as const,
    )) as Settled
    const duckdb = await page.evaluate(() => {
      const out: Record<string, { n: number; ms: number }> = {}
      for (const r of (window as unknown as { __bench: { state: { requests: { type: string; start: number; end: number }[] } } }).__bench.state.requests) {
        const o = (out[r.type] ??= { n: 0, ms: 0 })
        o.n++
        if (r.end >= 0) o.ms += r.end - r.start
      }
      return out
    })
    const rowsIn = await page.evaluate(() =>
      Math.max(-1, ...(window as unknown as { __bench: { state: { requests: { type: string; end: number }[] } } }).__bench.state.requests.filter((r) => r.type.startsWith('INSERT_ARROW')).map((r) => r.end)),
    )
    const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd)
    const peakHeap = await heap.stop()
    await page.waitForTimeout(50)
    const requests: RequestRecord[] = raw.map((q) => ({
      url: q.url,
      path: q.path,
      start: q.epoch - timeOrigin,
      end: q.responseEnd >= 0 ? q.epoch - timeOrigin + q.responseEnd : -1,
      type: q.type,
      status: q.status,
    }))
    return {
      ok: s.ok,
      reason: s.reason,
      ready: s.ready,
      firstRendered: s.firstRendered,
      firstFinished: s.firstFinished,
      interactive: Math.max(s.ready, s.allFinished),
      charts: s.updated,
      duckdb,
      rowsIn,
      domContentLoaded: dcl,
      peakHeap,
      requests: requests.sort((a, b) => a.start - b.start),
      foreign,
      errors,
    }
  } finally {
    await browser.close()
  }
}

export interface ChangeResult {
  ok: boolean
  kind: string
  /** Change → every updated chart's first frame after its last setOption. */
  firstFrame: number
  /** Change → every updated chart's `finished` after its last setOption. */
  finished: number
  updated: number
  /** setOption calls on all charts for this change (more than the number of charts = wasted renders). */
  setOptions: number
  /** DuckDB-wasm round trips for this change and their summed time. */
  duckdbRequests: number
  duckdbMs: number
}

type Bench = { __bench: { settle(a: number, b: number, c: number, d: boolean): Promise<Settled> } }

/** Change the app's selection through the URL (hash route query) and wait for every chart. */
export async function changeApp(page: Page, hash: string, kind: string, quietMs = 250): Promise<ChangeResult> {
  const s = await page.evaluate(
    ([h, q]) => {
      const t0 = performance.now()
      location.hash = h
      return (window as unknown as Bench).__bench.settle(t0, q, 30_000, false).then((r) => ({ ...r, t0 }))
    },
    [hash, quietMs] as const,
  )
  return { ok: s.ok, kind, firstFrame: s.allRendered - s.t0, finished: s.allFinished - s.t0, updated: s.updated, setOptions: s.setOptions, duckdbRequests: s.duckdbRequests, duckdbMs: s.duckdbMs }
}

/** The floor's interaction: a filtered GROUP BY and a repaint of its one chart. */
export async function changeFloor(page: Page, pattern: string, quietMs = 250): Promise<ChangeResult> {
  const s = await page.evaluate(
    ([p, q]) => {
      const t0 = performance.now()
      void (window as unknown as { __floor: { requery(p: string): Promise<void> } }).__floor.requery(p)
      return (window as unknown as Bench).__bench.settle(t0, q, 30_000, false).then((r) => ({ ...r, t0 }))
    },
    [pattern, quietMs] as const,
  )
  return { ok: s.ok, kind: 'query', firstFrame: s.allRendered - s.t0, finished: s.allFinished - s.t0, updated: s.updated, setOptions: s.setOptions, duckdbRequests: s.duckdbRequests, duckdbMs: s.duckdbMs }
}

export async function openSettled(browser: Browser, url: string): Promise<{ page: Page; heap: HeapSampler; cold: Settled; errors: string[] }> {
  const ctx = await newContext(browser)
  const page = await ctx.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  const heap = new HeapSampler()
  await heap.start(page, 200)
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180_000 })
  const cold = (await page.evaluate(() => (window as unknown as Bench).__bench.settle(0, 400, 900_000, true))) as Settled
  return { page, heap, cold, errors }
}
