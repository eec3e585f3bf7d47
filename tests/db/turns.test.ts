/**
 * The connection's turns (src/db/turns.ts): in order, each after the one before has ended, and
 * `idle` only while none is queued or running — src/db sends a question at once only then, so
 * nothing queued before it can come after it.
 */
import { describe, expect, it } from 'vitest'
import { turns } from '../../src/db/turns'

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('turns', () => {
  it('runs turns one after another, a failed one too, and is idle only when none is left', async () => {
    const t = turns()
    expect(t.idle).toBe(true)
    const order: string[] = []
    let release!: () => void
    const first = t.inTurn(() => new Promise<string>((r) => (release = () => r('a'))).then((x) => (order.push(x), x)))
    const failing = t.inTurn(async () => {
      order.push('b')
      throw new Error('no')
    })
    const third = t.inTurn(async () => (order.push('c'), 'c'))
    expect(t.idle).toBe(false)
    await settle()
    expect(order).toEqual([])
    expect(t.idle).toBe(false)
    release()
    await expect(first).resolves.toBe('a')
    await expect(failing).rejects.toThrow('no')
    await expect(third).resolves.toBe('c')
    await settle()
    expect(order).toEqual(['a', 'b', 'c'])
    expect(t.idle).toBe(true)
  })
})
