/**
 * The hostile corpus (tests/fixtures/hostile/) through the CLI: each report with a sidecar naming
 * its agency with the payload its file is imported under in the browser test. Every report comes
 * out, the names lose their bidi and control characters (the same rule as the browser), and the
 * payloads stay in titles and texts as the data they are, character for character.
 */
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanName } from '../../src/extract/names'
import { sidecarName } from '../../src/pipeline/sidecar'

const ROOT = join(import.meta.dirname, '../..')
const DIR = join(ROOT, 'tests/fixtures/hostile')
const NAMES = Object.entries(JSON.parse(readFileSync(join(DIR, 'names.json'), 'utf8')) as Record<string, string>).filter(([k]) => k !== '//')

interface Out { reports: { file: string; agency: string; title: string | null; year: number }[]; observations: { source_file: string }[] }

describe('npm run extract -- --json on the hostile corpus', () => {
  it('extracts every report; names are cleaned, payloads stay as text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rol-hostile-'))
    const files = NAMES.map(([file, name]) => {
      copyFileSync(join(DIR, file), join(dir, file))
      writeFileSync(join(dir, sidecarName(file)!), JSON.stringify({ agency: name.replace(/\.[^.]+$/, '') }))
      return join(dir, file)
    })
    const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/extract.ts'), '--json', ...files], { cwd: ROOT, encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout) as Out
    expect(out.reports.map((x) => x.file)).toEqual(NAMES.map(([file]) => file))
    for (const [i, [, name]] of NAMES.entries()) {
      const agency = out.reports[i].agency
      expect(agency).toBe(cleanName(name.replace(/\.[^.]+$/, '')))
      expect(agency).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069\u200e\u200f]/)
      expect(out.reports[i].year).toBe(2024)
    }
    expect(out.reports.map((x) => x.agency)).toContain('"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">')
    expect(out.reports.find((x) => x.file === 'entities.html')?.title).toBe('<svg onload=window.__pwned=1>2024年法治政府建设情况报告')
    // Markup next to the figures does not stop them being read.
    for (const [file] of NAMES) expect(out.observations.filter((o) => o.source_file === file).length, file).toBeGreaterThanOrEqual(4)
  })
})
