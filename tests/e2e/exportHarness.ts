/**
 * Shared set-up of the export and presentation browser tests:
 *  - builds dist/ when it is missing or older than the sources (harness.ts `ensureBuilt`),
 *  - serves it with the views e2e static server (tests/e2e/server.ts),
 *  - launches Debian Chromium with a fontconfig file that lists NO CJK font (Latin only),
 *    so any Chinese glyph in a picture can only come from the bundled web font,
 *  - blocks every request that does not go to the local server,
 *  - PNG helpers: decode, ink, dark pixels in a box, "are these glyph cells different".
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { PNG } from 'pngjs'
import { blockNonLocal, serveStatic, type StaticServer } from './server'
import { DIST, ensureBuilt, ROOT, SHOTS } from './harness'

export { DIST, ROOT, SHOTS }
export const RESULTS = join(ROOT, 'test-results')
export const EXPORTS = join(RESULTS, 'exports')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** A fontconfig file with Latin fonts only: no CJK font is visible to the browser. */
export function latinOnlyFontconfig(): string {
  const dir = join(tmpdir(), `rol-fontconfig-${process.pid}`)
  mkdirSync(join(dir, 'cache'), { recursive: true })
  const latin = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/truetype/liberation'].filter((d) => existsSync(d))
  const file = join(dir, 'fonts.conf')
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${latin.map((d) => `  <dir>${d}</dir>`).join('\n')}\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  )
  return file
}

export interface Harness {
  server: StaticServer
  browser: Browser
  blocked: string[]
  pageErrors: string[]
  newContext(width: number, height: number, extra?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>
  close(): Promise<void>
}

export async function startHarness(): Promise<Harness> {
  ensureBuilt()
  mkdirSync(SHOTS, { recursive: true })
  mkdirSync(EXPORTS, { recursive: true })
  const server = await serveStatic(DIST)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    env: { ...process.env, FONTCONFIG_FILE: latinOnlyFontconfig() } as Record<string, string>,
  })
  const blocked: string[] = []
  const pageErrors: string[] = []
  return {
    server,
    browser,
    blocked,
    pageErrors,
    async newContext(width, height, extra = {}) {
      const ctx = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', serviceWorkers: 'block', acceptDownloads: true, ...extra })
      await blockNonLocal(ctx, blocked)
      ctx.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(String(e))))
      return ctx
    },
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

export function decodePng(buf: Buffer): PNG {
  return PNG.sync.read(buf)
}

const lum = (d: Buffer, i: number) => 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2]

/** Pixels darker than `max` luminance in a box (CSS px × ratio already applied by the caller). */
export function darkPixels(png: PNG, x0: number, y0: number, x1: number, y1: number, max = 100): number {
  let n = 0
  for (let y = Math.max(0, y0); y < Math.min(png.height, y1); y++)
    for (let x = Math.max(0, x0); x < Math.min(png.width, x1); x++) if (lum(png.data, (y * png.width + x) * 4) < max) n++
  return n
}

/** Share of pixels that are not (near) white, and how many distinct colours there are. */
export function ink(png: PNG): { share: number; colours: number } {
  let inked = 0
  const colours = new Set<number>()
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]]
    if (r < 245 || g < 245 || b < 245) inked++
    if (colours.size < 5000) colours.add((r << 16) | (g << 8) | b)
  }
  return { share: inked / (png.width * png.height), colours: colours.size }
}

/**
 * Split one line of text in a picture into glyph-like segments: runs of columns with dark
 * pixels inside the box [x0, x1) × [y0, y1). Returns each segment's width, ink height and
 * dark-pixel count.
 */
export function segments(png: PNG, x0: number, y0: number, x1: number, y1: number): { w: number; h: number; ink: number }[] {
  const out: { w: number; h: number; ink: number }[] = []
  let cur: { start: number; top: number; bottom: number; ink: number } | null = null
  for (let x = Math.max(0, x0); x <= Math.min(png.width, x1); x++) {
    let ink = 0
    let top = Infinity
    let bottom = -Infinity
    if (x < Math.min(png.width, x1)) {
      for (let y = Math.max(0, y0); y < Math.min(png.height, y1); y++) {
        if (lum(png.data, (y * png.width + x) * 4) < 128) {
          ink++
          top = Math.min(top, y)
          bottom = Math.max(bottom, y)
        }
      }
    }
    if (ink > 0) {
      if (!cur) cur = { start: x, top, bottom, ink: 0 }
      cur.ink += ink
      cur.top = Math.min(cur.top, top)
      cur.bottom = Math.max(cur.bottom, bottom)
    } else if (cur) {
      out.push({ w: x - cur.start, h: cur.bottom - cur.top + 1, ink: cur.ink })
      cur = null
    }
  }
  return out
}

/**
 * True when all segments look alike (same width, height and ink within a tolerance), as a
 * row of tofu boxes does. Real, different CJK characters differ in shape and ink.
 */
export function uniformSegments(segs: { w: number; h: number; ink: number }[]): boolean {
  if (segs.length < 2) return true
  const [a] = segs
  return segs.every((s) => Math.abs(s.w - a.w) <= 1 && Math.abs(s.h - a.h) <= 1 && Math.abs(s.ink - a.ink) <= 0.12 * a.ink)
}
