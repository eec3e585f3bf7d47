/**
 * A report that speaks of its author only as "我镇", "我县", "我局" (现就我镇2022年度…报告如下) and names
 * the place or the organ elsewhere: the level it speaks for, and the places of a level the text
 * names, to resolve the author from what the text itself writes.
 */
import { readOrgan } from './organs'
import { readPlace } from './placesNamed'
import { provinceOfShort } from './places'
import { innermostPlace, placeChain } from './placeChain'

/** The first self-reference in the report's opening: a government level (镇, 县 …) or a department (局, 厅 …), by 我 or 本 (本市, 本区). */
const SELF = /我(街道|省|市|区|县|旗|州|镇|乡|场|局|厅|委(?!员)|办(?!理|事|公|案|结|件))|(?<![基根成样文版资范读课剧账日标原副脚书])本(街道|镇|乡|局|厅|省|市(?!场)|区(?!域|间)|县|旗|州|委(?!员))(?!长|级)/

/**
 * A report of a street or zone naming itself by its kind alone as a clause's subject ("，街道对照…",
 * "一、新区推进…", "2022年，经开区以…", "一是投资区党工委…"); any zone (经开区, 高新区, 开发区, 园区, 投资区, 保税区) speaks as a 新区 does.
 */
const BARE_KIND = /(?:^|[\n，,。；、]|[一二三四五六七八九十]是)\s*(街道|新区|经开区|高新区|开发区|园区|投资区|保税区)(?=党工委|管委会|办事处|推进|对照|坚持|围绕|按照|结合|以习)/

/** The zone kind a report names itself by (园区, 经开区 …), or null. */
export const bareZoneKind = (head: string): string | null => {
  const kind = BARE_KIND.exec(head)?.[1]
  return kind && kind !== '街道' ? kind : null
}

/**
 * A department speaking of its own leading group or offices by its kind alone ("局党组…", "厅领导班子…", "委领导班子…",
 * "委主任会议…"), not a level's (市局党组) nor a party committee's (市委领导班子, 党委机关).
 */
const OWN_BODY = /(?:^|[^\u4e00-\u9fff])(局|厅|委)(?=党组|党委|领导班子|机关|主任(?:办公)?会议)/

export function selfLevel(head: string): string | null {
  const m = SELF.exec(head)
  const kind = BARE_KIND.exec(head)?.[1]
  return m?.[1] ?? m?.[2] ?? (kind && kind !== '街道' ? '新区' : kind) ?? OWN_BODY.exec(head)?.[1] ?? null
}

/** Words of "法治X建设" that are no place (法治政府建设, 法治社会建设 …); a department's field (法治交通建设) neither. */
const NOT_A_PLACE = /^(?:政府|社会|中国|国家|思维|方式|轨道|宣传|文化|意识|观念|素养|环境|保障|精神|理念|乡村|城市|机关|部门|工作|队伍|人才|校园|社区|村居|经济|平安|营商|政务|服务|基层|体系|能力|水平|阵地|实践|品牌|示范|创建|教育|监督|督察|考核|力量|资源|研究|理论|道路|体制|机制|生态|市场|建设)$/

/**
 * A place named bare: in the brand of the rule of law (法治舒桥建设, “法治舒桥”品牌, 建设法治东湖。, 开拓鱼复法治建设新局面),
 * or as the owner of its own measures (市委实施方案和铜梁具体举措); a town's or street's written with its level (推进伊金霍洛镇法治建设), its
 * stem up to four characters.
 */
const BRAND = /法治([\u4e00-\u9fff]{2})(?:建设|品牌|[”"」])|(?:^|[^\u4e00-\u9fff]|[和及与、]|开拓|推动|推进|打造|助力)([\u4e00-\u9fff]{2})(?:具体举措|法治建设)|(?:建设|打造)法治([\u4e00-\u9fff]{2})(?![\u4e00-\u9fff])|(?:开拓|推动|推进|打造|助力)([\u4e00-\u9fff]{2,4}?)(?:镇|乡|街道|苏木)法治建设/g

/**
 * The place a report names only bare — its brand of the rule of law ("法治舒桥建设"), its own measures
 * ("铜梁具体举措") — read with the level it speaks for (乡 → 舒桥乡, 区 → 铜梁区), when the text names
 * no place of that level otherwise. A province's or municipality's brand (法治广东, 法治重庆) is the
 * province's: it names no town, county or prefecture below it.
 */
export function placeOfBrand(text: string, level: string): string | null {
  for (const m of text.matchAll(BRAND)) {
    const stem = m[1] ?? m[2] ?? m[3] ?? m[4]
    if (NOT_A_PLACE.test(stem) || provinceOfShort(stem) || readOrgan(`${stem}局`, { placeless: true })) continue
    const p = readPlace(stem + level)
    if (p) return p
  }
  return null
}

const isCjk = (c: string | undefined) => c !== undefined && c >= '\u4e00' && c <= '\u9fff'
/** A determiner before the level ("调整本镇…", "全镇", "各街道", "该区") points at a place; it names none. */
/** 乡村 as the countryside: its compounds and a slogan's list (乡村振兴, 乡村治理, 进乡村、…). */
const COUNTRYSIDE = /^村(?:振兴|治理|建设|旅游|产业|发展|善治|文明|法治|[、，,。”"])/
const DETERMINER = /[本我该全各此每其这那整](?:镇|乡|街道|区|县|市|州)$/

/** A verb of writing into a plan, list or system (纳入, 写入, 列入, 融入, 编入, with 了): what follows it is named after a break. */
const INTO = /(?:纳|写|列|融|编)入了?$/
/** The rule-of-law work a place owns, written right after its name after a verb of advancing it (推动X镇法治政府建设, 提升X乡依法行政水平). */
const OWN_WORK = /^(?:法治政府建设|法治建设|依法行政|依法治理)/
const OWN_WORK_VERB = /(?:推动|推进|提升|提高|加强|加快|深化|助推|促进|保障|护航)$/
/** A partner's word before a place and the places written over it (与福建省南平市浦城县): the place after it is the partner's. */
const PARTNER_CHAIN = /[与同](?:[\u4e00-\u9fff]{2,4}?(?:省|自治区|市|州|盟|县|区|旗))*$/
/** Verbs whose object is the report with its author's name (现公布/现发布X局…报告). */
const PUBLISHED = /^(?:公布|发布)$/

/**
 * The place ending in `level` (镇, 街道, 区 …) the text names most, read with the shortest stem
 * that makes a place and starts at a break (下太镇 in "在下太镇落地生根", 荷城街道 in "《荷城街道…》"):
 * stems of two characters are the rule for counties, towns and streets; a longer one when it starts at a break or
 * after a publishing verb (张家川县 in "现公布张家川县退役军人事务局…报告").
 */
export function placeOfLevel(text: string, level: string, before = ''): string | null {
  const counts = placesOfLevel(text, level, before)
  let best: string | null = null
  for (const [p, n] of counts) if (best === null || n > counts.get(best)!) best = p
  return best
}

/** The place's own platform, site or network after its name (静海区信用信息共享平台, X县政府门户网站, X区政务服务网). */
const OWN_PLATFORM = /^[\u4e00-\u9fff]{0,8}?(?:平台|网站|门户网|政务网|服务网)/
/**
 * The one place ending in `level` whose own platform or site the text names (推送到静海区信用信息共享平台), read as ./placeOfLevel reads
 * it: where a department named by its level lies (the r20 ruling), as a district a report cooperates with (与X区开展交流) is not.
 */
export function placeOfPlatform(text: string, level: string): string | null {
  const places = placesOfLevel(text, level, '', OWN_PLATFORM)
  return places.size === 1 ? [...places.keys()][0] : null
}

const DOCUMENT_TITLE = /《([^》\n]{3,60})》/g
const PARTY = /^中共/

/**
 * The one place whose name ends as `ends` says that the text's documents' titles start with (《宾川县法治政府建设工作要点》, after its
 * outer places: 《Y市X区…方案》 → X区), read as the shortest chain of places from `shortest` characters to `longest`: a place that names
 * itself in full only in its own documents. `party` lets a title open with 中共 (《中共X县委…》, a party committee's document); two places
 * name none.
 */
export function placeOfOwnTitles(text: string, ends: (start: string) => boolean, shortest: number, longest = 16, party = false): string | null {
  const found = new Set<string>()
  for (const [, written] of text.matchAll(DOCUMENT_TITLE)) {
    const title = party ? written.replace(PARTY, '') : written
    for (let k = shortest; k <= Math.min(title.length - 1, longest); k++) {
      const start = title.slice(0, k)
      if (ends(start) && placeChain(start, true)) {
        found.add(innermostPlace(start))
        break
      }
    }
  }
  return found.size === 1 ? [...found][0] : null
}

/**
 * The one place ending in `level` whose own document opens a title the text names (《上杭县国土空间总体规划》, 《中共X县委…》, after its
 * city: 《Y市X区…方案》): where a department named by its level lies when the text names its place nowhere else, as its own platform or
 * event places it. A city's or province's document names no county: the title's chain holds the place and at most its city.
 */
export function placeOfDocument(text: string, level: string): string | null {
  return placeOfOwnTitles(text, (start) => start.endsWith(level) && (placeChain(start, true)?.length ?? 0) <= 2 && !/^[^市州]{2,}省/.test(start), level.length + 2, 13, true)
}

/** A place's own numbered event right after its name (嘉定区第二届市民运动会, 青河县首届乡村文化旅游节): the place holds it. */
const OWN_EVENT = /^(?:第[一二三四五六七八九十\d]{1,3}|首)届/
/**
 * The last character of a verb an event's holder follows (借…之机, 结合, 参加, 举办, 承办, 组织, 开展, 围绕, 依托, 列席 or 出席 its
 * congress's numbered session, as 列席X县委…会议 names the governing county): a break, as 在 and 和 are.
 */
const BEFORE_EVENT = /[借合加办织展绕托席]/

/**
 * The one place ending in `level` whose own numbered event the text names (借嘉定区第二届市民运动会之机): where a department named by
 * its level lies, as its own platform is (./placeOfPlatform); a city's event names no district, and two places' events name none.
 */
export function placeOfEvent(text: string, level: string): string | null {
  // (a stem of two or three: one of four after a break is a verb of two and a name, 观看白沙区第二届…, more often than a place)
  const places = [...placesOfLevel(text, level, '', OWN_EVENT, BEFORE_EVENT).keys()].filter((p) => p.length - level.length <= 3)
  return places.length === 1 ? places[0] : null
}

function placesOfLevel(text: string, level: string, before: string, after?: RegExp, breaks?: RegExp): Map<string, number> {
  const counts = new Map<string, number>()
  const needle = level + before
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    if (after && !after.test(text.slice(at + needle.length, at + needle.length + 16))) continue
    // (a level's adjective, 镇级/县级/街道级, after a verb is no place: 用好镇级公众号, 管好县级平台; nor is 乡村, the countryside,
    // in its compounds or a slogan's list: 助力乡村振兴, “法律进乡村、进学校” — 青山乡村民委员会 and 石门乡村两委 still name their 乡)
    if (text[at + needle.length] === '级' || (needle === '乡' && COUNTRYSIDE.test(text.slice(at + 1, at + 4)))) continue
    let found: string | null = null
    for (let stem = 2; stem <= 4 && at - stem >= 0; stem++) {
      const p = text.slice(at - stem, at) + level
      // The name starts at a break (《下太镇…》, "在下太镇"), not inside a phrase ("首先由镇…", "结合镇情").
      if (!isCjk(text[at - stem]) || /[由在对向将从把被]/.test(p) || DETERMINER.test(p) || readPlace(p) !== p) continue
      // (with a department written right after it, "制发罗湖区司法局", the organ bounds it instead).
      // (中共 is a party body's word before its place: 《中共黔东南州委…》; a government before it names the place under it:
      // 在X区人民政府Y街道办事处子网站)
      // (纳入/写入/列入了 X镇发展规划: the place owns the plan it is written into)
      // (推动/推进/提升 X镇法治政府建设: a verb of advancing, the place, and the rule-of-law work it owns right after it; the stem
      // that starts right after the verb is the name, 推进伊金霍洛镇法治建设 not 霍洛镇)
      if (!before && OWN_WORK_VERB.test(text.slice(Math.max(0, at - stem - 2), at - stem)) && OWN_WORK.test(text.slice(at + needle.length, at + needle.length + 6))) { found = p; break }
      if (!before && isCjk(text[at - stem - 1]) && !/[省市州县区在于和与及、对将从向为共到至]/.test(text[at - stem - 1]) && !breaks?.test(text[at - stem - 1]) &&
        text.slice(at - stem - 2, at - stem) !== '政府' && !INTO.test(text.slice(Math.max(0, at - stem - 3), at - stem))) continue
      found ??= p
      // The shortest stem, unless a longer one starts right after a break or a publishing verb ("现公布张家川县退役军人事务局…": not 家川县).
      if (before && (!isCjk(text[at - stem - 1] ?? '') || PUBLISHED.test(text.slice(Math.max(0, at - stem - 2), at - stem)))) { found = p; break }
    }
    // (a partner's, named after 与 or 同 with the places over it, 与福建省南平市浦城县忠信镇开展边界联防, is no place the author names as its own)
    if (found && !PARTNER_CHAIN.test(text.slice(Math.max(0, at - found.length + level.length - 16), at - found.length + level.length))) counts.set(found, (counts.get(found) ?? 0) + 1)
  }
  return counts
}

/**
 * An autonomous prefecture the text writes in full (在阿坝藏族羌族自治州委…, 《中共甘孜藏族自治州委…》): the longest name before
 * 自治州 that starts after a break, a preposition or 中共 (the short 州 of 州司法局 stands for it).
 */
export function autonomousPrefecture(text: string): string | null {
  for (let at = text.indexOf('自治州'); at >= 0; at = text.indexOf('自治州', at + 3)) {
    for (let stem = Math.min(14, at); stem >= 2; stem--) {
      const p = text.slice(at - stem, at + 3)
      if ((!isCjk(text[at - stem - 1]) || /[省在于和与及、对将从向为共]/.test(text[at - stem - 1])) && readPlace(p) === p) return p
    }
  }
  return null
}
