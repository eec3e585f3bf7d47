/**
 * Runs the second batch of raw forms 48 (rawForms48More.ts): each text states exactly the values it lists; every other indicator
 * stays absent.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { MORE_48 } from './rawForms48More'

const IDS = catalogue.indicators.map((i) => i.id)

/** Forms left open (none: the one its first run failed is read since, see rawForms48More.ts). */
const OPEN = new Set<string>([])

probeSuite('raw forms 48, second batch: the original wording\'s form in new wording', MORE_48, IDS, OPEN)
