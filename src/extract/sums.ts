/**
 * Sums: parallel sub-figures of an indicator added up (qualifier `derived`) when the report states
 * no total — a sentence's list ("修订文件2个、废止1个", "专题学习11次、专题研讨5次"; the people
 * reached between two items end it) or a paragraph's scoped figures, and the parts after 其中 when they are all a period states of the
 * indicator ("其中事故隐患已整改2312条，火灾隐患已整改669条").
 */
import type { Candidate } from './candidate'
import type { CompiledRule } from './rules'
import { scanNumbers, type NumberToken } from './numbers'
import { AREA_BODIES } from './clauseSubjects'
import { clauseStart } from './structure'
import { listedPeriods } from './each'
import { kindSums } from './kindParts'
import { closingTotals } from './closingTotals'
import { BODY_LEAD, SELF_LEAD, partLead, subjectsOf } from './listSubjects'

/** A total with the year before's carried-over items in it: a rule whose other stages name it counts the year's new items alone. */
const WITH_CARRIED = '（含上年结转'
/** Most figures a sum adds up: a longer run is a table or a list of something else, not sub-figures. */
const MAX_SUM = 12
/**
 * Largest term–figure distance of an item in a sentence sum ("法治宣传进企业活动12场": the scored term may stand a few characters off;
 * "进企业宣讲安全生产法律法规28场": the law preached between the verb and its count).
 */
const SUM_NEAR = 10
/** Measure words of events (次, 场, 期…) add up; persons (人/名) and person-times (人次) do not mix. */
const EVENT_UNITS = new Set(['次', '场', '期', '场次', '堂', '轮', '批次'])
const unitKind = (u: string): string => (EVENT_UNITS.has(u) ? 'event' : u === '名' ? '人' : u)
/** A clause whose subject is a whole area ("全市共办理…1320件", "全县…"): the area's total, never added to the author's own (SELF_LEAD). */
const AREA_LEAD = /^\s*(?:(?:19|20)\d{2}年[,，]?)?全[国省市县区州旗]/
/** A clause opening with a level's party committee or government (县委…, 市政府…): that organ's own item. */
const ORGAN_LEAD = /^\s*(?:(?:19|20)\d{2}年[,，]?)?[省市县区州旗](委|政府|人大|政协)/
/**
 * A later item that opens with a total or a running count (共计, 合计, 总计, 累计; not 共 alone, an adverb of parallel items), after the
 * author's name or not, or with the year's total right before its figure (…罚款7900元，全年罚款共计19000元, …罚没总金额28200元; not 全年累计举办培训班4期,
 * another kind's count).
 */
const TOTAL_LEAD = /^\s*(?:(?:本|我)(?:局|委|办|厅|单位|机关|部门)|局机关)?(?:共计|合计|总计|累计|总共)|^\s*[^,，;；。\d、]{1,4}?(?:合计|总计|总额|总金额)(?:为|达)?$|^\s*(?:全年|年内|本年度?|今年)[^,，;；。\d]{0,8}?(?:共计|合计|总计|累计|总共)$/
/**
 * A later item that opens with the year's running total of a measure (…；全年累计罚款31.4万元, 年内共计罚款…): with that measure the words
 * an earlier item's clause ends on (罚款1.4万元), it totals them; another kind's (全年累计举办培训班4期 after 集中学法10次) is an item.
 */
const YEAR_TOTAL = /^\s*(?:全年|年内|本年度?|今年)[^,，;；。\d]{0,8}?(?:共计|合计|总计|累计|总共)([^,，;；。\d]{1,8})$/
const totalsEarlier = (leads: string[]) => leads.slice(1).some((lead, i) => {
  const measure = YEAR_TOTAL.exec(lead)?.[1]
  return measure !== undefined && leads.slice(0, i + 1).some((earlier) => earlier.endsWith(measure))
})
/** A part that names its procedure (简易程序…, 按普通程序…): parts of that kind are parallel, each its own, whatever its measure's word. */
const PROCEDURE = /程序/
/** A clause that opens on the whole year (全年…, 年内…): the year's own figure. */
const YEAR_LEAD = /^\s*(?:全年|年内|本年度?|今年)/
/** A ；-part opening on a kind of procedure or measure applied (适用按日连续处罚案件…, 适用简易程序…): a part of the figures before it. */
const APPLIED_KIND = /^\s*适用/
/** How far before its figure a ；-part's opening is looked for. */
const PART_REACH = 400
/**
 * The text of the candidate's ；-part (or colon-opened part) before its figure, when the part opens within PART_REACH characters of it (else
 * ''): the look back is bounded, as a text of one sentence with no ； would make it scan to the text's start for every
 * group, growing with the square of the text (bench/hostile.ts).
 */
function partBefore(text: string, c: Candidate): string {
  const from = Math.max(c.sentence, c.token!.start - PART_REACH)
  const before = text.slice(from, c.token!.start)
  // (a colon opens the first part of a breakdown: 作出…决定86件：适用简易程序…；适用普通程序…)
  const mark = Math.max(before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('：'), before.lastIndexOf(':'))
  return mark >= 0 || from === c.sentence ? before.slice(mark + 1) : ''
}
/** Score another organ's item loses to the government's in such a list: more than a term's rank or a total marker. */
const OTHER_ORGAN = 10
/** People reached or materials handed out: a list of events ends at them (the laws studied, 16部, do not end it). */
const AUDIENCE_UNITS = new Set(['人', '名', '人次', '户', '户次', '份', '册'])

/**
 * A sentence's list of events (次, 场, 期) ends where the people reached or the materials handed
 * out stand between two of them: in "培训4场次，覆盖380余人次，带头讲法治课4次" the person-times close
 * the list of trainings.
 */
function runs(text: string, items: Candidate[]): Candidate[][] {
  const group = [...items].sort((a, b) => a.token!.start - b.token!.start)
  const out: Candidate[][] = [[group[0]]]
  for (let i = 1; i < group.length; i++) {
    const gap = text.slice(group[i - 1].token!.end, group[i].token!.start)
    const between = unitKind(group[i].token!.unit) === 'event' && /[\d一二两三四五六七八九十百千万]/.test(gap) ? scanNumbers(gap) : []
    if (between.some((t) => t.kind === 'quantity' && AUDIENCE_UNITS.has(t.unit))) out.push([group[i]])
    else out[out.length - 1].push(group[i])
  }
  return out
}

/** Score gap within which a later run's item yields to the first run: a term's rank or two, not an area's or another organ's loss. */
const RUN_MARGIN = 5

/**
 * The list a sentence's people reached closed is its value: the items after them neither add up nor outrank it by a term's rank
 * ("培训12期，参训860人次，讲法治课2场次，集中学法1次" is 12, not 3); an item far above it (the author's own after an area's) keeps its score.
 */
function firstRun(all: Candidate[][], out: Candidate[]): Candidate[][] {
  const best = Math.max(...all[0].map((c) => c.score)) + (all[0].length > 1 ? 1 : 0)
  for (const c of all.slice(1).flat()) if (c.score <= best + RUN_MARGIN) out[out.indexOf(c)] = { ...c, score: Math.min(c.score, best - 1) }
  return all.slice(0, 1)
}

const CLAUSE_MARKS = new Set([',', '，', ';', '；', '。', '、', '\n'])
/** Where the clause or list item that `at` stands in ends (its closing mark or the text's end), read up to that mark only. */
function clauseEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) if (CLAUSE_MARKS.has(text[i])) return i
  return text.length
}

/**
 * Where the last 其中 of the candidate's period before its figure starts, or -1: looked for in the period alone (a search back
 * from the figure ran to the text's start when the period had none).
 */
function qizhongAt(text: string, c: Candidate): number {
  if (c.token === null) return -1
  const at = text.slice(c.sentence, c.token.start + 2).lastIndexOf('其中')
  return at < 0 ? -1 : c.sentence + at
}

/** How far before a part's figure the bracket that opens its total's breakdown is looked for. */
const ASIDE_REACH = 120
/**
 * Where the aside the candidate's figure stands in opens, when it opens right after a figure (清理文件411件（拟继续有效206件，…）: the
 * breakdown of that figure, as a 其中 opens one), or -1; looked for within ASIDE_REACH characters of the figure.
 */
function asideAt(text: string, c: Candidate): number {
  if (c.token === null) return -1
  const from = Math.max(c.sentence, c.token.start - ASIDE_REACH)
  const before = text.slice(from, c.token.start)
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'))
  if (open < 1 || before.includes(')', open) || before.includes('）', open)) return -1
  return /[\d]\s*[\u4e00-\u9fff]{0,2}$/.test(before.slice(Math.max(0, open - 3), open)) ? from + open : -1
}

/** Whether the candidate's figure follows a 其中 of its period (a module function: tsx's keepNames renames a local arrow per call, ~1 µs). */
const afterQizhong = (text: string, c: Candidate) => qizhongAt(text, c) >= 0

/** A colon right after a figure, with no other colon after it: the breakdown ./subitems.ts reads that figure's parts from. */
const COLON_BREAKDOWN = /\d[^\d,，;；、:：]{0,9}[:：][^:：]*$/
/**
 * Whether the candidate's figure stands in a breakdown its period opens with 其中 or with a colon right after a figure (共办理731宗：
 * 简易程序…罚款2.7万元；普通程序…罚款294.65万元): the parts of a total that another measure counts add up like those after 其中.
 */
const inBreakdown = (text: string, c: Candidate) =>
  afterQizhong(text, c) || (c.token !== null && COLON_BREAKDOWN.test(text.slice(c.sentence, c.token.start)))

/**
 * The total a part after 其中 (or in an aside right after the total's figure) is an outcome of: a figure of the part's measure word
 * in the clause right before 其中 that names the act (sum_unless), the part naming a weak term of the indicator and none of its own. "共梳理政策措施900余件，其中废止139件、
 * 修改18件" — the parts are what became of the 900: the stated total is the act's count, neither their sum nor one of them
 * (其中规范性文件120件 still names its own; the author's part, 其中我局30件, names no outcome).
 */
function outcomeTotal(text: string, rule: CompiledRule, c: Candidate): NumberToken | null {
  if (!c.subItem || !c.token || !rule.sumUnless || rule.weakFrom >= rule.terms.length) return null
  const at = Math.max(qizhongAt(text, c), asideAt(text, c))
  if (at < 0) return null
  const own = text.slice(at, c.token.start)
  const names = (re: RegExp) => { re.lastIndex = 0; return re.test(own) }
  if (rule.terms.slice(0, rule.weakFrom).some(names) || !rule.terms.slice(rule.weakFrom).some(names)) return null
  const from = clauseStart(text, Math.max(c.sentence, at - 1), c.sentence)
  const clause = text.slice(from, at)
  if (!rule.sumUnless.test(clause)) return null
  const total = scanNumbers(clause).filter((t) => t.kind === 'quantity' && unitKind(t.unit) === unitKind(c.token!.unit)).pop()
  return total ? { ...total, start: from + total.start, numStart: from + total.numStart, numEnd: from + total.numEnd, end: from + total.end } : null
}

/**
 * The parts that are outcomes of a stated total (outcomeTotal) left out of the sums, and the totals no candidate reads yet, one
 * candidate each, scored above their best part.
 */
function statedTotals(text: string, rule: CompiledRule, list: Candidate[]): { rest: Candidate[]; totals: Candidate[] } {
  const totals = new Map<number, Candidate>()
  const rest = list.filter((c) => {
    const total = outcomeTotal(text, rule, c)
    if (!total) return true
    const seen = totals.get(total.start)
    const start = clauseStart(text, total.start, c.sentence)
    if (!seen || seen.score <= c.score) {
      totals.set(total.start, {
        ...c, value: total.value, low: total.low, high: total.high, qualifier: total.qualifier, token: total, start, end: total.end,
        score: c.score + 1, subItem: false, via: 'term', distance: 0, scoped: false,
      })
    }
    return false
  })
  return { rest, totals: [...totals.values()].filter((t) => !rest.some((c) => c.token?.start === t.token!.start)) }
}

/** Adds up parallel scoped figures when the report states no total for the indicator (a total a 其中's parts break down stands for them). */
export function summed(text: string, rule: CompiledRule, all: Candidate[]): Candidate[] {
  const { rest, totals } = statedTotals(text, rule, all)
  return [...sumsOf(text, rule, rest), ...totals, ...kindSums(text, rule, rest), ...closingTotals(text, rest, !rule.otherStage?.test(WITH_CARRIED))]
}

function sumsOf(text: string, rule: CompiledRule, list: Candidate[]): Candidate[] {
  if (rule.sum === 'none') return list
  const main = list.filter((c) => c.token && !c.subItem)
  // Paragraph sums need every figure narrowed by a modifier (no overall figure stated);
  // sentence sums add up a list of parallel items ("修订文件2个、废止1个").
  if (rule.sum === 'paragraph' && (main.length < 2 || main.some((c) => !c.scoped))) return list
  // Parts after 其中 (or a colon after a figure) add up when nothing before it in their period names the indicator (their total counts another stage), nor
  // does a figure of its own between it and them: a ；-part that an earlier breakdown does not reach states its own total, whose parts
  // they are (…，其中重大项目24条；办理建议和提案共计11件，其中建议6件、提案5件 — 11, not 22).
  const parts = rule.sum === 'sentence'
    ? list.filter((c) => c.subItem && inBreakdown(text, c) && list.every((o) => o.sentence !== c.sentence ||
      (inBreakdown(text, o) && (o.subItem || o.token!.start > c.token!.start))))
    : []
  const items = [...main, ...parts]
  if (items.length < 2) return list
  const groups = new Map<number, Candidate[]>()
  // A figure far from its term ("修订…征求意见反馈300余件") is not one of a list's parallel items.
  for (const c of rule.sum === 'sentence' ? items.filter((x) => x.distance <= SUM_NEAR) : main) {
    const key = rule.sum === 'paragraph' ? c.paragraph : c.sentence
    const group = groups.get(key)
    if (group) group.push(c)
    else groups.set(key, [c])
  }
  const out = [...list]
  for (const group of [...groups.values()].flatMap((g) => (rule.sum === 'sentence' ? firstRun(runs(text, g), out) : [g]))) {
    if (group.length < 2 || group.length > MAX_SUM || new Set(group.map((c) => unitKind(c.token!.unit))).size > 1) continue
    // (nor is a figure whose own clause goes on to name the act, with the others after that clause: 对本局制发的13件规范性文件进行
    // 全面清理，废止1件，修订8件 — 13 is the total, the rest its outcomes; the objects of one act, 对A6件、B12件进行清理, still add up)
    // (parts that each name their procedure are parallel though each names the act: 简易程序…罚没款6150元；普通程序…罚没款4.3万元)
    if (rule.sumUnless && !group.every((c) => PROCEDURE.test(partBefore(text, c))) && group.some((c) => {
      const end = clauseEnd(text, c.token!.end)
      return rule.sumUnless!.test(text.slice(c.start, Math.max(c.end, end))) && group.some((o) => o.token!.start > end)
    })) continue
    // (an area's or a system's total is never parallel to the author's own figure: "本局…34件，全县系统共…1320件", and "全市共…1320件，本局…34件")
    const clauses = group.map((c) => text.slice(clauseStart(text, c.token!.start, c.sentence), c.token!.start))
    const leads = clauses.map(partLead)
    const area = clauses.map((clause) => AREA_BODIES.test(clause))
    if (area.includes(true) && area.includes(false)) continue
    // (nor a whole area's and the author's under its name: "省生态环境厅收取罚款36万元，全省共收取罚款500万元")
    if (clauses.some((clause) => AREA_LEAD.test(clause)) && clauses.some((clause) => SELF_LEAD.test(clause) || BODY_LEAD.test(clause))) continue
    // (nor are the sessions of two organs that each open their item: 县政府常务会会前学法19次；县委常委会会前学法12次; of those a
    // government's report speaks for, the government's items win)
    const organs = leads.map((lead) => ORGAN_LEAD.exec(lead)?.[1])
    if (new Set(organs.filter(Boolean)).size > 1) {
      if (organs.includes('政府')) group.forEach((c, i) => { if (organs[i] && organs[i] !== '政府') out[out.indexOf(c)] = { ...c, score: c.score - OTHER_ORGAN } })
      continue
    }
    // (nor are the items of different bodies, each named as its clause's subject: 本局举办法治讲座5场；县司法局举办法治讲座7场; the
    // other bodies' items lose to the author's)
    const subjects = subjectsOf(leads)
    if (new Set(subjects.filter(Boolean)).size > 1) {
      if (subjects.includes('self')) group.forEach((c, i) => { if (subjects[i] && subjects[i] !== 'self') out[out.indexOf(c)] = { ...c, score: c.score - OTHER_ORGAN } })
      continue
    }
    // (nor are listed periods' counts beside the year's: 于3月、6月各开展集中学法1次，全年集中学法12次 — a part of the year)
    if (clauses.some((clause) => listedPeriods(clause)) && clauses.some((clause) => YEAR_LEAD.test(clause))) continue
    // (nor is a kind of the cases applied after the year's figures, opening its ；-part: …罚款1260万元；适用按日连续处罚案件2件，罚款86万元)
    // (kinds applied in every part are parallel: 适用简易程序罚款2万元；适用一般程序罚款30万元)
    if (!APPLIED_KIND.test(partBefore(text, group[0])) && group.slice(1).some((c) => APPLIED_KIND.test(partBefore(text, c)))) continue
    // (nor is a list closed by its total or by a running count: 组织学法12次，举办讲座3场，共计学法15次; …15场，累计开展…60场; nor by the
    // year's running total of the items' measure: …罚款1.4万元；…罚款30万元；全年累计罚款31.4万元)
    if (leads.slice(1).some((lead) => TOTAL_LEAD.test(lead)) || totalsEarlier(leads)) continue
    const first = group[0]
    const last = group[group.length - 1]
    out.push({
      ...first, value: group.reduce((a, c) => a + c.value, 0), qualifier: 'derived', low: null, high: null,
      start: first.start, end: last.end, score: Math.max(...group.map((c) => c.score)) + 1, token: null, via: 'sum',
      distance: Math.max(...group.map((c) => c.distance)),
    })
  }
  return out
}
