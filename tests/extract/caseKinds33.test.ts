/**
 * A breakdown by kind of case (issue 11, dev33): "查处食品案件742件…，罚没款270.67万元；药品、化妆品案件查办63件、罚没款35.48万元，
 * 医疗器械案件30件…" counts each kind's cases and fines, no total of the author's or its area's, as a breakdown by field does
 * (fieldPart.ts). Leads × verbs (before the kind or after it) × kinds by subject matter × measure words × numerals, with the
 * author's total before the kinds (the total read) and without it (nothing read); the near misses keep one kind alone (the
 * author's count), kinds after 其中 (the parts of the total before them, which keeps its fines) and lists of procedures or stages
 * (一般程序案件, 行政复议案件, 林业行政案件), which are no kinds by subject matter.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const LEADS = ['', '全年', '2023年，', '今年以来，本局', '（一）重点领域执法。']
const KINDS = ['食品', '药品、化妆品', '医疗器械', '特种设备', '价格', '广告', '知识产权', '计量', '产品质量', '野生动物保护']
/** A kind's count with its verb: {K} the kind, {N} the count. */
const VERBS = ['查处{K}案件{N}', '查办{K}违法案件{N}', '{K}案件查办{N}', '办结{K}案件{N}', '立案查处{K}案件{N}', '{K}案件{N}']
const UNITS = ['件', '起']
const COUNTS: [string, number][] = [['742', 742], ['63', 63], ['三十', 30], ['105', 105], ['1200', 1200]]
const FINES: [string, number][] = [['270.67万元', 2706700], ['35.48万元', 354800], ['20.46万元', 204600], ['12万元', 120000]]

const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
/** Kind `i`'s clause: its cases, then its fines after a comma or an enumeration mark. */
function kindClause(i: number, j: number): string {
  const [n] = pick(COUNTS, i + j)
  const [f] = pick(FINES, i + 2 * j)
  return `${pick(VERBS, i + j).replace('{K}', pick(KINDS, i)).replace('{N}', n)}${pick(UNITS, i + j)}${j % 2 ? '、' : '，'}罚没款${f}`
}

describe('a breakdown by kind of case', () => {
  const kinds: Probe[] = KINDS.flatMap((_, i) => LEADS.flatMap((lead, j): Probe[] => {
    const list = `${kindClause(i, j)}；${kindClause(i + 1, j + 1)}，${kindClause(i + 2, j)}。`
    const [t, tv] = pick(COUNTS, i + j + 3)
    const [f, fv] = pick(FINES, i + j + 1)
    const total = `${lead}共查处各类违法案件${t}件，罚没款${f}。`
    return [
      [`${lead}${list}`, 'enforcement_cases', null],
      [`${lead}${list}`, 'fines_yuan', null],
      [`${total}${list}`, 'enforcement_cases', tv],
      [`${total}${list}`, 'fines_yuan', fv],
    ]
  }))
  it('reads each kind\'s cases and fines as no total, and the author\'s total before them', () => expect(failures(kinds)).toEqual([]))

  const misses: Probe[] = KINDS.flatMap((kind, i): Probe[] => {
    const [n, nv] = pick(COUNTS, i)
    const [f, fv] = pick(FINES, i)
    return [
      // (one kind alone is the author's count)
      [`${pick(LEADS, i)}查处${kind}违法案件${n}${pick(UNITS, i)}，罚没款${f}。`, 'enforcement_cases', nv],
      [`${pick(LEADS, i)}查处${kind}违法案件${n}${pick(UNITS, i)}，罚没款${f}。`, 'fines_yuan', fv],
      // (kinds after 其中 are the parts of the total before them, whose fines may follow them; 违法违规 is no kind)
      ...(['违法违规', '各类违法', '违法'] as const).flatMap((total, k): Probe[] => {
        const text = `${pick(LEADS, i + k)}共查处${total}案件${n}件，其中${kind}案件12件、${pick(KINDS, i + 1)}案件8件，${pick(KINDS, i + 2)}案件3件，罚没款${f}。`
        return [[text, 'enforcement_cases', nv], [text, 'fines_yuan', fv]]
      }),
      // (procedures and stages are no kinds by subject matter)
      [`${pick(LEADS, i + 1)}立案查处违法案件${n}件；一般程序案件24件，简易程序案件3件。`, 'enforcement_cases', nv],
    ]
  })
  it('reads one kind alone and a list of procedures as before', () => expect(failures(misses)).toEqual([]))
})
