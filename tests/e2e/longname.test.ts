/**
 * A 200-character file name with right-to-left overrides, imported as a report whose text names
 * no agency, so the file name stands in for it (issue 16): the overrides are gone, labels and
 * chips are cut with the full name in their tooltips, and no label of the Rankings or Overview
 * charts overlaps another (measured on the drawn text boxes).
 * Screenshots: rankings-long-name.png, rankings-long-name-1920.png, overview-long-name.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { blocked, chartBar, consoleProblems, goto, pageErrors, poll, shot, startApp, stopApp } from './harness'

let page: Page
beforeAll(async () => {
  page = await startApp()
})
afterAll(stopApp)

const txt = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') })

describe('a long right-to-left file name as the agency', () => {
  const NAME = `\u202e${'超长名称的测试单位'.repeat(22)}\u202c`
  const CLEAN = '超长名称的测试单位'.repeat(22)
  const TEXT = '2024年法治政府建设情况报告\n2024年，我们深入推进依法行政。全年办理行政复议案件9件，行政诉讼案件1件。\n2025年1月15日\n'

  type Label = { text: string; x: number; y: number; w: number; h: number }
  /** Axis and bar labels of the chart as drawn (zrender text elements and their boxes on the canvas). */
  async function labels(selector: string): Promise<Label[]> {
    return page.$eval(selector, (h) => {
      type El = { type?: string; style?: { text?: string }; getBoundingRect(): { clone(): { applyTransform(m: unknown): void; x: number; y: number; width: number; height: number } }; getComputedTransform(): unknown; ignore?: boolean; invisible?: boolean }
      const chart = (h as HTMLElement & { __rolChart: { getZr(): { storage: { getDisplayList(): El[] } } } }).__rolChart
      return chart.getZr().storage.getDisplayList()
        .filter((e) => e.style?.text && !e.ignore && !e.invisible)
        .map((e) => {
          const r = e.getBoundingRect().clone()
          r.applyTransform(e.getComputedTransform())
          return { text: e.style!.text!, x: r.x, y: r.y, w: r.width, h: r.height }
        })
    })
  }
  const overlaps = (a: Label, b: Label) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

  it('loses its overrides, is cut in labels with the full name in tooltips, and overlaps nothing', async () => {
    await goto(page, '/reports')
    await page.setInputFiles('[data-testid="import-input"]', [txt(`${NAME}.txt`, TEXT)])
    await poll(() => page.locator('[data-testid="import-results"] li').first().getAttribute('data-ok')).toBe('true')
    expect(await page.locator('[data-testid="import-results"] li').first().textContent()).toContain('正文中未能识别单位名称，暂以文件名代替')
    const chip = page.locator('[data-testid="imported-list"] li', { hasText: '超长名称' }).locator('.imp-name')
    expect(await chip.getAttribute('title')).toBe(CLEAN)
    expect((await chip.textContent())!.length).toBeLessThan(35)

    // each agency's latest report: the bars carry their years
    await goto(page, '/rankings?i=reconsideration_cases&rl=1')
    await poll(async () => (await labels('[data-chart-id="rankings"] .chart-host')).some((l) => l.text.includes('超长名称'))).toBe(true)
    const drawn = await labels('[data-chart-id="rankings"] .chart-host')
    // The category label is cut (the full name is 198 characters) and its overrides are gone…
    const categories = await page.$eval('[data-chart-id="rankings"] .chart-host', (h) => (h as HTMLElement & { __rolChart: { getOption(): { yAxis: { data: string[] }[] } } }).__rolChart.getOption().yAxis[0].data)
    const mine = categories.find((c) => c.includes('超长名称'))!
    // (cut to the label column, the year kept)
    expect(mine).toMatch(/^\d+\. 超长名称的测试单位.*… 2024$/)
    expect(drawn.some((l) => /[\u202a-\u202e\u2066-\u2069]/.test(l.text))).toBe(false)
    // …and drawn on at most three lines that overlap no other label.
    expect(drawn.filter((l) => /超长名称|测试单位/.test(l.text)).length).toBeLessThanOrEqual(3)
    for (const a of drawn) for (const b of drawn) if (a !== b) expect(overlaps(a, b), `${a.text} × ${b.text}`).toBe(false)
    const chipButton = page.locator(`button[data-agency="${CLEAN}"]`)
    expect(await chipButton.getAttribute('title')).toBe(CLEAN)
    expect((await chipButton.textContent())!.trim()).toBe(`${'超长名称的测试单位'.repeat(2)}超长名称的…`)
    // The tooltip gives the full name.
    const box = await chartBar(page, '[data-chart-id="rankings"] .chart-host', '超长名称')
    await page.mouse.move(box.x, box.y)
    await poll(() => page.locator('[data-chart-id="rankings"] .chart-host > div').last().textContent()).toContain(CLEAN)
    await shot(page, 'rankings-long-name')
    await page.setViewportSize({ width: 1920, height: 1080 })
    await shot(page, 'rankings-long-name-1920')
    await page.setViewportSize({ width: 1366, height: 768 })

    await goto(page, '/overview')
    const host = '[data-family="enforcement"] .chart-host'
    await poll(async () => (await labels(host)).some((l) => l.text.includes('超长名称'))).toBe(true)
    const ov = await labels(host)
    for (const a of ov) for (const b of ov) if (a !== b) expect(overlaps(a, b), `${a.text} × ${b.text}`).toBe(false)
    await shot(page, 'overview-long-name')
  })

  it('no request left localhost and no page errors or console warnings', () => {
    expect(blocked).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
