/**
 * The SQL console's limits (src/db/console.ts): a deliberately slow query (a cross join of two
 * range()s, ~10^12 rows) runs on the console's own connection while the values table (main
 * connection) still answers; Cancel stops it, the console and the Overview answer at once; the
 * time limit stops it by itself (Playwright's clock jumps past it); leaving Explore cancels a
 * running query; a result wider than the memory cap shows only the rows that fit.
 * The result downloads as CSV (BOM, columns by position, quoting) and the query lives in the URL:
 * opening the link runs it again.
 * Screenshots: test-results/screenshots/console-running.png, console-running-1920.png, console-cancelled.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { chartsWithData, consoleProblems, goto, newContext, openPage, pageErrors, poll, seedObservationCount, shot, startApp, stopApp } from './harness'

const SLOW = 'SELECT sum(a.range * b.range) AS s FROM range(1000000) a, range(1000000) b'
let page: Page

beforeAll(async () => {
  page = await startApp()
})
afterAll(stopApp)

const input = (p: Page) => p.locator('[data-testid="sql-input"]')
async function run(p: Page, sql: string): Promise<void> {
  await input(p).fill(sql)
  await input(p).press('Control+Enter')
}
const cells = (p: Page, sel: string) => p.$$eval(`${sel} tbody tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')))

describe('SQL console limits', () => {
  it('a slow query runs on its own: the values table answers meanwhile; Cancel stops it and everything answers', async () => {
    await goto(page, '/explore?tab=sql')
    await input(page).waitFor()
    await run(page, SLOW)
    await page.locator('[data-testid="sql-cancel"]').waitFor()
    await poll(() => page.textContent('[data-testid="sql-elapsed"]')).toMatch(/已运行 [1-9]\d* 秒/)
    await shot(page, 'console-running', false)
    await page.setViewportSize({ width: 1920, height: 1080 })
    await shot(page, 'console-running-1920', false)
    await page.setViewportSize({ width: 1366, height: 768 })

    // The values table asks DuckDB on the main connection and is answered while the console query runs.
    await page.click('[data-tab="table"]')
    await poll(async () => (await cells(page, '[data-testid="explore-table"]')).length).toBe(seedObservationCount())
    await page.click('[data-tab="sql"]')
    expect(await page.locator('[data-testid="sql-cancel"]').isVisible()).toBe(true) // still running

    await page.click('[data-testid="sql-cancel"]')
    await poll(() => page.getAttribute('[data-testid="sql-error"]', 'data-kind')).toBe('stopped')
    expect(await page.textContent('[data-testid="sql-error"]')).toContain('查询已取消')
    expect(await page.locator('[data-testid="sql-cancel"]').count()).toBe(0)
    await shot(page, 'console-cancelled', false)

    await run(page, 'SELECT count(*) AS n FROM observations')
    await poll(async () => (await cells(page, '[data-testid="sql-table"]'))[0]?.[0]).toBe(String(seedObservationCount()))

    await goto(page, '/overview')
    const stats = await chartsWithData(page, 4)
    expect(stats.filter((s) => s.points > 0 && s.inked > 0)).toHaveLength(4)
  })

  it('leaving Explore cancels a running query; the console is free again when back', async () => {
    await goto(page, '/explore?tab=sql')
    await run(page, SLOW)
    await page.locator('[data-testid="sql-cancel"]').waitFor()
    await page.click('[data-view="overview"]')
    await chartsWithData(page, 4)
    await page.click('[data-view="explore"]')
    await page.click('[data-tab="sql"]')
    await run(page, 'SELECT 40 + 2 AS n')
    await poll(async () => (await cells(page, '[data-testid="sql-table"]'))[0]?.[0]).toBe('42')
  })

  it('a result larger than the memory cap shows only the rows that fit, and says so', async () => {
    await run(page, "SELECT i, repeat('x', 1000000) AS s FROM range(100) t(i) ORDER BY i")
    await poll(() => page.textContent('[data-testid="sql-summary"]')).toContain('结果超过 16 MB')
    // Each row is 1,000,000 x's plus its number and the struct's punctuation as text: 16 rows fit in 16 MiB.
    expect(await page.textContent('[data-testid="sql-summary"]')).toMatch(/^16 行/)
    const first = await cells(page, '[data-testid="sql-table"]')
    expect(first.map((r) => r[0])).toEqual(Array.from({ length: 16 }, (_, i) => String(i)))
    expect(first[0][1].length).toBeLessThan(1000) // cells are shortened for display
  })

  it('the time limit stops a query by itself', async () => {
    const ctx = await newContext()
    const p = await openPage(ctx)
    await p.clock.install()
    await goto(p, '/explore?tab=sql')
    await input(p).waitFor()
    await run(p, SLOW)
    await p.locator('[data-testid="sql-cancel"]').waitFor()
    await p.clock.fastForward('00:31')
    await poll(() => p.getAttribute('[data-testid="sql-error"]', 'data-kind')).toBe('stopped')
    expect(await p.textContent('[data-testid="sql-error"]')).toContain('运行超过 30 秒，已自动停止')
    await run(p, 'SELECT 42 AS n')
    await poll(async () => (await cells(p, '[data-testid="sql-table"]'))[0]?.[0]).toBe('42')
    await ctx.close()
  })

  it('keeps the query in the URL (a link reruns it) and downloads the result as CSV with a BOM', async () => {
    const sql = `SELECT 'a,"b"' AS x, 2 AS x UNION ALL SELECT '=1+1', 3 ORDER BY 2 DESC`
    await goto(page, '/explore?tab=sql')
    await run(page, sql)
    await poll(async () => (await cells(page, '[data-testid="sql-table"]')).length).toBe(2)
    await poll(() => new URL(page.url().replace('#/', '')).searchParams.get('q')).toBe(sql)
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="sql-csv"]')])
    expect(download.suggestedFilename()).toBe('SQL查询结果.csv')
    expect(readFileSync((await download.path())!, 'utf8')).toBe('\uFEFFx,x_1\r\n\'=1+1,3\r\n"a,""b""",2\r\n')

    // The link opens the console with the query and runs it.
    const link = page.url()
    const ctx = await newContext(1920, 1080)
    const p = await openPage(ctx)
    await p.goto(link)
    await poll(async () => (await cells(p, '[data-testid="sql-table"]')).map((r) => r[1])).toEqual(['3', '2'])
    expect(await input(p).inputValue()).toBe(sql)
    await shot(p, 'console-link-1920', false)
    await ctx.close()
  })

  it('no page errors or console warnings', () => {
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
