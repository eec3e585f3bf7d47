/**
 * Author, region, sector and year of report openings in forms the corpus holds few or none of (issue 11 item 3, meta41): Inner
 * Mongolia's 旗, 苏木 and 嘎查 (a village, never the author), autonomous prefectures, counties (各族自治县 too) and ethnic townships, a
 * 林区 and a 地区, 新区 / 开发区 / 高新区 / 经开区 committees and their bureaus, state farms, the corps' 师市, county-level cities under
 * their prefecture and under their province, municipal districts, their counties, towns and streets, 乡 and 镇 (and stems holding
 * those words: 新乡市, 镇江市), tax bureaus under 国家税务总局, customs named after their city, national administrations under a
 * ministry, a province's 厅 and 局, service centres (公积金管理中心 and the like), police branches, court and procuratorate work
 * reports; crossed with the ways a page names them: a title split over two lines, traditional script, full-width spaces, the year
 * only in the date line, a signature and date at the end only, a 党委 and 政府 joint letterhead, an addressee line before the title,
 * 发布机构 / 来源 / 索引号 chrome (./metaForms41Kinds.ts); then the page forms of ./metaForms41Pages.ts. Each opening is invented (real
 * kinds of organ, made-up wording and figures); none is a corpus item's text.
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'
import { toSimplifiedSameLength } from '../../src/extract/normalise'
import { KIND_CASES, type Meta } from './metaForms41Kinds'
import { PAGE_CASES } from './metaForms41Pages'

const CASES = [...KIND_CASES, ...PAGE_CASES]

const simplified = (s: string | null) => (s === null ? null : toSimplifiedSameLength(s))
/** The opening's agency, region, sector and year, names in simplified script. */
async function read(text: string): Promise<Meta> {
  const got = await metaOf({ text })
  return { agency: simplified(got.agency), region: simplified(got.region), sector: got.sector, year: got.year }
}

describe('meta forms of openings beyond the corpus (meta41)', () => {
  it('holds at least 100 openings', () => expect(CASES.length).toBeGreaterThanOrEqual(100))
  it.each(CASES)('%s', async (_name, text, want) => expect(await read(text)).toEqual(want))
})
