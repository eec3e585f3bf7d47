/**
 * The year a report covers, in the forms year reading handles: a title with 年度 or without 年, a year in
 * Chinese numerals, the period by months, a report dated the next year (or late in its own), a year the
 * body states plainly. Openings written for this test.
 */
import { describe, expect, it } from 'vitest'
import { extractText } from './seeds'

const BODY = '全年办理行政复议案件12件。'
const yearOf = (text: string) => extractText(text).report

describe('year of the report', () => {
  it.each([
    ['长河县司法局2023年度法治政府建设工作报告', 'title'],
    ['长河县司法局二〇二三年度法治政府建设情况报告', 'title'],
    ['长河县司法局二零二三年度法治政府建设情况报告', 'title'],
    ['長河縣司法局二〇二三年度法治政府建設年度報告', 'title'],
    ['长河县司法局２０２３年法治政府建设年度报告', 'title'],
    ['长河县司法局关于二〇二三年度法治政府建设工作情况的报告', 'title'],
    ['长河县司法局2023年法治政府建设工作总结和2024年工作计划', 'title'],
  ])('reads it from the title «%s»', (title, source) => {
    expect(yearOf(`${title}\n${BODY}`)).toMatchObject({ year: 2023, year_source: source })
  })

  it.each([
    '长河县司法局法治政府建设年度报告（2023）',
    '长河县司法局法治政府建设年度报告（2023年度）',
    '长河县司法局2023法治政府建设年度报告',
  ])('reads a title’s year written without 年 or in brackets «%s»', (title) => {
    expect(yearOf(`${title}\n${BODY}`)).toMatchObject({ year: 2023, year_source: 'title' })
  })

  it.each([
    '2023年1月至12月，我局办理行政复议案件12件。',
    '2023年1-12月，我局办理行政复议案件12件。',
    '2023年1月—12月，我局办理行政复议案件12件。',
    '2023年1月1日至12月31日，我局办理行政复议案件12件。',
  ])('reads the period the figures cover, by months or days «%s»', (lead) => {
    expect(yearOf(`长河县司法局法治政府建设年度报告\n${lead}`)).toMatchObject({ year: 2023, year_source: 'body' })
  })

  it('takes the year before the date of a report dated early the next year, not its plan’s year', () => {
    const text = '长河县司法局法治政府建设年度报告\n一年来，我局办理行政复议案件12件。2024年，我局将继续推进。\n长河县司法局\n2024年1月15日'
    expect(yearOf(text)).toMatchObject({ year: 2023, year_source: 'published' })
    expect(yearOf('长河县司法局法治政府建设年度报告\n我局办理行政复议案件12件。\n二〇二四年一月十日').year).toBe(2023)
  })

  it('takes the year of a report dated in its own year’s last months', () => {
    expect(yearOf('长河县司法局法治政府建设年度报告\n今年以来，我局办理行政复议案件12件。\n长河县司法局\n2023年12月20日').year).toBe(2023)
    expect(yearOf('长河县司法局法治政府建设年度报告\n今年以来，我局办理行政复议案件12件。\n长河县司法局\n2023年十一月二十日').year).toBe(2023)
  })

  it('reads a year the body states plainly, not one it compares with or counts from', () => {
    expect(yearOf('长河县司法局法治政府建设年度报告\n我局2023年办理行政复议案件12件，较2022年增长20%。')).toMatchObject({ year: 2023, year_source: 'body' })
    expect(yearOf('长河县司法局法治政府建设年度报告\n较2022年，办理行政复议案件增长20%。\n发布日期：2024-01-10').year).toBe(2023)
    expect(yearOf('长河县司法局法治政府建设年度报告\n2019年至今，办理行政复议案件90件。').year).toBeNull()
  })
})
