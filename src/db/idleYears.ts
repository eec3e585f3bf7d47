/**
 * Work done ahead of need, one year at a time and only when the page is idle: the per-year rows
 * of src/queries/derivedTables.ts (about 2 s of work per year at a million observations), so a
 * year's first visit finds them made while a question asked meanwhile waits at most for the year
 * in progress. Newest year first (the one most likely to be looked at next). A new round (the
 * tables changed) ends the one before it.
 */
export type Idle = (fn: () => void) => void

/** The browser's idle callback, or a short timeout where there is none. */
export const whenIdle: Idle = (fn) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => fn(), { timeout: 3000 }) : setTimeout(fn, 200))

export function idleYears(idle: Idle = whenIdle): (years: readonly number[], makeYear: (year: number) => Promise<void>) => void {
  let round = 0
  return (years, makeYear) => {
    const mine = ++round
    const next = (left: readonly number[]): void => {
      if (mine !== round || !left.length) return
      idle(() => {
        if (mine !== round) return
        makeYear(left[0]).then(() => next(left.slice(1)), () => undefined)
      })
    }
    next([...years].sort((a, b) => b - a))
  }
}
