/**
 * A county of one character and its level (渠县, 沛县, 歙县) names its own bodies with the level again: 渠县县委, 中共沛县县委, 赵县县政府
 * (r27-fresh's dev half, corpus README twenty-seventh batch). A town's region takes that county, not "渠县县", over every lead its
 * report may name it in (an addressee line, the governing body it works under); a county of two characters (安远县委) reads as before.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue } from './seeds'

const regionOf = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta.region

const ONE_CHAR = ['渠县', '沛县', '赵县', '歙县', '攸县', '叶县', '滑县', '萧县', '泾县', '杞县']
const TWO_CHAR = ['安远县', '禄丰县', '宁远县']
const TOWNS = ['宝城镇', '石桥镇', '白沙乡', '新华镇']
const LEADS: ((c: string, town: string) => string)[] = [
  (c, town) => `中共${c}县委、${c}人民政府：\n2023年，在县委、县政府领导下，${town}推进法治政府建设，现将情况报告如下。`,
  (c, town) => `${c}县委、县政府：\n2023年，${town}坚持依法行政，现将法治政府建设情况报告如下。`,
  (c, town) => `${town}2023年法治政府建设情况报告\n2023年，${town}在${c}县委、县政府的正确领导下，推进依法行政。`,
  (c, town) => `${town}2023年法治政府建设情况报告\n2023年，在中共${c}县委的领导下，${town}落实法治政府建设各项任务。`,
]
const lead2 = (c: string, town: string, i: number) => [
  `中共${c}委员会、${c}人民政府：\n2023年，${town}推进法治政府建设，现将情况报告如下。`,
  `${town}2023年法治政府建设情况报告\n2023年，${town}在${c}委、县政府的正确领导下，推进依法行政。`,
][i % 2]

describe('a county of one character written with its level again (渠县县委)', () => {
  it('gives a town the county itself', () => {
    const wrong = ONE_CHAR.flatMap((c, i) => LEADS.map((lead, j) => {
      const town = TOWNS[(i + j) % TOWNS.length]
      const got = regionOf(lead(c, town))
      return got === `${c}${town}` ? null : `${lead(c, town).split('\n')[0]} → ${got}`
    })).filter(Boolean)
    expect(wrong).toEqual([])
  })

  it('leaves a county of two characters as it was', () => {
    const wrong = TWO_CHAR.flatMap((c, i) => [0, 1].map((j) => {
      const town = TOWNS[(i + j) % TOWNS.length]
      const got = regionOf(lead2(c, town, j))
      return got === `${c}${town}` ? null : `${c}/${town} → ${got}`
    })).filter(Boolean)
    expect(wrong).toEqual([])
  })
})
