/**
 * Author forms of the dev openings of the fourth fresh batch (r4-fresh), on invented sentences: a
 * determiner before a level (本镇, 全区, 该县) names no place, so a town that only says 我镇 stays without
 * an author, while a town the text names is still read; a 国防动员办公室 (the merged 人防 office) is
 * in the sector 人民防空.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { sectorOf } from '../../src/extract/places'
import { catalogue } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta

describe('a determiner before a level names no place', () => {
  it('leaves a 我镇 report that names no town without an author', () => {
    for (const text of [
      '2021年，我镇在云安区委、区政府领导下推进依法行政。\n（一）领导班子换届后，及时调整本镇法治建设领导小组成员。',
      '2022年，我镇坚持依法行政。\n一、认真落实本镇重大事项集体决策制度，覆盖全镇各村。',
      '今年以来，我镇推进法治建设。\n（一）组织学习，并及时调整该镇工作方案。',
    ]) expect(meta(text).agency ?? null).toBeNull()
  })

  it('still reads the town a 我镇 report names', () => {
    expect(meta('2021年，我镇在区委领导下推进依法行政。\n（一）下太镇党委及时调整本镇法治建设领导小组，下太镇各村同步推进。').agency)
      .toBe('下太镇人民政府')
  })
})

describe('a defence mobilisation office', () => {
  it('is in the sector 人民防空, as a civil air defence office is', () => {
    expect(sectorOf('上海市国防动员办公室')).toBe('人民防空')
    expect(sectorOf('南京市国防动员办公室')).toBe('人民防空')
    expect(sectorOf('杭州市人民防空办公室')).toBe('人民防空')
    expect(sectorOf('杭州市民政局')).toBe('民政')
  })
})
