/**
 * Split a report's text into plain and highlighted segments (pure).
 * Offsets are UTF-16 code units (JS string indices). Overlapping observations are
 * handled by cutting at every boundary: a segment lists every observation covering it.
 * Observations whose offsets do not slice to their evidence are returned in `invalid`.
 */
export interface SpanLike {
  indicator_id: string
  evidence: string | null
  start: number | null
  end: number | null
}

export interface TextSegment<T extends SpanLike> {
  text: string
  start: number
  end: number
  spans: T[]
}

export function textSegments<T extends SpanLike>(text: string, spans: readonly T[]): { segments: TextSegment<T>[]; invalid: T[] } {
  const valid: T[] = []
  const invalid: T[] = []
  for (const s of spans) {
    const ok = s.start != null && s.end != null && s.start >= 0 && s.end > s.start && s.end <= text.length && (s.evidence == null || text.slice(s.start, s.end) === s.evidence)
    ;(ok ? valid : invalid).push(s)
  }
  const cuts = new Set<number>([0, text.length])
  for (const s of valid) {
    cuts.add(s.start!)
    cuts.add(s.end!)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: TextSegment<T>[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]
    const b = points[i + 1]
    if (a === b) continue
    const covering = valid.filter((s) => s.start! <= a && s.end! >= b)
    const prev = segments[segments.length - 1]
    if (prev && prev.spans.length === 0 && covering.length === 0) {
      prev.text += text.slice(a, b)
      prev.end = b
    } else {
      segments.push({ text: text.slice(a, b), start: a, end: b, spans: covering })
    }
  }
  return { segments, invalid }
}

const STOPS = ['。', '；', '\n', '！', '？']

/**
 * The evidence with up to `chars` characters of text before and after it, cut at sentence ends
 * where possible (… where cut mid-sentence); just the evidence when the offsets do not slice to it.
 */
export function sentenceContext(text: string | undefined, start: number | null, end: number | null, evidence: string, chars = 60): { before: string; mark: string; after: string } {
  if (!text || start == null || end == null || text.slice(start, end) !== evidence) return { before: '', mark: evidence, after: '' }
  let from = Math.max(0, start - chars)
  const lastStop = Math.max(...STOPS.map((c) => text.lastIndexOf(c, start - 1)))
  if (lastStop >= from) from = lastStop + 1
  let to = Math.min(text.length, end + chars)
  const nextStops = STOPS.map((c) => text.indexOf(c, end)).filter((i) => i >= 0 && i < to)
  if (nextStops.length) to = Math.min(...nextStops) + 1
  return {
    before: (from > 0 && from === Math.max(0, start - chars) ? '…' : '') + text.slice(from, start).trimStart(),
    mark: evidence,
    after: text.slice(end, to).trimEnd() + (to < text.length && !/[。；！？\n]$/.test(text.slice(end, to)) ? '…' : ''),
  }
}

/**
 * Offset within `original` of offset `shown` in `render(original)`, where `render` maps each
 * character on its own (e.g. a control character shown as its code): a point inside a character's
 * rendering is that character's start.
 */
export function originalOffset(original: string, shown: number, render: (ch: string) => string): number {
  let at = 0
  for (let i = 0; i < original.length; i++) {
    at += render(original[i]).length
    if (at > shown) return i
  }
  return original.length
}
