/**
 * One report per agency and year, in the browser (offline, headless Chromium): a GBK copy of a
 * bundled UTF-8 report is recognised by its text ("已导入过相同内容的报告") and waits for a decision;
 * 保留两份 keeps it marked (重复·不计入) and no chart counts the agency twice; 替换原报告 replaces
 * the bundled report with the imported one, also after a reload.
 * Screenshots: test-results/screenshots/duplicate-ask.png, duplicate-kept.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import iconv from 'iconv-lite'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, blocked, consoleProblems, goto, pageErrors, poll, shot, startApp, stopApp, waitReady } from './harness'

const bundled = (name: string) => readFileSync(join(ROOT, 'data/reports', name), 'utf8')
/** GBK bytes of a bundled report, its lines wrapped CRLF (other bytes, same text). */
const gbkCopy = (name: string, file: string) => ({ name: file, mimeType: 'text/plain', buffer: iconv.encode(bundled(name).replace(/\n/g, '\r\n'), 'gbk') })

let page: Page
beforeAll(async () => {
  page = await startApp()
})
afterAll(stopApp)

const result = (name: string) => page.locator('[data-testid="import-results"] li', { hasText: name })

/** Category labels of each Overview family chart. */
function overviewCategories(p: Page): Promise<string[][]> {
  return p.$$eval('[data-family] .chart-host', (hosts) =>
    hosts.map((h) => (h as HTMLElement & { __rolChart?: { getOption(): { yAxis?: { data: string[] }[] } | null } }).__rolChart?.getOption()?.yAxis?.[0]?.data ?? []),
  )
}

describe('a duplicate report imported in the browser', () => {
  it('a GBK copy of a bundled report is recognised by its text; keeping both never counts it twice', async () => {
    await goto(page, '/')
    await page.waitForSelector('[data-family] .chart-host canvas')
    await poll(async () => (await overviewCategories(page)).every((cats) => cats.filter((c) => c.includes('綦江')).length === 1)).toBe(true)
    const before = await overviewCategories(page)

    await goto(page, '/reports')
    const file = gbkCopy('qijiang-transport-2023.txt', '綦江交通2023-GBK副本.txt')
    await page.locator('[data-testid="import-input"]').setInputFiles([file])
    const row = result(file.name)
    await poll(() => row.getAttribute('data-code')).toBe('same_content')
    expect(await row.textContent()).toContain('已导入过相同内容的报告')
    await shot(page, 'duplicate-ask', false)

    await row.locator('[data-testid="import-keep-both"]').click()
    await poll(() => row.getAttribute('data-ok')).toBe('true')
    expect(await row.textContent()).toContain('已标记为重复报告')
    // Both are listed, the copy marked; the header still counts 5 reports.
    await poll(() => page.locator('.report-list button', { hasText: '綦江' }).count()).toBe(2)
    expect(await page.locator('.report-list [data-testid="duplicate-badge"]').count()).toBe(1)
    expect(await page.textContent('[data-testid="dataset-summary"]')).toMatch(/5 份报告/)
    await shot(page, 'duplicate-kept', false)

    // Every Overview chart draws the same reports as before: the agency once.
    await page.click('a[data-view="overview"]')
    await page.waitForSelector('[data-family] .chart-host canvas')
    await poll(() => overviewCategories(page)).toEqual(before)
    // Rankings: the agency ranked once.
    await page.click('a[data-view="rankings"]')
    await page.waitForSelector('[data-chart-id="rankings"] .chart-host canvas')
    const ranked = () => page.$$eval('[data-chart-id="rankings"] .chart-host', (hosts) =>
      hosts.flatMap((h) => (h as HTMLElement & { __rolChart?: { getOption(): { yAxis?: { data: string[] }[] } | null } }).__rolChart?.getOption()?.yAxis?.[0]?.data ?? []))
    await poll(async () => (await ranked()).length).toBeGreaterThan(0)
    expect((await ranked()).filter((c) => c.includes('綦江')).length).toBe(1)
  })

  it('replacing a bundled report takes it out of every table; a reload replaces it again', async () => {
    await goto(page, '/reports')
    const file = gbkCopy('jiangjin-meteorology-2023.txt', '江津气象2023-GBK.txt')
    await page.locator('[data-testid="import-input"]').setInputFiles([file])
    const row = result(file.name)
    await poll(() => row.getAttribute('data-code')).toBe('same_content')
    await row.locator('[data-testid="import-replace"]').click()
    await poll(() => row.getAttribute('data-ok')).toBe('true')
    expect(await row.textContent()).toContain('已替换原报告')
    const listed = page.locator('.report-list button', { hasText: '江津' })
    await poll(() => listed.first().textContent()).toContain('导入')
    expect(await listed.count()).toBe(1)
    expect(await page.textContent('[data-testid="dataset-summary"]')).toMatch(/5 份报告/)

    await page.reload()
    await waitReady(page)
    await goto(page, '/reports')
    await page.locator('[data-testid="imported-list"] li', { hasText: '江津' }).waitFor()
    await poll(() => listed.first().textContent()).toContain('导入')
    expect(await listed.count()).toBe(1)
    await poll(() => page.locator('.report-list button', { hasText: '綦江' }).count()).toBe(2)
    expect(await page.textContent('[data-testid="dataset-summary"]')).toMatch(/5 份报告/)
  })

  it('no request left localhost and no page errors or console warnings', () => {
    expect(blocked).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
