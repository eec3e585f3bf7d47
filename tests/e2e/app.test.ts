/**
 * The built app in headless Chromium, offline: every non-localhost request is blocked and fails the run.
 * Checks each view renders non-empty charts, the evidence flow from the 船营区 mediation bar,
 * URL round-trips, start-up error states, and saves a screenshot of each view to
 * test-results/screenshots/<view>.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { app, blocked, chartStats, DIST, chartsWithData, consoleProblems, expectHeaderFits, goto, newContext, openPage, overviewBar, pageErrors, poll, shot, startApp, stopApp, waitReady } from './harness'
import { catalogue } from '../extract/seeds'

let page: Page

beforeAll(async () => {
  page = await startApp()
})

afterAll(stopApp)

describe('dashboard in the browser (offline)', () => {
  it('starts DuckDB-wasm from local bundles and loads the tables', async () => {
    await goto(page, '/')
    const summary = await page.textContent('[data-testid="dataset-summary"]')
    expect(summary).toMatch(/5 份报告/)
    expect(app().requests.some((r) => r.endsWith('.wasm'))).toBe(true)
    // The chunk that starts DuckDB is preloaded by index.html (vite.config.ts), so it is fetched
    // while the HTML is parsed, before the entry has run and asked for the build-time answers.
    const html = readFileSync(join(DIST, 'index.html'), 'utf8')
    const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)"/g)].map((m) => m[1])
    const dbChunk = preloaded.find((f) => readFileSync(join(DIST, f), 'utf8').includes('duckdb-browser-eh.worker'))
    expect(dbChunk).toBeDefined()
    expect(app().requests.indexOf(dbChunk!)).toBeGreaterThanOrEqual(0)
    expect(app().requests.indexOf(dbChunk!)).toBeLessThan(app().requests.indexOf('/data/first-view.json'))
    // DuckDB's wasm goes out brotli-compressed too (vite.config.ts `precompressedWasm`): the
    // browser compiled it from that answer, and the copy is a fifth of the file.
    const wasm = app().requests.find((r) => r.endsWith('.wasm'))!
    const answer = await fetch(app().url + wasm, { headers: { 'accept-encoding': 'br' } })
    expect(answer.headers.get('content-encoding')).toBe('br')
    expect((await answer.arrayBuffer()).byteLength).toBe(statSync(join(DIST, wasm)).size)
    expect(statSync(join(DIST, `${wasm}.br`)).size).toBeLessThan(statSync(join(DIST, wasm)).size / 4)
    // The browser loads the Arrow copies (never the Parquet files, which are for people and tools)
    // and the derived rows built with them (src/queries/builtRows.ts), sent brotli-compressed and
    // decompressed by the browser itself.
    expect(app().requests.filter((r) => /\.(?:arrow|parquet)$/.test(r)).sort()).toEqual([
      '/data/built_counted_report_ids.arrow',
      '/data/built_counted_values.arrow',
      '/data/built_year_stats.arrow',
      '/data/indicators.arrow',
      '/data/observations.arrow',
      '/data/report_texts.arrow',
      '/data/reports.arrow',
    ])
    const sizes = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.name.endsWith('.arrow'))
        .map((e) => ({ encoded: e.encodedBodySize, decoded: e.decodedBodySize })),
    )
    expect(sizes).toHaveLength(7)
    for (const s of sizes) expect(s.encoded).toBeLessThan(s.decoded / 2)
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
    await p.goto(`${app().url}/#/`)
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

  it('asks DuckDB again when the served tables are not those the build-time answers came from', async () => {
    const ctx = await newContext()
    const real = await (await fetch(`${app().url}/data/first-view.json`)).json()
    const stale = JSON.parse(JSON.stringify(real).replaceAll('"value":90,', '"value":99,'))
    stale.tables.observations = '0:stale'
    await ctx.route('**/data/first-view.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(stale) }))
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    await ctx.route('**/*.wasm', async (route) => {
      await gate
      await route.continue()
    })
    const p = await openPage(ctx)
    await p.goto(`${app().url}/#/`)
    await p.waitForSelector('main[data-preview]')
    const card = p.locator('[data-family="approval"] .summary')
    await poll(() => card.textContent()).toContain('70% 至 99%')
    release()
    await waitReady(p)
    await poll(() => card.textContent()).toContain('70% 至 90%')
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

  it('Overview: a selection change redraws the charts in view at once and a chart below the fold when it comes into view or the page is printed', async () => {
    await goto(page, '/')
    await chartsWithData(page, 4)
    const picked = (family: string) =>
      page.evaluate((f) => {
        const h = document.querySelector(`[data-family="${f}"] .chart-host`) as HTMLElement & { __rolChart: { getOption(): { yAxis: { data: string[] }[] } } }
        return h.__rolChart.getOption().yAxis[0].data.filter((l) => l.startsWith('{f|')).length
      }, family)
    // At 1366×768 the second row of families is below the fold.
    expect(await page.evaluate(() => document.querySelector('[data-family="training"] .chart-host')!.getBoundingClientRect().top > innerHeight)).toBe(true)
    expect(await picked('training')).toBe(0)
    await page.evaluate(() => (location.hash = '#/?a=船营区人民政府'))
    await poll(() => picked('approval')).toBe(1)
    expect(await picked('enforcement')).toBe(1)
    // Every family lists all five reports, so the pick highlights a row of each; the one out of view still shows the last drawn.
    expect(await picked('training')).toBe(0)
    // Printing draws it (the browser fires beforeprint first).
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')))
    expect(await picked('training')).toBe(1)
    await page.evaluate(() => (location.hash = '#/?a=船营区人民政府,奉节县应急管理局'))
    await poll(() => picked('approval')).toBe(2)
    expect(await picked('training')).toBe(1)
    await page.locator('[data-family="training"] .chart-host').scrollIntoViewIfNeeded()
    await poll(() => picked('training')).toBe(2)
    await page.evaluate(() => scrollTo(0, 0))
  })

  /** Set the hash; what was sent to the worker and when the page was first patched, in order. */
  const change = (hash: string) =>
    page.evaluate(async (h) => {
      const log: string[] = []
      const post = Worker.prototype.postMessage
      Worker.prototype.postMessage = function (this: Worker, ...a: Parameters<Worker['postMessage']>) {
        log.push(`post ${(a[0] as { type?: string })?.type}`)
        return post.apply(this, a)
      } as Worker['postMessage']
      const patches = new MutationObserver(() => log.push('patched'))
      patches.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true, attributes: true })
      location.hash = h
      await new Promise((r) => setTimeout(r, 1500))
      Worker.prototype.postMessage = post
      patches.disconnect()
      return log
    }, hash)

  // The view asks in Vue's update and patches the page in the same turn: a question that waits
  // for nothing (its rows made, its statement prepared, nothing else on the connection) is sent to
  // DuckDB's worker before that patch, so the worker answers while the page is patched. A sector
  // filter's questions are asked of DuckDB (a year's are answered at build time), one text for any sector.
  it('a selection change sends its question to DuckDB before the page is patched', async () => {
    await goto(page, '/?y=2023')
    await chartsWithData(page, 4)
    await change('#/?s=应急管理&a=奉节县应急管理局') // makes every year's rows and prepares the questions of a sector
    for (const hash of ['#/?s=气象&a=江津区气象局', '#/?s=交通&a=奉节县应急管理局,江津区气象局', '#/?s=区县政府&a=江津区气象局,船营区人民政府']) {
      const order = await change(hash)
      const asked = order.findIndex((e) => /^post RUN_/.test(e))
      expect(asked, `${hash}: ${order.join(', ')}`).toBeGreaterThanOrEqual(0)
      expect(order.indexOf('patched'), `${hash}: ${order.join(', ')}`).toBeGreaterThan(asked)
    }
  })

  // A group of few reports is answered for every agency and headline at once: picking others redraws the charts from that answer.
  it('a change of picked agencies or headline in a small group asks DuckDB nothing and redraws the charts', async () => {
    await goto(page, '/?s=应急管理')
    await chartsWithData(page, 4)
    const approval = () =>
      page.evaluate(() => {
        const h = document.querySelector('[data-family="approval"] .chart-host') as HTMLElement & { __rolChart: { getOption(): { yAxis: { data: string[] }[] } } }
        return h.__rolChart.getOption().yAxis[0].data
      })
    expect((await approval()).filter((l) => l.startsWith('{f|'))).toEqual([])
    const picked = await change('#/?s=应急管理&a=奉节县应急管理局')
    expect(picked.filter((e) => e.startsWith('post ')), picked.join(', ')).toEqual([])
    await poll(async () => (await approval()).filter((l) => l.startsWith('{f|') && l.includes('奉节县'))).toHaveLength(1)
    const headline = await change('#/?s=应急管理&a=奉节县应急管理局&h=approval:approvals_handled')
    expect(headline.filter((e) => e.startsWith('post ')), headline.join(', ')).toEqual([])
    await poll(() => page.locator('[data-family="approval"] select').inputValue()).toBe('approvals_handled')
    expect((await approval()).filter((l) => l.startsWith('{f|') && l.includes('奉节县'))).toHaveLength(1)
  })

  it('clicking the 船营区 mediation bar opens the evidence panel with the source sentence', async () => {
    // From the whole of the bundled reports: the test before leaves a sector 船营区 is not in, and a chart below the fold takes a
    // selection change only when it comes into view, so its bars would be found before they move.
    await goto(page, '/')
    await chartsWithData(page, 4)
    const target = await overviewBar(page, 'mediation', '船营区')
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

  it('Compare: one chart per indicator, selection mirrored in the URL and restored after reload', async () => {
    await goto(page, '/compare')
    let stats = await chartsWithData(page, 4)
    expect(stats.length).toBe(4) // one per default indicator: % and 件 never share an axis
    for (const s of stats) expect(s.points).toBeGreaterThan(0)
    // pick mediation success + training participants, drop an agency
    await page.click('button[data-indicator="mediation_success_pct"]')
    await page.click('button[data-agency="湛江经济技术开发区应急管理局"]')
    await poll(() => page.url()).toContain('mediation_success_pct')
    await poll(async () => (await chartStats(page)).filter((s) => s.points > 0).length).toBe(5)
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
    // A hash change within the page: wait for Trends to replace Compare (which has as many charts).
    await poll(() => page.textContent('.view-head h1')).toBe('趋势')
    await page.waitForSelector('[data-chart-id^="trends-"]')
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
    await page.waitForSelector('[data-chart-id="coverage"]')
    const [s] = await chartsWithData(page)
    expect(s.points).toBe(5 * catalogue.indicators.length)
    expect(s.inked).toBeGreaterThan(500)
    await shot(page, 'coverage')
  })

  it('English UI and a 1920×1080 projector layout', async () => {
    const ctx = await newContext(1920, 1080)
    const p = await openPage(ctx)
    await p.goto(`${app().url}/#/`)
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
      await p.goto(`${app().url}/#/${view}`)
      await waitReady(p)
      // A hash change within the page: wait for the view's own chunk to replace the previous view.
      await poll(() => p.textContent('.view-head h1')).toBe(view[0].toUpperCase() + view.slice(1))
      await chartsWithData(p)
      for (const s of await chartStats(p)) expect(s.inked).toBeGreaterThan(50)
      await shot(p, `${view}-en`)
    }
    await ctx.close()
  })

  it('the header fits at 1280 and 1366 px in both languages: the whole title, nav and buttons apart, inside the window', async () => {
    for (const locale of ['zh', 'en']) {
      for (const width of [1280, 1366]) {
        const ctx = await newContext(width, 768)
        await ctx.addInitScript((l) => localStorage.setItem('rol-dashboard.locale', l), locale)
        const p = await openPage(ctx)
        await p.goto(`${app().url}/#/`)
        await waitReady(p)
        await expectHeaderFits(p, width, `${locale} ${width}`)
        if (locale === 'en' && width === 1366) await shot(p, 'header-en-1366', false)
        await ctx.close()
      }
    }
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

  it('a chart is laid out once on opening, and again only when its box changes size', async () => {
    const ctx = await newContext(1366, 768)
    // Each chart's resize() calls counted from the moment the page gives its instance.
    await ctx.addInitScript(() => {
      const counts: number[] = []
      ;(window as unknown as { __resizes: number[] }).__resizes = counts
      Object.defineProperty(HTMLElement.prototype, '__rolChart', {
        configurable: true,
        set(this: HTMLElement, chart: { resize: (...a: unknown[]) => unknown }) {
          Object.defineProperty(this, '__rolChart', { value: chart, writable: true, configurable: true })
          const k = counts.push(0) - 1
          const resize = chart.resize
          chart.resize = function (this: unknown, ...a: unknown[]) {
            counts[k]++
            return resize.apply(this, a)
          }
        },
      })
    })
    const p = await openPage(ctx)
    await goto(p, '/')
    await p.waitForSelector('.chart-host canvas')
    await p.waitForTimeout(500)
    const resizes = () => p.evaluate(() => [...(window as unknown as { __resizes: number[] }).__resizes])
    const opened = await resizes()
    expect(opened.length).toBeGreaterThanOrEqual(4)
    expect(opened.every((n) => n === 0)).toBe(true)
    await p.setViewportSize({ width: 1920, height: 1080 })
    await poll(async () => (await resizes())[0]).toBeGreaterThan(0)
    await ctx.close()
  })

  it('shows clear errors for a missing or corrupt table', async () => {
    for (const [kind, fulfil] of [
      ['missing-file', { status: 404, body: 'not found' }],
      ['corrupt-file', { status: 200, body: Buffer.from('PAR1 this is not an Arrow stream PAR1'), contentType: 'application/octet-stream' }],
      // The right first bytes, then garbage: DuckDB itself refuses it.
      ['corrupt-file', { status: 200, body: Buffer.concat([Buffer.from([0xff, 0xff, 0xff, 0xff, 0x10, 0, 0, 0]), Buffer.alloc(64, 7)]), contentType: 'application/octet-stream' }],
    ] as const) {
      const ctx = await newContext()
      await ctx.route('**/data/observations.arrow', (r) => r.fulfill(fulfil))
      const p = await openPage(ctx)
      await p.goto(`${app().url}/#/`)
      const err = p.locator('[data-testid="dataset-error"]')
      await err.waitFor({ timeout: 90_000 })
      expect(await err.getAttribute('data-error-kind')).toBe(kind)
      expect(await err.textContent()).toContain('observations.arrow')
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
    await p.goto(`${app().url}/#/`)
    const err = p.locator('[data-testid="dataset-error"]')
    await err.waitFor({ timeout: 60_000 })
    expect(await err.getAttribute('data-error-kind')).toBe('no-wasm')
    expect(await err.textContent()).toContain('WebAssembly')
    await ctx.close()
  })

  it('says the web server is at fault, within seconds, when it serves the wasm as another type or not at all', async () => {
    // DuckDB's worker compiles the wasm as it arrives, which needs application/wasm, and waits for ever when it cannot
    // (older nginx mime.types, IIS without a MIME map): the page asks the server once the start is slow (src/db/wasmServed.ts).
    for (const served of ['application/octet-stream', 404] as const) {
      const ctx = await newContext()
      await ctx.route('**/*.wasm', async (route) => {
        if (served === 404) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
        const real = await route.fetch()
        await route.fulfill({ status: 200, headers: { ...real.headers(), 'content-type': served }, body: await real.body() })
      })
      // Not openPage: the browser logs the failed compile or request to the console.
      const p = await ctx.newPage()
      await p.goto(`${app().url}/#/`)
      const err = p.locator('[data-testid="dataset-error"]')
      await err.waitFor({ timeout: 60_000 })
      expect(await err.getAttribute('data-error-kind')).toBe('wasm-served')
      expect(await err.textContent()).toContain('application/wasm')
      expect(await err.textContent()).toMatch(/\/assets\/duckdb-eh-[\w-]+\.wasm/)
      await ctx.close()
    }
  })

  it('no request left localhost and no page errors or console warnings', () => {
    expect(blocked).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
