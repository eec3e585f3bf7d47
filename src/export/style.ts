/**
 * Export and presentation styles (pure data). The print style is for images pasted into
 * documents: white, compact. The presentation style is large type with maximum contrast
 * (black on white reads best on projectors in lit rooms), scaled to the screen height.
 */
import { FONT_FAMILY } from '../charts/theme'

/** Family name registered by `@fontsource-variable/noto-sans-sc` (see ./fonts.ts). */
export const WEB_FONT = 'Noto Sans SC Variable'
/**
 * The bundled web font first, so exports look the same on every machine. Single quotes:
 * ECharts writes the family into SVG `style="…"` attributes without escaping double quotes.
 */
export const EXPORT_FONT_FAMILY = `'${WEB_FONT}', ${FONT_FAMILY.replace(/"/g, "'")}`

export interface ExportStyle {
  name: 'print' | 'present'
  /** Multiplies the chart's own font sizes, widths, symbol sizes and margins. */
  scale: number
  background: string
  text: string
  muted: string
  /** Left/right page margin (px). */
  pad: number
  /** Distance from the top to the title (px). */
  top: number
  titleSize: number
  subtitleSize: number
  footSize: number
  /** No chart text smaller than this (px). */
  minFont: number
}

/** Default width of an exported chart in CSS px (the PNG is width × pixel ratio). */
export const EXPORT_WIDTH = 960
/** Default height of the chart body when the live chart's height is unknown. */
export const DEFAULT_BODY_HEIGHT = 320

export const PRINT_STYLE: ExportStyle = {
  name: 'print',
  scale: 1,
  background: '#ffffff',
  text: '#111827',
  muted: '#4b5563',
  pad: 24,
  top: 20,
  titleSize: 20,
  subtitleSize: 13,
  footSize: 11,
  minFont: 12,
}

/** Font scale for a presentation screen: 1.33 at 720 px high, 2 at 1080 px. */
export function presentScale(viewportHeight: number): number {
  return Math.min(2.6, Math.max(1.1, viewportHeight / 540))
}

export function presentStyle(viewportHeight: number): ExportStyle {
  const scale = presentScale(viewportHeight)
  return {
    name: 'present',
    scale,
    background: '#ffffff',
    text: '#000000',
    muted: '#1f2933',
    pad: Math.round(24 * scale),
    top: Math.round(8 * scale),
    titleSize: Math.round(28 * scale),
    subtitleSize: Math.round(15 * scale),
    footSize: Math.round(11 * scale),
    minFont: Math.round(13 * scale),
  }
}

/** Slide palette: the theme's hues, darkened where they were light, for contrast on a projector. */
export const PRESENT_PALETTE = ['#1d4f91', '#c2410c', '#15803d', '#b91c1c', '#6d28d9', '#7c4a1e', '#be185d', '#374151', '#8a7a00', '#0e7490']
