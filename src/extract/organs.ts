/**
 * The shape of a government organ's name, so that a sentence fragment never becomes an agency.
 *
 * An organ is a place chain (./placeChain.ts) + an organ word (吉林省吉林市船营区 + 人民政府, 绍兴市 + 市场监督管理局,
 * 东城街道 + 办事处), or a central organ (司法部, 国家税务总局, 生态环境部). The organ word is a
 * department of a closed vocabulary (司法局, 卫生健康委员会, 交通运输厅 …) or a people's government
 * (./departments.ts); "参加省应急管理厅" or "建成县级农村物流中心" have no such shape. Abbreviations
 * (市场监管局, 人社局, 卫健委) are expanded to the full department name.
 */

import { afterCityShort, cityOfShort, isCityName, leagueInFull, provinceAndCity, provinceOfShort, REGIMENT_NAME } from './places'
import { expandDept, institutionStart, organWordStart } from './departments'
import { CENTRAL_SHORT, centralShape, isCentralName, STATE_SHORT } from './centralNames'
import { regionalOffice } from './regionalOffices'
import { GENERIC_ZONE, LONG_ZONE, provinceBeforeZone, ZONE_BODY } from './zoneNames'
import { bureauUnit, districtBranch, taxUnit, townStation } from './organUnits'
import { BAD_STEM, PLACE_LAST, placeChain } from './placeChain'

const GOVERNMENT = /^(?:人民政府|政府|行政公署|行署|办事处|管委会|管理委员会)/

/** Central organs: ministries (司法部), national administrations (国家税务总局), 国务院 and its offices. */
export function isCentral(s: string): boolean {
  return centralShape(s) && !localUnderCentral(s) && isCentralName(s)
}

/**
 * A local office of a vertically managed central organ, named after it ("国家税务总局鄂州市税务局"):
 * the local organ with its own place (鄂州市税务局), as an outer place is dropped from a district's organ.
 */
function localUnderCentral(s: string): Organ | null {
  // (or under a ministry: 交通运输部长江航务管理局, 水利部长江水利委员会)
  if (!/^(?:国家|中国|海关|金融监管总局)|^[\u4e00-\u9fff]{1,8}部/.test(s)) return null
  for (let k = 3; k <= Math.min(16, s.length - 3); k++) {
    if (!isCentralName(s.slice(0, k))) continue
    const local = readOrgan(s.slice(k), { lenient: true }) ?? regulatorOffice(s.slice(k))
    if (local && local.place) return local
  }
  return null
}

/**
 * A central organ's local office named by its city's or province's short name and its kind (国家金融监督管理总局绍兴监管分局,
 * 中国证券监督管理委员会浙江监管局, 国家统计局宁波调查队): the local office as written (绍兴监管分局, 宁波调查队), as a maritime
 * office named by a short name is (大连海事局); ./places.ts gives it its field (金融, 统计).
 */
function regulatorOffice(s: string): Organ | null {
  const m = /^([\u4e00-\u9fff]{2,4}?)(监管分?局|调查总?队)$/.exec(s)
  return m && (cityOfShort(m[1]) || provinceOfShort(m[1])) ? { name: s, place: m[1], organ: m[2], central: false } : null
}

export interface Organ {
  /** The full name (abbreviated department words expanded). */
  name: string
  /** The place chain before the organ word ('' for a central organ or a place-less abbreviation). */
  place: string
  /** The organ word (人民政府, 市场监督管理局, 司法部 …). */
  organ: string
  central: boolean
}

/**
 * A town or street whose name of two starts with a level's character (县前街道, 市桥镇, 州前街道, 县街街道), named alone before its own
 * government's word: no county, city or prefecture abbreviated before it can own a town of a one-character name. (县辖镇, 市直街道,
 * 县属乡, 县内镇 are the level's towns, no name.)
 */
function levelNamedTown(chain: string, word: string): string[] | null {
  return /^(?:人民政府|政府|办事处)$/.test(word) && /^[市县区州][\u4e00-\u9fff](?:镇|乡|街道)$/.test(chain) && !/[省市区县州镇乡的在与及对全各本我该辖直属内外]/.test(chain[1]) ? [chain] : null
}

export interface ReadOptions {
  /** Accept a place-less department (市场监管局, place ''): the caller expands it with the report's place. */
  placeless?: boolean
  /** The name starts a line of its own (title, signature, page line): longer unknown city stems are fine. */
  lenient?: boolean
}

function cityZone(s: string): Organ | null {
  const m = LONG_ZONE.exec(s)
  if (!m || !isCityName(`${m[1]}市`) || placeChain(m[0], true) || GENERIC_ZONE.test(m[0].slice(m[1].length).replace(/^市/, ''))) return null
  // (after its city written with 市, 衢州市智造新城, it is the zone's own, the city its outer place, as 南昌市小蓝经济技术开发区's)
  const zone = s[m[1].length] === '市' ? m[0].slice(m[1].length + 1) : m[0]
  return { name: `${zone}管理委员会`, place: zone, organ: '管理委员会', central: false }
}

/**
 * A corps division merged with its city (第八师石河子市, 兵团第六师五家渠市): the city, as an outer place is dropped; a division before a
 * regiment it has (第八师一五〇团) is no place of the regiment's either (师市 names the division-city, the division alone none).
 */
const DIVISION = new RegExp(`^(?:新疆生产建设兵团|兵团)?第[一二三四五六七八九十]{1,3}师(?=[\u4e00-\u9fff]{2,6}市|${REGIMENT_NAME})`)
export const withoutDivision = (s: string) => (s.includes('师') ? s.replace(DIVISION, '') : s) // (every division's name holds 师: most strings are read without the regex)
const FREE_TRADE_AREA = /^(?:中国)?[（(]?[\u4e00-\u9fff]{2,8}?[)）]?自由贸易试验区(?=[\u4e00-\u9fff]{2,4}片区)/
/** The corps itself, a province's level: its departments (新疆生产建设兵团司法局) keep its name as their place. */
const CORPS = '新疆生产建设兵团'

/**
 * A zone's grade written inside its name (青河省级经济开发区, 宁都省级高新技术产业开发区, 湘阴省级工业园区, X国家级经济技术开发区): read
 * without it, as the zone's kind is (./zoneNames.ts), and kept in the name as written.
 */
const ZONE_GRADE = /(?<=[\u4e00-\u9fff]{2})(省级|国家级)((?:经济技术|高新技术产业|经济|高新)?开发区|高新区|(?:高新技术|高新|经济技术|经济)?(?:工业|产业)园区)/
function withGrade(o: Organ | null, grade: string, kind: string): Organ | null {
  if (!o?.place.endsWith(kind) || !o.name.startsWith(o.place)) return null
  const place = o.place.slice(0, -kind.length) + grade + kind
  return { ...o, name: place + o.name.slice(o.place.length), place }
}

/** `s` read as exactly one organ name, or null when it has not the shape of one. */
export function readOrgan(s: string, { placeless = false, lenient = false }: ReadOptions = {}): Organ | null {
  s = withoutDivision(s)
  if (s.length < 2 || s.length > 40) return null
  // An organ with the state's name before it (中华人民共和国南京海关, 中华人民共和国水利部): named without it, as organs are.
  if (s.startsWith('中华人民共和国') && s.length > 9) return readOrgan(s.slice(7), { placeless, lenient })
  const graded = ZONE_GRADE.exec(s)
  if (graded) return withGrade(readOrgan(s.slice(0, graded.index) + s.slice(graded.index + graded[1].length), { placeless, lenient }), graded[1], graded[2])
  // A zone's committee after its province's short name and its city's (广西钦州临港经济区管理委员会): the zone's, the province dropped.
  const provinceShort = provinceBeforeZone(s)
  if (provinceShort) return readOrgan(s.slice(provinceShort), { placeless, lenient })
  // A free trade zone's area under the zone's name (中国（浙江）自由贸易试验区宁波片区管理委员会): the area, named by its city (宁波片区).
  if (s.includes('自由贸易试验区') && FREE_TRADE_AREA.test(s)) return readOrgan(s.replace(FREE_TRADE_AREA, ''), { placeless, lenient })
  // A county's or district's name with its level word doubled, the full name run into the short one (元谋县县卫生健康局, a slip of
  // the pen; no department's name starts with 县, nor a place's stem with 区区): the full name.
  const doubled = Math.max(s.indexOf('县县'), s.indexOf('区区'))
  if (doubled >= 2) return readOrgan(s.slice(0, doubled + 1) + s.slice(doubled + 2), { placeless, lenient })
  // A street office by its short name (东湖街道办, 穆寨街办): the 办事处.
  if (s.endsWith('街道办')) return readOrgan(`${s}事处`, { placeless, lenient })
  if (s.endsWith('街办') && s.length > 3) return readOrgan(`${s.slice(0, -1)}道办事处`, { placeless, lenient })
  // (中国民航西南地区管理局 has a national administration's shape: it is a regional office)
  const regional = regionalOffice(s)
  if (regional) return regional
  const local = localUnderCentral(s)
  if (!local && centralShape(s) && isCentralName(s)) {
    // A national administration by its short name (国家林草局, 国家医保局): the full name; a ministry
    // without the state's name before it (中华人民共和国水利部 → 水利部), as central organs are named.
    // (a regulator by its short name, 中国证监会, 国家民委, 国务院国资委: the full name)
    const lead = /^(?:国家|中国|国务院)/.exec(s)?.[0]
    const rest = lead ? s.slice(lead.length) : ''
    const name = lead === '国家' ? `国家${CENTRAL_SHORT[rest] ?? expandDept(rest)}` : lead === '中国' ? `中国${CENTRAL_SHORT[rest] ?? rest}`
      : lead === '国务院' && rest.endsWith('委') ? `国务院${expandDept(rest)}` : STATE_SHORT[s] ?? s
    return { name, place: '', organ: name, central: true }
  }
  if (local) return local
  // A customs district named after its city or province (南京海关, 浙江海关): kept as written, as a maritime office is.
  const customs = s.endsWith('海关') ? /^([\u4e00-\u9fff]{2,4})海关$/.exec(s) : null
  if (customs) return cityOfShort(customs[1]) || provinceOfShort(customs[1]) ? { name: s, place: customs[1], organ: '海关', central: false } : null
  // A place's bodies of one field named together (渭南市气象部门, 青河县市场监管部门): that field's department of the place; never
  // without its place (县气象部门, 有关部门, 各级气象部门 name no one organ).
  if (s.endsWith('部门') && s.length > 4) {
    const field = readOrgan(`${s.slice(0, -2)}局`, { lenient })
    return field && field.place && !GOVERNMENT.test(field.organ) ? field : null
  }
  const branch = districtBranch(s, lenient) ?? townStation(s, lenient) ?? bureauUnit(s, lenient) ?? taxUnit(s, lenient)
  if (branch) return branch
  const zone = s.endsWith('管理局') ? ZONE_BODY.exec(s) : null
  if (zone && !GENERIC_ZONE.test(zone[1]) && !BAD_STEM.test(zone[1])) return { name: s, place: zone[1], organ: '管理局', central: false }
  const named = /(?:管委会|管理委员会)$/.test(s) ? cityZone(s) : null
  if (named) return named
  const at = organWordStart(s, s.length)
  if (at < 0) return null
  let chain = s.slice(0, at)
  const word = s.slice(at)
  const organ = expandDept(word)
  if (!chain) return placeless && !GOVERNMENT.test(word) ? { name: organ, place: '', organ, central: false } : null
  // A street office named under its district's government (鲤城区人民政府金龙街道办事处): the places without it.
  const dispatched = word === '办事处' ? /^(.+?)人民政府(.+街道)$/.exec(chain) : null
  if (dispatched && placeChain(dispatched[1], lenient)) chain = dispatched[1] + dispatched[2]
  // A department named under its government (北京市人民政府外事办公室, 湖南省人民政府国有资产监督管理委员会): the place
  // and the department, as it names itself for short (北京市外事办公室).
  if (chain === CORPS && !GOVERNMENT.test(word)) return { name: chain + organ, place: chain, organ, central: false }
  // (a prefecture's department under its 行政公署: 大兴安岭地区行政公署司法局)
  const underGovernment = GOVERNMENT.test(word) ? null : /^(.+?)(?:(?:人民)?政府|行政公署)$/.exec(chain)
  if (underGovernment && placeChain(underGovernment[1], lenient)) chain = underGovernment[1]
  // A provincial office of a vertically managed system named by the province's short name (浙江海事局):
  // the short name is its place; a government never names itself so (浙江人民政府 is no organ).
  // An organ named by its province's short name and its city's (湖南常德市场监督管理局, 广东韶关市交通运输局, 四川成都市人民政府): the city's,
  // in the province; so is one of a place under that city (湖北荆州市荆州区司法局: 湖北省荆州市荆州区).
  const provinceCity = provinceAndCity(chain)
  const provinceChain = provinceCity ? null : provinceAndCity(chain, true)
  if (provinceCity) chain = provinceCity
  else if (provinceChain && placeChain(provinceChain, lenient)) chain = provinceChain
  else {
    // (a city's short name run into the places under it, 宁波北仑区司法局: those places, the city not added)
    const under = afterCityShort(chain)
    if (under && placeChain(under, lenient)) chain = under
  }
  chain = leagueInFull(chain)
  // A town's station named by the town's stem under its county (安吉县孝丰司法所): the station as written, in the county.
  const stemStation = /[所站]$/.test(word) && institutionStart(word, word.length) === 0 ? /^(.{2,}[县区市旗])([\u4e00-\u9fff]{2,3})$/.exec(chain) : null
  if (stemStation && !placeChain(chain, lenient) && placeChain(stemStation[1], lenient) && !BAD_STEM.test(stemStation[2]) && !PLACE_LAST.has(stemStation[2].at(-1)!)) {
    return { name: chain + organ, place: stemStation[1], organ: stemStation[2] + organ, central: false }
  }
  const places = placeChain(chain, lenient) ?? levelNamedTown(chain, word)
  const province = places || GOVERNMENT.test(word) || !/[局厅]$/.test(organ) ? null : provinceOfShort(chain)
  if (!places && !province) {
    // A prefecture city's department named by the city's short name (烟台人力资源和社会保障局): the city's; a
    // maritime office so named (大连海事局) is a vertically managed one, kept as written like 浙江海事局, and so is a city's
    // arbitration commission, whose statutory name is the city's short one (嘉兴仲裁委员会).
    if (!isCityName(`${chain}市`) || GOVERNMENT.test(word)) return null
    if (organ !== '海事局' && organ !== '仲裁委员会') chain = `${chain}市`
  } else if (province && organ !== '海事局') {
    // A province's own department named by the province's short name (江西司法厅, 湖南林业局, 广西民政厅): the province's, in full.
    chain = province
  }
  return { name: chain + organ, place: chain, organ, central: false }
}
