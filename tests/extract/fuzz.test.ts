/**
 * Fuzzing the whole pipeline (issue 13 deliverable 5): 10,000 generated inputs per run through
 * `processReport` — random Unicode, random bytes, mutations of the bundled reports, long digit and
 * numeral runs, NUL and lone surrogates, GBK and UTF-16 encodings — and a few 1 MB single lines.
 * Every input must come back as a result (never an exception) and every row must quote its
 * evidence at its offsets, with a finite value and a confidence in [0, 1].
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { processReport } from '../../src/pipeline/processReport'
import { catalogue, ROOT } from './seeds'

const REPORTS = readdirSync(join(ROOT, 'data/reports')).filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(ROOT, 'data/reports', f), 'utf8'))
const NUMERALS = [...'零〇一二两三四五六七八九十百千万亿']
const UNITS = ['件', '次', '人', '人次', '%', '万元', '学时', '处', '成', '余', '多', '至', '-', '.', ',']
const TERMS = ['行政处罚案件', '执法检查', '行政复议', '调解成功率', '参训人员', '确保', '分别', '其中', '由', '上升到', '无', '未发生']
const ODD = ['\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\ufeff', '\u202e', '\u200b', '\r', '\n', '。', '\t']

let inputs = 0
async function check(bytes: Uint8Array, name = 'fuzz.txt'): Promise<void> {
  inputs++
  const r = await processReport(bytes, name, catalogue)
  if (!r.ok) {
    expect(r.message_en.length).toBeGreaterThan(0) // a clear reason, not an exception
    return
  }
  for (const o of r.observations) {
    if (r.text.slice(o.start, o.end) !== o.evidence) throw new Error(`evidence not at its offsets: ${JSON.stringify(o)}`)
    if (!Number.isFinite(o.value)) throw new Error(`value ${o.value}`)
    if (!(o.confidence >= 0 && o.confidence <= 1)) throw new Error(`confidence ${o.confidence}`)
  }
}
const utf8 = (s: string) => new TextEncoder().encode(s)
const pieces = (parts: string[], max: number) => fc.array(fc.constantFrom(...parts), { maxLength: max }).map((a) => a.join(''))

describe('fuzzing processReport', () => {
  it('survives 10,000 generated inputs of every kind', async () => {
    const runs = async <T>(arb: fc.Arbitrary<T>, numRuns: number, f: (x: T) => Promise<void>) =>
      fc.assert(fc.asyncProperty(arb, f), { numRuns })
    // Random Unicode (any code unit, lone surrogates included) and random bytes.
    await runs(fc.string({ unit: 'binary', maxLength: 200 }), 3000, (s) => check(utf8(s)))
    await runs(fc.uint8Array({ maxLength: 400 }), 2000, (b) => check(b))
    // Mutations of the bundled reports: a window of a report with cuts and insertions.
    const edit = fc.record({ at: fc.nat(), cut: fc.nat(30), insert: fc.oneof(fc.string({ maxLength: 12 }), pieces([...TERMS, ...UNITS, ...ODD], 6)) })
    await runs(fc.record({ report: fc.nat(REPORTS.length - 1), from: fc.nat(), edits: fc.array(edit, { maxLength: 6 }) }), 2000,
      ({ report, from, edits }) => {
        const seed = REPORTS[report]
        const start = from % seed.length
        let t = seed.slice(start, start + 600)
        for (const e of edits) {
          const at = e.at % (t.length + 1)
          t = t.slice(0, at) + e.insert + t.slice(at + e.cut)
        }
        return check(utf8(t))
      })
    // Long digit and numeral runs among units and terms.
    await runs(fc.array(fc.oneof(
      fc.stringMatching(/^[0-9]{1,40}$/), pieces(NUMERALS, 30), fc.constantFrom(...UNITS), fc.constantFrom(...TERMS),
    ), { maxLength: 40 }).map((a) => a.join('')), 1500, (s) => check(utf8(s)))
    // NUL, lone surrogates, BOMs, bidi marks and line breaks inside report-like text.
    await runs(pieces([...ODD, ...TERMS, ...UNITS, '12', '三十'], 60), 800, (s) => check(utf8(s)))
    // The same kind of text encoded as GBK and as UTF-16 (with and without BOM).
    await runs(fc.tuple(pieces([...TERMS, ...UNITS, ...NUMERALS, '12', '。', '\n'], 60), fc.constantFrom('gbk', 'utf16le', 'utf16be', 'utf16bom')), 700,
      ([s, enc]) => {
        const bytes = enc === 'gbk' ? iconv.encode(s, 'gbk')
          : enc === 'utf16le' ? iconv.encode(s, 'utf16le')
            : enc === 'utf16be' ? iconv.encode(s, 'utf16-be')
              : Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf16le')])
        return check(new Uint8Array(bytes))
      })
    expect(inputs).toBeGreaterThanOrEqual(10_000)
  }, 240_000)

  it('reads 1 MB single lines of dense figures, numerals and report text', async () => {
    const dense = '全年办理行政处罚案件12件,执法检查34次,罚没款5.6万元,分别10%、20%,由30%上升到40%,'.repeat(20000)
    const numerals = NUMERALS.join('').repeat(30000) + '件'
    const report = REPORTS.join('').replace(/[\n。；;！？]/g, ',').repeat(20)
    for (const s of [dense, numerals, report]) {
      const text = s.slice(0, 340_000) // ≈ 1 MB of UTF-8
      await check(utf8(text))
    }
  }, 120_000)
})
