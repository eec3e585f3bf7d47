/**
 * Runs the forms of r56c-fresh's dev half (freshForms56c.ts): each opening's agency, region, sector and year.
 */
import { metaSuite } from './metaSuite'
import { REGIMENT_56C } from './freshForms56c'

/** Probes left open: written failing first (5 of 9: every regiment's own report read no author), the near misses read right. */
const OPEN_REGIMENT = new Set<string>([
  'a regiment in characters, its own title and 我团',
  'a regiment in figures (88团…法治建设工作报告)',
  'the division-city written before the regiment (第一师阿拉尔市十二团)',
  'the division-city\'s plan the regiment implements (《第十三师新星市…方案》)',
  'traditional, 一五〇團…工作總結',
])

metaSuite('r56c: a 兵团 regiment\'s own report', REGIMENT_56C, 9, OPEN_REGIMENT)
