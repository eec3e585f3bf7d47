/**
 * The metadata of the corpus's dev openings reworded (./openingRewordings.ts), per rewording: agency, region, sector and year
 * accuracy against the same labels, and the openings each rewording broke (right as written, wrong after). Dev only: holdout
 * items are never reworded or shown.   npx tsx tests/extract/openingRewordingScore.ts [rewording name prefix]
 * An opening a rewording leaves as written (its form is not there, or a label string would go) is scored as written.
 */
import { loadCorpus } from './corpus'
import { expectedMeta, runItem, type ItemResult } from './corpusScore'
import { OPENING_REWORDINGS, rewordOpening, type OpeningRewording } from './openingRewordings'

export const FIELDS = ['agency', 'region', 'sector', 'year'] as const
export type Field = (typeof FIELDS)[number]
export type MetaScores = Record<Field, number> & { openings: number }

export interface OpeningRewordingScore {
  name: string
  changed: number
  scores: MetaScores
  /** Fields right as written and wrong after: item id, field, expected and read. */
  lost: string[]
}

const rightFields = (r: ItemResult): Set<Field> => {
  const m = expectedMeta(r.item)
  return new Set(FIELDS.filter((f) => r.processed.report[f] === m[f]))
}
const tally = (right: Set<Field>[]): MetaScores =>
  ({ openings: right.length, ...Object.fromEntries(FIELDS.map((f) => [f, right.filter((s) => s.has(f)).length / (right.length || 1)])) as Record<Field, number> })

export async function devOpenings(): Promise<ItemResult[]> {
  const out: ItemResult[] = []
  for (const item of loadCorpus().filter((i) => i.split === 'dev' && i.kind === 'opening' && i.meta)) out.push(await runItem({ ...item, values: [], must_not: [] }))
  return out
}
export const metaScores = (base: ItemResult[]) => tally(base.map(rightFields))

export async function scoreOpeningRewording(r: OpeningRewording, base: ItemResult[]): Promise<OpeningRewordingScore> {
  const right: Set<Field>[] = []
  const lost: string[] = []
  let changed = 0
  for (const b of base) {
    const text = rewordOpening(b.item, r)
    const was = rightFields(b)
    if (text === null) { right.push(was); continue }
    changed++
    const res = await runItem({ ...b.item, text })
    const now = rightFields(res)
    right.push(now)
    const m = expectedMeta(b.item)
    for (const f of FIELDS) if (was.has(f) && !now.has(f)) lost.push(`${b.item.id} ${f}: expected ${m[f]} got ${res.processed.report[f]} (${f === 'agency' ? res.processed.report.agency_source : ''})`)
  }
  return { name: r.name, changed, scores: tally(right), lost }
}

const row = (name: string, s: MetaScores, changed: number) =>
  `${name.padEnd(40)} ${String(changed).padStart(5)}  ${FIELDS.map((f) => s[f].toFixed(3)).join('  ')}`

if (process.argv[1]?.endsWith('openingRewordingScore.ts')) {
  const prefix = process.argv[2] ?? ''
  const base = await devOpenings()
  const rows = [`${'rewording'.padEnd(40)} items  agency region sector year`, row('(dev openings as written)', metaScores(base), base.length)]
  for (const r of OPENING_REWORDINGS.filter((x) => x.name.startsWith(prefix))) {
    const s = await scoreOpeningRewording(r, base)
    rows.push(row(r.name, s.scores, s.changed))
    if (s.lost.length) console.log(`== ${r.name}\n${s.lost.map((x) => `  lost ${x}`).join('\n')}`)
  }
  console.log(rows.join('\n'))
}
