/**
 * Targets and requirements are not results. A figure that an obligation or a plan governs
 * ("确保每人每年学法不少于60学时", "力争调解成功率达到98%", "应持证人员84人", "持证率不低于95%",
 * "实现…30%以上的目标") says what should happen, not what happened: the engine drops it.
 *
 * The forms, not sentences:
 * - an obligation or plan word (确保/力争/争取/务必/必须/应当/应+verb/要求/计划/拟/预计/目标是…, a bound a plan sets: 明确/规定…不少于,
 *   what a plan named right before arranges in its clause: 《…学法计划》安排…N次, 学习方案明确…N次,
 *   下一步/下阶段, 明年/下一年度, 将+举办/开展/组织…: what the agency will do)
 *   governs from itself to the end of the sentence, until a clause that opens with a result
 *   marker (全年/共/累计/已/截至…); "为确保…" (a purpose) and "按照…要求" (a noun) govern nothing, nor does 设防要求 (抗震设防要求执法检查,
 *   the fortification standard an earthquake bureau enforces: a legal noun);
 * - a rate norm, 每(人)(每)年/月/季度 … 不少于/至少 N, is a requirement whatever the verb;
 * - 不低于 N is a floor someone set, 控制在 N 以内 a cap (全年罚没款控制在300万元以内);
 * - "N的目标/要求/制度" names a target or a standing rule after the figure (also with the measure named after 的: 每人每年40学时的学法要求; not 142件均已按要求办理);
 * - 每季度/每月 … N次 is a frequency (how often), not a count of events; 每期/每次 … N次 a ratio per event of another kind;
 * - a counting convention (检查一个对象…的计一次, 并处两种以上的计一宗, 视为一次, 按一次计) says how one event is counted,
 *   not how many there were (totals written with 计, 合计/共计/累计/总计, are none); 同一期/同一次 names the same event.
 * An achievement stated with 不少于 ("全年累计学法不少于60学时") carries none of these and stays
 * a result with qualifier at_least; so does the count of those who should hold a card when the
 * next clause says all of them do ("应持证人员62人，已全部持证").
 */
import type { NumberToken } from './numbers'
import type { Span } from './structure'
import { ownRestart } from './ownClause'

// (a plan's verb and 拟 are looked behind from after themselves, 安排(?<=计划》?安排), 拟(?<!模拟): the same matches, where a lookbehind
// opening an alternative was tried at every position of every sentence; a quota handed down, 下达…任务60家次, is a target too)
const OBLIGATION = /(?:明确|规定)(?=[^,，;；。]{0,20}?(?:不少于|至少|不低于))|(?:安排|明确|确定|列出)(?<=(?:计划|方案|要点)》?(?:安排|明确|确定|列出))(?=[^,，;；。]{0,20}?[0-9０-９一二两三四五六七八九十])|确保|力争|争取|务必|必须|应当|应该|理应|应(?=持|参|出|到|办|审|报|纳|落实|公开|备案|签|培训|学|开展|组织|举办|完成|达到)|(?<!设防)要求|计划(?!生育)|拟(?<!模拟)(?![^,，;；。\d]{1,4}的)(?=于|在|对|开展|组织|举办|完成|实现|达到|办理|审查|审核|法制审核|合法性审核|查处|受理|调解|化解|排查|整改|报送|清理|检查|作出|制定|修订|出台|[^,，;；。的\d]{1,12}?(?:达到|提高到|提升到|实现|为\d))|预计|预期(?!效果|目的|成效)|目标(?:任务)?(?=是|为|值|:|达到)|(?:任务|指标)(?:数|量|指标)?(?=是|为)|(?:下达|分配|分解|下发)(?=[^,，;；。]{0,16}?(?:任务|指标)(?:数|量)?[0-9０-９一二两三四五六七八九十])|下一步(?=[,，:：]|将|要|继续)|下(?:一)?阶段(?=[,，:：]|将|要|继续)|(?:明年|来年|下一?年度)(?=[,，:：]|将|要|继续|计划|拟|力争|重点|[^,，;；。]{0,8}?(?:开展|举办|组织|完成))|将(?=(?:继续|进一步|持续|全面)?(?:举办|开展|组织|召开|举行|实施|完成|实现|达到|办理|整改|审查|审核|查处|受理|作出|报送|清理|检查))/g
/** Words before the marker in its clause that make it a purpose, not an obligation on the figure. */
const PURPOSE = /(?:为|为了|以)$/
/** Words before a noun marker (要求, 计划, 目标) that make it a noun ("按照…要求"); a modal verb after them still binds ("按计划应开展…24次"). */
const AS_NOUN = /(?:按照?|根据|依照|依据|遵照|对照|对标|结合|紧扣|围绕|落实|符合|贯彻|按期|执行)[^,，]{0,16}$/
const MODAL = /^(?:确保|力争|争取|务必|必须|应当|应该|理应|应)$/
/**
 * A clause opening with one of these reports a result, ending an obligation's reach (年终统计…, 经统计…: the tally of the year; its
 * subject before 实际: 计划学时40学时，干部人均实际学法52学时).
 */
const RESULT_OPENING = /^\s*(?:全年|今年|本年|年内|当年|共|累计|总计|合计|已|截至|截止|先后|目前|实际|其中|同时|此外|另外|(?:年终|年底|年末|经|据)统计|\d{4}年(?!底|末|前))|^[^,，]{1,10}?(?:全年|今年|本年|年内|累计|先后|实际)/
/** Titles and asides: a plan or requirement named inside 《…》 or （…） is a name, not an obligation. */
const BRACKETED = /《[^《》]*》|（[^（）]*）|\([^()]*\)/g
/** A plan as the object of 列入/纳入 ("列入年度学习计划") is a noun. */
const PLAN_AS_OBJECT = /(?:列入|纳入|写入|编入)[^,，]{0,20}$/
/** A plan that a conjunction or a stop follows ("研究法治工作计划和依法行政总结", "制定学法计划，") is a noun too: a verb 计划 takes an object. */
const PLAN_AS_NOUN = /^(?:和|及|与|、|,|，|;|；|。|》|”|")/
const RATE_NORM = /每(?:人|名|位|个)?每?(?:年|月|季度|周)[^,，;；。]{0,16}?(?:不少于|至少|不低于)$/
const TARGET_AFTER = /^的?(?:目标|要求|制度|机制)|^的[\u4e00-\u9fff]{1,4}?(?:目标|要求)/
/**
 * A frequency of events (每季度学法1次, 每月开展一次): how often, not how many; not a programme named after one (“每月一法”学习活动12次).
 * So is a ratio per event of another kind (每期干部培训至少安排1次法治专题学习, 每次常务会议安排会前学法1次): how much each holds.
 */
const FREQUENCY = /每(?:个)?(?:季度?|月|周|半年|两月|双月|年|期|次|场|班|批|轮)(?!一[法案课学讲例])[^,，;；。\d]{0,10}$/
/**
 * One event after 每 and its act (每参加一次集中学法计2学时, 每听一次讲座记1.5学时, 每办结一件…): the unit a credit or a rule is counted by, no
 * count of events.
 */
const PER_ONE = /每(?![个季月周年期次场班批轮])[\u4e00-\u9fff]{1,6}$/
/** Measure words of a count of events (how many sessions, meetings or checks). */
export const EVENT_UNITS = new Set(['次', '场', '期', '场次', '堂', '轮', '讲'])
/** (and of checks by the places checked: 每月抽查药店5家次 is as often as 每月检查5次) */
const VISIT_UNITS = new Set(['家次', '户次', '批次'])
/** The verb of a counting convention right before its figure of one (…的计一次, 计为1宗, 算作一件, 视为一次, 均只计1次, 按一次计). */
const CONVENTION_BEFORE = /(?:(?<![合共累总统估预设会审小])计|记(?=为|作)|(?<![预核计清结估决测])算)(?:为|作)?$|视(?:为|作)$|按$/
/** 按N次 closed by 计/计算 (按一次计): the convention wraps its figure. */
const CONVENTION_AFTER = /^(?:计|计算|统计)(?![划入])/
const COUNT_UNITS = new Set([...EVENT_UNITS, ...VISIT_UNITS, '件', '宗', '起', '例', '件次'])
const CLAUSE_BREAK = /[,，:：]/g
const COMMA = /[,，]/g

/** True when `at` stands inside a 《title》 (an obligation word there names a document). */
function insideTitle(s: string, at: number): boolean {
  return s.lastIndexOf('《', at) > s.lastIndexOf('》', at)
}

/** Ranges of `sentence` that an obligation or a plan governs. */
export function obligationSpans(text: string, sentence: Span): Span[] {
  const s = text.slice(sentence.start, sentence.end)
  const out: Span[] = []
  OBLIGATION.lastIndex = 0
  for (let m = OBLIGATION.exec(s); m; m = OBLIGATION.exec(s)) {
    if (insideTitle(s, m.index)) continue
    const clauseFrom = Math.max(s.lastIndexOf(',', m.index), s.lastIndexOf('，', m.index), m.index - 80) + 1
    const lead = s.slice(clauseFrom, m.index).replace(BRACKETED, '')
    if (PURPOSE.test(lead) || (!MODAL.test(m[0]) && AS_NOUN.test(lead)) || (m[0] === '计划' && (PLAN_AS_OBJECT.test(lead) || PLAN_AS_NOUN.test(s.slice(m.index + 2))))) continue
    // Reach: to the end of the sentence, unless a later clause opens with a result marker.
    let end = s.length
    CLAUSE_BREAK.lastIndex = m.index
    for (let b = CLAUSE_BREAK.exec(s); b; b = CLAUSE_BREAK.exec(s)) {
      COMMA.lastIndex = b.index + 1
      const nextEnd = COMMA.exec(s)?.index ?? s.length
      const next = s.slice(b.index + 1, nextEnd)
      // A bound (不少于 N) right after an obligation is still the requirement: "必须每月学法一次,全年不少于12次".
      if ((RESULT_OPENING.test(next.slice(0, 12)) || ownRestart(s, m.index, b.index + 1)) && !/不少于|至少|不低于/.test(next)) { end = b.index; break }
    }
    out.push({ start: sentence.start + m.index, end: sentence.start + end })
    if (end === s.length) break // the rest of the sentence is governed already
    OBLIGATION.lastIndex = end
  }
  return out
}

/** Those who should hold a card, then that all of them do ("应持证人员62人，已全部持证"). */
const SHOULD_HOLD = /应(?:当)?持(?:有)?(?:行政)?(?:执法)?证[^,，;；。]{0,8}$/
const ALL_HOLD = /^[^,，;；。]{0,3}[,，](?:已|现已|目前已)?(?:全部|均|都|全员)(?:已)?(?:持|取得|具备|具有)/

/** True when `tok` counts those who should hold a card and the next clause says all of them do: a holding. */
function allHold(text: string, tok: NumberToken, sentence: Span): boolean {
  return SHOULD_HOLD.test(text.slice(Math.max(sentence.start, tok.numStart - 16), tok.numStart)) &&
    ALL_HOLD.test(text.slice(tok.end, Math.min(sentence.end, tok.end + 16)))
}

/**
 * True when `tok` is the one event a counting convention counts (…的计一次; 按一次计, not 按时办结12件), or names one event as
 * the same one (同一期培训, 同一次会议): no count either way.
 */
function isConvention(text: string, tok: NumberToken, sentence: Span): boolean {
  if (tok.value !== 1 || !COUNT_UNITS.has(tok.unit)) return false
  if (text[tok.start - 1] === '同') return true
  const before = text.slice(Math.max(sentence.start, tok.start - 4), tok.start)
  if (!CONVENTION_BEFORE.test(before)) return false
  return !before.endsWith('按') || CONVENTION_AFTER.test(text.slice(tok.end, Math.min(sentence.end, tok.end + 3)))
}

/** True when `tok` states a target or requirement rather than a result. */
export function isTarget(text: string, tok: NumberToken, sentence: Span, governed: Span[]): boolean {
  if (allHold(text, tok, sentence)) return false
  if (governed.some((g) => tok.numStart >= g.start && tok.numStart < g.end)) return true
  if (text.startsWith('不低于', tok.start) || text.endsWith('控制在', tok.start)) return true
  if (RATE_NORM.test(text.slice(Math.max(sentence.start, tok.numStart - 24), tok.numStart))) return true
  if ((EVENT_UNITS.has(tok.unit) || VISIT_UNITS.has(tok.unit)) && FREQUENCY.test(text.slice(Math.max(sentence.start, tok.numStart - 14), tok.numStart))) return true
  if (tok.value === 1 && COUNT_UNITS.has(tok.unit) && PER_ONE.test(text.slice(Math.max(sentence.start, tok.numStart - 7), tok.numStart))) return true
  if (isConvention(text, tok, sentence)) return true
  return TARGET_AFTER.test(text.slice(tok.end, Math.min(sentence.end, tok.end + 8)))
}
