/** Zip archives written by hand for the archive-bound tests, so sizes can be made to lie and bombs stay small. */
import { deflateRawSync } from 'node:zlib'

export interface Part {
  name: string
  data: Uint8Array
  /** Size to declare (default: the real one). */
  declared?: number
  stored?: boolean
}

/** A zip written by hand (CRC left 0: nothing here checks it), so sizes can be made to lie. */
export function zip(parts: Part[]): Uint8Array {
  const chunks: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const p of parts) {
    const name = Buffer.from(p.name)
    const body = p.stored ? Buffer.from(p.data) : deflateRawSync(p.data)
    const size = p.declared ?? p.data.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(p.stored ? 0 : 8, 8)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const cd = Buffer.alloc(46)
    cd.writeUInt32LE(0x02014b50, 0)
    cd.writeUInt16LE(20, 4)
    cd.writeUInt16LE(20, 6)
    cd.writeUInt16LE(p.stored ? 0 : 8, 10)
    cd.writeUInt32LE(body.length, 20)
    cd.writeUInt32LE(size, 24)
    cd.writeUInt16LE(name.length, 28)
    cd.writeUInt32LE(offset, 42)
    chunks.push(local, name, body)
    central.push(cd, name)
    offset += 30 + name.length + body.length
  }
  const cdBytes = Buffer.concat(central)
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(Math.min(parts.length, 0xffff), 8)
  eocd.writeUInt16LE(Math.min(parts.length, 0xffff), 10)
  eocd.writeUInt32LE(cdBytes.length, 12)
  eocd.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...chunks, cdBytes, eocd]))
}
