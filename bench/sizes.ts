/**
 * Compressed sizes of built files, as a static server that pre-compresses would send them:
 * gzip level 9 and brotli quality 11. Brotli-11 of the 34 MB wasm takes about a minute here,
 * so results are cached by content hash in node_modules/.cache/rol-bench/compressed.json.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { CACHE } from './build'

export interface FileSize {
  raw: number
  gzip: number
  brotli: number
}

const CACHE_FILE = join(CACHE, 'compressed.json')
let cache: Record<string, FileSize> | null = null

export function sizeOf(path: string): FileSize {
  cache ??= existsSync(CACHE_FILE) ? (JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, FileSize>) : {}
  const bytes = readFileSync(path)
  const key = createHash('sha1').update(bytes).digest('hex')
  const hit = cache[key]
  if (hit) return hit
  const size: FileSize = {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  }
  cache[key] = size
  writeFileSync(CACHE_FILE, JSON.stringify(cache))
  return size
}

export function addSizes(list: FileSize[]): FileSize {
  return list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 })
}
