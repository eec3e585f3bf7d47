/**
 * Lists the extractor's mistakes on the corpus's dev items, for tuning the rules, then the score
 * tables:   npx tsx tests/extract/corpusErrors.ts [corpus folder] [item id prefix]
 * Holdout items are only counted in the tables; their texts and mistakes are never shown.
 */
import { loadCorpus, CORPUS_DIR } from './corpus'
import { aggregate, runItem, table, type ItemResult } from './corpusScore'

const [dir = CORPUS_DIR, prefix = ''] = process.argv.slice(2)
const results: ItemResult[] = []
for (const item of loadCorpus(dir)) {
  const r = await runItem(item)
  results.push(r)
  if (item.split !== 'dev' || !item.id.startsWith(prefix) || !r.errors.length) continue
  console.log(`${item.id} (${item.kind}, ${item.file})\n  ${r.errors.join('\n  ')}`)
}
for (const split of ['dev', 'holdout', 'all'] as const) {
  console.log(table(split, aggregate(results.filter((r) => split === 'all' || r.item.split === split))))
}
