import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { anyTerm, lookbehindAsText, mayName, mayTieAfter, namedIn, sentenceRules, termsMay } from '../../src/extract/ruleIndex'
import { neededChars } from '../../src/extract/neededChars'
import { verbFirstClauses } from '../../src/extract/verbFirst'
import { scanNumbers } from '../../src/extract/numbers'
import { compileRules } from '../../src/extract/rules'
import { normalise } from '../../src/extract/normalise'
import { countOf, countsOf } from '../../src/extract/placesNamed'
import { PROVINCES, PROVINCE_SHORT } from '../../src/extract/places'
import type { Catalogue } from '../../src/extract/types'
import { loadCorpus } from './corpus'
import { ROOT } from './seeds'

const catalogue = JSON.parse(readFileSync(join(ROOT, 'data/indicators.json'), 'utf8')) as Catalogue
const rules = compileRules(catalogue.indicators)
const reports = readdirSync(join(ROOT, 'data/reports')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'data/reports', f), 'utf8'))
/** The seed reports' and the dev items' sentences and clauses (the holdout is not read), normalised as the engine reads them. */
const texts = [...reports, ...loadCorpus().filter((i) => i.split === 'dev').map((i) => i.text)].map((t) => normalise(t).text)
const sentences = texts.flatMap((t) => t.split(/[。！？\n]/))
const pieces = [...sentences, ...texts.flatMap((t) => t.split(/[,，;；。\n]/))]

describe('lookbehindAsText', () => {
  it('turns a leading lookbehind into the text before the rest, whatever its group holds', () => {
    expect(lookbehindAsText('(?<=复议(?:案件)?[和、及与])诉讼(?:案件)?')).toBe('(?:复议(?:案件)?[和、及与])诉讼(?:案件)?')
    expect(lookbehindAsText('(?<=[)(]a)b')).toBe('(?:[)(]a)b') // (parentheses in a class)
    expect(lookbehindAsText('(?<=\\)x)y')).toBe('(?:\\)x)y') // (an escaped one)
    expect(lookbehindAsText('(?<=a)b|c')).toBe('(?:a)b|c')
  })
  it('leaves any other term as it is', () => {
    for (const t of ['(?<!不予)受理', '复议(?<=议)案件', '(?:办理)许可', '(?<=a']) expect(lookbehindAsText(t)).toBe(t)
  })
})

describe('anyTerm', () => {
  const probes = ['行政复议和诉讼案件12件', '复议案件及诉讼3件', '诉讼案件5件', '群众提出的公开申请8件', '提交的政府信息公开申请', '公开申请2件', '不予受理1件']
  it('answers as the catalogue terms one by one do, on every sentence and clause of the seed reports and dev items', () => {
    const differ: string[] = []
    for (const rule of rules) {
      const test = anyTerm(rule)
      for (const s of [...probes, ...pieces]) {
        const one = rule.terms.some((re) => { re.lastIndex = 0; return re.test(s) })
        if (test(s) !== one) differ.push(`${rule.indicator.id}: ${s}`)
      }
    }
    expect(differ).toEqual([])
  })
})

describe('countsOf', () => {
  it('counts each needle as countOf does, in one pass (self-overlapping and empty needles too)', () => {
    const lists = [PROVINCES, PROVINCE_SHORT.map(([, short]) => short), ['aa', 'a', '', 'aba', '省']]
    for (const text of [...texts, 'aaaa ababa 省省', '湖北省湖北湖南省']) {
      for (const needles of lists) expect(countsOf(text, needles)).toEqual(needles.map((w) => countOf(text, w)))
    }
  })
})

describe('neededChars', () => {
  const rows = (source: string, flags = '') => neededChars(new RegExp(source, flags)).map((set) => [...set].sort().join(''))
  it('reads the characters every match holds one of: literals, classes listed one by one, groups that must match', () => {
    expect(rows('行政处罚(?:案件|决定)?')).toEqual(['行', '政', '处', '罚'])
    expect(rows('[和及]诉讼')).toEqual(['及和', '诉', '讼'])
    expect(rows('(?:办理|审理)案件')).toEqual(['办审', '办理', '审理', '理', '案', '件'])
    expect(rows('学法{2}a+\\.\\u4e00')).toEqual(['学', '法', 'a', '.', '一'])
    expect(rows('(?<name>复议)(?:x){1,}')).toEqual(['复', '议', 'x'])
  })
  it('tells nothing of what may not match: optional parts, lookarounds, negated classes, ranges, class escapes, anything after an alternative without', () => {
    expect(rows('(?:行政)?复议')).toEqual(['复', '议'])
    expect(rows('(?<=复议[和、])诉讼(?!案)(?<!不)')).toEqual(['诉', '讼'])
    for (const t of ['[^,;。]{1,6}', '[a-z]', '[\\u4e00-\\u9fff]', '\\d+', '.', '^$', 'a*', 'a{0,3}', '(?:a|)', 'a|\\s', '[\\d件]']) expect(rows(t)).toEqual([])
    expect(rows('(a)\\1')).toEqual(['a']) // (a backreference adds nothing of its own)
    expect(rows('ab', 'i')).toEqual([]) // (a flag that widens what a character matches)
    // (what the reader does not know: a control escape, modifiers, a lone escape at the end — as newer engines may accept them)
    const read = (source: string) => neededChars({ source, flags: '' } as RegExp).map((set) => [...set].join(''))
    for (const source of ['\\cJ', '(?i:ab)', 'ab\\', '\\qa']) expect(read(source)).toEqual([])
    expect(read('\\12a')).toEqual(['a']) // (an escape's digits all belong to it, an octal one's too)
    expect(rows('a{x}')).toEqual(['a', '{', 'x', '}']) // (a brace that is no quantifier is a character)
  })
  it('holds for every match of every catalogue term and form after a figure, in the seed reports and dev items', () => {
    const missing: string[] = []
    for (const rule of rules) {
      for (const re of [...rule.terms, ...rule.after]) {
        const need = neededChars(re)
        if (!need.length) continue // (nothing claimed, nothing to check)
        // (a form after a figure anywhere, not only at a string's start: what it needs is what its body needs)
        const g = new RegExp(re.source.replace(/^\^/, ''), 'g')
        for (const s of sentences) {
          for (const m of s.matchAll(g)) if (need.some((set) => ![...set].some((c) => m[0].includes(c)))) missing.push(`${re.source}: ${m[0]}`)
        }
      }
    }
    expect(missing).toEqual([])
  })
})

describe('sentenceRules', () => {
  it('rules out only rules whose terms occur neither in a sentence nor in its clauses read verb first, nor forms after its figures', () => {
    const wrong: string[] = []
    let ruledOut = 0
    for (const s of sentences) {
      const possible = sentenceRules(rules, s, 0, s.length)
      const clauses = verbFirstClauses(s)
      const ends = scanNumbers(s).map((t) => t.end)
      rules.forEach((rule, r) => {
        if (!mayName(possible, r)) {
          ruledOut++
          if (anyTerm(rule)(s) || anyTerm(rule)(clauses)) wrong.push(`${rule.indicator.id} named: ${s}`)
        }
        if (!mayTieAfter(possible, r) && ends.some((at) => rule.after.some((re) => re.test(s.slice(at))))) wrong.push(`${rule.indicator.id} after: ${s}`)
      })
    }
    expect(wrong).toEqual([])
    expect(ruledOut).toBeGreaterThan((sentences.length * rules.length) / 2) // (most rules are ruled out of most sentences)
  })
  it('rules out only terms that match neither in a sentence nor in its clauses read verb first, and namedIn answers as anyTerm', () => {
    const wrong: string[] = []
    let skipped = 0
    for (const s of sentences) {
      const possible = sentenceRules(rules, s, 0, s.length)
      const clauses = verbFirstClauses(s)
      rules.forEach((rule, r) => {
        const may = termsMay(possible, r)
        rule.terms.forEach((re, k) => {
          if (may[k]) return
          skipped++
          for (const str of [s, clauses]) { re.lastIndex = 0; if (re.test(str)) wrong.push(`${rule.indicator.id} term ${k}: ${str}`) }
        })
        for (const str of [s, clauses]) if (namedIn(rule, may, str) !== anyTerm(rule)(str)) wrong.push(`${rule.indicator.id} namedIn: ${str}`)
      })
    }
    expect(wrong).toEqual([])
    expect(skipped).toBeGreaterThan(sentences.length * rules.length) // (most terms of most rules are ruled out of most sentences)
  })
  it('is a record of data, its questions asked by functions of the module: no closure made per sentence', () => {
    const possible = sentenceRules(rules, '受理行政复议案件12件。', 0, 11)
    expect(Object.values(possible).filter((v) => typeof v === 'function')).toEqual([])
    expect(Object.getPrototypeOf(possible)).toBe(Object.prototype)
  })
  it('reads its own sentence again when another was read in between', () => {
    const rule = rules.findIndex((r) => r.indicator.id === 'reconsideration_cases')
    const text = '受理行政复议案件12件。开展培训3期。'
    const first = sentenceRules(rules, text, 0, 11)
    const second = sentenceRules(rules, text, 11, text.length)
    expect([mayName(first, rule), mayName(second, rule)]).toEqual([true, false])
  })
})
