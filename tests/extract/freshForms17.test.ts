/**
 * Forms from the dev half of the ninth fresh batch (r9-fresh), on sentences invented for this test with near misses:
 * a term whose gap runs over an earlier item's figure into its complement (办理行政审批事项215件、非许可事项480件: 480 counts
 * what is not the term's kind); a course at the party school counted by its trainees (纳入区委党校主体班次，受训N人) and a
 * joint count of two levels of government (县乡两级政府常务会累计学法N次) are not the agency's own law training; a title
 * about 行政执法 ending in 工作报告 or 统计年报 names its author like a 法治政府建设 title.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue, valuesOf } from './seeds'

const approvals = (text: string) => valuesOf(text).approvals_handled
const sessions = (text: string) => valuesOf(text).training_sessions
const participants = (text: string) => valuesOf(text).training_participants
const agency = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta.agency

describe('a term whose gap runs over an earlier item into its complement (、非…)', () => {
  it('takes the first item, the one the term names', () => {
    expect(approvals('截至目前，便民中心窗口办理行政审批事项215件、非许可事项480件。')?.[0]).toBe(215)
    expect(approvals('截至目前，服务窗口办结行政许可事项64件、非许可事项310件，均按期办结。')?.[0]).toBe(64)
  })

  it('still reads a list closed by 等…业务 as one term, a term with no figure inside, and a 非-kind named alone', () => {
    expect(approvals('全年办理非行政许可审批事项45件。')?.[0]).toBe(45)
    expect(approvals('全年办理不动产登记、税务、社保等业务共5650件。')?.[0]).toBe(5650)
    expect(approvals('全年中心窗口共受理各类审批服务事项2310件。')?.[0]).toBe(2310)
  })
})

describe('a party-school course and a joint count of two levels are not the agency’s own training', () => {
  it('drops the trainees of a course put into the party school’s programme', () => {
    expect(participants('将习近平法治思想纳入区委党校主体班次，受训320人。')).toBeUndefined()
    expect(participants('把宪法学习纳入市党委党校培训，受训学员210人。')).toBeUndefined()
  })

  it('drops a law-study count of two levels of government together', () => {
    expect(sessions('政府常务会学法机制推广到乡镇，县乡两级政府常务会累计学法45次。')).toBeUndefined()
    expect(sessions('市县两级人民政府常务会议全年学法30次。')).toBeUndefined()
  })

  it('still reads the agency’s own training and its own government’s study', () => {
    expect(participants('组织全体执法人员开展行政处罚法专题培训，受训120人。')?.[0]).toBe(120)
    expect(sessions('县政府常务会议全年会前学法12次。')?.[0]).toBe(12)
  })
})

describe('a title about 行政执法', () => {
  it('names its author in a 统计年报 or 行政执法工作报告 title', () => {
    expect(agency('绍兴市卫生健康委2023年度行政执法统计年报\n第一部分 行政执法总体情况\n全年开展执法检查。')).toBe('绍兴市卫生健康委员会')
    expect(agency('青田县交通运输局2022年度行政执法统计年报\n时间：2023-01-20　发布：县交通运输局\n第一部分 总体情况')).toBe('青田县交通运输局')
    expect(agency('2022年青田县交通运输局行政执法工作报告\n一、主要工作\n本局全年开展执法检查。')).toBe('青田县交通运输局')
  })

  it('does not take a table caption or a body sentence about enforcement for a title', () => {
    expect(agency('行政执法数据统计表\n行政处罚实施情况统计表\n全年开展执法检查。')).toBeNull()
  })
})

describe('an organ named for 行政执法', () => {
  it('keeps 综合行政执法局 in a title whole', () => {
    expect(agency('龙泉市综合行政执法局2021年法治政府建设年度报告\n一、主要举措\n本局全年开展执法检查。')).toBe('龙泉市综合行政执法局')
    expect(agency('庆元县综合行政执法局2024年度行政执法统计年报\n一、总体情况\n本局全年开展执法检查。')).toBe('庆元县综合行政执法局')
  })
})
