import { describe, expect, it } from 'vitest'
import { idleYears } from '../../src/db/idleYears'

/** An idle queue the test drains by hand, and a year maker that records and resolves when told. */
function harness() {
  const idle: (() => void)[] = []
  const made: number[] = []
  const pending: (() => void)[] = []
  const makeYear = (y: number) => new Promise<void>((done) => { made.push(y); pending.push(done) })
  const settle = async () => { pending.splice(0).forEach((d) => d()); await Promise.resolve(); await Promise.resolve() }
  return { idle, made, makeYear, settle, run: idleYears((fn) => idle.push(fn)) }
}

describe('years made in idle time', () => {
  it('one year per idle turn, newest first, the next only after the one before is made', async () => {
    const h = harness()
    h.run([2021, 2023, 2022], h.makeYear)
    expect(h.made).toEqual([])
    h.idle.shift()!()
    expect(h.made).toEqual([2023])
    expect(h.idle).toHaveLength(0)
    await h.settle()
    h.idle.shift()!()
    await h.settle()
    h.idle.shift()!()
    await h.settle()
    expect(h.made).toEqual([2023, 2022, 2021])
    expect(h.idle).toHaveLength(0)
  })

  it('a new round (the tables changed) ends the one before it', async () => {
    const h = harness()
    h.run([2022, 2023], h.makeYear)
    h.idle.shift()!()
    h.run([2024], h.makeYear)
    await h.settle()
    while (h.idle.length) { h.idle.shift()!(); await h.settle() }
    expect(h.made).toEqual([2023, 2024])
  })

  it('a failed year stops the round quietly (the next question makes it again)', async () => {
    const h = harness()
    h.run([2022, 2023], () => Promise.reject(new Error('gone')))
    h.idle.shift()!()
    await Promise.resolve(); await Promise.resolve()
    expect(h.idle).toHaveLength(0)
  })
})
