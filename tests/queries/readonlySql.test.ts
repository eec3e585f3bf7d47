import { beforeAll, describe, expect, it } from 'vitest'
import type { DuckDBConnection } from '@duckdb/node-api'
import { checkReadOnlySql, consoleCapture, consoleFetch, consoleRowsWithin, consoleSql } from '../../src/queries/readonlySql'
import { createFixtureDb } from './fixture'

const ok = (sql: string) => checkReadOnlySql(sql)

describe('checkReadOnlySql accepts one read-only query', () => {
  it.each([
    ['SELECT count(*) FROM observations', 'select'],
    ['  select * from reports;  ', 'select'],
    ['WITH x AS (SELECT 1 AS n) SELECT n FROM x', 'with'],
    ['FROM observations LIMIT 3', 'from'],
    ['VALUES (1), (2)', 'values'],
    ['DESCRIBE observations', 'describe'],
    ['SHOW TABLES', 'show'],
    ['SUMMARIZE observations', 'summarize'],
    ['EXPLAIN SELECT * FROM reports', 'explain'],
    ['EXPLAIN ANALYZE SELECT * FROM reports', 'explain'],
    ['-- the count\nSELECT count(*) FROM observations -- trailing', 'select'],
    ['/* note */ SELECT 1', 'select'],
  ])('%s', (sql, kind) => {
    expect(ok(sql)).toMatchObject({ ok: true, kind })
  })

  it('does not look inside strings or quoted names, and strips comments and trailing semicolons', () => {
    expect(ok(`SELECT * FROM observations WHERE evidence LIKE '%DELETE FROM%' OR evidence = 'a;b'`)).toMatchObject({ ok: true })
    expect(ok(`SELECT "set", "update" FROM (SELECT 1 AS "set", 2 AS "update")`)).toMatchObject({ ok: true })
    expect(ok(`SELECT 'it''s; DROP TABLE x' AS s`)).toMatchObject({ ok: true })
    expect(ok(`SELECT E'a\\'; DROP TABLE x' AS s`)).toMatchObject({ ok: true })
    expect(ok(`SELECT $$; DROP TABLE x$$ AS s`)).toMatchObject({ ok: true })
    expect(ok(`SELECT o.start, o."end" FROM observations o`)).toMatchObject({ ok: true })
    expect(ok('SELECT 1; -- done\n;')).toEqual({ ok: true, sql: 'SELECT 1', kind: 'select' })
  })
})

describe('checkReadOnlySql refuses', () => {
  it.each([
    ['DROP TABLE observations', 'not-query'],
    ['DELETE FROM observations', 'not-query'],
    ["UPDATE observations SET value = 0", 'not-query'],
    ["INSERT INTO observations VALUES ('x')", 'not-query'],
    ['CREATE TABLE t AS SELECT 1', 'not-query'],
    ["ATTACH 'x.db' AS x", 'not-query'],
    ["COPY observations TO 'x.csv'", 'not-query'],
    ['INSTALL httpfs', 'not-query'],
    ['LOAD httpfs', 'not-query'],
    ['SET threads = 1', 'not-query'],
    ["PRAGMA enable_profiling", 'not-query'],
    ['ALTER TABLE observations RENAME TO x', 'not-query'],
    ['TRUNCATE observations', 'not-query'],
    ['CHECKPOINT', 'not-query'],
    ["EXPORT DATABASE 'x'", 'not-query'],
    ['CALL pragma_version()', 'not-query'],
    ['BEGIN TRANSACTION', 'not-query'],
  ])('%s', (sql, reason) => {
    expect(ok(sql)).toMatchObject({ ok: false, reason })
  })

  it('mutations hidden after an allowed first word', () => {
    expect(ok('WITH x AS (SELECT 1) DELETE FROM observations')).toEqual({ ok: false, reason: 'forbidden', word: 'DELETE' })
    expect(ok('EXPLAIN ANALYZE DROP TABLE observations')).toMatchObject({ ok: false, word: 'DROP' })
    expect(ok('EXPLAIN INSERT INTO reports SELECT * FROM reports')).toMatchObject({ ok: false, word: 'INSERT' })
    expect(ok('SELECT * INTO backup FROM observations')).toMatchObject({ ok: false, word: 'INTO' })
    expect(ok('SELECT 1 FROM (SELECT 1) WHERE TRUE OR (update)')).toMatchObject({ ok: false, word: 'UPDATE' })
  })

  it('several statements, however they are separated', () => {
    expect(ok('SELECT 1; DROP TABLE observations')).toMatchObject({ ok: false, reason: 'multiple' })
    expect(ok('SELECT 1;SELECT 2')).toMatchObject({ ok: false, reason: 'multiple' })
    expect(ok("SELECT ';' ; DELETE FROM reports")).toMatchObject({ ok: false, reason: 'multiple' })
  })

  it('statements hidden with comments', () => {
    expect(ok('/* SELECT */ DROP TABLE observations')).toMatchObject({ ok: false, reason: 'not-query' })
    expect(ok('-- SELECT\nDELETE FROM observations')).toMatchObject({ ok: false, reason: 'not-query' })
    expect(ok('SELECT 1 /* ; */; DROP TABLE observations')).toMatchObject({ ok: false, reason: 'multiple' })
    expect(ok('SELECT 1 -- harmless\n; DROP TABLE observations')).toMatchObject({ ok: false, reason: 'multiple' })
    expect(ok('SELECT 1 /* /* */ ; DROP TABLE x; */')).toMatchObject({ ok: false, reason: 'nested-comment' })
    expect(ok('SELECT 1 /* never closed')).toMatchObject({ ok: false, reason: 'unterminated' })
    expect(ok("SELECT 'never closed")).toMatchObject({ ok: false, reason: 'unterminated' })
  })

  it('empty input', () => {
    expect(ok('')).toMatchObject({ ok: false, reason: 'empty' })
    expect(ok(' -- only a comment\n ; ')).toMatchObject({ ok: false, reason: 'empty' })
  })
})

describe('consoleSql in DuckDB', () => {
  let c: DuckDBConnection
  beforeAll(async () => {
    c = await createFixtureDb()
  })
  const runConsole = async (sql: string, cap = 2) => {
    const checked = checkReadOnlySql(sql)
    if (!checked.ok) throw new Error(checked.reason)
    return (await c.runAndReadAll(consoleSql(checked, cap))).getRowObjectsJson()
  }

  it('caps rows (one extra row says "cut"), keeps order, and runs DESCRIBE / SHOW / SUMMARIZE / EXPLAIN', async () => {
    expect(await runConsole('SELECT report_id FROM reports ORDER BY report_id DESC')).toHaveLength(3)
    expect((await runConsole('SELECT report_id FROM reports ORDER BY report_id DESC', 10)).map((r) => r.report_id)).toEqual([
      'jiangjin-meteorology-2023', 'fengjie-emergency-2022', 'chuanying-government-2023',
    ])
    expect((await runConsole('DESCRIBE observations', 50)).map((r) => r.column_name)).toContain('evidence')
    expect(await runConsole('SHOW TABLES', 50)).toHaveLength(4)
    expect(await runConsole('SUMMARIZE observations', 50)).toHaveLength(13)
    expect((await runConsole('EXPLAIN SELECT 1')).length).toBeGreaterThan(0)
    expect(await runConsole('SELECT count(*) AS n FROM observations -- how many')).toEqual([{ n: '5' }])
  })

  it('a mutation that slipped past the check still fails as a subquery', async () => {
    await expect(c.runAndReadAll(consoleSql({ sql: 'SELECT 1; DROP TABLE observations', kind: 'select' }, 5))).rejects.toThrow(/syntax error/i)
    expect((await c.runAndReadAll('SELECT count(*) AS n FROM observations')).getRowObjectsJson()).toEqual([{ n: '5' }])
  })
})

describe('the console result kept in DuckDB, measured, then read', () => {
  const capture = async (c: DuckDBConnection, sql: string, maxRows: number, maxBytes: number) => {
    const checked = checkReadOnlySql(sql)
    if (!checked.ok) throw new Error(checked.reason)
    await c.run('BEGIN TRANSACTION')
    await c.run(consoleCapture(checked, maxRows))
    const q = consoleRowsWithin(maxBytes)
    const [size] = (await c.runAndReadAll(q.sql, q.params as never)).getRowObjectsJson()
    const f = consoleFetch(Math.min(Number(size.fit), maxRows))
    const rows = (await c.runAndReadAll(f.sql, f.params as never)).getRowObjectsJson()
    await c.run('ROLLBACK')
    return { total: Number(size.total), fit: Number(size.fit), rows }
  }

  it('keeps the order and the row cap (+1), and measures each row as text', async () => {
    const c = await createFixtureDb()
    const all = await capture(c, 'SELECT report_id FROM reports ORDER BY report_id DESC', 2, 1e9)
    expect(all).toEqual({ total: 3, fit: 3, rows: [{ report_id: 'jiangjin-meteorology-2023' }, { report_id: 'fengjie-emergency-2022' }] })
    // Each row of 'SELECT repeat(x, 1000)' is a little over 1000 bytes of text: 3500 bytes hold three.
    const wide = await capture(c, "SELECT i, repeat('x', 1000) AS s FROM range(10) t(i) ORDER BY i", 100, 3500)
    expect(wide.total).toBe(10)
    expect(wide.fit).toBe(3)
    expect(wide.rows.map((r) => Number(r.i))).toEqual([0, 1, 2])
    // Multi-byte text is measured in bytes: 1000 Chinese characters are 3000 bytes.
    expect((await capture(c, "SELECT repeat('法', 1000) AS s FROM range(3)", 100, 3100)).fit).toBe(1)
    // Nothing is left behind: the temporary table went with the rollback.
    expect((await c.runAndReadAll("SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'console_result'")).getRowObjects()).toEqual([{ n: 0 }])
  })
})
