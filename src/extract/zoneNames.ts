/**
 * The names of development zones and parks as organs.ts reads them: their kinds alone (no place until the text names them), the kind's
 * words inside a name, and the shapes of a zone's own bodies. Reference shapes only; the splitting of place chains is ./organs.ts.
 */
import { isCityName, provinceOfShort } from './places'

/**
 * A zone named by its kind alone (经济开发区, 高新区, 新区) or by the short form of its kind (经开区, 综保区,
 * 自贸区, 园区), or by a tail of its kind read inside it (济技术开发区 of 经济技术开发区), is no place until
 * the text gives its name (宁河经济开发区); so is a forest district by its kind (林区 of 林区司法局: ./authorExpand.ts expands it).
 */
export const GENERIC_ZONE = /^(?:(?:经济|高新|经济技术|高新技术产业|新)?(?:经济技术开发区|高新技术产业开发区|开发区|高新区|新区)|(?:自由贸易|贸易|自贸)?试验区|(?:综合|经济综合|改革)?实验区|片区|(?:经开|经济|综保|保税|自贸|工业园|产业园|园)区|(?:高新技术|高新|经济技术|经济)(?:工业|产业)园区|(?:济|济技术|技术|新技术产业|技术产业|术产业)开发区|(?:国家|省级)?(?:旅游)?度假区|风景(?:名胜)?区|景区|旅游区|(?:综合)?保税港区|港区|林区)$/

/**
 * A development zone's kind before 开发区 (湄洲湾北岸经济开发区), a park's before 园区 (奉新高新技术产业园区) or an airport or port zone's
 * before 经济区 (双龙航空港经济区, 黄花临空经济区): the kind's words are no part of its name's stem (奉新, 双龙).
 */
export const zoneKind = (place: string, stem: number) => (place.endsWith('开发区') ? /(?:经济技术|高新技术产业|经济|高新)$/.exec(place.slice(0, stem))?.[0].length ?? 0
  : place.endsWith('园区') ? /(?:高新技术|高新|经济技术|经济)?(?:工业|产业)园$/.exec(place.slice(0, stem))?.[0].length ?? 0
    : place.endsWith('经济区') ? /(?:航空港|空港|临空|临港)$/.exec(place.slice(0, stem))?.[0].length ?? 0 : 0)
/** The kinds of an industrial zone a county or district names after its own full name (武隆区工业园区, 奉新县高新技术产业园区). */
export const PARK_KIND = /^(?:(?:经济技术|高新技术产业|经济|高新)?开发区|高新区|经开区|(?:高新技术|高新|经济技术|经济)?(?:工业|产业)园区)$/

/**
 * A prefecture city's short name that ends in a level's character (杭州, 苏州) before a zone's name is no 州 but the start of the
 * zone's (杭州钱塘新区, 杭州综合保税区: one place, named as written, as 宁波高新技术产业开发区 is), also after another city's short
 * name (宁波杭州湾新区: a zone named after a bay, 杭州湾, not a 州 named 宁波杭).
 */
export const ZONE_NAME = /^[\u4e00-\u9fff]{0,8}?(?:新区|开发区|高新区|经济区|保税区|保税港区|合作区|示范区|试验区|园区|投资区|度假区|风景名胜区)$/
export const cityShortBeforeZone = (place: string, rest: string) => rest !== '' && (isCityName(`${place}市`) || (place.length > 3 && isCityName(`${place.slice(-2)}市`) && isCityName(`${place.slice(0, -2)}市`))) && ZONE_NAME.test(rest)

/**
 * A zone's committee after its province's short name and its city's (广西钦州临港经济区管理委员会, 江西赣州经济技术开发区管委会): the length
 * of the province's short name, an outer place the committee's name drops (the zone ruling: named as the text names the zone, its region
 * the zone), or 0. Not a municipality's (天津滨海高新区 is read as it was) nor a zone named after no city (湖南湘江新区).
 */
export function provinceBeforeZone(s: string): number {
  const zone = /^([\u4e00-\u9fff]{6,24}?)(?:管委会|管理委员会)$/.exec(s)?.[1]
  if (!zone) return 0
  return [2, 3].find((k) => {
    const province = provinceOfShort(zone.slice(0, k))
    const rest = zone.slice(k)
    return province && !province.endsWith('市') && !zone.startsWith(province) && [2, 3].some((n) => cityShortBeforeZone(rest.slice(0, n), rest.slice(n)))
  }) ?? 0
}

/** A zone's statutory body named after it (洋浦经济开发区管理局, 博鳌乐城国际医疗旅游先行区管理局): its place is the zone. */
export const ZONE_BODY = /^([\u4e00-\u9fff]{2,16}?(?:开发区|新区|合作区|先行区|试验区|示范区|自贸区|园区|保税区|保税港区|度假区|风景名胜区))管理局$/
/**
 * A zone of a long name after its city's name (郑州航空港经济综合实验区管委会: a stem past the eight characters a place's stem may have), or
 * of a kind no place chain reads (衢州市智造新城, 舟山港综合保税区, X产业集聚区),
 * governed by its 管理委员会: one place, named as written; written after its city with 市 (衢州市智造新城管委会), the zone without the
 * city, as the agency ruling names a place's organ (./organs.ts cityZone).
 */
export const LONG_ZONE = /^([\u4e00-\u9fff]{2,3}?)市?[\u4e00-\u9fff]{1,12}?(?:实验区|试验区|先行区|示范区|合作区|新城|综合保税区|集聚区)(?=管委会$|管理委员会$)/
