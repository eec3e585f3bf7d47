/**
 * Runs the round-42 matrix (unseenForms42.ts): each text states exactly the training and enforcement values it lists; every
 * other indicator of the two families stays absent.
 */
import { describe, expect, it } from 'vitest'
import { catalogue, valuesOf } from './seeds'
import { ALL_42 } from './unseenForms42'

const FAMILIES = new Set(['training', 'enforcement'])
const IDS = catalogue.indicators.filter((i) => FAMILIES.has(i.family)).map((i) => i.id)

const familyValues = (text: string) => {
  const v = valuesOf(text)
  return Object.fromEntries(IDS.filter((id) => v[id]).map((id) => [id, v[id]]))
}

for (const [sector, probes] of ALL_42) {
  describe(`${sector}: figures that are not the year's own checks, cases, penalties, fines or training`, () => {
    it.each(probes)('%s', (_form, text, want) => {
      expect(familyValues(text)).toEqual(want)
    })
  })
}
