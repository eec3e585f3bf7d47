/**
 * Runs the forms of r54c-fresh's dev half (freshForms54d.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { SECOND_SWEEP_54D, SWEEP_FINDS_54D } from './freshForms54d'

/**
 * Probes left open: none. Written failing first (4 of 8: 排查出/筛查出/筛选出 and a traditional 梳理出 before a bare 规范性文件); read
 * since (normative_docs_reviewed's governed_by in data/indicators.json), the near misses unchanged.
 */
const OPEN = new Set<string>([])

probeSuite('r54c: a sweep\'s finds are no documents reviewed', SWEEP_FINDS_54D, ['normative_docs_reviewed'], OPEN)

/** The second batch, in new wording, run once after the rule (corpus README, "Dev forms of r54c-fresh"). */
const OPEN_SECOND = new Set<string>([])

probeSuite('r54c: a sweep\'s finds, new wording', SECOND_SWEEP_54D, ['normative_docs_reviewed'], OPEN_SECOND)
