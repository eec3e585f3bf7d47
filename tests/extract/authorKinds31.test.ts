/**
 * Author forms found on the r24 fresh batch's dev openings (2026-12-05), pinned on invented reports: a traffic police brigade
 * named under its city's detachment by its county's short name (…公安局交通警察支队淄川大队), crossed with every page and year form
 * of ./openingProbes.ts; a report titled in the name of a unit's party committee or branch written in full (中共X局委员会,
 * 中共X支队Y大队总支部委员会关于…的报告), which is the unit's, as a department's 党组 title is; and a disclosure report handed over
 * with a short name given in brackets after its author's (现公布中国人民银行X中心支行（简称X中支）2020年…报告). All names are real
 * kinds of organ; the reports are invented.
 */
import { describe, expect, it } from 'vitest'
import { author, type Author } from './openingAuthors'
import { metaOf, probesOf } from './openingProbes'
import { describeForms } from './probeForms'
import { readOrgan } from '../../src/extract/organs'

const a = author

const BRIGADES: Author[] = [
  a('county-bureau', '淄博市公安局交通警察支队淄川大队', '淄博市公安局交通警察支队淄川大队', '淄博市', '公安', '我大队'),
  a('county-bureau', '杭州市公安局交警支队萧山大队', '杭州市公安局交通警察支队萧山大队', '杭州市', '公安', '我大队'),
  a('county-bureau', '绍兴市公安局交通警察支队柯桥大队', '绍兴市公安局交通警察支队柯桥大队', '绍兴市', '公安', '大队'),
]

describeForms(probesOf(BRIGADES), 'a brigade under its detachment: ')

describe('a brigade of a duty or a number names no place', () => {
  it.each(['杭州市公安局交通警察支队直属大队', '杭州市公安局交通警察支队高速大队', '杭州市公安局交通警察支队一大队', '杭州市公安局交通警察支队事故处理大队',
    '某某公安局交通警察支队西湖大队', '杭州市公安局办公室西湖大队'])('%s', (s) => {
    expect(readOrgan(s, { lenient: true })?.name ?? null).toBeNull()
  })
})

describe('a title in the name of a unit’s party committee or branch', () => {
  const UNITS = [
    ['淄博市公安局交通警察支队淄川大队', '淄博市公安局交通警察支队淄川大队', '淄博市', '公安'],
    ['杭州市公安局交通警察支队', '杭州市公安局交通警察支队', '杭州市', '公安'],
    ['温州市鹿城区司法局', '鹿城区司法局', '温州市鹿城区', '司法行政'],
    ['嘉兴市生态环境局综合行政执法支队', '嘉兴市生态环境局综合行政执法支队', '嘉兴市', '生态环境'],
  ] as const
  const BODIES = ['委员会', '总支部委员会', '支部委员会', '党委', '总支委员会'] as const
  const TITLES = [
    (body: string, y: number) => `${body}关于${y}年法治政府建设工作情况的报告`,
    (body: string, y: number) => `标题：${body}关于${y}年度法治政府建设情况的报告\n发布机构：青杉区人民政府`,
    (body: string, y: number) => `${body}\n关于${y}年法治政府建设工作的报告`,
  ]
  const cases = UNITS.flatMap((u, i) => BODIES.flatMap((b, j) => TITLES.map((_, k) => [`中共${u[0]}${b}`, k, 2020 + ((i + j + k) % 6), u] as const)))
  it.each(cases)('%s (title form %i, %i)', async (body, k, y, [, agency, region, sector]) => {
    const text = `${TITLES[k](body, y)}\n区委、区政府：\n现将${y}年度法治政府建设情况报告如下：\n一、主要工作\n${y}年，我们坚持依法行政，办理行政复议案件12件。\n`
    expect(await metaOf({ text })).toMatchObject({ agency, region, sector, year: y })
  })
  it.each(['中共木渎镇委员会', '中共青杉县委员会', '中共青杉县委'])('%s alone is a place’s party committee: no author', async (body) => {
    const text = `${body}关于2023年法治政府建设工作情况的报告\n一、主要工作\n2023年，我们坚持依法行政。\n`
    expect((await metaOf({ text })).agency).toBeNull()
  })
})

describe('a report handed over with a short name in brackets after its author’s', () => {
  const AUTHORS = [
    ['中国人民银行乌兰察布市中心支行', '乌兰察布市中支', '中国人民银行乌兰察布市中心支行', '乌兰察布市', '金融'],
    ['中国人民银行长沙中心支行', '长沙中支', '中国人民银行长沙中心支行', '长沙市', '金融'],
    ['青杉县退役军人事务局', '县退役军人局', '青杉县退役军人事务局', '青杉县', '退役军人事务'],
    ['国家统计局湖北调查总队', '湖北总队', '湖北调查总队', '湖北省', '统计'],
  ] as const
  const ASIDES = [(s: string) => `（简称${s}）`, (s: string) => `（以下简称“${s}”）`, (s: string) => `(下称${s})`] as const
  const LEADS = [
    (x: string, y: number) => `依据《中华人民共和国政府信息公开条例》，现公布${x}${y}年政府信息公开工作年度报告。`,
    (x: string, y: number) => `现向社会发布${x}${y}年度政府信息公开工作年度报告，统计期为${y}年1月1日至12月31日。`,
  ]
  const cases = AUTHORS.flatMap((x, i) => ASIDES.flatMap((_a, j) => LEADS.map((_l, k) => [x[0], j, k, 2019 + ((i + j + k) % 6), x] as const)))
  it.each(cases)('%s (aside %i, lead %i, %i)', async (_, j, k, y, [full, short, agency, region, sector]) => {
    const text = `${LEADS[k](full + ASIDES[j](short), y)}\n一、总体情况\n${y}年，${short}坚持以公开为常态，全年受理政府信息公开申请3件。\n`
    expect(await metaOf({ text })).toMatchObject({ agency, region, sector, year: y })
  })
})
