/**
 * An archives (档案馆) reporting under its own name, a form of the r25 fresh batch's dev openings (2026-12-05): since the 2018
 * reform the archives of a province, city or county, not a 档案局, publishes its own disclosure and rule-of-law reports, so
 * X档案馆 is an organ like X档案局 (sector 档案), crossed with every page and year form of ./openingProbes.ts. Other halls of a
 * place (图书馆, 博物馆, 文化馆, 体育馆) stay no organ. All names are real kinds of body; the reports are invented.
 */
import { describe, expect, it } from 'vitest'
import { author, type Author } from './openingAuthors'
import { metaOf, probesOf } from './openingProbes'
import { readOrgan } from '../../src/extract/organs'

const a = author

const ARCHIVES: Author[] = [
  a('county-bureau', '长春市宽城区档案馆', '宽城区档案馆', '长春市宽城区', '档案', '我馆'),
  a('county-bureau', '桐庐县档案馆', '桐庐县档案馆', '桐庐县', '档案', '我馆'),
  a('city-bureau', '黄石市档案馆', '黄石市档案馆', '黄石市', '档案', '我馆'),
  a('province-dept', '浙江省档案馆', '浙江省档案馆', '浙江省', '档案', '我馆'),
]

const all = probesOf(ARCHIVES)
for (const form of new Set(all.map((p) => p.form))) {
  describe(`an archives: ${form}`, () => {
    it.each(all.filter((p) => p.form === form).map((p) => [p.name, p] as const))('%s', async (_, p) => {
      expect(await metaOf(p)).toEqual({ agency: p.agency, region: p.region, sector: p.sector, year: p.year, source: p.source })
    })
  })
}

describe('an archives is an organ, another hall is not', () => {
  it.each(['武汉市硚口区档案馆', '公主岭市档案馆', '山西省档案馆', '宁波市鄞州区档案馆', '青海省海西蒙古族藏族自治州档案馆'])('%s', (s) => {
    expect(readOrgan(s, { lenient: true })?.name ?? null).toBe(s)
  })
  it.each(['黄石市图书馆', '桐庐县博物馆', '宽城区文化馆', '浙江省体育馆', '黄石市科技馆'])('%s', (s) => {
    expect(readOrgan(s, { lenient: true })?.name ?? null).toBeNull()
  })
})
