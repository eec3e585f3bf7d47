/**
 * The city presets of `npm run synth` are what the scale tests and screenshots run on: they must
 * look like a city's reports (real sector labels, districts, towns), be sparse like real reports,
 * have agencies with gaps and late starts, and keep every evidence string a slice of its text.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CITY_PRESETS, cityAgencies, cityTables } from '../../scripts/synthCity'
import type { RawIndicator } from '../../scripts/synth'
import { sectorOf } from '../../src/extract/places'
import { rng } from '../../scripts/rng'

const inds = (JSON.parse(readFileSync(join(__dirname, '../../data/indicators.json'), 'utf8')) as { indicators: RawIndicator[] }).indicators

interface Rep { report_id: string; agency: string; region: string; sector: string; year: number }
interface Obs { report_id: string; indicator_id: string; value: number; evidence: string; start: number; end: number; qualifier: string }

describe('synthetic city', () => {
  const t = cityTables(CITY_PRESETS.city35, inds, 1)
  const reports = t.reports as Rep[]
  const obs = t.observations as Obs[]
  const byAgency = new Map<string, number[]>()
  for (const r of reports) byAgency.set(r.agency, [...(byAgency.get(r.agency) ?? []), r.year])

  it('has the preset number of agencies over its years, departments, districts and towns', () => {
    expect(byAgency.size).toBe(35)
    const years = reports.map((r) => r.year)
    expect([Math.min(...years), Math.max(...years)]).toEqual([2020, 2024])
    const names = [...byAgency.keys()]
    expect(names.filter((a) => a.startsWith('合成市')).length).toBe(14)
    expect(names.filter((a) => /区人民政府$|县人民政府$/.test(a)).length).toBe(5)
    expect(names.some((a) => /街道办事处$/.test(a))).toBe(true)
    expect(names.some((a) => /镇人民政府$/.test(a))).toBe(true)
    expect(cityAgencies(300, rng(1))).toHaveLength(300)
    expect(new Set(cityAgencies(300, rng(1)).map((a) => a.agency)).size).toBe(300)
  })

  it('labels sectors as the extractor does and regions by city or district', () => {
    for (const r of reports) {
      expect(r.sector).toBe(sectorOf(r.agency))
      expect(r.region.startsWith('合成省合成市')).toBe(true)
    }
    expect(new Set(reports.map((r) => r.sector)).size).toBeGreaterThan(10)
    expect(new Set(reports.map((r) => r.region)).size).toBe(6)
  })

  it('is sparse like real reports: most state a handful of the indicators', () => {
    const per = reports.map((r) => obs.filter((o) => o.report_id === r.report_id).length).sort((a, b) => a - b)
    const median = per[Math.floor(per.length / 2)]
    expect(median).toBeGreaterThanOrEqual(3)
    expect(median).toBeLessThanOrEqual(12)
    expect(per[per.length - 1]).toBeLessThan(inds.length)
  })

  it('has agencies that report once, start late or skip a year', () => {
    const spans = [...byAgency.values()].map((ys) => ({ n: ys.length, lo: Math.min(...ys), hi: Math.max(...ys) }))
    expect(spans.filter((s) => s.n === 1).length).toBeGreaterThanOrEqual(1)
    expect(spans.filter((s) => s.hi - s.lo + 1 > s.n).length).toBeGreaterThanOrEqual(1)
    expect(spans.filter((s) => s.lo > 2020).length).toBeGreaterThanOrEqual(1)
  })

  it('keeps values in their real ranges, each with its evidence slice', () => {
    const texts = new Map((t.texts as { report_id: string; text: string }[]).map((x) => [x.report_id, x.text]))
    for (const o of obs) {
      expect(texts.get(o.report_id)!.slice(o.start, o.end)).toBe(o.evidence)
      const ind = inds.find((i) => i.id === o.indicator_id)!
      expect(o.value).toBeGreaterThanOrEqual(0)
      if (ind.unit === 'pct') expect(o.value).toBeLessThanOrEqual(100)
    }
    expect(obs.find((o) => o.indicator_id === 'fines_yuan')?.evidence).toMatch(/^罚没金额约?[\d.]+万元$/)
  })

  it('is deterministic', () => {
    expect(cityTables(CITY_PRESETS.city35, inds, 1)).toEqual(t)
    expect(cityTables(CITY_PRESETS.city35, inds, 2)).not.toEqual(t)
  })
})
