/**
 * One report per agency and year (README "Duplicates"): which already loaded report an incoming
 * one repeats, the same for the CLI (`npm run extract` warns and marks the later file) and the
 * browser import (which asks: replace, or keep both with the copy marked). Pure.
 *
 * Strongest first: the same file (same bytes, `sha256`), the same text (`content_sha256`: the
 * same words after decoding, whatever the encoding, spacing or script), then the same agency
 * and year (another report of one agency for one year). A kept copy carries `duplicate_of`, and
 * the charts count one report per agency and year whatever the table holds (src/queries/counted.ts).
 */
export type DuplicateKind = 'same_file' | 'same_content' | 'same_agency_year'

/** The report columns the comparison reads. */
export interface DuplicateKey {
  report_id: string
  sha256: string | null
  content_sha256?: string | null
  agency: string | null
  year: number | null
  duplicate_of?: string | null
}

export interface DuplicateMatch<T extends DuplicateKey> {
  kind: DuplicateKind
  existing: T
}

/**
 * The loaded report `report` repeats, or null. Among several, a report that is not itself a
 * marked copy is named (that is the one the charts count).
 */
export function findDuplicate<T extends DuplicateKey>(report: DuplicateKey, existing: readonly T[]): DuplicateMatch<T> | null {
  const tests: [DuplicateKind, (e: T) => boolean][] = [
    ['same_file', (e) => !!report.sha256 && e.sha256 === report.sha256],
    ['same_content', (e) => !!report.content_sha256 && e.content_sha256 === report.content_sha256],
    ['same_agency_year', (e) => !!report.agency && report.year != null && e.agency === report.agency && Number(e.year) === report.year],
  ]
  for (const [kind, same] of tests) {
    const hits = existing.filter((e) => e.report_id !== report.report_id && same(e))
    const hit = hits.find((e) => !e.duplicate_of) ?? hits[0]
    if (hit) return { kind, existing: hit }
  }
  return null
}

/** A report of a batch found to repeat an earlier one of the same batch. */
export interface MarkedDuplicate<T extends DuplicateKey> extends DuplicateMatch<T> {
  report: T
}

/**
 * The CLI's batch in its order: each report that repeats an earlier one gets `duplicate_of` set
 * to it (a new object; the others are returned as they are), and is listed for the warning.
 */
export function markDuplicates<T extends DuplicateKey>(reports: readonly T[]): { reports: T[]; marked: MarkedDuplicate<T>[] } {
  const out: T[] = []
  const marked: MarkedDuplicate<T>[] = []
  for (const r of reports) {
    const m = findDuplicate(r, out)
    if (!m) {
      out.push(r.duplicate_of ? { ...r, duplicate_of: null } : r)
      continue
    }
    const copy = { ...r, duplicate_of: m.existing.duplicate_of ?? m.existing.report_id }
    out.push(copy)
    marked.push({ ...m, report: copy })
  }
  return { reports: out, marked }
}
