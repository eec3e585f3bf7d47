/**
 * Forms from the dev half of the r54c-fresh batch (corpus README, "Dev forms of r54c-fresh"), over invented sentences:
 * - (value) a sweep's finds: documents a combing or screening turned up (梳理出/排查出/筛查出/筛选出 … 规范性文件N件) are the set it
 *   found in scope, not documents reviewed, cleaned up or filed — found on r54c's 临海 passage (共梳理出涉及…的…行政规范性文件84件 read
 *   as reviews). Near misses: the found documents as the object of a later review (对梳理出的规范性文件N件逐件审查: reviewed), a cleanup's
 *   own count (清理规范性文件N件), a review's count after a sweep in the sentence before.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const SFJ = head('南江市司法局')
const XSFJ = head('青河县司法局')
const SCJ = head('白溪区市场监督管理局')

export const SWEEP_FINDS_54D: Probe39[] = [
  ['共梳理出涉及…的规范性文件N件', `${SFJ}（二）文件清理。结合营商环境专项行动，共梳理出涉及市场准入的市政府行政规范性文件57件、部门文件19件。`, {}],
  ['排查出…规范性文件N件', `${XSFJ}围绕民营经济发展开展专项排查，排查出涉及企业经营的县级行政规范性文件23件。`, {}],
  ['筛查出 with 经 before it', `${SCJ}经逐件筛查，筛查出含有地方保护内容的规范性文件4件。`, {}],
  ['筛选出 after a review term in the clause before', `${SFJ}加强规范性文件管理，筛选出与上位法不一致的规范性文件12件。`, {}],
  ['traditional', toTraditional(`${XSFJ}共梳理出涉及民生保障的县政府行政规范性文件31件。`), {}],
  // near misses
  ['the found documents then reviewed', `${SFJ}对梳理出的行政规范性文件35件逐件进行合法性审查。`, { normative_docs_reviewed: [35, 'exact'] }],
  ['a cleanup\'s own count', `${XSFJ}开展行政规范性文件专项清理，共清理规范性文件46件。`, { normative_docs_reviewed: [46, 'exact'] }],
  ['a review count after a sweep sentence', `${SCJ}全面梳理本局制发的文件。全年审核行政规范性文件9件。`, { normative_docs_reviewed: [9, 'exact'] }],
]
