/**
 * Builds what the benchmark serves, outside dist/ so it never disturbs `npm run build` or the
 * browser tests running at the same time:
 *   node_modules/.cache/rol-bench/app     the app (project vite.config.ts), tables in data/,
 *                                         synthetic tables in data-synth/
 *   node_modules/.cache/rol-bench/floor   bench/floor (floor page + Worker extraction page),
 *                                         seed reports in reports/
 * and records what the app's entry chunk is made of (rendered bytes per package).
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build, type Rolldown } from 'vite'

export const ROOT = resolve(import.meta.dirname, '..')
export const CACHE = join(ROOT, 'node_modules/.cache/rol-bench')
export const APP_OUT = join(CACHE, 'app')
export const FLOOR_OUT = join(CACHE, 'floor')
export const SEED_DATA = join(ROOT, 'public/data')
export const SYNTH_DATA = join(ROOT, 'bench/data/synth-1m')
export const SYNTH_ARGS = ['--agencies', '5000', '--years', '10', '--observations', '1000000']
/** The 300-agency × 8-year city (`npm run synth -- --preset city300`), for selection changes at city scale. */
export const CITY_DATA = join(ROOT, 'bench/data/city300')
export const REPORTS = join(ROOT, 'data/reports')
export const REPORT_FILE = /\.(?:txt|html?|docx|pdf)$/i

export interface ChunkInfo {
  file: string
  bytes: number
  /** Rendered bytes per npm package (or `src/<folder>` for our own code), largest first. */
  parts: { name: string; bytes: number }[]
}

function tsx(script: string, args: string[] = []): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), script, ...args], { cwd: ROOT, stdio: 'inherit' })
}

function copyDir(from: string, to: string, filter: (f: string) => boolean = () => true): void {
  mkdirSync(to, { recursive: true })
  for (const f of readdirSync(from)) if (filter(f)) copyFileSync(join(from, f), join(to, f))
}

function partOf(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '')
  const nm = clean.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const rest = clean.slice(nm + 'node_modules/'.length).split('/')
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  const rel = clean.startsWith(ROOT) ? clean.slice(ROOT.length + 1) : clean
  const seg = rel.split('/')
  return seg[0] === 'src' && seg.length > 2 ? `src/${seg[1]}` : seg[0] === 'src' ? 'src' : rel.includes('/') ? seg[0] : rel
}

function chunksOf(out: unknown): ChunkInfo[] {
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[]
  const chunks: ChunkInfo[] = []
  for (const o of outputs) {
    for (const c of o.output ?? []) {
      if (c.type !== 'chunk' || !c.isEntry) continue
      const parts = new Map<string, number>()
      for (const [id, m] of Object.entries(c.modules)) parts.set(partOf(id), (parts.get(partOf(id)) ?? 0) + m.renderedLength)
      chunks.push({
        file: c.fileName,
        bytes: Buffer.byteLength(c.code),
        parts: [...parts].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes),
      })
    }
  }
  return chunks
}

/** What scripts/firstView.ts writes beside the tables: the first-view answers and the derived rows built with them. */
const BUILD_TIME = (f: string) => f === 'first-view.json' || f.startsWith('built_')

/**
 * The synthetic tables next to a build's `data/`: the million as `data-synth/`, the city as
 * `data-city300/` — the Arrow copies the app loads (and their brotli/gzip copies), the Parquet
 * files, the first-view answers. `ownBuildTime` (another commit's build, `--versus`): where that
 * build has its own first-view answers and built rows (made of the same tables by its own code,
 * when its directory was copied after a bench run), they are kept: those of this commit may be of
 * other questions or another form, which that build would not use.
 */
export function copySynth(appDir: string, ownBuildTime = false): void {
  const tables = (f: string) => /\.(?:arrow(?:\.br|\.gz)?|parquet)$/.test(f) || f === 'first-view.json'
  for (const [from, name] of [[SYNTH_DATA, 'data-synth'], [CITY_DATA, 'data-city300']]) {
    const keep = ownBuildTime && existsSync(join(appDir, name, 'first-view.json'))
    copyDir(from, join(appDir, name), (f) => tables(f) && !(keep && BUILD_TIME(f)))
  }
}

/**
 * The synthetic tables' build-time answers (first-view.json) written again when the questions
 * may have changed since they were (src/queries or scripts/firstView.ts newer than the file): the
 * app uses them only where a question's SQL and parameters are the same, so stale answers would
 * just leave the bench measuring DuckDB for what a fresh build looks up.
 */
async function refreshFirstView(dir: string, log: (s: string) => void): Promise<void> {
  const file = join(dir, 'first-view.json')
  const sources = [...readdirSync(join(ROOT, 'src/queries')).map((f) => join(ROOT, 'src/queries', f)), join(ROOT, 'scripts/firstView.ts')]
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs))
  if (existsSync(file) && statSync(file).mtimeMs >= newest) return
  log(`writing the build-time answers of ${dir} again (the queries changed since) …`)
  const { rewriteFirstView } = await import('../scripts/firstView')
  await rewriteFirstView(dir)
}

/** Extract the bundled reports, build the app and the floor, make the synthetic tables if missing, copy data in. */
export async function buildAll(opts: { skipBuild?: boolean; log: (s: string) => void }): Promise<{ appEntry: ChunkInfo[]; floorEntry: ChunkInfo[] }> {
  let appEntry: ChunkInfo[] = []
  let floorEntry: ChunkInfo[] = []
  if (!opts.skipBuild || !existsSync(join(APP_OUT, 'index.html')) || !existsSync(join(FLOOR_OUT, 'index.html'))) {
    opts.log('extracting the bundled reports (scripts/extract.ts) …')
    tsx('scripts/extract.ts')
    opts.log('building the app …')
    appEntry = chunksOf(
      await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'warn', build: { outDir: APP_OUT, emptyOutDir: true } }),
    )
    opts.log('building the floor page …')
    floorEntry = chunksOf(await build({ configFile: join(ROOT, 'bench/floor/vite.config.ts'), logLevel: 'warn' }))
    writeFileSync(join(CACHE, 'entries.json'), JSON.stringify({ appEntry, floorEntry }, null, 1))
  } else if (existsSync(join(CACHE, 'entries.json'))) {
    ;({ appEntry, floorEntry } = JSON.parse((await import('node:fs')).readFileSync(join(CACHE, 'entries.json'), 'utf8')))
  }
  if (!existsSync(join(SYNTH_DATA, 'observations.arrow'))) {
    opts.log(`making synthetic tables (scripts/synth.ts ${SYNTH_ARGS.join(' ')}) …`)
    tsx('scripts/synth.ts', [...SYNTH_ARGS, '--out', SYNTH_DATA])
  }
  if (!existsSync(join(CITY_DATA, 'observations.arrow'))) {
    opts.log('making the 300-agency city (scripts/synth.ts --preset city300) …')
    tsx('scripts/synth.ts', ['--preset', 'city300', '--out', CITY_DATA])
  }
  for (const dir of [SYNTH_DATA, CITY_DATA]) await refreshFirstView(dir, opts.log)
  copySynth(APP_OUT)
  const reports = readdirSync(REPORTS).filter((f) => REPORT_FILE.test(f)).sort()
  copyDir(REPORTS, join(FLOOR_OUT, 'reports'), (f) => reports.includes(f))
  writeFileSync(join(FLOOR_OUT, 'reports/manifest.json'), JSON.stringify(reports))
  return { appEntry, floorEntry }
}
