/**
 * A breakdown by kind with no total (适用简易程序作出行政处罚126件，适用普通程序作出行政处罚48件; 行政处罚案件中，适用简易程序126件、一般程序48件):
 * the kinds of the catalogue's sum_parts add up to the year's figure the report leaves unstated (qualifier `derived`). The parts
 * of a stated total (作出行政处罚决定174件，其中简易程序126件…) and a paragraph with any other figure of the indicator are left as they
 * are: that figure is the total, or the kinds are not all of it; so are kinds of different bodies' items. One kind alone stays read
 * as written when it names the penalty (适用简易程序作出行政处罚126件); with no penalty word it is a part and read in no other way.
 */
import type { Candidate } from './candidate'
import type { CompiledRule } from './rules'
import { clauseStart } from './structure'
import { scanNumbers } from './numbers'
import { partLead, subjectsOf } from './listSubjects'

/** The words of a candidate's own item: its clause before the figure, after the last 、 (an earlier item's words are not its). */
const itemWords = (text: string, c: Candidate) => {
  const clause = text.slice(clauseStart(text, c.token!.start, c.sentence), c.token!.start)
  return clause.slice(clause.lastIndexOf('、') + 1)
}

/** A kind's own breakdown (一般程序案件中有重大案件129件): a part of that kind, no kind of the whole. */
const WITHIN_KIND = /案件中/
/** Words that name the penalty itself: a kind's count with them (适用简易程序作出行政处罚126件) is read alone too. */
const PENALTY = /处罚|罚款/

/** The groups of a paragraph's kinds that add up, and the figures naming a kind with no penalty word or a part of a kind. */
function kindGroups(text: string, rule: CompiledRule, list: Candidate[]): { groups: Candidate[][]; bare: Candidate[] } {
  const kinds = rule.sumParts
  const bare: Candidate[] = []
  const groups: Candidate[][] = []
  if (!kinds) return { groups, bare }
  const paragraphs = new Map<number, Candidate[]>()
  for (const c of list) {
    if (!c.token) continue
    const words = itemWords(text, c)
    const kind = kinds.exec(words)
    const within = kind !== null && WITHIN_KIND.test(words.slice(kind.index))
    if (kind && (within || !PENALTY.test(words))) bare.push(c)
    if (within) continue
    const group = paragraphs.get(c.paragraph)
    if (group) group.push(c)
    else paragraphs.set(c.paragraph, [c])
  }
  for (const group of paragraphs.values()) {
    const named = group.map((c) => kinds.exec(itemWords(text, c))?.[0])
    if (group.length < 2 || named.some((k) => !k) || new Set(named).size < group.length || group.some((c) => c.subItem)) continue
    // (nor are kinds two bodies each opening their item with their name: 本局办理简易程序案件…；区城管执法局办理一般程序案件…)
    const leads = group.map((c) => partLead(text.slice(clauseStart(text, c.token!.start, c.sentence), c.token!.start)))
    if (new Set(subjectsOf(leads).filter(Boolean)).size > 1) continue
    // (nor are kinds after a count of cases their sentence states first: 办理行政执法案件216件，一般程序案件8件，简易程序案件22件 — its parts)
    const first = group.reduce((a, c) => (c.token!.start < a.token!.start ? c : a))
    if (scanNumbers(text.slice(first.sentence, first.token!.start)).some((t) => t.kind === 'quantity' && t.unit === first.token!.unit)) continue
    groups.push(group)
  }
  return { groups, bare }
}

/** The sums of the kinds a paragraph's figures name, when every figure of the indicator there names one, two at least. */
export function kindSums(text: string, rule: CompiledRule, list: Candidate[]): Candidate[] {
  return kindGroups(text, rule, list).groups.map((group) => {
    const first = group.reduce((a, c) => (c.token!.start < a.token!.start ? c : a))
    return {
      ...first, value: group.reduce((a, c) => a + c.value, 0), qualifier: 'derived', low: null, high: null, token: null, via: 'sum',
      end: Math.max(...group.map((c) => c.end)), score: Math.max(...group.map((c) => c.score)) + 1, subItem: false,
    }
  })
}

/**
 * The candidates no kind's sum takes that name a kind with no penalty word (办理简易程序案件1860件, 其中一般程序案件24起) or a part of
 * a kind (一般程序案件中有重大案件129件): parts, read only in their kinds' sum, never alone, so they claim no figure (the corpus reads
 * 立案查办一般程序案件759起 as the enforcement cases).
 */
export function loneKinds(text: string, rule: CompiledRule, list: Candidate[]): Candidate[] {
  const { groups, bare } = kindGroups(text, rule, list)
  if (!bare.length) return bare
  const summedParts = new Set(groups.flat())
  return bare.filter((c) => !summedParts.has(c))
}

/** A count of cases stated before a kind's figure in its clause's sentence (办理行政执法案件216件，一般程序案件8件): its total. */
const CASES = /案/

/**
 * The figures of an indicator with kind_alone whose item names a kind that does not stand alone: another kind named in its paragraph
 * (简易程序…；一般程序案件325件, 上年办理简易程序…), a count of cases stated before it in its sentence (办理行政执法案件216件，一般程序
 * 案件8件), or a part (其中一般程序案件24起, 一般程序案件中…). Each is a part of a breakdown, which the kinds' own indicator reads (its
 * sum_parts), and gives this one nothing; a kind alone (立案查办一般程序案件759起) is read as written.
 */
export function kindsNotAlone(text: string, rule: CompiledRule, list: Candidate[]): Candidate[] {
  const kinds = rule.kindAlone
  if (!kinds) return []
  // (each paragraph's kinds read once: a text joined into one line would otherwise be read again for every figure)
  const named = new Map<number, Set<string>>()
  return list.filter((c) => {
    if (!c.token) return false
    const words = itemWords(text, c)
    kinds.lastIndex = 0
    const own = kinds.exec(words)
    kinds.lastIndex = 0
    if (!own) return false
    if (c.subItem || WITHIN_KIND.test(words.slice(own.index))) return true
    let there = named.get(c.paragraph)
    if (!there) {
      const end = text.indexOf('\n', c.token.end)
      named.set(c.paragraph, there = new Set(Array.from(text.slice(c.paragraph, end < 0 ? text.length : end).matchAll(kinds), (m) => m[0])))
    }
    if (there.size > 1) return true
    const before = scanNumbers(text.slice(c.sentence, c.token.start))
    return before.some((t) => t.kind === 'quantity' && t.unit === c.token!.unit &&
      CASES.test(text.slice(clauseStart(text, c.sentence + t.start, c.sentence), c.sentence + t.start)))
  })
}

/**
 * The figures of an indicator with part_kind whose item names a kind of its items (办理行政许可312件, 其中行政许可2034件) after a figure
 * the indicator reads as its whole in the same period (行政审批局共受理业务30517件, …共办件8420件: part_whole in its item): parts of that
 * whole, so they claim no figure and the whole is read. A kind alone is read as written; so is one after a whole the indicator does not
 * read (行政执法案件55件，其中行政许可44件: no candidate of approvals before it).
 */
export function partsAfterWhole(text: string, rule: CompiledRule, list: Candidate[]): Candidate[] {
  const { partKind: kind, partWhole: whole } = rule
  if (!kind || !whole || list.length < 2) return []
  const wholes: Candidate[] = []
  const kinds: Candidate[] = []
  for (const c of list) {
    if (!c.token) continue
    const words = itemWords(text, c)
    if (kind.test(words)) kinds.push(c)
    else if (whole.test(words)) wholes.push(c)
  }
  return kinds.filter((c) => wholes.some((w) => w.sentence === c.sentence && w.token!.unit === c.token!.unit && w.token!.end <= c.token!.start))
}

/** What names the whole before a rate's term: the whole area (全县), all items (全部, 所有), their average (平均), overall (整体, 总体). */
const WHOLE = /全[省市县区州旗镇乡]|全部|所有|整体|总体|平均/
/** Words before a rate's term that name no kind: a time, the author or a body (本局, 各部门), a whole, a verb of reaching or a total. */
const NO_KIND = /^(?:(?:19|20)\d{2}年度?|全年|今年|本年度?|[,，\s])*$|[本我全各]|平均|整体|总体|所有|推|实现|达到|进一步|累计|共|提升|提高|使|其中/

/** The words of a candidate's clause before the first of its rule's terms there ('' when none is found or it opens the clause). */
const leadOf = (text: string, rule: CompiledRule, c: Candidate) => {
  const clause = text.slice(clauseStart(text, c.token!.start, c.sentence), c.token!.start)
  let at = clause.length
  for (const term of rule.terms) {
    term.lastIndex = 0 // (the terms are global)
    const m = term.exec(clause)
    term.lastIndex = 0
    if (m && m.index < at) at = m.index
  }
  return clause.slice(0, at)
}

/**
 * A kind's rate before the whole's in one period (工程建设项目审批时限压缩率60%，全县审批事项平均时限压缩78%): the kind's is a part,
 * told so by the whole's figure after it; the author's own rate (本局…60%，全县平均…78%) and a whole's before a kind's stay as scored.
 */
export function withoutKindRates(text: string, rule: CompiledRule, list: Candidate[]): Candidate[] {
  if (rule.indicator.unit !== 'pct') return list
  const rates = list.filter((c) => c.token && c.via === 'term')
  if (rates.length < 2) return list
  const parts = new Set<Candidate>()
  // (read from the last figure back, each lead once, noting the periods with a whole's rate after: linear in the rates)
  const wholeAfter = new Set<number>()
  for (const c of [...rates].sort((a, b) => b.token!.start - a.token!.start)) {
    const lead = leadOf(text, rule, c)
    if (!NO_KIND.test(lead) && wholeAfter.has(c.sentence)) parts.add(c)
    if (WHOLE.test(lead)) wholeAfter.add(c.sentence)
  }
  return parts.size ? list.filter((c) => !parts.has(c)) : list
}
