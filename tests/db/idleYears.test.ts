import { describe, expect, it } from 'vitest'
import { idleRounds, idleYears } from '../../src/db/idleYears'

/**
 * An idle queue the test drains by hand, and a piece maker that records each piece and resolves
 * when told: each year has `pieces` pieces, after which it answers false (the year is whole).
 */
function harness(pieces = 1) {
  const idle: (() => void)[] = []
  const made: number[] = []
  const pending: (() => void)[] = []
  const left = new Map<number, number>()
  const makePiece = (y: number) =>
    new Promise<boolean>((done) => {
      const n = left.get(y) ?? pieces
      if (n === 0) return done(false)
      left.set(y, n - 1)
      made.push(y)
      pending.push(() => done(true))
    })
  const settle = async () => {
    pending.splice(0).forEach((d) => d())
    for (let k = 0; k < 4; k++) await Promise.resolve()
  }
  /** Finish the pieces under way, then run idle turns (each one piece or the end of a year) until none is queued. */
  const drain = async () => {
    await settle()
    while (h.idle.length) {
      h.idle.shift()!()
      await settle()
    }
  }
  const h = { idle, made, makePiece, settle, drain, run: idleYears((fn) => idle.push(fn)) }
  return h
}

describe('years made in idle time', () => {
  it('one piece per idle turn, newest year first, the next only after the one before is made', async () => {
    const h = harness(1)
    h.run([2021, 2023, 2022], h.makePiece)
    expect(h.made).toEqual([])
    h.idle.shift()!()
    expect(h.made).toEqual([2023])
    expect(h.idle).toHaveLength(0)
    await h.drain()
    expect(h.made).toEqual([2023, 2022, 2021])
    expect(h.idle).toHaveLength(0)
  })

  it('a year of several pieces is made a piece per idle turn before the next year', async () => {
    const h = harness(3)
    h.run([2022, 2023], h.makePiece)
    h.idle.shift()!()
    expect(h.made).toEqual([2023])
    expect(h.idle).toHaveLength(0)
    await h.settle()
    // the next piece waits for its own idle turn
    expect(h.idle).toHaveLength(1)
    expect(h.made).toEqual([2023])
    await h.drain()
    expect(h.made).toEqual([2023, 2023, 2023, 2022, 2022, 2022])
  })

  it('a new round (the tables changed) ends the one before it', async () => {
    const h = harness(2)
    h.run([2022, 2023], h.makePiece)
    h.idle.shift()!()
    h.run([2024], h.makePiece)
    await h.drain()
    expect(h.made).toEqual([2023, 2024, 2024])
  })

  it('a failed piece stops the round quietly (the next question makes it again)', async () => {
    const h = harness()
    h.run([2022, 2023], () => Promise.reject(new Error('gone')))
    h.idle.shift()!()
    await Promise.resolve(); await Promise.resolve()
    expect(h.idle).toHaveLength(0)
  })

  it('any items, in the order given (questions asked ahead): one per idle turn, a new list ending the one before it', async () => {
    const idle: (() => void)[] = []
    const asked: string[] = []
    const run = idleRounds<string>((fn) => idle.push(fn))
    const ask = (q: string) => (asked.push(q), Promise.resolve(false))
    run(['2023', '2021', '2024'], ask)
    idle.shift()!()
    await Promise.resolve(); await Promise.resolve()
    expect(asked).toEqual(['2023'])
    run(['2020', '2019'], ask)
    while (idle.length) {
      idle.shift()!()
      for (let k = 0; k < 4; k++) await Promise.resolve()
    }
    expect(asked).toEqual(['2023', '2020', '2019'])
  })
})
