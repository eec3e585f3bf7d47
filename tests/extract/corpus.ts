/** Loads the development corpus (tests/fixtures/corpus/*.json, format in its README). */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './seeds'

export type Level = 'ministry' | 'province' | 'city' | 'county' | 'town'
export interface CorpusValue {
  indicator: string
  value: number
  qualifier: string
  evidence: string
  status: 'required' | 'optional'
}
/** `year` is null when the text states no year of its own (the r7 ruling: the item's `year` keeps the page's, none is to be read). */
export interface CorpusMeta { agency: string | null; region: string | null; sector: string | null; year: number | null }
export interface CorpusItem {
  id: string
  kind: 'passage' | 'opening'
  split: 'dev' | 'holdout'
  source_url: string
  level: Level
  sector: string
  year: number
  script: 'simplified' | 'traditional'
  text: string
  meta?: CorpusMeta
  values: CorpusValue[]
  must_not: string[]
  forms?: string[]
  /** File the item came from (added on load). */
  file: string
}

export const CORPUS_DIR = join(ROOT, 'tests/fixtures/corpus')

export function loadCorpus(dir = CORPUS_DIR): CorpusItem[] {
  const items: CorpusItem[] = []
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { items: Omit<CorpusItem, 'file'>[] }
    for (const item of data.items) items.push({ ...item, file: f })
  }
  return items
}
