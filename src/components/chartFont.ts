/**
 * The font family the on-screen charts draw with. zrender caches text widths per font string
 * and never forgets them: a label measured while the bundled CJK web font was still loading
 * (fallback glyphs) kept its wrong width after the font arrived, so labels were cut off and
 * axes clipped. Each time web fonts finish loading, the family list gets a new, never-matching
 * last entry: the same fonts for the browser, a new cache key for zrender.
 */
import { FONT_FAMILY } from '../charts/theme'

let epoch = 0
// Registered when this module loads, before any chart's own listener: charts redraw with the new key.
if (typeof document !== 'undefined') document.fonts?.addEventListener('loadingdone', () => epoch++)

export function chartFontFamily(): string {
  return epoch ? `${FONT_FAMILY}, "rol-fonts-loaded-${epoch}"` : FONT_FAMILY
}
