/**
 * Runs round 50's raw forms (rawForms50.ts): each text states exactly the values it lists.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { RAW_50 } from './rawForms50'

const IDS = catalogue.indicators.map((i) => i.id)

/** Forms of this batch no rule reads yet. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([])

probeSuite('raw forms 50', RAW_50, IDS, OPEN)
