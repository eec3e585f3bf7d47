/**
 * A cleanup's count stated before its outcomes (对本局制发的13件规范性文件进行全面清理评估，废止1件，修订8件) is the total: the
 * outcomes are its breakdown, not parallel items to add to it (13 + 1 + 8 = 22 was read before), found on the r24 batch's dev
 * half. Outcomes with no count before them still add up (开展规范性文件清理，废止1件，修订8件，继续有效4件 → 13, derived), and so do
 * the objects of one act listed before it (对A6件、B12件进行了集中清理 → 18). Invented
 * sentences over objects' modifiers × acts × outcome lists × numerals.
 */
import { describe, expect, it } from 'vitest'
import { processReport } from '../../src/pipeline/processReport'
import { catalogue } from './seeds'

async function reviewed(sentence: string) {
  const r = await processReport(new TextEncoder().encode(`青杉县司法局2023年法治政府建设情况报告\n${sentence}\n`), 'p.txt', catalogue)
  if (!r.ok) throw new Error(r.message_en)
  return r.observations.filter((o) => o.indicator_id === 'normative_docs_reviewed').map((o) => [o.value, o.qualifier])
}

const MODIFIERS = ['本局制发的', '现行有效的', '局机关的', '']
const ACTS = ['进行全面清理评估', '开展清理', '进行了集中清理', '实施专项清理', '进行评估清理']
const OUTCOMES: [string, number][] = [['废止1件，修订8件', 13], ['废止2件、修改3件、继续有效8件', 13], ['宣布失效4件，修订2件', 20], ['废止五件，修改三件', 31]]

describe('a cleanup’s stated count with its outcomes after it is the total', () => {
  const cases = MODIFIERS.flatMap((m, i) => ACTS.map((a, j) => [m, a, ...OUTCOMES[(i + j) % OUTCOMES.length]] as const))
  it.each(cases)('对%s N件规范性文件%s，%s', async (m, a, outcomes, total) => {
    expect(await reviewed(`2023年，对${m}${total}件规范性文件${a}，${outcomes}。`)).toEqual([[total, 'exact']])
  })
})

describe('outcomes with no count before them still add up', () => {
  it.each([
    ['开展规范性文件清理，废止1件，修订8件，继续有效4件。', 13],
    ['组织规范性文件清理，废止2件、修改3件、继续有效8件。', 13],
    // (the objects of one act, listed before it, are its parts: r6's form)
    ['对以县政府名义印发的规范性文件6件、以本部门名义印发的规范性文件12件进行了集中清理，两类中各有1件建议废止。', 18],
  ] as const)('%s', async (s, sum) => {
    expect(await reviewed(`2023年，${s}`)).toEqual([[sum, 'derived']])
  })
})
