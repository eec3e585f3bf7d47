/**
 * Runs the whole reports of the round-46 cross-check (./crossCheckWhole46.ts) as ./wholeReports45.test.ts runs its own: each
 * report's metadata and its whole observation set; `optional` indicators may be read or not.
 */
import { describe, it } from 'vitest'
import { checkWhole } from './wholeCheck'
import { CROSS_WHOLE_46 } from './crossCheckWhole46'

/**
 * Reports left open (none now). On d67776f two labels disagreed with written rulings (a figure in the problems section is no result; a
 * medical mediation committee's disputes received are an optional disputes_identified) and were fixed in the report; the city
 * bureau's figures in a flattened table (项目 | 2021年 | 2020年, the unit in the row's name), read as none then, are read since open
 * forms 47 (src/extract/tables.ts). Each must still fail: when a rule reads it, take it out of this list.
 */
const OPEN = new Set<string>([])

describe('cross-check 46: whole reports', () => {
  it.each(CROSS_WHOLE_46.filter((r) => !OPEN.has(r.name)).map((r) => [r.name, r] as const))('%s', (_n, r) => checkWhole(r))
  const open = CROSS_WHOLE_46.filter((r) => OPEN.has(r.name)).map((r) => [r.name, r] as const)
  if (open.length) it.fails.each(open)('%s (left open)', (_n, r) => checkWhole(r))
})
