/**
 * Bounds for zip-based inputs (.docx), checked before anything is inflated by the reader
 * (mammoth/JSZip would inflate a 735 KB file to 300 MB of XML and hold gigabytes doing it):
 *  1. the central directory is read (ZIP64 too): the entry count and the total of the declared
 *     uncompressed sizes must stay within the limits;
 *  2. each entry is then inflated once as a stream, counting bytes and stopping at once when it
 *     outgrows what the directory declared (a directory can lie) or the total limit.
 * Only `DecompressionStream` (browsers, Web Workers, Node ≥ 18); never more than one chunk held.
 */
import { errors, MAX_UNPACKED_BYTES, type IngestError } from './types'

export const MAX_ZIP_ENTRIES = 10_000

interface Entry {
  name: string
  method: number
  compressed: number
  size: number
  offset: number
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8)
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x100000000

/** Where the End Of Central Directory record starts, or -1 (it is in the last 64 KiB + 22 bytes). */
function findEocd(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i
  }
  return -1
}

/** The entries as the central directory declares them, or a reason it cannot be read. */
export function centralDirectory(b: Uint8Array, maxEntries = MAX_ZIP_ENTRIES): { entries: Entry[]; count: number } | { problem: string } {
  const eocd = findEocd(b)
  if (eocd < 0) return { problem: 'no zip central directory' }
  let count = u16(b, eocd + 10)
  let cdOffset = u32(b, eocd + 16)
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20
    if (loc < 0 || u32(b, loc) !== 0x07064b50) return { problem: 'broken ZIP64 locator' }
    const z = u64(b, loc + 8)
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50) return { problem: 'broken ZIP64 directory' }
    count = u64(b, z + 32)
    cdOffset = u64(b, z + 48)
  }
  if (count > maxEntries) return { entries: [], count }
  const entries: Entry[] = []
  let p = cdOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return { problem: 'broken zip central directory' }
    const nameLen = u16(b, p + 28)
    const extraLen = u16(b, p + 30)
    const commentLen = u16(b, p + 32)
    const e: Entry = {
      name: new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLen)),
      method: u16(b, p + 10),
      compressed: u32(b, p + 20),
      size: u32(b, p + 24),
      offset: u32(b, p + 42),
    }
    // ZIP64 extra field: the 8-byte values replace, in this order, those set to 0xFFFFFFFF.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; x += 4 + u16(b, x + 2)) {
      if (u16(b, x) !== 1) continue
      let f = x + 4
      if (e.size === 0xffffffff) {
        e.size = u64(b, f)
        f += 8
      }
      if (e.compressed === 0xffffffff) {
        e.compressed = u64(b, f)
        f += 8
      }
      if (e.offset === 0xffffffff) e.offset = u64(b, f)
    }
    entries.push(e)
    p += 46 + nameLen + extraLen + commentLen
  }
  return { entries, count }
}

/** Inflate one entry as a stream, stopping as soon as it passes `limit` bytes; the bytes it really has. */
async function inflatedSize(b: Uint8Array, e: Entry, limit: number): Promise<number> {
  if (e.offset + 30 > b.length || u32(b, e.offset) !== 0x04034b50) throw new Error(`broken entry ${e.name}`)
  const start = e.offset + 30 + u16(b, e.offset + 26) + u16(b, e.offset + 28)
  const data = b.subarray(start, Math.min(b.length, start + e.compressed))
  if (e.method === 0) return data.length
  if (e.method !== 8) throw new Error(`entry ${e.name} uses compression method ${e.method}`)
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  let n = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return n
      n += value.length
      if (n > limit) return n
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
}

/**
 * Null when the archive is within the limits; else the "too large when unpacked" error (or a
 * corrupt-file error when its directory cannot be read).
 */
export async function checkZipBounds(b: Uint8Array, maxUnpacked = MAX_UNPACKED_BYTES, maxEntries = MAX_ZIP_ENTRIES): Promise<IngestError | null> {
  const cd = centralDirectory(b, maxEntries)
  if ('problem' in cd) return errors.corrupt('docx', cd.problem)
  if (cd.count > maxEntries) return errors.unpackedTooLarge(maxUnpacked, { entries: cd.count, maxEntries })
  const declared = cd.entries.reduce((a, e) => a + e.size, 0)
  if (declared > maxUnpacked) return errors.unpackedTooLarge(maxUnpacked, { bytes: declared })
  let total = 0
  for (const e of cd.entries) {
    let real: number
    try {
      real = await inflatedSize(b, e, Math.min(e.size, maxUnpacked - total))
    } catch (err) {
      return errors.corrupt('docx', err instanceof Error ? err.message : String(err))
    }
    total += real
    if (real > e.size || total > maxUnpacked) return errors.unpackedTooLarge(maxUnpacked, { bytes: Math.max(total, declared) })
  }
  return null
}
