/**
 * Year-over-year change in the browser at city scale (the synthetic city35: 35 agencies × 5
 * years, with gaps): Rankings' "most improved" mode shows, for each agency's latest report, the
 * change against its previous stated value — checked against an independent SQL answer computed
 * in the page's own DuckDB through the SQL console — with the year compared with named where a
 * year was skipped, no text overprinting, and the colour of the verdict. Screenshots of the
 * Overview (YoY lines), Rankings (most improved) and the Trends data table (change columns) at
 * 1366×768 and 1920×1080, for the bundled 5 reports and city35:
 * test-results/screenshots/yoy-{bundled,city35}-{overview,rankings-improved,trends-table}-{1366,1920}.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { synth } from '../../scripts/synth'
import { TONE_COLORS } from '../../src/charts/yoy'
import { app, blocked, chartsWithData, consoleProblems, DIST, newContext, openPage, pageErrors, poll, shot, startApp, stopApp, waitReady } from './harness'
import { chartTexts } from './labels'

const IND = 'approval_time_compression_pct' // higher is better
let page: Page

beforeAll(async () => {
  page = await startApp()
  await synth({ preset: 'city35', agencies: 0, years: 0, lastYear: 2024, seed: 1, out: join(DIST, 'data-city35') })
})
afterAll(stopApp)

const base = (data: string) => `${app().url}/${data ? `?data=${data}` : ''}`

async function openView(p: Page, data: string, hash: string): Promise<void> {
  await p.goto(`${base(data)}#/${hash}`)
  await waitReady(p)
}

async function mostImproved(p: Page, data: string): Promise<void> {
  await openView(p, data, `rankings?i=${IND}&rl=1`)
  await p.waitForSelector('[data-testid="ranking-mode"]')
  await p.selectOption('[data-testid="ranking-mode"]', 'improved')
  // the changes drawn, or (no agency with two reports) the view saying so
  await p.waitForFunction(() => {
    const h = document.querySelector('[data-chart-id="rankings"] .chart-host') as (HTMLElement & { __rolChart?: { getOption(): { series: { id: string }[] } } }) | null
    return !!h?.__rolChart?.getOption().series.some((s) => s.id === 'changes') || !!document.querySelector('[data-testid="ranking-no-pairs"]')
  })
  await p.waitForTimeout(300)
}

interface Drawn {
  agency: string
  year: number
  prevYear: number
  change: number | null
  label: string
  color: string | null
}

async function drawnChanges(p: Page): Promise<Drawn[]> {
  return p.$eval('[data-chart-id="rankings"] .chart-host', (h) => {
    type D = { value: unknown; labelText: string; itemStyle?: { color: string }; change: { agency: string; year: number; prev_year: number; change: number | null } } | null
    const o = (h as HTMLElement & { __rolChart: { getOption(): { series: { id: string; data: D[] }[] } } }).__rolChart.getOption()
    const all = o.series.flatMap((s) => s.data.filter((d): d is NonNullable<D> => d != null).map((d) => ({ d, bar: s.id === 'changes' })))
    return all.map(({ d, bar }) => ({
      agency: d.change.agency,
      year: d.change.year,
      prevYear: d.change.prev_year,
      change: bar ? (d.value as number) : null,
      label: d.labelText,
      color: d.itemStyle?.color ?? null,
    }))
  })
}

/** The same question, written independently: latest report per agency, its previous stated year by max(), point figures only. */
const ANSWER = `
WITH latest AS (
  SELECT r.agency, r.report_id, r.year FROM reports r
  WHERE r.year = (SELECT max(x.year) FROM reports x WHERE x.agency = r.agency)),
cur AS (
  SELECT l.agency, l.year, o.value, o.qualifier FROM latest l
  JOIN observations o ON o.report_id = l.report_id AND o.indicator_id = '${IND}'),
prev AS (
  SELECT c.agency, max(r.year) AS py FROM cur c
  JOIN reports r ON r.agency = c.agency AND r.year < c.year
  JOIN observations o ON o.report_id = r.report_id AND o.indicator_id = '${IND}'
  GROUP BY c.agency)
SELECT c.agency, CAST(c.year AS INTEGER) AS y, CAST(p.py AS INTEGER) AS py,
  CASE WHEN c.value IS NOT NULL AND po.value IS NOT NULL AND c.qualifier IN ('exact', 'approx', 'derived') AND po.qualifier IN ('exact', 'approx', 'derived')
    THEN round(c.value - po.value, 6) END AS change
FROM cur c JOIN prev p USING (agency)
JOIN reports pr ON pr.agency = c.agency AND pr.year = p.py
JOIN observations po ON po.report_id = pr.report_id AND po.indicator_id = '${IND}'
ORDER BY c.agency`

async function sqlAnswer(p: Page): Promise<{ agency: string; year: number; prevYear: number; change: number | null }[]> {
  await openView(p, 'data-city35', 'explore')
  await p.click('[data-tab="sql"]')
  const input = p.locator('[data-testid="sql-input"]')
  await input.waitFor()
  await input.fill(ANSWER)
  await input.press('Control+Enter')
  const rows = () => p.$$eval('[data-testid="sql-table"] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')))
  await poll(async () => (await rows()).length).toBeGreaterThan(5)
  return (await rows()).map(([agency, y, py, change]) => ({ agency, year: Number(y), prevYear: Number(py), change: change === 'NULL' ? null : Number(change) }))
}

describe('most improved at city scale', () => {
  it('shows each agency’s change against its previous report as SQL computes it, gap years named, colours by verdict', async () => {
    await mostImproved(page, 'data-city35')
    const drawn = await drawnChanges(page)
    const texts = await chartTexts(page, '[data-chart-id="rankings"]')
    expect(texts.flatMap((c) => [...c.overlaps, ...c.outside])).toEqual([])
    await shot(page, 'yoy-city35-rankings-improved-1366')

    const answer = await sqlAnswer(page)
    const byAgency = <T extends { agency: string }>(xs: T[]): T[] => [...xs].sort((a, b) => a.agency.localeCompare(b.agency))
    expect(byAgency(drawn).map((d) => [d.agency, d.year, d.prevYear])).toEqual(byAgency(answer).map((a) => [a.agency, a.year, a.prevYear]))
    const want = new Map(answer.map((a) => [a.agency, a.change]))
    for (const d of drawn) {
      const w = want.get(d.agency)!
      if (w == null) expect(d.change).toBeNull()
      else expect(d.change).toBeCloseTo(w, 6)
    }
    // most improved first (higher is better): the drawn changes descend
    const changes = drawn.filter((d) => d.change != null).map((d) => d.change!)
    expect(changes).toEqual([...changes].sort((a, b) => b - a))
    expect(changes.length).toBeGreaterThan(5)
    // a rise is green, a fall red; a skipped year is named in the label
    for (const d of drawn.filter((x) => x.change != null)) expect(d.color).toBe(d.change! > 0 ? TONE_COLORS.better : d.change! < 0 ? TONE_COLORS.worse : TONE_COLORS.neutral)
    const gaps = drawn.filter((d) => d.change != null && d.prevYear < d.year - 1)
    for (const d of gaps) expect(d.label).toContain(`较 ${d.prevYear} 年`)
    for (const d of drawn.filter((x) => x.change != null && x.prevYear === x.year - 1)) expect(d.label).not.toContain('较')
  })
})

describe('screenshots', () => {
  for (const [name, data] of [['bundled', ''], ['city35', 'data-city35']] as const) {
    it(`${name}: Overview YoY lines, Rankings most improved, Trends table at 1366×768 and 1920×1080`, async () => {
      for (const [w, h] of [[1366, 768], [1920, 1080]] as const) {
        const ctx = await newContext(w, h)
        const p = await openPage(ctx)
        await openView(p, data, '')
        await chartsWithData(p)
        if (name === 'city35') await poll(() => p.locator('[data-testid="summary-yoy"]').count()).toBeGreaterThan(3)
        else expect(await p.locator('[data-testid="summary-yoy"]').count()).toBe(0) // five agencies, one report each
        await shot(p, `yoy-${name}-overview-${w}`)

        await mostImproved(p, data)
        expect(await p.locator('[data-testid="ranking-no-pairs"]').count()).toBe(name === 'bundled' ? 1 : 0)
        await shot(p, `yoy-${name}-rankings-improved-${w}`)

        await openView(p, data, 'trends')
        await chartsWithData(p)
        await p.locator('[data-testid="chart-table-toggle"]').first().click()
        await p.waitForSelector('.chart-table')
        const head = await p.$$eval('.chart-table th', (ths) => ths.map((t) => t.textContent))
        if (name === 'city35') expect(head).toEqual(expect.arrayContaining(['对比年份', '变化', '变化率', '同比']))
        else expect(head).not.toContain('变化')
        await p.locator('.chart-table').first().scrollIntoViewIfNeeded()
        await shot(p, `yoy-${name}-trends-table-${w}`, false)
        await ctx.close()
      }
    })
  }

  it('no request left localhost and no page errors', () => {
    expect(blocked).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
