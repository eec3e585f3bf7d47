import { describe, expect, it } from 'vitest'
import { isRead, queryCache } from '../../src/db/queryCache'

describe('queryCache', () => {
  it('gives a kept answer back for the same SQL and parameters', () => {
    const c = queryCache()
    expect(c.get('SELECT * FROM t WHERE year = ?', [2023])).toBeUndefined()
    c.keep('SELECT * FROM t WHERE year = ?', [2023], [{ year: 2023 }], c.version)
    expect(c.get('SELECT * FROM t WHERE year = ?', [2023])).toEqual([{ year: 2023 }])
  })

  it('keeps answers apart by SQL and by parameters (and their types)', () => {
    const c = queryCache()
    c.keep('SELECT * FROM t WHERE year = ?', [2023], [{ n: 1 }], c.version)
    expect(c.get('SELECT * FROM t WHERE year = ?', [2024])).toBeUndefined()
    expect(c.get('SELECT * FROM u WHERE year = ?', [2023])).toBeUndefined()
    expect(c.get('SELECT * FROM t WHERE year = ?', ['2023'])).toBeUndefined()
  })

  it('drops every answer on a write, and the version moves on', () => {
    const c = queryCache()
    c.keep('WITH x AS (SELECT 1) SELECT * FROM x', [], [{ n: 1 }], c.version)
    const v = c.version
    c.written()
    expect(c.version).toBeGreaterThan(v)
    expect(c.get('WITH x AS (SELECT 1) SELECT * FROM x', [])).toBeUndefined()
  })

  it('does not keep an answer asked before a write', () => {
    const c = queryCache()
    const asked = c.version
    c.written()
    c.keep('SELECT * FROM t', [], [{ stale: true }], asked)
    expect(c.get('SELECT * FROM t', [])).toBeUndefined()
  })

  it('never keeps the answer of a statement that is not a SELECT or WITH', () => {
    const c = queryCache()
    c.keep('DELETE FROM t RETURNING *', [], [{ n: 1 }], c.version)
    expect(c.get('DELETE FROM t RETURNING *', [])).toBeUndefined()
    expect(isRead('  with x as (select 1) select * from x')).toBe(true)
    expect(isRead('INSERT INTO t SELECT 1')).toBe(false)
    expect(isRead('CREATE TABLE selected AS SELECT 1')).toBe(false)
  })

  it('keeps the most recently used answers up to its size', () => {
    const c = queryCache(2)
    c.keep('SELECT 1', [], [1], c.version)
    c.keep('SELECT 2', [], [2], c.version)
    c.get('SELECT 1', []) // used again: SELECT 2 is now the oldest
    c.keep('SELECT 3', [], [3], c.version) // SELECT 2 goes
    expect(c.get('SELECT 2', [])).toBeUndefined()
    expect(c.get('SELECT 1', [])).toEqual([1])
    expect(c.get('SELECT 3', [])).toEqual([3])
  })

  it('gives each caller an array of its own: changing one does not change the kept answer', () => {
    const c = queryCache()
    const rows = [{ n: 1 }, { n: 2 }]
    c.keep('SELECT n FROM t', [], rows, c.version)
    rows.pop()
    c.get<{ n: number }>('SELECT n FROM t', [])!.pop()
    expect(c.get('SELECT n FROM t', [])).toHaveLength(2)
  })
})
