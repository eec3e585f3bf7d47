/**
 * yearsNamed reads the years opening a clause from each 年 back, where it ran a regex led by the clause's opener
 * (tried at every character of a report): the same years at the same offsets as that regex, over the seed reports,
 * the dev items and generated strings of its characters (openers, spaces, 在/于, digits, 年 and what may follow it).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { yearsNamed, type YearsNamed } from '../../src/extract/confidence'
import { normalise } from '../../src/extract/normalise'
import { loadCorpus } from './corpus'
import { ROOT } from './seeds'

/** The regex yearsNamed stood for. */
function byRegex(text: string): YearsNamed {
  const out: YearsNamed = { at: [], year: [] }
  for (const m of text.matchAll(/(?:^|[。！？；;，,：:\n])\s*(?:在|于)?(\d{4})年(?!以来|至今|[至到—–\-－~]|\d)/g)) {
    out.at.push(m.index + m[0].length - 5)
    out.year.push(Number(m[1]))
  }
  return out
}

const reports = readdirSync(join(ROOT, 'data/reports')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'data/reports', f), 'utf8'))
const texts = [...reports, ...loadCorpus().filter((i) => i.split === 'dev').map((i) => i.text)].map((t) => normalise(t).text)

describe('yearsNamed', () => {
  it('finds what its regex found in the seed reports and the dev items', () => {
    let years = 0
    for (const t of texts) {
      const want = byRegex(t)
      expect(yearsNamed(t)).toEqual(want)
      years += want.at.length
    }
    expect(years).toBeGreaterThan(100) // (the texts do name years so)
  })
  it('finds what its regex found in generated strings of the characters it reads', () => {
    const alphabet = ['2', '0', '3', '9', '年', '年', '在', '于', ' ', '\u3000', '\t', '\n', '，', '。', '：', ';', '以', '来', '至', '今', '到', '—', '-', '~', '度', '较', 'a']
    let seed = 7
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 8) % alphabet.length
    let years = 0
    for (let n = 0; n < 20000; n++) {
      const len = 4 + (n % 24)
      let s = ''
      for (let i = 0; i < len; i++) s += alphabet[next()]
      // (every other string holds a year in a position to be named: random characters seldom make one)
      if (n % 2) { const at = next() % s.length; s = `${s.slice(0, at)}2023年${s.slice(at)}` }
      const want = byRegex(s)
      expect(yearsNamed(s)).toEqual(want)
      years += want.at.length
    }
    expect(years).toBeGreaterThan(1500)
  })
})
