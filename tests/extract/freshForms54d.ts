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

// The second batch, in new wording, written after the rule and run once (corpus README, "Dev forms of r54c-fresh").
const TSFJ = head('东港区司法局')
const ZRJ = head('白溪县自然资源局')

export const SECOND_SWEEP_54D: Probe39[] = [
  ['摸排出 with a scope after it', `${TSFJ}（三）清理工作。对照新修订的法律法规，摸排出与之不相适应的区级规范性文件17件。`, {}],
  ['清查出 after 通过', `${ZRJ}通过专项清查，清查出涉及土地出让的规范性文件8件。`, {}],
  ['梳理出 in a ；-part after a review', `${TSFJ}全年审核行政规范性文件14件；在妨碍统一市场专项清理中，梳理出涉及市场主体的规范性文件22件。`, { normative_docs_reviewed: [14, 'exact'] }],
  ['traditional 排查出', toTraditional(`${ZRJ}开展专项排查，排查出涉及不动产登记的县级规范性文件6件。`), {}],
  // near misses
  ['the found ones then cleaned up', `${TSFJ}对排查出的规范性文件11件全部进行了清理。`, { normative_docs_reviewed: [11, 'exact'] }],
  ['梳理 without 出, a cleanup\'s count', `${ZRJ}经全面梳理，共清理行政规范性文件28件。`, { normative_docs_reviewed: [28, 'exact'] }],
]
