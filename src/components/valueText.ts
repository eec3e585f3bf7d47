/**
 * Numbers typed or selected by the analyst, read by the extractor's own number scanner
 * (src/extract/numbers.ts): "12.5万" → 125000, "98.6%", "8至10" → a range, "约230" → approx.
 * Pure; used by the correction and add-value forms.
 */
import { normalise, scanNumbers, type Qualifier, type Unit } from '../extract'
import { formatNumber } from '../charts/format'
import type { Locale } from '../queries/types'

export interface ParsedValue {
  value: number
  qualifier: Qualifier
  value_low: number | null
  value_high: number | null
}

function fromToken(t: ReturnType<typeof scanNumbers>[number]): ParsedValue {
  const range = t.qualifier === 'range' && t.low != null && t.high != null
  const value = Math.round(t.value * 1e6) / 1e6
  return { value, qualifier: t.qualifier, value_low: range ? t.low : null, value_high: range ? t.high : null }
}

/** What an analyst typed: the first number in it, whatever its kind (2000 件 is not a year here). */
export function parseValueInput(text: string): ParsedValue | null {
  const tokens = scanNumbers(normalise(text.trim()).text)
  return tokens.length ? fromToken(tokens[0]) : null
}

const UNIT_WORDS: Record<Unit, RegExp> = { pct: /^[%‰]|个百分点$/, yuan: /^元$/, hours: /^(学时|课时|小时)$/, count: /./ }

/** The figure a selected piece of text gives for an indicator of `unit`: the first quantity in that unit, else the first quantity. */
export function valueInSelection(text: string, unit: Unit): ParsedValue | null {
  const quantities = scanNumbers(normalise(text).text).filter((t) => t.kind === 'quantity')
  const inUnit = quantities.find((t) => UNIT_WORDS[unit].test(t.unit))
  const t = inUnit ?? quantities[0]
  return t ? fromToken(t) : null
}

/**
 * The sub-figures of an added-up value as its evidence states them (修订完成规范性文件2个、废止1个 →
 * [2, 1]): the figures of one measure word that add up to the value; [] when none do.
 */
export function addendsOf(evidence: string, value: number): number[] {
  const byUnit = new Map<string, number[]>()
  for (const t of scanNumbers(normalise(evidence).text)) {
    if (t.kind !== 'quantity') continue
    byUnit.set(t.unit, [...(byUnit.get(t.unit) ?? []), t.value])
  }
  for (const parts of byUnit.values()) {
    if (parts.length > 1 && Math.abs(parts.reduce((a, b) => a + b, 0) - value) < 1e-6 * Math.max(1, Math.abs(value))) return parts
  }
  return []
}

/** "2 + 1 = 3" for an added-up value, or '' when its evidence does not show the sum. */
export function sumText(evidence: string | null, value: number | null, locale: Locale): string {
  if (!evidence || value == null) return ''
  const parts = addendsOf(evidence, value)
  return parts.length ? `${parts.map((n) => formatNumber(n, locale)).join(' + ')} = ${formatNumber(value, locale)}` : ''
}

/** The value with the qualifier the analyst chose: a range only when two numbers were given. */
export function withQualifier(p: ParsedValue, qualifier: Qualifier): ParsedValue {
  const range = qualifier === 'range' && p.value_low != null
  return { ...p, qualifier: range ? 'range' : qualifier === 'range' ? 'exact' : qualifier, value_low: range ? p.value_low : null, value_high: range ? p.value_high : null }
}
