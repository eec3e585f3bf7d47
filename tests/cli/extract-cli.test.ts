/** The CLI: same observations whatever the file's encoding or format; clear failure on bad input. */
import { describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'

const ROOT = join(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const CLI = join(ROOT, 'scripts/extract.ts')
const seed = readFileSync(join(ROOT, 'data/reports/fengjie-emergency-2022.txt'), 'utf8')

interface Out { reports: { agency: string; year: number }[]; observations: { indicator_id: string; value: number; evidence: string; source_file: string }[] }
const runJson = (...files: string[]) => spawnSync(TSX, [CLI, '--json', ...files], { cwd: ROOT, encoding: 'utf8' })
const values = (o: Out) => Object.fromEntries(o.observations.map((x) => [x.indicator_id, x.value]))

describe('npm run extract -- --json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rol-cli-'))
  const utf8 = join(dir, 'report.txt')
  const gbk = join(dir, 'report-gbk.txt')
  const html = join(dir, 'report.html')
  writeFileSync(utf8, seed)
  writeFileSync(gbk, iconv.encode(seed, 'gbk'))
  writeFileSync(html, `<html><head><script>alert(1)</script></head><body><nav>首页 &gt; 政务公开</nav>${
    seed.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</body></html>`)

  it('gives the same rows for UTF-8, GBK and HTML copies of a report', () => {
    const r = runJson(utf8, gbk, html)
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout) as Out
    expect(out.reports.map((x) => [x.agency, x.year])).toEqual(Array(3).fill(['奉节县应急管理局', 2022]))
    const bySource = (f: string) => ({ reports: [], observations: out.observations.filter((o) => o.source_file === f) })
    const a = values(bySource('report.txt'))
    expect(a).toMatchObject({ fines_yuan: 4787761, reconsideration_cases: 0, training_participants: 430 })
    expect(values(bySource('report-gbk.txt'))).toEqual(a)
    expect(values(bySource('report.html'))).toEqual(a)
    expect(out.observations.some((o) => o.evidence.includes('<'))).toBe(false)
  })

  it('exits non-zero with the reason for empty, binary and missing files, keeping the good ones', () => {
    const empty = join(dir, 'empty.txt')
    const binary = join(dir, 'scan.txt')
    writeFileSync(empty, '')
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2]))
    const r = runJson(empty, binary, join(dir, 'missing.txt'), utf8)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/empty\.txt: .*empty/i)
    expect(r.stderr).toMatch(/scan\.txt: .*not a text file/i)
    expect(r.stderr).toMatch(/missing\.txt: cannot read file/)
    expect((JSON.parse(r.stdout) as Out).reports).toHaveLength(1)
  })

  it('writes the tables deterministically', () => {
    const outA = join(dir, 'a')
    const outB = join(dir, 'b')
    execFileSync(TSX, [CLI, '--out', outA], { cwd: ROOT })
    execFileSync(TSX, [CLI, '--out', outB], { cwd: ROOT })
    for (const t of ['indicators.parquet', 'reports.parquet', 'observations.parquet', 'report_texts.parquet', 'observations.csv']) {
      expect(readFileSync(join(outA, t)).equals(readFileSync(join(outB, t))), t).toBe(true)
    }
    expect(readFileSync(join(outA, 'observations.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff)
  })
})
