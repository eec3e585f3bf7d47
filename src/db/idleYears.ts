/**
 * Work done ahead of need, one year at a time and only when the page is idle and no question is
 * waiting (`quietIdle`): the per-year rows
 * of src/queries/derivedTables.ts (about 2 s of work per year at a million observations), so a
 * year's first visit finds them made while a question asked meanwhile waits at most for the year
 * in progress. Newest year first (the one most likely to be looked at next). A new round (the
 * tables changed) ends the one before it.
 */
export type Idle = (fn: () => void) => void

/** The browser's idle callback, or a short timeout where there is none. */
export const whenIdle: Idle = (fn) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => fn(), { timeout: 3000 }) : setTimeout(fn, 200))

/**
 * Idle time that is also quiet: an `idle` turn once no question has been in flight for `quietMs`
 * (`lastAsked()`: when the last one was answered, Infinity while one is waiting). The page is idle
 * while DuckDB works on the view's first questions; work started then would sit between their
 * answers and the next click.
 */
export function quietIdle(idle: Idle, lastAsked: () => number, quietMs: number, now: () => number = () => performance.now()): Idle {
  const quiet: Idle = (fn) => idle(() => (now() - lastAsked() >= quietMs ? fn() : quiet(fn)))
  return quiet
}

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
