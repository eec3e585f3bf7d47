/**
 * Author forms of the n- openings (issue 11), each on a sentence invented for this test: a
 * district's branch named under its city's bureau (…市公安局…区分局), the customs administration
 * and its sector, a banner that speaks of itself as 我旗, a province's
 * government reporting as 省政府, and an author written as the subject
 * with the report year after it (海关总署2024年以…).
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { readOrgan } from '../../src/extract/organs'
import { catalogue } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta
const BODY = '\n一、主要举措\n（一）加强组织领导。\n'

describe('a district branch named under its city bureau', () => {
  it('reads as the district’s branch with both places', () => {
    expect(readOrgan('南宁市自然资源局青秀区分局')).toMatchObject({ name: '南宁市青秀区自然资源分局', place: '南宁市青秀区', organ: '自然资源分局' })
    expect(readOrgan('衡阳市公安局分局')).toBeNull()
  })

  it('in a title → the branch by its district, the city in the region', () => {
    expect(meta(`衡阳市公安局蒸湘区分局关于2023年度法治政府建设情况的报告${BODY}分局党委会议6次研究法治公安建设。`))
      .toMatchObject({ agency: '蒸湘区公安分局', region: '衡阳市蒸湘区', sector: '公安' })
  })

  it('as the subject of the first sentence', () => {
    expect(meta(`2024年，在区委、区政府领导下，成都市公安局武侯区分局以法治公安建设为抓手推进依法行政。${BODY}`))
      .toMatchObject({ agency: '武侯区公安分局', region: '成都市武侯区', sector: '公安' })
  })
})

describe('central and banner authors', () => {
  it('海关总署 is a central organ of the customs sector, with no region', () => {
    expect(meta(`海关总署关于2023年度法治政府建设情况的报告${BODY}总署党委会议专题研究法治海关建设。`))
      .toMatchObject({ agency: '海关总署', region: null, sector: '海关', year: 2023 })
  })

  it('the year after its author as the subject (…2022年坚持…), never 年以来', () => {
    expect(meta(`在党中央、国务院领导下，海关总署2022年坚持依法行政，推进法治海关建设。${BODY}`))
      .toMatchObject({ agency: '海关总署', year: 2022, agency_source: 'body' })
    expect(meta(`在市委、市政府领导下，嘉兴市南湖区司法局2023年以习近平法治思想为指导推进依法行政。${BODY}`))
      .toMatchObject({ agency: '南湖区司法局', region: '嘉兴市南湖区', year: 2023 })
    expect(meta(`在国务院领导下，国家药品监督管理局2021年以来持续推进依法行政。${BODY}`).year).not.toBe(2021)
  })

  it('我旗 with the banner named in a document title → the banner’s government', () => {
    expect(meta(`今年以来，我旗以法治为引领推进依法行政。${BODY}印发《杭锦旗领导干部应知应会法律清单》。`))
      .toMatchObject({ agency: '杭锦旗人民政府', region: '杭锦旗', sector: '区县政府' })
  })

  it('现将省政府…报告如下 names the provincial government, placed by the province the text names', () => {
    expect(meta(`依照有关规定，现将省政府2022年度法治政府建设情况报告如下。${BODY}成立江西省依法行政研究基地，举办专题讲座12场次。`))
      .toMatchObject({ agency: '江西省人民政府', region: '江西省', sector: '省政府' })
    expect(meta(`2022年，我市在省政府指导下推进依法行政。${BODY}推动《洛阳市法治政府建设规划》落实。`))
      .toMatchObject({ agency: '洛阳市人民政府' })
  })
})
