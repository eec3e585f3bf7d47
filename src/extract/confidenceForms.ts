/**
 * Risk forms for the confidence (src/extract/confidence.ts): shapes of a clause in which an extractor that
 * reads its own corpus well goes wrong on a new author's report, whatever the particular words. Each says
 * only that the link between figure and indicator is looser than usual; none says the value is wrong.
 */
import type { Candidate } from './candidate'
import { termBefore, type CompiledRule } from './rules'
import { clauseEnd } from './structure'

export type RiskForm = 'de_before' | 'stage_word' | 'term_heads' | 'implausible' | 'sum_total' | 'no_review' | 'one_word'

/** A stage or a state rather than the year's doing (已化解, 目前已, 拟废止, 正在, 尚未). */
const STAGE_WORD = /已|目前|拟|正在|尚/
/** A rate above this is no share; hours per person above this are no one's year of training. */
const MAX_PCT = 100
const MAX_HOURS = 200
/** Indicators that count normative documents, and the acts on them that make a count of documents one of theirs. */
const DOC_SUBJECT = /规范性文件/
const DOC_ACT = /审|核|查|清理|梳理|备案|废止|修订|修改|保留|失效/
/** A total or a breakdown among a sum's parts. */
const SUM_TOTAL = /共|合计|总计|其中|[（(]/

/**
 * The risk forms of candidate `c` (read with `rule`), whose figure stands at `at` in a clause that starts at `clause`:
 * - `de_before`   the figure follows 的 (复议后又起诉的12件, 拟修改的2件): a described subset of something;
 * - `stage_word`  its clause speaks of a stage or a state (已, 目前, 拟, 正在, 尚): maybe not the year's count;
 * - `term_heads`  the term opens its clause, with no verb or doer before it (行政处罚24件): a label in a list or
 *                 breakdown, which says nothing of whose or which stage's figure it is;
 * - `implausible` a rate above 100 or hours per person above 200: no value of the indicator;
 * - `sum_total`   a sum whose span holds a total or a breakdown (共, 合计, 总计, 其中, an aside in brackets): maybe a
 *                 total added to its own parts (共计11件，其中6件、5件 read as 22);
 * - `no_review`   a count of normative documents whose clause, from the figure's term to the clause's end, names no act
 *                 on them (审, 核, 查, 清理, 梳理, 备案, 废止, 修订, 修改, 保留, 失效): the documents issued or in force
 *                 (规范性文件为0件, 本年新制作5件, 现有规范性文件2件), as a disclosure report's table states them;
 * - `one_word`    a count of one read from the word 一 (一件, 一次, 一个), which is also "a", "each" or part of a name
 *                 (每一件, 没有接到一件, 只保留一个, 综合查一次): maybe no count at all.
 */
export function riskForms(text: string, c: Candidate, rule: CompiledRule, at: number, clause: number): RiskForm[] {
  const indicator = rule.indicator
  const out: RiskForm[] = []
  if (c.token && text.charAt(c.token.start - 1) === '的') out.push('de_before')
  if (STAGE_WORD.test(text.slice(clause, at))) out.push('stage_word')
  const hit = c.via === 'term' ? termBefore(text, rule, c.sentence, at) : null
  if (hit && hit.start >= clause && hit.start - clause <= 1) out.push('term_heads')
  if ((indicator.unit === 'pct' && c.value > MAX_PCT) || (indicator.unit === 'hours' && c.value > MAX_HOURS)) out.push('implausible')
  if (c.via === 'sum' && SUM_TOTAL.test(text.slice(c.start, c.end))) out.push('sum_total')
  if (c.token && c.value === 1 && text.slice(c.token.numStart, c.token.numEnd) === '一') out.push('one_word')
  if (DOC_SUBJECT.test(indicator.name_zh) && !DOC_ACT.test(text.slice(c.start, clauseEnd(text, c.end, text.length)))) out.push('no_review')
  return out
}
