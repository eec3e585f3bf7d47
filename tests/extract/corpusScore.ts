/**
 * Scores the real pipeline on the development corpus (tests/fixtures/corpus): each item's text
 * goes through `processReport` as UTF-8 bytes, and its observations and metadata are compared
 * with the labels. Pure counting; the test (./corpusScore.test.ts) prints and checks the figures,
 * and ./corpusErrors.ts lists a dev item's mistakes for tuning (never a holdout item's).
 */
import { confidenceBand, normalise, scanNumbers, type ObservationRow } from '../../src/extract'
import { toSimplifiedSameLength } from '../../src/extract/normalise'
import { processReport, type Processed } from '../../src/pipeline/processReport'
import type { CorpusItem } from './corpus'
import { catalogue } from './seeds'

export type Split = 'dev' | 'holdout' | 'all'
export type Band = 'high' | 'medium' | 'low'

export interface Tally { tp: number; fp: number; fn: number }
export interface Scores {
  items: number
  overall: Tally
  families: Map<string, Tally>
  /** must_not figures taken as some indicator. */
  distractors: number
  openings: number
  agency: number
  region: number
  sector: number
  year: number
  /** Observations by confidence band: right (a labelled value) and wrong. */
  bands: Record<Band, { right: number; wrong: number }>
}

export interface ItemResult {
  item: CorpusItem
  processed: Processed
  /** Mistakes, one line each: what was expected and what was taken. */
  errors: string[]
  tally: Map<string, Tally>
  distractors: number
  bands: Record<Band, { right: number; wrong: number }>
}

/**
 * Metadata as the tables hold it: simplified characters (the seed gold's convention — a traditional
 * report's agency is 船营区人民政府), so a label written in the item's traditional script is compared
 * in simplified form.
 */
export function expectedMeta(item: CorpusItem): Record<'agency' | 'region' | 'sector', string | null> & { year: number | null } {
  const m = item.meta!
  const simp = (s: string | null) => (s === null ? null : toSimplifiedSameLength(s))
  return { agency: simp(m.agency), region: simp(m.region), sector: simp(m.sector), year: m.year }
}

const familyOf = new Map(catalogue.indicators.map((i) => [i.id, i.family]))
const same = (a: number, b: number) => Math.abs(a - b) < 1e-6
const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 })
const emptyBands = (): Record<Band, { right: number; wrong: number }> =>
  ({ high: { right: 0, wrong: 0 }, medium: { right: 0, wrong: 0 }, low: { right: 0, wrong: 0 } })

export async function runItem(item: CorpusItem): Promise<ItemResult> {
  const r = await processReport(new TextEncoder().encode(item.text), `${item.id}.txt`, catalogue)
  if (!r.ok) throw new Error(`${item.id}: ${r.message_en}`)
  const errors: string[] = []
  const tally = new Map<string, Tally>()
  const bands = emptyBands()
  const t = (indicator: string) => {
    const f = familyOf.get(indicator) ?? 'unknown'
    if (!tally.has(f)) tally.set(f, emptyTally())
    return tally.get(f)!
  }
  const show = (o: ObservationRow) => `${o.indicator_id}=${o.value} ${o.qualifier} (${o.confidence} ${o.confidence_reasons}) «${o.evidence}»`
  for (const o of r.observations) {
    const e = item.values.find((x) => x.indicator === o.indicator_id)
    const band = bands[confidenceBand(o.confidence)]
    if (e && same(e.value, o.value)) {
      band.right++
      if (e.status === 'required') t(o.indicator_id).tp++
    } else {
      band.wrong++
      t(o.indicator_id).fp++
      errors.push(e ? `wrong  ${show(o)} — expected ${e.value} «${e.evidence}»` : `extra  ${show(o)}`)
    }
  }
  for (const e of item.values) {
    if (e.status !== 'required') continue
    if (r.observations.some((o) => o.indicator_id === e.indicator && same(o.value, e.value))) continue
    t(e.indicator).fn++
    errors.push(`missed ${e.indicator}=${e.value} ${e.qualifier} «${e.evidence}»`)
  }
  const distractors = distractorsTaken(item, r.observations)
  for (const d of distractors) errors.push(`distractor ${show(d)}`)
  if (item.kind === 'opening' && item.meta) {
    const m = expectedMeta(item)
    const got = r.report
    for (const k of ['agency', 'region', 'sector', 'year'] as const) {
      if (got[k] !== m[k]) errors.push(`meta   ${k}: expected ${m[k]} got ${got[k]} (${k === 'agency' ? got.agency_source : k === 'year' ? got.year_source : ''})`)
    }
  }
  return { item, processed: r, errors, tally, distractors: distractors.length, bands }
}

/** Observations that took a number standing in one of the item's must_not strings (and are not a labelled value). */
function distractorsTaken(item: CorpusItem, observations: ObservationRow[]): ObservationRow[] {
  const norm = normalise(item.text).text
  const tokens = scanNumbers(norm)
  const out = new Set<ObservationRow>()
  for (const m of item.must_not) {
    for (let at = item.text.indexOf(m); at >= 0; at = item.text.indexOf(m, at + 1)) {
      const end = at + m.length
      const values = tokens.filter((k) => k.numStart >= at && k.numEnd <= end).map((k) => k.value)
      for (const o of observations) {
        if (o.end <= at || o.start >= end) continue
        if (item.values.some((e) => e.indicator === o.indicator_id && same(e.value, o.value))) continue
        if (values.some((v) => same(v, o.value))) out.add(o)
      }
    }
  }
  return [...out]
}

export function aggregate(results: ItemResult[]): Scores {
  const s: Scores = {
    items: results.length, overall: emptyTally(), families: new Map(), distractors: 0, openings: 0, agency: 0, region: 0,
    sector: 0, year: 0, bands: emptyBands(),
  }
  for (const r of results) {
    for (const [f, t] of r.tally) {
      const into = s.families.get(f) ?? emptyTally()
      into.tp += t.tp; into.fp += t.fp; into.fn += t.fn
      s.overall.tp += t.tp; s.overall.fp += t.fp; s.overall.fn += t.fn
      s.families.set(f, into)
    }
    s.distractors += r.distractors
    for (const b of ['high', 'medium', 'low'] as const) {
      s.bands[b].right += r.bands[b].right
      s.bands[b].wrong += r.bands[b].wrong
    }
    if (r.item.kind !== 'opening' || !r.item.meta) continue
    const m = expectedMeta(r.item)
    s.openings++
    const got = r.processed.report
    if (got.agency === m.agency) s.agency++
    if (got.region === m.region) s.region++
    if (got.sector === m.sector) s.sector++
    if (got.year === m.year) s.year++
  }
  return s
}

export function prf(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : '  -  ')

/** The printed table of one split. */
export function table(split: Split, s: Scores): string {
  const row = (name: string, t: Tally) => {
    const { precision, recall, f1 } = prf(t)
    return `  ${name.padEnd(12)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}  ` +
      `${precision.toFixed(3)} ${recall.toFixed(3)} ${f1.toFixed(3)}`
  }
  const taken = (b: Band) => s.bands[b].right + s.bands[b].wrong
  const all = taken('high') + taken('medium') + taken('low')
  const wrong = s.bands.high.wrong + s.bands.medium.wrong + s.bands.low.wrong
  const bands = (['high', 'medium', 'low'] as const).map((b) => `${b} ${pct(s.bands[b].right, taken(b))} (${s.bands[b].right}/${taken(b)}; ` +
    `${pct(taken(b), all)} of values, ${pct(s.bands[b].wrong, wrong)} of errors)`)
  return [
    `${split}: ${s.items} items, ${s.openings} openings`,
    '  family         TP   FP   FN  prec  rec   F1',
    ...[...s.families.keys()].sort().map((f) => row(f, s.families.get(f)!)),
    row('overall', s.overall),
    `  distractors taken ${s.distractors}`,
    `  openings: agency ${pct(s.agency, s.openings)} region ${pct(s.region, s.openings)} sector ${pct(s.sector, s.openings)} year ${pct(s.year, s.openings)}`,
    `  precision by confidence: ${bands.join(' · ')}`,
  ].join('\n')
}
