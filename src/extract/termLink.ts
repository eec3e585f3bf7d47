/**
 * Whether a term stands in the right relation to a figure for the engine to link them: a term that cannot name the figure
 * (a category, a meeting count, a weak term out of its context, a term whose own figure comes first), and a figure a modifier
 * narrows ("scoped"). Split from ./engine.ts.
 */
import type { NumberToken } from './numbers'
import { clauseEnd, clauseStart } from './structure'
import type { CompiledRule, TermHit } from './rules'
import { VERB } from './tokenFacts'
import { weakContext } from './weakContext'
import { actOfItsOwn } from './clauseEvent'
import type { Sentence } from './engine'

/** A weak or all-kinds total followed by its part in the strong sense ("学习12次，其中学法4次"): the part is the count. */
const NARROWER_PART = /^[^。；;]{0,16}其中[^。；;，,]{0,8}(?:学法|法治|法律)/
const ALL_KINDS = /各类|各项|各种/
/** A count of party meetings in a training rule's sentence ("召开党委会16次、理论学习中心组学习会10次", "党委会集体学习33次，中心组学习11次"): routine study, not law study. */
const PARTY_MEETINGS = /(?:党委|党组|党工委|常委)会(?:议)?(?:集体)?(?:学习)?[0-9一二三四五六七八九十]/
/**
 * A broad study done through many forms or carriers (依托多种载体开展学习教育79次, 利用多种平台组织干部职工学习52次, 以多种形式开展学习
 * 38次): study activities of every medium, no sessions held — a weak term's count there is no law session, whatever lead names law.
 */
const CARRIERS = /(?:通过|依托|利用|借助|采取|运用|以)[^,，;；。]{0,6}?(?:多种|各种|各类|多样|多元|线上线下)[^,，;；。]{0,8}?(?:形式|载体|平台|渠道|方式|途径)/
const FILLER = /^(?:共|计|共计|累计|总计|合计|达|达到|为|约|近|有|是|了|的|\s)*$/
/**
 * A document's noun right before the figure, after the term ("出台人民调解工作规范文件3件", "制定执法工作制度12项", "传达学习上级文件12份"):
 * the figure counts those documents, not the term's (a term that ends in the noun itself, 审核规范性文件42件, leaves no such link).
 */
const DOCUMENTS_COUNTED = /[\u4e00-\u9fff](?:文件|方案|制度|办法|细则|规定|清单|指引)$/
/** A rate per head of population (万人信访率0.8件, 每万人矛盾纠纷发生率12件): a ratio written in a count's measure word, no count. */
const PER_HEAD = /(?:每|万|千|百)(?:人口?|户)[^,，;；。\d]{0,2}$/
const RATE_LINK = /^(?:发生)?率/

/** A figure is "scoped" when a modifier narrows it (烟花爆竹…执法检查6次, 检查食品经营主体4406户次). */
export function isScoped(text: string, clauseFrom: number, term: TermHit, tokenStart: number): boolean {
  const link = text.slice(term.end, tokenStart)
  if (!FILLER.test(link) && /[\u4e00-\u9fff]{2}/.test(link.replace(/共|计|累计|达到|达|约/g, ''))) return true
  const before = text.slice(clauseFrom, term.start)
  let lastVerbEnd = -1
  VERB.lastIndex = 0
  for (let m = VERB.exec(before); m; m = VERB.exec(before)) lastVerbEnd = m.index + m[0].length
  return lastVerbEnd >= 0 && before.length - lastVerbEnd >= 2
}

/**
 * A term that cannot name this figure: one that names a category ("行政处罚类17件" counts cases of
 * that kind among others), a count of meetings ("中心组会议52次"), a weak term in a sentence that
 * lacks its context (see IndicatorRules.weak_terms), or one in an earlier clause when the figure opens a clause with its own
 * predicate ("…培训,14名执法人员考取了执法证": the 14 are those who passed, not trainees).
 */
export function notLinked(text: string, rule: CompiledRule, hit: TermHit, tok: NumberToken, sentence: Sentence): boolean {
  const link = text.slice(hit.end, tok.start)
  if (link.startsWith('类') || link.includes('会议') || DOCUMENTS_COUNTED.test(link)) return true
  if (rule.indicator.unit === 'count' && (RATE_LINK.test(link) || PER_HEAD.test(text.slice(Math.max(sentence.start, hit.start - 6), hit.start)))) return true
  if (hit.rank >= rule.weakFrom && (!weakContext(text, rule, sentence) ||
    (rule.indicator.family === 'training' && (PARTY_MEETINGS.test(text.slice(sentence.start, tok.end)) ||
      CARRIERS.test(text.slice(clauseStart(text, hit.start, sentence.start), hit.start)))) ||
    NARROWER_PART.test(text.slice(tok.end, sentence.end)))) return true
  // "各类培训32期，培训3600余人次，其中法治培训6期": a clause opening with the term continues the one before it.
  let from = clauseStart(text, hit.start, sentence.start)
  if (hit.start - from <= 2 && from > sentence.start) from = clauseStart(text, from - 1, sentence.start)
  // A count of all kinds, or one that names no law, yields to its law part after 其中 ("学习培训26场次，其中法治专题学习9场次").
  const own = text.slice(from, tok.start)
  if ((ALL_KINDS.test(own) || !/法/.test(own)) && NARROWER_PART.test(text.slice(tok.end, sentence.end))) return true
  // A term whose own figure follows it at once (in another measure) names that one, not the figure of another act after a break ("学法34学时，开展调研走访26次").
  if (/^[^,，;；(（]{0,3}\d[^,，;；(（]*[,，;；(（](?:开展|组织|进行|实施|完成|召开|举办|办理|办结|受理|查处)/.test(link)) return true
  if (actOfItsOwn(text, hit.end, tok.start, sentence.start)) return true
  if (!/[,，]/.test(link)) return false
  return /[\u4e00-\u9fff]{2}/.test(text.slice(tok.end, clauseEnd(text, tok.end, sentence.end)))
}
