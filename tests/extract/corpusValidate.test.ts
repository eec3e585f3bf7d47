/**
 * The development corpus is well-formed: every evidence and must_not string is a substring of its
 * item, ids are unique, indicator ids are in the catalogue, and the spread is printed.
 */
import { describe, expect, it } from 'vitest'
import { catalogue } from './seeds'
import { loadCorpus, type CorpusItem } from './corpus'

const items = loadCorpus()
const indicatorIds = new Set(catalogue.indicators.map((i) => i.id))
const LEVELS = new Set(['ministry', 'province', 'city', 'county', 'town'])
const QUALIFIERS = new Set(['exact', 'approx', 'at_least', 'at_most', 'range', 'derived'])
/** The five bundled agencies never appear: the corpus measures authors the rules were not written on. */
const SEED_AGENCIES = ['江津区气象局', '奉节县应急管理局', '綦江区交通局', '船营区人民政府', '湛江经济技术开发区应急管理局']

function problems(item: CorpusItem): string[] {
  const out: string[] = []
  if (item.kind !== 'passage' && item.kind !== 'opening') out.push(`kind ${item.kind}`)
  if (item.split !== 'dev' && item.split !== 'holdout') out.push(`split ${item.split}`)
  if (!LEVELS.has(item.level)) out.push(`level ${item.level}`)
  if (!/^https?:\/\//.test(item.source_url)) out.push('source_url')
  if (!(item.year >= 2019 && item.year <= 2025)) out.push(`year ${item.year}`)
  if (item.script !== 'simplified' && item.script !== 'traditional') out.push(`script ${item.script}`)
  if (!item.text?.trim()) out.push('empty text')
  if (item.kind === 'opening' && !item.meta) out.push('opening without meta')
  if (item.meta && item.meta.year !== item.year && item.meta.year !== null) out.push('meta.year differs from year')
  if (item.meta && (item.meta.year === null) !== Boolean(item.forms?.includes('year-unstated'))) out.push('meta.year null iff the form year-unstated')
  for (const v of item.values) {
    if (!indicatorIds.has(v.indicator)) out.push(`unknown indicator ${v.indicator}`)
    if (!QUALIFIERS.has(v.qualifier)) out.push(`qualifier ${v.qualifier}`)
    if (v.status !== 'required' && v.status !== 'optional') out.push(`status ${v.status}`)
    if (typeof v.value !== 'number' || !Number.isFinite(v.value)) out.push(`value ${String(v.value)}`)
    if (!v.evidence || !item.text.includes(v.evidence)) out.push(`evidence not in text: ${v.evidence}`)
  }
  const seen = new Set<string>()
  for (const v of item.values) {
    if (seen.has(v.indicator)) out.push(`two values for ${v.indicator}`)
    seen.add(v.indicator)
  }
  for (const m of item.must_not) if (!m || !item.text.includes(m)) out.push(`must_not not in text: ${m}`)
  for (const a of SEED_AGENCIES) if (item.text.includes(a)) out.push(`names a bundled agency: ${a}`)
  return out
}

function spread(key: (i: CorpusItem) => string): string {
  const counts = new Map<string, number>()
  for (const i of items) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(' · ')
}

describe('development corpus', () => {
  it('is well-formed: fields, substrings, catalogue ids', () => {
    const bad = items.flatMap((i) => problems(i).map((p) => `${i.file} ${i.id}: ${p}`))
    expect(bad).toEqual([])
  })

  it('has unique ids', () => {
    const ids = items.map((i) => i.id)
    expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([])
  })

  it('labels each page in one fresh batch only (helpers write batches side by side)', () => {
    const page = (url: string) => url.replace(/^https?:\/\/(www\.|wap\.|m\.)?/, '').replace(/\/$/, '')
    const batches = new Map<string, Set<string>>()
    for (const i of items.filter((x) => /^r\d+[a-z]?-fresh\.json$/.test(x.file))) {
      batches.set(page(i.source_url), (batches.get(page(i.source_url)) ?? new Set()).add(i.file))
    }
    expect([...batches].filter(([, files]) => files.size > 1).map(([url, files]) => `${url}: ${[...files].join(', ')}`)).toEqual([])
  })

  it('prints its spread', () => {
    console.log([
      `corpus: ${items.length} items (${items.filter((i) => i.kind === 'passage').length} passages, ${items.filter((i) => i.kind === 'opening').length} openings)`,
      `values: ${items.reduce((a, i) => a + i.values.length, 0)} · must_not: ${items.reduce((a, i) => a + i.must_not.length, 0)}`,
      `level:  ${spread((i) => i.level)}`,
      `sector: ${spread((i) => i.sector)}`,
      `year:   ${spread((i) => String(i.year))}`,
      `script: ${spread((i) => i.script)} · split: ${spread((i) => i.split)}`,
    ].join('\n'))
    expect(items.every((i) => i.values.length + i.must_not.length > 0 || i.kind === 'opening')).toBe(true)
  })
})
