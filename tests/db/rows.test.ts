/**
 * Query answers → plain rows: text columns decoded a chunk at a time give exactly the strings
 * Arrow's own per-value reading gives (multi-byte characters, surrogate pairs, empty strings,
 * nulls, several batches, a sliced column), and bytes that are not UTF-8 fall back to Arrow;
 * number and boolean columns read from their buffers give exactly what Arrow's `get` gives.
 */
import { describe, expect, it } from 'vitest'
import { Bool, Dictionary, Float32, Float64, Int32, Int64, Int8, Table, Uint16, Utf8, makeData, makeVector, tableFromArrays, tableFromIPC, tableToIPC, vectorFromArray } from 'apache-arrow'
import { fixedValues, plain, utf8Strings } from '../../src/db/rows'

const TEXTS = ['jiangjin-2023', '江津区气象局', '', null, '𠀋𡈽 emoji 😀 and 约12.5%', 'é', null, '最后一行']

/** What Arrow itself reads, row by row. */
const arrowRows = (t: Table) => t.toArray().map((r) => ({ ...r.toJSON() }))

describe('plain', () => {
  it('gives the same rows as Arrow for text, numbers and nulls, over several batches', () => {
    const one = tableFromArrays({ id: Float64Array.from(TEXTS, (_, i) => i) }).assign(new Table({ text: vectorFromArray(TEXTS, new Utf8()) }))
    const t = tableFromIPC(tableToIPC(one.concat(one.slice(2, 6)), 'stream'))
    expect(t.batches.length).toBeGreaterThan(1)
    const rows = plain<{ id: number; text: string | null }>(t)
    expect(rows).toEqual(arrowRows(t))
    expect(rows.map((r) => r.text)).toEqual([...TEXTS, ...TEXTS.slice(2, 6)])
  })

  it('decodes a chunk at a time, cut where each value ends', () => {
    const data = vectorFromArray(TEXTS, new Utf8()).data[0]
    expect(utf8Strings(data)).toEqual(TEXTS)
  })

  it('leaves a sliced column and bytes that are not UTF-8 to Arrow', () => {
    const sliced = vectorFromArray(TEXTS, new Utf8()).slice(1, 4).data[0]
    expect(utf8Strings(sliced)).toBeNull()
    const bad = makeVector(makeData({ type: new Utf8(), length: 2, valueOffsets: Int32Array.from([0, 1, 3]), data: Uint8Array.from([0x41, 0xc3, 0x28]) }))
    expect(utf8Strings(bad.data[0])).toBeNull()
    expect(plain<{ s: string }>(new Table({ s: bad })).map((r) => r.s)).toEqual([...bad].map(String))
  })

  it('reads numbers and booleans from their buffers as Arrow reads them, nulls and 64-bit integers too', () => {
    const NUMS = [3, null, -7, 0, null, 120, 5, 9, null, 11]
    const one = new Table({
      i8: vectorFromArray(NUMS, new Int8()),
      i32: vectorFromArray(NUMS, new Int32()),
      u16: vectorFromArray(NUMS.map((n) => (n == null ? null : Math.abs(n))), new Uint16()),
      i64: vectorFromArray(NUMS.map((n) => (n == null ? null : BigInt(n))), new Int64()),
      f32: vectorFromArray(NUMS.map((n) => (n == null ? null : n / 4)), new Float32()),
      f64: vectorFromArray(NUMS.map((n) => (n == null ? null : n / 3)), new Float64()),
      flag: vectorFromArray(NUMS.map((n) => (n == null ? null : n > 4)), new Bool()),
      word: vectorFromArray(NUMS.map((n) => (n == null ? null : n > 4 ? '高' : 'low')), new Dictionary(new Utf8(), new Int32())),
    })
    const t = tableFromIPC(tableToIPC(one.concat(one.slice(1, 8)), 'stream'))
    expect(t.batches.length).toBeGreaterThan(1)
    const expected = arrowRows(t).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])))
    expect(plain(t)).toEqual(expected)
    expect(plain<{ flag: boolean | null }>(t).slice(0, 4).map((r) => r.flag)).toEqual([false, null, false, false])
  })

  it('leaves a sliced number column and other types to Arrow', () => {
    expect(fixedValues(vectorFromArray([1, 2, 3], new Int32()).slice(1).data[0])).toBeNull()
    expect(fixedValues(vectorFromArray(['a'], new Utf8()).data[0])).toBeNull()
  })
})
