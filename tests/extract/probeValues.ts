/** Reading one indicator from an invented sentence, for the probe matrices of the fresh-batch form tests. */
import { extractText } from './seeds'

/** The value `indicator` reads from `text`, or null. */
export const valueOf = (text: string, indicator: string) =>
  extractText(text).observations.find((o) => o.indicator_id === indicator)?.value ?? null

/** The failing probes of a list: [text, indicator, wanted value or null]. */
export const failures = (probes: [string, string, number | null][]) =>
  probes.filter(([text, indicator, want]) => valueOf(text, indicator) !== want)
    .map(([text, indicator, want]) => `${text} → ${indicator}: ${valueOf(text, indicator)}, want ${want}`)
