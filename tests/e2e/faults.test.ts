/**
 * Faults lose nothing (issues 13 and 16), in headless Chromium with the faults faked by an init
 * script chosen by the page's `?fault=` query (the app itself routes on the hash):
 *  - a huge hostile file runs out of its time budget (Playwright's clock jumps past it): it gets a
 *    clear message, the Worker is replaced and the next file of the batch imports; Cancel stops the
 *    file being extracted and the waiting ones;
 *  - a reload during an import: the next load names the files not imported and lets them be picked
 *    again; the file finished before the reload is restored;
 *  - storage full (`put` throws QuotaExceededError), IndexedDB missing, `delete` failing: each has
 *    its message, the reports stored before stay intact, the list shows what is stored;
 *  - removing asks first and takes every row of the report out of the tables and the storage.
 * Screenshots: faults-budget.png, faults-running(-1920).png, faults-interrupted(-1920).png, faults-quota.png,
 * faults-delete.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { app, blocked, consoleProblems, goto, pageErrors, poll, shot, startApp, stopApp, waitReady } from './harness'

/** The faults, installed before the app's code runs, chosen by `?fault=` (absent: none). */
const FAULTS = `(() => {
  const fault = new URLSearchParams(location.search).get('fault')
  if (fault === 'noidb') Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
  if (fault === 'quota') IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError') }
  if (fault === 'delete') IDBObjectStore.prototype.delete = function () { throw new DOMException('simulated disk error', 'UnknownError') }
})()`

function report(agency: string, cases: number): string {
  return `${agency}2024年法治政府建设情况报告
2024年，${agency}深入推进依法行政。
一、主要举措和成效
全年办理行政复议案件${cases}件，行政诉讼案件2件。组织执法人员培训12场次，参训人员共计360人次。
${agency}
2025年1月15日
`
}
const txt = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') })
const good = (n: number) => txt(`good-${n}.txt`, report(`第${'一二三四五六七八'[n]}测试县司法局`, n + 3))
/** ~19 MB on one line: figures with no sentence break (just under the 20 MB import limit). */
const hostile = txt('hostile-figures.txt', `2024年法治政府建设情况报告\n${'全年办理行政执法案件123件、行政处罚案件45件、行政复议6件、诉讼7件、培训8场次、'.repeat(180_000)}`)
const HOSTILE_BUDGET_S = 30 + Math.ceil((3000 * hostile.buffer.length) / (1024 * 1024)) / 1000

let page: Page
beforeAll(async () => {
  page = await startApp()
  await page.context().addInitScript(FAULTS)
  await page.clock.install()
})
afterAll(stopApp)

const result = (name: string) => page.locator('[data-testid="import-results"] li', { hasText: name })
const listed = (agency: string) => page.locator('[data-testid="imported-list"] li', { hasText: agency })
async function open(fault: string | null): Promise<void> {
  await page.goto(`${app().url}/${fault ? `?fault=${fault}` : ''}#/reports`)
  await waitReady(page)
}

describe('the import Worker has a time budget and can be cancelled', () => {
  it('a huge hostile file stops at its budget with a clear message; the next file of the batch imports', async () => {
    expect(hostile.buffer.length / 1024 / 1024).toBeGreaterThan(19)
    expect(hostile.buffer.length / 1024 / 1024).toBeLessThan(20) // the import limit
    await open(null)
    await page.setInputFiles('[data-testid="import-input"]', [hostile, good(0)])
    await result(hostile.name).and(page.locator('[data-state="working"]')).waitFor()
    await page.locator('[data-testid="import-cancel"]').waitFor()
    // Jump past the budget until it has fired (its timer starts once the file's bytes are read).
    await poll(async () => {
      await page.clock.fastForward(`0${Math.floor(HOSTILE_BUDGET_S / 60) + 1}:00`)
      return result(hostile.name).getAttribute('data-code')
    }).toBe('timeout')
    expect(await result(hostile.name).textContent()).toContain(`处理超过 ${Math.round(HOSTILE_BUDGET_S)} 秒，已停止，没有导入`)
    await poll(() => result('good-0.txt').getAttribute('data-ok')).toBe('true')
    expect(await result('good-0.txt').textContent()).toContain('第一测试县司法局 · 2024 年')
    await shot(page, 'faults-budget', false)
  })

  it('Cancel stops the file being extracted and the ones waiting; a fresh Worker imports the next time', async () => {
    await page.click('text=清除结果')
    await page.setInputFiles('[data-testid="import-input"]', [hostile, good(1)])
    await result(hostile.name).and(page.locator('[data-state="working"]')).waitFor()
    await shot(page, 'faults-running', false)
    await page.setViewportSize({ width: 1920, height: 1080 })
    await shot(page, 'faults-running-1920', false)
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.click('[data-testid="import-cancel"]')
    await poll(() => result(hostile.name).getAttribute('data-code')).toBe('cancelled')
    expect(await result('good-1.txt').getAttribute('data-code')).toBe('cancelled')
    expect(await result('good-1.txt').textContent()).toContain('已取消，没有导入')
    expect(await page.locator('[data-testid="import-cancel"]').count()).toBe(0)
    await page.setInputFiles('[data-testid="import-input"]', [good(1)])
    await poll(() => result('good-1.txt').first().getAttribute('data-ok')).toBe('true')
  })
})

describe('a reload during an import', () => {
  it('the next load names the files not imported and offers to pick them again; the finished one is kept', async () => {
    await page.click('text=清除结果')
    await page.setInputFiles('[data-testid="import-input"]', [good(2), hostile, good(3)])
    await poll(() => result('good-2.txt').getAttribute('data-ok')).toBe('true')
    await result(hostile.name).and(page.locator('[data-state="working"]')).waitFor()
    await page.reload()
    await waitReady(page)
    const notice = page.locator('[data-testid="import-interrupted"]')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('上次导入在完成前被中断（页面被刷新或关闭），以下 2 个文件没有导入')
    expect(await notice.locator('li').allTextContents()).toEqual([expect.stringContaining(hostile.name), expect.stringContaining('good-3.txt')])
    await poll(() => listed('第三测试县司法局').getAttribute('data-origin')).toBe('stored')
    await shot(page, 'faults-interrupted', false)
    await page.setViewportSize({ width: 1920, height: 1080 })
    await shot(page, 'faults-interrupted-1920', false)
    await page.setViewportSize({ width: 1366, height: 768 })
    const chooser = page.waitForEvent('filechooser')
    await page.click('[data-testid="import-pick-again"]')
    await (await chooser).setFiles([good(3)])
    await poll(() => result('good-3.txt').getAttribute('data-ok')).toBe('true')
    expect(await notice.locator('li').allTextContents()).toEqual([expect.stringContaining(hostile.name)])
    await notice.locator('text=不再提示').click()
    await notice.waitFor({ state: 'detached' })
    await page.reload()
    await waitReady(page)
    await listed('第四测试县司法局').waitFor()
    expect(await notice.count()).toBe(0)
  })
})

describe('storage faults keep what was stored', () => {
  const STORED = ['第一测试县司法局', '第二测试县司法局', '第三测试县司法局', '第四测试县司法局'].sort()
  const storedNow = async () => (await page.locator('[data-testid="imported-list"] li[data-origin="stored"] .imp-name').allTextContents()).map((t) => t.split(' · ')[0]).sort()

  it('full quota: the new report works for this session, says it was not stored; the stored ones stay', async () => {
    await open('quota')
    await poll(storedNow).toEqual(STORED)
    await page.setInputFiles('[data-testid="import-input"]', [good(5)])
    await poll(() => result('good-5.txt').getAttribute('data-ok')).toBe('true')
    expect(await result('good-5.txt').textContent()).toContain('浏览器的存储空间已满，这份报告没有保存')
    expect(await listed('第六测试县司法局').textContent()).toContain('未能保存')
    await shot(page, 'faults-quota', false)
    await page.reload()
    await waitReady(page)
    await poll(storedNow).toEqual(STORED)
    expect(await listed('第六测试县司法局').count()).toBe(0)
  })

  it('IndexedDB unavailable: a clear message, imports work for the session; the stored reports come back with it', async () => {
    await open('noidb')
    const msg = page.locator('[data-testid="storage-unavailable"]')
    await msg.waitFor()
    expect(await msg.textContent()).toContain('此浏览器现在无法读取或保存导入的报告（IndexedDB is not available in this browser）')
    expect(await msg.textContent()).toContain('以前保存的报告不会因此丢失')
    await page.setInputFiles('[data-testid="import-input"]', [good(6)])
    await poll(() => result('good-6.txt').getAttribute('data-ok')).toBe('true')
    expect(await result('good-6.txt').textContent()).toContain('未能保存到此浏览器（IndexedDB is not available in this browser）')
    await open(null)
    await poll(storedNow).toEqual(STORED)
    expect(await listed('第七测试县司法局').count()).toBe(0)
  })

  it('a failing delete shows the error and keeps the report, in the list, the tables and the storage', async () => {
    await open('delete')
    await poll(storedNow).toEqual(STORED)
    // The stored reports are listed from storage first and reach the tables (the report list) a moment later.
    const inTables = page.locator('.report-list button', { hasText: '第一测试县司法局' })
    await poll(() => inTables.count()).toBe(1)
    const li = listed('第一测试县司法局')
    await li.locator('[data-testid="imported-remove"]').click()
    await li.locator('[data-testid="imported-remove-yes"]').click()
    const err = page.locator('[data-testid="imported-remove-error"]')
    await err.waitFor()
    expect(await err.textContent()).toContain('未能从此浏览器的存储中删除 第一测试县司法局 2024 年的报告（simulated disk error）：报告仍然保留，没有任何改动')
    expect(await storedNow()).toEqual(STORED)
    expect(await inTables.count()).toBe(1)
    await shot(page, 'faults-delete', false)
    await open(null)
    await poll(storedNow).toEqual(STORED)
  })
})

describe('removing an imported report', () => {
  async function rowsOf(id: string): Promise<string[]> {
    await goto(page, '/explore?tab=sql')
    const input = page.locator('[data-testid="sql-input"]')
    await input.fill(`SELECT (SELECT count(*) FROM reports WHERE report_id = '${id}') AS r, (SELECT count(*) FROM observations WHERE report_id = '${id}') AS o, (SELECT count(*) FROM report_texts WHERE report_id = '${id}') AS t, random() AS fresh`)
    await input.press('Control+Enter')
    await page.locator('[data-testid="sql-table"] tbody td').first().waitFor()
    return (await page.locator('[data-testid="sql-table"] tbody td').allTextContents()).slice(0, 3)
  }

  it('asks first, then takes all its rows out of every table and out of this browser', async () => {
    await open(null)
    const li = listed('第二测试县司法局')
    const id = (await li.getAttribute('data-report-id'))!
    const before = await rowsOf(id)
    expect(before[0]).toBe('1')
    expect(Number(before[1])).toBeGreaterThan(2)
    expect(before[2]).toBe('1')
    await goto(page, '/reports')
    await li.locator('[data-testid="imported-remove"]').click()
    await li.locator('[data-testid="imported-remove-yes"]').click()
    await li.waitFor({ state: 'detached' })
    expect(await rowsOf(id)).toEqual(['0', '0', '0'])
    await open(null)
    await listed('第一测试县司法局').waitFor()
    expect(await listed('第二测试县司法局').count()).toBe(0)
  })
})

describe('the page', () => {
  it('no request left localhost and no page errors or console warnings', () => {
    expect(blocked).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
