/**
 * Forms from the dev half of the fourteenth fresh batch (r14-fresh), on sentences invented for this test with near misses:
 * a report's contact line that offers the author to ask (如对本报告有疑问，可联系X乡人民政府 / 可与X联系) rather than asking
 * (请与X联系), and a clause that opens with a span of months crossing from one year into another, shorter than a year
 * (2021年11月至2022年7月，…): its figures are that span's, not the report year's (twelve months across the turn of a year,
 * 2022年12月至2023年11月, are a statistical year: the report's, as scopeForms pins).
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue, valuesOf } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta
const value = (text: string, indicator: string) => valuesOf(text)[indicator]?.[0]

describe('a contact line that offers the author to ask about the report', () => {
  it('names the author after 可联系 / 可与…联系 / 欢迎…联系 in a sentence about the report', () => {
    const cases: [string, string, string][] = [
      ['一、总体情况\n本报告汇总全乡2021年度政府信息公开情况编制。如对本报告有疑问，可联系石门乡人民政府（电话6123456）。\n（一）概述\n乡里调整了领导小组。', '石门乡人民政府', '石门乡'],
      ['一、总体情况\n本报告数据统计期限为2022年1月1日至12月31日。对本报告如有疑问，可与黄坑镇人民政府党政办联系（邮编323800）。\n（一）主动公开\n全年公开信息60条。', '黄坑镇人民政府', '黄坑镇'],
      ['一、总体情况\n本年报的数据截至2023年12月31日。欢迎对本报告提出意见，可以向松源街道办事处联系。\n（一）主动公开\n全年公开信息48条。', '松源街道办事处', '松源街道'],
    ]
    for (const [text, agency, region] of cases) expect(meta(text)).toMatchObject({ agency, region })
  })

  it('names no author where the public may contact another body about its own affairs', () => {
    expect(meta('一、总体情况\n群众办理低保可联系县民政局（电话6123456）。\n（一）主动公开\n全年公开信息60条。').agency).toBeNull()
    expect(meta('一、总体情况\n企业遇到纠纷，可与县司法局联系调解。\n（一）主动公开\n全年公开信息48条。').agency).toBeNull()
  })
})

describe('a span of months crossing from one year into another, shorter than a year', () => {
  it('counts that span, not the report year', () => {
    const text = '2022年，市局持续打击涉烟违法。2021年11月至2022年7月，全市查办各类涉烟违法案件共336起，其中大要案181起。'
    expect(value(text, 'enforcement_cases')).toBeUndefined()
    const agency = '2023年，本局严格执法。2022年12月至2023年6月，共查处违法案件42件，罚款18万元。'
    expect(value(agency, 'enforcement_cases')).toBeUndefined()
    expect(value(agency, 'fines_yuan')).toBeUndefined()
  })

  it('keeps the year’s figures when the months stay within it or a clause returns to the year', () => {
    expect(value('2023年，本局严格执法。2023年1月至12月，共查处违法案件42件。', 'enforcement_cases')).toBe(42)
    expect(value('2023年，本局严格执法。2022年12月至2023年11月，共查处违法案件42件。', 'enforcement_cases')).toBe(42)
    expect(value('2023年，本局严格执法。2022年12月至2023年6月开展专项整治，全年共查处违法案件42件。', 'enforcement_cases')).toBe(42)
    expect(value('2023年，本局严格执法，共查处违法案件42件，其中2023年3月至5月开展专项整治。', 'enforcement_cases')).toBe(42)
  })
})
