/**
 * The Overview's first frame is in the HTML the build writes (scripts/prerender.ts): with
 * JavaScript off the four headline charts are there as SVG, drawn at the screen's own chart
 * width; with JavaScript on, the app's mount replaces it without moving a card or a chart
 * (boxes measured on the prerendered page and in the first frame after mount); and a URL that
 * asks for another view never shows it.
 * Screenshots: prerender-nojs-1366.png, prerender-nojs-1920.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { app, consoleProblems, DIST, expectHeaderFits, newContext, openPage, pageErrors, shot, startApp, stopApp, waitReady } from './harness'
import { catalogue, headlineDefaults, HEADLINE_FAMILIES } from '../../src/queries/catalogue'
import { FIRST_VIEW_FILE, queryKey } from '../../src/queries/firstView'
import { indicatorReports } from '../../src/queries'

/** The headlines the data opens on, from the reports stating each indicator in the served first-view answers. */
function servedHeadlines() {
  const fv = JSON.parse(readFileSync(join(DIST, 'data', FIRST_VIEW_FILE), 'utf8')) as { answers: Record<string, { indicator_id: string; reports: number }[]> }
  return headlineDefaults(new Map(fv.answers[queryKey(indicatorReports())].map((r) => [r.indicator_id, r.reports])))
}

beforeAll(async () => {
  await (await startApp()).context().close()
})
afterAll(stopApp)

const SCREENS = [
  [1366, 768],
  [1920, 1080],
] as const

type Box = [number, number, number, number]
interface Frame {
  cards: Box[]
  charts: Box[]
  svgs: number
  canvases: number
}

/** Records the card and chart boxes at DOMContentLoaded (the build's frame) and right after the app's mount (first canvases). */
function recordFrames(): void {
  const boxes = (sel: string): Box[] =>
    [...document.querySelectorAll(sel)].map((e) => {
      const r = e.getBoundingClientRect()
      return [r.x, r.y + scrollY, r.width, r.height]
    })
  const frame = (): Frame => ({ cards: boxes('.family-card'), charts: boxes('.chart-host'), svgs: document.querySelectorAll('.chart-host > svg').length, canvases: document.querySelectorAll('.chart-host canvas').length })
  const w = window as unknown as { __frames: { before?: Frame; after?: Frame } }
  w.__frames = {}
  document.addEventListener('DOMContentLoaded', () => {
    w.__frames.before = frame()
    new MutationObserver((_, obs) => {
      if (!document.querySelector('.chart-host canvas')) return
      w.__frames.after = frame()
      obs.disconnect()
    }).observe(document.getElementById('app')!, { childList: true, subtree: true })
  })
}

describe('the first frame in index.html', () => {
  for (const [width, height] of SCREENS) {
    it(`shows the four headline charts as SVG with JavaScript off at ${width}×${height}`, async () => {
      const ctx = await newContext(width, height, { javaScriptEnabled: false })
      const p = await openPage(ctx)
      await p.goto(`${app().url}/`)
      const shown = await p.$$eval('.chart-host > svg', (svgs) =>
        svgs
          .filter((s) => getComputedStyle(s).display !== 'none')
          .map((s) => ({ drawn: Number(s.getAttribute('data-prerender-width')), width: s.getBoundingClientRect().width, height: s.getBoundingClientRect().height, host: (s.parentElement as HTMLElement).clientHeight, marks: s.querySelectorAll('path').length })),
      )
      expect(shown).toHaveLength(4)
      for (const s of shown) {
        // Drawn at this screen's chart width (src/prerender/widths.ts), so not stretched, and as tall as its box.
        expect(Math.abs(s.width - s.drawn)).toBeLessThanOrEqual(2)
        expect(s.height).toBe(s.host)
        expect(s.marks).toBeGreaterThan(5)
      }
      const titles = await p.$$eval('.family-card .chart-title', (els) => els.map((e) => e.textContent))
      const heads = servedHeadlines()
      // No bundled report states 人均学法学时: the training card opens on an indicator they do state.
      expect(heads.training).not.toBe('training_hours_per_person')
      expect(titles).toEqual(HEADLINE_FAMILIES.map((f) => catalogue.indicatorById.get(heads[f])!.name_zh))
      expect(await p.$$eval('#app script', (s) => s.length)).toBe(0)
      await expectHeaderFits(p, width, `first frame ${width}`)
      await shot(p, `prerender-nojs-${width}`, false)
      await ctx.close()
    })

    it(`is replaced by the app without moving a card or a chart at ${width}×${height}`, async () => {
      const ctx = await newContext(width, height)
      await ctx.addInitScript(recordFrames)
      const p = await openPage(ctx)
      await p.goto(`${app().url}/`)
      await p.waitForFunction(() => (window as unknown as { __frames: { after?: unknown } }).__frames.after, null, { timeout: 90_000 })
      const { before, after } = await p.evaluate(() => (window as unknown as { __frames: { before: Frame; after: Frame } }).__frames)
      expect(before.cards).toHaveLength(4)
      expect(before.svgs).toBe(4 * 2)
      expect(after.svgs).toBe(0)
      expect(after.canvases).toBe(4)
      expect(after.cards).toHaveLength(4)
      for (const k of ['cards', 'charts'] as const) {
        before[k].forEach((b, i) => b.forEach((v, j) => expect(Math.abs(v - after[k][i][j]), `${k}[${i}][${j}]: ${v} → ${after[k][i][j]}`).toBeLessThanOrEqual(3)))
      }
      await waitReady(p)
      await ctx.close()
    })
  }

  it('is removed before the first paint when the URL asks for another view, a selection or other tables, or English was picked', async () => {
    const ctx = await newContext()
    await ctx.addInitScript(recordFrames)
    for (const hash of ['#/compare', '#/?years=2023', '?data=data-other#/']) {
      const p = await openPage(ctx)
      await p.goto(`${app().url}/${hash}`)
      await p.waitForFunction(() => (window as unknown as { __frames: { before?: unknown } }).__frames.before)
      expect((await p.evaluate(() => (window as unknown as { __frames: { before: Frame } }).__frames.before)).cards).toEqual([])
      await p.close()
    }
    await ctx.close()
    // English picked earlier in this browser: the Chinese frame is not shown either.
    const en = await newContext()
    await en.addInitScript(() => localStorage.setItem('rol-dashboard.locale', 'en'))
    await en.addInitScript(recordFrames)
    const p = await openPage(en)
    await p.goto(`${app().url}/`)
    await p.waitForFunction(() => (window as unknown as { __frames: { before?: unknown } }).__frames.before)
    expect((await p.evaluate(() => (window as unknown as { __frames: { before: Frame } }).__frames.before)).cards).toEqual([])
    await waitReady(p)
    expect(await p.textContent('.view-head h1')).toBe('Overview')
    await en.close()
  })

  it('left no page errors or console problems', () => {
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
  })
})
