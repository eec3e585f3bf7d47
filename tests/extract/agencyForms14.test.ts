/**
 * Author forms from the dev openings of the sixth fresh batch (r6-fresh), on sentences invented for this
 * test with near misses: an abbreviation that stands for a department only before a bare organ word
 * (科技局 → 科学技术局, 民宗局 → 民族宗教事务局, 国资委 → 国有资产监督管理委员会, 资规局, 规资局), expanded with the
 * place the report names; organs whose own names begin with the same characters (科技和工业信息化局,
 * 科技创新委员会) and organs written in full keep their names; a department named under its government
 * (北京市人民政府外事办公室) is the place and the department, while the government's own office (人民政府办公厅)
 * and a street office under its district's government keep their readings.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { expandDept } from '../../src/extract/departments'
import { catalogue } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta
const BODY = '\n一、主要举措\n（一）加强组织领导。班子会议专题研究依法行政工作。\n'

describe('an abbreviation before a bare organ word is the department in full', () => {
  it('expands 科技局, 民宗局, 国资委, 资规局 and 规资局', () => {
    expect(expandDept('科技局')).toBe('科学技术局')
    expect(expandDept('科技委')).toBe('科学技术委员会')
    expect(expandDept('民宗局')).toBe('民族宗教事务局')
    expect(expandDept('国资委')).toBe('国有资产监督管理委员会')
    expect(expandDept('资规局')).toBe('自然资源和规划局')
    expect(expandDept('规资局')).toBe('规划和自然资源局')
  })

  it('leaves organs whose own names begin with the same characters, and full names, as they are', () => {
    expect(expandDept('科技和工业信息化局')).toBe('科技和工业信息化局')
    expect(expandDept('科技创新局')).toBe('科技创新局')
    expect(expandDept('科学技术局')).toBe('科学技术局')
    expect(expandDept('民族宗教事务局')).toBe('民族宗教事务局')
    expect(expandDept('国资中心')).toBe('国资中心')
  })

  it('names a 市科技局 of a report whose city its own government’s document names in full', () => {
    const m = meta(`2021年，市科技局以习近平法治思想为指导，依法履行职能，由市政府出台《绍兴市科技成果转化若干措施》。${BODY}`)
    expect(m.agency).toBe('绍兴市科学技术局')
    expect(m.region).toBe('绍兴市')
  })

  it('names a 县民宗局 and a 县国资委 with the county the report names', () => {
    expect(meta(`2023年，县民宗局坚持依法管理宗教事务，落实《青山县人民政府关于民族工作的意见》。${BODY}`).agency)
      .toBe('青山县民族宗教事务局')
    expect(meta(`2024年，县国资委推进依法治企，落实《青山县人民政府办公室关于国企改革的通知》。${BODY}`).agency)
      .toBe('青山县国有资产监督管理委员会')
  })

  it('keeps a title that names its organ in full, and one whose name only begins with 科技', () => {
    expect(meta(`江北市科学技术局2022年法治政府建设年度报告${BODY}`).agency).toBe('江北市科学技术局')
    expect(meta(`江北市科技和工业信息化局2022年法治政府建设年度报告${BODY}`).agency).toBe('江北市科技和工业信息化局')
  })
})

describe('a department named under its government', () => {
  it('is the place and the department (北京市人民政府外事办公室 → 北京市外事办公室), in either script', () => {
    expect(meta(`北京市人民政府外事办公室2023年法治政府建设年度情况报告\n2023年，我办坚持依法行政。${BODY}`).agency).toBe('北京市外事办公室')
    expect(meta(`北京市人民政府外事辦公室2023年法治政府建設年度情況報告\n2023年，我辦堅持依法行政。${BODY}`).agency).toBe('北京市外事办公室')
    expect(meta(`杭州市人民政府侨务办公室2023年法治政府建设情况报告\n2023年，我办坚持依法行政。${BODY}`).agency).toBe('杭州市侨务办公室')
    expect(meta(`湖南省人民政府国有资产监督管理委员会2023年法治政府建设情况报告\n2023年，我委坚持依法行政。${BODY}`).agency)
      .toBe('湖南省国有资产监督管理委员会')
  })

  it('leaves the government, its general office and a street office under it as they are read', () => {
    expect(meta(`杭州市人民政府2023年法治政府建设情况报告\n2023年，市政府坚持依法行政。${BODY}`).agency).toBe('杭州市人民政府')
    expect(meta(`杭州市人民政府办公厅2023年法治政府建设情况报告\n2023年，我厅坚持依法行政。${BODY}`).agency).toBe('杭州市人民政府办公厅')
    expect(meta(`鲤城区人民政府金龙街道办事处关于2022年度法治政府建设情况的报告\n2022年，我街道坚持依法行政。${BODY}`).agency)
      .toBe('金龙街道办事处')
  })
})
