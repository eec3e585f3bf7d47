/** A chart is laid out again only when its host's box is another size than its canvas. */
import { describe, expect, it } from 'vitest'
import { boxResized } from '../../src/components/chartSize'

const canvas = (w: number, h: number) => ({ getWidth: () => w, getHeight: () => h })

describe('boxResized', () => {
  it('is false for the size the chart was made at (the report observing starts with)', () => {
    expect(boxResized(canvas(640, 320), { clientWidth: 640, clientHeight: 320 })).toBe(false)
  })
  it('is true when the width or the height changed', () => {
    expect(boxResized(canvas(640, 320), { clientWidth: 625, clientHeight: 320 })).toBe(true)
    expect(boxResized(canvas(640, 320), { clientWidth: 640, clientHeight: 400 })).toBe(true)
  })
})
