/**
 * Imported reports kept in this browser (IndexedDB), so they survive a reload: one record per
 * report with its extracted rows and original text, keyed by the file's sha256. The record
 * format is versioned and checked on the way back in (`parseStoredImport`, pure): a record this
 * version cannot read is skipped, never loaded half.
 */
import type { ObservationRow, ReportRow } from '../extract/types'
import type { ImportRows } from './append'

export const STORED_VERSION = 1

export interface StoredImport extends ImportRows {
  v: typeof STORED_VERSION
  sha256: string
  /** The file name as the user chose it. */
  name: string
  /** ISO time it was stored. */
  stored_at: string
}

export function toStoredImport(rows: ImportRows, name: string, now: Date = new Date()): StoredImport {
  return { v: STORED_VERSION, sha256: rows.report.sha256, name, stored_at: now.toISOString(), ...rows }
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const isStr = (x: unknown): x is string => typeof x === 'string'

function isReport(x: unknown): x is ReportRow {
  return isObj(x) && isStr(x.report_id) && isStr(x.file) && isStr(x.sha256) && (x.year == null || typeof x.year === 'number')
}
function isObservation(x: unknown): x is ObservationRow {
  return isObj(x) && isStr(x.report_id) && isStr(x.indicator_id) && (x.value == null || typeof x.value === 'number')
}

/** A record read back from storage, or null when it is not one this version wrote. */
export function parseStoredImport(x: unknown): StoredImport | null {
  if (!isObj(x) || x.v !== STORED_VERSION || !isStr(x.sha256) || !isStr(x.name) || !isStr(x.text)) return null
  if (!isReport(x.report) || x.report.sha256 !== x.sha256) return null
  if (!Array.isArray(x.observations) || !x.observations.every(isObservation)) return null
  return x as unknown as StoredImport
}

/** The key-value operations the import store needs; IndexedDB in the browser, a Map in tests. */
export interface ImportStorage {
  all(): Promise<unknown[]>
  /** One record as stored, or undefined. */
  get(sha256: string): Promise<unknown>
  put(record: StoredImport): Promise<void>
  delete(sha256: string): Promise<void>
}

const DB_NAME = 'rol-dashboard'
const STORE = 'imports'

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'))
  })
}

let opened: Promise<IDBDatabase> | null = null
function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available in this browser'))
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(DB_NAME, 1)
    r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'sha256' })
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error ?? new Error('IndexedDB could not be opened'))
    r.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'))
  }).catch((e) => {
    opened = null
    throw e
  })
  return opened
}

async function inStore<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const tx = (await openDb()).transaction(STORE, mode)
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
  })
  done.catch(() => undefined)
  const result = await request(fn(tx.objectStore(STORE)))
  await done
  return result
}

/** Imported reports in this browser's IndexedDB (database `rol-dashboard`, store `imports`). */
export const browserStorage: ImportStorage = {
  all: () => inStore('readonly', (s) => s.getAll()),
  get: (sha256) => inStore('readonly', (s) => s.get(sha256)),
  put: async (record) => void (await inStore('readwrite', (s) => s.put(record))),
  delete: async (sha256) => void (await inStore('readwrite', (s) => s.delete(sha256))),
}

/** An in-memory storage (tests; or where IndexedDB is unavailable, nothing survives a reload). */
export function memoryStorage(): ImportStorage & { records: Map<string, unknown> } {
  const records = new Map<string, unknown>()
  return {
    records,
    all: async () => [...records.values()].map((r) => structuredClone(r)),
    get: async (sha256) => structuredClone(records.get(sha256)),
    put: async (record) => void records.set(record.sha256, structuredClone(record)),
    delete: async (sha256) => void records.delete(sha256),
  }
}
