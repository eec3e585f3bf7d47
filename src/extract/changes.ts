/**
 * Figures that are a change or a plan rather than the year's level, whatever the indicator: the old value of a change and its
 * new one (由50%上升到86.5%), a planned figure and the actual one answering it (不少于100次，实际完成126次), a figure after a change
 * word or a comparison with another period (同比提高5%, 较上年增加15件), and that period's own figure (较上年的96件).
 */
import type { NumberToken } from './numbers'

/** A change word right before a figure (同比, 增长, 下降…, 增幅为), or a difference (增收, 高出, 多出: 比全省平均高出15%). */
const CHANGE_BEFORE = /(?:同比|环比|较上年|比上年|增长|增加|提高|提升|上升|下降|降低|减少|压缩|缩短|增幅|降幅|增收|减收|高出|超出|多出|低出)(?:了)?$|(?:增幅|降幅|涨幅)(?:为|达|达到)$/
const CHANGE_TO = /^(?:上升|提高|提升|增加|增长|增|降低|下降|降|减少|减|缩短|压缩)?(?:到|至|为)(?:\d{4}年(?:底|末)?的?)?$/
/** What opens a change's old value, also when that value is named by its year (由2022年的45%提高到…). */
const CHANGE_LEAD = /(?:[由从]|原来|原先|以前)(?:\d{4}年(?:底|末)?)?[^,，;；。\d]{0,6}$/

/**
 * A planned figure — a lower bound (不少于 N) or a target's (目标为90%) — and the next clause's actual figure that answers it
 * ("全年检查不少于100次，实际完成126次", "目标为90%，实际完成93.5%").
 */
const BOUND = /^(?:不少于|至少)$/
/** (or a clause that arranges the figure: 安排集体学法10次，全年实际开展12次; 年初安排…10次，实际完成12次) */
const TARGET_LEAD = /(?:目标|计划|任务|预期)(?:值|数)?[^,，;；。\d]{0,4}$|(?:^|[,，;；。])(?:年初|年内|全年|年度)?(?:安排|计划|拟)[^,，;；。\d]{0,8}$/
const ACTUAL = /^[^\d。；;]{0,4}[,，]\s*(?:但|而)?(?:全年|年内|当年)?(?:人均|平均|每人)?实际(?:上)?[^,，;；。\d]{0,8}$/

/**
 * Changes: in "由原来的50%上升到86.5%" (or 由2022年的50%上升到2023年的86.5%) the 50% is the old value (superseded) and 86.5% the new one;
 * so is a planned figure that the actual figure after it answers (不少于100次，实际完成126次; 目标为90%，实际完成93.5%).
 */
export function changeTokens(text: string, tokens: NumberToken[]): { superseded: Set<NumberToken>; updated: Set<NumberToken> } {
  const superseded = new Set<NumberToken>()
  const updated = new Set<NumberToken>()
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k]
    const b = tokens[k + 1]
    const between = text.slice(a.end, b.start)
    if ((CHANGE_TO.test(between) && CHANGE_LEAD.test(text.slice(Math.max(0, a.start - 14), a.start))) ||
      (a.unit === b.unit && ACTUAL.test(between) &&
        (BOUND.test(text.slice(a.start, a.numStart)) || TARGET_LEAD.test(text.slice(Math.max(0, a.start - 12), a.start))))) { superseded.add(a); updated.add(b) }
  }
  return { superseded, updated }
}

/**
 * A count after a comparison with another period ("较上年增加15件", "同比减少3起", or with its verb and object after 多/少: "较上年多化解
 * 纠纷120件") is the change, not the year's level.
 */
const COUNT_CHANGE = /(?:同比|环比|[较比](?:上一?年度?|去年|前一年|\d{4}年度?)(?:同期)?)(?:[^,，;；。\d]{0,4}(?:增加|减少|增长|下降|上升|增收|减收|多|少)了?|(?:多|少)[^,，;；。\d]{1,8})$/
/** The base of a comparison, the other period's figure (较上年的96件, 比2022年同期的, 由上年的450次翻了一番, 高于上年度的): no level of the year. */
const PRIOR_BASE = /(?:较|比|由|与|同|[高低多少]于|超过?|超出)(?:上一?年度?|去年|\d{4}年度?)(?:同期|全年)?的$/
/** A reduction the indicator itself measures ("压缩审批时限…减少90%"): the figure is its level. */
const REDUCED = /(?:减少|压缩|缩短|精简)(?:了)?$/

/**
 * True when a figure reads as a change, not a level: a rate or count right after a change word
 * ("同比提高5%", "增加3场"), a count after a comparison with another period ("较上年增加15件"), or that period's own figure
 * (较上年的96件).
 * `reduction`: the indicator measures a reduction, so a figure right after 减少/压缩… is its level.
 */
export function isChange(text: string, tok: NumberToken, sentenceStart: number, reduction = false): boolean {
  const before = text.slice(Math.max(sentenceStart, tok.start - 12), tok.start)
  if ((tok.unit !== '%' && COUNT_CHANGE.test(before)) || PRIOR_BASE.test(before)) return true
  return CHANGE_BEFORE.test(before.slice(-6)) && !(reduction && REDUCED.test(before.slice(-3)))
}
