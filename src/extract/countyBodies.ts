/**
 * County-level names in a town's text: which may be the county a town lies in (townsParent), and those the text names as
 * governing bodies (禄丰县委, 开平市人民政府), read from where a name may start (governingCounties; ./townCounty.ts counts them).
 */
import { CITIES_WITHOUT_COUNTIES, isCityName, LONG_STEM_CITY } from './places'
import { FOLLOWS, readPlace, RULE_OF_LAW_BODY } from './placesNamed'

export const CJK = '\\u4e00-\\u9fff'

/**
 * A county, district or county-level city named as a governing body (禄丰县委, 开平市人民政府, 中共将乐县委员会), an
 * autonomous county by its peoples' names (长阳土家族自治县委). Its website (在嘉祥县政府网站公开, “X县人民政府”门户网站) is where a
 * report is published, not a body the town answers to.
 */
// (or its rule-of-law committee's office or leading group, 宁都县全面依法治县委员会办公室, 宁都县依法治县办, 宜丰县法治政府建设领导小组:
// the county's own body; a forest district,
// 神农架林区人民政府, by its stem of two to four)
// (a county of one character by its government after a break, an addressee's 渠县人民政府：, never a determiner's or a level's 县:
// 全县政府, 市县政府)
const COUNTY_BODY = new RegExp(`([${CJK}]{2,14}?自治[县旗]|[${CJK}]{2,4}?林区|${[...LONG_STEM_CITY].join('|')}|[${CJK}]{2}[县区旗市]|(?<![${CJK}])(?![本全该各邻此其我每某两外省市区乡镇])[${CJK}]县(?=(?:人民)?政府))(?:人民政府|政府|委员会|委(?![员办托])|${RULE_OF_LAW_BODY})(?![”"」]?(?:门户|官方)?网)`, 'g')
/** Words a name may follow (在禄丰县委, 中共将乐县委员会) and that an autonomous county's match may start with. */
const BEFORE_NAME = /[共在由和与及对向经据为受]/
/** Verbs of taking part in a body's meeting, right before its name (参加X县委…会议, 列席X县人民政府常务会议). */
const ATTENDS = /^(?:参加|出席|列席|参与)$/
/** Words that make the body after them a partner (与X县委党校联合, 和X区人民政府签订). */
const PARTNER = /[与和及同]/
// (和 inside a name of three is its own, 泰和县, 平和县; before two characters or more, 禄丰县和武定县, a conjunction; the levels above
// named before one, 落实中央和市、区两级…部署, are no place; a name that starts with 和 is read only where no conjunction can
// stand before it: CONJUNCTION)
export const NOT_STEM = /^(?:[在由对向经据为是把从到受被给以于即暨全本我该各其县区市与及]|中央|上级)|[与及]|(?<!^)和[\u4e00-\u9fff]{2}/
/**
 * A name starting with 和 read where a conjunction may stand (禄丰县和武定县, 市和县): read only after a preposition, a verb of placing or
 * a break (在和林格尔县委, 位于和平县, a line's 和静县人民政府：), where it is the name of 和林格尔县, 和静县, 和平县, 和龙市.
 */
const CONJUNCTION = /^和/
/** What may stand right before a name that starts with 和: a break, or a preposition no conjunction follows. */
const BEFORE_HE = /^$|[^\u4e00-\u9fff]|[在据照共由受经于]/
/** A county of one character names its bodies with its level again (渠县县委, 沛县县政府): the county is 渠县, not 渠县县. */
export const LEVEL_AGAIN = /^[^县区旗]([县区旗])\1$/
/** An area a sentence says a town lies in that is no county (地处丘陵山区, 位于义乌市中心城区, 属革命老区): a descriptor before its kind of area. */
export const AREA_WORD = '(?:丘陵|贫困|偏远|边远|高寒|典型|革命|中心|核心|主)(?:山区|老区|城区|牧区|库区|林区)'
/**
 * (and a kind of county 属 says a place is: 属贫困县, 属农业大县, 属国家级示范区; a province's part by its short name and a direction,
 * 地处皖南山区, 赣南山区: no district's name)
 */
const AREA = new RegExp(`${AREA_WORD}$|^(?:纯|深|浅)山区$|^[皖浙苏赣湘闽粤陕川豫鲁冀晋辽吉黑鄂桂琼黔滇甘青蒙][东南西北中]山区$|(?:贫困|重点|农业|山区|牧区|边境|老区|民族|百强|人口|示范|试点|[大小强])[县区市旗]$`)
/**
 * A place a town may lie in right below: a county-level place, or a prefecture city with no counties (中山市). `afterWord`: the text
 * writes a preposition, a verb of placing or a break right before it, so a name may start with 和 (CONJUNCTION).
 */
export const townsParent = (p: string, afterWord = false) => !NOT_STEM.test(p) && (afterWord || !CONJUNCTION.test(p)) && !AREA.test(p) &&
  (!isCityName(p) || CITIES_WITHOUT_COUNTIES.has(p)) && readPlace(p) !== null

/** The county-level places the text names as governing bodies (禄丰县委, 开平市人民政府), in order, each as often as named, and where. */
export function* governingCounties(text: string): Generator<{ place: string; at: number; end: number }> {
  const isPlace = new Map<string, boolean>() // (a report names its county over and over: each name is read once)
  for (const m of text.matchAll(COUNTY_BODY)) {
    let p = m[1]
    let at = m.index
    while (p.length > 4 && BEFORE_NAME.test(p[0])) { p = p.slice(1); at++ }
    const k = autonomousStart(p)
    p = p.slice(k)
    at += k
    if (LEVEL_AGAIN.test(p)) p = p.slice(0, -1)
    // A name begins after a break or a preposition (在禄丰县委, 中共将乐县委员会), after its city or province written before it
    // (苏州市吴中区委, 广东省中山市委) or a verb of taking part in its meetings (列席浦城县委全面依法治县委员会会议), never inside a word
    // (依法治区委员会). Where two characters and the level start inside a word, the name may be longer: a stem of three or four
    // (在沙坪坝区委, 托克托县人民政府：), a banner's of up to six (阿鲁科尔沁旗人民政府), known by no list but by where it starts.
    if (!nameStarts(text, at)) {
      const k = longerStem(text, at, p)
      if (!k) continue
      p = text.slice(at - k, at) + p
      at -= k
    }
    if (!isPlace.has(p)) isPlace.set(p, townsParent(p))
    if (!isPlace.get(p) && !(CONJUNCTION.test(p) && BEFORE_HE.test(text.slice(Math.max(0, at - 1), at)) && townsParent(p, true))) continue
    yield { place: p, at, end: m.index + m[0].length }
  }
}

/**
 * Where an autonomous county's long name starts inside its match, read from the words before it (镇在双江拉祜族佤族布朗族傣族自治县委:
 * the match starts at 镇, fourteen characters back): after the last word a name may follow, its stem two characters or more; 0 if none.
 */
function autonomousStart(p: string): number {
  if (!/自治[县旗]$/.test(p)) return 0
  for (let i = p.length - 6; i >= 1; i--) if (BEFORE_NAME.test(p[i])) return i + 1
  return 0
}

/** Whether a county-level name may start at `at`: after a break, a preposition, an outer place or a verb of attending or following. */
function nameStarts(text: string, at: number): boolean {
  const before = text[at - 1] ?? ''
  return !/[\u4e00-\u9fff]/.test(before) || BEFORE_NAME.test(before) || /[市州盟省]/.test(before) || text.startsWith('自治区', at - 3) || ATTENDS.test(text.slice(at - 2, at)) ||
    FOLLOWS.test(text.slice(Math.max(0, at - 2), at))
}

/** Longest stems read before a level: a county's or district's four (吉木萨尔县), a banner's six (科尔沁右翼中旗). */
const LONGEST_STEM = { 旗: 6, other: 4 }
/** A stem that names the rule of law over a level, no place (依法治县委员会). */
const RULE_OF_LAW = /法治/
/**
 * Where a longer name must start, as no clause's words do (…，再列席区政府会议; …的规定和县政府…): a line's start (an addressee line, a
 * chrome row), after a label's colon or an opening bracket or quote, after 在/根据/按照/中共/由/受/经, or after its outer place.
 */
const LONG_NAME_AFTER = /^$|[\s:：“"「（(《在据照共由受经市州盟省]$/

/**
 * How many characters before `at` a county-level name of `two` (two characters and the level, read inside a word) starts, its stem
 * longer than two (沙坪坝区 of 坪坝区, 阿鲁科尔沁旗 of 尔沁旗): the fewest that start where such a name may and read as a place; 0 if none.
 */
function longerStem(text: string, at: number, two: string): number {
  const most = (two.endsWith('旗') ? LONGEST_STEM.旗 : LONGEST_STEM.other) - 2
  for (let k = 1; k <= most && at - k >= 0; k++) {
    if (!/[\u4e00-\u9fff]/.test(text[at - k])) return 0
    if (!LONG_NAME_AFTER.test(text.slice(Math.max(0, at - k - 1), at - k))) continue
    const p = text.slice(at - k, at) + two
    return !RULE_OF_LAW.test(p) && townsParent(p, true) ? k : 0
  }
  return 0
}

/**
 * The one place of `level` (县, 区) the text names as a governing body, wherever (列席浦城县委全面依法治县委员会会议): where a department
 * named by that level (县交通运输局) lies, as the one county whose government the text names is (./authorExpand.ts governedOnly). Two
 * named (a partner's, 与邻县X县委…) give none.
 */
export function governingCounty(text: string, level: string): string | null {
  let one: string | null = null
  for (const { place, at, end } of governingCounties(text)) {
    // (a partner's body or its party school, 与泰顺县委党校联合举办, is no body the department answers to)
    if (PARTNER.test(text[at - 1] ?? '') || text.startsWith('党校', end)) continue
    if (one !== null && place !== one) return null
    one = place
  }
  return one?.endsWith(level) ? one : null
}
