/**
 * Runs the open forms of rounds 42–44 (openForms44.ts): each text states exactly the values it lists; every other indicator stays
 * absent.
 */
import { describe, expect, it } from 'vitest'
import { catalogue, valuesOf } from './seeds'
import type { Probe39 } from './unseenForms39'
import { ALL_OPEN44 } from './openForms44'

const IDS = catalogue.indicators.map((i) => i.id)

/** Forms left open. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  'a span ending in the report\'s year, by year', 'a span with 至, by year', '截至 a past year\'s end, running count (near miss)',
  'simple and general procedure, no total', 'procedures after the cases\' noun, no total',
  'a kind\'s cases and fine after the year\'s', 'a kind\'s fine after the year\'s, another kind',
])

const check = (text: string, want: Probe39[2]) => {
  const v = valuesOf(text)
  expect(Object.fromEntries(IDS.filter((id) => v[id]).map((id) => [id, v[id]]))).toEqual(want)
}

for (const [group, probes] of ALL_OPEN44) {
  describe(`${group}: the year's own figure beside its near misses`, () => {
    it.each(probes.filter(([form]) => !OPEN.has(form)))('%s', (_form, text, want) => check(text, want))
    const open = probes.filter(([form]) => OPEN.has(form))
    if (open.length) it.fails.each(open)('%s (left open)', (_form, text, want) => check(text, want))
  })
}
