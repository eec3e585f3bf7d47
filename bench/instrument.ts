/**
 * Runs in the page before any of its scripts (Playwright init script). It records, on the
 * page's own clock (performance.now(), 0 = navigation start):
 *   - when `[data-dataset-status="ready"]` first appears (DuckDB started, tables loaded);
 *   - for every ECharts instance the page assigns to an element as `__rolChart` (the app's
 *     ChartPanel and the floor page both do): each setOption and each `rendered` / `finished`.
 *   - DuckDB-wasm requests in flight: every Worker's postMessage carrying a `messageId` until the
 *     reply with that `requestId` (progress and log messages aside), so a slow query is never
 *     mistaken for a finished repaint.
 * `window.__bench.settle(since, quietMs, timeoutMs)` waits until no query is in flight and the
 * charts are done with everything set since `since`, quiet for `quietMs`, and reports the
 * times. A setOption "with data" is one where some series has data points: the first chart
 * "on screen" is the first one drawn with data, not an empty frame — or, when the HTML itself
 * holds the charts (the build's prerendered first frame, SVG with marks), the first contentful paint. The function is serialised
 * with toString(), so it must not reference anything outside itself.
 */
export interface ChartTimes {
  /** setOption calls (the first entry is the moment the instance was registered). */
  set: number[]
  /** setOption calls with `notMerge` (every model and view built again). */
  fresh: number[]
  rendered: number[]
  finished: number[]
}

export interface Settled {
  ok: boolean
  reason?: string
  /** Charts that got a setOption after `since`. */
  updated: number
  /** Charts on the page (`.chart-host` elements). */
  hosts: number
  /** DuckDB ready (−1 if never). */
  ready: number
  /** setOption calls since `since` (all charts). */
  setOptions: number
  /** DuckDB-wasm requests since `since` and the sum of their round trips (ms). */
  duckdbRequests: number
  duckdbMs: number
  /** DuckDB requests still in flight. */
  inflight: number
  /** Earliest first frame / `finished` of a chart drawn with data (cold start). */
  firstRendered: number
  firstFinished: number
  /** Latest "first frame after the last setOption" / "finished after the last setOption" over updated charts. */
  allRendered: number
  allFinished: number
}

export function instrument(): void {
  interface Chart {
    on(ev: string, cb: () => void): void
    setOption: (...a: unknown[]) => unknown
  }
  interface Rec {
    set: number[]
    fresh: number[]
    /** setOption calls whose option had data points. */
    withData: number[]
    rendered: number[]
    finished: number[]
    /** The instance and the option last given to it (bench/drawLab.ts draws it again). */
    chart: Chart
    option: unknown
  }
  const w = window as unknown as Record<string, unknown>
  const charts: Rec[] = []
  const inflight = new Set<number>()
  /** DuckDB requests: type, posted, answered, and the SQL of a query or prepared statement (for bench/profile.ts). */
  interface DuckRequest {
    type: string
    start: number
    end: number
    sql?: string
  }
  const requests: DuckRequest[] = []
  const open = new Map<number, DuckRequest>()
  /** Prepared statement id → its SQL. */
  const statements = new Map<number, string>()
  /** Main-thread tasks over 50 ms (start, duration). */
  const longTasks: { start: number; duration: number }[] = []
  /** The last change to the page's DOM (a change that asks DuckDB nothing and redraws no chart ends with it). */
  const state = { ready: -1, charts, lastEvent: 0, lastPatch: -1, inflight, requests, longTasks }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    /* no long-task timing in this browser */
  }
  const now = () => performance.now()
  /** First contentful paint when the page's first content held the build's prerendered charts (SVG with marks), else −1. */
  let prerenderedPaint = -1
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint' && document.querySelectorAll('.chart-host > svg path').length > 0) prerenderedPaint = e.startTime
  }).observe({ type: 'paint', buffered: true })
  const hasData = (option: unknown): boolean => {
    const series = (option as { series?: unknown } | null)?.series
    const list = Array.isArray(series) ? series : series ? [series] : []
    return list.some((x) => Array.isArray((x as { data?: unknown }).data) && ((x as { data: unknown[] }).data.length > 0))
  }

  const NativeWorker = window.Worker
  const UNSOLICITED = new Set(['LOG', 'PROGRESS_UPDATE', 'INSTANTIATE_PROGRESS'])
  class TrackedWorker extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options)
      this.addEventListener('message', (ev: MessageEvent) => {
        const d = ev.data as { requestId?: number; type?: string; data?: unknown } | null
        if (d && typeof d.requestId === 'number' && !UNSOLICITED.has(String(d.type))) {
          inflight.delete(d.requestId)
          const r = open.get(d.requestId)
          if (r) {
            r.end = now()
            if (r.type === 'CREATE_PREPARED' && typeof d.data === 'number' && r.sql) statements.set(d.data, r.sql)
            open.delete(d.requestId)
          }
          state.lastEvent = now()
        }
      })
    }
    override postMessage(message: unknown, transfer?: unknown): void {
      const m = message as { messageId?: unknown; type?: unknown; data?: unknown } | null
      const id = m?.messageId
      if (typeof id === 'number') {
        inflight.add(id)
        const type = String(m!.type)
        const data = Array.isArray(m!.data) ? (m!.data as unknown[]) : []
        const sql = type === 'CREATE_PREPARED' || type === 'RUN_QUERY' ? String(data[1]) : type === 'RUN_PREPARED' ? statements.get(data[1] as number) : undefined
        const r: DuckRequest = { type, start: now(), end: -1, ...(sql ? { sql } : {}) }
        open.set(id, r)
        requests.push(r)
        state.lastEvent = r.start
      }
      super.postMessage(message, transfer as Transferable[])
    }
  }
  window.Worker = TrackedWorker

  Object.defineProperty(HTMLElement.prototype, '__rolChart', {
    configurable: true,
    get() {
      return undefined
    },
    set(this: HTMLElement, chart: Chart) {
      Object.defineProperty(this, '__rolChart', { value: chart, writable: true, configurable: true, enumerable: false })
      this.setAttribute('data-bench-chart', String(charts.length))
      const t = now()
      const rec: Rec = { set: [t], fresh: [t], withData: hasData((chart as unknown as { getOption(): unknown }).getOption()) ? [t] : [], rendered: [], finished: [], chart, option: undefined }
      charts.push(rec)
      state.lastEvent = now()
      const original = chart.setOption
      chart.setOption = function (this: unknown, ...args: unknown[]) {
        const at = now()
        rec.set.push(at)
        const how = args[1] as boolean | { notMerge?: boolean } | undefined
        if (how === true || (typeof how === 'object' && how?.notMerge)) rec.fresh.push(at)
        if (hasData(args[0])) rec.withData.push(at)
        rec.option = args[0]
        state.lastEvent = at
        return original.apply(this, args)
      }
      chart.on('rendered', () => rec.rendered.push(now()))
      chart.on('finished', () => {
        rec.finished.push(now())
        state.lastEvent = now()
      })
    },
  })

  const checkReady = () => {
    if (state.ready < 0 && document.querySelector('[data-dataset-status="ready"]')) {
      state.ready = now()
      state.lastEvent = state.ready
    }
  }
  new MutationObserver(checkReady).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-dataset-status'],
  })
  new MutationObserver(() => {
    state.lastPatch = now()
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true })

  const after = (xs: number[], t: number) => {
    for (const x of xs) if (x >= t) return x
    return -1
  }

  const snapshot = (since: number) => {
    const hosts = document.querySelectorAll('.chart-host')
    let registered = 0
    hosts.forEach((h) => {
      if (h.hasAttribute('data-bench-chart')) registered++
    })
    let updated = 0
    let pending = 0
    let allRendered = -1
    let allFinished = -1
    let firstRendered = Infinity
    let firstFinished = Infinity
    // The build's first frame (static SVG charts in index.html) is on screen at the first contentful paint.
    if (prerenderedPaint >= 0) {
      firstRendered = prerenderedPaint
      firstFinished = prerenderedPaint
    }
    for (const c of charts) {
      if (c.withData.length) {
        const r0 = after(c.rendered, c.withData[0])
        const f0 = after(c.finished, c.withData[0])
        if (r0 >= 0) firstRendered = Math.min(firstRendered, r0)
        if (f0 >= 0) firstFinished = Math.min(firstFinished, f0)
      }
      const last = c.set[c.set.length - 1]
      if (last < since) continue
      updated++
      const r = after(c.rendered, last)
      const f = after(c.finished, last)
      if (f < 0) pending++
      allRendered = Math.max(allRendered, r)
      allFinished = Math.max(allFinished, f)
    }
    let setOptions = 0
    for (const c of charts) for (const t of c.set) if (t >= since) setOptions++
    let duckdbMs = 0
    let duckdbRequests = 0
    let lastAnswer = -1
    for (const r of requests) {
      if (r.start < since) continue
      duckdbRequests++
      if (r.end >= 0) {
        duckdbMs += r.end - r.start
        lastAnswer = Math.max(lastAnswer, r.end)
      }
    }
    // A change whose answers leave every chart as it was redraws nothing: it is done when DuckDB has answered.
    if (updated === 0 && lastAnswer >= 0) {
      allRendered = lastAnswer
      allFinished = lastAnswer
    }
    // One that asks DuckDB nothing either (its answer kept, and only charts off screen changed, which
    // the Overview draws when they come on screen) is done when the page is patched.
    const patched = updated === 0 && duckdbRequests === 0 && state.lastPatch >= since ? state.lastPatch : -1
    if (patched >= 0) {
      allRendered = patched
      allFinished = patched
    }
    return {
      patched,
      setOptions,
      duckdbRequests,
      duckdbMs,
      hosts: hosts.length,
      registered,
      updated,
      pending,
      inflight: inflight.size,
      ready: state.ready,
      firstRendered: Number.isFinite(firstRendered) ? firstRendered : -1,
      firstFinished: Number.isFinite(firstFinished) ? firstFinished : -1,
      allRendered,
      allFinished,
    }
  }

  const settle = (since: number, quietMs: number, timeoutMs: number, needReady: boolean) =>
    new Promise((resolve) => {
      const start = now()
      const tick = () => {
        checkReady()
        const s = snapshot(since)
        const done =
          (!needReady || s.ready >= 0) &&
          (s.updated > 0 || (!needReady && (s.duckdbRequests > 0 || (s.patched >= 0 && now() - s.patched >= quietMs)))) &&
          s.pending === 0 &&
          s.inflight === 0 &&
          s.registered === s.hosts &&
          now() - state.lastEvent >= quietMs
        if (done) return resolve({ ok: true, ...s })
        if (now() - start > timeoutMs) return resolve({ ok: false, reason: `timeout after ${timeoutMs} ms`, ...s })
        setTimeout(tick, 16)
      }
      tick()
    })

  w.__bench = { state, settle, snapshot }
}
