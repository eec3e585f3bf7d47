/**
 * Importing reports in the browser (Reports view), offline in headless Chromium:
 *  (a) a GBK-encoded .txt report for a made-up agency is extracted in the Worker, appended to the
 *      tables and shows up in Overview/Compare (selection and chart data) with working evidence;
 *      "Download tables" then gives a ZIP of CSVs that includes it;
 *  (b) an empty file and a PNG renamed .txt get clear per-file messages, the good file still imports;
 *  (c) an HTML report with <script> never runs it (window.__pwned stays undefined);
 *  (d) after a reload the imported report is still there; removing it (after a confirmation) takes it away again.
 * Screenshots: test-results/screenshots/import.png and import-errors.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import iconv from 'iconv-lite'
import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { PNG } from 'pngjs'
import { app, blocked, consoleProblems, goto, pageErrors, poll, overviewBar, shot, startApp, stopApp, waitReady } from './harness'

const AGENCY = '青溪县市场监督管理局'
const REPORT = `${AGENCY}2024年法治政府建设情况报告

2024年，${AGENCY}在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下。
一、2024年法治政府建设主要举措和成效
（一）优化审批服务。全面推行告知承诺制，审批时限压缩比例达到72%，即办件比例达到45%。
（二）规范行政执法。全年办理行政执法案件128件，其中行政处罚案件96件。发生行政复议案件3件，行政诉讼案件1件，均依法妥善处理。
（三）化解矛盾纠纷。排查矛盾纠纷210件，化解205件，调解成功率达到97.6%。
（四）加强学法培训。组织执法人员培训12场次，参训人员共计360人次，人均学法学时达到48学时。
二、存在的问题
执法队伍专业化水平仍需提高。
${AGENCY}
2025年1月15日
`
const HTML_AGENCY = '白石区司法局'
const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>${HTML_AGENCY}2024年法治政府建设情况报告</title>
<script>window.__pwned = 1</script></head><body>
<h1>${HTML_AGENCY}2024年法治政府建设情况报告</h1>
<p>2024年，${HTML_AGENCY}全面推进依法行政。全年办理行政复议案件5件。</p>
<p>网页示例代码：&lt;script&gt;window.__pwned=1&lt;/script&gt; 与 &lt;img src=x onerror="window.__pwned=1"&gt; 只是文字。</p>
<img src="x" onerror="window.__pwned = 1">
<p>${HTML_AGENCY}<br>2025年1月10日</p>
</body></html>`

const gbkFile = { name: '青溪县市场监管局2024年报告.txt', mimeType: 'text/plain', buffer: iconv.encode(REPORT, 'gbk') }
const emptyFile = { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }
const pngFile = { name: 'picture.txt', mimeType: 'text/plain', buffer: PNG.sync.write(new PNG({ width: 16, height: 16 })) }
const htmlFile = { name: 'baishi-justice-2024.html', mimeType: 'text/html', buffer: Buffer.from(HTML, 'utf8') }

let page: Page

beforeAll(async () => {
  page = await startApp()
})

afterAll(stopApp)

const result = (name: string) => page.locator('[data-testid="import-results"] li', { hasText: name })

/** Category labels and values of the first series of an Overview family chart. */
async function familyChart(p: Page, family: string) {
  return p.evaluate((f) => {
    const h = document.querySelector(`[data-family="${f}"] .chart-host`) as HTMLElement & { __rolChart: { getOption(): { yAxis: { data: string[] }[]; series: { data: { value: unknown }[] }[] } } }
    const o = h.__rolChart.getOption()
    return { cats: o.yAxis[0].data, values: o.series[0].data.map((d) => d.value) }
  }, family)
}

describe('importing reports in the browser', () => {
  it('(a) imports a GBK .txt report and shows it in every view, with its evidence', async () => {
    await goto(page, '/reports')
    await page.locator('[data-testid="import-input"]').setInputFiles([gbkFile])
    const row = result(gbkFile.name)
    await poll(() => row.getAttribute('data-ok')).toBe('true')
    expect(await row.textContent()).toMatch(new RegExp(`${AGENCY} · 2024 年 · 找到 \\d+ 个指标`))
    // The report list shows it next to the bundled ones, marked as imported.
    await page.waitForSelector(`.report-list button:has-text("${AGENCY}")`)
    expect(await page.textContent('[data-testid="dataset-summary"]')).toMatch(/6 份报告/)
    await shot(page, 'import')

    // Download tables: reports.csv (BOM, schema headers) lists the imported report next to the bundled ones.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-tables"]')])
    expect(download.suggestedFilename()).toMatch(/^法治指标数据表_\d{4}-\d{2}-\d{2}\.zip$/)
    const zip = await JSZip.loadAsync(readFileSync(await download.path()))
    expect(Object.keys(zip.files).sort()).toEqual(['indicators.csv', 'observations.csv', 'reports.csv'])
    const reportsCsv = await zip.file('reports.csv')!.async('string')
    expect(reportsCsv.startsWith('\uFEFFreport_id,')).toBe(true)
    expect(reportsCsv.trim().split('\r\n')).toHaveLength(7)
    expect(reportsCsv).toContain(AGENCY)
    expect(await zip.file('observations.csv')!.async('string')).toContain('发生行政复议案件3件')

    // Overview: the agency is in the selection and its enforcement value in the chart data.
    await page.click('a[data-view="overview"]')
    await page.waitForSelector(`button[data-agency="${AGENCY}"]`)
    await poll(async () => {
      const c = await familyChart(page, 'enforcement')
      return c.values[c.cats.findIndex((x) => x.includes('青溪县'))]
    }).toBe(128)

    // Compare: pick 行政复议案件数; the imported agency's 3 is in the chart data.
    await page.click('a[data-view="compare"]')
    await page.click('button[data-indicator="reconsideration_cases"]')
    await page.waitForSelector(`button[data-agency="${AGENCY}"][aria-pressed="true"]`)
    await poll(() => page.$$eval('[data-chart-id] .chart-host', (hosts) => hosts.some((h) => {
      const chart = (h as HTMLElement & { __rolChart?: { getOption(): { series: { name: string; data: ({ value: unknown } | number | null)[] }[] } } }).__rolChart
      return (chart?.getOption().series ?? []).some((s) => s.data.some((d) => (d && typeof d === 'object' ? d.value : d) === 3))
    }))).toBe(true)

    // Evidence: click the imported agency's enforcement bar on Overview, then open its text.
    await goto(page, '/')
    await page.waitForSelector('[data-family="enforcement"] .chart-host canvas')
    await poll(async () => (await familyChart(page, 'enforcement')).cats.some((x) => x.includes('青溪县'))).toBe(true)
    const target = await overviewBar(page, 'enforcement', '青溪县')
    await page.mouse.click(target.x, target.y)
    await poll(() => page.locator('[data-testid="evidence-sentence"] mark').textContent()).toBe('全年办理行政执法案件128件')
    await page.click('[data-testid="evidence-open-report"]')
    const mark = page.locator('[data-testid="report-text"] mark[data-indicators~="enforcement_cases"]')
    await poll(() => mark.textContent()).toBe('全年办理行政执法案件128件')
    expect(page.url()).toContain('hl=enforcement_cases')
    expect(await page.locator('[data-testid="report-text"] mark[data-indicators~="reconsideration_cases"]').textContent()).toBe('发生行政复议案件3件')
  })

  it('(b) an empty file and a PNG renamed .txt get clear messages; the other file still imports', async () => {
    await goto(page, '/reports')
    await page.locator('[data-testid="import-input"]').setInputFiles([emptyFile, pngFile, htmlFile])
    await poll(() => result(htmlFile.name).getAttribute('data-ok')).toBe('true')
    expect(await result(emptyFile.name).getAttribute('data-code')).toBe('empty')
    expect(await result(emptyFile.name).textContent()).toContain('文件为空')
    expect(await result(pngFile.name).getAttribute('data-code')).toBe('binary')
    expect(await result(pngFile.name).textContent()).toContain('这不是文本文件')
    // The same GBK report again: refused as already loaded, nothing added twice.
    await page.locator('[data-testid="import-input"]').setInputFiles([gbkFile])
    await poll(() => page.locator('[data-testid="import-results"] li[data-code="duplicate"]').count()).toBe(1)
    expect(await page.locator('[data-testid="import-results"] li[data-code="duplicate"]').textContent()).toContain('已经加载')
    expect(await page.textContent('[data-testid="dataset-summary"]')).toMatch(/7 份报告/)
    await shot(page, 'import-errors', false)
  })

  it('(c) script in an imported HTML report never runs; its text shows as text', async () => {
    await page.click(`.report-list button:has-text("${HTML_AGENCY}")`)
    const text = page.locator('[data-testid="report-text"]')
    await poll(() => text.textContent()).toContain('全年办理行政复议案件5件')
    expect(await text.textContent()).toContain('<script>window.__pwned=1</script>')
    expect(await text.locator('script, img').count()).toBe(0)
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  })

  it('(d) imported reports survive a reload; removing one takes it out of every view', async () => {
    await page.reload()
    await waitReady(page)
    await goto(page, '/reports')
    const stored = page.locator(`[data-testid="imported-list"] li[data-origin="stored"]`, { hasText: AGENCY })
    await stored.waitFor()
    expect(await stored.textContent()).toContain('已保存在此浏览器')
    await page.waitForSelector(`.report-list button:has-text("${AGENCY}")`)
    // Removing asks first; "keep it" keeps it.
    await stored.locator('[data-testid="imported-remove"]').click()
    await stored.locator('[data-testid="imported-remove-no"]').click()
    expect(await stored.locator('[data-testid="imported-remove"]').count()).toBe(1)
    await stored.locator('[data-testid="imported-remove"]').click()
    expect(await stored.textContent()).toContain('全部指标值和原文将从看板和此浏览器中删除')
    await stored.locator('[data-testid="imported-remove-yes"]').click()
    await stored.waitFor({ state: 'detached' })
    await page.waitForSelector(`.report-list button:has-text("${AGENCY}")`, { state: 'detached' })
    await poll(() => page.textContent('[data-testid="dataset-summary"]')).toMatch(/6 份报告/)
    await page.click('a[data-view="overview"]')
    await page.waitForSelector('button[data-agency="白石区司法局"]')
    expect(await page.locator(`button[data-agency="${AGENCY}"]`).count()).toBe(0)
    // Still gone after another reload; the HTML report is still there.
    await page.reload()
    await waitReady(page)
    await page.waitForSelector('button[data-agency="白石区司法局"]')
    expect(await page.locator(`button[data-agency="${AGENCY}"]`).count()).toBe(0)
  })

  it('no request left localhost and no page errors or console warnings', () => {
    expect(app().requests.length).toBeGreaterThan(0)
    expect(blocked).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
