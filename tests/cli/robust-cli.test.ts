/**
 * One bad input or sidecar never stops the others (issue 16): each case runs the CLI on the bad
 * file beside a good report, which must still come out; the bad one is named with its reason and
 * the exit code is 1.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { zip } from '../ingest/zipFixture'

const ROOT = join(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const CLI = join(ROOT, 'scripts/extract.ts')
const SEED = join(ROOT, 'data/reports/fengjie-emergency-2022.txt')
const seed = readFileSync(SEED, 'utf8')
/** What the extractor reads from the seed's text (no sidecar). */
const AGENCY = '奉节县应急管理局'

interface Out { reports: { file: string; agency: string | null; title: string | null; year: number }[]; observations: { source_file: string; indicator_id: string; value: number }[] }
interface Run { status: number | null; stderr: string; out: Out }

let dir: string
let good: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rol-robust-'))
  good = join(dir, 'good.txt')
  copyFileSync(SEED, good)
})

function run(...files: string[]): Run {
  const r = spawnSync(TSX, [CLI, '--json', ...files], { cwd: ROOT, encoding: 'utf8' })
  return { status: r.status, stderr: r.stderr, out: JSON.parse(r.stdout || '{"reports":[],"observations":[]}') as Out }
}
/** The good file came out with its values. */
function goodCameOut(r: Run): void {
  const g = r.out.reports.find((x) => x.file === 'good.txt')
  expect(g, r.stderr).toMatchObject({ agency: AGENCY, year: 2022 })
  expect(r.out.observations.filter((o) => o.source_file === 'good.txt').length).toBeGreaterThan(5)
}

describe('npm run extract -- --json with one bad input', () => {
  it('an extensionless binary (ELF) is a named error, not read as its own sidecar', () => {
    const elf = join(dir, 'program')
    writeFileSync(elf, Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200, 7)]))
    const r = run(elf, good)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/program: This is not a text file \(it is an executable\)/)
    expect(r.stderr).not.toMatch(/JSON/)
    goodCameOut(r)
  })

  it('an extensionless plain-text report is read as text and comes out too', () => {
    const plain = join(dir, 'report')
    writeFileSync(plain, seed)
    const r = run(plain, good)
    expect(r.status, r.stderr).toBe(0)
    expect(r.out.reports.map((x) => x.file).sort()).toEqual(['good.txt', 'report'])
    goodCameOut(r)
  })

  it('a folder with a dot in its name does not lend its parent\'s file as a sidecar', () => {
    const inner = join(dir, 'dir.with.dot')
    mkdirSync(inner, { recursive: true })
    writeFileSync(join(dir, 'dir.with.meta.json'), JSON.stringify({ agency: '不该出现的单位', year: 1999 }))
    const plain = join(inner, 'report')
    writeFileSync(plain, seed)
    copyFileSync(SEED, join(inner, 'a.txt'))
    const r = run(plain, join(inner, 'a.txt'), good)
    expect(r.status, r.stderr).toBe(0)
    expect(r.out.reports.map((x) => [x.file, x.agency, x.year])).toEqual([['report', AGENCY, 2022], ['a.txt', AGENCY, 2022], ['good.txt', AGENCY, 2022]])
  })

  it('a malformed sidecar is that file\'s error, named; the others come out', () => {
    copyFileSync(SEED, join(dir, 'broken.txt'))
    writeFileSync(join(dir, 'broken.meta.json'), '{"agency": "某县应急局",}')
    const r = run(join(dir, 'broken.txt'), good)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/broken\.txt: its sidecar .*broken\.meta\.json is not valid JSON/)
    expect(r.out.reports.map((x) => x.file)).toEqual(['good.txt'])
    goodCameOut(r)
  })

  it('a sidecar with wrong types, a year out of range and an unknown key is refused with each problem', () => {
    copyFileSync(SEED, join(dir, 'typed.txt'))
    writeFileSync(join(dir, 'typed.meta.json'), JSON.stringify({ agency: 123, year: '2023abc', agnecy: '某局' }))
    copyFileSync(SEED, join(dir, 'old.txt'))
    writeFileSync(join(dir, 'old.meta.json'), JSON.stringify({ year: 1800 }))
    const r = run(join(dir, 'typed.txt'), join(dir, 'old.txt'), good)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/typed\.txt: its sidecar .*typed\.meta\.json "agency" must be text \(got 123\); "year" must be a whole number from 1990 to \d{4} \(got "2023abc"\); has an unknown key "agnecy"/)
    expect(r.stderr).toMatch(/old\.txt: its sidecar .*old\.meta\.json "year" must be a whole number from 1990 to \d{4} \(got 1800\)/)
    goodCameOut(r)
  })

  it('a good sidecar still wins, with its names cleaned of bidi and control characters', () => {
    copyFileSync(SEED, join(dir, 'named.txt'))
    writeFileSync(join(dir, 'named.meta.json'), JSON.stringify({ agency: '\u202e某某县\u2066应急局\u2069\u0007', year: 2022 }))
    const r = run(join(dir, 'named.txt'), good)
    expect(r.status, r.stderr).toBe(0)
    expect(r.out.reports.find((x) => x.file === 'named.txt')?.agency).toBe('某某县应急局')
  })

  it('a .docx that inflates to 150 MB is refused as too large when unpacked', () => {
    const bomb = join(dir, 'bomb.docx')
    writeFileSync(bomb, zip([{ name: 'word/document.xml', data: new Uint8Array(150 * 1024 * 1024).fill(0x20) }])) // 150 MB of spaces, ~150 KB deflated
    const r = run(bomb, good)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/bomb\.docx: The file is too large when unpacked \(more than 64 MB, about 150 MB\)/)
    goodCameOut(r)
  })

  it('UTF-16 LE and BE without a byte order mark give the same rows as UTF-8', () => {
    writeFileSync(join(dir, 'le.txt'), iconv.encode(seed, 'utf16le'))
    writeFileSync(join(dir, 'be.txt'), iconv.encode(seed, 'utf16-be'))
    const r = run(join(dir, 'le.txt'), join(dir, 'be.txt'), good)
    expect(r.status, r.stderr).toBe(0)
    const values = (f: string) => Object.fromEntries(r.out.observations.filter((o) => o.source_file === f).map((o) => [o.indicator_id, o.value]))
    expect(values('le.txt')).toEqual(values('good.txt'))
    expect(values('be.txt')).toEqual(values('good.txt'))
    goodCameOut(r)
  })
})

