/**
 * Extraction CPU time of two or more commits side by side in one process (not part of `npm run bench`): each
 * commit's `src/` and `data/indicators.json` are taken from git, its `processReport` bundled on its own, and
 * the bundled reports run through each in turn, report by report, the order rotating, so that the neighbours'
 * load on the shared machine weighs on every commit alike. Prints CPU ms per MB (user + system, as
 * bench/extraction.ts counts it) and each commit's ratio to the first: a regression or a saving of a few per
 * cent shows here, where the bench's absolute figure moves by half with the machine's state.
 *
 *   npx tsx bench/abCommits.ts [--reps 40] [--warmup 10] COMMIT COMMIT [COMMIT…]     (e.g. HEAD~5 HEAD; HEAD HEAD for the noise alone)
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import type { Catalogue } from '../src/extract'
import type { processReport } from '../src/pipeline/processReport'
import { CACHE, ROOT } from './build'
import { loadSeeds } from './extraction'

const argv = process.argv.slice(2)
const option = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback)
const REPS = option('--reps', 40)
/** Rounds run before the measured ones: V8 compiles the rules' code over the first few hundred (200 settle it, 10 do not). */
const WARMUP = option('--warmup', 10)
const commits = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--reps' && argv[i - 1] !== '--warmup')
if (commits.length < 2) throw new Error('usage: npx tsx bench/abCommits.ts [--reps N] [--warmup N] COMMIT COMMIT [COMMIT…]')

interface Variant { commit: string; run: typeof processReport; catalogue: Catalogue }

/**
 * The commit's pipeline, bundled from its own sources (packages stay imports, resolved from the project's node_modules);
 * a copy per place in the list, so that a commit given twice runs as two modules (an A/A run: the ratio the noise alone gives).
 */
async function variant(commit: string, place: number): Promise<Variant> {
  const hash = execFileSync('git', ['rev-parse', '--short', commit], { cwd: ROOT, encoding: 'utf8' }).trim()
  const dir = join(CACHE, 'ab', `${place}-${hash}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  execFileSync('sh', ['-c', `git archive ${hash} src data/indicators.json | tar -x -C "${dir}"`], { cwd: ROOT })
  writeFileSync(join(dir, 'entry.ts'), "export { processReport } from './src/pipeline/processReport'\n")
  await build({
    configFile: false, root: dir, logLevel: 'silent',
    build: { ssr: join(dir, 'entry.ts'), outDir: join(dir, 'out'), minify: false, emptyOutDir: true, rollupOptions: { output: { entryFileNames: 'entry.mjs' } } },
  })
  const mod = (await import(pathToFileURL(join(dir, 'out/entry.mjs')).href)) as { processReport: typeof processReport }
  return { commit: hash, run: mod.processReport, catalogue: JSON.parse(readFileSync(join(dir, 'data/indicators.json'), 'utf8')) as Catalogue }
}

const variants: Variant[] = []
for (const [place, c] of commits.entries()) variants.push(await variant(c, place))
const seeds = loadSeeds()
const bytes = seeds.reduce((n, s) => n + s.bytes.length, 0)
const cpu = variants.map(() => 0)
const observations = variants.map(() => 0)
/** Per commit, per report, each measured round's CPU µs: their lower quartile is what a round takes when no neighbour interrupts it. */
const rounds = variants.map(() => seeds.map((): number[] => []))
for (let rep = 0; rep < REPS + WARMUP; rep++) {
  for (const [i, s] of seeds.entries()) {
    for (let j = 0; j < variants.length; j++) {
      const k = (j + rep + i) % variants.length
      const before = process.cpuUsage()
      const r = await variants[k].run(s.bytes, s.name, variants[k].catalogue, s.sidecar)
      const used = process.cpuUsage(before)
      if (!r.ok) throw new Error(`${variants[k].commit} ${s.name}: ${r.message_en}`)
      if (rep < WARMUP) continue
      cpu[k] += used.user + used.system
      rounds[k][i].push(used.user + used.system)
      observations[k] += r.observations.length
    }
  }
}
const mb = (REPS * bytes) / 1e6
const quartile = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 4)]
const lower = rounds.map((perReport) => perReport.reduce((n, xs) => n + quartile(xs), 0))
console.log(`${REPS} rounds of the ${seeds.length} bundled reports (${(bytes / 1e3).toFixed(0)} KB) per commit after ${WARMUP} warm-up rounds, interleaved:`)
for (const [k, v] of variants.entries()) {
  const msPerMB = cpu[k] / 1000 / mb
  console.log(`  ${v.commit}  ${msPerMB.toFixed(1)} CPU ms/MB  ${(1000 / msPerMB).toFixed(2)} MB per CPU s  ×${(cpu[k] / cpu[0]).toFixed(3)} of ${variants[0].commit}` +
    `  (lower quartile per report ×${(lower[k] / lower[0]).toFixed(3)}; ${observations[k] / REPS} observations a round)`)
}
