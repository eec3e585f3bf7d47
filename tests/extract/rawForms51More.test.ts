/**
 * Runs the second batch of round 51's raw forms (rawForms51More.ts) as written: each text states exactly the values it lists; each
 * opening reads as its Meta.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { metaSuite } from './metaSuite'
import { MORE_51, MORE_51_META } from './rawForms51More'

const IDS = catalogue.indicators.map((i) => i.id)

/** Forms of this batch no rule reads yet. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([])
const OPEN_META = new Set<string>([])

probeSuite('raw forms 51, new wording', MORE_51, IDS, OPEN)
metaSuite('raw forms 51, new wording, openings', MORE_51_META, MORE_51_META.length, OPEN_META)
