/**
 * Author, region, sector and year of openings weighted to the REGION: parents named only in chrome rows, addressee lines, first
 * sentences and 属/隶属 sentences; county-level cities; districts of municipalities and sub-provincial cities; leagues, banners,
 * 地区 and autonomous places; towns placed by their text; provinces written without 省; the author forms left open in rounds 54–55
 * (meta56; ./metaForms56.ts, ./metaForms56b.ts). The forms are in tests/fixtures/corpus/README.md, "Author forms 56".
 */
import { metaSuite } from './metaSuite'
import { CASES_56 } from './metaForms56'
import { CASES_56B } from './metaForms56b'
import { CASES_56C, CASES_56D, CASES_56E, CASES_56F } from './metaForms56c'

/**
 * First run on the starting commit (0ba385d), the 147 openings written first: 136 read right (agency 145/147, region 137/147, sector
 * 144/147, year 146/147). One was our own slip: a county that says 隶属丽水市，位于浙江省西南部 has its province too (a province the
 * text names holds its city, places.ts provinceOf), corrected: 137. After the rules (a province's short name before its city and the
 * places under it, 湖北荆州市荆州区; a county that says it is its city's, 泰顺县系温州市所辖县): 142 (region 143); the five left open are
 * the author forms rounds 54–55 left open, for the reasons in the README.
 */
// (截至 a year's end as the only year is read since sector57, src/extract/metadata.ts YEAR_END)
const OPEN = new Set([
  'a town whose name starts with 本, after 关于',
  'a 消防救援 summary of a province with no author',
  'a 消防救援 summary with 全省消防救援队伍 as its subject',
  'a street after 一是区 with no lead time',
])

metaSuite('author, region, sector and year forms 56 (meta56)', [...CASES_56, ...CASES_56B], 145, OPEN)

/**
 * The second batch (./metaForms56c.ts, 40 openings in new wording over the two region rules, with near misses: 吉林市, 海南藏族自治州,
 * 河南蒙古族自治县, 是杭州市区的后花园, 是温州市委确定的…), run once after those rules: 40 right (agency, region, sector, year 40/40).
 */
metaSuite('author, region, sector and year forms 56, the second batch (meta56c)', CASES_56C, 40)

/**
 * Seven openings written before their rule (a county's branch of its city's bureau named by the county's short name only in the body,
 * r54c's dev 开平 form), with one near miss: first run 1/7 (agency 1, region 1, sector 7, year 7); all seven read after it.
 */
metaSuite('author, region, sector and year forms 56, a branch named in the body (meta56d)', CASES_56D, 7)

/**
 * Eight openings written before their rule (a province's short name before an autonomous prefecture's short 州 or full name, a 地区 or a
 * league, and the county-level place under it), with one near miss (海南州): first run 1/8 (agency 7, region 1, sector 7, year 8);
 * all eight read after it.
 */
metaSuite('author, region, sector and year forms 56, a province\'s short name before its prefecture (meta56e)', CASES_56E, 8)

/**
 * Thirteen openings written before their rules (a title whose place chain a space breaks, 温州市 泰顺县司法局; a town that stands 作为
 * its county's town), with four near misses: first run 4/13 (agency 7, region 4, sector 7, year 13); all thirteen read after them.
 */
metaSuite('author, region, sector and year forms 56, spaced chains and 作为 (meta56f)', CASES_56F, 13)
