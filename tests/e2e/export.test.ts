/**
 * Chart and view export in the built app, in Chromium that sees NO CJK system font (see
 * exportHarness): Chinese in the exported pictures can only come from the bundled web font.
 * Every exported file is saved to test-results/exports/ for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Download, Page } from 'playwright-core'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { PNG } from 'pngjs'
import { darkPixels, decodePng, EXPORTS, ink, segments, SHOTS, startHarness, uniformSegments, type Harness } from './exportHarness'
import { EXPORT_WIDTH, PRINT_STYLE } from '../../src/export/style'

const TITLE = '审批时限压缩比'
const CARD = '[data-family="approval"]'
let h: Harness
let context: BrowserContext
let page: Page

async function download(p: Page, action: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = (await Promise.all([p.waitForEvent('download', { timeout: 60_000 }), action()])) as [Download, unknown]
  const bytes = readFileSync((await d.path())!)
  writeFileSync(join(EXPORTS, d.suggestedFilename()), bytes)
  return { name: d.suggestedFilename(), bytes }
}

async function exportChart(p: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await p.click(`${CARD} [data-testid="chart-export"]`)
  return download(p, () => p.click(`${CARD} [data-export="${item}"]`))
}

/** The first title line's glyph segments in an export at `ratio` (title at pad, top, titleSize). */
function titleSegments(png: PNG, ratio: number, chars = TITLE.length) {
  const s = PRINT_STYLE
  return segments(png, s.pad * ratio, s.top * ratio, (s.pad + s.titleSize * chars + 4) * ratio, (s.top + s.titleSize * 1.3) * ratio)
}

/** The title drawn in the page on a plain canvas with a given font, as the export would place it. */
async function canvasTitle(p: Page, font: string, ratio: number): Promise<PNG> {
  const url = await p.evaluate(
    async ({ font, ratio, title, s }) => {
      await document.fonts.load(`700 20px ${font}`, title).catch(() => [])
      const c = document.createElement('canvas')
      c.width = 400 * ratio
      c.height = 80 * ratio
      const g = c.getContext('2d')!
      g.fillStyle = '#fff'
      g.fillRect(0, 0, c.width, c.height)
      g.fillStyle = '#111827'
      g.textBaseline = 'top'
      g.font = `700 ${s.titleSize * ratio}px ${font}`
      g.fillText(title, s.pad * ratio, (s.top + 3) * ratio)
      return c.toDataURL('image/png')
    },
    { font, ratio, title: TITLE, s: PRINT_STYLE },
  )
  return decodePng(Buffer.from(url.split(',')[1], 'base64'))
}

beforeAll(async () => {
  h = await startHarness()
  context = await h.newContext(1440, 900)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url })
  page = await context.newPage()
  await page.goto(`${h.server.url}/#/`)
  await page.waitForSelector('main[data-dataset-status="ready"]', { timeout: 90_000 })
  await page.waitForSelector(`${CARD} .chart-host canvas`)
  expect(await page.textContent(`${CARD} .chart-title`)).toBe(TITLE)
})

afterAll(async () => {
  await h?.close()
})

describe('a tofu box fails the glyph check (this browser has no CJK system font)', () => {
  it('the title drawn with system fonts only is a row of identical boxes; with the web font it is not', async () => {
    const tofu = await canvasTitle(page, '"DejaVu Sans", sans-serif', 2)
    writeFileSync(join(EXPORTS, 'control-system-fonts-only.png'), PNG.sync.write(tofu))
    const tofuSegs = titleSegments(tofu, 2)
    expect(tofuSegs.length).toBe(TITLE.length)
    expect(uniformSegments(tofuSegs)).toBe(true)
    const web = await canvasTitle(page, '"Noto Sans SC Variable"', 2)
    expect(uniformSegments(titleSegments(web, 2))).toBe(false)
  })
})

describe('the page itself without a CJK system font', () => {
  it('draws its Chinese text with the bundled web font (files served locally)', async () => {
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Noto Sans SC Variable') && f.status === 'loaded').length)
    expect(loaded).toBeGreaterThan(0)
    expect(h.server.requests.some((r) => /\/assets\/noto-sans-sc-\d+-wght-normal-[\w-]+\.woff2$/.test(r))).toBe(true)
    await page.screenshot({ path: join(SHOTS, 'overview-no-cjk-font.png') })
  })
})

describe('per-chart export', () => {
  const pngs = new Map<number, PNG>()

  it.each([1, 2, 3])('PNG %i×: re-rendered at that ratio, titled, sourced, with real Chinese glyphs', async (ratio) => {
    const { name, bytes } = await exportChart(page, `png-${ratio}`)
    // the view, the chart, the years: another view's export of the indicator gets another name
    expect(name).toMatch(/^总览_审批时限压缩比_\d{4}(-\d{4})?\.png$/)
    const png = decodePng(bytes)
    pngs.set(ratio, png)
    expect(png.width).toBe(EXPORT_WIDTH * ratio)
    expect(png.height % ratio).toBe(0)
    const { share, colours } = ink(png)
    expect(share).toBeGreaterThan(0.02)
    expect(colours).toBeGreaterThan(20)
    // title area: dark pixels; footnote area (bottom 30 px): text pixels
    const s = PRINT_STYLE
    expect(darkPixels(png, s.pad * ratio, s.top * ratio, 400 * ratio, (s.top + 28) * ratio, 90)).toBeGreaterThan(150 * ratio * ratio)
    expect(darkPixels(png, s.pad * ratio, png.height - 30 * ratio, png.width, png.height, 160)).toBeGreaterThan(80 * ratio * ratio)
    // the corners are white (white background, not transparent)
    expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255])
    const segs = titleSegments(png, ratio)
    expect(segs.length).toBeGreaterThanOrEqual(4)
    expect(uniformSegments(segs)).toBe(false)
  })

  it('the same picture at 1×, 2× and 3×: size = chart size × ratio', () => {
    const one = pngs.get(1)!
    for (const r of [2, 3]) {
      expect(pngs.get(r)!.width).toBe(one.width * r)
      expect(pngs.get(r)!.height).toBe(one.height * r)
    }
  })

  it('SVG parses as XML, contains the title and embeds the font it needs', async () => {
    const { name, bytes } = await exportChart(page, 'svg')
    expect(name).toMatch(/^总览_审批时限压缩比_.*\.svg$/)
    const text = bytes.toString('utf8')
    expect(text).toContain(TITLE)
    expect(text).toContain('数据来源：各单位法治政府建设年度报告 · 导出于 ')
    expect(text).toMatch(/@font-face\{font-family:"Noto Sans SC Variable"[^}]*src:url\(data:/)
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
      return { error: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.nodeName, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) }
    }, text)
    expect(parsed.error).toBe(0)
    expect(parsed.root).toBe('svg')
    expect(parsed.texts).toContain(`${TITLE}（总览）`)
    // drawn as an <img> (which cannot use the page's fonts), the title still has real glyphs
    const url = await page.evaluate(async (svg) => {
      const img = new Image()
      img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
      await img.decode()
      await new Promise((r) => setTimeout(r, 300))
      const c = document.createElement('canvas')
      c.width = img.naturalWidth * 2
      c.height = img.naturalHeight * 2
      const g = c.getContext('2d')!
      g.drawImage(img, 0, 0, c.width, c.height)
      return c.toDataURL('image/png')
    }, text)
    const raster = decodePng(Buffer.from(url.split(',')[1], 'base64'))
    writeFileSync(join(EXPORTS, 'svg-rasterised.png'), PNG.sync.write(raster))
    expect(uniformSegments(titleSegments(raster, 2))).toBe(false)
  })

  it('copies a 2× PNG to the clipboard', async () => {
    await page.click(`${CARD} [data-testid="chart-export"]`)
    await page.click(`${CARD} [data-export="copy"]`)
    await page.waitForSelector(`${CARD} [data-testid="export-status"]:has-text("已复制")`, { timeout: 30_000 })
    const size = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read()
      const blob = await item.getType('image/png')
      const bmp = await createImageBitmap(blob)
      return { w: bmp.width, h: bmp.height }
    })
    expect(size.w).toBe(EXPORT_WIDTH * 2)
  })

  it('shows a visible fallback message where the browser cannot copy images', async () => {
    const p = await context.newPage()
    await p.addInitScript(() => {
      // A browser without async clipboard images
      delete (window as { ClipboardItem?: unknown }).ClipboardItem
    })
    await p.goto(`${h.server.url}/#/`)
    await p.waitForSelector(`${CARD} .chart-host canvas`, { timeout: 90_000 })
    await p.click(`${CARD} [data-testid="chart-export"]`)
    await p.click(`${CARD} [data-export="copy"]`)
    const status = p.locator(`${CARD} [data-testid="export-status"]`)
    await status.waitFor({ state: 'visible' })
    // "正在导出…" first (the export code loads on first use), then the fallback message.
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('请改用“PNG 图片”下载')
    await p.close()
  })
})

describe('whole-view export', () => {
  let titles: string[] = []

  beforeAll(async () => {
    titles = await page.$$eval('[data-chart-id] .chart-title', (els) => els.map((e) => e.textContent ?? ''))
    expect(titles.length).toBeGreaterThanOrEqual(4)
  })

  it('ZIP: one PNG (2×, titled) and one CSV per chart, and the figure paragraphs', async () => {
    await page.click('[data-testid="view-export"]')
    const { name, bytes } = await download(page, () => page.click('[data-export="zip"]'))
    expect(name).toMatch(/^总览(_\d{4}(-\d{4})?)?\.zip$/)
    const zip = await JSZip.loadAsync(bytes)
    const files = Object.keys(zip.files)
    const pngNames = files.filter((f) => f.endsWith('.png'))
    const csvNames = files.filter((f) => f.endsWith('.csv'))
    expect(pngNames).toHaveLength(titles.length)
    expect(csvNames).toHaveLength(titles.length)
    expect(files).toHaveLength(2 * titles.length + 1)
    const summary = await zip.file('要点.txt')!.async('string')
    for (const t of titles) expect(summary).toContain(`\r\n${t}\r\n所选 `)
    for (const t of titles) expect(pngNames.some((n) => n.startsWith(`总览_${t}_`) || n.startsWith(`总览_${t}.`))).toBe(true)
    for (const n of pngNames) {
      const png = decodePng(Buffer.from(await zip.file(n)!.async('uint8array')))
      expect(png.width).toBe(EXPORT_WIDTH * 2)
      expect(ink(png).share).toBeGreaterThan(0.02)
      expect(darkPixels(png, 48, 40, 800, 96, 90)).toBeGreaterThan(300)
      const csv = await zip.file(n.replace(/\.png$/, '.csv'))!.async('string')
      expect(csv.startsWith('\uFEFF单位,年份,指标,数值')).toBe(true)
      expect(csv.split('\r\n').filter(Boolean).length).toBeGreaterThan(1)
    }
  })

  it('PPTX: a title slide, then one slide per chart, each with its image, title and source note', async () => {
    await page.click('[data-testid="view-export"]')
    const { name, bytes } = await download(page, () => page.click('[data-export="pptx"]'))
    expect(name).toMatch(/^总览(_\d{4}(-\d{4})?)?\.pptx$/)
    const zip = await JSZip.loadAsync(bytes)
    const slides = Object.keys(zip.files)
      .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    expect(slides).toHaveLength(titles.length + 1)
    expect(await zip.file(slides[0])!.async('string')).toContain('法治政府建设指标简报（总览）')
    for (const [i, s] of slides.slice(1).entries()) {
      const xml = await zip.file(s)!.async('string')
      expect(xml).toContain('<p:pic>')
      expect(xml).toContain(titles[i])
      expect(xml).toContain('数据来源：各单位法治政府建设年度报告')
    }
    const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/') && f.endsWith('.png'))
    expect(media.length).toBe(titles.length)
  })

  it('loads jszip and pptxgenjs only when used, and nothing from outside', async () => {
    const first = await context.newPage()
    const scripts: string[] = []
    first.on('request', (r) => scripts.push(new URL(r.url()).pathname))
    await first.goto(`${h.server.url}/#/`)
    await first.waitForSelector(`${CARD} .chart-host canvas`, { timeout: 90_000 })
    expect(scripts.some((s) => /jszip|pptxgen/.test(s))).toBe(false)
    await first.close()
    expect(h.blocked).toEqual([])
    expect(h.pageErrors).toEqual([])
  })
})
