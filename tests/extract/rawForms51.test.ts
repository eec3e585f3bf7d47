/**
 * Runs round 51's raw forms (rawForms51.ts): each text states exactly the values it lists; each opening reads as its Meta.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { metaSuite } from './metaSuite'
import { RAW_51, META_51 } from './rawForms51'

const IDS = catalogue.indicators.map((i) => i.id)

/** Forms of this batch no rule reads yet. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([])
const OPEN_META = new Set<string>([])

probeSuite('raw forms 51', RAW_51, IDS, OPEN)
metaSuite('raw forms 51, openings', META_51, META_51.length, OPEN_META)
