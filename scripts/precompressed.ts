/**
 * Pre-compressed copies of the browser's table files and of the DuckDB wasm, made once at build
 * time and sent as they are: `x.arrow` gets `x.arrow.br` (brotli) and `x.arrow.gz` (gzip) beside
 * it (the build's `duckdb-*.wasm` likewise: 34 MB → 6 MB), and a server that finds one the browser
 * accepts sends it with `Content-Encoding` (the browser decompresses natively, off the main
 * thread). Used by the CLI (./tables.ts), by `vite build`, `vite` and `vite preview`
 * (vite.config.ts) and by the test/bench static server (tests/e2e/server.ts).
 */
import { existsSync, writeFileSync } from 'node:fs'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** Files served pre-compressed, with the type they are sent as. */
export const PRECOMPRESSED_TYPES: Record<string, string> = { '.arrow': 'application/vnd.apache.arrow.stream', '.wasm': 'application/wasm' }

/** Brotli's best level costs about a second per MB; large tables get a level that is ~10× faster and a few percent bigger. */
const BROTLI_MAX_BYTES = 4 * 2 ** 20

/** Write `file.br` and `file.gz` next to `file`, whose content is `bytes`. */
export function writePrecompressed(file: string, bytes: Uint8Array): void {
  const quality = bytes.length <= BROTLI_MAX_BYTES ? 11 : 7
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length, [constants.BROTLI_PARAM_LGWIN]: 24 },
  }))
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }))
}

const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const

/** The content codings a request's `Accept-Encoding` allows (`br;q=0` refuses brotli). */
function acceptedEncodings(header: string): Set<string> {
  const out = new Set<string>()
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((x) => x.trim().toLowerCase())
    const q = params.find((p) => p.startsWith('q='))
    if (name && !(q && Number(q.slice(2)) === 0)) out.add(name)
  }
  return out
}

/**
 * The pre-compressed copy of `file` to send for a request's `Accept-Encoding`, or null (send the
 * file itself). Only for the types in PRECOMPRESSED_TYPES, and only beside the file itself.
 */
export function precompressedVariant(file: string, acceptEncoding: string | undefined): { path: string; encoding: string; type: string } | null {
  const type = PRECOMPRESSED_TYPES[file.slice(file.lastIndexOf('.'))]
  if (!type || !acceptEncoding || !existsSync(file)) return null
  const accepted = acceptedEncodings(acceptEncoding)
  for (const [encoding, ext] of ENCODINGS) {
    if (accepted.has(encoding) && existsSync(file + ext)) return { path: file + ext, encoding, type }
  }
  return null
}
