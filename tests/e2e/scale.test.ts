/**
 * The app on a dataset with many agencies (synthetic tables, served beside the bundled ones and
 * opened with ?data=): the Overview draws each chart's best and worst reports and the spread
 * from SQL, the agency filter becomes a search picker instead of one chip per agency, and a
 * picked agency is highlighted in the charts and kept in the URL like the chips do. The report
 * list, too big for the build-time answers, is read from the served reports.arrow while the
 * wasm compiles (src/db/reportList.ts): DuckDB is never asked for it at start-up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { synth } from '../../scripts/synth'
import { listReports } from '../../src/queries'
import { app, blocked, chartsWithData, consoleProblems, DIST, newContext, openPage, pageErrors, poll, shot, startApp, stopApp, waitReady } from './harness'

const AGENCIES = 1000
let page: Page
/** The synthetic tables' row counts. */
let rows: { reports: number; observations: number }

beforeAll(async () => {
  page = await startApp()
  // The SQL of every message to DuckDB's worker.
  await page.context().addInitScript(() => {
    const sent: string[] = ((window as unknown as { __sqlSent: string[] }).__sqlSent = [])
    const post = Worker.prototype.postMessage as (this: Worker, message: unknown, transfer: Transferable[]) => void
    Worker.prototype.postMessage = function (this: Worker, message: { data?: unknown }, transfer: Transferable[]) {
      const data = message?.data
      for (const x of Array.isArray(data) ? data : [data]) if (typeof x === 'string') sent.push(x)
      post.call(this, message, transfer)
    } as typeof Worker.prototype.postMessage
  })
  rows = await synth({ agencies: AGENCIES, years: 2, lastYear: 2024, seed: 7, out: join(DIST, 'data-e2e-scale') })
})

afterAll(stopApp)

/** Bars (with a value or a not-reported marker) of the first Overview chart. */
async function firstChartCategories(p: Page): Promise<string[]> {
  return p.$eval('.chart-host', (h) => (h as HTMLElement & { __rolChart: { getOption(): { yAxis: { data: string[] }[] } } }).__rolChart.getOption().yAxis[0].data)
}

describe('many agencies', () => {
  it('offers a search picker instead of a chip per agency, and picking one highlights it in the charts', async () => {
    await page.goto(`${app().url}/?data=data-e2e-scale#/`)
    await waitReady(page)
    await chartsWithData(page, 4)
    expect(await page.locator('.selection-bar .chip').count()).toBeLessThan(10) // years + "all", not 120 agencies
    expect(await page.textContent('.selection-bar')).toContain(`全部 ${AGENCIES} 个单位`)
    // The tables' Arrow copies and the derived rows built with them, sent brotli-compressed: DuckDB ingests them as they are, nothing is decoded by the app.
    expect(app().requests.filter((r) => r.startsWith('/data-e2e-scale/') && /\.(?:arrow|parquet)$/.test(r)).sort()).toEqual(
      ['built_counted_report_ids', 'built_counted_values', 'built_year_stats', 'indicators', 'observations', 'report_texts', 'reports'].map((t) => `/data-e2e-scale/${t}.arrow`),
    )
    const observations = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.includes('/data-e2e-scale/observations.arrow'))!)
    expect(observations.encodedBodySize).toBeLessThan(observations.decodedBodySize / 4)
    // 2,000 reports: each chart draws the best and worst five and what it left out, summaries come from SQL aggregates.
    const cats = await firstChartCategories(page)
    expect(cats.filter(Boolean)).toHaveLength(10)
    expect(cats.length).toBeLessThanOrEqual(13)
    expect(await page.textContent('[data-family="approval"] .summary')).toContain(`/${AGENCIES * 2} 份报告`)
    await shot(page, 'overview-many-reports', false)

    await page.fill('[data-testid="agency-search"]', `机构${String(7).padStart(String(AGENCIES).length, '0')}`)
    const option = page.locator('.matches button')
    await poll(() => option.count()).toBe(1)
    const agency = (await option.first().getAttribute('data-agency'))!
    await option.first().click()
    await poll(() => decodeURIComponent(page.url())).toContain(agency)
    await poll(() => firstChartCategories(page).then((c) => c.filter((x) => x.startsWith('{f|')).every((x) => x.includes(agency)) && c.some((x) => x.startsWith('{f|')))).toBe(true)
    await shot(page, 'overview-many-agencies', false)

    // Removing the only picked agency selects all again.
    await page.click(`.selection-bar button.chip[data-agency="${agency}"]`)
    await poll(() => page.textContent('.selection-bar')).toContain(`全部 ${AGENCIES} 个单位`)
  })

  it('lists every report by agency and year without asking DuckDB for the list', async () => {
    await page.goto(`${app().url}/?data=data-e2e-scale#/`)
    await waitReady(page)
    await chartsWithData(page, 4)
    const sent = await page.evaluate(() => (window as unknown as { __sqlSent: string[] }).__sqlSent)
    expect(sent.some((s) => s.includes('FROM reports'))).toBe(true) // the recording sees the questions
    expect(sent.filter((s) => s.includes(listReports().sql))).toEqual([])
    await page.evaluate(() => (location.hash = '#/reports'))
    const items = page.locator('.report-list .rl-items button')
    await poll(() => items.count()).toBe(AGENCIES * 2)
    const listed = await items.evaluateAll((bs) => bs.map((b) => [b.querySelector('.rl-agency')!.getAttribute('title'), b.querySelector('.rl-year')!.textContent!.trim()].join(' ')))
    expect(listed.slice(0, 3)).toEqual(['合成机构0001人民政府 2023', '合成机构0001人民政府 2024', '合成机构0002应急管理局 2023'])
    expect(listed).toEqual([...listed].sort())
  })

  it('a link straight to the SQL console, asked at once on opening, counts every observation and report text (the observations are put in on first need)', async () => {
    const q = `SELECT (SELECT CAST(count(*) AS VARCHAR) FROM observations) AS o, (SELECT CAST(count(*) AS VARCHAR) FROM report_texts) AS t`
    const ctx = await newContext()
    const p = await openPage(ctx)
    await p.goto(`${app().url}/?data=data-e2e-scale#/explore?tab=sql&q=${encodeURIComponent(q)}`)
    await waitReady(p)
    const cells = () => p.$$eval('[data-testid="sql-table"] tbody td', (tds) => tds.map((td) => td.textContent?.trim() ?? ''))
    await poll(cells).toEqual([String(rows.observations), String(rows.reports)])
    await ctx.close()
  })

  it('no request left localhost and no page errors', () => {
    expect(blocked).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
