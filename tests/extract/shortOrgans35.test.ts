/**
 * Organs named by a one-character stem before their organ word (issue 11, dev35): "2023年，白城市民委（宗教局）在市委、市政府的正确
 * 领导下…" read no author, so no region or sector either — 民委 was known only as the national commission's (国家民委). A local
 * 民委 is its place's 民族事务委员会, with the other short organs of that shape (外办 外事办公室, 侨办 侨务办公室, 金融办 金融工作办公室);
 * the second name some bodies write in brackets after the first (民委（宗教局）, 民宗委（宗教局）) leaves the first the author. Kinds at
 * province, city and county levels, crossed with every page and year form of ./openingProbes.ts, the abbreviations the report's place
 * expands (市民委 → 白城市民族事务委员会) among them, and a lead that names the author with its bracketed second name. The near misses
 * keep words that end in the same characters (市民委托, 居民委员会, 村民委员会) no organ.
 */
import { describe, expect, it } from 'vitest'
import { author, type Author } from './openingAuthors'
import { metaOf, probesOf } from './openingProbes'
import { describeForms } from './probeForms'
import { readOrgan } from '../../src/extract/organs'

const a = author

const KINDS: Author[] = [
  a('city-bureau', '白城市民委', '白城市民族事务委员会', '白城市', '民族宗教', '我委', { name: '市民委', place: '白城市', agency: '白城市民族事务委员会' }),
  a('county-bureau', '通榆县民委', '通榆县民族事务委员会', '通榆县', '民族宗教', '我委', { name: '县民委', place: '通榆县', agency: '通榆县民族事务委员会' }),
  a('province-dept', '吉林省民委', '吉林省民族事务委员会', '吉林省', '民族宗教', '我委'),
  a('city-bureau', '珠海市外办', '珠海市外事办公室', '珠海市', '外事', '我办', { name: '市外办', place: '珠海市', agency: '珠海市外事办公室' }),
  a('county-bureau', '洮北区金融办', '洮北区金融工作办公室', '洮北区', '金融', '我办', { name: '区金融办', place: '洮北区', agency: '洮北区金融工作办公室' }),
]

describeForms(probesOf(KINDS))

/** Leads that name the author with its bracketed second name, as the r30 opening does. */
const BRACKETED: [string, string, string, string][] = [
  ['白城市民委（宗教局）', '白城市民族事务委员会', '白城市', '民族宗教'],
  ['大安市民委（市宗教局）', '大安市民族事务委员会', '大安市', '民族宗教'],
  ['镇赉县民宗委（宗教局）', '镇赉县民族宗教事务委员会', '镇赉县', '民族宗教'],
  ['松原市外办（市侨办）', '松原市外事办公室', '松原市', '外事'],
  ['洮南市金融办（市金融服务中心）', '洮南市金融工作办公室', '洮南市', '金融'],
]
const LEADS = [
  (n: string, y: number) => `${y}年，${n}在市委、市政府的正确领导和省民委（宗教局）的支持指导下，深入贯彻落实党的二十大精神，认真完成各项任务。`,
  (n: string, y: number) => `${y}年，${n}坚持以习近平法治思想为指导，扎实推进依法行政，各项工作取得新进展。`,
  (n: string, y: number) => `${y}年以来，${n}认真落实法治政府建设实施纲要，依法履职。`,
]
const REST = '\n一、总体工作\n（一）加强组织领导。全年召开专题会议4次，开展执法检查12次。'

describe('a lead that names the author with a bracketed second name', () => {
  it.each(BRACKETED.flatMap(([name, agency, region, sector]) => LEADS.map((lead, i) => [`${name} ${i}`, lead(name, 2021 + i), agency, region, sector, 2021 + i] as const)))(
    '%s', async (_, text, agency, region, sector, year) => {
      expect(await metaOf({ text: text + REST })).toMatchObject({ agency, region, sector, year })
    })
})

describe('words that end as a short organ does are no organ', () => {
  it.each(['市民委托', '居民委员会', '村民委员会', '全市民委', '对外办'])('%s', (s) => expect(readOrgan(s)).toBeNull())
})
