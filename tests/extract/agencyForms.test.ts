/**
 * Author forms that generalise (issue 11, deliverable 3), each on a sentence invented for this
 * test: a report that speaks of itself as 我镇/我市/我局, zones governed by a 管理委员会, Guangzhou's
 * 街, party and government joined by 和, long autonomous-county names, new department
 * abbreviations, and the placeholders and verbs that must never become a place.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { readOrgan } from '../../src/extract/organs'
import { placeOfLevel, selfLevel } from '../../src/extract/selfNamed'
import { catalogue } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta
const BODY = '\n一、主要举措\n（一）加强组织领导。\n'

describe('a report that speaks of itself', () => {
  it('我镇 with the town named once at a break → that town’s government', () => {
    const m = meta(`2022年，我镇坚持依法行政。现就我镇2022年度法治政府建设情况报告如下：${BODY}推动各项部署在青杉镇落地见效。`)
    expect(m).toMatchObject({ agency: '青杉镇人民政府', region: '青杉镇', sector: '乡镇政府', agency_source: 'body' })
  })

  it('我市 with the city named in a plan title → the city government', () => {
    expect(meta(`2023年，我市扎实推进依法行政。${BODY}推动《洛阳市“十四五”政府治理专项规划》落实。`))
      .toMatchObject({ agency: '洛阳市人民政府', sector: '市政府' })
  })

  it('我局 with its own full name in a document title → that bureau (人力社保局 expanded)', () => {
    expect(meta(`2023年，我局以法治为引领。${BODY}制定《云溪区人力社保局合法性审查事项清单》。`))
      .toMatchObject({ agency: '云溪区人力资源和社会保障局', sector: '人力资源社会保障' })
  })

  it('我局 with a level abbreviation and the report’s city → the city bureau, never the city government', () => {
    expect(meta(`2023年，我局推进依法行政。${BODY}印发《市水务局党组2023年学习计划》，一项决策列入《洛阳市人民政府2023年度重大行政决策事项目录》。`))
      .toMatchObject({ agency: '洛阳市水务局' })
  })

  it('我局 is never a provincial 厅 it reports to, and no bureau named means unknown', () => {
    const m = meta(`2023年，我局依法行政。${BODY}已向市委市政府、省生态环境厅报告年度情况。`)
    expect(m).toMatchObject({ agency: null, agency_source: 'unknown' })
  })

  it('"结合X街道实际，现就…报告如下" names the report’s own street', () => {
    expect(meta(`街道坚持依法履职。结合青杉街道实际，现就2022年法治政府建设工作报告如下：${BODY}`))
      .toMatchObject({ agency: '青杉街道办事处', sector: '街道' })
  })

  it('reads the self-reference level and places only at a break', () => {
    expect(selfLevel('2023年，我局以…')).toBe('局')
    expect(selfLevel('现就我镇2022年度…')).toBe('镇')
    expect(placeOfLevel('首先由镇领导牵头，结合镇情实际', '镇')).toBeNull()
    expect(placeOfLevel('在青杉镇落地生根', '镇')).toBe('青杉镇')
  })
})

describe('zones, streets and joint subjects', () => {
  it('a new area or development zone is governed by its 管理委员会', () => {
    expect(meta(`2022年，在市委领导下，青杉新区以习近平法治思想为指导推进依法行政。${BODY}`))
      .toMatchObject({ agency: '青杉新区管理委员会', sector: '区县政府' })
    expect(readOrgan('青杉经济开发区管委会')?.name).toBe('青杉经济开发区管理委员会')
  })

  it('a zone named by its kind alone is no place (经济开发区, 高新区)', () => {
    expect(readOrgan('经济开发区管委会')).toBeNull()
    expect(readOrgan('高新区人民政府')).toBeNull()
    expect(meta(`经济开发区2024年度法治政府建设情况报告\n2024年，青杉经济开发区在区委领导下推进依法行政。${BODY}`))
      .toMatchObject({ agency: '青杉经济开发区管理委员会' })
  })

  it('Guangzhou’s "X街" is X街道', () => {
    expect(meta(`2021年，青杉街在区委、区政府领导下推进依法行政。${BODY}`)).toMatchObject({ agency: '青杉街道办事处', sector: '街道' })
  })

  it('"X党委和政府" resolves to the people’s government', () => {
    expect(meta(`2022年，宁夏回族自治区党委和政府全面推进依法行政。${BODY}`))
      .toMatchObject({ agency: '宁夏回族自治区人民政府', sector: '省政府' })
  })

  it('an autonomous county keeps a long stem (酉阳土家族苗族自治县)', () => {
    expect(readOrgan('酉阳土家族苗族自治县人民政府')?.place).toBe('酉阳土家族苗族自治县')
  })

  it('林草局 is 林业和草原局', () => {
    expect(readOrgan('肃南县林草局')?.name).toBe('肃南县林业和草原局')
  })
})

describe('shapes that are never an agency', () => {
  it('placeholders (某县) and verbs (制发, 结合) are no place', () => {
    expect(meta(`某县 2025 年度法治政府建设情况报告\n2025 年，全县推进依法行政。${BODY}`)).toMatchObject({ agency: null, year: 2025 })
    expect(readOrgan('制发罗湖区司法局')).toBeNull()
    expect(readOrgan('结合镇人民政府')).toBeNull()
  })

  it('a short subject at the start of the text is read (通州区坚持…)', () => {
    expect(meta(`通州区坚持以习近平法治思想为指导推进依法行政。${BODY}`)).toMatchObject({ agency: '通州区人民政府' })
  })
})
