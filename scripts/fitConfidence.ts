/**
 * Refits the confidence weights (PENALTY in src/extract/confidenceWeights.ts) the way its header documents: a
 * non-negative logistic fit of "the value is wrong" with an L2 penalty, on the fresh batches' FIRST runs
 * (each batch's dev items as the extractor read them at the commit that added their labels, scored against
 * today's labels) pooled with today's dev values, then scaled so that the low band (< 0.5) is a set share
 * of the dev values. Not run by the tests; holdout items are never read (only dev items are dumped).
 *
 *   npx tsx scripts/fitConfidence.ts collect [now] [r17 …]   first runs of those batches (all, and now, by default), into the cache
 *   npx tsx scripts/fitConfidence.ts fit [--check r34] [--drop a,b] [--cv]   fit, print weights and band tables
 *
 * collect: for each batch, `git archive` of the labelling commit (the first that added
 * tests/fixtures/corpus/<batch>-*.json) is unpacked under CACHE, today's confidence.ts and the other
 * src/extract/confidence*.ts are put in place of that commit's (behind a shim for the context older engines pass),
 * so the reasons are today's forms read on that commit's candidates; its dev items' observations are
 * dumped with their reasons and whether today's labels hold them. `collect now` dumps today's dev values.
 * fit: batches from --check on (in the order given by BATCHES) are held out of the fit and reported apart
 * (the fit part and the check part), so a candidate reason is kept only if it helps on batches it was not
 * fitted on; their items' values now leave the fit's pool too (a form still misread today sat in both halves,
 * conf56). Reasons set by rule (SET below) keep their weights and are not fitted.
 */
import { execFileSync } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs'
import { basename, join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
const CACHE = process.env.FIT_CACHE ?? '/tmp/fitConfidence'
/**
 * The fresh batches whose first runs can be read again, in the order they were added. f … q are not: at their label commits the
 * engine called confidenceOf without the text, so today's forms cannot be read on their candidates.
 */
const BATCHES = ['r', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12',
  'r13', 'r14', 'r15', 'r16', 'r17', 'r18', 'r19', 'r20', 'r21', 'r22', 'r23', 'r24', 'r25', 'r26', 'r27', 'r28', 'r29', 'r30', 'r31', 'r32',
  'r33', 'r34', 'r35', 'r39', 'r41', 'r43', 'r45', 'r47', 'r48a', 'r48b', 'r49a', 'r49b', 'r49c', 'r50a', 'r50b', 'r50c', 'r50d', 'r50e', 'r51a', 'r51b', 'r51c',
  'r52a', 'r52b', 'r53a', 'r53b', 'r53c', 'r53d', 'r54a', 'r54b', 'r54c', 'r55a', 'r55b', 'r55c', 'r55d',
  'r56a', 'r56b', 'r56c', 'r56d', 'r56e', 'r57a', 'r57b', 'r57c', 'r57d']
/** Reasons set by rule, not fitted (their forms are too rare to weigh, see the header of confidence.ts). */
const SET = new Set(['since_event', 'spaced', 'year_other', 'implausible'])
/** The L2 penalty of the fit (the summed log-loss plus L2/2 · the squared weights), and the low band's target share of the dev values. */
const L2 = Number(process.env.FIT_L2 ?? 0.3)
const LOW_SHARE = Number(process.env.FIT_LOW_SHARE ?? 0.23)

interface Row { batch: string; item: string; indicator: string; value: number; wrong: boolean; reasons: string[]; evidence: string }

/** Runs inside a tree (today's or a batch's commit): dumps the dev items of a corpus file with their reasons. */
const RUNNER = `
import { readFileSync } from 'node:fs'
import { processReport } from './src/pipeline/processReport'
const [file, batch] = process.argv.slice(2)
const catalogue = JSON.parse(readFileSync('data/indicators.json', 'utf8'))
const rows = []
for (const f of file.split(',')) {
  for (const item of JSON.parse(readFileSync(f, 'utf8')).items) {
    if (item.split !== 'dev') continue
    const r = await processReport(new TextEncoder().encode(item.text), item.id + '.txt', catalogue)
    if (!r.ok) throw new Error(item.id)
    for (const o of r.observations) {
      const e = item.values.find((x) => x.indicator === o.indicator_id)
      rows.push({ batch, item: item.id, indicator: o.indicator_id, value: o.value, wrong: !(e && Math.abs(e.value - o.value) < 1e-6),
        reasons: o.confidence_reasons ? o.confidence_reasons.split(',') : [], evidence: o.evidence })
    }
  }
}
console.log(JSON.stringify(rows))
`

/** Today's confidence behind the context an older engine passes (\`indicator\` instead of \`rule\`, no \`years\`). */
const SHIM = `
import { compileRules, type CompiledRule } from './rules'
import { confidenceOf as today } from './confidenceToday'
export * from './confidenceToday'
const compiled = new Map<string, CompiledRule>()
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function confidenceOf(c: any, ctx: any) {
  let rule = ctx.rule
  if (!rule) {
    rule = compiled.get(ctx.indicator.id) ?? compileRules([ctx.indicator])[0]
    compiled.set(ctx.indicator.id, rule)
  }
  return today(c, { ...ctx, rule })
}
`
const IS_SPACE = `export const isSpace = (c: number) => (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff\n`

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim()
/** A batch's corpus file (f-passages.json, r5-openings.json, r17-fresh.json). */
const corpusFile = (batch: string) => git('ls-files', `tests/fixtures/corpus/${batch}-*.json`).split('\n')[0]

function collect(batch: string): void {
  mkdirSync(CACHE, { recursive: true })
  if (batch === 'now') {
    const files = git('ls-files', 'tests/fixtures/corpus/*.json').split('\n').map((f) => join(ROOT, f)).join(',')
    writeFileSync(join(ROOT, '.fitRunner.ts'), RUNNER)
    try {
      writeFileSync(join(CACHE, 'now.json'), execFileSync('npx', ['tsx', '.fitRunner.ts', files, 'now'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 }))
    } finally { rmSync(join(ROOT, '.fitRunner.ts')) }
    return
  }
  const commit = git('log', '--diff-filter=A', '--format=%H', '--', corpusFile(batch)).split('\n').pop()!
  const tree = join(CACHE, batch)
  rmSync(tree, { recursive: true, force: true })
  mkdirSync(tree, { recursive: true })
  execFileSync('sh', ['-c', `git archive ${commit} src data/indicators.json | tar -x -C ${tree}`], { cwd: ROOT })
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'))
  copyFileSync(join(ROOT, 'package.json'), join(tree, 'package.json'))
  const ex = join(tree, 'src/extract')
  copyFileSync(join(ROOT, 'src/extract/confidence.ts'), join(ex, 'confidenceToday.ts'))
  for (const f of git('ls-files', 'src/extract/confidence?*.ts').split('\n')) copyFileSync(join(ROOT, f), join(ex, basename(f)))
  // (helpers today's confidence imports that the commit's tree did not have yet)
  if (!/export const isSpace/.test(readFileSync(join(ex, 'structure.ts'), 'utf8'))) appendFileSync(join(ex, 'structure.ts'), IS_SPACE)
  if (!existsSync(join(ex, 'sorted.ts'))) copyFileSync(join(ROOT, 'src/extract/sorted.ts'), join(ex, 'sorted.ts'))
  writeFileSync(join(ex, 'confidence.ts'), SHIM)
  writeFileSync(join(tree, 'runner.ts'), RUNNER)
  const out = execFileSync('npx', ['tsx', 'runner.ts', join(ROOT, corpusFile(batch)), batch], { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 28 })
  writeFileSync(join(CACHE, `${batch}.json`), out)
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))

/** Non-negative logistic fit (projected gradient, L2 on the weights): P(wrong) = σ(b + Σ w·x), w ≥ 0. */
function fitLogistic(rows: Row[], names: string[]): { bias: number; w: Map<string, number> } {
  const idx = new Map(names.map((n, i) => [n, i]))
  const xs = rows.map((r) => r.reasons.map((x) => idx.get(x)).filter((i): i is number => i !== undefined))
  const w = new Float64Array(names.length)
  let bias = -2
  const rate = 0.5
  for (let step = 0; step < 6000; step++) {
    const g = new Float64Array(names.length)
    let gb = 0
    for (let k = 0; k < rows.length; k++) {
      let z = bias
      for (const i of xs[k]) z += w[i]
      const d = sigmoid(z) - (rows[k].wrong ? 1 : 0)
      gb += d
      for (const i of xs[k]) g[i] += d
    }
    bias -= (rate * gb) / rows.length
    for (let i = 0; i < w.length; i++) w[i] = Math.max(0, w[i] - rate * (g[i] / rows.length + (L2 * w[i]) / rows.length))
  }
  return { bias, w: new Map(names.map((n, i) => [n, w[i]])) }
}

type Penalty = Map<string, number>
const confidence = (r: Row, p: Penalty) => Math.round(Math.max(0.05, 1 - r.reasons.reduce((s, x) => s + (p.get(x) ?? 0), 0)) * 100) / 100
const band = (c: number) => (c >= 0.8 ? 'high' : c >= 0.5 ? 'medium' : 'low')

/** Scales the fitted log-odds weights so the low band holds `share` of `dev`'s values. */
function scale(w: Map<string, number>, fixed: Penalty, dev: Row[], share: number): Penalty {
  let lo = 0
  let hi = 1
  const at = (k: number) => new Map([...[...w].map(([n, v]) => [n, Math.round(v * k * 100) / 100] as [string, number]), ...fixed])
  for (let i = 0; i < 40; i++) {
    const k = (lo + hi) / 2
    const p = at(k)
    const low = dev.filter((r) => band(confidence(r, p)) === 'low').length / dev.length
    if (low < share) lo = k
    else hi = k
  }
  return at(lo)
}

function bandTable(name: string, rows: Row[], p: Penalty): string {
  const b = { high: [0, 0], medium: [0, 0], low: [0, 0] } as Record<string, [number, number]>
  for (const r of rows) b[band(confidence(r, p))][r.wrong ? 1 : 0]++
  const wrong = rows.filter((r) => r.wrong).length
  const cells = (['high', 'medium', 'low'] as const).map((k) => {
    const [right, bad] = b[k]
    const n = right + bad
    return `${k} ${n ? (right / n).toFixed(3) : '  -  '} (${right}/${n})`
  })
  return `${name.padEnd(24)} ${String(rows.length).padStart(5)} values ${String(wrong).padStart(4)} wrong  ${cells.join(' · ')}  ` +
    `low ${(( b.low[0] + b.low[1]) / rows.length).toFixed(3)} of values, ${(b.low[1] / Math.max(1, wrong)).toFixed(3)} of errors`
}

function load(batch: string): Row[] {
  const f = join(CACHE, `${batch}.json`)
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as Row[]) : []
}

/** Today's PENALTY, read from the source (this script does not import the extractor). */
function currentPenalty(): Penalty {
  const src = readFileSync(join(ROOT, 'src/extract/confidenceWeights.ts'), 'utf8')
  const body = src.slice(src.indexOf('export const PENALTY'), src.indexOf('}', src.indexOf('export const PENALTY')))
  return new Map([...body.matchAll(/(\w+): ([\d.]+)/g)].map((m) => [m[1], Number(m[2])]))
}

/** Whether `r` (a value now) is of an item of one of `batches` (item ids start with their batch: r55a-open-…). */
const ofBatches = (r: Row, batches: string[]) => batches.some((b) => r.item.startsWith(`${b}-`))

/** Each batch's first run scored by weights fitted without it (and scaled on the dev values), pooled. */
function leaveOneOut(first: Row[], now: Row[], names: string[], fixed: Penalty): { rows: Row[]; logLoss: number } {
  const out: Row[] = []
  let loss = 0
  for (const b of new Set(first.map((r) => r.batch))) {
    const model = fitLogistic([...first.filter((r) => r.batch !== b), ...now.filter((r) => !ofBatches(r, [b]))], names)
    loss += logLoss(first.filter((r) => r.batch === b), model) * first.filter((r) => r.batch === b).length
    const p = scale(model.w, fixed, now, LOW_SHARE)
    // (each held-out row keeps only its reasons' total, as one reason weighing it)
    out.push(...first.filter((r) => r.batch === b).map((r) => ({ ...r, reasons: [`${1 - confidence(r, p)}`] })))
  }
  return { rows: out, logLoss: loss / first.length }
}

/** Mean log-loss of the fitted model (before scaling) on `rows`: lower is better, a proper score of held-out rows. */
function logLoss(rows: Row[], { bias, w }: { bias: number; w: Map<string, number> }): number {
  let s = 0
  for (const r of rows) {
    const q = sigmoid(bias + r.reasons.reduce((t, x) => t + (w.get(x) ?? 0), 0))
    s -= Math.log(r.wrong ? q : 1 - q)
  }
  return rows.length ? s / rows.length : 0
}

function fit(checkFrom: string | undefined, drop: string[], cv: boolean): void {
  const now = load('now')
  const dev = now
  const first = BATCHES.flatMap((b) => load(b))
  const cut = checkFrom ? BATCHES.indexOf(checkFrom) : BATCHES.length
  const fitPart = first.filter((r) => BATCHES.indexOf(r.batch) < cut)
  const checkPart = first.filter((r) => BATCHES.indexOf(r.batch) >= cut)
  const old = currentPenalty()
  const names = [...new Set([...old.keys(), ...first.flatMap((r) => r.reasons), ...now.flatMap((r) => r.reasons)])]
    .filter((n) => !SET.has(n) && !drop.includes(n))
  const fixed = new Map([...old].filter(([n]) => SET.has(n)))
  // (the check batches' items as read now stay out of the fit: a form still misread today would be fitted on its own check)
  const pool = [...fitPart, ...now.filter((r) => !ofBatches(r, BATCHES.slice(cut)))]
  const model = fitLogistic(pool, names)
  const { bias, w } = model
  const p = scale(w, fixed, dev, LOW_SHARE)
  console.log(`fit on ${pool.length} values (${fitPart.length} first-run, ${pool.length - fitPart.length} dev now), bias ${bias.toFixed(2)}; ` +
    `check part ${checkPart.length} values${drop.length ? `; dropped ${drop.join(', ')}` : ''}; log-loss fit part ` +
    `${logLoss(fitPart, model).toFixed(4)}, check part ${logLoss(checkPart, model).toFixed(4)}`)
  console.log([...p].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).map(([n, v]) => `${n}: ${v}`).join(', '))
  for (const [label, pen] of [['before', old], ['after', p]] as const) {
    console.log(`-- ${label}`)
    console.log(bandTable('dev now', dev, pen))
    console.log(bandTable('first runs (fit part)', fitPart, pen))
    if (checkPart.length) console.log(bandTable('first runs (check part)', checkPart, pen))
    console.log(bandTable('first runs (all)', first, pen))
  }
  if (cv) {
    const { rows: held, logLoss: heldLoss } = leaveOneOut(first, now, names, fixed)
    console.log(bandTable('first runs, batch left out', held, new Map(held.map((r) => [r.reasons[0], Number(r.reasons[0])]))) +
      `  log-loss ${heldLoss.toFixed(4)}`)
  }
}

const [cmd, ...args] = process.argv.slice(2)
if (cmd === 'collect') {
  for (const b of args.length ? args : ['now', ...BATCHES]) {
    try { collect(b); console.log(`${b}: ${load(b).length} values`) } catch (e) { console.log(`${b}: failed (${(e as Error).message.split('\n')[0]})`) }
  }
} else if (cmd === 'fit') {
  const check = args.indexOf('--check')
  const drop = args.indexOf('--drop')
  fit(check >= 0 ? args[check + 1] : undefined, drop >= 0 ? args[drop + 1].split(',') : [], args.includes('--cv'))
} else {
  console.log('usage: npx tsx scripts/fitConfidence.ts collect [now|batch…] | fit [--check batch] [--drop reason,…] [--cv]')
}
