/**
 * The extractor on the corpus's dev items reworded (./rewordings.ts), per transform: F1, TP/FP/FN and distractors
 * against the dev items as written, and the values each transform lost or gained (dev only: holdout items are never
 * reworded or shown).   npx tsx tests/extract/rewordingScore.ts [transform name prefix]
 * An item a transform leaves unchanged (nothing to reword, or a label it cannot carry) is scored as written.
 */
import { loadCorpus } from './corpus'
import { aggregate, prf, runItem, type ItemResult, type Scores } from './corpusScore'
import { reword, type Rewording } from './rewordings'
import { ALL_REWORDINGS } from './rewordingsVocab'

export interface RewordingScore {
  name: string
  /** Items rewritten, and items the transform would change but whose labels it could not carry. */
  changed: number
  scores: Scores
  /** Values (and opening metadata) right as written and not after rewording, and wrong values the rewording brought: item id and evidence. */
  lost: string[]
  gained: string[]
}

const key = (o: { indicator_id: string; value: number }) => `${o.indicator_id}=${o.value}`
const wrongOnes = (r: ItemResult) => new Set(r.processed.observations
  .filter((o) => !r.item.values.some((e) => e.indicator === o.indicator_id && Math.abs(e.value - o.value) < 1e-6)).map(key))

export async function devResults(): Promise<ItemResult[]> {
  const out: ItemResult[] = []
  for (const item of loadCorpus().filter((i) => i.split === 'dev')) out.push(await runItem(item))
  return out
}

export async function scoreRewording(r: Rewording, base: ItemResult[]): Promise<RewordingScore> {
  const results: ItemResult[] = []
  const lost: string[] = []
  const gained: string[] = []
  let changed = 0
  for (const b of base) {
    const w = reword(b.item, r)
    if (!w) { results.push(b); continue }
    changed++
    const res = await runItem(w.item)
    results.push(res)
    const had = new Set(b.processed.observations.map(key))
    const has = new Set(res.processed.observations.map(key))
    w.item.values.forEach((v, i) => {
      const k = `${v.indicator}=${v.value}`
      if (v.status === 'required' && had.has(k) && !has.has(k)) lost.push(`${b.item.id} ${k} «${v.evidence}» (was «${b.item.values[i].evidence}»)`)
    })
    for (const m of res.errors.filter((e) => e.startsWith('meta') && !b.errors.includes(e))) lost.push(`${b.item.id} ${m}`)
    const wasWrong = wrongOnes(b)
    for (const o of res.processed.observations) {
      if (wrongOnes(res).has(key(o)) && !wasWrong.has(key(o))) gained.push(`${b.item.id} ${key(o)} «${o.evidence}»`)
    }
  }
  return { name: r.name, changed, scores: aggregate(results), lost, gained }
}

export const line = (name: string, s: Scores, changed: number | string) => {
  const t = s.overall
  return `${name.padEnd(24)} ${String(changed).padStart(5)} ${prf(t).f1.toFixed(3)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ` +
    `${String(t.fn).padStart(4)} ${String(s.distractors).padStart(4)}  ${(s.agency / s.openings).toFixed(3)} ${(s.region / s.openings).toFixed(3)}`
}

if (process.argv[1]?.endsWith('rewordingScore.ts')) {
  const prefix = process.argv[2] ?? ''
  const base = await devResults()
  const rows = [`${'transform'.padEnd(24)} items   F1    TP   FP   FN dist  agency region`, line('(dev as written)', aggregate(base), base.length)]
  for (const r of ALL_REWORDINGS.filter((x) => x.name.startsWith(prefix))) {
    const s = await scoreRewording(r, base)
    rows.push(line(r.name, s.scores, s.changed))
    if (s.lost.length || s.gained.length) console.log(`== ${r.name}\n${[...s.lost.map((x) => `  lost   ${x}`), ...s.gained.map((x) => `  gained ${x}`)].join('\n')}`)
  }
  console.log(rows.join('\n'))
}
