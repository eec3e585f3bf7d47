/**
 * The author's level among the areas a report may count for, and whether a clause counts for a wider area than the author's
 * own: the nation's, a province's in a city's or a county's report, a city's in a county's or a district's, a county's in a
 * town's ("全国海关立案…", "全省市场监管系统罚没款…", "市县两级…部门共查处…" in a county bureau's report). Such a figure is no
 * author's, nor its own area's total (which stays `optional` alone): it is a higher body's, quoted for comparison or context.
 */
import { TIME_LEAD, withoutAudience } from './clauseSubjects'
import { leadStart } from './structure'

/** 0 the nation, 1 a province, 2 a city (a prefecture, a league), 3 a county (a district, a banner), 4 a town. */
const LEVEL: Record<string, number> = { 国: 0, 省: 1, 市: 2, 州: 2, 盟: 2, 县: 3, 区: 3, 旗: 3, 镇: 4, 乡: 4 }

/** The level a place's kind character names (市 2, 区 3); null for another character. */
export const levelOfKind = (kind: string): number | null => LEVEL[kind] ?? null

/**
 * The level of the author's region, by its last place (./region.ts: 青河县, 威海市环翠区, 桥头镇). A county-level city is read as a
 * city, so that its 全市 stays its own; a municipality (北京市) as a city, which only says no province is above it when it is
 * above. An autonomous region is a province. Null when no region is named.
 */
export function authorLevel(region: string | null | undefined): number | null {
  if (!region) return null
  if (/(?:自治区|特别行政区)$/.test(region)) return 1
  if (/街道$|苏木$/.test(region)) return 4
  return LEVEL[region.at(-1)!] ?? null
}

/**
 * The level a title names without a place (县市场监督管理局…, 市城市管理局…, 省生态环境厅…: a department's report on its own
 * government's site), by its first word; for the author whose region the metadata cannot name. 市场…, 区域…, 县域… are no level.
 */
const BARE_LEVEL = /^(?:关于)?([省市州盟县区旗镇乡])(?![场域级])\S{0,14}?(?:局|厅|委员会|办公室|人民政府|办事处|中心)/

export function titleLevel(title: string | null | undefined): number | null {
  const m = title ? BARE_LEVEL.exec(title.trim()) : null
  return m ? LEVEL[m[1]] : null
}

/** A whole area opening a clause's lead (全省…, 2023年全国…), or an area's bodies (全市各级…部门, 全县市场监管系统). */
const WHOLE_LEAD = /^\s*全([国省市州盟县区旗镇乡])/
const WHOLE_BODIES = /全([国省市州县区])[^,，;；。]{0,10}?(?:部门|机关|机构|单位|系统)/
/**
 * An organ of a level named by its level alone as the lead's subject (市交通运输局举办…, 省司法厅组织…, 市委党校…, 市政务服务中心办件…,
 * in a county's report; 县政府常务会议学法12次 in a town's): a body above the author, whose figures are its own (市场…, 市直/市属 units and
 * 市级, 县级 and 县直 are none), unless the lead names the author.
 */
const LEVEL_ORGAN = /^\s*([省市州县])(?![场级民容县区直属])[\u4e00-\u9fff]{0,8}?(?:局|厅|委员会|委|政府|办公室|中心)/
/** The author named in the lead (市政府受理的以本局为被申请人的…): the higher organ acts on the author's own matter. */
const AUTHOR_NAMED = /[本我](?:局|委|厅|办|单位|机关|部门)|局机关/
/** Bodies of several levels counted together (市县两级…, 省市县三级…): the highest level's area. */
const LEVELS = /([省市县区])[省市县区镇乡]{1,3}[两三四五]级/

/**
 * A higher level's bureau opening the clause as the subject of a case, check or dispute act (县信访局全年受理…, 县市场监管局查处… in a town's
 * report; 市局查处… in a county bureau's; 区城管执法局全年罚没款… in a street's: a district and a zone share 区, and both are above a town or
 * a street, the only authors a 区 is wider than), or a unit of it (县市场监管局梅溪所查处…, 市生态环境局X分局…): that bureau's own figure.
 * Not a party committee or a government, nor events it holds (举办, 组织: the training rules tell attending from holding).
 */
const HIGHER_ORGAN = /^\s*([省市县区])(?![场域级])[\u4e00-\u9fff]{0,10}?[局厅](?:[\u4e00-\u9fff]{1,6}?(?:所|分局|大队|中队|站))?(?=(?:全年|今年|年内|共|累计|依法)?(?:受理|办理|办结|查处|查办|立案|作出|实施|调解|化解|排查|检查|抽查|罚没|罚款|收缴))/

/** Whether `lead`, the words of a clause before its figure, counts for an area wider than the author's at `level`. */
export function widerThanAuthor(lead: string, level: number | null): boolean {
  if (level === null || level === 0) return false
  const own = withoutAudience(lead)
  const untimed = own.replace(TIME_LEAD, '')
  const m = WHOLE_LEAD.exec(untimed) ?? WHOLE_BODIES.exec(own) ?? LEVELS.exec(own) ??
    (AUTHOR_NAMED.test(own) ? null : LEVEL_ORGAN.exec(untimed) ?? HIGHER_ORGAN.exec(untimed))
  // (全区 in an autonomous region's report is its own: a district is no wider than a province)
  return m !== null && LEVEL[m[1]] < level
}

/** A heading's numbering (（三）, 三、, 3.). */
const NUMBERING = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])\s*/
/** The author named as a clause's subject (本局…, 局本级…): its own figure under any heading. */
const OWN_NAMED = /[本我](?:局|委|厅|办|县|区|市)|局机关|局本级|本级/

/** How far before its term or figure the author named as a subject is looked for (其中本局查处…). */
const OWN_REACH = 24

/**
 * Whether the figure of a paragraph under a numbered heading that names a wider area than the author's (（三）全市市场监管执法情况 in a county
 * bureau's report), its term or figure at `anchor` in the sentence from `from`, is that area's, as a clause opening with it is; not when the
 * words before it name the author (其中本局…).
 */
export function underWiderHeading(text: string, paragraph: number, from: number, anchor: number, level: number | null): boolean {
  const heading = leadStart(text, paragraph)
  return heading < paragraph && widerThanAuthor(text.slice(heading, paragraph).replace(NUMBERING, ''), level) &&
    !OWN_NAMED.test(text.slice(Math.max(from, anchor - OWN_REACH), anchor))
}
