/**
 * Runs the distractor kinds (distractorKinds.ts): the own figure is read when the text holds one, and no distractor
 * figure is taken (by any indicator, or by the core's own when the figure is another indicator's by right; never minding
 * the one indicator a wording names as allowed). Prints the
 * probes and failures per kind; one test per family and kind lists the failing texts.
 */
import { describe, expect, it } from 'vitest'
import { extractText } from './seeds'
import { buildKindProbes, KIND_NAMES } from './distractorKinds'
import { probeFailure } from './distractorMatrix'

const probes = buildKindProbes()

/**
 * Cells (family: kind) that still fail, with how many probes: a ratchet, lowered as the rules improve, never raised. An area's
 * total or rate stated alone (全市各执法部门…, and the extra cores under the matrix's area contexts) is `optional` by the corpus
 * README's ruling; 平均每案/每件 is left read (it usually leads a time per item, and reading it moved a holdout error's band);
 * a sentence opening with 其中 after another measure's total (报送备案…34件。其中重大规范性文件9件) is still read for reviews.
 */
const STILL_FAILING: Record<string, number> = {
  'approval: area rate': 2,
  'approval: others led': 1,
  'approval: per unit': 1,
  'enforcement: area rate': 4,
  'enforcement: area total': 3,
  'enforcement: others led': 6,
  'enforcement: per unit': 9,
  'oversight: area total': 6,
  'oversight: others led': 6,
  'oversight: per unit': 8,
  'oversight: sub-total': 1,
}

const results = probes.map((p) => ({ p, why: probeFailure(p, extractText(p.text).observations) }))
const families = [...new Set(probes.map((p) => p.family))]
const names = [...new Set(KIND_NAMES)]

describe('distractor kinds', () => {
  it('prints probes and failures per kind', () => {
    const lines = names.map((name) => {
      const mine = results.filter((r) => r.p.context === name)
      return `  ${name.padEnd(18)} ${String(mine.length).padStart(5)} probes ${String(mine.filter((r) => r.why).length).padStart(4)} failing`
    })
    console.log(`distractor kinds: ${probes.length} probes, ${results.filter((r) => r.why).length} failing\n${lines.join('\n')}`)
    expect(probes.length).toBeGreaterThan(2000)
  })

  for (const family of families) {
    for (const name of names) {
      const key = `${family}: ${name}`
      it(key, () => {
        const failing = results.filter((r) => r.p.family === family && r.p.context === name && r.why).map((r) => `${r.p.text} → ${r.why}`)
        if (failing.length > (STILL_FAILING[key] ?? 0)) expect(failing).toEqual([])
      })
    }
  }
})

/**
 * The edges of the kinds: what the new forms must leave read. [text, indicator, own figure or null, not taken]
 */
const EDGES: [string, string, number | null, number][] = [
  // (近三年 as an object's modifier is no span; the report's own year 以来 is the year)
  ['2023年，本局梳理近三年积案，查处违法案件34件。', 'enforcement_cases', 34, -1],
  ['2023年，自2023年以来本局查处违法案件34件。', 'enforcement_cases', 34, -1],
  // (a span of years ends at a clause opening with the report's year by number)
  ['2023年，2019年以来累计查处违法案件820件；2023年本局查处违法案件34件。', 'enforcement_cases', 34, 820],
  // (items passed on after the count, in a clause of their own, leave the count)
  ['2023年，本局受理行政复议申请34件，依法转送有权机关3件。', 'reconsideration_cases', 34, 3],
  ['2023年，本局收到行政复议申请9件，均已转送有权机关。', 'reconsideration_cases', null, 9],
  // (a campaign's clause ends where the whole year returns; a later year's plan where the author restarts)
  ['2023年，“铁拳”行动中查处违法案件17件，全年本局查处违法案件34件。', 'enforcement_cases', 34, 17],
  ['2023年，2024年将开展执法检查50次，本局开展执法检查34次。', 'enforcement_inspections', 34, 50],
  ['2023年，本局查处违法案件34件；2024年将开展执法检查50次。', 'enforcement_inspections', null, 50],
  // (other bodies in an aside; an average in the next clause)
  ['2023年，本局办理行政审批事项34件（各县（市、区）办理行政审批事项96件）。', 'approvals_handled', 34, 96],
  ['2023年，本局办理行政审批事项1200件，月均办理100件。', 'approvals_handled', 1200, 100],
  // (hours per person are their own indicator's)
  ['2023年，本局组织干部学习法律知识，人均学习时长40学时。', 'training_hours_per_person', 40, -1],
]

describe('edges of the distractor kinds', () => {
  it.each(EDGES)('%s', (text, indicator, value, not) => {
    const observations = extractText(text).observations
    if (value !== null) expect(observations.find((o) => o.indicator_id === indicator)?.value).toBe(value)
    else expect(observations.find((o) => o.indicator_id === indicator)).toBeUndefined()
    expect(observations.filter((o) => o.value === not)).toEqual([])
  })
})
