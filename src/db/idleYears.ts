/**
 * Work done ahead of need, a piece at a time and only when the page is idle: the per-year rows
 * of src/queries/derivedTables.ts (about 2 s of work per year at a million observations), a piece
 * per idle turn (`makeYearPiece`: the values the year still lacks, then each stored answer), so a
 * year's first visit finds them made while a question asked meanwhile waits at most for the piece
 * in progress. Newest year first (the one most likely to be looked at next). A new round (the
 * tables changed) ends the one before it. `idleRounds` is the same for any items in a given order
 * (src/stores/dataset.ts asks a view's next questions ahead with it).
 */
export type Idle = (fn: () => void) => void

/** The browser's idle callback, or a short timeout where there is none. */
export const whenIdle: Idle = (fn) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => fn(), { timeout: 3000 }) : setTimeout(fn, 200))

/** `makePiece(item)` makes the item's next piece and says whether it made one (false: the item is done); items in the order given. */
export function idleRounds<T>(idle: Idle = whenIdle): (items: readonly T[], makePiece: (item: T) => Promise<boolean>) => void {
  let round = 0
  return (items, makePiece) => {
    const mine = ++round
    const next = (left: readonly T[]): void => {
      if (mine !== round || !left.length) return
      idle(() => {
        if (mine !== round) return
        makePiece(left[0]).then((more) => next(more ? left : left.slice(1)), () => undefined)
      })
    }
    next(items)
  }
}

/** `makePiece(year)` makes the year's next piece and says whether it made one (false: the year is whole). */
export function idleYears(idle: Idle = whenIdle): (years: readonly number[], makePiece: (year: number) => Promise<boolean>) => void {
  const rounds = idleRounds<number>(idle)
  return (years, makePiece) => rounds([...years].sort((a, b) => b - a), makePiece)
}
