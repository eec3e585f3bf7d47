/**
 * The paragraph forms matrix of round 32 (issue 11: the single-sentence matrices of rounds 24 and 31 read 1.000 while the
 * holdout stayed at values F1 0.833; its errors come from real paragraphs that run several figures and distractors
 * together, from openings with page chrome before the body, and from table-like prose). Paragraphs of 3–6 sentences
 * composed from the OWN and DISTRACTOR frames of enforcementForms31 (enforcement, oversight) and of trainingForms24
 * (training): two indicators of a family, each with its own figure in one of its own frames and a distractor of its own,
 * in varied orders, under three openings (none; a title and an addressee; page chrome — a breadcrumb, 来源/发布时间/浏览次数,
 * 字号 — then the title and addressee) and one of the compositions below (section headings, 一是/二是 items, a ；-list,
 * 项目：数值 lines, an area's total with the author's own part, the year before then this year, a subordinate unit beside
 * the author, a 其中 breakdown by units, figures in parentheses after a unit's name, a plan with targets at the end or its plain items
 * under the plan's heading).
 * Expected: exactly the author's own values for the report's year (2023). Invented paragraphs.
 */
import {
  AUTHORS, DISTRACTORS, ENFORCEMENT, fill, OWN, type Author, type Distractor, type Group, type Numeral, type Want,
} from './enforcementForms31'
import { OVERSIGHT } from './oversightForms31'
import { AUTHORS as TRAINING_AUTHORS, DISTRACTORS as TRAINING_DISTRACTORS, fill as fillTraining, TERMS, VERBS } from './trainingForms24'

export interface ParagraphProbe { family: string; composition: string; opening: string; author: string; text: string; want: Want; ids: string[] }

/**
 * Training as groups of the enforcement matrix's shape: sessions (the courses counted in 期; not a lecture series, which counts
 * by its audience and, with none stated, by its sentence's topic: beside 普法宣传活动 it is publicity, corpus README "Training")
 * and participants.
 */
const SESSION_TERMS = TERMS.filter(([t, u]) => u === '期' && !t.includes('讲堂')).map(([t]) => t)
export const TRAINING: Group[] = [
  { id: 'training_sessions', phrases: SESSION_TERMS.map((t, i) => `${VERBS[i % VERBS.length]}${t}{S}`), unit: '期',
    numerals: [['12', 12, 'exact'], ['十二', 12, 'exact'], ['10余', 10, 'approx'], ['近12', 12, 'approx']], part: '其中线上培训3期',
    noun: '法治培训', near: ['召开法治培训工作部署会5次', '开展法治培训督导检查5次'] },
  // (participants alone name the law training they came to: 培训干部职工N人次 with no law in its sentence is any training)
  { id: 'training_participants', phrases: ['开展法治培训，培训干部职工{S}', '法治培训参训干部职工{S}', '组织法治轮训，轮训执法人员{S}'], unit: '人次',
    numerals: [['860', 860, 'exact'], ['800余', 800, 'approx'], ['近900', 900, 'approx']], part: '其中领导干部120人次',
    noun: '法治培训参训人员', near: ['参加学法考试5人次', '选派5人次参加省厅培训'] },
]

export const FAMILIES: { family: string; groups: Group[]; authors: Author[] }[] = [
  { family: 'enforcement', groups: ENFORCEMENT, authors: AUTHORS },
  { family: 'oversight', groups: OVERSIGHT, authors: AUTHORS },
  { family: 'training', groups: TRAINING, authors: TRAINING_AUTHORS },
]

/** The second indicator's figure: another value than the first's, so that a swap between them shows. */
const second = (g: Group): Numeral => (g.unit === '元' ? ['48万', 480000, 'exact'] : g.unit === '%' ? ['98.5', 98.5, 'exact'] : ['48', 48, 'exact'])
const five = (g: Group) => (g.unit === '元' ? '5万' : '5')
const unitOf = (g: Group) => (g.unit === '元' ? '万元' : g.unit)
/**
 * A distractor whose lead sets another time (the year before, a span, a part of the year, a campaign, an example case) or that
 * counts a series since it began (…以来累计): the author's own figure after it names the report's year again.
 */
const TIMED = /^(\d{4}年|近三年|上年|仅|上半年|“|如某)|以来/
/** Distractors that open a level's section: only last in a paragraph. */
const HEADING = /^\n/

/** A figure of the author's own, in an own frame, with the values it states. */
interface Piece { text: string; want: Want; timed?: boolean; afterOnly?: boolean }

function ownPiece(a: Author, g: Group, v: number, salt: number, n: Numeral, other: Group): Piece {
  const fits = (kinds = 'a') => kinds.includes(g.kind ?? 'a')
  const frames = [...OWN.filter((o) => fits(o.kinds)), ...(g.extra ?? [])]
    .filter((f) => (a.area || !f.text.includes('{W}')) && !/^(今年以来|1月至12月|截至)/.test(f.text) && !('also' in f && f.also?.[other.id]))
  const f = frames[(v * 7 + salt) % frames.length]
  const ph = g.phrases[v % g.phrases.length]
  return { text: fill(f.text, a, g, ph, n[0]), want: { [g.id]: [n[1], n[2]], ...('also' in f ? f.also : {}) } }
}

function distractorPiece(family: string, a: Author, g: Group, v: number, salt: number): Piece {
  const fits = (kinds = 'a') => kinds.includes(g.kind ?? 'a')
  // (training held jointly with another body is the author's own: trainingForms24's 联合县委组织部 frame)
  const all: Distractor[] = DISTRACTORS.filter((d) => fits(d.kinds) && (a.area || !/\{W/.test(d.text)) && !(family === 'training' && /^joint/.test(d.name)))
  const extra = family === 'training' ? TRAINING_DISTRACTORS.filter((d) => !d.text.includes('{S}')) : []
  const i = (v * 5 + salt) % (all.length + extra.length)
  if (i >= all.length) {
    const ta = TRAINING_AUTHORS.find((t) => t.subject === a.subject) ?? TRAINING_AUTHORS[0]
    const text = fillTraining(extra[i - all.length].text, ta, '举办', SESSION_TERMS[0], '', '', '期')
    return { text, want: {}, timed: TIMED.test(text) }
  }
  const d = all[i]
  const ph = g.phrases[(v + 1) % g.phrases.length]
  const text = d.text.includes('{NEAR}') ? d.text.replace('{NEAR}', g.near[v % g.near.length]).replaceAll('{A}', a.subject) : fill(d.text, a, g, ph, '')
  return { text, want: {}, timed: TIMED.test(text), afterOnly: d.afterOnly }
}

/** Sentences in order: an own figure after a distractor that set another time opens with the report's year. */
function sequence(pieces: Piece[]): string[] {
  return pieces.map((p, i) => (!p.timed && p.want && Object.keys(p.want).length && pieces[i - 1]?.timed ? `2023年，${p.text}` : p.text))
}

/** An own figure and its distractor, in either order; a distractor read only after an own figure stays after it. */
const pairOf = (o: Piece, d: Piece, v: number) => (v % 2 && !d.afterOnly && !HEADING.test(d.text) ? [d, o] : [o, d])

/** Orders of own figures (o1, o2) and distractors (d1, d2). */
function order(o1: Piece, d1: Piece, o2: Piece, d2: Piece, v: number): Piece[] {
  const pairs = [pairOf(o1, d1, v), pairOf(o2, d2, v)]
  const flat = v % 3 === 2 ? [...pairs[1], ...pairs[0]] : [...pairs[0], ...pairs[1]]
  // a level's heading only last: what follows it is that level's
  const heads = flat.filter((p) => HEADING.test(p.text))
  return [...flat.filter((p) => !HEADING.test(p.text)), ...heads]
}

interface Parts { a: Author; g1: Group; g2: Group; n1: Numeral; n2: Numeral; o1: Piece; o2: Piece; d1: Piece; d2: Piece; v: number }
const joinSentences = (ps: Piece[]) => sequence(ps).map((s) => `${s}。`).join('')
const plain = (p: Parts, g: Group, n: Numeral) => fill('{A}{PH}', p.a, g, g.phrases[p.v % g.phrases.length], n[0])

/** An area's total with the author's part: after 其中, or in an aside (with 其中, by its self-name, as the level's own 本级). */
const AREA_PARTS = ['{W}共{PH500}，其中{M}{PH}', '{W}共{PH500}（其中{M}{N}）', '{W}共{PH500}（{M}{N}）', '{W}共{PH500}（其中本级{N}）']

/** The work an indicator's count is of, named as a lead clause's topic, and the bare verb its count then follows (全年共受理N件). */
const TOPICS: Record<string, [string, string]> = {
  enforcement_inspections: ['执法检查', '开展'], enforcement_cases: ['行政执法案件', '办结'], penalty_cases: ['行政处罚', '实施'],
  lenient_cases: ['首违不罚', '办理'], reconsideration_cases: ['行政复议', '受理'], litigation_cases: ['行政应诉', '办理'],
  normative_docs_reviewed: ['规范性文件审核', '审核'], legal_review_cases: ['重大行政执法决定法制审核', '开展'],
  info_disclosure_requests: ['依申请公开', '办理'], training_sessions: ['法治培训', '举办'],
}

/** A composition: its name, the authors it fits, and the body it writes (the values stated are the own pieces'). */
interface Composition { name: string; fits?: (a: Author) => boolean; body: (p: Parts) => string }
const COMPOSITIONS: Composition[] = [
  { name: 'sentences in a paragraph', body: (p) => joinSentences(order(p.o1, p.d1, p.o2, p.d2, p.v)) },
  { name: 'section headings 一、（一）', body: (p) =>
    `一、严格规范公正文明执法\n（一）${p.g1.noun}。${joinSentences(pairOf(p.o1, p.d1, p.v))}\n（二）${p.g2.noun}。${joinSentences(pairOf(p.o2, p.d2, p.v))}` },
  { name: '一是…二是… items', body: (p) => {
    const items = sequence(order(p.o1, p.d1, p.o2, p.d2, p.v).filter((x) => !HEADING.test(x.text)))
    return `${p.a.subject}着力加强执法监督：${items.map((s, i) => `${'一二三四'[i]}是${s}`).join('；')}。` } },
  { name: '；-list of clauses', body: (p) => `${sequence(order(p.o1, p.d1, p.o2, p.d2, p.v).filter((x) => !HEADING.test(x.text))).join('；')}。` },
  { name: '项目：数值 lines', body: (p) => {
    // (a line each, one line joined by ；, or each with the year before's in an aside)
    const cell = (g: Group, n: Numeral) => `${g.noun}：${n[0]}${g.unit}${p.v % 3 === 2 ? `（上年${five(g)}${unitOf(g)}）` : ''}`
    return `${p.a.subject}全年主要工作数据如下：\n${cell(p.g1, p.n1)}；${p.v % 3 === 1 ? '' : '\n'}${cell(p.g2, p.n2)}。\n${joinSentences([p.d1, p.d2].filter((x) => !x.afterOnly))}` } },
  { name: 'area total, own part', fits: (a) => !!a.area, body: (p) =>
    `${fill(AREA_PARTS[p.v % AREA_PARTS.length], p.a, p.g1, p.g1.phrases[0], p.n1[0])}。${fill('{WHOLE}共{PH500}', p.a, p.g2, p.g2.phrases[0], '')}，${p.a.self}${fill('{PH}', p.a, p.g2, p.g2.phrases[0], p.n2[0])}。${joinSentences([p.d1])}` },
  { name: 'year before, then this year', body: (p) =>
    `2022年，${fill('{A}{PH5}', p.a, p.g1, p.g1.phrases[0], '')}；2023年，${plain(p, p.g1, p.n1)}。${plain(p, p.g2, p.n2)}，较上年的${five(p.g2)}${unitOf(p.g2)}有所增加。${joinSentences([p.d2])}` },
  { name: 'topic in a lead clause, bare count', body: (p) => {
    const [topic, verb] = TOPICS[p.g1.id] ?? []
    const first = topic ? `${p.a.subject}扎实做好${topic}工作，全年共${verb}${p.n1[0]}${p.g1.unit}` : plain(p, p.g1, p.n1)
    return `${first}。${joinSentences(pairOf(p.o2, p.d2, p.v))}` } },
  { name: 'change 由…增至…', body: (p) =>
    `与2022年相比，${p.a.subject}${p.g1.noun}由${five(p.g1)}${unitOf(p.g1)}增至${p.n1[0]}${p.g1.unit}。${p.o2.text}。${joinSentences([p.d2].filter((x) => !HEADING.test(x.text)))}` },
  { name: 'respectively 分别为', fits: (a) => !a.area, body: (p) =>
    `${p.a.subject}全年${p.g1.noun}、${p.g2.noun}分别为${p.n1[0]}${p.g1.unit}、${p.n2[0]}${p.g2.unit}，分别比上年增长12%、8%。${joinSentences([p.d1].filter((x) => !x.afterOnly && !HEADING.test(x.text)))}` },
  { name: 'subordinate unit beside', body: (p) =>
    `${plain(p, p.g1, p.n1)}，所属执法大队${fill('{PH5}', p.a, p.g1, p.g1.phrases[0], '')}。${p.a.subject}所属执法支队${fill('{PH5}', p.a, p.g2, p.g2.phrases[0], '')}；${p.o2.text}。` },
  { name: '其中 breakdown by units', body: (p) =>
    `${plain(p, p.g1, p.n1)}${p.v % 2 ? '。其中，' : '，其中'}城关中队${five(p.g1)}${unitOf(p.g1)}、南关中队8${unitOf(p.g1)}。${p.o2.text}。${joinSentences([p.d2].filter((x) => !HEADING.test(x.text)))}` },
  { name: 'figures in parentheses after units', body: (p) =>
    `${plain(p, p.g1, p.n1)}。各乡镇（街道）${fill('{PH5}', p.a, p.g1, p.g1.phrases[0], '')}，其中城关镇（3${unitOf(p.g1)}）、南关镇（2${unitOf(p.g1)}）。${p.o2.text}。` },
  { name: 'plan with targets at the end', body: (p) =>
    `${joinSentences(order(p.o1, p.d1, p.o2, p.d2, p.v))}\n二、2024年工作打算\n2024年，${p.a.subject}将继续加大工作力度，计划${fill('{PH5}', p.a, p.g1, p.g1.phrases[0], '')}，力争${p.g2.noun}达到${five(p.g2)}${unitOf(p.g2)}以上。` },
  // (under its heading a plan's items need no word of intent: 一是…5次)
  { name: 'plan items without 计划', body: (p) =>
    `${joinSentences(order(p.o1, p.d1, p.o2, p.d2, p.v))}\n三、下一步工作打算\n（一）${p.g1.noun}。一是${fill('{A}{PH5}', p.a, p.g1, p.g1.phrases[0], '')}；二是${fill('{A}{PH5}', p.a, p.g2, p.g2.phrases[0], '')}。` },
]

/** A web page's footer after the body: its numbers (a site code, record numbers, a phone) are no figures. */
const FOOTER = '\n【打印本页】【关闭窗口】\n主办单位：市人民政府办公室  网站标识码：3301000015\nICP备案号：浙ICP备12345678号-1  公安机关备案号：33010202000123号\n联系电话：0571-87051234'

/** Openings before the body: none, a title and an addressee, or a web page's chrome before them (and its footer after the body). */
const OPENINGS: [string, (a: Author) => string, string?][] = [
  ['body only', () => '2023年，'],
  ['title and addressee', (a) => `${a.subject}2023年法治政府建设年度报告\n${a.above}：\n2023年，${a.subject}深入贯彻习近平法治思想，现将有关情况报告如下。\n`],
  ['page chrome', (a) => `首页 > 政务公开 > 法治政府建设\n${a.subject}2023年法治政府建设年度报告\n来源：${a.subject}  发布时间：2024-03-15 10:20  浏览次数：1386\n字号：[大 中 小]  打印本页  关闭窗口\n${a.above}：\n2023年，${a.subject}深入贯彻习近平法治思想，现将有关情况报告如下。\n`, FOOTER],
]

/** Every paragraph: families × consecutive indicator pairs × authors × compositions × openings (one variant of order each). */
export function buildParagraphs(): ParagraphProbe[] {
  const out: ParagraphProbe[] = []
  for (const { family, groups, authors } of FAMILIES) {
    const ids = groups.map((g) => g.id)
    for (const [gi, g1] of groups.entries()) {
      const g2 = groups[(gi + 1) % groups.length]
      if (g1 === g2) continue
      for (const [ai, a] of authors.entries()) {
        for (const [ci, c] of COMPOSITIONS.entries()) {
          if (c.fits && !c.fits(a)) continue
          for (const [oi, [opening, head, foot]] of OPENINGS.entries()) {
            const v = gi + ai + ci + oi
            const n1 = g1.numerals[v % g1.numerals.length]
            const n2 = second(g2)
            const o1 = ownPiece(a, g1, v, ci, n1, g2)
            const o2 = ownPiece(a, g2, v + 1, ci + 3, n2, g1)
            const parts: Parts = { a, g1, g2, n1, n2, o1, o2, d1: distractorPiece(family, a, g1, v, ai), d2: distractorPiece(family, a, g2, v + 2, ai + 1), v }
            const body = c.body(parts)
            const want: Want = { ...(body.includes(o1.text) ? o1.want : { [g1.id]: [n1[1], n1[2]] }), ...(body.includes(o2.text) ? o2.want : { [g2.id]: [n2[1], n2[2]] }) }
            out.push({ family, composition: c.name, opening, author: a.kind, text: head(a) + body + (foot ?? ''), want, ids })
          }
        }
      }
    }
  }
  return out
}
