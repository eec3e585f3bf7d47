import { describe, expect, it } from 'vitest'
import { anchoredMatches } from '../../src/extract/anchoredMatches'

const GLOBAL = /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{4,9})系统|[“"「]([\u4e00-\u9fff]{3,10})[”"」]/gm
const STICKY = new RegExp(GLOBAL.source, 'my')
const ANCHORS = /系统|[“"「]/g
const startsOf = (a: RegExpExecArray): [number, number] => (a[0] === '系统' ? [a.index - 10, a.index - 4] : [a.index, a.index])
const asList = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m])

describe('anchoredMatches', () => {
  it('gives the matches matchAll gives, overlapping candidates and line starts included', () => {
    for (const text of [
      '2020年，六安司法行政系统深入推进“安康商务”公众号',
      '六安司法行政系统\n“杭州发布”和“杭州发布”',
      '“六安司法行政系统”系统',
      '甲乙丙丁戊己庚辛壬癸系统，“短”',
      '',
    ]) expect(asList(anchoredMatches(text, STICKY, ANCHORS, startsOf))).toEqual(asList(text.matchAll(GLOBAL)))
  })

  it('finds nothing where no anchor stands', () => {
    expect(anchoredMatches('六安司法行政工作扎实推进', STICKY, ANCHORS, startsOf)).toEqual([])
  })
})
