import { afterEach, describe, expect, it, vi } from 'vitest'
import { DatasetError, withTimeout } from '../../src/db/errors'

describe('withTimeout', () => {
  afterEach(() => vi.useRealTimers())

  it("rejects with the caller's error when the promise has not settled in time (a worker that never answers)", async () => {
    vi.useFakeTimers()
    const never = new Promise<number>(() => {})
    const timed = withTimeout(never, 1000, () => new DatasetError('worker', 'no answer'))
    const caught = timed.catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(999)
    expect(vi.getTimerCount()).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    const e = await caught
    expect(e).toBeInstanceOf(DatasetError)
    expect((e as DatasetError).kind).toBe('worker')
  })

  it('passes a value or an error through and clears its timer', async () => {
    vi.useFakeTimers()
    await expect(withTimeout(Promise.resolve(7), 1000, () => new DatasetError('worker', 'late'))).resolves.toBe(7)
    await expect(withTimeout(Promise.reject(new Error('boom')), 1000, () => new DatasetError('worker', 'late'))).rejects.toThrow('boom')
    expect(vi.getTimerCount()).toBe(0)
  })
})
