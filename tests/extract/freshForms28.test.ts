/**
 * Forms after the r22-fresh batch (corpus README, twenty-second batch), each over generated sentences with near misses:
 * - a reduction rate named after the time limit it reduced (审批时限压减率由76.7%提高到83.4%) is the time compression, also
 *   when the sentence goes on to the application materials cut (精简…申请材料): the materials' weak term (压减率) took it;
 * - a 我局/我厅 that names itself by no field but works under the guidance of its system's central organ (在省委、省政府的领导和
 *   交通运输部的指导支持下，我厅…) has that organ's sector, as one guided by its provincial or city department has.
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'
import { failures } from './probeValues'

describe('a reduction rate named after the time limit it reduced is the time compression, not the materials cut', () => {
  const SUBJECTS = ['本局', '我局', '全年', '我委', '县政务服务中心']
  /** The time limit reduced, written right before the reduction word. */
  const OBJECTS = ['审批时限', '办理时限', '承诺时限', '办结时限', '审批时间', '办理时间']
  const RATES = ['压减率', '压缩率', '缩减率', '减少比例', '压减比例']
  /** How the rate is stated: as a change from an old value, or as reached. */
  const STATED: ((n: string) => string)[] = [(n) => `由52.5%提高到${n}`, (n) => `达到${n}`, (n) => `为${n}`]
  const NUMERALS: [string, number][] = [['83.4%', 83.4], ['61%', 61], ['90.25%', 90.25]]
  /** What the sentence goes on with: the materials cut, in figures or none. */
  const TAILS = ['，精简11个审批事项的47份申请材料。', '，同时精简申请材料。', '，申请材料压减31份。', '。']

  const probes: [string, string, number | null][] = SUBJECTS.flatMap((subject, i) => OBJECTS.flatMap((object, j) =>
    RATES.map((rate, k): [string, string, number | null] => {
      const [n, v] = NUMERALS[(i + j + k) % NUMERALS.length]
      const stated = STATED[(i + k) % STATED.length]
      const tail = TAILS[(j + k) % TAILS.length]
      return [`2020年，${subject}${object}${rate}${stated(n)}${tail}`, 'approval_time_compression_pct', v]
    })))
  it('reads it as the time compression', () => expect(failures(probes)).toEqual([]))
  it('reads no materials cut from it', () =>
    expect(failures(probes.map(([text]) => [text, 'material_reduction_pct', null]))).toEqual([]))

  // Twins: a materials rate stays the materials' with a time limit beside it in the sentence, and a rate named by
  // neither object keeps the indicator its sentence's context names.
  const twins: [string, string, number | null][] = [
    ['2020年，本局申请材料压减率达到45%，办理时限压减率为61%。', 'material_reduction_pct', 45],
    ['2020年，本局申请材料压减率达到45%，办理时限压减率为61%。', 'approval_time_compression_pct', 61],
    ['2020年，我局精简申请材料，压减率达到38%，审批时限同步压缩。', 'material_reduction_pct', 38],
    ['2020年，我局审批材料精简率由20%提高到35%。', 'material_reduction_pct', 35],
    ['2020年，我局审批时限压缩率达到70%，申请材料减少比例达到40%。', 'material_reduction_pct', 40],
    ['2020年，我局审批时限压缩率达到70%，申请材料减少比例达到40%。', 'approval_time_compression_pct', 70],
    // (a time cut with no rate word before the materials item of its 、-list is no rate named after the time limit)
    ['2022年，本局办理时限压缩60%、申请材料精简40%以上。', 'material_reduction_pct', 40],
    ['2022年，本局办理时限压缩60%、申请材料精简40%以上。', 'approval_time_compression_pct', 60],
    ['2022年，本局承诺时限压减55%，申请材料压减率达到30%。', 'material_reduction_pct', 30],
  ]
  it('still reads the materials rate beside a time limit', () => expect(failures(twins)).toEqual([]))
})

describe('a 我局 guided by its system\'s central organ has that organ\'s sector', () => {
  /** The central organ and the sector of its field. */
  const ORGANS: [string, string][] = [
    ['交通运输部', '交通'], ['水利部', '水利'], ['国家林业和草原局', '林业'], ['中国气象局', '气象'], ['应急管理部', '应急管理'],
    ['国家税务总局', '税务'],
  ]
  const SELVES = ['我厅', '我局']
  /** The lead that names who led and who guided. */
  const LEADS: ((o: string) => string)[] = [
    (o) => `在省委、省政府的领导和${o}的指导支持下`, (o) => `在${o}的指导下`, (o) => `在${o}的大力支持和指导下`,
    (o) => `在省委、省政府的坚强领导下，在${o}的业务指导下`,
  ]
  const cases = ORGANS.flatMap(([organ, sector], i) => SELVES.flatMap((self, j) => LEADS.map((lead, k) => {
    const y = 2019 + ((i + j + k) % 7)
    return [`${organ} ${self} (${k})`, `${y}年，${lead(organ)}，${self}认真贯彻《法治政府建设实施纲要》，坚持依法行政。现将有关情况报告如下。\n一、主要工作\n全年完成规范性文件合法性审查16件。\n`, sector] as const
  })))
  it.each(cases)('%s', async (_, text, sector) => {
    const m = await metaOf({ text })
    expect({ agency: m.agency, region: m.region, sector: m.sector }).toEqual({ agency: null, region: null, sector })
  })

  // Near misses: a government (我县, 我镇) guided by a department keeps its own kind, and a 我局 led only by party committees
  // and governments (在市委、市政府的领导下) gets no sector from them.
  const misses: [string, string | null][] = [
    ['2020年，在交通运输部的指导支持下，我县坚持依法行政。现将有关情况报告如下。\n', '区县政府'],
    ['2020年，在县委、县政府的领导下，我局坚持依法行政。现将有关情况报告如下。\n', null],
    ['2020年，在省委、省政府的领导和关心支持下，我厅坚持依法行政。现将有关情况报告如下。\n', null],
  ]
  it.each(misses)('%s', async (text, sector) => expect((await metaOf({ text })).sector).toBe(sector))
})
