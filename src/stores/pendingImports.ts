/**
 * The files of an import still to be done, written down before the import starts and struck off
 * one by one as each finishes, so that after a reload (or a crashed tab) the next load can say
 * which files were not imported. Kept in localStorage: written synchronously, before anything can
 * be lost. Pure over a `Storage`-like object so tests can give their own.
 */
export interface PendingFile {
  name: string
  size: number
}

export const PENDING_KEY = 'rol-dashboard.pending-imports'

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

function storage(): KeyValue | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null // storage blocked (privacy settings): no notice after a reload, nothing else lost
  }
}

function isPending(x: unknown): x is PendingFile {
  return typeof x === 'object' && x !== null && typeof (x as PendingFile).name === 'string' && typeof (x as PendingFile).size === 'number'
}

export function readPending(s: KeyValue | null = storage()): PendingFile[] {
  try {
    const list = JSON.parse(s?.getItem(PENDING_KEY) ?? '[]') as unknown
    return Array.isArray(list) ? list.filter(isPending) : []
  } catch {
    return []
  }
}

export function writePending(list: readonly PendingFile[], s: KeyValue | null = storage()): void {
  try {
    if (list.length) s?.setItem(PENDING_KEY, JSON.stringify(list.map(({ name, size }) => ({ name, size }))))
    else s?.removeItem(PENDING_KEY)
  } catch {
    /* full or blocked: the import itself goes on */
  }
}
