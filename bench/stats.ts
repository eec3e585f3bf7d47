/** Small, pure statistics for the benchmark (unit-tested in tests/bench/stats.test.ts). */

export interface Summary {
  n: number
  median: number
  min: number
  max: number
  p95: number
}

/** Sorted copy, ascending; NaN and non-finite values are dropped. */
function sorted(xs: readonly number[]): number[] {
  return xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
}

/** Median (mean of the two middle values for an even count); NaN for an empty list. */
export function median(xs: readonly number[]): number {
  const s = sorted(xs)
  if (!s.length) return NaN
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Nearest-rank percentile (p in 0..100): the smallest value with at least p% of values ≤ it. */
export function percentile(xs: readonly number[], p: number): number {
  const s = sorted(xs)
  if (!s.length) return NaN
  if (p <= 0) return s[0]
  const rank = Math.ceil((p / 100) * s.length)
  return s[Math.min(s.length, rank) - 1]
}

export function summarise(xs: readonly number[]): Summary {
  const s = sorted(xs)
  return {
    n: s.length,
    median: median(s),
    min: s.length ? s[0] : NaN,
    max: s.length ? s[s.length - 1] : NaN,
    p95: percentile(s, 95),
  }
}

/** a / b, NaN when b is 0 or either is not finite. */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : NaN
}
