/**
 * The engine lockdown (src/db/lockdown.ts) on DuckDB in Node: after it, file reads, COPY, ATTACH
 * of a file and LOAD fail with DuckDB's own permission error, settings cannot be changed back,
 * while the app's own work (queries, staging tables, INSERT … SELECT, DELETE, transactions) goes
 * on. The browser test (tests/e2e/lockdown.test.ts) checks the same in DuckDB-wasm with a server
 * that records requests; `engineRefusal` turns these errors into the console's explanation.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LOCKDOWN_SQL } from '../../src/db/lockdown'
import { engineRefusal } from '../../src/queries/readonlySql'
import { createFixtureDb } from '../queries/fixture'

let c: DuckDBConnection
const dir = mkdtempSync(join(tmpdir(), 'rol-lock-'))
const csv = join(dir, 'secret.csv')
writeFileSync(csv, 'a,b\n1,2\n')

async function error(sql: string): Promise<string> {
  try {
    await c.run(sql)
  } catch (e) {
    return (e as Error).message
  }
  return 'no error'
}

beforeAll(async () => {
  c = await createFixtureDb()
  // Before the lockdown the file is readable: the refusals below are the lockdown's doing.
  expect((await c.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_csv('${csv}')`)).getRowObjects()).toEqual([{ n: 1 }])
  // One call, as the app sends it (one round trip to the worker): every statement of the list takes effect.
  await c.run(LOCKDOWN_SQL)
})

describe('after the lockdown DuckDB refuses', () => {
  it.each([
    [`SELECT * FROM read_csv('${csv}')`, 'external'],
    [`SELECT * FROM read_text('${csv}')`, 'external'],
    [`SELECT * FROM read_blob('${csv}')`, 'external'],
    [`SELECT * FROM '${csv}'`, 'external'],
    [`SELECT * FROM glob('${dir}/*')`, 'external'],
    [`COPY observations TO '${join(dir, 'out.csv')}'`, 'external'],
    [`COPY observations FROM '${csv}'`, 'external'],
    [`ATTACH '${join(dir, 'x.db')}' AS x`, 'external'],
    [`LOAD '${join(dir, 'evil.duckdb_extension')}'`, 'extension'],
    ['LOAD spatial', 'extension'],
    ['SET enable_external_access = true', 'settings'],
    ['SET lock_configuration = false', 'settings'],
    ['RESET enable_external_access', 'settings'],
    ['SET autoload_known_extensions = true', 'settings'],
    ['PRAGMA threads = 4', 'settings'],
    ["SET memory_limit = '64GB'", 'settings'],
  ])('%s', async (sql, kind) => {
    const message = await error(sql)
    expect(message).not.toBe('no error')
    expect(engineRefusal(message), message).toBe(kind)
  })

  it('keeps the settings it was given', async () => {
    const r = await c.runAndReadAll(`SELECT current_setting('enable_external_access') AS ext, current_setting('lock_configuration') AS locked,
      current_setting('autoload_known_extensions') AS autoload, current_setting('autoinstall_known_extensions') AS autoinstall`)
    expect(r.getRowObjects()).toEqual([{ ext: false, locked: true, autoload: false, autoinstall: false }])
  })
})

describe('after the lockdown the app still works', () => {
  it('queries, stages, appends, deletes and rolls back as the import does', async () => {
    await c.run('CREATE TABLE __import_reports AS SELECT * FROM reports WHERE year = 2022')
    await c.run("UPDATE __import_reports SET report_id = 'copy'")
    await c.run('BEGIN TRANSACTION')
    await c.run('INSERT INTO reports SELECT * FROM __import_reports')
    await c.run('COMMIT')
    await c.run('DROP TABLE __import_reports')
    expect((await c.runAndReadAll("SELECT count(*)::INTEGER AS n FROM reports WHERE report_id = 'copy'")).getRowObjects()).toEqual([{ n: 1 }])
    await c.run("DELETE FROM reports WHERE report_id = 'copy'")
    await c.run('BEGIN TRANSACTION')
    await c.run('DELETE FROM observations')
    await c.run('ROLLBACK')
    expect((await c.runAndReadAll('SELECT count(*)::INTEGER AS n FROM observations')).getRowObjects()).toEqual([{ n: 5 }])
  })

  it('leaves ordinary errors unclassified', () => {
    expect(engineRefusal('Catalog Error: Table with name nope does not exist!')).toBeNull()
    expect(engineRefusal('Binder Error: Referenced column "x" not found')).toBeNull()
  })
})
