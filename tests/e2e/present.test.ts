/**
 * Presentation mode in the built app at 1920×1080 and 1280×720 (no CJK system font: the
 * slides use the bundled web font). Keys move slides, Esc leaves, the cursor hides when idle.
 * Screenshots: test-results/screenshots/present-<width>x<height>-<slide>.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { join } from 'node:path'
import { decodePng, ink, SHOTS, startHarness, type Harness } from './exportHarness'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})

afterAll(async () => {
  await h?.close()
})

const slideNo = (p: Page) => p.getAttribute('[data-testid="presentation"]', 'data-slide').then(Number)

async function openOverview(width: number, height: number, hash = '/'): Promise<Page> {
  const ctx = await h.newContext(width, height)
  const p = await ctx.newPage()
  await p.goto(`${h.server.url}/#${hash}`)
  await p.waitForSelector('main[data-dataset-status="ready"]', { timeout: 90_000 })
  return p
}

/** Wait until the slide's chart has drawn (its canvas has ink). */
async function waitDrawn(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const c = document.querySelector<HTMLCanvasElement>('[data-testid="presentation"] .slide-chart canvas')
    if (!c || !c.width) return false
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
    let n = 0
    for (let i = 0; i < d.length; i += 64) if (d[i] < 200) n++
    return n > 50
  }, undefined, { timeout: 30_000 })
  await p.waitForTimeout(300)
}

describe.each([
  [1920, 1080],
  [1280, 720],
])('presentation at %i×%i', (width, height) => {
  let p: Page
  let total = 0

  beforeAll(async () => {
    p = await openOverview(width, height)
    await p.waitForSelector('[data-chart-id] .chart-host canvas')
    total = await p.locator('[data-chart-id]').count()
    expect(total).toBeGreaterThanOrEqual(4)
    await p.click('[data-testid="present"]')
    await p.waitForSelector('[data-testid="presentation"]')
    await waitDrawn(p)
  })

  it('fills the screen with one chart per slide and a counter', async () => {
    const box = await p.locator('[data-testid="presentation"]').boundingBox()
    expect(box).toMatchObject({ x: 0, y: 0, width, height })
    expect(await p.getAttribute('[data-testid="presentation"]', 'data-slides')).toBe(String(total))
    expect(await p.textContent('[data-testid="slide-counter"]')).toBe(`1 / ${total}`)
    const title = p.locator('.slide-title')
    expect(await title.textContent()).toBe(await p.textContent('[data-chart-id] .chart-title'))
    // large type: the title is at least 4% of the screen height; nothing spills over the edges
    const fontSize = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(fontSize).toBeGreaterThanOrEqual(height * 0.04)
    const overflow = await p.evaluate(() => {
      const root = document.querySelector('[data-testid="presentation"]')!
      return [...root.querySelectorAll('.slide-title, .slide-sub, .slide-foot')].some((e) => e.scrollWidth > e.clientWidth + 1)
    })
    expect(overflow).toBe(false)
    const chartBox = await p.locator('.slide-chart').boundingBox()
    expect(chartBox!.height).toBeGreaterThan(height * 0.5)
    expect(chartBox!.y + chartBox!.height).toBeLessThanOrEqual(height)
  })

  it('moves with →, Space, PageDown, ←, PageUp, End, Home; saves a screenshot of every slide', async () => {
    const seen: number[] = []
    for (let i = 1; i <= total; i++) {
      await waitDrawn(p)
      const file = join(SHOTS, `present-${width}x${height}-${i}.png`)
      const png = decodePng(await p.screenshot({ path: file }))
      expect(png.width).toBe(width)
      expect(ink(png).share).toBeGreaterThan(0.02)
      seen.push(await slideNo(p))
      await p.keyboard.press(['ArrowRight', ' ', 'PageDown'][i % 3])
    }
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => i + 1))
    expect(await slideNo(p)).toBe(total) // stays on the last slide
    await p.keyboard.press('ArrowLeft')
    expect(await slideNo(p)).toBe(total - 1)
    await p.keyboard.press('PageUp')
    expect(await slideNo(p)).toBe(total - 2)
    await p.keyboard.press('End')
    expect(await slideNo(p)).toBe(total)
    await p.keyboard.press('Home')
    expect(await slideNo(p)).toBe(1)
    expect(await p.textContent('[data-testid="slide-counter"]')).toBe(`1 / ${total}`)
  })

  it('hides the cursor when the mouse is idle and shows it on movement', async () => {
    await p.mouse.move(width / 2, height / 2)
    const cursor = () => p.locator('[data-testid="presentation"]').evaluate((el) => getComputedStyle(el).cursor)
    expect(await cursor()).not.toBe('none')
    await p.waitForTimeout(3000)
    expect(await cursor()).toBe('none')
    await p.mouse.move(width / 2 + 20, height / 2 + 10)
    expect(await cursor()).not.toBe('none')
  })

  it('Esc leaves and returns to the view', async () => {
    await p.keyboard.press('Escape')
    await p.waitForSelector('[data-testid="presentation"]', { state: 'detached' })
    expect(await p.locator('[data-chart-id]').count()).toBe(total)
    await p.context().close()
  })
})

describe('presentation stays on the view', () => {
  it('presents the charts of the view on screen (Rankings), not the Overview', async () => {
    const p = await openOverview(1280, 720, '/rankings')
    await p.waitForSelector('[data-chart-id] .chart-host canvas')
    await p.click('[data-testid="present"]')
    await p.waitForSelector('[data-testid="presentation"][data-slides="1"]', { timeout: 60_000 })
    await waitDrawn(p)
    expect(await p.evaluate(() => location.hash)).toMatch(/^#\/rankings/)
    expect(await p.textContent('.slide-title')).toBe(await p.textContent('[data-chart-id] .chart-title'))
    await p.keyboard.press('Escape')
    await p.waitForSelector('[data-testid="presentation"]', { state: 'detached' })
    await p.context().close()
  })

  it('on a view without charts says so and stays there', async () => {
    const p = await openOverview(1280, 720, '/reports')
    await p.click('[data-testid="present"]')
    const status = p.locator('[data-testid="view-export-status"]')
    await status.waitFor({ state: 'visible' })
    expect(await status.textContent()).toContain('本页没有图表可演示')
    expect(await p.locator('[data-testid="presentation"]').count()).toBe(0)
    expect(await p.evaluate(() => location.hash)).toMatch(/^#\/reports/)
    await p.screenshot({ path: join(SHOTS, 'present-no-charts-1280x720.png') })
    await p.context().close()
  })

  it('nothing left localhost and no page errors', () => {
    expect(h.blocked).toEqual([])
    expect(h.pageErrors).toEqual([])
  })
})
