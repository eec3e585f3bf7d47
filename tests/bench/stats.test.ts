import { describe, expect, it } from 'vitest'
import { median, percentile, ratio, summarise } from '../../bench/stats'

describe('bench stats', () => {
  it('median of odd and even counts, ignoring order and non-finite values', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([5, NaN, 1, Infinity])).toBe(3)
    expect(median([])).toBeNaN()
  })

  it('nearest-rank percentile', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(xs, 95)).toBe(95)
    expect(percentile(xs, 50)).toBe(50)
    expect(percentile(xs, 100)).toBe(100)
    expect(percentile(xs, 0)).toBe(1)
    expect(percentile([7], 95)).toBe(7)
    // 60 samples: p95 is the 57th smallest
    const sixty = Array.from({ length: 60 }, (_, i) => 60 - i)
    expect(percentile(sixty, 95)).toBe(57)
    expect(percentile([], 95)).toBeNaN()
  })

  it('summary and ratio', () => {
    expect(summarise([10, 30, 20])).toEqual({ n: 3, median: 20, min: 10, max: 30, p95: 30 })
    expect(ratio(6, 10)).toBeCloseTo(0.6)
    expect(ratio(1, 0)).toBeNaN()
  })
})
