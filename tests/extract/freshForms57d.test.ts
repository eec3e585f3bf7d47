/**
 * Runs the forms of r57d-fresh's dev half (freshForms57d.ts): each meta probe its opening's agency, region, sector and year.
 */
import { metaSuite } from './metaSuite'
import { ANNUAL_PLAN_YEAR_57D } from './freshForms57d'

/** Probes left open: written failing first (the 4 plans' years read none). */
const OPEN = new Set<string>([
  'an enforcement check plan in a notice\'s title', 'a random-check plan with quotes in its name', 'traditional, a staff law study plan',
  'a publicity plan by its short name',
])

metaSuite('r57d: a report whose only year is its own annual plan\'s', ANNUAL_PLAN_YEAR_57D, 7, OPEN)
