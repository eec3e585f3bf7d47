/**
 * Query answers → plain rows: text columns decoded a chunk at a time give exactly the strings
 * Arrow's own per-value reading gives (multi-byte characters, surrogate pairs, empty strings,
 * nulls, several batches, a sliced column), and bytes that are not UTF-8 fall back to Arrow.
 */
import { describe, expect, it } from 'vitest'
import { Table, Utf8, makeData, makeVector, tableFromArrays, tableFromIPC, tableToIPC, vectorFromArray } from 'apache-arrow'
import { plain, utf8Strings } from '../../src/db/rows'

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
})
