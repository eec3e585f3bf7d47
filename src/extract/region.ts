/**
 * The report's region: the place as fully as the text states it, from the author's own place chain outward (./metadata.ts
 * asks; ./agency.ts finds the author).
 */
import { ANOTHERS, cjkBefore, nameMayStart, occurrences, outsideTitles } from './placesNamed'
import { countyOfTown } from './townCounty'
import { readOrgan } from './organs'
import { placeChain, placeParts } from './placeChain'
import { ADDRESSEE } from './authorChrome'
import { afterCityShort, cityOfShort, isCityName, MUNICIPALITIES, provinceOfCity, provinceOfShort, PROVINCES, REGIMENT } from './places'

/** The place a string ends with (中共重庆市 → 重庆市), or null; none when the chain it ends is another's (与南京市). */
function trailingPlace(s: string): string | null {
  for (let k = 0; k + 2 <= s.length; k++) {
    const parts = nameMayStart(s, k) ? placeChain(s.slice(k)) : null
    if (parts) return ANOTHERS.test(s.slice(0, k)) ? null : parts[parts.length - 1]
  }
  return null
}

/** Places that may be written before another in a chain: a province, a city, a prefecture, a region, a league. */
const OUTER_LEVEL = /(?:省|自治区|市|州|地区|盟)$/
/** A town-level place (a 兵团 regiment too, 106团), and a county-level one written before it. */
const isTown = (p: string) => /(?:镇|乡|街道|苏木|农场)$/.test(p) || REGIMENT.test(p)
const COUNTY_LEVEL = /(?:[县旗区市]|自治[县旗])$/
/** Zones named after their city (湛江经济技术开发区, 兰州新区). */
const ZONE = /(?:开发区|高新区|经济区|新区|园区|保税区|保税港区|合作区|试验区|示范区|投资区|度假区|风景名胜区)$/

/** A city written without 市 whose name ends in 州 (杭州, 徐州): no prefecture. */
const cityWithoutShi = (s: string) => /[^治]州$/.test(s) && isCityName(`${s.slice(0, -1)}市`)

/**
 * `region` extended outward with the places the text writes right before its outermost one (吉林市 → 吉林省吉林市,
 * 凯里市 → 黔东南州凯里市). A prefecture may be written by its short form (黔东南州, 恩施州); a city written without
 * 市 (杭州西湖区) is not one.
 */
function withOuterPlaces(text: string, region: string): string {
  for (let step = 0; step < 3; step++) {
    const outer = placeParts(region)[0]
    const counts = new Map<string, number>()
    // (an autonomous prefecture's name with its province runs to 16 characters: 吉林省延边朝鲜族自治州)
    for (const at of occurrences(text, outer)) {
      const p = trailingPlace(cjkBefore(text, at, 16))
      if (p) counts.set(p, (counts.get(p) ?? 0) + 1)
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
    // (a town's or street's county written right before it, 中共张店区房镇镇委员会, is its outer place too)
    const level = isTown(outer) ? COUNTY_LEVEL : OUTER_LEVEL
    if (!best || region.includes(best) || !level.test(best) || cityWithoutShi(best)) break
    region = best + region
  }
  return region
}

/**
 * A city's short name ending in 州 before a county-level place (台州温岭市, 杭州西湖区): a city written without 市 is not added (the
 * region ruling), nor read as a prefecture's short 州, which is (黔东南州凯里市); a zone named after it keeps it (杭州钱塘新区). So for
 * the places under that one (温州苍南县灵溪镇 → 苍南县灵溪镇) and for the other short names run into a county and a town under it
 * (宜宾屏山县龙华镇 → 屏山县龙华镇), as the organ itself is read (./places.ts).
 */
function withoutCityShort(region: string): string {
  const parts = placeParts(region)
  if (parts.length >= 2 && /[^自治]州$/.test(parts[0]) && isCityName(`${parts[0]}市`) && /(?:[县旗市]|[^新]区)$/.test(parts[1]) && !ZONE.test(parts[1])) return parts.slice(1).join('')
  const under = parts.length > 1 ? afterCityShort(parts[0]) : null
  return under && placeChain(under)?.length === 1 && /(?:[县旗市]|[^新]区)$/.test(under) && !ZONE.test(under) ? under + parts.slice(1).join('') : region
}

/**
 * The place as fully as the text states it: the agency's own place chain, extended outward with
 * the place the text writes right before it (吉林市船营区); for a district or county found inside
 * a city, the province the text names (吉林省 … 吉林市船营区). A city's own report that cites a
 * provincial regulation (《浙江省…条例》) does not thereby state its province. `organ`: the organ word
 * (a zone's own 管理委员会 is the zone, a department of a zone lies in the city it is named after).
 */
export function findRegion(text: string, chain: string, organ: string): string | null {
  if (!chain) return null
  // An office named by its province's short name (浙江海事局) is in that province.
  const province = provinceOfShort(chain)
  if (province) return province
  // A customs district named by its city's short name (南京海关) is in that city, one named otherwise (拱北海关) in its seat.
  const seat = cityOfShort(chain)
  if (seat) return seat
  let region = withoutCityShort(withOuterPlaces(text, chain))
  // A county-level organ whose addressee line names its superiors of a city (衢州市卫生健康委员会、龙游县人民政府：) lies in that city.
  const only = placeParts(region)
  if (only.length === 1 && /(?:[县旗]|[^新]区|市)$/.test(only[0]) && !isCityName(only[0]) && !ZONE.test(only[0]) && !PROVINCES.includes(only[0])) {
    const city = cityOfAddressee(text, only[0])
    const outer = city ?? cityBeforeStem(text, only[0]) ?? cityLocated(text, only[0])
    if (outer) region = withOuterPlaces(text, outer + region)
  }
  // A town (or a state farm) the text writes without its county lies in the county it names as a governing body (禄丰县委 … 中村乡),
  // with the places the text writes before that county (苏州市吴中区委 → 苏州市吴中区木渎镇).
  if (isTown(placeParts(region)[0])) {
    const county = countyOfTown(text)
    if (county && !region.includes(county)) region = withOuterPlaces(text, county + region)
  } else if (placeParts(region).length === 2 && isTown(placeParts(region)[1]) && OUTER_LEVEL.test(placeParts(region)[0])) {
    // (one written after its city alone, 宜宾市龙华镇, lies in the county between: 龙华镇位于屏山县 → 宜宾市屏山县龙华镇; a city with no
    // counties, 中山市, names none)
    const [city, town] = placeParts(region)
    const county = countyOfTown(text)
    if (county && COUNTY_LEVEL.test(county) && placeParts(county).length === 1 && county !== city) region = city + county + town
  }
  // A zone's department named after its city (湛江经济技术开发区应急管理局) lies in that city when the text names it
  // (湛江市) outside a document's title (《珠海市…工作要点》 is the city's plan, not where the zone lies); the zone's own 管理委员会
  // reports for the zone.
  const first = placeParts(region)[0]
  const city = `${first.slice(0, 2)}市`
  // (one named after its city's full name, 西安市高新区, holds the city already)
  if (ZONE.test(first) && !first.startsWith(city) && !/^(?:管理委员会|管委会|管理局)$/.test(organ) && isCityName(city) && outsideTitles(text).includes(city)) region = city + region
  // A zone's own committee named after its city, written after that city (南昌市南昌高新技术产业开发区管委会): the zone, as one written
  // alone is (the zone ruling: no city added).
  const zoneAt = placeParts(region).findIndex((p, k, all) => k > 0 && ZONE.test(p) && all[k - 1].endsWith('市') && p.startsWith(all[k - 1].slice(0, -1)))
  if (zoneAt > 0 && /^(?:管理委员会|管委会)$/.test(organ)) region = placeParts(region).slice(zoneAt).join('')
  const parts = placeParts(region)
  const outer = parts[0]
  if (parts.length > 1 && /市$/.test(outer) && !MUNICIPALITIES.includes(outer) && isCityName(outer)) {
    // (a province named only in a document's title, 《浙江省…纲要》, is not said to hold the place; one its own provincial body,
    // named by level, issued to it is: 省委依法治省委员会《吉林省…方案》. Only the province holding the city does: a partner's
    // province, 与江西省赣州市石城县建立联调机制, holds the partner)
    const province = provinceOfCity(outer)
    if (province && outsideTitles(text).includes(province)) region = province + region
  }
  return region
}

/**
 * A street the text writes only as X街 (龙归街, Guangzhou's way): its region as written, the agency still its 街道办事处. X街办, the
 * short name of X街道办事处 (穆寨街办), writes the street no other way than 街道 does.
 */
export function asWritten(text: string, region: string | null): string | null {
  const street = region?.endsWith('街道') ? placeParts(region).at(-1)! : ''
  return street && !text.includes(street) && new RegExp(`${street.slice(0, -1)}(?!办(?!公))`).test(text) ? region!.slice(0, -1) : region
}

/** Words between a city and a place's stem that make the place another's destination or partner (赴许昌市学习禹州经验, 与…). */
const NOT_ONE_NAME = /赴|到|去|学习|考察|参观|交流|与|和|同|向|对|比|及/
/**
 * A city the text writes in one name with the county's stem after it, the level left off (许昌市创建…示范市禹州推进会: the city's
 * campaign's meeting in 禹州, as 许昌禹州 names the county in its city): the county's city.
 */
function cityBeforeStem(text: string, county: string): string | null {
  const stem = county.slice(0, -1)
  if (stem.length < 2 || !/[县旗区]$/.test(county)) return null
  for (const at of occurrences(text, stem)) {
    if (text[at + stem.length] === county.at(-1)) continue
    const before = cjkBefore(text, at, 20)
    for (let j = before.indexOf('市'); j >= 2; j = before.indexOf('市', j + 1)) {
      const city = [4, 3, 2].map((n) => before.slice(Math.max(0, j - n), j + 1)).find((c) => c.length > 2 && isCityName(c))
      if (city && !NOT_ONE_NAME.test(before.slice(j + 1))) return city
    }
  }
  return null
}

/**
 * A verb by which a place says where it lies (地处, 位于, 隶属于) or whose it is (系温州市所辖县, 为X州代管的县级市, 归X市管辖), and the
 * prefecture-level place after it, its province before it.
 */
const LIES_IN = /^(?:(?:地处|位于|坐落于|座落于|隶属于?)(?:[\u4e00-\u9fff]{2,3}?(?:省|自治区))?([\u4e00-\u9fff]{2,8}?(?:市|自治州|州|地区|盟))|[是为系]([\u4e00-\u9fff]{2,8}?(?:市|自治州|州|地区|盟))(?:所辖|下辖|直辖|代管|管辖|辖)?的?(?:一个)?(?:县级市|自治县|自治旗|县|区|旗)(?=[，,。；;、\s]|之一)|[为归由]([\u4e00-\u9fff]{2,8}?(?:市|自治州|州|地区|盟))(?:所辖|管辖|代管))/
/**
 * The prefecture-level place a county's own sentence says it lies in (泾源县地处固原市南部, 彭阳县隶属固原市, 我县位于甘肃省临夏回族自治州)
 * or belongs to (泰顺县系温州市所辖县, 我市是恩施州代管的县级市):
 * the county's name or its 我县 right before the verb, as a town's own sentence places the town (./townCounty.ts LOCATED).
 */
function cityLocated(text: string, county: string): string | null {
  const head = text.slice(0, 4000)
  for (const name of [county, `我${county.at(-1)}`]) {
    for (const at of occurrences(head, name)) {
      // (or its next clause, whose subject it still is: 我市地处浙闽赣三省交界，隶属衢州市)
      const after = head.slice(at + name.length, at + name.length + 24)
      const next = /^[^，,。；;\n]{2,16}[，,]/.exec(after)?.[0].length
      for (const from of next ? [0, next] : [0]) {
        const lies = LIES_IN.exec(head.slice(at + name.length + from, at + name.length + from + 24))
        const outer = lies?.[1] ?? lies?.[2] ?? lies?.[3]
        if (outer && outer !== county && (isCityName(outer) || /(?:自治州|地区|盟)$/.test(outer) || prefectureShort(outer))) return outer
      }
    }
  }
  return null
}

/** A city's party committee opening an addressee's part: 绍兴市委依法治市办, 中共黔东南州委全面依法治州委员会办公室. */
const CITY_COMMITTEE = /^(?:中共)?([\u4e00-\u9fff]{2,10}?(?:市|自治州|州|地区|盟))委/

/** An autonomous prefecture by its short form (红河州, 黔东南州): not a city written without 市 (杭州, 徐州) nor a province (贵州). */
const prefectureShort = (s: string) => s.length >= 3 && /[^治]州$/.test(s) && !cityWithoutShi(s)

/** The prefecture-level place of the superiors an addressee line names (衢州市卫生健康委员会、龙游县人民政府：), not `county` itself. */
function cityOfAddressee(text: string, county: string): string | null {
  for (const line of text.slice(0, 1500).split('\n')) {
    const t = line.trim()
    if (!ADDRESSEE.test(t)) continue
    for (const part of t.replace(/[:：]$/, '').split(/[、，,]/)) {
      const o = readOrgan(part, { lenient: true })
      // (a city's party committee or its rule-of-law office, 绍兴市委依法治市办, 中共绍兴市委全面依法治市委员会办公室, names its city)
      const outer = o?.place ? placeParts(o.place)[0] : CITY_COMMITTEE.exec(part)?.[1] ?? null
      if (outer && outer !== county && (isCityName(outer) || /(?:自治州|地区|盟)$/.test(outer) || prefectureShort(outer))) return outer
    }
  }
  return null
}
