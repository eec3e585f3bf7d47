/** Metadata on report openings and endings written for this test, as other agencies write them. */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta

describe('report metadata', () => {
  it('reads agency, region, sector and year from a 关于…的报告 title', () => {
    const m = meta('重庆市渝北区司法局关于2023年度法治政府建设情况的报告\n2023年,我局坚持依法行政。\n三、2024年工作计划\n2024年将继续推进。')
    expect(m).toMatchObject({ agency: '渝北区司法局', region: '重庆市渝北区', sector: '司法行政', year: 2023 })
  })

  it('takes the signature as agency and ignores next year\'s plan and the publication date', () => {
    const text = '2022年以来,在区委区政府领导下,我局认真贯彻浙江省法治政府建设要求,现将2022年度法治政府建设情况报告如下:\n' +
      '一、主要举措和成效\n全年开展执法检查45次。\n二、2023年工作打算\n2023年我局将进一步加强执法。\n杭州市西湖区市场监督管理局\n2023年1月10日'
    expect(meta(text)).toMatchObject({ agency: '西湖区市场监督管理局', region: '浙江省杭州市西湖区', sector: '市场监管', year: 2022 })
  })

  it('falls back to the organ the report names most, and a traditional report reads as simplified', () => {
    const text = '2023年法治政府建設年度報告\n根據《成都市武侯區生態環境局行政執法公示辦法》,成都市武侯區生態環境局全年辦理行政處罰案件12件。'
    expect(meta(text)).toMatchObject({ agency: '武侯区生态环境局', region: '成都市武侯区', sector: '生态环境', year: 2023 })
  })

  it('leaves the year unknown rather than guess when the text never states it', () => {
    expect(meta('关于法治政府建设工作的报告\n我局认真开展工作。').year).toBeNull()
  })

  it('derives the year from the publication date when nothing else says it', () => {
    expect(meta('法治政府建设工作报告\n我局认真开展工作。\n发布日期:2024-02-01').year).toBe(2023)
  })

  it('reads the year from the lead sentence, not from last year\'s report under review', () => {
    const text = '2021年，某某县农业农村局坚持依法行政，现将工作情况报告如下：\n一、主要做法\n3月组织班子对2020年度法治政府建设情况进行总结，部署全年任务。'
    expect(meta(text).year).toBe(2021)
  })

  it('reads the year from the period the figures cover, never from its dates as a publication date', () => {
    const text = '为做好信息公开工作，现公布本局年度报告，统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n本局平台运行正常。'
    expect(meta(text)).toMatchObject({ year: 2023, year_source: 'body' })
    expect(meta('本机关2024年度政务公开工作年度报告\n一、总体情况').year).toBe(2024)
  })

  it('does not take the year of a past report the text says was reported (报告2022年法治政府建设情况)', () => {
    expect(meta('2023年，全区推进依法行政。\n（一）坚持党的领导。区政府按规定向区人大常委会报告2022年法治政府建设情况。').year).toBe(2023)
  })

  it('reads the year a page files the report under in its breadcrumb (… > 2021年度)', () => {
    expect(meta('首页> 政务公开> 法治政府建设年度报告 > 2021年度\n一、主要举措\n我局认真开展工作。').year).toBe(2021)
  })

  it('reads a year written in Chinese numerals (二〇二三年, 二O二四年) and keeps the title as written', () => {
    const m = meta('云溪县二〇二三年法治政府建设工作报告\n一、主要举措\n我局认真开展工作。')
    expect(m).toMatchObject({ agency: '云溪县人民政府', year: 2023, title: '云溪县二〇二三年法治政府建设工作报告' })
    expect(meta('法治政府建设工作报告\n我局认真开展工作。\n云溪县林业局\n二O二四年一月十日').year).toBe(2023)
  })

  it('takes the byline below a title that names no author (…年度报告 / 云溪县司法局)', () => {
    expect(meta('2023年法治政府建设年度报告\n云溪县司法局\n一、主要举措\n全年开展执法检查20次。'))
      .toMatchObject({ agency: '云溪县司法局', agency_source: 'letterhead' })
    expect(meta('2023年法治政府建设年度报告\n县委、县政府：\n一、主要举措\n全年开展执法检查20次。').agency).toBeNull()
  })

  it('reads a page title with its site after it (…的报告_云溪县人民政府门户网站) as the title only', () => {
    const m = meta('关于2023年度法治政府建设情况的报告_云溪县人民政府门户网站\n2023年，我局依法行政。')
    expect(m).toMatchObject({ title: '关于2023年度法治政府建设情况的报告', year: 2023, agency: null })
  })

  it('reads the year of a reporting period written without its end year (2023年1月1日至12月31日)', () => {
    // Not the year before the period's first day, as a bare date would be read (a publication date).
    const m = meta('本报告由云溪县气象局编制，数据统计期限为2021年1月1日至12月31日。\n一、总体情况\n全年主动公开信息57条。')
    expect(m).toMatchObject({ year: 2021, year_source: 'body' })
  })
})
