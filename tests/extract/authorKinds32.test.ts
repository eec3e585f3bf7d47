/**
 * Kinds of author found by probing real kinds of organ (2026-12-05), crossed with every page and year form of ./openingProbes.ts: the
 * Yellow River's river bureaus, nested under the commission and one another (黄河水利委员会山东黄河河务局, 山东黄河河务局济南黄河河务局,
 * 河南黄河河务局郑州河务局); the forestry administration's resident supervision offices (国家林业和草原局驻成都森林资源监督专员办事处); a
 * branch named under its city's bureau or commission by its district's short name where the text never writes the district out
 * (宁波市生态环境局北仑分局, 北京市规划和自然资源委员会海淀分局) or by its duty (杭州市公安局机场分局); a provincial 总队 (浙江省消防救援总队);
 * a zone named after its city's short name when that ends in a level's character (杭州钱塘新区, 杭州综合保税区: no 州 杭州). Each read
 * no author (or a wrong one) in nearly every form before. Also: a lead's 区X局 after a purpose clause (为落实…，做好…，区统计局对照…)
 * whose district the text names only by its own platform (推送到静海区信用信息共享平台). All names are real kinds of organ; the
 * reports are invented.
 */
import { describe, expect, it } from 'vitest'
import { author, type Author } from './openingAuthors'
import { metaOf, probesOf } from './openingProbes'
import { describeForms } from './probeForms'
import { readOrgan } from '../../src/extract/organs'

const a = author

const KINDS: Author[] = [
  a('province-dept', '黄河水利委员会山东黄河河务局', '山东黄河河务局', '山东省', '水利', '我局'),
  a('city-bureau', '山东黄河河务局济南黄河河务局', '济南黄河河务局', '济南市', '水利', '我局'),
  a('city-bureau', '河南黄河河务局郑州河务局', '郑州河务局', '郑州市', '水利', '我局'),
  // (a county's river bureau, by the county's short name: with the city's bureau it is under, in that city)
  a('county-bureau', '济南黄河河务局天桥黄河河务局', '济南黄河河务局天桥黄河河务局', '济南市', '水利', '我局'),
  a('province-dept', '国家林业和草原局驻成都森林资源监督专员办事处', '国家林业和草原局驻成都森林资源监督专员办事处', '成都市', '林业', '我办'),
  a('county-bureau', '宁波市生态环境局北仑分局', '宁波市生态环境局北仑分局', '宁波市', '生态环境', '我局'),
  a('county-bureau', '北京市规划和自然资源委员会海淀分局', '北京市规划和自然资源委员会海淀分局', '北京市', '自然资源', '我局'),
  a('county-bureau', '杭州市公安局机场分局', '杭州市公安局机场分局', '杭州市', '公安', '我局'),
  a('province-dept', '浙江省消防救援总队', '浙江省消防救援总队', '浙江省', '消防救援', '我总队'),
  a('zone', '杭州钱塘新区管理委员会', '杭州钱塘新区管理委员会', '杭州钱塘新区', '区县政府', '新区'),
  a('zone', '杭州综合保税区管理委员会', '杭州综合保税区管理委员会', '杭州综合保税区', '区县政府', '我区'),
  // (a tax bureau's numbered branch and its inspection bureau, named under the bureau as it is under the administration)
  a('county-bureau', '国家税务总局杭州市税务局第一税务分局', '杭州市税务局第一税务分局', '杭州市', '税务', '我局'),
  a('city-bureau', '国家税务总局宁波市税务局稽查局', '宁波市税务局稽查局', '宁波市', '税务', '我局'),
  a('county-bureau', '国家税务总局桐庐县税务局第二稽查局', '桐庐县税务局第二稽查局', '桐庐县', '税务', '我局'),
  // (a free trade zone's area, named by its city, under the zone's short name; its full name below)
  a('zone', '浙江自贸试验区舟山片区管理委员会', '舟山片区管理委员会', '浙江自贸试验区舟山片区', '区县政府', '片区'),
]

describeForms(probesOf(KINDS))

describe('office names read as written', () => {
  it.each([
    ['国家林业和草原局驻内蒙古自治区森林资源监督专员办事处', '国家林业和草原局驻内蒙古自治区森林资源监督专员办事处', '内蒙古'],
    ['国家林草局驻福州专员办', '国家林业和草原局驻福州森林资源监督专员办事处', '福州'],
    ['水利部黄河水利委员会河南黄河河务局', '河南黄河河务局', '河南'],
    ['山东黄河河务局济南黄河河务局天桥黄河河务局', '济南黄河河务局天桥黄河河务局', '济南'],
  ])('%s', (s, name, place) => {
    expect(readOrgan(s, { lenient: true })).toMatchObject({ name, place })
  })
})

describe('a branch by its district’s short name is the district’s when the text writes the district out', () => {
  it.each([
    ['宁波市生态环境局北仑分局', '北仑区', '北仑区生态环境分局', '宁波市北仑区'],
    ['丽水市生态环境局庆元分局', '庆元县', '庆元县生态环境分局', '丽水市庆元县'],
  ])('%s', async (full, district, agency, region) => {
    const text = `${full}2023年法治政府建设工作报告\n2023年，我局围绕${district}生态环境保护中心工作，依法履职。\n一、主要工作\n全年办理行政处罚案件12件。\n`
    expect(await metaOf({ text })).toMatchObject({ agency, region, sector: '生态环境' })
  })
})

describe('the shapes stay closed', () => {
  it.each([
    // a county's river bureau alone, a river bureau of an unknown place, a forestry office of no place, a numbered branch
    '天桥黄河河务局', '某某黄河河务局', '国家林业和草原局驻某某森林资源监督专员办事处', '杭州市公安局第一分局', '宁波市生态环境局一分局',
    // fragments before such a name, a government's branch
    '配合山东黄河河务局', '会同宁波市生态环境局北仑分局', '宁波市人民政府北仑分局',
    // bodies that are not administrative organs (the corpus README, Author kinds 32): no author
    '桐庐县人民法院', '杭州市中级人民法院', '桐庐县人民检察院', '浙江大学', '杭州市城市建设投资集团有限公司', '木渎镇西街村民委员会', '四季青街道三新社区居民委员会',
  ])('%s is no organ', (s) => {
    expect(readOrgan(s, { lenient: true })).toBeNull()
  })
})

describe('a lead’s 区X局 after a purpose clause, its district named by its own platform', () => {
  const LEADS = [
    (d: string) => `为落实中央、市委、区委对法治政府建设的要求，做好相关工作，${d}对照《法治政府建设实施纲要》逐项排查落实情况，现将2020年法治政府建设情况报告如下：`,
    (d: string) => `为贯彻落实上级部署，${d}坚持依法行政，现将2020年度法治政府建设工作情况报告如下：`,
  ]
  const PLATFORMS = ['把行政处罚结果推送到静海区信用信息共享平台', '在静海区政府门户网站公开执法信息', '审批事项在静海区政务服务网全程网办']
  const DEPARTMENTS = [['区统计局', '静海区统计局', '统计'], ['区司法局', '静海区司法局', '司法行政'], ['区市场监管局', '静海区市场监督管理局', '市场监管']] as const
  it.each(LEADS.flatMap((_, i) => PLATFORMS.flatMap((p) => DEPARTMENTS.map((d) => [d[0], i, p, d] as const))))('%s (lead %i) %s', async (_, i, platform, [short, agency, sector]) => {
    const text = `${LEADS[i](short)}\n一、推进和落实情况\n（一）加强事中事后监管。${platform}，全年录入行政检查案卷50宗。\n`
    expect(await metaOf({ text })).toMatchObject({ agency, region: '静海区', sector, year: 2020 })
  })
  it.each(['与静海区开展交流', '赴静海区学习考察', '静海区'])('a district named otherwise (%s) names no author', async (other) => {
    const text = `${LEADS[0]('区统计局')}\n一、推进和落实情况\n（一）加强交流。${other}，全年录入行政检查案卷50宗。\n`
    expect((await metaOf({ text })).agency).toBeNull()
  })
})

describe('a free trade zone’s area under the zone’s full name, its province in brackets', () => {
  const PAGES = [
    (x: string, y: number) => [`${x}${y}年法治政府建设工作报告\n`, 'title'],
    (x: string, y: number) => [`${x}关于${y}年度法治政府建设情况的报告\n`, 'title'],
    (x: string, y: number) => [`${y}年法治政府建设工作报告\n来源：${x}  发布时间：${y + 1}-02-10\n`, 'publisher'],
    (x: string, y: number) => [`发布机构：${x}\n${y}年法治政府建设年度报告\n`, 'publisher'],
  ] as const
  const AREAS = [
    ['中国（浙江）自由贸易试验区宁波片区管理委员会', '宁波片区管理委员会', '宁波片区'],
    ['中国(福建)自由贸易试验区厦门片区管理委员会', '厦门片区管理委员会', '厦门片区'],
    ['中国（湖北）自由贸易试验区武汉片区管委会', '武汉片区管理委员会', '武汉片区'],
  ] as const
  it.each(AREAS.flatMap((x, i) => PAGES.map((_, k) => [x[0], k, 2020 + ((i + k) % 6), x] as const)))('%s (page %i, %i)', async (full, k, y, [, agency, region]) => {
    const [head, source] = PAGES[k](full, y)
    const text = `${head}${y}年，片区坚持以习近平法治思想为指导，依法履职。\n一、主要工作\n全年办理行政处罚案件12件。\n`
    expect(await metaOf({ text })).toEqual({ agency, region, sector: '区县政府', year: y, source })
  })
  it.each(['自由贸易试验区宁波片区管理委员会', '片区管理委员会', '中国（浙江）自由贸易试验区管理委员会'])('%s names no area', (s) => {
    expect(readOrgan(s, { lenient: true })?.name ?? '').not.toMatch(/片区管理委员会$/)
  })
})

describe('a vertically managed county office by its county’s short name, on a page that writes the county', () => {
  const OFFICES = [
    ['国家统计局桐庐调查队', '桐庐调查队', '桐庐县', '统计', '配合桐庐县统计局开展统计执法检查'],
    ['国家金融监督管理总局桐庐监管支局', '桐庐监管支局', '桐庐县', '金融', '服务桐庐县经济社会发展'],
    ['国家统计局长兴调查队', '长兴调查队', '长兴县', '统计', '在长兴县政府门户网站公开信息'],
    ['北仑海关', '北仑海关', '北仑区', '海关', '支持北仑区外贸企业发展'],
  ] as const
  const FORMS = [
    (x: string, y: number) => [`${x}${y}年法治政府建设工作报告\n`, '', 'title'],
    (x: string, y: number) => [`${y}年法治政府建设工作报告\n`, `${x}\n${y + 1}年1月18日\n`, 'signature'],
    (x: string, y: number) => [`发布机构：${x}\n${y}年法治政府建设年度报告\n`, '', 'publisher'],
  ] as const
  it.each(OFFICES.flatMap((o, i) => FORMS.map((_, k) => [o[0], k, 2019 + ((i + k) % 7), o] as const)))('%s (form %i, %i)', async (full, k, y, [, agency, region, sector, work]) => {
    const [head, tail, source] = FORMS[k](full, y)
    const text = `${head}${y}年，我队坚持依法行政，${work}。\n一、主要工作\n全年办理行政处罚案件12件。\n${tail}`
    expect(await metaOf({ text })).toEqual({ agency, region, sector, year: y, source })
  })
  it.each(['国家统计局某某调查队', '国家统计局桐庐调查队'])('%s on a page that writes no county: no author', async (full) => {
    expect((await metaOf({ text: `${full}2023年法治政府建设工作报告\n2023年，我队坚持依法统计。\n` })).agency).toBeNull()
  })
})
