/**
 * Runs the round-39 matrix (unseenForms39.ts): each text states exactly the training and enforcement values it lists; every
 * other indicator of the two families stays absent.
 */
import { describe, expect, it } from 'vitest'
import { catalogue, valuesOf } from './seeds'
import { ENFORCEMENT_39, TRAINING_39, type Probe39 } from './unseenForms39'

const FAMILIES = new Set(['training', 'enforcement'])
const IDS = catalogue.indicators.filter((i) => FAMILIES.has(i.family)).map((i) => i.id)

const familyValues = (text: string) => {
  const v = valuesOf(text)
  return Object.fromEntries(IDS.filter((id) => v[id]).map((id) => [id, v[id]]))
}

const run = (name: string, probes: Probe39[]) =>
  describe(name, () => {
    it.each(probes)('%s', (_form, text, want) => {
      expect(familyValues(text)).toEqual(want)
    })
  })

run('training: figures that are not the year\'s own sessions, trainees, hours or holders', TRAINING_39)
run('enforcement: figures that are not the year\'s own checks, cases, penalties or fines', ENFORCEMENT_39)
