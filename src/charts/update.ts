/**
 * How a drawn chart takes its next option. `setOption(next, { notMerge: true })` throws every
 * component model and view away and builds them again (ECharts marks them brand new: a new
 * tooltip element, new axis and series views, every shape); a merge keeps them and redraws what
 * changed, in a fraction of the time. A merge draws the same picture as a fresh draw when the
 * next option leaves nothing of the drawn one behind:
 * - every key the drawn option set is set again (to a value or to `undefined`), down through
 *   nested objects — arrays are replaced whole by a merge, except the top-level lists of
 *   components (series, axes, grids, windows…), matched one to one, so those keep their length;
 * - nothing in it keeps a choice of the user's that a fresh draw would reset (a legend's
 *   hidden series, a visual map's range, a brush).
 * Otherwise the chart is drawn afresh.
 */

/** Components whose state follows the user's clicks, not the option: a fresh draw resets it, a merge would keep it. */
const STATEFUL = ['legend', 'visualMap', 'brush', 'timeline']

const isPlain = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype

/** Does `next` set every key `drawn` set, through nested plain objects? */
function restates(drawn: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const k of Object.keys(drawn)) {
    if (!Object.hasOwn(next, k)) return false
    const a = drawn[k]
    const b = next[k]
    if (isPlain(a) && isPlain(b) && !restates(a, b)) return false
  }
  return true
}

/** May `next` be merged over `drawn` (see above)? `drawn` is the option last set (undefined before the first). */
export function canMerge(drawn: Record<string, unknown> | undefined, next: Record<string, unknown>): boolean {
  if (!drawn) return false
  for (const k of STATEFUL) if (drawn[k] != null || next[k] != null) return false
  for (const k of Object.keys(drawn)) {
    if (!Object.hasOwn(next, k)) return false
    const a = drawn[k]
    const b = next[k]
    // Not drawn before: whatever comes is new. Gone now: a merge skips an empty top-level key and keeps the old.
    if (a == null) continue
    if (b == null) return false
    if (Array.isArray(a) || Array.isArray(b)) {
      // A list of components: one to one, each restated.
      const as = Array.isArray(a) ? a : [a]
      const bs = Array.isArray(b) ? b : [b]
      if (as.length !== bs.length) return false
      for (let i = 0; i < as.length; i++) {
        const x = as[i]
        const y = bs[i]
        if (isPlain(x) && isPlain(y) ? !restates(x, y) : x !== y) return false
      }
    } else if (isPlain(a) && isPlain(b) && !restates(a, b)) return false
  }
  return true
}
