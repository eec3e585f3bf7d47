import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Converter, Locale } from 'opencc-js/t2cn'
import { normalise } from '../../src/extract'
import { openccPlan, runPlan } from '../../src/extract/opencc'
import { loadCorpus } from './corpus'
import { ROOT } from './seeds'

describe('normalisation', () => {
  it('turns traditional into simplified at the same offsets', () => {
    const original = '吉林市船營區人民政府:糾紛調解成功率達到97%'
    const n = normalise(original)
    expect(n.script).toBe('traditional')
    expect(n.text).toBe('吉林市船营区人民政府:纠纷调解成功率达到97%')
    expect(n.text.length).toBe(original.length)
  })

  it('leaves simplified text alone', () => {
    const s = '全年共开展执法检查86次,消除隐患93起。'
    expect(normalise(s)).toEqual({ text: s, script: 'simplified' })
  })

  it('maps full-width digits, letters and punctuation to half-width', () => {
    expect(normalise('达到８６．５％，共１２件').text).toBe('达到86.5%,共12件')
    expect(normalise('a\u3000b').text).toBe('a b')
  })

  it('always preserves length, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => normalise(s).text.length === s.length))
  })
})

describe('traditional → simplified through ./opencc.ts', () => {
  const config = (Locale.configs as Record<string, unknown>).tw2s as { normalizationChain: string[][]; segmentation: string[]; conversionChain: string[][] }
  const reference = Converter({ from: 'tw', to: 'cn' })
  const plan = openccPlan(config)!
  const words = [...new Set([...config.normalizationChain.flat(), ...config.segmentation, ...config.conversionChain.flat()]
    .flatMap((dict) => dict.split('|').flatMap((entry) => entry.split(' '))))]

  it('reads the package configuration', () => expect(plan).not.toBeNull())

  it('gives opencc-js’s output on every dictionary word, alone and run together', () => {
    expect(words.length).toBeGreaterThan(1000)
    for (const w of words) expect(runPlan(plan, w)).toBe(reference(w))
    for (let i = 0; i + 5 < words.length; i += 5) {
      const s = words.slice(i, i + 5).join('')
      expect(runPlan(plan, s)).toBe(reference(s))
    }
  })

  it('gives opencc-js’s output around description sequences, surrogates and punctuation', () => {
    const parts = [...words.slice(0, 400), '⿰', '⿲', '⿱木', '⿻', '\ud83d\ude00', '\ud83d', '\ude00', '𠀀', 'a', ' ', '，', '\n', '\ufeff']
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 12 }), (a) => runPlan(plan, a.join('')) === reference(a.join(''))), { numRuns: 1000 })
    // A description sequence (⿲ takes three operands, ⿰ two, nested ones count as one) is passed over whole.
    for (const ids of ['⿰', '⿱', '⿲', '⿳', '⿴', '⿻', '⿰⿱']) {
      for (let i = 0; i + 4 < 200; i++) {
        const s = `${ids}${words.slice(i, i + 4).join('')}`
        expect(runPlan(plan, s)).toBe(reference(s))
      }
    }
  })

  it('gives opencc-js’s output on the corpus and the bundled reports', () => {
    for (const item of loadCorpus()) expect(runPlan(plan, item.text)).toBe(reference(item.text))
    const dir = join(ROOT, 'data/reports')
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8')
      expect(runPlan(plan, text)).toBe(reference(text))
    }
  })
})
