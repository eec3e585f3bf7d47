/**
 * An organ named by its level or its zone's kind alone (市水务局, 省人民政府, 高新区应急局) expanded with the places the report names
 * (./authorName.ts reads the author strings that need it), and whether one organ word abbreviates another (政务服务局 of 政务服务管理局).
 */
import { readOrgan, type Organ } from './organs'
import { innermostPlace } from './placeChain'
import { countOf, outsideTitles } from './placesNamed'
import { leadingCounty, countyOfTown } from './townCounty'
import { governingCounty } from './countyBodies'
import { autonomousPrefecture, placeOfDocument, placeOfEvent, placeOfPlatform, placeOfBrand, placeOfLevel } from './selfNamed'
import { isCityName, PROVINCE_SHORT } from './places'
import { governmentOf, ZONE, type Context } from './authorContext'

export const LEVEL_ABBREVIATION = /^(自治区|地区|林区|盟|[省市区县州旗])(.+)$/
/** A zone written by its kind alone (高新区, 经开区), with an organ word or none. */
export const ZONE_KIND = /^(经济技术开发区|高新技术产业开发区|高新区|经开区|开发区|综保区)(.*)$/

/** "市水务局" with the report's city → 武汉市水务局; "省人民政府" → 湖北省人民政府. */
export function expand(s: string, ctx: Context): Organ | null {
  const zone = ZONE_KIND.exec(s)
  if (zone) return zoneOfCity(zone[1], zone[2], ctx)
  const m = LEVEL_ABBREVIATION.exec(s)
  if (!m) return null
  const [, level, rest] = m
  // (市政府, 县政府办, 市政府研究室: the people's government and its general or research office)
  // (县政府法制办: a department named under its government, as the department)
  const word = readOrgan(rest.replace(/^(?:人民)?政府(?!办|研究室)(?=[\u4e00-\u9fff]{2})/, ''), { placeless: true }) ?? (/^(?:人民)?政府$/.test(rest) ? { organ: '人民政府' } : /^(?:人民)?政府办(?:公室)?$/.test(rest) ? { organ: '人民政府办公室' } : /^(?:人民)?政府研究室$/.test(rest) ? { organ: '人民政府研究室' } : null)
  if (!word) return null
  // A full form the text itself gives wins (《武汉市人力资源和社会保障局…》); a district's only when
  // the text names that district more than once (not a neighbour it cooperated with).
  const places = ctx.places()
  const same = ctx.known().filter((o) => abbreviates(word.organ, o.organ) && innermostPlace(o.place).endsWith(level))
  const full = same.find((o) => level !== '区' && level !== '县' || innermostPlace(o.place) === places.county)
  if (full) return readOrgan(innermostPlace(full.place) + full.organ)
  // The text writes the department in full after its place somewhere ("制发罗湖区司法局《…》").
  const written = level === '区' || level === '县' ? placeOfLevel(ctx.text, level, word.organ) : null
  const county = level === '区' || level === '县'
  // (else the one district or county whose own platform or site the text names, 推送到静海区信用信息共享平台: the r20 ruling; then the
  // one whose own numbered event it names, 嘉定区第二届市民运动会: r50c; then the one whose own document opens a title it names,
  // 《上杭县国土空间总体规划》: r53a)
  // A prefecture (地区司法处, 州司法局) or league: the one the text names (《阿里地区…》, 黔东南州委) or brands (法治阿里); a
  // city written without 市 (杭州) is no 州.
  // (a forest district's department, 林区司法局: the 林区 the text names, 在神农架林区委…领导下)
  const prefectural = level === '地区' || level === '盟' || level === '州' || level === '林区'
  // (an autonomous prefecture the text writes only in full, 阿坝藏族羌族自治州委, is the 州's)
  const prefecture = prefectural ? [placeOfLevel(ctx.text, level) ?? placeOfBrand(ctx.text, level) ?? (level === '州' ? autonomousPrefecture(ctx.text) : null)].find((p) => p && !isCityName(`${p.slice(0, -1)}市`)) ?? null : null
  // A banner (旗司法局): the one its government names or the text names as a governing body (杭锦旗委), as a town's county; else the
  // one it brands (围绕法治乌审建设目标), as a prefecture's is.
  const banner = level === '旗' ? [governedOnly(ctx, level), countyOfTown(ctx.text), placeOfBrand(ctx.text, level)].find((p) => p?.endsWith('旗')) ?? null : null
  const place = written ?? prefecture ?? banner ?? (level === '省' || level === '自治区' ? (word.organ === '人民政府' ? places.province : provinceInProse(ctx.text, places.province)) : level === '市' ? places.city ?? leadingCounty(ctx.text, level) : prefectural || level === '旗' ? null : places.county ?? (county ? placeOfBrand(ctx.text, level) ?? governingOnly(ctx, level) ?? placeOfPlatform(ctx.text, level) ?? placeOfEvent(ctx.text, level) ?? placeOfDocument(ctx.text, level) : null))
  if (!place || (county && !place.endsWith(level))) return null
  return readOrgan(place + word.organ)
}

/**
 * The province a department abbreviated by its level (省数据局, 省国资委) expands with: one the text names outside documents' titles
 * (视察广东), not only in a regulation's (《江苏省数据条例》), as a city's department's city (the 南平 ruling). A government named by
 * its level (自治区人民政府) keeps the province its report names anywhere.
 */
function provinceInProse(text: string, province: string | null): string | null {
  const short = province && PROVINCE_SHORT.find(([full]) => full === province)?.[1]
  if (short && countOf(outsideTitles(text), short)) return province
  // (or the province whose own party committee or government issued the notice the report answers, 按照《中共云南省委全面依法治省委员会
  // 办公室关于做好…报告工作的通知》: a provincial body issuing to the department, as 省委依法治省委员会《吉林省…方案》 is to its region)
  const issuer = issuingProvince(text)
  return issuer && (!province || issuer === province) ? issuer : null
}

/** A document title opening with its issuer, a province's party committee or government (《中共青海省委…关于, 《甘肃省人民政府办公厅关于). */
const ISSUED = /《(?:中共)?([^《》\n]{2,12}?)(?:委员会|党委|委|人民政府|政府)(?=[^《》\n]{0,40}?关于)/g

/** The one province that issued the notices the text names by title, if only one. */
function issuingProvince(text: string): string | null {
  const found = new Set<string>()
  for (const m of text.matchAll(ISSUED)) {
    const province = PROVINCE_SHORT.find(([full]) => m[1] === full)?.[0]
    if (province) found.add(province)
  }
  return found.size === 1 ? [...found][0] : null
}

/** The one district or county whose government or its general office the text names (a 来源 line's 阜南县人民政府), if only one. */
function governedOnly(ctx: Context, level: string): string | null {
  const places = new Set(ctx.known().filter((o) => /^人民政府(?:办公室)?$/.test(o.organ) && innermostPlace(o.place).endsWith(level)).map((o) => innermostPlace(o.place)))
  return places.size === 1 ? [...places][0] : null
}

/**
 * The one district or county of `level` that governs a department named by that level: the one whose government the text names,
 * the one that leads it (在柯桥区委、区政府的领导下) or the one whose bodies it names (列席浦城县委…会议). Two such places named
 * (参加遂昌县委…会议，并赴松阳县人民政府交流) give none.
 */
function governingOnly(ctx: Context, level: string): string | null {
  const government = governedOnly(ctx, level)
  const bodies = leadingCounty(ctx.text, level) ?? governingCounty(ctx.text, level)
  return government && bodies && government !== bodies ? null : government ?? bodies
}

/**
 * A zone a report names by its kind alone ("2023年，高新区以…", "高新区综治局") is the zone of the city the
 * text names (平安珠海, 珠海市 → 珠海高新区), governed by its 管理委员会; with no city named, nothing.
 */
function zoneOfCity(kind: string, word: string, ctx: Context): Organ | null {
  const city = ctx.places().city
  // (with no city named, a zone's department, 高新区应急局, lies in the zone of that kind the text names most, 在珠海高新区党委…领导下)
  if (!city?.endsWith('市')) {
    const zone = word ? placeOfLevel(ctx.text, kind) : null
    return zone ? readOrgan(zone + word, { lenient: true }) : null
  }
  // (as the text writes it in full when it writes the one zone of that kind: 经开区 of 龙岩市经济技术开发区管理委员会)
  const written = new Set(ctx.known().map((o) => innermostPlace(o.place)).filter((p) => ZONE.test(p) && [...p].some((_, k) => k < p.length - 2 && abbreviates(kind, p.slice(k)))))
  const zone = written.size === 1 ? [...written][0] : city.slice(0, -1) + kind
  return word ? readOrgan(zone + word, { lenient: true }) : governmentOf(zone)
}

/**
 * Whether an organ word is the full one or an abbreviation of it: the same first and last character
 * and its characters in order (政务服务局 of 政务服务管理局, 文化旅游委 of 文化和旅游发展委员会).
 */
export function abbreviates(short: string, full: string): boolean {
  if (short === full) return true
  const end = full.endsWith('委员会') && short.endsWith('委') ? full.length - 2 : full.length
  if (short[0] !== full[0] || short.at(-1) !== full[end - 1] || short.length >= end) return false
  let j = 0
  for (let i = 0; i < end && j < short.length; i++) if (full[i] === short[j]) j++
  return j === short.length
}
