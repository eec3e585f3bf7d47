/**
 * Sidecars (`NAME.meta.json` next to a report): which file is a report's sidecar, and a small
 * schema check of its contents (pure; the CLI reads the files). A sidecar is metadata a person
 * confirmed and wins over what the extractor reads, so a wrong one must be refused by name, not
 * passed through: types, the year's range and the known keys are checked, and every problem is
 * listed in one message.
 */
import type { Sidecar } from '../extract'

/**
 * The sidecar's file name for a report file name: the name without its final extension, then
 * `.meta.json` (`a.b.txt` → `a.b.meta.json`), in the same folder. A name without an extension
 * (`report`, `.hidden`) has no sidecar: its own name must never be taken for one.
 */
export function sidecarName(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.')
  if (dot <= 0) return null
  return `${fileName.slice(0, dot)}.meta.json`
}

/** The earliest year a report can cover; the latest is next year (a report is written after its year). */
export const MIN_YEAR = 1990

type Check = (v: unknown) => string | null

const text = (max: number): Check => (v) =>
  typeof v !== 'string' ? `must be text (got ${describe(v)})` : !v.trim() ? 'must not be empty' : v.length > max ? `must be at most ${max} characters (got ${v.length})` : null

const year: Check = (v) => {
  const last = new Date().getFullYear() + 1
  return typeof v === 'number' && Number.isInteger(v) && v >= MIN_YEAR && v <= last ? null : `must be a whole number from ${MIN_YEAR} to ${last} (got ${describe(v)})`
}

const date: Check = (v) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? null : `must be a date written YYYY-MM-DD (got ${describe(v)})`

/** The keys a sidecar may have; `confirmed_by` and `note` are for people and are not used. */
const SCHEMA: Record<keyof Sidecar | 'confirmed_by' | 'note', Check> = {
  source_file: text(500),
  title: text(500),
  agency: text(200),
  agency_en: text(300),
  region: text(200),
  sector: text(100),
  year,
  imported_at: date,
  confirmed_by: text(500),
  note: text(5000),
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)
  if (Array.isArray(v)) return 'a list'
  if (v === null) return 'null'
  return typeof v === 'object' ? 'an object' : String(v)
}

export type SidecarResult = { ok: true; sidecar: Sidecar } | { ok: false; problems: string[] }

/** Parse and check a sidecar's text. `null` values count as "not given". */
export function parseSidecar(json: string): SidecarResult {
  let data: unknown
  try {
    data = JSON.parse(json.replace(/^\ufeff/, ''))
  } catch (e) {
    return { ok: false, problems: [`is not valid JSON (${(e as Error).message})`] }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problems: [`must be a JSON object {…} (got ${describe(data)})`] }
  const problems: string[] = []
  const sidecar: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    const check = (SCHEMA as Record<string, Check | undefined>)[key]
    if (!check) {
      problems.push(`has an unknown key "${key}" (known: ${Object.keys(SCHEMA).join(', ')})`)
      continue
    }
    if (value === null) continue
    const problem = check(value)
    if (problem) problems.push(`"${key}" ${problem}`)
    else if (key !== 'confirmed_by' && key !== 'note') sidecar[key] = value
  }
  return problems.length ? { ok: false, problems } : { ok: true, sidecar: sidecar as Sidecar }
}
