/**
 * Forms from the dev half of the eighteenth fresh batch (r18-fresh: 交通 and 文旅 bureaus, disclosure reports, western
 * governments), on sentences invented for this test with near misses:
 * - a count of the documents a body holds (现有规范性文件N件, 现行有效的行政规范性文件为N件) is a stock, not documents reviewed, also
 *   when the sentence names a cleanup; documents reviewed or cleaned up are still counted;
 * - a Chinese numeral whose measure word closes a quoted slogan (“综合查一次”, “最多跑一次”) names a reform, not a count; the same
 *   numeral outside quotes (开展执法检查一次) still counts;
 * - an unnamed 我局 that says which area's work it serves (为全市文旅融合高质量发展提供法治保障) has that work's sector; work that
 *   names no department (经济社会) gives none.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue, valuesOf } from './seeds'

const sector = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta.sector
const value = (text: string, indicator: string) => valuesOf(text)[indicator]?.[0]

describe('a stock of documents', () => {
  it('is not documents reviewed', () => {
    expect(value('目前本局现有规范性文件5件。', 'normative_docs_reviewed')).toBeUndefined()
    expect(value('年度规范性文件清理已经完成，目前局里现有规范性文件2件。', 'normative_docs_reviewed')).toBeUndefined()
    expect(value('完成年度清理工作，现行有效的行政规范性文件为8件。', 'normative_docs_reviewed')).toBeUndefined()
  })

  it('leaves documents reviewed or cleaned up', () => {
    expect(value('全年审查规范性文件21件。', 'normative_docs_reviewed')).toBe(21)
    expect(value('经清理依法确认我区规范性文件13件。', 'normative_docs_reviewed')).toBe(13)
    expect(value('按要求对现行有效的规范性文件开展清理，共清理规范性文件46件。', 'normative_docs_reviewed')).toBe(46)
  })
})

describe('a numeral that closes a quoted slogan', () => {
  it('is no count', () => {
    expect(valuesOf('同时编制《行政执法检查清单》和《“综合查一次”一件事事项目录》。')).toEqual({})
    expect(value('全区执法检查推行“综合查一次”，企业办事推行“最多跑一次”。', 'enforcement_inspections')).toBeUndefined()
  })

  it('leaves the same numeral outside quotes', () => {
    expect(value('同时编制《行政执法检查清单》，推行“最多跑一次”，全年开展执法检查一次。', 'enforcement_inspections')).toBe(1)
    expect(value('全年组织法治讲座一次。', 'training_sessions')).toBe(1)
  })
})

describe('the work an unnamed bureau serves', () => {
  it('gives its sector', () => {
    expect(sector('2023年，我局以习近平法治思想为指导，扎实推进依法行政，为全市文旅融合高质量发展提供了法治保障。\n一、加强领导')).toBe('文化旅游')
    expect(sector('一年来，我局坚持依法行政，为推进我市交通运输事业高质量发展提供坚强法治保障。\n一、加强领导')).toBe('交通')
  })

  it('gives none when the work names no department', () => {
    expect(sector('一年来，我局坚持依法行政，为全市经济社会高质量发展提供法治保障。\n一、加强领导')).toBeNull()
  })
})
