/**
 * Review and correction in the browser (issue 10), offline in headless Chromium, on the bundled
 * 綦江区交通局 2023 report:
 *  (a) the queue lists the derived 规范性文件审查清理数 with its addends; correcting it to 2 shows
 *      the new value in the evidence panel (人工修正（原值 3 件，王芳，…）), Compare, the chart's data
 *      table (✎) and the downloaded tables — and after a reload;
 *  (b) rejecting 信访处理件次 as a sub-figure: the chart says 未报告, Coverage agrees, the panel says who rejected it;
 *  (c) a missed figure added from selected text is highlighted in the report and charted;
 *  (d) the report's agency renamed and title corrected in one place show everywhere;
 *  (e) the exported corrections.json given to `npm run extract --corrections` gives the browser's observations;
 *  (f) cleared browser + imported file → the same tables; a bad file changes nothing; a stale one is listed;
 *  (g) published corrections (public/data/corrections.json, as npm run extract writes it) are counted,
 *      exported first, their stale ones listed, and applied to a report imported in the browser;
 *  (h) without IndexedDB corrections still apply, and the failure to keep them is shown.
 * Screenshots: review-queue, review-actions, review-add, review-meta, review-evidence-corrected,
 * review-stale (1366×768); review-queue-1920, review-evidence-1920, review-queue-en-1920.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import JSZip from 'jszip'
import { DuckDBInstance } from '@duckdb/node-api'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { consoleProblems, DIST, goto, newContext, openPage, pageErrors, poll, ROOT, shot, startApp, stopApp, waitReady } from './harness'

const QJ = 'qijiang-transport-2023'
const dir = mkdtempSync(join(tmpdir(), 'rol-review-'))
let page: Page

beforeAll(async () => {
  page = await startApp()
})
afterAll(stopApp)

/**
 * The value and reported flag of the chart item for (report, indicator) on the page, or undefined:
 * items carry no row, so a not-reported one is a marker (series `not-reported`), a bar item
 * without a value, or a coverage cell whose latest report does not state it (`stated: false`).
 */
async function chartItem(p: Page, reportId: string, indicatorId: string): Promise<{ value: unknown; reported: boolean } | undefined> {
  return p.$$eval('.chart-host', (hosts, [r, i]) => {
    for (const h of hosts) {
      const chart = (h as HTMLElement & { __rolChart?: { getOption(): { series: { id?: string; data: unknown[] }[] } } }).__rolChart
      for (const s of chart?.getOption().series ?? []) {
        for (const d of s.data ?? []) {
          const item = d as { value?: unknown; datum?: { report_id: string; indicator_id: string }; stated?: boolean }
          if (item?.datum?.report_id === r && item.datum.indicator_id === i) {
            const reported = s.id !== 'not-reported' && item.stated !== false && item.value != null
            return { value: reported ? item.value : null, reported }
          }
        }
      }
    }
    return undefined
  }, [reportId, indicatorId] as const)
}

/** Select `needle` in the report text as a person would with the mouse. */
async function selectText(p: Page, needle: string): Promise<void> {
  await p.evaluate((n) => {
    const root = document.querySelector('[data-testid="report-text"]')!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: [Text, number][] = []
    let pos = 0
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      nodes.push([t, pos])
      pos += t.data.length
    }
    const full = nodes.map(([t]) => t.data).join('')
    const start = full.indexOf(n)
    const at = (off: number, end: boolean): [Text, number] => {
      const hit = nodes.find(([t, q]) => (end ? off <= q + t.data.length : off < q + t.data.length))!
      return [hit[0], off - hit[1]]
    }
    const range = document.createRange()
    range.setStart(...at(start, false))
    range.setEnd(...at(start + n.length, true))
    const sel = getSelection()!
    sel.removeAllRanges()
    sel.addRange(range)
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
  }, needle)
}

/** observations.csv of "download tables" (read back by DuckDB, every cell as text): the rows of one report. */
async function downloadedObservations(p: Page, reportId: string): Promise<Record<string, string>[]> {
  await goto(p, '/reports')
  const [download] = await Promise.all([p.waitForEvent('download'), p.click('[data-testid="download-tables"]')])
  const zip = await JSZip.loadAsync(readFileSync(await download.path()))
  const csv = join(dir, `observations-${Date.now()}.csv`)
  writeFileSync(csv, await zip.file('observations.csv')!.async('uint8array'))
  const c = await (await DuckDBInstance.create(':memory:')).connect()
  const rows = (await c.runAndReadAll(`SELECT * FROM read_csv('${csv}', all_varchar = true, header = true) WHERE report_id = ? ORDER BY indicator_id`, [reportId])).getRowObjectsJS()
  c.closeSync()
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v == null ? '' : String(v)])))
}

const exportedFile = join(dir, 'corrections.json')
let browserRows: Record<string, string>[] = []

describe('review and correction', () => {
  it('(a) the queue shows the sum with its addends; a corrected value shows everywhere and survives a reload', async () => {
    await goto(page, '/review')
    await page.fill('[data-testid="reviewer-name"]', '王芳')
    await page.press('[data-testid="reviewer-name"]', 'Tab')
    const item = page.locator(`[data-testid="queue-pending"] [data-report-id="${QJ}"][data-indicator="normative_docs_reviewed"]`)
    await poll(() => item.textContent()).toContain('推算：2 + 1 = 3')
    expect(await page.textContent('[data-testid="review-progress"]')).toMatch(/^已核对 0\/\d+$/)
    await shot(page, 'review-queue', false)

    await item.locator('[data-action="correct"]').click()
    await item.locator('[data-testid="correct-value"]').fill('2')
    await item.locator('[data-testid="review-note"]').fill('废止的不计入审查')
    expect(await item.locator('[data-testid="correct-preview"]').textContent()).toBe('读作：2 件')
    await shot(page, 'review-actions', false)
    await item.locator('[data-testid="correct-save"]').click()
    const done = page.locator(`[data-testid="queue-done"] [data-report-id="${QJ}"][data-indicator="normative_docs_reviewed"]`)
    await poll(() => done.locator('[data-testid="queue-provenance"]').textContent()).toMatch(/^人工修正（原值 3 件，王芳，\d{4}-\d\d-\d\d \d\d:\d\d，废止的不计入审查）$/)
    await poll(() => page.textContent('[data-testid="review-progress"]')).toMatch(/^已核对 1\/\d+$/)

    // The evidence panel, from any view.
    await goto(page, `/compare?i=normative_docs_reviewed&ev=${QJ}~normative_docs_reviewed`)
    await poll(() => page.textContent('[data-testid="evidence-value"]')).toBe('2 件')
    await poll(() => page.textContent('[data-testid="provenance-text"]')).toMatch(/^人工修正（原值 3 件，王芳，.*，废止的不计入审查）$/)
    await shot(page, 'review-evidence-corrected', false)
    // Compare's chart and its data table.
    await poll(async () => (await chartItem(page, QJ, 'normative_docs_reviewed'))?.value).toBe(2)
    await page.click('[data-testid="evidence-panel"] .icon-button')
    await page.locator('[data-testid="chart-table-toggle"]').first().click()
    const cell = page.locator('.chart-table tr', { hasText: '綦江区交通局' })
    expect(await cell.locator('.prov-mark').textContent()).toBe('✎')
    expect(await cell.textContent()).toContain('2 件')
    // The downloaded tables.
    const rows = await downloadedObservations(page, QJ)
    expect(rows.find((r) => r.indicator_id === 'normative_docs_reviewed')).toMatchObject({ value: '2', method: 'manual', reviewed: 'true', original_value: '3', review_by: '王芳' })
    // After a reload (kept in IndexedDB).
    await page.reload()
    await waitReady(page)
    await goto(page, `/compare?i=normative_docs_reviewed`)
    await poll(async () => (await chartItem(page, QJ, 'normative_docs_reviewed'))?.value).toBe(2)
  })

  it('(b) a rejected value is 未报告 in the chart, in Coverage and in the panel, which says who rejected it and why', async () => {
    await goto(page, `/reports/${QJ}`)
    await page.click('[data-testid="report-text"] mark[data-indicators~="petitions_handled"]')
    const panel = page.locator('[data-testid="evidence-panel"]')
    await panel.locator('[data-action="reject"]').click()
    await panel.locator('[data-reason="sub_figure"]').check()
    await panel.locator('[data-testid="reject-save"]').click()
    await poll(() => panel.locator('[data-testid="provenance-rejected"]').textContent()).toMatch(/^已剔除：是分项数字，不是总数（王芳，\d{4}-\d\d-\d\d \d\d:\d\d）$/)
    expect(await panel.locator('[data-testid="evidence-value"]').textContent()).toBe('未报告')
    await poll(() => page.locator('[data-testid="report-text"] mark[data-indicators~="petitions_handled"]').count()).toBe(0)

    await goto(page, '/compare?i=petitions_handled')
    await poll(async () => (await chartItem(page, QJ, 'petitions_handled'))?.reported ?? false).toBe(false)
    // The ranked chart draws it as a hollow 未报告 point on its own row, not as a bar (polled: the chart may redraw once more).
    const notReported = () => page.$$eval('.chart-host', (hosts, r) => hosts.flatMap((h) => {
      const o = (h as HTMLElement & { __rolChart?: { getOption(): { series: { id?: string; data?: { labelText?: string; datum?: { report_id: string } }[] }[] } } }).__rolChart?.getOption()
      return (o?.series ?? []).filter((s) => s.id === 'not-reported').flatMap((s) => s.data ?? []).filter((d) => d?.datum?.report_id === r).map((d) => d.labelText)
    }), QJ)
    await poll(notReported).toEqual(['未报告'])
    await goto(page, '/coverage')
    await poll(async () => (await chartItem(page, QJ, 'petitions_handled'))?.reported).toBe(false)
    // Undo brings it back; reject again for the rest of the test.
    await goto(page, `/coverage?ev=${QJ}~petitions_handled`)
    await page.locator('[data-testid="evidence-panel"] [data-action="undo"]').click()
    await poll(() => page.textContent('[data-testid="evidence-value"]')).toBe('189 件次')
    await page.locator('[data-testid="evidence-panel"] [data-action="reject"]').click()
    await page.locator('[data-testid="evidence-panel"] [data-reason="sub_figure"]').check()
    await page.locator('[data-testid="evidence-panel"] [data-testid="reject-save"]').click()
    await poll(() => page.textContent('[data-testid="evidence-value"]')).toBe('未报告')
  })

  it('(c) a missed figure added from selected text is highlighted in the report and charted', async () => {
    await goto(page, `/reports/${QJ}`)
    await page.waitForSelector('[data-testid="report-text"] mark')
    await selectText(page, '其中即收即办件数为76259件')
    const form = page.locator('[data-testid="add-form"]')
    await form.waitFor()
    expect(await page.inputValue('[data-testid="add-value"]')).toBe('76259')
    await page.selectOption('[data-testid="add-indicator"]', 'immediate_processing_pct')
    await page.fill('[data-testid="add-value"]', '98.6%')
    await form.locator('input[aria-label="备注（可选）"]').fill('76259/77339')
    await shot(page, 'review-add', false)
    await page.click('[data-testid="add-save"]')
    const mark = page.locator('[data-testid="report-text"] mark[data-indicators~="immediate_processing_pct"]')
    await poll(() => mark.textContent()).toBe('其中即收即办件数为76259件')
    expect(await mark.getAttribute('class')).toContain('manual')
    await goto(page, '/compare?i=immediate_processing_pct')
    await poll(async () => (await chartItem(page, QJ, 'immediate_processing_pct'))?.value).toBe(98.6)
  })

  it('(d) the agency renamed and the title corrected in one place show in the report list, the filters and the charts', async () => {
    await goto(page, `/reports/${QJ}`)
    await page.click('[data-action="edit-meta"]')
    await page.fill('[data-testid="meta-form"] [data-field="agency"]', '綦江区交通运输局')
    await page.fill('[data-testid="meta-form"] [data-field="title"]', '重庆市綦江区交通运输局2023年法治政府建设情况报告')
    await shot(page, 'review-meta', false)
    await page.click('[data-testid="meta-save"]')
    await poll(() => page.textContent('[data-testid="meta-reviewed"]')).toMatch(/^已修正：单位（原为：綦江区交通局）；英文名称（原为：Qijiang District Transport Bureau）；标题（原为：重庆市綦江区交通局2023年法治政府建设情况报告） · 王芳，/)
    expect(await page.textContent('.report-meta h1')).toBe('重庆市綦江区交通运输局2023年法治政府建设情况报告')
    await page.waitForSelector('.report-list button:has-text("綦江区交通运输局")')
    await goto(page, '/')
    await page.waitForSelector('button[data-agency="綦江区交通运输局"]')
    expect(await page.locator('button[data-agency="綦江区交通局"]').count()).toBe(0)
  })

  it('(e) the exported corrections.json given to npm run extract gives the observations the browser shows', async () => {
    await goto(page, '/review')
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-corrections"]')])
    expect(download.suggestedFilename()).toBe('corrections.json')
    writeFileSync(exportedFile, readFileSync(await download.path()))
    const file = JSON.parse(readFileSync(exportedFile, 'utf8'))
    expect(file.version).toBe(1)
    // The first rejection was undone: it is not in the file.
    expect(file.values.map((v: { action: string; indicator_id: string }) => `${v.action} ${v.indicator_id}`)).toEqual(['set normative_docs_reviewed', 'reject petitions_handled', 'add immediate_processing_pct'])
    expect(file.reports).toEqual([expect.objectContaining({ agency: '綦江区交通运输局', by: '王芳' })])

    browserRows = await downloadedObservations(page, QJ)
    const cli = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/extract.ts'), '--json', join(ROOT, 'data/reports/qijiang-transport-2023.txt'), '--corrections', exportedFile], { cwd: ROOT, encoding: 'utf8' })
    expect(cli.status, cli.stderr).toBe(0)
    const out = JSON.parse(cli.stdout) as { reports: { agency: string; title: string }[]; observations: Record<string, unknown>[] }
    expect(out.reports[0]).toMatchObject({ agency: '綦江区交通运输局', title: '重庆市綦江区交通运输局2023年法治政府建设情况报告' })
    const key = ['indicator_id', 'value', 'qualifier', 'start', 'end', 'method', 'reviewed', 'original_value', 'review_by', 'review_note']
    const num = (v: unknown) => (v == null || v === '' ? '' : typeof v === 'number' || /^-?\d+(\.\d+)?$/.test(String(v)) ? String(Number(v)) : String(v))
    const pick = (r: Record<string, unknown>) => key.map((k) => num(r[k])).join('|')
    expect(out.observations.map(pick).sort()).toEqual(browserRows.map(pick).sort())
    expect(browserRows.map((r) => r.indicator_id).sort()).toEqual(['approvals_handled', 'immediate_processing_pct', 'lenient_cases', 'normative_docs_reviewed', 'penalty_cases', 'proposals_handled'])
  })

  it('(f) a cleared browser that imports the file has the same tables; a bad file changes nothing; a stale one is listed', async () => {
    const fresh = await openPage(await newContext())
    await goto(fresh, '/review')
    expect(await fresh.textContent('[data-testid="correction-counts"]')).toContain('本浏览器有 0 条校对记录')
    await fresh.locator('[data-testid="import-corrections-input"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 2, "values": []}') })
    await poll(() => fresh.textContent('[data-testid="import-corrections-result"]')).toBe('未导入，数据没有改变：version：不支持的版本 2：本程序读取版本 1')
    expect(await fresh.textContent('[data-testid="correction-counts"]')).toContain('本浏览器有 0 条校对记录')

    await fresh.locator('[data-testid="import-corrections-input"]').setInputFiles(exportedFile)
    await poll(() => fresh.textContent('[data-testid="import-corrections-result"]')).toBe('已导入 4 条校对记录（0 条已有，跳过）。')
    await poll(async () => (await downloadedObservations(fresh, QJ)).map((r) => JSON.stringify(r)).sort()).toEqual(browserRows.map((r) => JSON.stringify(r)).sort())

    // A correction of a report that is not loaded is listed as stale, with where it came from.
    const stale = { version: 1, values: [{ report_sha256: 'f'.repeat(64), indicator_id: 'fines_yuan', action: 'set', value: 1, start: 0, end: 4, by: '李四' }] }
    await goto(fresh, '/review')
    await fresh.locator('[data-testid="import-corrections-input"]').setInputFiles({ name: 'stale.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(stale)) })
    const item = fresh.locator('[data-testid="stale-list"] li[data-reason="report_missing"]')
    await poll(() => item.textContent()).toContain('找不到这份报告（未加载）')
    await shot(fresh, 'review-stale', false)
    await item.locator('button').click()
    await poll(() => fresh.locator('[data-testid="stale-list"]').count()).toBe(0)
    await fresh.context().close()
  })

  it('(g) published corrections: counted, exported first, their stale ones listed, applied to a report imported here', async () => {
    const report = '白沙县司法局2024年法治政府建设情况报告\n\n2024年，白沙县司法局深入推进法治政府建设。全年办理行政执法案件128件，发生行政复议案件2件。\n白沙县司法局\n2025年1月10日\n'
    const bytes = Buffer.from(report, 'utf8')
    const sha = createHash('sha256').update(bytes).digest('hex')
    const evidence = '全年办理行政执法案件128件'
    const start = report.indexOf(evidence)
    const published = {
      version: 1,
      reports: [],
      values: [
        { report_sha256: sha, indicator_id: 'enforcement_cases', action: 'set', value: 130, start, end: start + evidence.length, evidence, by: '张三', at: '2026-11-30T09:00:00.000Z', note: '含移送' },
        { report_sha256: 'e'.repeat(64), indicator_id: 'fines_yuan', action: 'set', value: 1, start: 0, end: 4, by: '张三' },
      ],
      // As npm run extract finds them: neither report is bundled.
      stale: [{ kind: 'value', index: 0, reason: 'report_missing' }, { kind: 'value', index: 1, reason: 'report_missing' }],
    }
    const file = join(DIST, 'data', 'corrections.json')
    const built = readFileSync(file) // what npm run extract wrote: no corrections
    writeFileSync(file, JSON.stringify(published))
    try {
      const p = await openPage(await newContext())
      await goto(p, '/review')
      await poll(() => p.textContent('[data-testid="correction-counts"]')).toBe('本浏览器有 0 条校对记录 · 已发布 2 条')
      await poll(() => p.locator('[data-testid="stale-list"] li[data-source="published"][data-reason="report_missing"]').count()).toBe(2)
      // The imported report's value carries the published correction (the bundled tables already do).
      await goto(p, '/reports')
      await p.locator('[data-testid="import-input"]').setInputFiles({ name: 'baisha-justice-2024.txt', mimeType: 'text/plain', buffer: bytes })
      await poll(() => p.locator('[data-testid="import-results"] li').first().getAttribute('data-ok')).toBe('true')
      await goto(p, '/compare?i=enforcement_cases&ev=baisha-justice-2024~enforcement_cases')
      await poll(() => p.textContent('[data-testid="evidence-value"]')).toBe('130 件')
      expect(await p.textContent('[data-testid="provenance-text"]')).toBe('人工修正（原值 128 件，张三，2026-11-30 ' + (await p.evaluate(() => String(new Date('2026-11-30T09:00:00.000Z').getHours()).padStart(2, '0'))) + ':00，含移送）')
      // Its correction now applies: no longer listed as stale; the export starts with the published file.
      await goto(p, '/review')
      await poll(() => p.locator('[data-testid="stale-list"] li').count()).toBe(1)
      const [download] = await Promise.all([p.waitForEvent('download'), p.click('[data-testid="export-corrections"]')])
      expect(JSON.parse(readFileSync(await download.path(), 'utf8')).values).toEqual(published.values)
      await p.context().close()
    } finally {
      writeFileSync(file, built)
    }
  })

  it('(h) without IndexedDB: the 校对 view says corrections last this session; a correction still applies and the failure to keep it is shown', async () => {
    const ctx = await newContext()
    await ctx.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }))
    const p = await openPage(ctx)
    await goto(p, '/review')
    await poll(() => p.textContent('[data-testid="corrections-unavailable"]')).toContain('此浏览器无法保存校对记录（IndexedDB is not available in this browser）')
    expect(await p.locator('[data-testid="review-alerts"]').count()).toBe(0)
    await goto(p, `/compare?i=penalty_cases&ev=${QJ}~penalty_cases`)
    await p.locator('[data-testid="evidence-panel"] [data-action="confirm"]').click()
    await poll(() => p.textContent('[data-testid="review-alerts"]')).toContain('校对记录未能保存到此浏览器（IndexedDB is not available in this browser）：刷新页面后会丢失，请先导出校对记录。')
    await poll(() => p.textContent('[data-testid="provenance-text"]')).toMatch(/^自动提取 · 已核对（\d{4}-/)
    await ctx.close()
  })

  it('looks right at 1920×1080 and in English', async () => {
    const wide = await openPage(await newContext(1920, 1080))
    await goto(wide, '/review')
    await wide.locator('[data-testid="import-corrections-input"]').setInputFiles(exportedFile)
    await poll(() => wide.textContent('[data-testid="import-corrections-result"]')).toContain('已导入 4 条')
    await wide.waitForSelector('[data-testid="queue-item"]')
    await shot(wide, 'review-queue-1920', false)
    await goto(wide, `/reports/${QJ}?ev=${QJ}~normative_docs_reviewed`)
    await poll(() => wide.textContent('[data-testid="provenance-text"]')).toMatch(/^人工修正（原值 3 件/)
    await shot(wide, 'review-evidence-1920', false)
    await wide.click('button[data-locale="en"]')
    await poll(() => wide.textContent('[data-testid="provenance-text"]')).toMatch(/^corrected by hand \(was 3, 王芳, .*, 废止的不计入审查\)$/)
    await goto(wide, '/review')
    await poll(() => wide.textContent('[data-testid="review-progress"]')).toMatch(/^Reviewed \d+\/\d+$/)
    await shot(wide, 'review-queue-en-1920', false)
    await wide.context().close()
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
