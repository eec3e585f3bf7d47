/**
 * Forms from the dev half of the eighth fresh batch (r8-fresh), on sentences invented for this test with near
 * misses: none stated with the applicants named between the negator and the requests (未收到公民、法人或其他组织
 * 提出的…申请); a count stated as a bare digit zero after its term (新收…申请为0); a request named as 申请公开政府信息
 * 的要求; the people trained at a party school (在市委党校举办…培训班，培训学员N人次) are the school's course's, not the
 * agency's own law training; a county-level city whose one-character name ends in 城 (邹城市, 诸城市) is a place.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue, valuesOf } from './seeds'

const requests = (text: string) => valuesOf(text).info_disclosure_requests
const participants = (text: string) => valuesOf(text).training_participants
const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta

describe('none stated with the applicants named before the requests', () => {
  it('reads 0 from 未收到公民、法人或其他组织提出的…申请', () => {
    expect(requests('2023年本局未收到公民、法人或其他组织提出的政府信息公开申请。')?.[0]).toBe(0)
    expect(requests('全年我办没有收到群众和企业递交的依申请公开政府信息申请。')?.[0]).toBe(0)
  })

  it('still reads none of one cause as no zero, and a count after such words as the count', () => {
    expect(requests('2023年未收到因征地补偿引起的政府信息公开申请。')).toBeUndefined()
    expect(requests('2023年收到公民、法人或其他组织提出的政府信息公开申请6件。')?.[0]).toBe(6)
  })
})

describe('a count stated as a bare digit zero after its term', () => {
  it('reads 0 from 新收…申请为0 and 申请数量均为0', () => {
    expect(requests('本年度新收政府信息公开申请为0，上年也无结转。')?.[0]).toBe(0)
    expect(requests('2023年，本局依申请公开申请数量均为0。')?.[0]).toBe(0)
  })

  it('does not read a zero from a decimal (为0.5天)', () => {
    expect(requests('本年度政府信息公开申请答复平均用时为0.5天。')).toBeUndefined()
  })
})

describe('a request named as 申请公开政府信息的要求', () => {
  it('reads none stated', () => {
    expect(requests('全年没有收到申请公开政府信息的要求，主动公开信息88条。')?.[0]).toBe(0)
    expect(requests('2022年本镇未接到申请公开信息的要求。')?.[0]).toBe(0)
  })

  it('does not read the items published of its own accord, nor a none that is an obligation', () => {
    expect(requests('全年主动公开政府信息88条，未发生行政复议。')).toBeUndefined()
    expect(requests('确保不发生申请公开政府信息的要求逾期答复的情况。')).toBeUndefined()
  })
})

describe('people trained at a party school are not the agency’s law training', () => {
  it('drops participants of classes held at the party school', () => {
    expect(participants('7月，本局在市委党校举办全市校长法治能力培训班，共培训学员320人次。')).toBeUndefined()
    expect(participants('局机关组织干部到县委党校参加依法行政专题培训，培训干部85人。')).toBeUndefined()
  })

  it('still reads participants of the agency’s own law training', () => {
    expect(participants('7月，本局举办全体干部职工法治能力培训班，共培训学员320人次。')?.[0]).toBe(320)
  })
})

describe('a county-level city whose one-character name ends in 城', () => {
  const BODY = '\n一、总体情况\n我局及时主动公开政府信息，全年主动公开信息120条。\n'
  it('reads 邹城市 and 诸城市 organs from the title line', () => {
    expect(meta(`邹城市发展和改革局2021年政府信息公开工作年度报告${BODY}`).agency).toBe('邹城市发展和改革局')
    expect(meta(`诸城市交通运输局2022年政府信息公开工作年度报告${BODY}`).region).toBe('诸城市')
  })

  it('still takes no place from 大城市 or 各城市', () => {
    expect(meta(`大城市交通运输局2021年政府信息公开工作年度报告${BODY}`).agency).toBeNull()
  })
})

describe('documents in force are a stock, not documents reviewed', () => {
  const reviewed = (text: string) => valuesOf(text).normative_docs_reviewed
  it('reads no review from 现行有效的规章…，规范性文件为N件', () => {
    expect(reviewed('本局2023年未新制发规章和规范性文件，现行有效的规章仍为3件，规范性文件为0件。')).toBeUndefined()
    expect(reviewed('截至年底，本局现行有效的行政规范性文件共11件。')).toBeUndefined()
  })

  it('still reads a cleanup of the documents in force', () => {
    expect(reviewed('本局对现行有效的行政规范性文件开展全面清理，共清理规范性文件15件。')?.[0]).toBe(15)
  })
})
