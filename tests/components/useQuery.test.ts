/**
 * useQuery's answers: a new answer equal to the shown rows keeps the shown array (nothing drawn
 * from it is worked out or drawn again), one that differs anywhere replaces it.
 */
import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { effectScope, nextTick, ref } from 'vue'
import { keepIfSame, sameRows, useQuery } from '../../src/composables/useQuery'
import { useDatasetStore } from '../../src/stores/dataset'

const settle = async () => {
  for (let i = 0; i < 5; i++) await nextTick()
}

describe('useQuery', () => {
  it('keeps the shown rows when the answer is the same, and takes an answer that differs in any row', async () => {
    setActivePinia(createPinia())
    const dataset = useDatasetStore()
    const answers: Record<string, unknown[]> = {
      a: [{ id: 1, v: 'x' }, { id: 2, v: 'y' }],
      b: [{ id: 1, v: 'x' }, { id: 2, v: 'y' }],
      c: [{ id: 1, v: 'x' }, { id: 2, v: 'z' }],
    }
    ;(dataset as unknown as { run: (q: { sql: string }) => Promise<unknown[]> }).run = async (q) => answers[q.sql].map((r) => ({ ...(r as object) }))
    dataset.status = 'ready'
    const sql = ref('a')
    const scope = effectScope()
    const state = scope.run(() => useQuery(() => ({ sql: sql.value, params: [] })))!
    await settle()
    const first = state.rows.value
    expect(first).toEqual(answers.a)
    sql.value = 'b'
    await settle()
    expect(state.rows.value).toBe(first)
    sql.value = 'c'
    await settle()
    expect(state.rows.value).not.toBe(first)
    expect(state.rows.value).toEqual(answers.c)
    scope.stop()
  })

  it('tells rows apart row by row, up to 5000', () => {
    expect(sameRows([{ a: 1 }, { a: [2, 3] }], [{ a: 1 }, { a: [2, 3] }])).toBe(true)
    expect(sameRows([{ a: 1 }, { a: 2 }], [{ a: 1 }, { a: 3 }])).toBe(false)
    expect(sameRows([{ a: 1 }], [{ a: 1 }, { a: 1 }])).toBe(false)
    const many = Array.from({ length: 5001 }, (_, i) => ({ i }))
    expect(sameRows(many, many.map((r) => ({ ...r })))).toBe(false)
    // A long answer: the same, or differing in any one row (past a long equal start, or in a row between the spread ones).
    const long = Array.from({ length: 1200 }, (_, i) => ({ i, block: Math.floor(i / 300) }))
    expect(sameRows(long, long.map((r) => ({ ...r })))).toBe(true)
    for (const k of [0, 1, 601, 1198, 1199]) expect(sameRows(long, long.map((r, i) => (i === k ? { ...r, block: -1 } : r)))).toBe(false)
  })

  it('keeps what was made from the same inputs, and makes it again when any input differs', () => {
    let made = 0
    const make = () => ({ chart: ++made })
    const rows = [{ report_id: 'a', value: 1 }]
    const first = keepIfSame(undefined, ['mediation', 12, rows], make)
    expect(first.value).toEqual({ chart: 1 })
    // The same inputs in new arrays and objects (a new answer of the same rows): the very same value, not made again.
    const again = keepIfSame(first, ['mediation', 12, rows.map((r) => ({ ...r }))], make)
    expect(again).toBe(first)
    expect(made).toBe(1)
    for (const from of [['training', 12, rows], ['mediation', 13, rows], ['mediation', 12, [{ report_id: 'a', value: 2 }]]]) {
      const next = keepIfSame(first, from, make)
      expect(next).not.toBe(first)
      expect(next.from).toBe(from)
    }
    expect(made).toBe(4)
  })
})
