/**
 * Runs the forms of r54c-fresh's dev half (freshForms54d.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { SWEEP_FINDS_54D } from './freshForms54d'

/** Probes left open: written failing first (4 of 8). */
const OPEN = new Set<string>([
  '排查出…规范性文件N件',
  '筛查出 with 经 before it',
  '筛选出 after a review term in the clause before',
  'traditional',
])

probeSuite('r54c: a sweep\'s finds are no documents reviewed', SWEEP_FINDS_54D, ['normative_docs_reviewed'], OPEN)
