/**
 * The analysts' SQL console accepts one read-only statement (pure check, no DuckDB here).
 *
 * Three layers keep the published tables intact (see `queryRaw` in src/db/duckdb.ts for the last):
 *  1. this check: exactly one statement, starting with SELECT / WITH / FROM / VALUES / DESCRIBE /
 *     SHOW / SUMMARIZE / EXPLAIN, and no word anywhere (outside strings and quoted names) that
 *     writes, loads, attaches or changes settings — comments are removed first, so nothing can
 *     hide in them;
 *  2. `consoleSql` runs it as a subquery, `SELECT * FROM (…) LIMIT n`, which DuckDB only parses
 *     when it is a single query, and caps the rows;
 *  3. the database runs it in a transaction that is always rolled back.
 * Under all three, DuckDB itself is the wall (src/db/lockdown.ts): no file or URL access, no
 * extensions, settings locked, whatever this word list lets through. This check is the friendly
 * message; `engineRefusal` explains the engine's own refusals.
 */
import type { Query } from './types'

export type ReadOnlyRefusal = 'empty' | 'multiple' | 'not-query' | 'forbidden' | 'unterminated' | 'nested-comment'

export type ReadOnlyCheck =
  | { ok: true; sql: string; kind: string }
  | { ok: false; reason: ReadOnlyRefusal; word?: string }

/** First words of the statements the console runs. */
export const ALLOWED_FIRST = ['select', 'with', 'from', 'values', 'describe', 'show', 'summarize', 'explain'] as const

/** Words that never belong in a read-only query (statements that change data, files, extensions or settings). */
export const FORBIDDEN = [
  'insert', 'update', 'delete', 'drop', 'create', 'alter', 'truncate', 'merge', 'into',
  'attach', 'detach', 'copy', 'export', 'import', 'install', 'load', 'force',
  'set', 'reset', 'pragma', 'call', 'checkpoint', 'vacuum',
  'begin', 'commit', 'rollback', 'abort', 'transaction', 'prepare', 'execute', 'deallocate', 'grant', 'revoke',
] as const

/** The statement with comments blanked out, and its words outside strings / quoted identifiers. */
interface Scan {
  code: string
  words: { word: string; at: number }[]
  semicolons: number[]
  error?: 'unterminated' | 'nested-comment'
}

function scan(sql: string): Scan {
  let code = ''
  const words: Scan['words'] = []
  const semicolons: number[] = []
  let i = 0
  const n = sql.length
  while (i < n) {
    const c = sql[i]
    const next = sql[i + 1]
    if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i)
      i = end < 0 ? n : end
      code += ' '
    } else if (c === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2)
      if (end < 0) return { code, words, semicolons, error: 'unterminated' }
      // DuckDB and PostgreSQL disagree on nesting; refuse rather than guess which text is live.
      if (sql.slice(i + 2, end).includes('/*')) return { code, words, semicolons, error: 'nested-comment' }
      i = end + 2
      code += ' '
    } else if (c === "'" || c === '"') {
      const backslash = c === "'" && /[eE]/.test(sql[i - 1] ?? '') && !/\w/.test(sql[i - 2] ?? '')
      let j = i + 1
      for (;;) {
        if (j >= n) return { code, words, semicolons, error: 'unterminated' }
        if (backslash && sql[j] === '\\') j += 2
        else if (sql[j] === c && sql[j + 1] === c) j += 2
        else if (sql[j] === c) break
        else j++
      }
      code += sql.slice(i, j + 1)
      i = j + 1
    } else if (c === '$' && /^\$(\w*)\$/.test(sql.slice(i)) && !/\w/.test(sql[i - 1] ?? '')) {
      const tag = /^\$(\w*)\$/.exec(sql.slice(i))![0]
      const end = sql.indexOf(tag, i + tag.length)
      if (end < 0) return { code, words, semicolons, error: 'unterminated' }
      code += sql.slice(i, end + tag.length)
      i = end + tag.length
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i))![0]
      words.push({ word: m.toLowerCase(), at: code.length })
      code += m
      i += m.length
    } else {
      if (c === ';') semicolons.push(code.length)
      code += c
      i++
    }
  }
  return { code, words, semicolons }
}

/** Accept exactly one read-only query; the returned `sql` has comments and trailing semicolons removed. */
export function checkReadOnlySql(input: string): ReadOnlyCheck {
  const s = scan(input)
  if (s.error) return { ok: false, reason: s.error }
  let code = s.code.trim()
  while (code.endsWith(';')) code = code.slice(0, -1).trimEnd()
  if (!code) return { ok: false, reason: 'empty' }
  const lastCode = s.code.indexOf(code) + code.length
  if (s.semicolons.some((at) => at < lastCode)) return { ok: false, reason: 'multiple' }
  const first = s.words[0]?.word
  if (!first || !(ALLOWED_FIRST as readonly string[]).includes(first) || s.code.slice(0, s.words[0].at).trim() !== '') {
    return { ok: false, reason: 'not-query', word: first }
  }
  const bad = s.words.find((w) => (FORBIDDEN as readonly string[]).includes(w.word))
  if (bad) return { ok: false, reason: 'forbidden', word: bad.word.toUpperCase() }
  return { ok: true, sql: code, kind: first }
}

/**
 * The SQL the console sends: the checked query as a subquery with a row cap (one extra row tells
 * the UI the result was cut). EXPLAIN cannot be a subquery in DuckDB and is run as it is.
 */
export function consoleSql(checked: { sql: string; kind: string }, maxRows: number): string {
  if (checked.kind === 'explain') return checked.sql
  return `SELECT * FROM (\n${checked.sql}\n) AS console_query LIMIT ${Math.max(0, Math.floor(maxRows)) + 1}`
}

/** The console's result is first kept in DuckDB (a temporary table, inside the rolled-back transaction), measured, then read. */
export const CONSOLE_RESULT = 'console_result'

/** Keep the capped result in DuckDB, so its size is known before any of it reaches the page. */
export function consoleCapture(checked: { sql: string; kind: string }, maxRows: number): string {
  return `CREATE TEMPORARY TABLE ${CONSOLE_RESULT} AS ${consoleSql(checked, maxRows)}`
}

/**
 * How many rows the captured result has, and how many of them, in order, fit in `maxBytes` of
 * text (each row measured as DuckDB writes it out as text: every column, UTF-8 bytes).
 */
export function consoleRowsWithin(maxBytes: number): Query {
  return {
    sql: `SELECT CAST(count(*) AS INTEGER) AS total, CAST(count(*) FILTER (WHERE running <= ?) AS INTEGER) AS fit
      FROM (SELECT sum(strlen(CAST(t AS VARCHAR))) OVER (ORDER BY t.rowid ROWS UNBOUNDED PRECEDING) AS running FROM ${CONSOLE_RESULT} t)`,
    params: [Math.max(0, Math.floor(maxBytes))],
  }
}

/** The first `n` rows of the captured result, in the query's order. */
export function consoleFetch(n: number): Query {
  return { sql: `SELECT * FROM ${CONSOLE_RESULT} ORDER BY rowid LIMIT ?`, params: [Math.max(0, Math.floor(n))] }
}

/** Why DuckDB itself refused a console query, when it is the engine's lockdown (src/db/lockdown.ts) that did. */
export type EngineRefusal = 'external' | 'extension' | 'settings'

/** Classify DuckDB's error message: file/URL access, a missing extension, or a locked setting; null for anything else. */
export function engineRefusal(message: string): EngineRefusal | null {
  if (/configuration has been locked/i.test(message)) return 'settings'
  if (/extensions? is disabled|exists in the \w+ extension|autoload/i.test(message)) return 'extension'
  if (/Permission Error|disabled by configuration/i.test(message)) return 'external'
  return null
}
