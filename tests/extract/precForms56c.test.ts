/**
 * Runs the precision forms of round 56's third batch (precForms56c.ts): each text states exactly the values it lists, of every
 * indicator in the catalogue; every other one stays absent.
 */
import { probeSuite } from './unseenForms39'
import { PREC_56C } from './precForms56c'
import { catalogue } from './seeds'

const IDS = catalogue.indicators.map((i) => i.id)

/** Forms left open. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  'theory study: plenum first, law after a comma',
  'theory study: congress first, law last (a county\'s government)',
  'theory study: speeches first, law after (a town)',
  'theory study (traditional): plenum first, law after',
])

probeSuite('prec56b: dated objects, screened totals, theory studies', PREC_56C, IDS, OPEN)
