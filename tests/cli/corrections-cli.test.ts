/**
 * `npm run extract -- --corrections F`: a file that renames an agency, sets one value, rejects
 * one, adds one and confirms one gives exactly those rows in the written tables (read back with
 * DuckDB), everything else as extracted; stale corrections are printed; a bad file (not JSON,
 * unknown version, a wrong field) gives a clear message and writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { OBSERVATION_COLUMNS } from '../../src/db/schema'

const ROOT = join(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const CLI = join(ROOT, 'scripts/extract.ts')
const QIJIANG = join(ROOT, 'data/reports/qijiang-transport-2023.txt')
const text = readFileSync(QIJIANG, 'utf8')
const dir = mkdtempSync(join(tmpdir(), 'rol-corr-'))
const cli = (...args: string[]) => spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' })

type Row = Record<string, unknown>
async function table(out: string, name: string): Promise<Row[]> {
  const db = await DuckDBInstance.create(':memory:')
  const c = await db.connect()
  const rows = (await c.runAndReadAll(`SELECT * FROM read_parquet('${join(out, `${name}.parquet`)}') ORDER BY ALL`)).getRowObjectsJS() as Row[]
  c.closeSync()
  return rows
}
const key = (o: Row) => `${o.report_id}|${o.indicator_id}`
const at = (s: string) => {
  const start = text.indexOf(s)
  return { start, end: start + s.length, evidence: s }
}

let sha = ''
const by = { by: '王芳', at: '2026-12-01T08:00:00.000Z' }
function corrections() {
  return {
    version: 1,
    reports: [{ report_sha256: sha, agency: '綦江区交通运输局', note: '机构改革后的名称', ...by }],
    values: [
      { report_sha256: sha, indicator_id: 'normative_docs_reviewed', action: 'set', value: 2, qualifier: 'exact', ...at('修订完成规范性文件2个、废止1个'), note: '废止的不计入审查', ...by },
      { report_sha256: sha, indicator_id: 'petitions_handled', action: 'reject', reason: 'sub_figure', ...at('信访问题189件次'), note: '只是客运方面', ...by },
      { report_sha256: sha, indicator_id: 'immediate_processing_pct', action: 'add', value: 98.6, ...at('其中即收即办件数为76259件'), note: '76259/77339', ...by },
      { report_sha256: sha, indicator_id: 'penalty_cases', action: 'confirm', value: 1918, ...at('全年累计办理行政处罚1918件'), ...by },
      // Stale: a report that is not there, and a confirmation of a value the extractor does not give.
      { report_sha256: '0'.repeat(64), indicator_id: 'fines_yuan', action: 'set', value: 1, start: 0, end: 4 },
      { report_sha256: sha, indicator_id: 'lenient_cases', action: 'confirm', value: 150, ...at('首违免罚共计151件'), ...by },
    ],
  }
}

describe('npm run extract -- --corrections', () => {
  const plain = join(dir, 'plain')
  const corrected = join(dir, 'corrected')
  const file = join(dir, 'corrections.json')
  let run: ReturnType<typeof cli>

  beforeAll(() => {
    const r = cli('--out', plain)
    expect(r.status, r.stderr).toBe(0)
    sha = (JSON.parse(cli('--json', QIJIANG).stdout) as { reports: { sha256: string }[] }).reports[0].sha256
    writeFileSync(file, JSON.stringify(corrections(), null, 2))
    run = cli('--out', corrected, '--corrections', file)
  }, 60_000)

  it('gives exactly the corrected rows; every other row is as extracted', async () => {
    expect(run.status, run.stderr).toBe(0)
    const before = await table(plain, 'observations')
    const after = await table(corrected, 'observations')
    const touched = ['normative_docs_reviewed', 'petitions_handled', 'immediate_processing_pct', 'penalty_cases'].map((i) => `qijiang-transport-2023|${i}`)
    expect(after.filter((o) => !touched.includes(key(o)))).toEqual(before.filter((o) => !touched.includes(key(o))))
    const get = (id: string) => after.find((o) => key(o) === `qijiang-transport-2023|${id}`)
    expect(get('petitions_handled')).toBeUndefined()
    expect(get('normative_docs_reviewed')).toMatchObject({ value: 2, method: 'manual', reviewed: true, original_value: 3, review_by: '王芳', review_note: '废止的不计入审查' })
    expect(get('immediate_processing_pct')).toMatchObject({ value: 98.6, method: 'manual', reviewed: true, original_value: null, evidence: '其中即收即办件数为76259件' })
    expect(text.slice(get('immediate_processing_pct')!.start as number, get('immediate_processing_pct')!.end as number)).toBe('其中即收即办件数为76259件')
    expect(get('penalty_cases')).toMatchObject({ value: 1918, method: 'rule', reviewed: true, review_by: '王芳' })
    expect(get('lenient_cases')).toMatchObject({ value: 151, reviewed: false })
    expect(after).toHaveLength(before.length) // one rejected, one added

    const reports = await table(corrected, 'reports')
    const q = reports.find((r) => r.report_id === 'qijiang-transport-2023')!
    expect(q).toMatchObject({ agency: '綦江区交通运输局', agency_en: null, corrected_fields: 'agency,agency_en', review_note: '机构改革后的名称' })
    expect(JSON.parse(q.original_meta as string)).toEqual({ agency: '綦江区交通局', agency_en: 'Qijiang District Transport Bureau' })
    expect(reports.filter((r) => r !== q)).toEqual((await table(plain, 'reports')).filter((r) => r.report_id !== 'qijiang-transport-2023'))
    // The people's copy says the same.
    expect(readFileSync(join(corrected, 'observations.csv'), 'utf8')).toMatch(/immediate_processing_pct,98\.6,exact,.*,manual,true,/)
  })

  it('prints the stale corrections and publishes the file applied for the browser', () => {
    expect(run.stderr).toContain('applied 5 corrections')
    expect(run.stderr).toMatch(/stale correction values\[4\] \(set fines_yuan in 000000000000…\): no report with this sha256/)
    expect(run.stderr).toMatch(/stale correction values\[5\] \(confirm lenient_cases in qijiang-transport-2023\.txt\): the extractor now gives another value or sentence \(now 151 at \d+–\d+\)/)
    const published = JSON.parse(readFileSync(join(corrected, 'corrections.json'), 'utf8'))
    expect(published.values).toEqual(corrections().values)
    expect(published.stale.map((s: { index: number; reason: string }) => [s.index, s.reason])).toEqual([[4, 'report_missing'], [5, 'changed']])
    expect(JSON.parse(readFileSync(join(plain, 'corrections.json'), 'utf8'))).toEqual({ version: 1, reports: [], values: [], stale: [] })
  })

  it('--json FILE --corrections F gives the same observations as the tables', async () => {
    const r = cli('--json', QIJIANG, '--corrections', file)
    expect(r.status, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout) as { observations: Row[]; stale: unknown[] }
    const tables = (await table(corrected, 'observations')).filter((o) => o.report_id === 'qijiang-transport-2023')
    const strip = (o: Row) => Object.fromEntries(Object.keys(OBSERVATION_COLUMNS).map((k) => [k, o[k] ?? null]))
    const sort = (rows: Row[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)))
    expect(sort(out.observations.map(strip))).toEqual(sort(tables.map(strip)))
    expect(out.stale).toHaveLength(2)
  })

  it('refuses a bad file with a clear message and writes nothing', () => {
    const cases: [string, RegExp][] = [
      ['{"version": 1, "values": [', /corrections file .*bad\.json is not valid JSON/],
      ['{"version": 3, "values": []}', /version: unknown version 3: this program reads version 1\. Nothing was written\./],
      [JSON.stringify({ version: 1, values: [{ report_sha256: 'x', indicator_id: 'fines_yuan', action: 'set', start: 0, end: 2 }] }), /values\[0\]\.report_sha256: must be the SHA-256.*values\[0\]\.value: set needs a numeric value/],
    ]
    for (const [body, message] of cases) {
      const bad = join(dir, 'bad.json')
      writeFileSync(bad, body)
      const out = join(dir, 'refused')
      const r = cli('--out', out, '--corrections', bad)
      expect(r.status).toBe(2)
      expect(r.stderr).toMatch(message)
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([])
    }
    expect(cli('--json', QIJIANG, '--corrections', join(dir, 'missing.json')).stderr).toMatch(/missing\.json: cannot read file/)
  })
})
