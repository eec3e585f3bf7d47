/**
 * The review actions as the components call them: a row as shown (report id, indicator, value,
 * evidence offsets) becomes a correction anchored to the report's sha256 and the evidence span,
 * recorded by the review store (stored, applied to the tables, every view refreshed).
 */
import { computed } from 'vue'
import type { MetaField, RejectReason, ReportCorrection } from '../pipeline/corrections'
import type { Qualifier } from '../queries/types'
import type { ParsedValue } from '../components/valueText'
import { useDatasetStore } from '../stores/dataset'
import { useReviewStore } from '../stores/review'

/** What the actions need of a shown value. */
export interface ReviewTarget {
  report_id: string
  indicator_id: string
  value: number | null
  qualifier: Qualifier | string | null
  value_low: number | null
  value_high: number | null
  evidence: string | null
  start: number | null
  end: number | null
}

const note = (n: string | undefined) => (n?.trim() ? { note: n.trim() } : {})

export function useReview() {
  const dataset = useDatasetStore()
  const review = useReviewStore()
  const shaOf = (reportId: string) => dataset.reports.find((r) => r.report_id === reportId)?.sha256 ?? null

  /** Only a value with a report hash and evidence offsets can be anchored. */
  function anchorable(t: ReviewTarget): boolean {
    return !!shaOf(t.report_id) && t.start != null && t.end != null && t.end > t.start
  }

  function anchor(t: ReviewTarget) {
    return { report_sha256: shaOf(t.report_id)!, indicator_id: t.indicator_id, start: t.start!, end: t.end!, ...(t.evidence != null ? { evidence: t.evidence } : {}) }
  }

  function stated(t: ReviewTarget) {
    return {
      ...(t.value != null ? { value: t.value } : {}),
      ...(t.qualifier ? { qualifier: t.qualifier as Qualifier } : {}),
      ...(t.qualifier === 'range' ? { value_low: t.value_low, value_high: t.value_high } : {}),
    }
  }

  function confirm(t: ReviewTarget, text?: string): Promise<void> {
    return review.record({ ...anchor(t), action: 'confirm', ...stated(t), ...note(text) })
  }

  function reject(t: ReviewTarget, reason: RejectReason, text?: string): Promise<void> {
    return review.record({ ...anchor(t), action: 'reject', reason, ...stated(t), ...note(text) })
  }

  /** A corrected value, possibly under another indicator (a move). */
  function correct(t: ReviewTarget, v: ParsedValue, indicatorId: string, text?: string): Promise<void> {
    const moved = indicatorId !== t.indicator_id ? { from_indicator_id: t.indicator_id } : {}
    return review.record({ ...anchor(t), indicator_id: indicatorId, action: 'set', ...v, ...moved, ...note(text) })
  }

  /** A value the extractor missed; the selected text is its evidence. */
  function add(reportId: string, indicatorId: string, v: ParsedValue, span: { start: number; end: number; text: string }, text?: string): Promise<void> {
    const sha = shaOf(reportId)
    if (!sha) return Promise.reject(new Error(`no sha256 for report ${reportId}`))
    return review.record({ report_sha256: sha, indicator_id: indicatorId, action: 'add', ...v, start: span.start, end: span.end, evidence: span.text, ...note(text) })
  }

  /** Report details: the fields given (changed, or confirmed as they are). */
  function editReport(reportId: string, fields: Partial<Record<MetaField, string | number>>, text?: string): Promise<void> {
    const sha = shaOf(reportId)
    if (!sha) return Promise.reject(new Error(`no sha256 for report ${reportId}`))
    return review.record({ report_sha256: sha, ...fields, ...note(text) } as ReportCorrection)
  }

  return { anchorable, confirm, reject, correct, add, editReport, busy: computed(() => review.busy), ready: computed(() => review.ready) }
}
