/** The index of the first number in `sorted` (ascending) that is at least `x`; `sorted.length` when none is. */
export function firstAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] < x) lo = mid + 1
    else hi = mid
  }
  return lo
}
