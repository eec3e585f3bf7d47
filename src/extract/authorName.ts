/**
 * An author string read from a title, a letterhead, a page line or a sentence (中共X镇委员会
 * X镇人民政府, 市水务局, 静海区, 双合镇党委、政府) → the organ it names, or null: joint letterheads
 * resolve to the government, a department's party group to the department, abbreviations are
 * expanded with the places the report names, a place alone stands for its government.
 */
import type { ReportMeta } from './types'
import { readOrgan, type Organ } from './organs'
import { innermostPlace, placeChain } from './placeChain'
import { organsIn } from './organsIn'
import { countOf, outsideTitles, placesNamed, readPlace, type Places } from './placesNamed'
import { countyOfTown, governingCounty, leadingCounty } from './townCounty'
import { autonomousPrefecture, placeOfDocument, placeOfEvent, placeOfPlatform, placeOfBrand, placeOfLevel } from './selfNamed'
import { DISTRICTS_NAMED_NEW_AREA, isCityName, PROVINCE_SHORT } from './places'

export interface AgencyFound {
  organ: Organ | null
  source: ReportMeta['agency_source']
  evidence?: string
  /** With no agency: the department a title names without a place we can read (区市场监管局), for the sector. */
  department?: string
}

export const CJK = '\\u4e00-\\u9fff'
export const PARTY = /^(?:中共|中国共产党)|(?:党委|党组|工委|纪委|政法委|[市县区镇乡旗州]委(?:员会)?)$/
const LEVEL_ABBREVIATION = /^(自治区|地区|林区|盟|[省市区县州旗])(.+)$/
/** A zone written by its kind alone (高新区, 经开区), with an organ word or none. */
const ZONE_KIND = /^(经济技术开发区|高新技术产业开发区|高新区|经开区|开发区|综保区)(.*)$/

/**
 * The organ a place-only name stands for: 静海区 → 静海区人民政府, 东城街道 → 东城街道办事处, a zone's
 * administrative committee (大鹏新区 → 大鹏新区管理委员会); Guangzhou's "洛浦街" is 洛浦街道.
 */
/** Zones governed by an administrative committee, not a people's government (新区, 开发区, 综合保税区, 合作区 …; a state farm's 管委会). */
const ZONE = /(?:新区|新城|开发区|高新区|经开区|保税区|保税港区|综保区|自贸区|合作区|示范区|试验区|片区|园区|投资区|度假区|风景名胜区|农场)$/

export function governmentOf(place: string): Organ | null {
  if (/[^街]街$/.test(place) && readPlace(`${place}道`)) place = `${place}道`
  // (a league or a 地区 is governed by its 行政公署: 兴安盟行政公署, 和田地区行政公署)
  const word = place.endsWith('街道') ? '办事处' : ZONE.test(place) && !DISTRICTS_NAMED_NEW_AREA.has(innermostPlace(place)) ? '管理委员会'
    : /(?:盟|地区)$/.test(place) ? '行政公署' : '人民政府'
  return readOrgan(place + word, { lenient: true })
}

/** What the text says about places and organs, each worked out on first use (most reports never need them). */
export interface Context {
  text: string
  places: () => Places
  /** Organs named in the text, with offsets (party bodies included). */
  named: () => { organ: Organ; index: number }[]
  /** Organs named in the text, party bodies left out. */
  known: () => Organ[]
}

function once<T>(f: () => T): () => T {
  let v: T | undefined
  let done = false
  return () => {
    if (!done) { v = f(); done = true }
    return v as T
  }
}

/** A line of a document's circulation (抄送：…, 主送：…): the organs on it receive the report, never write it. */
const CIRCULATION = /^\s*(?:抄送|抄报|主送|报送|发送|分送)\s*[:：]/

export function contextOf(text: string): Context {
  const named = once(() => organsIn(text).filter(({ index }) => !CIRCULATION.test(text.slice(text.lastIndexOf('\n', index) + 1, index))))
  return {
    text, named, places: once(() => placesNamed(text)),
    known: once(() => named().map((o) => o.organ).filter((o) => !PARTY.test(o.name))),
  }
}

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

/**
 * A department's party group or committee reports for the department ("中共X区信访局党组" → X区信访局; 中共国家民委党组), and so
 * does a unit's party committee or branch written in full (中共X局交通警察支队X大队总支部委员会 → the 大队); a place's committee
 * (中共X镇委员会) is no department's.
 */
export const DEPARTMENT_PARTY = /^(?:中共|中国共产党)?(.+?(?:局|厅|部|署|办|委员会|中心|支队|大队|委(?=党组)))(?:党组|党委)$|^(?:中共|中国共产党)(.+?(?:局|厅|署|办|中心|支队|大队))(?:党的)?(?:总支部|总支|支部)?委员会$/

/**
 * A name set with a space between its place and its organ word, as a signature is spaced out to its width (青禾县　交通运输局): one
 * name, not a joint letterhead's two bodies (中共X镇委员会 X镇人民政府, each a name of its own).
 */
function spacedName(s: string): string {
  const m = /^(\S{2,20})\s+(\S{2,16})$/.exec(s.trim())
  return m && readPlace(m[1]) === m[1] && !placeChain(m[2]) && readOrgan(m[2], { placeless: true }) && !readOrgan(m[2]) ? m[1] + m[2] : s
}

/**
 * A party committee's department carrying a government organ's plaque (中共X县委统战部（县民族宗教事务局）, 县委社会工作部（加挂县信访局
 * 牌子）): that organ, as a joint letterhead is the government.
 */
const PLAQUE = /^(?:中共|中国共产党)?[\u4e00-\u9fff]*[省市县区旗州]委(?:员会)?(?:统战|宣传|组织|社会工作|政法|农村工作)[部委办]?[（(](?:加挂)?([\u4e00-\u9fff]{2,12}?)(?:牌子)?[）)]$/

/** An author string from a title, letterhead or page line → the organ, resolving joint letterheads and abbreviations. */
export function authorOf(s: string, ctx: Context): Organ | null {
  const all = spacedName(s).replace(/(党委|党工委)(?:和|及)((?:人民)?政府)$/, '$1、$2').split(/[\s、，,]+/)
    .map((p) => p.replace(/^(?:关于|根据)/, '').replace(DEPARTMENT_PARTY, '$1$2').replace(PLAQUE, '$1')).filter(Boolean)
  // "双合镇党委、政府": the bare 政府 of a joint subject is the government of the party body's place.
  const partyPlace = all.map((p) => /^(?:中共)?(.+?(?:[镇乡区县市州省旗盟]|街道|苏木|地区|新城))(?:党委|党工委|委员会|委)$/.exec(p)?.[1]).find(Boolean)
  // (管委会, 办事处 likewise: "X开发区党工委、管委会" is the zone's 管委会.)
  const parts = all.filter((p) => !PARTY.test(p)).map((p) => (partyPlace && /^(?:(?:人民)?政府|管委会|管理委员会|办事处)$/.test(p) ? partyPlace + p.replace(/^政府$/, '人民政府') : p))
  const organs = parts.map((p) => (/^[\u4e00-\u9fff]{2,4}街$/.test(p) ? `${p}道` : p))
    .map((p) => {
      // "高新区（新市区）人民政府": a place written with the other name it goes by, the organ after both —
      // the one that reads as a place; "X局（X乡村振兴局）": an organ and its second name — the first.
      const alias = /^(.+?)[（(]([^）)]{2,12})[）)](.*)$/.exec(p)
      if (!alias) return readPart(p, ctx)
      return alias[3] ? readPart(alias[2] + alias[3], ctx) ?? readPart(alias[1] + alias[3], ctx) : readPart(alias[1], ctx)
    })
    .filter((o): o is Organ => o !== null)
  return organs.find((o) => o.organ === '人民政府') ?? organs[0] ?? null
}

/** One part of an author string as an organ; "海滨街2020年…": a street written without 道 is the street (街道). */
function readPart(p: string, ctx: Context): Organ | null {
  return shortBranch(p, ctx) ?? readOrgan(p, { lenient: true }) ?? countyOffice(p, ctx) ?? expand(p, ctx) ?? (readPlace(p) || /[^街]街$/.test(p) ? governmentOf(p) : null) ?? zoneBody(p, ctx) ?? stateCouncilBody(p, ctx)
}

/**
 * A commission named bare (国资委) by a text that names no place of any level and answers to 国务院 (党中央、国务院决策部署): the
 * State Council's own (国务院国资委), as a local one's report names its province or city.
 */
function stateCouncilBody(p: string, ctx: Context): Organ | null {
  if (!/委(?:员会)?$/.test(p) || !ctx.text.includes('国务院')) return null
  const { province, city, county } = ctx.places()
  const o = province || city || county ? null : readOrgan(`国务院${p}`)
  return o?.central ? o : null
}

const SHORT_BRANCH = /^(.{4,20}?局)([\u4e00-\u9fff]{2,3})分局$/
/**
 * A county's branch named under its city's bureau by the county's short name ("丽水市生态环境局庆元分局"): the branch of the
 * county the text writes out (庆元县 → 庆元县生态环境分局), as "…局庆元县分局" would be. A short name the city shares with its own
 * district (东营市…局东营分局, 荆州市…局荆州分局) is that district's (东营区), never the city the bureau's own name writes (东营市).
 */
function shortBranch(p: string, ctx: Context): Organ | null {
  const m = SHORT_BRANCH.exec(p)
  if (!m) return null
  const city = m[1].startsWith(`${m[2]}市`)
  for (const [, level] of ctx.text.matchAll(new RegExp(`${m[2]}([县区市旗])`, 'g'))) {
    if (!(city && level === '市')) return readOrgan(`${m[1]}${m[2]}${level}分局`, { lenient: true })
  }
  return null
}

/**
 * A vertically managed county office named by its county's short name (国家统计局桐庐调查队, 国家金融监督管理总局桐庐监管支局, 北仑海关)
 * on a page that writes the county out (桐庐县): the office as written, in that county, as one named by a city's short name
 * (宁波调查队) is in its city.
 */
const COUNTY_OFFICE = /^(?:国家统计局|国家金融监督管理总局|中国银行保险监督管理委员会|中国银保监会)?([\u4e00-\u9fff]{2,3})(调查队|监管支局|海关)$/
function countyOffice(p: string, ctx: Context): Organ | null {
  const m = COUNTY_OFFICE.exec(p)
  const level = m && new RegExp(`${m[1]}([县区市旗])`).exec(ctx.text)?.[1]
  const place = level ? m![1] + level : ''
  return place && placeChain(place) && !isCityName(place) ? { name: m![1] + m![2], place, organ: m![1] + m![2], central: false } : null
}

/**
 * A zone's statutory body by its short name (前海管理局) on a page that writes the zone (前海合作区, 前海深港现代服务业合作区): the
 * body as written, its place the zone as the text writes it shortest.
 */
function zoneBody(p: string, ctx: Context): Organ | null {
  const stem = /^([\u4e00-\u9fff]{2,4})管理局$/.exec(p)?.[1]
  if (!stem) return null
  let zone: string | undefined
  for (const m of ctx.text.matchAll(new RegExp(`${stem}[\\u4e00-\\u9fff]{0,12}?(?:合作区|新区|开发区|先行区|试验区|示范区|自贸区)`, 'g'))) {
    if (!zone || m[0].length < zone.length) zone = m[0]
  }
  return zone ? { name: p, place: zone, organ: '管理局', central: false } : null
}

const LEVEL_OFFICE = /^(省|市|区|县|旗|镇|乡|街道)(?:党政|(?:人民)?政府)(?:综合)?办(?:公室)?$/
/** A place-less department named as an author (县综合执法局, 区市场监管局): its organ word, for the sector. */
export function departmentOf(s: string): string | undefined {
  // A government's general office named by its level (区党政办, 县政府办公室, 镇党政综合办): its government's.
  const office = LEVEL_OFFICE.exec(s)?.[1]
  if (office) return `${office}人民政府办公室`
  // 市场监管局 is a department as it stands; 市水务局 one after its level, 高新区应急局 after its zone's kind.
  const zoneWord = ZONE_KIND.exec(s)?.[2]
  return (readOrgan(s, { placeless: true }) ?? readOrgan(s.replace(LEVEL_ABBREVIATION, '$2'), { placeless: true }) ?? (zoneWord ? readOrgan(zoneWord, { placeless: true }) : null))?.organ
}
