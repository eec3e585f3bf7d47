/**
 * Regional offices of vertically managed central systems (src/extract/regionalOffices.ts), which name themselves by a
 * region, a river or a city's short name rather than by a place chain + organ word, and organs written with the state's
 * name before them (中华人民共和国南京海关) or under their ministry (交通运输部长江航务管理局), or a regulator by its
 * customary short name (中国银保监会河北监管局): crossed with every page and year form of ./openingProbes.ts. Each one
 * read no author at all before (agency_source 'unknown'). All names are real kinds of organ; the reports are invented.
 */
import { describe, expect, it } from 'vitest'
import type { Author } from './openingAuthors'
import { metaOf, probesOf } from './openingProbes'
import { readOrgan } from '../../src/extract/organs'

const a = (level: string, full: string, agency: string, region: string | null, sector: string, self: string): Author => ({ level, full, agency, region, sector, self })

const OFFICES: Author[] = [
  a('province-dept', '民航华东地区管理局', '民航华东地区管理局', '上海市', '交通', '我局'),
  a('province-dept', '中国民航西南地区管理局', '中国民航西南地区管理局', '成都市', '交通', '我局'),
  a('province-dept', '民航浙江安全监督管理局', '民航浙江安全监督管理局', '浙江省', '交通', '我局'),
  a('province-dept', '长江水利委员会', '长江水利委员会', '武汉市', '水利', '我委'),
  a('province-dept', '水利部珠江水利委员会', '珠江水利委员会', '广州市', '水利', '我委'),
  a('province-dept', '太湖流域管理局', '太湖流域管理局', '上海市', '水利', '我局'),
  a('province-dept', '交通运输部长江航务管理局', '长江航务管理局', '武汉市', '交通', '我局'),
  a('city-bureau', '沈阳铁路监督管理局', '沈阳铁路监督管理局', '沈阳市', '交通', '我局'),
  a('city-bureau', '上海出入境边防检查总站', '上海出入境边防检查总站', '上海市', '公安', '总站'),
  a('city-bureau', '中国人民银行长沙中心支行', '中国人民银行长沙中心支行', '长沙市', '金融', '我行'),
  a('province-dept', '中国人民银行河北省分行', '中国人民银行河北省分行', '河北省', '金融', '我行'),
  a('city-bureau', '中华人民共和国南京海关', '南京海关', '南京市', '海关', '我关'),
  a('province-dept', '中国银保监会河北监管局', '河北监管局', '河北省', '金融', '我局'),
  a('ministry', '中国证监会', '中国证券监督管理委员会', null, '金融', '我会'),
]

const all = probesOf(OFFICES)

for (const form of new Set(all.map((p) => p.form))) {
  describe(form, () => {
    it.each(all.filter((p) => p.form === form).map((p) => [p.name, p] as const))('%s', async (_, p) => {
      expect(await metaOf(p)).toEqual({ agency: p.agency, region: p.region, sector: p.sector, year: p.year, source: p.source })
    })
  })
}

describe('the shapes stay closed', () => {
  it.each([
    // a region's or river's name before some other word, an unknown short name, a bank's branch of no known place
    '民航华东地区分局', '长江管理局', '华东地区管理局', '长江流域管理局', '某某铁路监督管理局', '口岸出入境边防检查站', '中国人民银行某某中心支行',
    // sentence fragments that end in such a name
    '配合民航华东地区管理局', '会同长江水利委员会',
  ])('%s is no organ', (s) => {
    expect(readOrgan(s, { lenient: true })).toBeNull()
  })
})
