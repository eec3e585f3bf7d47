/**
 * An author string read from a title, a letterhead, a page line or a sentence (中共X镇委员会
 * X镇人民政府, 市水务局, 静海区, 双合镇党委、政府) → the organ it names, or null: joint letterheads
 * resolve to the government, a department's party group to the department, abbreviations are
 * expanded with the places the report names, a place alone stands for its government.
 */
import { readOrgan, type Organ } from './organs'
import { placeChain } from './placeChain'
import { readPlace } from './placesNamed'
import { isCityName } from './places'
import { governmentOf, PARTY, type Context } from './authorContext'
import { expand, LEVEL_ABBREVIATION, ZONE_KIND } from './authorExpand'

/**
 * A department's party group or committee reports for the department ("中共X区信访局党组" → X区信访局; 中共国家民委党组), and so
 * does a unit's party committee or branch written in full (中共X局交通警察支队X大队总支部委员会 → the 大队); a place's committee
 * (中共X镇委员会) is no department's, a commission's (中共X市国资委委员会, 中共X市人民政府国有资产监督管理委员会委员会) the commission's.
 */
export const DEPARTMENT_PARTY = /^(?:中共|中国共产党)?(.+?(?:局|厅|部|署|办|委员会|中心|支队|大队|委(?=党组)))(?:党组|党委)$|^(?:中共|中国共产党)(.+?(?:局|厅|署|办|中心|支队|大队|委员会|[^省市县区镇乡旗州]委))(?:党的)?(?:总支部|总支|支部)?委员会$/

/**
 * A name set with a space between its place and its organ word, as a signature is spaced out to its width (青禾县　交通运输局): one
 * name, not a joint letterhead's two bodies (中共X镇委员会 X镇人民政府, each a name of its own); so is a place with a place inside it
 * after the space (温州市 泰顺县司法局, 泰顺县 罗阳镇).
 */
function spacedName(s: string): string {
  const m = /^(\S{2,20})\s+(\S{2,16})$/.exec(s.trim())
  if (!m || readPlace(m[1]) !== m[1]) return s
  if (!placeChain(m[2]) && readOrgan(m[2], { placeless: true }) && !readOrgan(m[2])) return m[1] + m[2]
  // (a place inside it after the space, 温州市 泰顺县司法局, 泰顺县 罗阳镇: one chain, the inner place's)
  const inner = readOrgan(m[2], { lenient: true })?.place || readPlace(m[2])
  return inner && m[2].startsWith(inner) && (placeChain(m[1] + inner)?.length ?? 0) > (placeChain(m[1])?.length ?? 1) ? m[1] + m[2] : s
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

/** The commissions named as the State Council's own (国务院国有资产监督管理委员会) by their short names (reference data): the other
 * central commissions are the state's (国家发展和改革委员会, 国家卫生健康委员会), never 国务院X委员会. */
const STATE_COUNCIL_COMMISSIONS = new Set(['国资委'])

/**
 * A commission named bare by its short name (国资委) in a text that names no place of any level and answers to 国务院 (党中央、国务院
 * 决策部署): the State Council's own (国务院国资委), as a local one's report names its province or city. Any other committee (发改委,
 * 管理委员会, 廊坊管理委员会 — a zone's whose place the text writes only in brackets) is never made the State Council's.
 */
function stateCouncilBody(p: string, ctx: Context): Organ | null {
  if (!STATE_COUNCIL_COMMISSIONS.has(p) || !ctx.text.includes('国务院')) return null
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
export function shortBranch(p: string, ctx: Context): Organ | null {
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
