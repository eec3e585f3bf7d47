/**
 * Documents drafted, named by their titles (issue 11, dev36): "制定了《广州市生活垃圾源头减量和分类激励办法》等规范性文件7件" was a
 * reviewed-documents count (documents drafted are none, README r31): the exclusions read six characters before the term, and the
 * title between the verb and the term hid 制定. With 共 or 全年 before the verb the drafted 7 won over the cleanup's 268件次 in the
 * next ；-part of r31-guangzhou-cg-2024 (the rewordings' tie). Titles named as examples right before a term are passed over, so
 * the verb before them is read. Leads × verbs × titles × terms × numerals, alone and before a cleanup; the near misses keep the
 * documents reviewed or cleaned up under their titles read.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
const LEADS = ['', '全年', '共', '落实规范性文件制定和备案审查制度，', '2025年，本局']
const VERBS = ['制定了', '出台', '印发', '制定出台', '发布了']
const TITLES = ['《广州市生活垃圾源头减量和分类激励办法》', '《某市燃气管理实施细则》和《某市户外广告设置规定》', '《关于加强校外培训机构管理的通知》']
const TERMS = ['等规范性文件', '等行政规范性文件', '等']
const NUMERALS: [string, number][] = [['7件', 7], ['12件', 12], ['三件', 3], ['25份', 25]]
const CLEANUP = '；对局起草和实施的规范性文件逐件梳理，共开展规范性文件清理9轮、268件次。'

describe('documents drafted, named by their titles', () => {
  const drafted = (i: number, j: number, k: number) => {
    const term = pick(TERMS, i + j + k) === '等' ? '等规范性文件' : pick(TERMS, i + j + k)
    return `${pick(LEADS, i + k)}${pick(VERBS, j + k)}${pick(TITLES, i + j)}${term}${pick(NUMERALS, i + 2 * j + k)[0]}`
  }
  const alone: Probe[] = LEADS.flatMap((_, i) => VERBS.flatMap((_, j) => TITLES.map((_, k): Probe => [`${drafted(i, j, k)}。`, 'normative_docs_reviewed', null])))
  it('reads no documents reviewed', () => expect(failures(alone)).toEqual([]))
  const beforeCleanup: Probe[] = LEADS.flatMap((_, i) => VERBS.map((_, j): Probe => [`${drafted(i, j, 0)}${CLEANUP}`, 'normative_docs_reviewed', 268]))
  it('reads the cleanup after them', () => expect(failures(beforeCleanup)).toEqual([]))

  const misses: Probe[] = TITLES.flatMap((title, k) => NUMERALS.flatMap(([n, v], i): Probe[] => [
    [`全年审查${title}等规范性文件${n}。`, 'normative_docs_reviewed', v],
    [`${pick(LEADS, i + k)}清理${title}等规范性文件${n}。`, 'normative_docs_reviewed', v],
  ]))
  it('still reads documents reviewed or cleaned up under their titles', () => expect(failures(misses)).toEqual([]))
})
