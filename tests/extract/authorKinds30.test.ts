/**
 * Kinds of author and page line found by probing real kinds of organ the corpus lacks (2026-12-05). Regional offices of vertically managed central systems (src/extract/regionalOffices.ts), which name themselves by a
 * region, a river or a city's short name rather than by a place chain + organ word, and organs written with the state's
 * name before them (中华人民共和国南京海关) or under their ministry (交通运输部长江航务管理局), or a regulator by its
 * customary short name (中国银保监会河北监管局, 国务院国资委): crossed with every page and year form of ./openingProbes.ts. Each one
 * read no author at all before (agency_source 'unknown'), as did forms found by the same probing: a bureau's own
 * enforcement or traffic police unit (…公安局交通警察支队, …局综合行政执法支队, a city's 交警支队), a prefecture's department named
 * under its 行政公署, and a zone's statutory body whose name holds 服务业 (a noun, not the verb 服务).
 * And a report form's own label for its author (单位：, 填报单位：, 报送单位：, 编制单位：), which a page line's labels
 * (发布机构, 来源 …) did not cover. All names are real kinds of organ; the reports are invented.
 */
import { describe, expect, it } from 'vitest'
import { author, type Author } from './openingAuthors'
import { metaOf, probesOf } from './openingProbes'
import { describeForms } from './probeForms'
import { readOrgan } from '../../src/extract/organs'

const a = author

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
  a('province-dept', '生态环境部华东督察局', '生态环境部华东督察局', '南京市', '生态环境', '我局'),
  a('province-dept', '自然资源部南海局', '自然资源部南海局', '广州市', '自然资源', '我局'),
  a('ministry', '国务院国资委', '国务院国有资产监督管理委员会', null, '国资监管', '我委'),
  a('city-bureau', '杭州市公安局交通警察支队', '杭州市公安局交通警察支队', '杭州市', '公安', '我支队'),
  a('county-bureau', '义乌市公安局交警大队', '义乌市公安局交通警察大队', '义乌市', '公安', '我大队'),
  a('city-bureau', '宁波市交警支队', '宁波市交通警察支队', '宁波市', '公安', '我支队'),
  a('city-bureau', '嘉兴市生态环境局综合行政执法支队', '嘉兴市生态环境局综合行政执法支队', '嘉兴市', '生态环境', '我支队'),
  a('city-bureau', '大兴安岭地区行政公署司法局', '大兴安岭地区司法局', '大兴安岭地区', '司法行政', '我局'),
  a('zone', '深圳市前海深港现代服务业合作区管理局', '深圳市前海深港现代服务业合作区管理局', '深圳市前海深港现代服务业合作区', '区县政府', '我局'),
]

describeForms(probesOf(OFFICES))

describe('the shapes stay closed', () => {
  it.each([
    // a region's or river's name before some other word, an unknown short name, a bank's branch of no known place
    '民航华东地区分局', '长江管理局', '华东地区管理局', '长江流域管理局', '某某铁路监督管理局', '口岸出入境边防检查站', '中国人民银行某某中心支行',
    // sentence fragments that end in such a name
    '配合民航华东地区管理局', '会同长江水利委员会', '市公安局交警大队', '杭州市公安局办公室', '杭州市公安局党委',
  ])('%s is no organ', (s) => {
    expect(readOrgan(s, { lenient: true })).toBeNull()
  })
})

describe('a report form’s label for its author', () => {
  const AUTHORS = [
    ['嘉兴市南湖区七星街道', '七星街道办事处', '嘉兴市南湖区七星街道', '街道'],
    ['温州市鹿城区司法局', '鹿城区司法局', '温州市鹿城区', '司法行政'],
    ['青杉县人民政府', '青杉县人民政府', '青杉县', '区县政府'],
  ] as const
  const LINES = ['单位：', '单 位：', '填报单位：', '报送单位:', '编制单位：'] as const
  it.each(LINES.flatMap((label, i) => AUTHORS.map((x, j) => [label, x[0], 2020 + ((i + j) % 6), x] as const)))('%s%s (%i)', async (label, _, y, [full, agency, region, sector]) => {
    const text = `法治政府建设年度报告（${y}年）\n${label}${full}\n一、主要工作\n${y}年，我们坚持依法行政，办理行政复议案件12件。\n`
    expect(await metaOf({ text })).toEqual({ agency, region, sector, year: y, source: 'publisher' })
  })
  it.each([
    // a task table's lead and responsible units, every unit, a table's unit of measure: no author
    '（一）牵头单位：县司法局；责任单位：各乡镇人民政府',
    '各单位：县司法局将于近期组织检查',
    '表1 行政执法数据（单位：万元）',
  ])('%s names no author', async (line) => {
    const text = `2023年度法治政府建设工作报告\n${line}\n一、主要工作\n2023年，我们坚持依法行政，办理行政复议案件12件。\n`
    expect((await metaOf({ text })).source).toBe('unknown')
  })
})

describe('a title naming its author with another name it goes by in brackets', () => {
  it.each([
    ['株洲市天元区（株洲高新区）人民政府', '天元区人民政府', '株洲市天元区', '区县政府'],
    ['青杉县发展和改革局（县粮食和物资储备局）', '青杉县发展和改革局', '青杉县', '发展改革'],
    ['长河市市场监督管理局（知识产权局）', '长河市市场监督管理局', '长河市', '市场监管'],
  ])('%s', async (full, agency, region, sector) => {
    const text = `${full}2021年法治政府建设情况报告\n一、主要工作\n2021年，我们坚持依法行政，办理行政复议案件12件。\n`
    expect(await metaOf({ text })).toEqual({ agency, region, sector, year: 2021, source: 'title' })
  })
})
