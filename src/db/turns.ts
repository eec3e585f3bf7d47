/**
 * Work on the one connection, one turn after another (./duckdb.ts): each turn starts once every
 * turn queued before it has ended, whether it succeeded or failed. `idle` says whether a turn
 * started now would be the only one: a question can then be sent in the caller's own turn of the
 * event loop instead of a few promise turns later, after whatever the caller does next (a view
 * asks in Vue's update, then patches the page before those promise turns come).
 */
export interface Turns {
  /** Run `fn` once every turn queued before it has ended; its result. */
  inTurn<T>(fn: () => Promise<T>): Promise<T>
  /** No turn is queued or running. */
  readonly idle: boolean
}

export function turns(): Turns {
  let queue: Promise<unknown> = Promise.resolve()
  let open = 0
  const ended = () => {
    open--
  }
  return {
    inTurn(fn) {
      open++
      const result = queue.then(fn, fn)
      queue = result.then(ended, ended)
      return result
    },
    get idle() {
      return open === 0
    },
  }
}
