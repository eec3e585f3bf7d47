/**
 * Value- and meaning-preserving rewordings of corpus items, applied mechanically: the same facts and figures in
 * other words, numerals, separators or layout, as a reworded report writes them. Each transform lists edits
 * (a span of the text and what replaces it); the item's evidence and must_not strings are carried through the
 * edits, so the labels stay valid — an item whose label an edit cuts across is left as it was (not rewritten).
 * Deterministic: randomness comes from a seeded generator (scripts/rng.ts), seeded per item.
 * Used by ./rewordingScore.ts (the per-transform table) and ./rewordings.test.ts (the tolerances).
 */
import { toTraditional } from './traditional'
import { rng } from '../../scripts/rng'
import { parseChineseNumeral } from '../../src/extract/numerals'
import { convertSameLength } from '../../src/extract/normalise'
import type { CorpusItem } from './corpus'

export interface Edit { at: number; end: number; text: string }
export interface Context { item: CorpusItem; rand: () => number }
export interface Rewording {
  name: string
  /** Whether edits may fall inside an evidence or must_not span (else such edits are dropped). */
  inside: boolean
  /**
   * Whether the transform moves sentence ends (。 ↔ ；): the labels add up a sentence's parallel figures across ； and not
   * across 。 (README), so an item with a derived label is left as it is.
   */
  movesSentences?: boolean
  edits: (text: string, ctx: Context) => Edit[]
}

const DIGITS = '零一二三四五六七八九'
/** A count of 1–99 in Chinese numerals (12 → 十二, 20 → 二十, 7 → 七). */
export function chineseCount(n: number): string {
  const tens = Math.floor(n / 10)
  const ones = n % 10 ? DIGITS[n % 10] : ''
  if (n < 10) return DIGITS[n]
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones}`
}

/** Measure words of counts (a number before one of them is a count of things, people or sessions). */
export const COUNT_UNITS = '件次场人名个项期起家条份篇所批宗例位轮堂节门部套册张类户处支台辆'
export const CN_NUM = '零一二两三四五六七八九十百'
/** The verbs a counted clause begins with. */
const VERBS = ['办理', '受理', '审结', '办结', '开展', '组织', '举办', '查处', '作出', '做出', '审查', '审核', '调解', '化解', '培训',
  '接待', '处理', '收到', '发布', '制定', '出台', '备案', '出庭', '应诉', '检查', '立案', '召开', '办件', '答复', '公开']
const VERB_RE = new RegExp(VERBS.join('|'), 'g')
/** What a clause may hold before its verb for an adverb to go in between: nothing, a subject or an adverb (not a noun the verb compounds with: 信息公开, 人民调解). */
export const BEFORE_VERB = /(?:^|[局镇区县市府院委办室所队乡们来年月]|中心|街道|依法|先后|积极|认真|严格|主动|分别|还|均)$/
const CLAUSE_END = /[，。；！？\n]/

/** Every match of `re` (global) in `text`. */
export const all = (re: RegExp, text: string) => [...text.matchAll(re)]
/** The clause around `at`: from after the separator before it to before the separator after it. */
export function clauseAround(text: string, at: number): { start: number; end: number } {
  let start = at
  while (start > 0 && !CLAUSE_END.test(text[start - 1])) start--
  let end = at
  while (end < text.length && !CLAUSE_END.test(text[end])) end++
  return { start, end }
}
export const sentenceStart = (text: string, at: number) => {
  let s = at
  while (s > 0 && !/[。；！？\n]/.test(text[s - 1])) s--
  return s
}
const sentenceEnd = (text: string, at: number) => {
  let e = at
  while (e < text.length && !/[。；！？\n]/.test(text[e])) e++
  return e
}
/** A clause that a neutral clause or another separator may follow: long enough, and the next not bound to it. */
/** A clause that only leads into the next one (为…，结合…实际，在…领导下，): a clause between them would cut the sentence. */
const ADVERBIAL = /^(?:[一二三四五六七八九十]是)?(?:为|结合|按照|根据|在|围绕|对照|通过|针对|依照|依据|随着|经|以|对|从|自|截至|截止|由于|按)/
const BOUND_NEXT = /^(?:现|覆盖|惠及|参训|参加|参与|受益|全年共|其中|同比|较|比|占|分别|均|并|且|其|涉及|包括|含|主要|共|合计|总计|以上|达|为|是|即|\d|[一二三四五六七八九十])/
function clauseBoundaries(text: string): number[] {
  const out: number[] = []
  for (const m of all(/[，；]/g, text)) {
    const at = m.index
    const before = clauseAround(text, at - 1)
    const next = text.slice(at + 1, at + 7)
    if (at - before.start < 8 || BOUND_NEXT.test(next) || !/^[\u4e00-\u9fff]{2}/.test(next)) continue
    const prev = text.slice(before.start, at)
    if (/[：:（(“]/.test(prev) || /(?:其中|包括|如下|分别为|有)$/.test(prev) || ADVERBIAL.test(prev)) continue
    out.push(at)
  }
  return out
}

/** Simplified → traditional, one code unit for one (a character whose conversion changes the length is kept). */
export const traditionalSameLength = (text: string): string => convertSameLength(text, toTraditional)

const CASE_WORD = /案件|案|纠纷|事件|事故|违法行为/
const NOT_CASE = /提案|议案|方案|备案|档案|预案|草案|法案|答案|文案|案卷|教案/g
const SESSION_WORD = /培训|讲座|宣讲|报告会|会议|学法|考试|论坛|宣传活动|普法活动|旁听|庭审观摩/
const NOT_SESSION = /检查|执法|复议|诉讼|出庭|应诉|巡查|抽查|人次|调解|处罚|案件|答复|督查/

/** A replacement of the measure word after counts in clauses of one kind. */
function unitSwap(from: string, to: string, clauseOk: (clause: string) => boolean, after = ''): (text: string) => Edit[] {
  const re = new RegExp(`(?:\\d|[${CN_NUM}])(?:余|多)?${from}${after}`, 'g')
  return (text) => all(re, text).flatMap((m) => {
    const at = m.index + m[0].length - from.length
    const c = clauseAround(text, at)
    return clauseOk(text.slice(c.start, at)) ? [{ at, end: at + from.length, text: to }] : []
  })
}

export const isCaseClause = (s: string) => CASE_WORD.test(s.replace(NOT_CASE, ''))
export const isSessionClause = (s: string) => SESSION_WORD.test(s) && !NOT_SESSION.test(s)

/** Year phrases a sentence may carry at its start or before its verb. */
const yearPhrases = (year: number) => [`${year}年以来`, `${year}年度`, `${year}年`, '今年以来', '全年']

export const REWORDINGS: Rewording[] = [
  {
    name: 'arabic→chinese counts',
    inside: true,
    edits: (text) => all(new RegExp(`(?<![\\d.,，第〔\\[号至~\\-—])\\d{1,2}(?![\\d.,%])(?=(?:余|多)?[${COUNT_UNITS}])(?!\\d*(?:个百分点|个工作日))`, 'g'), text)
      .filter((m) => Number(m[0]) > 0 && m[0][0] !== '0')
      .map((m) => ({ at: m.index, end: m.index + m[0].length, text: chineseCount(Number(m[0])) })),
  },
  {
    name: 'chinese→arabic counts',
    inside: true,
    edits: (text) => all(new RegExp(`(?<![第之周期一二三四五六七八九十百千万])[${CN_NUM}]{1,4}(?=(?:余|多)?[${COUNT_UNITS}])`, 'g'), text).flatMap((m) => {
      const v = parseChineseNumeral(m[0])
      return v !== null && v >= 2 && v < 1000 && Number.isInteger(v) ? [{ at: m.index, end: m.index + m[0].length, text: String(v) }] : []
    }),
  },
  {
    name: 'full-width digits',
    inside: true,
    edits: (text) => all(/[0-9%]/g, text).map((m) => ({ at: m.index, end: m.index + 1, text: String.fromCharCode(m[0].charCodeAt(0) + 0xfee0) })),
  },
  {
    name: 'traditional script',
    inside: true,
    edits: (text) => {
      const t = traditionalSameLength(text)
      const out: Edit[] = []
      for (let i = 0; i < text.length; i++) if (t[i] !== text[i]) out.push({ at: i, end: i + 1, text: t[i] })
      return out
    },
  },
  {
    name: 'self-reference 我↔本',
    inside: true,
    edits: (text) => all(/(?<![自基根成样文版资范读课剧账日标原副脚书])[我本](?=局|镇|区|县|市|厅|委|院|乡|街道|办(?!法|理|公|结|事|件))(?!区域)/g, text)
      .map((m) => ({ at: m.index, end: m.index + 1, text: m[0] === '我' ? '本' : '我' })),
  },
  {
    name: 'add 共 before verb',
    inside: true,
    edits: (text) => all(VERB_RE, text).flatMap((m) => {
      const c = clauseAround(text, m.index)
      const rest = text.slice(m.index, c.end)
      if (!/\d|[一二两三四五六七八九十]/.test(rest) || /共|累计|合计|总计/.test(text.slice(c.start, c.end))) return []
      return BEFORE_VERB.test(text.slice(c.start, m.index)) && !text.slice(c.start, m.index).match(VERB_RE) ? [{ at: m.index, end: m.index, text: '共' }] : []
    }),
  },
  {
    name: 'drop 共/共计',
    inside: true,
    edits: (text) => all(new RegExp(`(?<![公中])共计?(?=${VERBS.join('|')}|\\d)`, 'g'), text)
      .map((m) => ({ at: m.index, end: m.index + m[0].length, text: '' })),
  },
  {
    name: 'add 全年 before verb',
    inside: true,
    edits: (text) => all(VERB_RE, text).flatMap((m) => {
      const s = sentenceStart(text, m.index)
      const sentence = text.slice(s, sentenceEnd(text, m.index))
      const c = clauseAround(text, m.index)
      if (/年|月|季度|以来|期间|届|近|累计|同比/.test(sentence) || !/\d|[二两三四五六七八九十]/.test(text.slice(m.index, c.end))) return []
      return BEFORE_VERB.test(text.slice(c.start, m.index)) && !text.slice(c.start, m.index).match(VERB_RE) ? [{ at: m.index, end: m.index, text: '全年' }] : []
    }),
  },
  {
    name: '；→。',
    inside: true,
    movesSentences: true,
    edits: (text) => all(/；(?!\n|$)/g, text).map((m) => ({ at: m.index, end: m.index + 1, text: '。' })),
  },
  {
    name: '。→；',
    inside: true,
    movesSentences: true,
    edits: (text) => all(/。(?=[\u4e00-\u9fff])/g, text).map((m) => ({ at: m.index, end: m.index + 1, text: '；' })),
  },
  {
    name: '，→； between clauses',
    inside: true,
    edits: (text) => clauseBoundaries(text).filter((at) => text[at] === '，' && /\d|[二两三四五六七八九十]/.test(text.slice(clauseAround(text, at - 1).start, at)))
      .map((at) => ({ at, end: at + 1, text: '；' })),
  },
  {
    name: 'filler clause',
    inside: false,
    edits: (text, { rand }) => clauseBoundaries(text).filter(() => rand() < 0.5).map((at) => ({ at: at + 1, end: at + 1, text: '进一步规范了工作流程，' })),
  },
  {
    name: 'hard wrap at 35',
    inside: true,
    edits: (text) => {
      const out: Edit[] = []
      let col = 0
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') { col = 0; continue }
        if (col === 35 && !/[\udc00-\udfff]/.test(text[i])) { out.push({ at: i, end: i, text: '\n' }); col = 0 }
        col++
      }
      return out
    },
  },
  {
    name: 'year phrase moved',
    inside: true,
    edits: (text, { item }) => {
      const out: Edit[] = []
      const phrases = yearPhrases(item.year)
      for (const m of all(/(?:^|[。；\n])/g, text)) {
        const s = m.index + m[0].length
        const p = phrases.find((y) => text.startsWith(`${y}，`, s))
        if (p) {
          // sentence-initial "2023年，我局办理…" → "我局2023年办理…"
          const after = s + p.length + 1
          const c = clauseAround(text, after)
          VERB_RE.lastIndex = 0
          const v = VERB_RE.exec(text.slice(after, c.end))
          if (v && v.index > 0 && !text.slice(after, after + v.index).includes('年')) out.push({ at: s, end: after, text: '' }, { at: after + v.index, end: after + v.index, text: p })
          continue
        }
        // "我局2023年办理…" → "2023年，我局办理…"
        const c = clauseAround(text, s)
        const clause = text.slice(s, c.end)
        for (const y of phrases) {
          const at = clause.indexOf(y)
          if (at <= 0 || at > 12 || !VERBS.some((v) => clause.startsWith(v, at + y.length)) || /\d|年/.test(clause.slice(0, at))) continue
          out.push({ at: s, end: s, text: `${y}，` }, { at: s + at, end: s + at + y.length, text: '' })
          break
        }
      }
      return out
    },
  },
  {
    name: '件↔起 for cases',
    inside: true,
    edits: (text) => [...unitSwap('件', '起', isCaseClause, '(?!次)')(text), ...unitSwap('起', '件', isCaseClause, '(?![诉草步点始来到码])')(text)]
      .sort((a, b) => a.at - b.at),
  },
  {
    name: '次↔场 for sessions',
    inside: true,
    edits: (text) => [...unitSwap('次', '场', isSessionClause, '(?![数序])')(text), ...unitSwap('场', '次', () => true, '(?![所地景馆次])')(text)]
      .sort((a, b) => a.at - b.at),
  },
]

/** Every occurrence of `s` in `text`. */
function occurrences(text: string, s: string): number[] {
  const out: number[] = []
  for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) out.push(at)
  return out
}

/** Where original span [a, b) lies in the edited text, or null when an edit cuts across one of its ends. */
function mapSpan(edits: Edit[], a: number, b: number): [number, number] | null {
  let start = a
  let end = b
  for (const e of edits) {
    if ((e.at < a && a < e.end) || (e.at < b && b < e.end)) return null
    const delta = e.text.length - (e.end - e.at)
    if (e.end <= a) start += delta // before the span (an insertion at its start goes before it)
    if (e.end <= b && !(e.at === b && e.end === b)) end += delta // an insertion at its end goes after it
  }
  return [start, end]
}

export interface Reworded { item: CorpusItem; edits: number }

/**
 * The item reworded by `r`: null when the transform finds nothing to change, or when an edit cuts across an evidence or
 * must_not span (the labels could not be carried over exactly).
 */
export function reword(item: CorpusItem, r: Rewording): Reworded | null {
  if (r.movesSentences && item.values.some((v) => v.qualifier === 'derived')) return null
  const text = item.text
  const labels = [...item.values.map((v) => v.evidence), ...item.must_not]
  const spans = labels.flatMap((s) => occurrences(text, s).map((a) => [a, a + s.length] as const))
  let edits = r.edits(text, { item, rand: rng(seedOf(item.id)) }).sort((x, y) => x.at - y.at || x.end - y.end)
  if (!r.inside) edits = edits.filter((e) => !spans.some(([a, b]) => e.at < b && e.end > a && !(e.at === e.end && (e.at === a || e.at === b))))
  edits = edits.filter((e, i) => i === 0 || e.at >= edits[i - 1].end) // overlapping edits: the first wins
  if (!edits.length) return null
  let out = ''
  let from = 0
  for (const e of edits) { out += text.slice(from, e.at) + e.text; from = e.end }
  out += text.slice(from)
  const carry = (s: string): string[] | null => {
    const mapped: string[] = []
    for (const a of occurrences(text, s)) {
      const span = mapSpan(edits, a, a + s.length)
      if (!span) return null
      mapped.push(out.slice(span[0], span[1]))
    }
    return mapped.length ? mapped : null
  }
  const values = []
  for (const v of item.values) {
    const e = carry(v.evidence)
    if (!e) return null
    values.push({ ...v, evidence: e[0] })
  }
  const mustNot = new Set<string>()
  for (const m of item.must_not) {
    const e = carry(m)
    if (!e) return null
    for (const s of e) mustNot.add(s)
  }
  return { item: { ...item, text: out, values, must_not: [...mustNot] }, edits: edits.length }
}

function seedOf(id: string): number {
  let h = 2166136261
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619)
  return h >>> 0
}
