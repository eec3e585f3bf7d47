import { Precision, Type, type Data, type Float, type Table } from 'apache-arrow'

/** Throws on bytes that are not UTF-8 (see `utf8Strings`). */
const strict = new TextDecoder('utf-8', { fatal: true })

/**
 * The strings of one Utf8 column chunk, decoded in one call for the whole chunk and cut at the
 * values' offsets (counted in UTF-16 units by one pass over the bytes) instead of one
 * TextDecoder call per value as Arrow's `get` does: for the 50,000-row report list of a large
 * dataset that was most of the main thread's work between DuckDB's answer and the app being ready.
 * Null where the value is null. Bytes that are not valid UTF-8 would decode to replacement
 * characters whose width this count does not follow, so such a chunk is left to Arrow.
 */
export function utf8Strings(data: Data): (string | null)[] | null {
  const offsets = data.valueOffsets as Int32Array | undefined
  const bytes = data.values as Uint8Array | undefined
  if (!offsets || !bytes || data.type.typeId !== Type.Utf8 || data.offset !== 0) return null
  const first = offsets[0]
  const end = offsets[data.length]
  let text: string
  try {
    text = strict.decode(bytes.subarray(first, end))
  } catch {
    return null
  }
  const out: (string | null)[] = new Array(data.length)
  let unit = 0
  let byte = first
  /** UTF-16 units of the text before byte `target` (a 4-byte sequence is a surrogate pair: 2). */
  const unitAt = (target: number): number => {
    for (; byte < target; byte++) {
      const b = bytes[byte]
      if ((b & 0xc0) !== 0x80) unit += b >= 0xf0 ? 2 : 1
    }
    return unit
  }
  const valid = data.nullCount > 0 ? data.nullBitmap : undefined
  let from = unitAt(first)
  for (let i = 0; i < data.length; i++) {
    const to = unitAt(offsets[i + 1])
    out[i] = !valid || valid[i >> 3] & (1 << (i & 7)) ? text.slice(from, to) : null
    from = to
  }
  return out
}

/**
 * The strings of one text column chunk: Utf8 through `utf8Strings`, and a dictionary of Utf8 (as
 * the published tables write a text column whose values repeat) through its values decoded once
 * and looked up by index. Null for any other chunk, or one `utf8Strings` leaves to Arrow.
 */
export function textStrings(data: Data): (string | null)[] | null {
  if (data.type.typeId !== Type.Dictionary) return utf8Strings(data)
  const words = data.dictionary?.data.length === 1 ? utf8Strings(data.dictionary.data[0]) : null
  const indices = data.values as ArrayLike<number> | undefined
  if (!words || !indices || data.offset !== 0) return null
  const valid = data.nullCount > 0 ? data.nullBitmap : undefined
  const out: (string | null)[] = new Array(data.length)
  for (let i = 0; i < data.length; i++) out[i] = !valid || valid[i >> 3] & (1 << (i & 7)) ? words[indices[i]] : null
  return out
}

/** Is bit `i` of a validity bitmap set (or is there none)? */
const isValid = (valid: Uint8Array | undefined, i: number): boolean => !valid || (valid[i >> 3] & (1 << (i & 7))) !== 0

/**
 * The values of one number or boolean column chunk, read from its buffers: Arrow's `get` goes
 * through a visitor for every value, most of the time of turning a few thousand rows of twenty
 * such columns into objects (the Overview's held headline answer at the 300-agency city).
 * 64-bit integers become numbers (cast in SQL; should not happen). Null for any other chunk.
 */
export function fixedValues(data: Data): (number | boolean | null)[] | null {
  const { typeId } = data.type
  const values = data.values as ArrayLike<number | bigint> | undefined
  const numbers = (typeId === Type.Int || (typeId === Type.Float && (data.type as Float).precision !== Precision.HALF)) && values
  if (data.offset !== 0 || !(numbers || (typeId === Type.Bool && values))) return null
  const valid = data.nullCount > 0 ? data.nullBitmap : undefined
  const out: (number | boolean | null)[] = new Array(data.length)
  if (numbers) for (let i = 0; i < data.length; i++) out[i] = isValid(valid, i) ? Number(values[i]) : null
  else for (let i = 0; i < data.length; i++) out[i] = isValid(valid, i) ? isValid(values as Uint8Array, i) : null
  return out
}

/**
 * Arrow result → plain objects, column by column (much faster than a row proxy's `toJSON` per
 * row for the 50,000-row report list of a large dataset); text columns through `textStrings`,
 * number and boolean ones through `fixedValues`, any other through Arrow's `get`; any BigInt
 * left (should not happen: cast in SQL) becomes a number.
 */
export function plain<T>(table: Table): T[] {
  const names = table.schema.fields.map((f) => f.name)
  const out: Record<string, unknown>[] = []
  for (const batch of table.batches) {
    const base = out.length
    // Every row made with all its keys at once (copies of one shape): filling them in column by
    // column then writes in place, where adding the keys one column at a time moves each object
    // through a shape per key.
    const shape = Object.fromEntries(names.map((n) => [n, null]))
    for (let r = 0; r < batch.numRows; r++) out.push({ ...shape })
    names.forEach((name, c) => {
      const column = batch.getChildAt(c)!
      const data = column.data.length === 1 ? column.data[0] : undefined
      const read = data ? (textStrings(data) ?? fixedValues(data)) : null
      for (let r = 0; r < batch.numRows; r++) {
        const v: unknown = read ? read[r] : column.get(r)
        out[base + r][name] = typeof v === 'bigint' ? Number(v) : v
      }
    })
  }
  return out as T[]
}
