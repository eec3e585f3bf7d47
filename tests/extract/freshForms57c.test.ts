/**
 * Runs the forms of r57c-fresh's dev half (freshForms57c.ts): each opening's agency, region, sector and year.
 */
import { metaSuite } from './metaSuite'
import { OWN_SPACE_57C, RULE_OF_LAW_ISSUER_57C } from './freshForms57c'

/** Probes left open: written failing first (4 of 7: every own-space author read none; the near misses read). */
const OPEN_OWN_SPACE = new Set<string>([
  'a city bureau named only in the disclosure area it opened (开设X局政务公开专区)',
  'a county bureau named only in the reading room it set up (设立X局政府信息公开查阅室)',
  'a bureau named only in the microblog it launched (开通X局政务微博)',
  'a bureau named only in its own portal after 在 (在X局门户网站开设专栏)',
])
metaSuite('r57c: a 我局 named only as the owner of its disclosure space', OWN_SPACE_57C, 7, OPEN_OWN_SPACE)

/** Written failing first (3 of 5: no city read; the near misses read). */
const OPEN_ISSUER = new Set<string>([
  'a county-level city\'s rule-of-law committee office issues the notice (邛崃市全面依法治市委员会办公室)',
  'a county-level city\'s leading group, unquoted (按照X市法治政府建设领导小组办公室的部署)',
  'a county-level city\'s 依法治市办 by its short name',
])
metaSuite('r57c: a county-level city named by its rule-of-law committee', RULE_OF_LAW_ISSUER_57C, 5, OPEN_ISSUER)
