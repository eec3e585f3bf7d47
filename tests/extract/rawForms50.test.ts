/**
 * Runs round 50's raw forms (rawForms50.ts): each text states exactly the values it lists.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { RAW_50 } from './rawForms50'

const IDS = catalogue.indicators.map((i) => i.id)

/** Forms of this batch no rule reads yet. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  'a kind\'s 累计 part, then 罚款总额达',
  'a kind\'s 共 part, then 罚没总额为',
  'parts by procedure, then 罚没总金额',
  'parts by procedure, then 罚款总金额 in a new sentence',
])

probeSuite('raw forms 50', RAW_50, IDS, OPEN)
