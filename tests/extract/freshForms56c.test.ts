/**
 * Runs the forms of r56c-fresh's dev half (freshForms56c.ts): each opening's agency, region, sector and year.
 */
import { metaSuite } from './metaSuite'
import { REGIMENT_56C } from './freshForms56c'

/**
 * Probes left open: none. Written failing first (5 of 9: every regiment's own report read no author); read since (places.ts REGIMENT:
 * a numeral's name before 团 is a town-level place, placeChain.ts, reporting as itself, authorContext.ts governmentOf; townCounty.ts
 * COUNTY_DOCUMENT after a division), the near misses unchanged.
 */
const OPEN_REGIMENT = new Set<string>([])

metaSuite('r56c: a 兵团 regiment\'s own report', REGIMENT_56C, 9, OPEN_REGIMENT)
