/**
 * The bundled CJK web font (browser only).
 * `@fontsource-variable/noto-sans-sc` declares ~100 @font-face rules, one per unicode-range
 * subset; Vite copies the woff2 files into `dist/assets`, so nothing is fetched from outside.
 * The browser downloads a subset only when text needs it, and a canvas does not wait for a
 * font: `ensureFonts(text)` loads the subsets that cover `text` before an export is drawn.
 */
import '@fontsource-variable/noto-sans-sc'
import { EXPORT_FONT_FAMILY, WEB_FONT } from './style'
import type { Measure } from './text'

/** Load (once) every subset of the web font that covers a character of `text`, in the weights used. */
export async function ensureFonts(text: string, weights: readonly number[] = [400, 700]): Promise<boolean> {
  if (typeof document === 'undefined' || !('fonts' in document)) return false
  try {
    const sample = text || '数据'
    const loaded = await Promise.all(weights.map((w) => document.fonts.load(`${w} 16px "${WEB_FONT}"`, sample)))
    return loaded.some((faces) => faces.length > 0)
  } catch (e) {
    // Offline with a broken cache, blocked font files …: draw with the system fonts instead.
    console.warn('Web font could not be loaded; exports use system fonts.', e)
    return false
  }
}

let measureCtx: CanvasRenderingContext2D | null = null

/** Exact text widths with the export font (call after `ensureFonts`). */
export const canvasMeasure: Measure = (text, fontSize, bold = false) => {
  measureCtx ??= document.createElement('canvas').getContext('2d')
  if (!measureCtx) return text.length * fontSize
  measureCtx.font = `${bold ? 700 : 400} ${fontSize}px ${EXPORT_FONT_FAMILY}`
  return Math.ceil(measureCtx.measureText(text).width)
}

/** Parse a CSS unicode-range ("U+4e00-4e2f,U+3000") into [from, to] pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((r) => r.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((r) => {
      if (r.includes('?')) return [parseInt(r.replace(/\?/g, '0'), 16), parseInt(r.replace(/\?/g, 'f'), 16)] as [number, number]
      const [a, b] = r.split('-')
      return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number]
    })
}

function covers(ranges: [number, number][], text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    if (ranges.some(([a, b]) => c >= a && c <= b)) return true
  }
  return false
}

async function toDataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob()
  return await new Promise((resolve, reject) => {
    const r = new FileReader()
    r.onload = () => resolve(String(r.result))
    r.onerror = () => reject(r.error)
    r.readAsDataURL(blob)
  })
}

/**
 * @font-face rules of the web font for the subsets `text` needs, with the woff2 files inlined
 * as data URLs, so an exported SVG shows Chinese on a machine without a CJK font.
 */
export async function embeddedFontCss(text: string): Promise<string> {
  const out: string[] = []
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList
    try {
      rules = sheet.cssRules
    } catch {
      continue
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue
      const family = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim()
      if (family !== WEB_FONT) continue
      const range = rule.style.getPropertyValue('unicode-range')
      if (range && !covers(parseUnicodeRange(range), text)) continue
      const m = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(rule.style.getPropertyValue('src'))
      if (!m) continue
      const href = new URL(m[1], sheet.href ?? document.baseURI).href
      const data = await toDataUrl(href)
      out.push(
        `@font-face{font-family:"${WEB_FONT}";font-style:normal;font-weight:100 900;src:url(${data}) format("woff2");${range ? `unicode-range:${range};` : ''}}`,
      )
    }
  }
  return out.join('\n')
}
