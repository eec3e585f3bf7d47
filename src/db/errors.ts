/** Errors are values: each kind maps to a message and a "what to do next" hint in i18n (`status.errors.*`, `status.hints.*`). */
export type DatasetErrorKind = 'no-wasm' | 'wasm-served' | 'missing-file' | 'corrupt-file' | 'worker' | 'query' | 'unknown'

export class DatasetError extends Error {
  readonly kind: DatasetErrorKind
  readonly file?: string
  constructor(kind: DatasetErrorKind, detail: string, file?: string) {
    super(detail)
    this.name = 'DatasetError'
    this.kind = kind
    this.file = file
  }
}

export function toDatasetError(e: unknown, fallback: DatasetErrorKind = 'unknown', file?: string): DatasetError {
  if (e instanceof DatasetError) return e
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
  return new DatasetError(fallback, detail, file)
}

/** `p`, or the error `onTimeout` makes when it has not settled after `ms` (a worker or wasm that never answers). */
export function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => DatasetError): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(onTimeout()), ms)
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    )
  })
}
