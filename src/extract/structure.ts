/**
 * Text structure: paragraphs, sentences, clauses, and the sections whose figures are
 * not the year's results (next year's plan, problems and shortcomings).
 */

export interface Span { start: number; end: number }

/**
 * Sentence ends (。！？；;!? and a line break) by char code, and a colon that opens a list of numbered items ("…着力加强执法监督：
 * 一是…；二是…") when ITEM_AFTER_COLON follows it (a scan per character: a regex exec per sentence end cost its call more than its scan).
 */
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 59 || c === 33 || c === 63 || c === 10
const ITEM_AFTER_COLON = /\s*[一二三四五六七八九十]{1,2}是/y
/**
 * A numbered item's marker at a sentence's start (一是, 二是，…): no part of what the item says, so the sentence starts after it
 * and a lead that opens the item (一是2022年，…, 二是上年同期…, 三是仅5月份…) opens the sentence; and since the marker stands
 * between the items, each item is a period of its own (no sum nor scope reads across two items).
 */
const ITEM_MARK = /[^\S\n]*[一二三四五六七八九十]{1,2}是[,，]?/y
/** The numerals ITEM_MARK opens with (after whitespace) as char codes: a sentence that starts with neither is not tried. */
const ITEM_NUMERALS = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)))
/**
 * , ， : ： (and ; ；, which stand inside a sentence only before a clause that goes on from it: see BARE) as char codes
 * (tested per character: a regex per character is the slow part of a long scan).
 */
export const isClauseBreak = (c: number) => c === 44 || c === 0xff0c || c === 58 || c === 0xff1a || c === 59 || c === 0xff1b
/** A printable ASCII or CJK-range code unit: no whitespace (checked before a regex over the whole sentence). */
const printable = (c: number) => (c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xfeff)
/** Longest sentence the engine looks at: a longer run (a pasted table, a PDF without stops) is cut. */
export const MAX_SENTENCE = 500
/** Longest clause: a clause start or end further away than this is taken at this distance. */
export const MAX_CLAUSE = 160
const CUT_AT = /[,，:：、\s]/

/**
 * A sentence that is only a verb and its count, naming no object ("…组织专题培训。全年共举办十二场次，…", after 。 or ；): it
 * counts the event of the sentence before it, so it does not start a sentence of its own.
 */
const ELLIPTIC = /(?:全年|今年|年内|当年)?(?:共|累计|先后|总共)?计?(?:举办|开展|组织|举行|召开)了?(?:近|约|逾|超过?|达)?(?:\d+|[一二两三四五六七八九十百千]+)(?:余|多)?(?:场次|场|次|期|轮)(?=[,，;；。])/y
/** So does one that only counts the people who came ("…举办法治讲座4场。共有260名干部职工参加。"): the event before is theirs. */
const ATTENDED_ONLY = /(?:共有?|累计|共计|合计)?(?:近|约|逾|超过?|达)?(?:\d+|[一二两三四五六七八九十百千]+)(?:余|多)?(?:名|人次|人)[^,，;；。\d]{0,12}?(?:参加|参训|参与|到场|听课|聆听)了?(?:学习|培训|讲座)?(?=[,，;；。])/y
/**
 * A clause after ； that is only a short verb (or rate) and its figure, naming nothing it counts, right after a count
 * ("…收到复议申请155件；受理148件", "…调处成功473件；成功率96.5%", "…培训4场次；覆盖380余人次"): it reads the event and
 * subject of the clause before it, as it does after ，, so ； does not end the sentence there (it stays a clause break).
 * (Not after a clause without a count or after a rate, nor a part after 其中 or a clause naming what it counts: "…开展合规性
 * 审查；备案合同20件", "…增幅99.5%；受理1033件", "…协办5件；承办政协提案13件", "…培训9期；持证执法人员34人"; nor a numbered
 * item, "…5万元；二是…", whose marker is no act, nor a clause that opens with a year, "…5件；2023年，…", which is no count.)
 */
const BARE = /(?!其中|\s*[一二三四五六七八九十]{1,2}是|\s*\d{4}年|[^\d０-９,，;；。]{0,5}(?:人员|干部|提案|建议|案件|文件|申请|纠纷|事项|企业|单位))[^\d０-９,，;；。、:：()（）《》“”"\s]{0,6}?(?:\d+(?:\.\d+)?|[０-９]+|[一二两三四五六七八九十百千万]+)(?:余|多)?(?:%|％|[万亿]?元|[\u4e00-\u9fff]次?)(?=[,，;；。]|$)/y
/** A count ending the part before ；, or a count and the noun it counts (…1.96个申请材料；缩减率为37.4%: the rate reads that noun). */
const COUNT_BEFORE = /(?:\d|[０-９]|[一二两三四五六七八九十百千万])(?:余|多)?(?:[万亿]?元|[\u4e00-\u9fff]次?)[\u4e00-\u9fff]{0,4}$/
function elliptic(text: string, at: number, semicolon: boolean): boolean {
  ELLIPTIC.lastIndex = at
  ATTENDED_ONLY.lastIndex = at
  if (ELLIPTIC.test(text) || ATTENDED_ONLY.test(text)) return true
  if (!semicolon || !COUNT_BEFORE.test(text.slice(Math.max(0, at - 11), at - 1))) return false
  BARE.lastIndex = at
  return BARE.test(text)
}

/** ; ； and whitespace (\s) by char code: what may stand between two sentences of one period. */
export const isPeriodJoin = (c: number) => c === 59 || c === 0xff1b || isSpace(c)
/** A regex's \s by char code. */
export const isSpace = (c: number) => (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff

/**
 * Sentences: split at 。！？；; and line breaks; empty ones are dropped. A run longer than
 * MAX_SENTENCE is cut at its last clause break before the limit (or at the limit), so that every
 * later stage works on bounded pieces and extraction time stays linear in the text.
 */
export function sentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = []
  const push = (start: number, end: number) => {
    ITEM_MARK.lastIndex = start
    const first = text.charCodeAt(start)
    if ((ITEM_NUMERALS.has(first) || isSpace(first)) && ITEM_MARK.test(text) && ITEM_MARK.lastIndex < end) start = ITEM_MARK.lastIndex
    while (end - start > MAX_SENTENCE) {
      let cut = start + MAX_SENTENCE
      for (let i = cut - 1; i > start + MAX_SENTENCE / 2; i--) if (CUT_AT.test(text[i])) { cut = i; break }
      if (/\S/.test(text.slice(start, cut))) out.push({ start, end: cut })
      start = CUT_AT.test(text[cut]) ? cut + 1 : cut
    }
    if (end > start && (printable(text.charCodeAt(start)) || /\S/.test(text.slice(start, end)))) out.push({ start, end })
  }
  let start = from
  for (let at = from; at < to; at++) {
    const c = text.charCodeAt(at)
    if (c > 0x3002 && c < 0xff01) continue // (CJK, most of the text: no sentence end, no colon; two comparisons instead of ten)
    if (!isSentenceEnd(c)) {
      if (c !== 0xff1a && c !== 58) continue
      ITEM_AFTER_COLON.lastIndex = at + 1
      if (!ITEM_AFTER_COLON.test(text)) continue
    }
    const semicolon = c === 0xff1b || c === 59
    if ((semicolon || c === 0x3002) && elliptic(text, at + 1, semicolon)) continue
    push(start, at)
    start = at + 1
  }
  push(start, to)
  return out
}

/**
 * clauseStart and clauseEnd of a sentence's positions asked in order (nondecreasing): the breaks are read once, by one walk
 * to each end, instead of back and on up to MAX_CLAUSE from every position (a sentence of many negators and no comma).
 */
export function clauseWalker(text: string, sentence: Span): (pos: number) => { start: number; end: number } {
  let back = sentence.start // the breaks before `back` are read: the last at `lastBreak`
  let lastBreak = -1
  let next = sentence.start // the first break at or after `next` is at `nextBreak` (or the sentence's end)
  let nextBreak = -1
  return (pos) => {
    for (; back < pos; back++) if (isClauseBreak(text.charCodeAt(back))) lastBreak = back
    const floor = Math.max(sentence.start, pos - MAX_CLAUSE)
    if (nextBreak < pos) {
      next = Math.max(next, pos)
      while (next < sentence.end && !isClauseBreak(text.charCodeAt(next))) next++
      nextBreak = next
    }
    return { start: lastBreak >= floor ? lastBreak + 1 : floor, end: Math.min(nextBreak, sentence.end, pos + MAX_CLAUSE) }
  }
}

/** Start of the clause containing `pos` (after the last , or : before it, not before `floor` nor MAX_CLAUSE back). */
export function clauseStart(text: string, pos: number, floor: number): number {
  const stop = Math.max(floor, pos - MAX_CLAUSE)
  for (let i = pos - 1; i >= stop; i--) if (isClauseBreak(text.charCodeAt(i))) return i + 1
  return stop
}

/** End of the clause containing `pos` (the next , : or the sentence end `ceil`, at most MAX_CLAUSE on). */
export function clauseEnd(text: string, pos: number, ceil: number): number {
  const stop = Math.min(ceil, pos + MAX_CLAUSE)
  for (let i = pos; i < stop; i++) if (isClauseBreak(text.charCodeAt(i))) return i
  return stop
}

/** An aside right after a figure that states a figure of its own ("34件（公布举报电话12315）"), not a breakdown of this one (含/其中/包括…). */
const OWN_ASIDE = /^[（(](?!含|包括|包含|其中|均|全部|主要)[^（()）]{0,30}?[0-9０-９]/

/** Whether an aside right after a figure states another fact (OWN_ASIDE). */
export const ownAsideAt = (text: string, figureEnd: number, ceil: number) => OWN_ASIDE.test(text.slice(figureEnd, Math.min(ceil, figureEnd + 34)))

/** Where a figure's clause ends: as clauseEnd, or at an aside right after it that states another fact (OWN_ASIDE). */
export function factEnd(text: string, figureEnd: number, ceil: number): number {
  return ownAsideAt(text, figureEnd, ceil) ? figureEnd : clauseEnd(text, figureEnd, ceil)
}

export function paragraphOf(text: string, pos: number): Span {
  const start = text.lastIndexOf('\n', pos - 1) + 1
  const nl = text.indexOf('\n', pos)
  return { start, end: nl < 0 ? text.length : nl }
}

/** A top-level heading: 一、… / 第一部分 … / or a short line that is only a heading word. */
const TOP_HEADING = /^[ \t]*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+(?:部分|章)|[0-9]{1,2}[、.．]\D)/
/** An Arabic-numbered heading (1、 1.): a section's items when a Chinese-numbered heading opened it (四、下一步打算\n1.加强…). */
const ARABIC_HEADING = /^[ \t]*[0-9]{1,2}[、.．]\D/
const NOT_RESULTS = /下一步|下步|下一年度|明年|工作思路|工作打算|工作计划|工作安排|目标举措|主要安排|存在(?:的)?(?:主要|突出)?(?:问题|不足|短板|薄弱环节|困难)|面临(?:的)?(?:主要)?(?:困难|问题|挑战)|不足(?:之处|和|与|及)|问题(?:与|和|及)不足|困难和问题|努力方向|工作展望|今后(?:的)?工作/
/** A line that announces a plan's items ("对2023年执法检查作如下安排：", "现将全年学法计划安排如下："): what follows is the plan. */
const PLAN_LEAD = /(?:作(?:出)?如下(?:安排|计划|部署)|(?:安排|计划|部署)如下)[：:]\s*$/
const SHORT_HEADING = /^[ \t]*[（(]?[一二三四五六七八九十]*[)）、]?\s*(?:下一步|下步|存在(?:的)?(?:主要|突出)?(?:问题|不足|短板|薄弱环节|困难)|面临(?:的)?(?:主要)?(?:困难|问题|挑战)|今后|明年|下一年度)[^。]{0,20}$/
/**
 * A line or a sentence that opens with its problems' lead and a colon (存在的不足：…, 当前存在的主要问题：…, 。存在的差距：…): what
 * follows is the problems, as under a heading of that name.
 */
const PROBLEM_LEAD = /(?:^|。)[ \t]*(?:[（(]?[一二三四五六七八九十]+[)）、]\s*)?(?:当前|目前|工作中|仍然)?存在(?:的)?(?:主要|突出)?(?:问题|不足|短板|差距|薄弱环节|困难)[^，,；;。：:\n]{0,8}[：:]/

/**
 * A heading's year and the work it names (四、2024年重点工作, 2024年工作要点; not …完成情况): a plan when no earlier line named that
 * year or a later one.
 */
const YEAR_WORK = /(\d{4})年度?的?(?:重点工作|工作重点|主要任务|重点任务|工作目标|目标任务|工作要点)(?![^\n]{0,8}?(?:情况|成效|进展|完成|落实|推进|回顾|总结))/
const YEARS = /(?<!\d)(?:19|20)\d{2}(?=年)/g

/**
 * Ranges of the text under headings about plans or problems: figures there are targets or
 * last year's context, not this year's results. A heading naming a year's tasks is a plan when that year is later than every
 * year the text named before it (the report's year in its title or lead).
 */
export function nonResultSections(text: string, body: Span): Span[] {
  const out: Span[] = []
  let open: number | null = null
  let openArabic = false
  let pos = body.start
  let latest = 0
  for (const m of text.slice(0, pos).matchAll(YEARS)) latest = Math.max(latest, +m[0])
  while (pos < body.end) {
    const nl = text.indexOf('\n', pos)
    const lineEnd = nl < 0 || nl > body.end ? body.end : nl
    const line = text.slice(pos, lineEnd)
    if (PLAN_LEAD.test(line)) { out.push({ start: open ?? pos, end: body.end }); return out }
    const isTop = TOP_HEADING.test(line) && line.length <= 60
    const problems = PROBLEM_LEAD.exec(line)
    if (isTop || problems || SHORT_HEADING.test(line)) {
      const work = isTop ? YEAR_WORK.exec(line) : null
      const plan = problems !== null || NOT_RESULTS.test(line) || (work !== null && latest > 0 && +work[1] > latest)
      // (an Arabic-numbered heading ends only a section an Arabic-numbered heading opened: else it numbers the section's items)
      if (open !== null && isTop && !plan && (openArabic || !ARABIC_HEADING.test(line))) { out.push({ start: open, end: pos }); open = null }
      if (plan && open === null) { open = pos + (problems?.index ?? 0); openArabic = ARABIC_HEADING.test(line) }
    }
    for (const m of line.matchAll(YEARS)) latest = Math.max(latest, +m[0])
    pos = lineEnd + 1
  }
  if (open !== null) out.push({ start: open, end: body.end })
  return out
}

export function inSpans(spans: Span[], pos: number): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end)
}

/** A numbered heading line: 一、…, （一）…, (1)…, 1. …, 第二部分… (short, with no sentence of its own; spaced out too: （ 四 ） 行 政 应 诉). */
const HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d+\s*[、.．](?!\d)|第\s*[一二三四五六七八九十]+\s*[章节部分])[^\n。；;]{1,36}[。]?\s*$/

/**
 * Where a paragraph's lead starts: the numbered heading line right above it, when there is one ("（一）深入学习贯彻习近平
 * 法治思想\n全年…中心组学习3次": the heading names what the paragraph's counts are about), else the paragraph itself.
 */
export function leadStart(text: string, paragraph: number): number {
  if (paragraph < 2 || text.charCodeAt(paragraph - 1) !== 10) return paragraph
  const from = text.lastIndexOf('\n', paragraph - 2) + 1
  return paragraph - from <= 48 && HEADING.test(text.slice(from, paragraph - 1)) ? from : paragraph
}
