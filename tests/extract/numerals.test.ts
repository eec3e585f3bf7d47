import { describe, expect, it } from 'vitest'
import { parseChineseNumeral, scanNumbers } from '../../src/extract'

describe('Chinese numerals', () => {
  it.each([
    ['一百二十', 120], ['两', 2], ['十二', 12], ['十', 10], ['二十', 20], ['一千零五', 1005], ['三万四千', 34000],
    ['两千三百万', 23000000], ['二〇二三', 2023], ['九十', 90], ['一亿二千万', 120000000], ['零', 0],
  ])('%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n))

  it.each(['二三', '万', '亿'])('%s is not a number', (s) => expect(parseChineseNumeral(s)).toBeNull())
})

const one = (s: string) => {
  const [t] = scanNumbers(s)
  return t && { text: s.slice(t.start, t.end), value: t.value, unit: t.unit, qualifier: t.qualifier, kind: t.kind, low: t.low, high: t.high }
}

describe('number scanner', () => {
  it('reads units, scale and thousands separators', () => {
    expect(one('罚没金额478.7761万元')).toMatchObject({ value: 4787761, unit: '元', text: '478.7761万元' })
    expect(one('共办件77,339件')).toMatchObject({ value: 77339, unit: '件' })
    expect(one('参训2.5万人')).toMatchObject({ value: 25000, unit: '人' })
    expect(one('资金3亿元')).toMatchObject({ value: 3e8, unit: '元' })
  })

  it('reads percentages in every spelling', () => {
    expect(one('达到86.5%')).toMatchObject({ value: 86.5, unit: '%' })
    expect(one('达到８６．５％')).toBeUndefined() // full-width is normalised before scanning, not here
    expect(one('百分之九十')).toMatchObject({ value: 90, unit: '%' })
    expect(one('提高六成')).toMatchObject({ value: 60, unit: '%' })
    expect(one('工作成效')).toBeUndefined()
  })

  it('reads qualifiers', () => {
    expect(one('430余人次参加')).toMatchObject({ value: 430, qualifier: 'approx', unit: '人次' })
    expect(one('100多场')).toMatchObject({ value: 100, qualifier: 'approx' })
    expect(one('共约230人')).toMatchObject({ value: 230, qualifier: 'approx' })
    expect(one('近300件')).toMatchObject({ value: 300, qualifier: 'approx' })
    expect(one('不少于60学时')).toMatchObject({ value: 60, qualifier: 'at_least', unit: '学时' })
    expect(one('至少40学时')).toMatchObject({ qualifier: 'at_least' })
    expect(one('30%以上')).toMatchObject({ value: 30, qualifier: 'approx' })
    expect(one('1万余份')).toMatchObject({ value: 10000, qualifier: 'approx', unit: '份' })
    expect(one('两千余万元')).toMatchObject({ value: 20000000, qualifier: 'approx', unit: '元' })
    expect(one('三十多万元')).toMatchObject({ value: 300000, qualifier: 'approx', unit: '元' })
    expect(one('34场次以上')).toMatchObject({ value: 34, qualifier: 'approx', unit: '场次' })
  })

  it('reads a round Chinese figure after 上 as about it, after 数 as at least it, not after a word ending in 上', () => {
    expect(one('上百场次')).toMatchObject({ value: 100, qualifier: 'approx', unit: '场次', text: '上百场次' })
    expect(one('上千人次')).toMatchObject({ value: 1000, qualifier: 'approx' })
    expect(one('数十场')).toMatchObject({ value: 10, qualifier: 'at_least', text: '数十场' })
    expect(one('数十万次')).toMatchObject({ value: 100000, qualifier: 'at_least' })
    expect(one('线上十场')).toMatchObject({ value: 10, qualifier: 'exact', text: '十场' })
    expect(one('上12场')).toMatchObject({ value: 12, qualifier: 'exact' })
  })

  it('reads ranges with low and high', () => {
    expect(one('0-1次')).toMatchObject({ qualifier: 'range', low: 0, high: 1, unit: '次' })
    expect(one('8至10场')).toMatchObject({ qualifier: 'range', low: 8, high: 10, unit: '场' })
    expect(one('8场至10场')).toMatchObject({ qualifier: 'range', low: 8, high: 10, unit: '场' })
    expect(scanNumbers('从8到10').length).toBe(2)
  })

  it('reads Chinese counts only with a measure word', () => {
    expect(one('两期')).toMatchObject({ value: 2, unit: '期' })
    expect(one('一百二十件')).toMatchObject({ value: 120, unit: '件' })
    expect(scanNumbers('一是统一思想,党的二十大精神')).toEqual([])
  })

  it('flags dates, years, ordinals and document numbers', () => {
    const kinds = scanNumbers('粤府〔2019〕36号,5月31日召开,2023年,第三次').map((t) => t.kind)
    expect(kinds).toEqual(['docno', 'docno', 'date', 'date', 'year', 'ordinal'])
    expect(one('规划(2021-2025年)')?.kind).toBe('year')
    expect(one('二〇二三年')).toMatchObject({ value: 2023, kind: 'year' })
  })
})

describe('number scanner on web-page text', () => {
  it('accepts one space between number and measure word', () => {
    expect(one('共查处烟花爆竹约 16.5 吨')).toMatchObject({ value: 16.5, unit: '吨', qualifier: 'approx' })
    expect(one('执法检查 86 次')).toMatchObject({ value: 86, unit: '次' })
  })
})
