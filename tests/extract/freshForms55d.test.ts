/**
 * Runs the forms of r55d-fresh's dev half (freshForms55d.ts): each value probe states exactly the values it lists of its group's
 * indicators, every other one of them absent; each meta probe its opening's agency, region, sector and year.
 */
import { probeSuite } from './unseenForms39'
import { metaSuite } from './metaSuite'
import { COMMERCE_WORK_55D, SUIT_PATH_55D } from './freshForms55d'

/** Probes left open (written failing first; each leaves once a rule reads it). */
const OPEN = new Set<string>(['未经复议直接起诉 with a none', '未经复议直接起诉 with a count', '不经复议直接向法院起诉',
  'traditional suits by their path', 'the review count beside those suits'])

probeSuite('r55d: the 复议 that names a suit\'s path is no review count', SUIT_PATH_55D, ['reconsideration_cases'], OPEN)

const OPEN_META = new Set<string>(['我委 with foreign trade and necessities', '我局 with trade circulation and e-commerce',
  '我委 with 商务领域 and foreign investment'])

metaSuite('r55d: a 我委 or 我局 report that names only a commerce department\'s work', COMMERCE_WORK_55D, 5, OPEN_META)
