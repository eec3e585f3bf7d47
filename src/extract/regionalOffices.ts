/**
 * Regional offices of vertically managed central systems, which name themselves by a region, a river or a city's short
 * name rather than by a place chain + organ word, so ./organs.ts's general shape does not read them: civil aviation's
 * regional administrations (民航华东地区管理局) and provincial safety offices (民航浙江安全监督管理局), the river basin
 * commissions (长江水利委员会, 太湖流域管理局), a ministry's regional bureaus (生态环境部华东督察局, 自然资源部东海局), the
 * shipping administrations (长江航务管理局), the railway supervision bureaus (沈阳铁路监督管理局), the exit-entry border
 * inspection stations (上海出入境边防检查总站), the central bank's branches (中国人民银行长沙中心支行, 中国人民银行河北省分行), the
 * Yellow River's river bureaus (山东黄河河务局) and the forestry administration's resident offices (…驻成都森林资源监督专员办事处).
 * The names and seats are reference data, like the province list. Each office is kept as written, the whole name being its
 * organ word (no place chain precedes it); its `place` is the short name of the city or province it sits in, which
 * ./metadata.ts reads as the region (as it reads 浙江海事局's or 拱北海关's).
 */

import { cityOfShort, provinceOfShort } from './places'
import type { Organ } from './organs'

/** Where each region's or river's office sits (the seat's short name). */
const SEATS: Record<string, string> = {
  华北: '北京', 东北: '沈阳', 华东: '上海', 中南: '广州', 西南: '成都', 西北: '西安', 新疆: '新疆',
  长江: '武汉', 黄河: '郑州', 淮河: '蚌埠', 海河: '天津', 珠江: '广州', 松辽: '长春', 太湖: '上海',
}
const AVIATION_REGION = /^(?:中国)?民航(华北|东北|华东|中南|西南|西北|新疆)地区管理局$/
const BASIN = /^(长江|黄河|淮河|海河|珠江|松辽)水利委员会$|^(太湖)流域管理局$/
const SHIPPING = /^(长江|珠江)航务管理局$/
/** Offices named by a city's or a province's short name and their kind. */
const BY_SHORT_NAME = /^(?:民航([\u4e00-\u9fff]{2,3}?)安全监督管理局|([\u4e00-\u9fff]{2,3}?)铁路监督管理局|([\u4e00-\u9fff]{2,3}?)出入境边防检查总?站)$/
/** A ministry's regional bureaus, named with their ministry (生态环境部华东督察局, 自然资源部东海局), and where each sits. */
const MINISTRY_REGIONAL: [RegExp, Record<string, string>][] = [
  [/^生态环境部(华北|东北|华东|华南|西北|西南)督察局$/, { 华北: '北京', 东北: '沈阳', 华东: '南京', 华南: '深圳', 西北: '西安', 西南: '成都' }],
  [/^自然资源部(北海|东海|南海)局$/, { 北海: '青岛', 东海: '上海', 南海: '广州' }],
]
/** The central bank's branches, by a city's short name (长沙中心支行) or by a place written in full (河北省分行, 宁波市分行). */
const CENTRAL_BANK = /^中国人民银行([\u4e00-\u9fff]{2,8}?)(?:中心支行|分行|营业管理部)$/

const known = (short: string) => !!(cityOfShort(short) || provinceOfShort(short))

/**
 * The Yellow River commission's river bureaus, each named by its province's, city's or county's short name and nested under the one
 * above it (黄河水利委员会山东黄河河务局济南黄河河务局, 河南黄河河务局郑州河务局): the innermost bureau of a known place as written, with
 * the bureaus under it whose place is a county's short name (济南黄河河务局天桥黄河河务局, in 济南); none of a known place, none.
 */
const RIVER_BUREAU = /([\u4e00-\u9fff]{2,3}?)(?:黄河)?河务局/gy
function riverBureau(s: string): Organ | null {
  const units = s.replace(/^(?:水利部)?黄河水利委员会/, '')
  const found: RegExpExecArray[] = []
  RIVER_BUREAU.lastIndex = 0
  for (let m = RIVER_BUREAU.exec(units); m; m = RIVER_BUREAU.exec(units)) found.push(m)
  const end = found.at(-1)
  if (!end || end.index + end[0].length !== units.length || !/^[\u4e00-\u9fff]{2,3}黄河河务局/.test(units)) return null
  const inner = found.filter((m) => known(m[1])).at(-1)
  return inner ? { name: units.slice(inner.index), place: inner[1], organ: units.slice(inner.index), central: false } : null
}

/**
 * The forestry administration's resident supervision offices (国家林业和草原局驻成都森林资源监督专员办事处, 国家林草局驻内蒙古自治区…专员办):
 * the office named in full, in the city or province it is resident in.
 */
const FOREST_OFFICE = /^国家(?:林业和草原|林草)局驻([\u4e00-\u9fff]{2,8}?)(?:森林资源监督专员办事处|专员办)$/
function forestOffice(s: string): Organ | null {
  const m = FOREST_OFFICE.exec(s)
  const place = m?.[1].replace(/(?:省|市|(?:壮族|回族|维吾尔)?自治区)$/, '')
  const name = `国家林业和草原局驻${m?.[1]}森林资源监督专员办事处`
  return place && known(place) ? { name, place, organ: name, central: false } : null
}

/**
 * How every name the forms above read ends (AVIATION_REGION … CENTRAL_BANK, the river bureaus): any other name is tried for a
 * forest office alone. Organs of every kind are read through here, at every start of a name in running text, and one endsWith
 * each is cheaper than the eight regexes they all failed.
 */
const ENDINGS = ['地区管理局', '水利委员会', '流域管理局', '航务管理局', '安全监督管理局', '铁路监督管理局', '检查站', '检查总站', '督察局', '海局',
  '中心支行', '分行', '营业管理部', '河务局']

/**
 * A state-farm system's branch bureau under its province's reclamation bureau (黑龙江省农垦总局红兴隆分局, 黑龙江省农垦建三江管理局): named by
 * its reclamation area, no place chain, kept as 农垦 + the area + its kind (农垦红兴隆分局), in the province written before it; with no
 * province written, none (农垦 areas are no places of the lists).
 */
const RECLAMATION = /^([\u4e00-\u9fff]{2,3}?)(?:省|壮族自治区|自治区)?农垦(?:总局)?([\u4e00-\u9fff]{2,4}?)(分局|管理局)$/
function reclamationBureau(s: string): Organ | null {
  const m = RECLAMATION.exec(s)
  if (!m || !provinceOfShort(m[1]) || /^(?:总局|管理|分局)/.test(m[2])) return null
  const name = `农垦${m[2]}${m[3]}`
  return { name, place: m[1], organ: name, central: false }
}

/** `s` read as a regional office of a vertically managed system, or null. */
export function regionalOffice(s: string): Organ | null {
  if (s.includes('农垦')) return reclamationBureau(s)
  if (!ENDINGS.some((e) => s.endsWith(e))) return s.includes('驻') ? forestOffice(s) : null
  const seat = AVIATION_REGION.exec(s)?.[1] ?? BASIN.exec(s)?.slice(1).find(Boolean) ?? SHIPPING.exec(s)?.[1]
  if (seat) return { name: s, place: SEATS[seat], organ: s, central: false }
  for (const [re, seats] of MINISTRY_REGIONAL) {
    const region = re.exec(s)?.[1]
    if (region) return { name: s, place: seats[region], organ: s, central: false }
  }
  const byShort = BY_SHORT_NAME.exec(s)?.slice(1).find(Boolean)
  if (byShort) return known(byShort) ? { name: s, place: byShort, organ: s, central: false } : null
  const short = CENTRAL_BANK.exec(s)?.[1].replace(/(?:省|市|(?:壮族|回族|维吾尔)?自治区)$/, '')
  if (short) return known(short) ? { name: s, place: short, organ: s, central: false } : null
  return s.endsWith('河务局') ? riverBureau(s) : s.includes('驻') ? forestOffice(s) : null
}
