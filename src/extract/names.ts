/**
 * Names shown to people (agency, title, region, sector), whether read from a report's text, a
 * sidecar or a file name: one rule for the CLI and the browser.
 *  - `cleanName`: control characters, bidi overrides/isolates/marks and invisible format
 *    characters removed (a right-to-left override would make a label display reversed), line
 *    breaks and runs of spaces made one space, ends trimmed. The full name is kept otherwise.
 *  - `shortName`: the name cut for display to `max` characters (whole code points) with "…";
 *    where it is cut, the full name goes into a tooltip (`title`, chart tooltips).
 */

/** C0/C1 controls, bidi controls (ALM, LRM, RLM, LRE…RLO, LRI…PDI), zero-width and other invisible format characters, BOM. */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g
const SPACES = /[\s\u2028\u2029]+/g

export function cleanName(name: string): string {
  return name.replace(INVISIBLE, '').replace(SPACES, ' ').trim()
}

/** Cleaned names and null stay as they are; anything else is cleaned, and an empty result is null. */
export function cleanOptionalName(name: string | null | undefined): string | null {
  if (name == null) return null
  const c = cleanName(name)
  return c || null
}

/** How many characters of a name labels show before cutting it (Chinese agency names are rarely longer). */
export const NAME_DISPLAY_MAX = 24

export function shortName(name: string, max = NAME_DISPLAY_MAX): string {
  const chars = Array.from(name)
  return chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join('')}…` : name
}

/** Bidi embedding, override and isolate controls: displayed, they reorder the text that follows. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g

/**
 * Report text and evidence for display (never for storage: offsets index the original): each bidi
 * control shown as a visible ⟨U+202E⟩ mark instead of silently reordering what follows, so
 * "57%‮%75" cannot be read as "57%57%".
 */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase()}⟩`)
}
