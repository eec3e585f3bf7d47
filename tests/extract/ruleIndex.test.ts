import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { anyTerm, lookbehindAsText } from '../../src/extract/ruleIndex'
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
const pieces = texts.flatMap((t) => [...t.split(/[。！？\n]/), ...t.split(/[,，;；。\n]/)])

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
