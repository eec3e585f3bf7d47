/**
 * A count of the objects of a 对-phrase, with the act after them put by a light verb: 对本局制发的13件规范性文件作了全面清理评估
 * read no 13 (only the outcomes after it, 废止1件，修订8件, added up to 9), because only 进行/开展/实施 and a few verbs of acts
 * counted as the clause's verb; 作了, 做了, 予以, 作出 put the act after the noun just as 进行 does. Found on the r24 batch's
 * dev half (a maritime bureau's report). Invented sentences over objects × light verbs × acts × numerals.
 */
import { describe, expect, it } from 'vitest'
import { processReport } from '../../src/pipeline/processReport'
import { catalogue } from './seeds'

async function read(sentence: string, indicator: string) {
  const r = await processReport(new TextEncoder().encode(`青杉县交通运输局2023年法治政府建设情况报告\n${sentence}\n`), 'p.txt', catalogue)
  if (!r.ok) throw new Error(r.message_en)
  return r.observations.filter((o) => o.indicator_id === indicator).map((o) => [o.value, o.qualifier])
}

const LIGHT = ['作了', '做了', '予以', '作出', '进行了', '开展了', '实施了']
const NUMERALS: [string, number][] = [['13', 13], ['十三', 13], ['27', 27], ['二十七', 27]]

describe('对 N件规范性文件 + light verb + cleanup: the count is read', () => {
  const MODIFIERS = ['本局制发的', '现行有效的', '']
  const ACTS = ['全面清理评估', '集中清理', '专项清理']
  const cases = LIGHT.flatMap((v, i) => MODIFIERS.map((m, j) => [m, v, ACTS[(i + j) % ACTS.length], ...NUMERALS[(i + j) % NUMERALS.length]] as const))
  it.each(cases)('对%s N件规范性文件%s%s', async (m, v, act, written, n) => {
    expect(await read(`2023年，对${m}${written}件规范性文件${v}${act}。`, 'normative_docs_reviewed')).toEqual([[n, 'exact']])
  })
  it.each(LIGHT)('with its outcomes after it, the stated count is the total (%s)', async (v) => {
    expect(await read(`2023年，对本局制发的13件规范性文件${v}全面清理评估，废止1件，修订8件，新制订1件。`, 'normative_docs_reviewed')).toEqual([[13, 'exact']])
  })
})

describe('对 印发的规范性文件N件 + light verb + cleanup: the act after the objects is not the governing verb', () => {
  it.each(LIGHT.map((v, i) => [v, ...NUMERALS[i % NUMERALS.length]] as const))('对本局印发的规范性文件N件%s集中清理', async (v, written, n) => {
    expect(await read(`2023年，对本局印发的规范性文件${written}件${v}集中清理。`, 'normative_docs_reviewed')).toEqual([[n, 'exact']])
  })
})

describe('对 N件决定 + light verb + 法制审核: the count is read', () => {
  const OBJECTS = ['重大行政执法决定', '重大执法决定', '行政处罚决定']
  const cases = LIGHT.flatMap((v, i) => OBJECTS.map((o, j) => [o, v, ...NUMERALS[(i + j) % NUMERALS.length]] as const))
  it.each(cases)('对N件%s%s法制审核', async (o, v, written, n) => {
    expect(await read(`全年对${written}件${o}${v}法制审核。`, 'legal_review_cases')).toEqual([[n, 'exact']])
  })
})

describe('near misses stay unread', () => {
  it.each([
    // (no act after the objects: a stock, not a cleanup)
    '本局现行有效的规范性文件13件。',
    // (the act after the light verb is the one the governing verb names, not a review: 印发…予以公布)
    '对本局印发的13件规范性文件予以公布。',
    '对本局制发的13件规范性文件作了公开。',
  ])('%s', async (s) => {
    expect(await read(`2023年，${s}`, 'normative_docs_reviewed')).toEqual([])
  })
})
