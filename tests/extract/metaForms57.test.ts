/**
 * Author, region, sector and year of openings weighted to the REGION and the AGENCY (meta57; ./metaForms57.ts, 57b, 57c): an author
 * named only in a signature block; a place given by its parent's or its neighbours' names; zones' 管委会 under a city; streets of
 * county-level cities; bureaus renamed during the year; full province chains in a title and a short name in the body; titles with
 * punctuation or spacing noise; the author forms rounds 54–56 left open. The forms are in tests/fixtures/corpus/README.md, "Author
 * forms 57".
 */
import { metaSuite } from './metaSuite'
import { CASES_57 } from './metaForms57'
import { CASES_57B } from './metaForms57b'
import { CASES_57C } from './metaForms57c'
import { CASES_57D } from './metaForms57d'
import { CASES_57E } from './metaForms57e'

/**
 * First run on the starting commit (6f675f1), the 150 openings written first: 134 read right (agency 140/150, region 135/150, sector
 * 144/150, year 150/150). One was our own slip: a zone not named after its city (宜宾市临港经济技术开发区管理委员会) drops the city from its
 * agency as the 南昌市小蓝 ruling keeps it in its region, corrected: 135. After the rules (a town after its city's short name and its
 * county, 宜宾屏山县龙华镇; a county's 隶属 in its second clause; a town's county's plans named without 《》, 对照青浦区法治建设“三个规划”;
 * zones' committees of kinds no chain reads, 新城, 综合保税区, 集聚区, the city with 市 dropped from the name as 小蓝's is — which
 * corrected 智造新城's want, our slip by that ruling; 达尔罕茂明安联合旗): 144 (agency 145, region 144, sector 147, year 150). The six left
 * open: two invented outer places (a closed list: 青川市, 青川省), a corps farm named by 场, a 农垦 branch bureau, 本庄镇 and 一是区, for
 * the reasons in the README. The 农垦 branch bureau reads since meta57b's ruling (农垦红兴隆分局, 黑龙江省, 农业农村; metaForms57f): 145.
 */
const OPEN = new Set([
  'an invented county lying in its invented city',
  'an invented chain titled, 本局 in the body',
  'a corps farm named by 场 alone',
  'a town whose name starts with 本 in a signature',
  'a street after 一是区 in a list lead',
])

metaSuite('author, region, sector and year forms 57 (meta57)', [...CASES_57, ...CASES_57B, ...CASES_57C], 150, OPEN)

/**
 * The second batch (./metaForms57d.ts, 39 openings in new wording over the forms ruled after the first, with 11 near misses), run once
 * after those rules: 36/39 (agency 38, region 37, sector and year 39). Two were one form: a city's short name ending in 州 before a
 * county and a town (温州苍南县灵溪镇, 赣州于都县贡江镇), which the 州 rule read before a county alone; ruled since (region.ts
 * withoutCityShort). The third was our own slip: a zone's committee after its city written with 市 (衢州市绿色产业集聚区) is the zone's
 * without the city, as 南昌市小蓝经济技术开发区's is; the extractor read it so, and three 新城 wants (and the first batch's 智造新城) that
 * kept the city were corrected with organs.ts cityZone to that ruling. 39/39 since.
 */
metaSuite('author, region, sector and year forms 57, the second batch (meta57d)', CASES_57D, 39)

/**
 * Eight openings written before their rule (a 来源 row naming a town's county-level site, 来源：瑞安市人民政府网; townCounty.ts
 * siteCounty), with three near misses: first run 4/8 (agency 8, region 4, sector 8, year 8); all eight read after it.
 */
metaSuite('author, region, sector and year forms 57, a 来源 row naming the county\'s site (meta57e)', CASES_57E, 8)
