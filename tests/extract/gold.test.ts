/**
 * Scores extraction against the hand-checked gold file: precision / recall / F1 on required
 * values (optional entries count only when the value differs), not-indicator numbers never
 * taken, evidence exact at its offsets, metadata right.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Processed } from '../../src/pipeline/processReport'
import { processSeeds, ROOT } from './seeds'

interface GoldObs { indicator: string; value: number; qualifier: string; status: 'required' | 'optional'; evidence: string }
interface GoldReport { file: string; agency: string; region: string; sector: string; year: number; observations: GoldObs[] }
interface NotIndicator { file: string; evidence: string; why: string }
const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold-seeds.json'), 'utf8')) as
  { reports: GoldReport[]; not_indicators: NotIndicator[] }

const same = (a: number, b: number) => Math.abs(a - b) < 1e-6
let results: Map<string, Processed>
beforeAll(async () => { results = await processSeeds() })

describe('seed gold', () => {
  // (1.0 since the seed gold is the brief's: at 0.97 a rule of 2026-12-06 (a party committee's study in a government's report) took
  // 船营区's optional 12 down to 9 unnoticed, precision 0.974; src/extract/trainingHost.ts reads its joint list since)
  it('scores 1.0 precision and recall on required values', () => {
    let tp = 0, fp = 0, fn = 0
    const rows: string[] = []
    for (const g of gold.reports) {
      const r = results.get(g.file)!
      let rtp = 0, rfp = 0, rfn = 0
      for (const o of r.observations) {
        const e = g.observations.find((x) => x.indicator === o.indicator_id)
        if (!e) rfp++
        else if (!same(e.value, o.value)) rfp++
        else if (e.status === 'required') rtp++
      }
      for (const e of g.observations) {
        if (e.status === 'required' && !r.observations.some((o) => o.indicator_id === e.indicator && same(o.value, e.value))) rfn++
      }
      rows.push(`${g.file.padEnd(26)} ${String(rtp).padStart(3)} ${String(rfp).padStart(3)} ${String(rfn).padStart(3)}  ${r.report.agency}`)
      tp += rtp; fp += rfp; fn += rfn
    }
    const precision = tp / (tp + fp)
    const recall = tp / (tp + fn)
    const f1 = (2 * precision * recall) / (precision + recall)
    console.log(['report                      TP  FP  FN  agency', ...rows,
      `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`].join('\n'))
    expect(precision).toBe(1)
    expect(recall).toBe(1)
  })

  it('takes the gold value and qualifier for every required entry', () => {
    for (const g of gold.reports) {
      const obs = results.get(g.file)!.observations
      for (const e of g.observations.filter((x) => x.status === 'required')) {
        const o = obs.find((x) => x.indicator_id === e.indicator)
        expect(o, `${g.file} ${e.indicator}`).toBeDefined()
        expect([o!.value, o!.qualifier], `${g.file} ${e.indicator}`).toEqual([e.value, e.qualifier])
      }
    }
  })

  it('never takes a not-indicator number', () => {
    for (const n of gold.not_indicators) {
      const r = results.get(n.file)!
      const at = r.text.indexOf(n.evidence)
      expect(at, n.evidence).toBeGreaterThanOrEqual(0)
      const g = gold.reports.find((x) => x.file === n.file)!
      for (const m of n.evidence.matchAll(/\d+(?:\.\d+)?/g)) {
        const pos = at + m.index!
        const value = Number(m[0])
        for (const o of r.observations) {
          const covers = o.start <= pos && pos < o.end
          const legit = g.observations.some((e) => e.indicator === o.indicator_id && same(e.value, o.value))
          if (covers && same(o.value, value) && !legit) throw new Error(`${n.file}: took ${m[0]} from "${n.evidence}" as ${o.indicator_id}`)
        }
      }
    }
  })

  it('quotes evidence exactly at its offsets, containing the number', () => {
    for (const r of results.values()) {
      for (const o of r.observations) {
        expect(r.text.slice(o.start, o.end)).toBe(o.evidence)
        expect(o.evidence).toMatch(/[\d零〇一二两三四五六七八九十百千万无未没]/)
      }
    }
  })

  it('reads agency, year, region and sector from the text', () => {
    for (const g of gold.reports) {
      const { meta } = results.get(g.file)!
      expect({ agency: meta.agency, year: meta.year, region: meta.region, sector: meta.sector }, g.file)
        .toEqual({ agency: g.agency, year: g.year, region: g.region, sector: g.sector })
    }
  })

  it('keeps the original file name and traditional evidence', () => {
    const r = results.get('003_fc5a606910346e4f.txt')!
    expect(r.report.source_file).toBe('003_fc5a606910346e4f.txt')
    expect(r.report.script).toBe('traditional')
    expect(r.observations.find((o) => o.indicator_id === 'mediation_success_pct')?.evidence).toBe('糾紛調解成功率達到97%')
  })
})
