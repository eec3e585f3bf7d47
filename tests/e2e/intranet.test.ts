/**
 * The app served over plain http:// from an intranet host name, as most government intranets do:
 * the page is not a secure context, so it and its Workers have no `crypto.subtle`. Importing a
 * report must still work there (its file and content hashes key corrections and duplicates), and
 * a second copy of the same text in another encoding is still recognised as a duplicate.
 * Screenshot: test-results/screenshots/intranet-import.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import iconv from 'iconv-lite'
import { app, blocked, consoleProblems, newContext, openPage, pageErrors, poll, shot, startApp, stopApp, waitReady } from './harness'

const HOST = 'rol-dashboard.intranet'
const AGENCY = '石桥镇人民政府'
const REPORT = `${AGENCY}2024年法治政府建设工作报告

2024年，${AGENCY}坚持依法行政，现将有关情况报告如下。
一、主要工作
全镇排查矛盾纠纷86件，成功化解84件，调解成功率达到97.7%。全年办理行政执法案件23件。
${AGENCY}
2025年1月20日
`

let page: Page

beforeAll(async () => {
  await startApp([`--host-resolver-rules=MAP ${HOST} 127.0.0.1`])
  const ctx = await newContext()
  // Registered after the harness's localhost-only rule, so it is asked first: this one host may pass too.
  await ctx.route(`http://${HOST}:*/**`, (route) => route.continue())
  page = await openPage(ctx)
})

afterAll(stopApp)

const result = (name: string) => page.locator('[data-testid="import-results"] li', { hasText: name })

describe('an http:// intranet address', () => {
  it('is not a secure context, and a report still imports, once', async () => {
    const port = new URL(app().url).port
    await page.goto(`http://${HOST}:${port}/#/reports`)
    await waitReady(page)
    expect(await page.evaluate(() => [window.isSecureContext, typeof globalThis.crypto?.subtle])).toEqual([false, 'undefined'])

    const utf8 = { name: 'shiqiao-2024.txt', mimeType: 'text/plain', buffer: Buffer.from(REPORT, 'utf8') }
    await page.locator('[data-testid="import-input"]').setInputFiles([utf8])
    await poll(() => result(utf8.name).getAttribute('data-ok')).toBe('true')
    expect(await result(utf8.name).textContent()).toContain(AGENCY)
    await poll(() => page.textContent('[data-testid="dataset-summary"]')).toMatch(/6 份报告/)
    await shot(page, 'intranet-import')

    // The same text saved as GBK: recognised by its content hash, not counted twice.
    const gbk = { name: 'shiqiao-2024-gbk.txt', mimeType: 'text/plain', buffer: iconv.encode(REPORT, 'gbk') }
    await page.locator('[data-testid="import-input"]').setInputFiles([gbk])
    await poll(() => result(gbk.name).textContent()).toMatch(/重复|相同/)
    expect(await page.textContent('[data-testid="dataset-summary"]')).toMatch(/6 份报告/)
  })

  it('no request left this machine and no page errors', () => {
    expect(blocked).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
