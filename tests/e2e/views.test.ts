/**
 * Rankings and Explore in the built app (headless Chromium, offline): the ranking chart paints
 * its bars in rank order on the seed data, not-reported agencies are listed apart and bars open
 * the evidence; Explore pages observations from SQL, and its SQL console answers read-only
 * queries and refuses statements that would change the published tables.
 * Screenshots: test-results/screenshots/{rankings,rankings-en,explore,explore-sql}.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { blocked, chartsWithData, consoleProblems, goto, newContext, openPage, pageErrors, poll, seedObservationCount, shot, startApp, stopApp } from './harness'

let page: Page

beforeAll(async () => {
  page = await startApp()
})

afterAll(stopApp)

interface RankingOption {
  yAxis: { data: string[] }[]
  series: { id?: string; data: { value: unknown; labelText: string }[] }[]
}

async function rankingOption(p: Page): Promise<RankingOption> {
  return p.evaluate(() => {
    const h = document.querySelector('[data-chart-id="rankings"] .chart-host') as HTMLElement & { __rolChart: { getOption(): RankingOption } }
    const o = h.__rolChart.getOption()
    return { yAxis: o.yAxis.map((y) => ({ data: y.data })), series: o.series.map((s) => ({ id: s.id, data: s.data.map((d) => ({ value: d.value, labelText: d.labelText })) })) }
  })
}

describe('Rankings', () => {
  it('ranks one year by default (the latest), best → worst with painted bars, not reported listed apart (never 0)', async () => {
    await goto(page, '/rankings')
    const [s] = await chartsWithData(page)
    expect(s.id).toBe('rankings')
    expect(s.inked).toBeGreaterThan(200)
    // 审批时限压缩比 (higher is better) in 2023: 奉节's 2022 report is not ranked against them.
    expect(await page.inputValue('[data-testid="ranking-year"]')).toBe('2023')
    const o = await rankingOption(page)
    expect(o.yAxis[0].data.slice(0, 2)).toEqual(['1. 江津区气象局', '2. 船营区人民政府'])
    expect(o.series[0].data.slice(0, 2).map((d) => [d.value, d.labelText])).toEqual([[86.5, '86.5%'], [70, '70%']])
    expect(o.series[0].data.slice(2).map((d) => d.value)).toEqual([null, null])
    expect(o.series[0].data.filter((d) => d.value === 0)).toEqual([])
    expect(o.yAxis[0].data.join()).not.toContain('奉节县应急管理局')
    const missing = await page.textContent('[data-testid="ranking-not-reported"]')
    expect(missing).toContain('未报告（2）')
    expect(missing).toContain('綦江区交通局')
    expect(missing).toContain('湛江经济技术开发区应急管理局')
    await shot(page, 'rankings')
    // Opt-in: each agency's latest report, every bar with its year; kept in the URL.
    await page.selectOption('[data-testid="ranking-year"]', 'latest')
    await poll(async () => (await rankingOption(page)).yAxis[0].data.slice(0, 3)).toEqual(['1. 奉节县应急管理局 2022', '2. 江津区气象局 2023', '3. 船营区人民政府 2023'])
    expect(page.url()).toContain('rl=1')
    expect(await page.textContent('[data-chart-id="rankings"]')).toContain('各单位最新年度')
    await shot(page, 'rankings-latest')
    // Another year: that year only.
    await page.selectOption('[data-testid="ranking-year"]', '2022')
    await poll(async () => (await rankingOption(page)).yAxis[0].data).toEqual(['1. 奉节县应急管理局'])
    expect(page.url()).not.toContain('rl=1')
  })

  it('lower is better with a tie, via the URL; a bar opens the evidence panel', async () => {
    await goto(page, '/rankings?i=training_participants&rl=1')
    await poll(async () => (await rankingOption(page)).series[0].data[0]?.labelText).toBe('430余 人次')
    const o = await rankingOption(page)
    expect(o.yAxis[0].data.slice(0, 3).map((l) => l.replace(/ \d{4}$/, ''))).toEqual(['1. 奉节县应急管理局', '2. 湛江经济技术开发区应急管理局', '3. 船营区人民政府'])
    expect(o.series[0].data.slice(0, 3).map((d) => d.labelText)).toEqual(['430余 人次', '约230 人次', '110余 人次'])

    await goto(page, '/rankings?i=reconsideration_cases&rl=1')
    await poll(async () => (await rankingOption(page)).series[0].data[2]?.labelText).toBe('12 件')
    await page.waitForTimeout(600) // let the bars settle before clicking one
    const r = await rankingOption(page)
    expect(r.yAxis[0].data.slice(0, 3).map((l) => l.split(' ')[0])).toEqual(['1.', '1.', '3.'])
    expect(r.yAxis[0].data[2]).toContain('船营区人民政府')

    const target = await page.evaluate(() => {
      const h = document.querySelector('[data-chart-id="rankings"] .chart-host') as HTMLElement & { __rolChart: { convertToPixel(f: object, v: number[]): number[] } }
      const [x, y] = h.__rolChart.convertToPixel({ seriesIndex: 0 }, [6, 2])
      const b = h.getBoundingClientRect()
      return { x: b.left + x, y: b.top + y }
    })
    await page.mouse.click(target.x, target.y)
    await poll(() => page.locator('[data-testid="evidence-value"]').textContent()).toBe('12 件')
    expect(page.url()).toContain('ev=chuanying-government-2023~reconsideration_cases')
    await page.keyboard.press('Escape')
  })

  it('English layout (Rankings, Explore)', async () => {
    const ctx = await newContext()
    await ctx.addInitScript(() => localStorage.setItem('rol-dashboard.locale', 'en'))
    const p = await openPage(ctx)
    await goto(p, '/rankings?rl=1')
    const [s] = await chartsWithData(p)
    expect(s.inked).toBeGreaterThan(200)
    expect(await p.textContent('.view-head h1')).toBe('Rankings')
    // long English names are cut to the label column (the tooltip and the table have them whole)
    expect((await rankingOption(p)).yAxis[0].data[0]).toMatch(/^1\. Fengjie County Emergency .*… 2022$/)
    await shot(p, 'rankings-en')
    await goto(p, '/explore')
    await poll(() => p.textContent('[data-testid="explore-count"]')).toBe(`${seedObservationCount()} values`)
    await shot(p, 'explore-en', false)
    await ctx.close()
  })
})

describe('Explore', () => {
  const table = '[data-testid="explore-table"]'
  const cellTexts = (p: Page, sel: string) => p.$$eval(`${sel} tbody tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')))

  it('lists the observations of the selection from SQL, sorts, links to the report and downloads CSV', async () => {
    await goto(page, '/explore')
    await poll(() => page.textContent('[data-testid="explore-count"]')).toBe(`共 ${seedObservationCount()} 条指标值`)
    expect(await page.textContent('[data-testid="table-range"]')).toBe(`第 1–${seedObservationCount()} 条，共 ${seedObservationCount()} 条`)
    await poll(async () => (await cellTexts(page, table)).length).toBe(seedObservationCount())
    let rows = await cellTexts(page, table)
    expect(rows[0][0]).toBe('奉节县应急管理局')
    // sort by value, largest first within each indicator: units never interleave
    await page.click(`${table} [data-sort-key="value"]`)
    await poll(async () => (await cellTexts(page, table)).slice(0, 3).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['奉节县应急管理局', '审批时限压缩比', '90%'],
      ['江津区气象局', '审批时限压缩比', '86.5%'],
      ['船营区人民政府', '审批时限压缩比', '70%'],
    ])
    rows = await cellTexts(page, table)
    const runs = rows.map((r) => r[2]).filter((ind, i, all) => i === 0 || all[i - 1] !== ind)
    expect(new Set(runs).size).toBe(runs.length) // each indicator in one run
    expect(rows.map((r) => r[3])).not.toContain('0') // reported zeros read "0 件", never a bare 0 for not reported
    await shot(page, 'explore')
    // CSV of all filtered rows: BOM, header + one row per observation
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="explore-csv"]')])
    const csv = await new Promise<string>((resolve, reject) => {
      void download.createReadStream().then((s) => {
        const chunks: Buffer[] = []
        s.on('data', (c: Buffer) => chunks.push(c))
        s.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        s.on('error', reject)
      })
    })
    expect(csv.startsWith('\uFEFF单位,年份,指标,数值')).toBe(true)
    expect(csv.trim().split('\r\n')).toHaveLength(seedObservationCount() + 1)
    expect(csv).toContain('77,339 件')
    // the report link opens the text at the evidence
    await page.locator(`${table} tbody tr`, { hasText: '478.78万元' }).locator('a').click()
    await page.waitForSelector('[data-testid="report-text"] mark')
    expect(page.url()).toContain('/reports/fengjie-emergency-2022')
    expect(page.url()).toContain('hl=fines_yuan')
    expect(await page.textContent('mark[data-indicators~="fines_yuan"]')).toBe('罚没金额478.7761万元')
  })

  it('filters follow the selection in the URL', async () => {
    await goto(page, '/explore?i=mediation_success_pct')
    await poll(() => page.textContent('[data-testid="explore-count"]')).toBe('共 1 条指标值')
    await poll(async () => (await cellTexts(page, table)).map((r) => r.slice(0, 4))).toEqual([['船营区人民政府', '2023', '调解成功率', '97%']])
    await page.click(`${table} tbody button:has-text("97%")`)
    await poll(() => page.locator('[data-testid="evidence-sentence"] mark').textContent()).toBe('糾紛調解成功率達到97%')
    await page.keyboard.press('Escape')
  })

  it('SQL console: counts match the table, mutations are refused and the data stays', async () => {
    await goto(page, '/explore')
    await page.click('[data-tab="sql"]')
    const input = page.locator('[data-testid="sql-input"]')
    await input.waitFor()
    const run = async (sql: string) => {
      await input.fill(sql)
      await input.press('Control+Enter')
    }
    const sqlRows = () => cellTexts(page, '[data-testid="sql-table"]')

    await run('SELECT count(*) FROM observations')
    await poll(async () => (await sqlRows())[0]?.[0]).toBe(String(seedObservationCount()))
    expect(await page.textContent('[data-testid="sql-summary"]')).toMatch(/^1 行 · \d+ 毫秒$/)
    expect(await page.textContent('[data-testid="dataset-summary"]')).toContain(`${seedObservationCount()} 个指标值`)

    for (const [sql, word] of [['DROP TABLE observations', 'DROP'], ['DELETE FROM observations', 'DELETE'], ['WITH x AS (SELECT 1) DELETE FROM observations', 'DELETE']] as const) {
      await run(sql)
      const err = page.locator('[data-testid="sql-error"]')
      await poll(() => err.getAttribute('data-kind')).toBe('refused')
      expect(await err.textContent()).toContain(word)
      expect(await err.isVisible()).toBe(true)
    }
    await run('SELECT 1; DROP TABLE observations')
    await poll(() => page.textContent('[data-testid="sql-error"]')).toContain('一次只能运行一条语句')
    await shot(page, 'explore-sql-refused', false)

    // DuckDB's own message for a query it cannot run
    await run('SELECT * FROM no_such_table')
    await poll(() => page.getAttribute('[data-testid="sql-error"]', 'data-kind')).toBe('db')
    expect(await page.textContent('[data-testid="sql-error"]')).toContain('no_such_table')

    // still all there, report texts included
    await run('SELECT (SELECT count(*) FROM observations) AS n, (SELECT count(*) FROM report_texts) AS texts')
    await poll(async () => (await sqlRows())[0]).toEqual([String(seedObservationCount()), '5'])
    expect(await page.locator('[data-testid="sql-error"]').count()).toBe(0)

    // hostile text is shown as text, never run
    await run(`SELECT '<img src=x onerror="window.__pwned=1">' AS html, 42::BIGINT AS big, [1, 2] AS list, {'a': 1} AS struct, DATE '2024-01-02' AS day, NULL AS nothing`)
    await poll(async () => (await sqlRows())[0]?.[0]).toBe('<img src=x onerror="window.__pwned=1">')
    expect((await sqlRows())[0].slice(1)).toEqual(['42', '[1,2]', '{"a":1}', '2024-01-02', 'NULL'])
    expect(await page.locator('[data-testid="sql-table"] img').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()

    await page.click('[data-example="perAgency"]')
    await poll(async () => (await sqlRows()).length).toBe(5)
    expect(await page.textContent('[data-testid="sql-summary"]')).toMatch(/^5 行/)
    await shot(page, 'explore-sql')

    await page.click('[data-tab="table"]')
    await poll(() => page.textContent('[data-testid="explore-count"]')).toBe(`共 ${seedObservationCount()} 条指标值`)
  })
})

describe('no stray requests', () => {
  it('no request left localhost and no page errors or console warnings', () => {
    expect(blocked).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
