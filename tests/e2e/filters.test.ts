/**
 * Sector, region and year-range filters at city scale (the synthetic city300: 300 agencies × 8
 * years, and city35), in headless Chromium: a picker with search and "only this" narrows every
 * chart to one sector (Compare's report count equals the picker's count, one SQL answer against
 * one in-memory count); the filters live in the URL and survive a reload; filters that exclude
 * each other say so and offer the filter to clear; "clear all" brings the whole group back.
 * Screenshots: test-results/screenshots/filters-{city35,city300,seed}-{1366,1920}.png, filters-empty.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { synth } from '../../scripts/synth'
import { app, blocked, consoleProblems, DIST, pageErrors, poll, shot, startApp, stopApp, waitReady } from './harness'

let page: Page
beforeAll(async () => {
  page = await startApp()
  for (const preset of ['city35', 'city300']) await synth({ preset, agencies: 0, years: 0, lastYear: 2024, seed: 1, out: join(DIST, `data-${preset}`) })
})
afterAll(stopApp)

async function open(p: Page, data: string | null, hash: string): Promise<void> {
  await p.goto(`${app().url}/${data ? `?data=${data}` : ''}#/${hash}`)
  await waitReady(p)
}
const subtitles = (p: Page) => p.$$eval('[data-chart-id^="compare-"] .chart-subtitle', (els) => els.map((e) => e.textContent ?? ''))
/** The query of the hash route (the page's own ?data= comes before the hash). */
const query = (p: Page) => new URLSearchParams(new URL(p.url()).hash.split('?')[1] ?? '')

describe('sector, region and year filters at city scale', () => {
  it('"only this" narrows every chart to one sector; the count matches the picker; the URL keeps it', async () => {
    await open(page, 'data-city300', 'compare')
    await page.waitForSelector('[data-chart-id^="compare-"] .chart-subtitle')
    const all = Number(/\/(\d+)/.exec((await subtitles(page))[0])![1])
    await page.click('[data-testid="sector-filter-button"]')
    await page.fill('[data-testid="sector-filter-search"]', '应急')
    const option = page.locator('[data-testid="sector-filter"] li[data-value]').first()
    const sector = (await option.getAttribute('data-value'))!
    const count = Number(await option.locator('small').textContent())
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThan(all)
    await shot(page, 'filters-city300-1366', false)
    await option.hover()
    await option.locator('[data-testid="sector-filter-only"]').click()
    await poll(() => query(page).get('s')).toBe(sector)
    await poll(async () => (await subtitles(page)).map((s) => Number(/\/(\d+)/.exec(s)![1]))).toEqual((await subtitles(page)).map(() => count))
    expect(await page.textContent('[data-testid="sector-filter-button"]')).toContain(sector)

    // A year range, then a reload: the same filters.
    await page.selectOption('[data-testid="year-from"]', '2022')
    await poll(() => query(page).get('y')).toBe('2022-2024')
    await page.reload()
    await waitReady(page)
    await page.waitForSelector('[data-chart-id^="compare-"] .chart-subtitle')
    expect(await page.textContent('[data-testid="sector-filter-button"]')).toContain(sector)
    expect(await page.inputValue('[data-testid="year-from"]')).toBe('2022')
    await page.setViewportSize({ width: 1920, height: 1080 })
    await shot(page, 'filters-city300-1920', false)
    await page.setViewportSize({ width: 1366, height: 768 })
  })

  it('filters that exclude each other say why and how to widen; "clear all" brings everything back', async () => {
    // One sector of one district's departments and a region where that sector has no report.
    await open(page, 'data-city300', 'rankings?s=乡镇政府&r=合成省合成市')
    const empty = page.locator('[data-testid="empty-selection"]')
    await empty.waitFor()
    expect(await empty.textContent()).toContain('当前筛选下没有报告：领域「乡镇政府」、地区「合成省合成市」')
    await shot(page, 'filters-empty', false)
    const widen = empty.locator('button[data-testid^="widen-"]').first()
    expect(await widen.textContent()).toMatch(/清除(领域|地区)筛选（可见 \d+ 份报告）/)
    await widen.click()
    await empty.waitFor({ state: 'detached' })
    await page.click('[data-testid="clear-filters"]')
    await poll(() => [query(page).get('s'), query(page).get('r')]).toEqual([null, null])
  })

  it('at city35 and with the five bundled reports the filter bar stays one row and readable', async () => {
    await open(page, 'data-city35', 'compare?r=合成省合成市')
    await page.waitForSelector('[data-chart-id^="compare-"] .chart-subtitle')
    await page.click('[data-testid="region-filter-button"]')
    await shot(page, 'filters-city35-1366', false)
    await page.setViewportSize({ width: 1920, height: 1080 })
    await shot(page, 'filters-city35-1920', false)
    await page.setViewportSize({ width: 1366, height: 768 })
    await open(page, null, 'compare')
    await page.waitForSelector('[data-chart-id^="compare-"] .chart-subtitle')
    await page.click('[data-testid="sector-filter-button"]')
    expect(await page.locator('[data-testid="sector-filter"] li[data-value]').count()).toBeGreaterThan(1)
    await shot(page, 'filters-seed-1366', false)
    await page.setViewportSize({ width: 1920, height: 1080 })
    await shot(page, 'filters-seed-1920', false)
    await page.setViewportSize({ width: 1366, height: 768 })
  })

  it('no request left localhost and no page errors or console warnings', () => {
    expect(blocked).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
