/**
 * Runs the second batch of round 49's raw forms (rawForms49More.ts) as written: each text states exactly the values it lists.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { MORE_49 } from './rawForms49More'

const IDS = catalogue.indicators.map((i) => i.id)

/** Forms of this batch no rule reads yet. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([])

probeSuite('raw forms 49, new wording', MORE_49, IDS, OPEN)
