/**
 * The county a town's report lies in when the text writes the town without it (./region.ts): the county-level place the text
 * names as a governing body (./countyBodies.ts), else the one it says the town lies in, follows, is addressed in, filed by or led by.
 */
import { isCityName, LONG_STEM_CITY } from './places'
import { countOf, mostFrequent, readPlace } from './placesNamed'
import { AREA_WORD, CJK, governingCounties, LEVEL_AGAIN, NOT_STEM, townsParent } from './countyBodies'

/** A 兵团 division written before the division-city it is merged with (第七师胡杨河市): no place of its own, read past. */
const DIVISION_BEFORE = '(?:(?:新疆生产建设兵团|兵团)?第[一二三四五六七八九十]{1,3}师)?'

/** Most distinct counties weighed. */
const MAX_COUNTIES = 6

/**
 * The county a town's report lies in: the county-level place the text names as a governing body,
 * by how often the text names it (禄丰县 over the 禄丰市 of a renamed site's banner); a prefecture
 * city is no county (unless it has none: ./places.ts CITIES_WITHOUT_COUNTIES); with none, the one county it says it lies in, whose documents it names or whose requirements it
 * follows. Null when the text names none.
 */
export function countyOfTown(text: string): string | null {
  const counts = new Map<string, number>()
  for (const { place: p } of governingCounties(text)) {
    if (counts.has(p)) continue
    if (counts.size >= MAX_COUNTIES) break // each is counted over the whole text: a bounded few keep it linear
    counts.set(p, countOf(text, p))
  }
  const head = text.slice(0, 4000)
  return mostFrequent(counts) ?? onlyCounty(head, LOCATED) ?? onlyCounty(head, BRACKETED) ?? onlyCounty(text, COUNTY_DOCUMENT) ?? onlyCounty(head, REQUIREMENT) ??
    onlyCounty(head, ADDRESS) ?? siteCounty(head) ?? ledCounty(head)
}

/** A town's lead working under its county's bodies named by level alone (在区委、区政府领导下, 在县委县政府的坚强领导下): the level. */
const LED_BY_LEVEL = /在([区县旗])委[、和及]?\1?(?:人民)?政府的?(?:坚强|正确|统一)?领导下/
/**
 * The one place of that level the prose names, its stem of two after 在, 由, 经 or 受 (在罗湖区…考核中, 由X县组织的…): the county whose
 * bodies lead the town. Not a partner or a destination (与X区交流, 赴X区学习), nor a page's 来源 line or a site (X区政府门户网站),
 * where a report is published (the r16 ruling).
 */
function ledCounty(head: string): string | null {
  const level = LED_BY_LEVEL.exec(head)?.[1]
  return level ? onlyCounty(head, new RegExp(`[在由经受]([${CJK}]{2}${level})(?!(?:人民)?政府|门户|官网|网站)`, 'g')) : null
}

/** The one county-level place `re` names in `text` (its first group), if only one: a prefecture city is none. */
function onlyCounty(text: string, re: RegExp): string | null {
  const found = new Set<string>()
  for (const m of text.matchAll(re)) {
    // (在泾县县委、县政府的领导下: a county of one character with its level again, 泾县)
    const name = m[1] ?? m[2] ?? m[3] ?? m[4] // (LOCATED's other groups: a distance from the county's seat, the county's town it is, its governing county)
    const p = LEVEL_AGAIN.test(name) ? name.slice(0, -1) : name
    if (townsParent(p, true)) found.add(p)
  }
  return found.size === 1 ? [...found][0] : null
}

/**
 * A county-level place whose requirements, arrangements or work points the town follows (按照伊金霍洛旗法治政府建设的有关要求, 按照
 * 镇赉县和有关部门的部署, 围绕开平市全面依法治市工作要点推进…), also one it carries out (贯彻落实明光市“进前列、上台阶”总要求,
 * 落实金寨县…各项部署), or whose plans it measures itself against, named without 《》 (对照青浦区法治建设“三个规划”, 围绕X区“八五”普法规划,
 * 落实X县法治政府建设实施方案), also the measures or plan of its own it holds the town to, last in a list of each level's documents
 * (对标《纲要》、重庆市的实施方案和涪陵区的细化落实措施, 对照宣汉县的细化措施): the county it answers to, as the title of its document would
 * state it. A city (按照杭州市的要求, 贯彻落实成都市“…”总要求) or a level alone (按照县委、县政府要求) is none. (A regiment's division-city may
 * follow its division: 按照第七师胡杨河市的统一部署.)
 */
const REQUIREMENT = new RegExp(`(?:按照|根据|依照|遵照|依据|围绕|贯彻(?:落实)?|落实|对标|对照)(?:[^，,。；;\\n]{0,48}[、和及与])?${DIVISION_BEFORE}([${CJK}]{2,14}?自治[县旗]|[${CJK}]{2,4}?[县区旗市])(?=[^，,。；;\\n《》]{0,16}?的?(?:有关|相关|统一)?(?:要求|部署|安排|工作要点|(?:细化)?(?:落实)?措施|规划|实施方案|纲要))`, 'g')

/**
 * The county-level place of an address the preamble gives (请联系X街道党政办（重庆市万盛经开区东城大道55号…）, 地址：X县Y镇人民路8号):
 * where the town's own office stands, after its province and city if written, before its street and number.
 */
const ADDRESS = new RegExp(`(?:地址[:：]?\\s*|[（(])(?:[${CJK}]{2,3}省)?(?:[${CJK}]{2,4}?[市州])?([${CJK}]{2,5}?[县区旗])(?:[${CJK}]{2,4}?(?:镇|乡|街道))?[${CJK}]{2,8}?(?:路|大道|大街|街|巷)\\d+号`, 'g')

/** A county-level place's name: an autonomous county or banner by its peoples' names, or two or three characters and its level. */
// (a banner's stem runs to six: 东乌珠穆沁旗, 科尔沁右翼中旗)
const COUNTY_NAME = `[${CJK}]{2,14}?自治[县旗]|[${CJK}]{2,4}?林区|[${CJK}]{2,3}?[县区旗市]|${[...LONG_STEM_CITY].join('|')}|[${CJK}]{4,6}?旗`

/** A county-level place named as the body that leads (在柯桥区委、区政府的领导下, 在开化县人民政府的统一领导下). */
const LED_BY_NAMED = new RegExp(`在(${COUNTY_NAME})(?:委(?![员办托])|人民政府|政府)[^，,。；;\\n]{0,16}?领导下`, 'g')

/**
 * The one place of `level` (区, 县) the opening names as the body that leads it (在柯桥区委、区政府的领导下): where a department named by
 * that level (区司法局) lies, as its own government or party committee leads it.
 */
export function leadingCounty(text: string, level: string): string | null {
  const p = onlyCounty(text.slice(0, 4000), LED_BY_NAMED)
  return p?.endsWith(level) ? p : null
}

/**
 * A county of one character (荣县, 渠县, 歙县) in a town's own sentence, after its verb (位于渠县东南部, 地处荣县北部, 隶属于沛县，,
 * 是荣县的北大门): its name ends where a direction, its seat, 的 or a break follows; a determiner's 县 (本县, 邻县) is none, nor is
 * 距离县城's (离 is the verb's).
 */
const ONE_CHARACTER_COUNTY = `(?![本全该各邻此其我每某两外离])[${CJK}]县(?=[东南西北中境城的，,。；;\\s]|$)`

/**
 * A county-level place a town's own sentence says it lies in (新市镇位于德清县东北部, 我镇地处德清县东部, "东山镇为…大镇，位于
 * 舟曲县城以东", 新村街道地处天津市滨海新区, 大溪镇隶属于温岭市, its province or city before it) or whose seat it measures its distance
 * from (黄坛镇距宁海县城18公里, 距诸暨市区25公里; a prefecture city's, 距杭州市区, is none) or whose town it says it is (白沙镇是鄱阳县
 * 人口第一大镇, 洪山镇为宁都县辖镇, 高坪镇系营山县辖镇, 城厢街道是荔城区的中心街道, 岩头镇是永嘉县的南大门, 罗阳镇作为泰顺县城关镇) or whose seat it is (城关镇是
 * 宁陕县县城所在地, 系涵江区政府驻地) or that governs it (东坝镇为来凤县所辖,
 * 归X县管辖): the verb right after the town's word or a clause's start, never inside another's phrase (与位于桐乡市的乌镇, 协助隶属于X县
 * 的公司). Its province, city, league or prefecture may come first (位于锡林郭勒盟东乌珠穆沁旗南部).
 */
const LOCATED = new RegExp(`(?:^|[镇乡道木场，,。；;\\n])\\s*(?:(?:地处|位于|坐落[于在]|座落[于在]|隶属于?|属)(?:[${CJK}]{2,3}?[省市]|[${CJK}]{2,4}?盟|[${CJK}]{2,12}?(?:自治州|地区)){0,2}(?!${AREA_WORD})(${COUNTY_NAME}|${ONE_CHARACTER_COUNTY})(?!的)|距离?(${COUNTY_NAME}|${ONE_CHARACTER_COUNTY})(?:城区|城|(?<=市)区)|(?:作为|[是为系])(${COUNTY_NAME}|${ONE_CHARACTER_COUNTY})[的所]?(?:[${CJK}]{0,8}?(?:镇|乡|街道|苏木)|[东南西北]大门|门户|(?:[县区旗市]城|(?:人民)?政府)?(?:所在地|驻地))(?=[，,。；;\\n]|之一)|[为归由](${COUNTY_NAME})(?:所辖|管辖))`, 'g')

/**
 * A county-level place in brackets right after the town's or street's name or organ (罗阳镇人民政府（泰顺县）, 五马街道办事处（鹿城区）,
 * 横店镇（东阳市）), its city may come first: the county it lies in, as a list of towns writes it. A bracket of another kind (（原城关镇）,
 * （2023年）, （含开发区）) names no county, nor one after another town in the body (与珊溪镇（文成县）接壤): the name starts a line.
 */
const BRACKETED = new RegExp(`^[\\s:：]*[${CJK}]{1,8}?(?:镇|乡|街道|苏木)(?:人民政府|政府|街道办事处|办事处)?[（(](?![含原即])(?:[${CJK}]{2,4}?[市州])?(${COUNTY_NAME})(?<![开新园]区)[）)]`, 'gm')

/**
 * A county-level place a document's title opens with (《2021年华安县普法依法治理工作要点》, 《五华区法治政府建设实施方案
 * （2021-2025年）》 with its period in brackets), also after its city (《柳州市柳江区法治政府建设实施方案》) or before the
 * year (《龙华区2025年法治政府建设工作要点》), or after a 兵团 division merged with it (《第六师五家渠市…方案》, the division-city a regiment
 * lies in): the county that issued it. Its title may quote another title or a name (《南开区关于贯彻落实〈天津市法治政府建设实施纲要
 * （2021—2025年）〉工作任务清单》, 《平山县关于开展“八五”普法的实施意见》): the county is still the one that opens it.
 */
const QUOTED = '〈[^〈〉《》\\n]{1,40}〉|“[^“”《》\\n]{1,20}”'
const COUNTY_DOCUMENT = new RegExp(`《(?:(?:19|20)\\d{2}年度?)?${DIVISION_BEFORE}(?:[${CJK}]{2,4}[市州])?(${COUNTY_NAME})(?=(?:(?:19|20)\\d{2}年度?)?(?:[${CJK}]|${QUOTED}){2,}(?:[（(][^）)》\\n]{0,16}[）)])?》)`, 'g')

/**
 * A county-level place's site by its name (海丰县人民政府门户网站, 临潼区政府网, 江山市人民政府官网, 伊金霍洛旗政府网), after its city if
 * written: the whole of a chrome section, so a name of four characters before its level is read too.
 */
const SITE = new RegExp(`^(?:[${CJK}]{2,4}?[市州])?([${CJK}]{2,14}?自治[县旗]|[${CJK}]{2,5}?[县区旗市])(?:(?:人民)?政府(?:门户网站?|网站|网|官网|官方网站)|门户网站?|官网|官方网站)$`)
/** A chrome row's label of the page's source (来源：, 信息来源：, 文章来源：), before the site it names. */
const SOURCE_LABEL = /^(?:信息|文章)?来\s?源\s*[:：]\s*/
/** A chrome line's separators (首页 > X > Y, X » Y, X / Y, a page title - its site or _its site), never a date's or a span's (2021-2025). */
const CHROME_SEPARATOR = /\s*(?:[>＞»›|｜_＿]|(?<!\d)[/／\-－—–](?!\d))\s*/

/**
 * The one county-level place whose site a page's chrome line names as a section of its own (首页 > 海丰县人民政府门户网站 > 专题专栏
 * > …, 平东镇…年度报告 - 遂溪县政府网, the site's name alone on its line): the site that files a town's report, its county (r29's labels).
 * So does a 来源 row naming that site (来源：瑞安市人民政府网), as one naming the county's government does (来源：永春县人民政府, round 49).
 * A site named in prose (在嘉祥县政府网站主动公开, 可在“突泉县人民政府”网站下载) is only where a report is published (the r16 ruling).
 */
function siteCounty(head: string): string | null {
  const found = new Set<string>()
  for (const line of head.includes('网') ? head.split('\n') : []) {
    if (!line.includes('网')) continue
    for (const section of line.trim().split(CHROME_SEPARATOR)) {
      // (a 来源 row may name the site, the page's date after it: 来源：瑞安市人民政府网　发布日期：…)
      const p = SITE.exec(section.replace(SOURCE_LABEL, '').replace(/[\s\u3000].*$/, ''))?.[1]
      if (p && !NOT_STEM.test(p) && !isCityName(p) && readPlace(p) !== null) found.add(p)
    }
  }
  return found.size === 1 ? [...found][0] : null
}
