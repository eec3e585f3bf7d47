/**
 * A bureau's own units that report on their own, named under it: a district's branch (广州市公安局增城区分局), a town station
 * (桐庐县市场监督管理局分水市场监督管理所), a traffic police or enforcement detachment (杭州市公安局交通警察支队). ./organs.ts reads
 * the bureau; these read what follows it.
 */
import { readOrgan, type Organ } from './organs'
import { BAD_STEM, placeChain } from './placeChain'
import { isCityName } from './places'

/**
 * A district's branch named under its city's bureau ("广州市公安局增城区分局"): the district's own
 * branch (增城区公安分局) with both places, as a district organ keeps its city only in the region.
 */
export function districtBranch(s: string, lenient: boolean): Organ | null {
  if (s.endsWith('分中心')) return shortNamedBranch(s, lenient)
  if (!s.endsWith('分局')) return null
  const m = /^(.{4,20}?局)(.{2,10}?[区县市旗])分局$/.exec(s)
  if (!m || !placeChain(m[2], lenient)) return shortNamedBranch(s, lenient)
  const bureau = readOrgan(m[1], { lenient })
  if (!bureau || bureau.central || !bureau.place || !bureau.organ.endsWith('局')) return null
  const organ = bureau.organ.slice(0, -1) + '分局'
  return { name: bureau.place + m[2] + organ, place: bureau.place + m[2], organ, central: false }
}

/**
 * A branch named under its city's bureau or commission by its district's short name (宁波市生态环境局北仑分局, 北京市规划和自然资源委员会
 * 海淀分局), read where the text never writes the district out: the branch as written, in its city (as a brigade named under its
 * detachment by its county's short name is). ./authorName.ts's shortBranch names the district's branch when the text writes the
 * district in full. A branch of a number (第一分局) or a fragment names none. A city's centre names its county branches so
 * (丽水市住房公积金管理中心云和分中心).
 */
function shortNamedBranch(s: string, lenient: boolean): Organ | null {
  const m = /^(.{4,20}?(?:局|委员会|中心))([\u4e00-\u9fff]{2,3})(分局|分中心)$/.exec(s)
  if (!m || BAD_STEM.test(m[2]) || /^第|^[一二三四五六七八九十]+$/.test(m[2])) return null
  const bureau = readOrgan(m[1], { lenient })
  if (!bureau || bureau.central || !bureau.place || !isCityName(bureau.place) || /^(?:人民政府|管理委员会)$/.test(bureau.organ)) return null
  const organ = `${bureau.organ}${m[2]}${m[3]}`
  return { name: bureau.place + organ, place: bureau.place, organ, central: false }
}

/**
 * A bureau's own unit that reports on its own (杭州市公安局交通警察支队, 义乌市公安局交警大队, a police bureau's 交通管理大队, 宁波市生态环境局
 * 综合行政执法支队):
 * the bureau's name and the unit's, in the bureau's place. Other units (…局办公室, …局党委) are no authors.
 */
export function bureauUnit(s: string, lenient: boolean): Organ | null {
  const m = s.endsWith('队') ? /^(.{4,20}?局)((?:交通警察|交警|(?<=公安局)交通管理|[\u4e00-\u9fff]{0,6}执法)(?:支队|大队)|(?:交通警察|交警)支队([\u4e00-\u9fff]{2,3})大队)$/.exec(s) : null
  const bureau = m && readOrgan(m[1], { lenient })
  if (!m || !bureau || bureau.central || !bureau.place) return null
  // (a brigade named under its city's detachment by its county's short name, …交通警察支队淄川大队; a brigade of a duty,
  // 直属大队, 高速大队, 事故处理大队, or a numbered one names no place)
  if (m[3] && (BAD_STEM.test(m[3]) || BRIGADE_DUTY.test(m[3]) || !isCityName(bureau.place))) return null
  // (交警 is the 交通警察 of its name in full, as 市场监管局 is a 市场监督管理局)
  const organ = bureau.organ + m[2].replace(/^交警/, '交通警察')
  return { name: bureau.place + organ, place: bureau.place, organ, central: false }
}
const BRIGADE_DUTY = /^(?:直属|高速|机动|特勤|秩序|事故|车管|宣传|科技|城区|郊区|铁骑|[一二三四五六七八九十]{1,3})/

/**
 * A county bureau's town station named under it (桐庐县市场监督管理局分水市场监督管理所, 宁海县司法局西店司法所): the station
 * with the bureau's place before it (桐庐县分水市场监督管理所), its stem being a town's name the text writes without its level; a
 * station of a town written as a place (…局分水镇市场监督管理所) is that town's (分水镇市场监督管理所). The station's word is its
 * bureau's with 所 for 局 (自然资源所 of 自然资源和规划局: a part of it), or a police bureau's 派出所 (苍南县公安局灵溪派出所).
 */
export function townStation(s: string, lenient: boolean): Organ | null {
  const m = s.endsWith('所') ? /^(.{4,20}?局)([\u4e00-\u9fff]{4,13}所)$/.exec(s) : null
  const bureau = m && readOrgan(m[1], { lenient })
  if (!m || !bureau || bureau.central || !bureau.place) return null
  for (let stem = 2; stem <= 4; stem++) {
    const [name, word] = [m[2].slice(0, stem), m[2].slice(stem)]
    // (a police bureau's station is its 派出所)
    if (word.length < 3 || !(bureau.organ.startsWith(word.slice(0, -1)) || (word === '派出所' && bureau.organ.endsWith('公安局'))) || BAD_STEM.test(name)) continue
    const town = placeChain(name) ? name : ''
    const place = bureau.place + town
    const organ = town ? word : name + word
    return { name: place + organ, place, organ, central: false }
  }
  return null
}

/**
 * A tax bureau's own units that report on their own: its numbered branches (杭州市税务局第一税务分局) and its inspection bureaus
 * (杭州市税务局稽查局, 第二稽查局): the bureau's name and the unit's, in the bureau's place, as a detachment is named under its bureau.
 */
export function taxUnit(s: string, lenient: boolean): Organ | null {
  const m = s.endsWith('局') ? /^(.{2,20}?税务局)((?:第[一二三四五六七八九十]{1,3})?稽查局|第[一二三四五六七八九十]{1,3}税务分局)$/.exec(s) : null
  const bureau = m && readOrgan(m[1], { lenient })
  if (!m || !bureau || bureau.central || !bureau.place) return null
  const organ = bureau.organ + m[2]
  return { name: bureau.place + organ, place: bureau.place, organ, central: false }
}
