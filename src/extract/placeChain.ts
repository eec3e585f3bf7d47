/**
 * Place chains: a run of place names, each a stem and its level's suffix (吉林省|吉林市|船营区, 杭州市拱墅区米市巷街道), split into its
 * places so that every stem is plausible for its level (a province among the provinces, a city's stem of two or one the city list
 * knows, an autonomous county naming its peoples, no stem holding another place's suffix or a clause's verb: BAD_STEM). ./organs.ts
 * reads an organ's name as such a chain and its organ word.
 */
import { isCityName, LONG_STEM_CITY, ONE_CHARACTER_CITY, PROVINCES, REGIMENT_NAME, SUFFIX_IN_STEM } from './places'
import { cityShortBeforeZone, GENERIC_ZONE, PARK_KIND, ZONE_NAME, zoneKind } from './zoneNames'

const CJK = '\\u4e00-\\u9fff'

/**
 * Place suffixes, longest first. (A state farm with its own committee, 遮放农场, stands where a town does; a 新城 is a zone's level
 * under a 新区 only, 西咸新区沣东新城: splitPlaces.)
 */
const PLACE_SUFFIX = '(?:特别行政区|自治区|自治州|自治县|自治旗|经济技术开发区|高新技术产业开发区|开发区|高新区|经济区|新区|新城|风景名胜区|旅游度假区|度假区|保税港区|地区|街道|苏木|农场|省|市|州|盟|县|旗|区|镇|乡)'

/**
 * Place stems never start with these (全市, 本区, 各县, 我局, 由县司法局, 经查 …; 地区 and a bare 自治区/州/县/旗 are the level's words, no place; 师市 is a corps division-city's
 * word for itself) nor contain function words or
 * the verbs a clause starts with (利用镇党委会议, 围绕县委…, 负责全街道日常事务, 及时调整镇党委…), nor a disclosure preamble's verbs before its
 * place (现向社会公布X县Y镇…, 请致电X县Y镇党政办, 编制X市Y局…年度报告); 全 right before the level word
 * after two characters or more is "the whole of" (负责全街道), not a name's end (万全区 keeps its stem of two). 日 is a date's or a day's
 * word (5日县…, 每日巡查镇…, 日常) only at the stem's start or after a day word: inside a name it is a sound of it (哈日诺尔苏木, 乌日根).
 * A preposition or verb of one character before a level's word (经区政府门户网站, 报县政府审定, 从区政府领取, 将县政府…) is no place of
 * one character, as 城区, 泾县 and 和县 are. A verb that puts its object into a body's agenda (列入/纳入/写入市委常委会…, at a clause's
 * start) and the rule of law over a level (依法治市工作会议) are no stem either.
 */
export const BAD_STEM = /^(?:[经报从将以于到自往至即又并再已均都也还或跟请让使呈交送](?:区|县|市|镇|乡|州|旗)$|现将|现就|兹将|现公布|现发布|经查|据查|经核|全|本|各|该|我|某|由|市|区|县|省|州|镇|乡|原|自治|中共|中国共产党|地区$|师市$)|[的在与及对把了是为等被给按据委党级年月由赴]|向(?!阳)|^日|[每当次今昨明前节假作生翌]日|日(?:常|期|起|内|均|前|后)|政府|报告|位于|地处|隶属|坐落|座落|参加|召开|开展|组织|结合|印发|编制|编写|制发|下发|出台|制定|制订|修订|关于|根据|按照|通过|推进|加强|建设|落实|完成|实现|建立|成立|举办|牵头|审议|听取|部署|统筹|指导|督促|带动|动员|覆盖|服务(?!业)|保障|围绕|利用|依托|借助|坚持|做好|抓好|强化|深化|持续|带领|引导|支持|配合|协助|走访|深入|扎实|积极|认真|切实|严格|主动|着力|聚焦|立足|贯彻|学习|紧扣|紧紧|对照|会同|邀请|组建|设立|完善|健全|提升|提高|规范|优化|压实|明确|推动|促进|负责|调整|安排|确保|发挥|形成|发布|公开|办理|受理|化解|排查|宣传|培训|审查|检查|整改|调解|执法|监管|联合|协同|陪同|邀请|报请|提请|会商|联系|移送|移交|协调|商请|征求|报送|抄送|公布|致电|来电|拨打|咨询|加挂|挂牌|履行|担任|现任|兼任|[列纳写]入|依法治|^[\u4e00-\u9fff]{2,}全(?:街道|镇|乡|县|区|市|州|旗)$/
const PLACE_CHAIN = new RegExp(`^(?:[${CJK}]{1,8}?${PLACE_SUFFIX}|[${CJK}]{9,14}?(?:自治[州县旗]|园区))+$`)
const SUFFIX_AT = new RegExp(`${PLACE_SUFFIX}`, 'y')
/** The last characters of the place suffixes: a chain ends in one (checked before the regex, which tries many splits). */
export const PLACE_LAST = new Set('区州县旗道木场省市盟镇乡城团')

/**
 * A stem that starts with a level's word is a name of its own when an outer place is written before it in the chain,
 * its level word in full (宁波市镇海区, 番禺区市桥街道): no level word abbreviates a place there. The rest of the stem is a name (海, 桥), never
 * another level (县乡镇 is no place) nor a word no stem holds.
 */
function levelWordStem(place: string, stem: number, before: string): boolean {
  // (after a full level's word: 杭州市上城区 is not 杭州|市上城区)
  return /(?:[省市区县旗盟]|自治州)$/.test(before) && stem >= 2 && /^[市镇县区乡州]/.test(place) && !/[省市区县州镇乡]/.test(place.slice(1, stem)) && !BAD_STEM.test(place.slice(1))
}
/** Kinds of farm, not a farm's name. */
const FARM_KIND = /^(?:家庭|国有|国营|生态|示范|休闲|观光|现代|集体|合作|私营|个体|专业|大型|中型|小型|规模)/
/** A word for cities in general, not a city's name: 大城市, 各城市, 本城市. */
const CITY_WORD = /^[大小新老各本该全省名中古卫这那此每多某一我县城特超]城市$/

/** An autonomous place's stem of its name and its peoples' names (双江拉祜族佤族布朗族傣族 of 双江…自治县, a stem of thirteen). */
const PEOPLES = /^[\u4e00-\u9fff]{2,5}?(?:[\u4e00-\u9fff]{1,3}族)+$/
const MAX_AUTONOMOUS_STEM = 14

/** A town's or street's name ending in its market (三七市镇, 新市街道): 市 and the level's word. */
const MARKET_TOWN = /^市(?:镇|乡|街道)$/

/** Words ending in 区 that name no district: 社区, 小区, 校区, 辖区. */
const NOT_DISTRICT = /[社小校辖]区$/
/** A park named by its kind after one county-level place's full name: 武隆区工业园区 is one place, 武隆区 + a park. */
function countyPark(place: string, lenient: boolean): boolean {
  const at = place.search(/[县区旗市](?=(?:经济|高新|工业|产业|开发区|经开区))/)
  if (at < 1 || !PARK_KIND.test(place.slice(at + 1))) return false
  const head = placesOf(place.slice(0, at + 1), lenient)
  return head?.length === 1 && !ZONE_NAME.test(head[0])
}

function plausible(place: string, stem: number, lenient: boolean): boolean {
  // (a residents' community, a housing estate, a campus or an area under a body is no district: 曙光社区, 阳光小区, 东校区, 辖区)
  if (NOT_DISTRICT.test(place)) return false
  // (an autonomous place's name is two characters at least, its place's or its people's: 东乡族自治县 is one county, no township 东乡
  // and a county 族自治县)
  if (/^[\u4e00-\u9fff]?自治[州县旗]$/.test(place)) return false
  if (/(?:省|自治区)$/.test(place)) return PROVINCES.includes(place)
  if (SUFFIX_IN_STEM.has(place)) return true
  // A stem holds no other place's suffix after two characters or more (年重庆市九龙坡区 is two places
  // after a stray character, 番禺区市桥街道 no 番禺区市); 新市街道, 东市镇 keep theirs. No stem holds 省 (林省延边朝鲜族自治州
  // is a province cut short).
  // An autonomous county or prefecture names its peoples (酉阳土家族苗族自治县: a stem of seven).
  // A zone named by its kind after its city's full name (龙岩市经济技术开发区, 珠海市高新区) is one place: the kind alone is none.
  if (GENERIC_ZONE.test(place.slice(stem)) && (isCityName(place.slice(0, stem)) || (lenient && stem === 3 && place[2] === '市'))) return true
  if (place.endsWith('区') && countyPark(place, lenient)) return true
  // (an ethnic township names its peoples too: 六合土家族苗族乡)
  // (a market town's stem may end in 市 as its name's market does: 三七市镇, after two characters too)
  if (/[省市区县]/.test(place.slice(2, MARKET_TOWN.test(place.slice(stem - 1)) ? stem - 1 : stem)) || place.slice(0, stem).includes('省') || stem - zoneKind(place, stem) > (/自治[州县旗]$|族[乡镇]$/.test(place) ? (PEOPLES.test(place.slice(0, stem)) ? MAX_AUTONOMOUS_STEM : 8) : 6)) return false
  // 示范城市, 大城市 are no places; a one-character name before 城市 is a county-level city (邹城市, 诸城市).
  // (a longer stem before 城市 is a county-level city known by name, 共青城市)
  if (place.endsWith('城市')) return isCityName(place) || LONG_STEM_CITY.has(place) || (stem === 2 && !CITY_WORD.test(place))
  // A state farm has a name of its own (遮放农场, 友谊农场), not a kind of farm (家庭农场, 国有农场, 生态农场).
  if (place.endsWith('农场')) return stem >= 2 && stem <= 4 && !FARM_KIND.test(place)
  if (place.endsWith('市')) return stem === 2 || isCityName(place) || ONE_CHARACTER_CITY.has(place) || LONG_STEM_CITY.has(place) || (lenient && stem <= 4)
  return true
}

/** Splits a place chain into places (吉林省|吉林市|船营区), each with a stem of its own; null when it is no chain. */
function placesOf(chain: string, lenient = false): string[] | null {
  if (chain.length > 40 || !PLACE_LAST.has(chain[chain.length - 1])) return null
  // A 兵团 regiment stands where a town does, named by its numeral alone in figures or characters (106团, 一〇三团; no 讲师团, 共青团,
  // 集团), after the places written before it (阿拉尔市十二团).
  if (chain.endsWith('团')) {
    const regiment = REGIMENT_AT_END.exec(chain)?.[0]
    if (!regiment) return null
    const outer = chain.length > regiment.length ? placesOf(chain.slice(0, -regiment.length), lenient) : []
    return outer && [...outer, regiment]
  }
  if (!PLACE_CHAIN.test(chain)) return null
  // (a stem that starts with a level's word is read only when the chain has no other reading: 广州市海珠区, not 广州|市海珠区)
  return splitPlaces(chain, 0, 0, lenient, new Set(), false) ?? (/.[市镇县区乡州]/.test(chain) ? splitPlaces(chain, 0, 0, lenient, new Set(), true) : null)
}

/** The numeral's name a chain ends in before 团 (五家渠市106团 → 106团), the longest. */
const REGIMENT_AT_END = new RegExp(`${REGIMENT_NAME}$`)

/** A place of one character and 市, 州 or 旗 ending a chain's start, alone or after a place (鼓楼区广州). */
const ONE_CHARACTER_BEFORE = /(?:^|[区县旗市州盟省])[^市州旗][市州旗]$/

/** The places of `chain` from `from` on; `failed`: positions from which no split exists, each tried once (linear). */
function splitPlaces(chain: string, from: number, depth: number, lenient: boolean, failed: Set<number>, levelWords: boolean): string[] | null {
  if (from === chain.length) return []
  if (depth > 6 || failed.has(from)) return null
  for (let stem = 1; stem <= MAX_AUTONOMOUS_STEM && from + stem < chain.length; stem++) {
    // (a stem past eight characters is an autonomous place's only, or a county's park by its kind: 奉新县高新技术产业园区)
    if (stem > 8 && !chain.startsWith('自治', from + stem) && !chain.startsWith('园区', from + stem - 1)) continue
    SUFFIX_AT.lastIndex = from + stem
    const m = SUFFIX_AT.exec(chain)
    if (!m) continue
    const place = chain.slice(from, from + stem + m[0].length)
    // (no city lies in a county or district: 杭州市拱墅区米市巷街道 is one street after its district, not a city 米市 and 巷街道; an
    // autonomous region or a 地区 holds cities, 广西壮族自治区桂林市, 大兴安岭地区漠河市)
    if (place.endsWith('市') && /(?<!自治|地)[区县旗]$/.test(chain.slice(0, from))) continue
    // (a 新城 is a place only as a zone under its 新区, 西咸新区沣东新城, or as the whole chain, 沣东新城管委会: 建设新城 is none)
    if (m[0] === '新城' && !chain.slice(0, from).endsWith('新区') && (from > 0 || place !== chain)) continue
    // (nor a town of a one-character name in a city, prefecture or banner of one: 米市巷街道, 渝州路街道 and 甘旗卡镇 are one street's or
    // town's name, not a city 米市 and 巷街道, a 州 渝州 and 路街道, a banner 甘旗 and 卡镇)
    if (stem === 1 && ONE_CHARACTER_BEFORE.test(chain.slice(0, from)) && /(?:镇|乡|街道)$/.test(place)) continue
    // (nor is a province's short name a 州 before a zone it names, 贵州双龙航空港经济区: the zone's name holds it)
    if (m[0] === '州' && PROVINCES.includes(`${place}省`) && ZONE_NAME.test(chain.slice(from + place.length))) continue
    if ((BAD_STEM.test(place) && !SUFFIX_IN_STEM.has(place) && !isCityName(place) && !(levelWords && levelWordStem(place, stem, chain.slice(0, from)))) || GENERIC_ZONE.test(place) ||
      !plausible(place, stem, lenient) || cityShortBeforeZone(place, chain.slice(from + place.length))) continue
    const rest = splitPlaces(chain, from + place.length, depth + 1, lenient, failed, levelWords)
    if (rest) return [place, ...rest]
  }
  failed.add(from)
  return null
}

/** The innermost place of a chain: 重庆市綦江区 → 綦江区. */
export function innermostPlace(chain: string): string {
  const places = placesOf(chain, true)
  return places ? places[places.length - 1] : chain
}

/** Places in a chain, outermost first. */
export function placeParts(chain: string): string[] {
  return placesOf(chain, true) ?? [chain]
}

/** Places in a chain, outermost first, or null when `s` is not a chain of places. */
export const placeChain = placesOf
