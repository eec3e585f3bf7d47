/**
 * The author read from the report's own words: its title quoted in the text (《X关于2022年度法治政府
 * 建设情况的报告》), the lead sentence ("2023年，X以…"), a government speaking by level ("2022年，
 * 我区…", "现将县人民政府2022年…报告如下"); ./authorKind.ts reads, for the sector, the kind of organ it speaks as when
 * none is named; ./authorSelf.ts reads 我镇/我局 with the place or organ the text names, and the organ the text names most.
 */
import { readOrgan, type Organ } from './organs'
import { innermostPlace, placeChain } from './placeChain'
import { CJK, PARTY, type AgencyFound, type Context } from './authorContext'
import { abbreviates, expand } from './authorExpand'
import { authorOf, departmentOf } from './authorName'
import type { Line } from './authorTitle'

const QUOTED_REPORT = new RegExp(`《([${CJK}]{2,40}?)(?:关于)?(?:(?:19|20)\\d{2})年度?[${CJK}]{0,12}法治政府建设[${CJK}]{0,12}报告》`, 'g')
/**
 * A first sentence whose subject is the organ itself ("人民街街道办事处以习近平法治思想为遵循…"), or its place's party committee and
 * government joined by 、 ("双溪镇党委、政府高度重视…", as a lead after its year is).
 */
const SUBJECT_FIRST = new RegExp(`^\\s*([${CJK}、]{3,30}?)(?=以|在|坚持|深入|认真|紧紧|始终|高度重视|围绕|按照|依照|依据|根据|聚焦|立足|贯彻|践行)`)
/** (a news piece's subject acts: 近日，X街道联合…开展…) */
const VERB_AFTER_SUBJECT = '在|以|依照|遵照|对照|依据|依法行政|依法履职|根据|践行|秉持|坚定|牢记|大力|强化|注重|健全|完善|紧盯|全力|努力|充分|坚持|深入|认真|紧紧|始终|全面|围绕|按照|聚焦|立足|贯彻|落实|紧扣|锚定|学习|持续|扎实|积极|着力|切实|严格|主动|推进|推动|加强|统筹|高度重视|不断|进一步|着眼|多措并举|牢固|对标|开展|举办|召开|联合|会同|走进'
/** A news piece's dateline before its lead: 本报讯, 某某网讯, with its reporters in brackets (本报讯（记者 张三）). */
const DATELINE = `(?:[${CJK}]{0,8}讯\\s*(?:[（(][^）)\\n]{0,30}[）)])?\\s*)?`
/**
 * After a subject that ends as an organ's name does: words between it and its verb that state the year's whole or a manner
 * (X局共开展…, X局全年办理…, X局依法查处…), and verbs of the year's work a report's figures follow (办理, 受理, 查处, 完成 …). Only
 * there, and none that a name goes on with after such a character (组织 after the 会 of 社会组织管理局): the shortest subject
 * would stop inside the name.
 */
const ORGAN_VERB = '(?<=[府处会局厅委室办心队署所站])(?:共|全年|累计|先后|依法)?(?:办理|受理|查处|完成|审核|审查|调解|化解|排查|检查|办结|开展|举办|推进|深入|持续|扎实)'
/** (a news piece opens on its event's day or its being recent: 6月10日，X街道在…; 近日，X局联合…; a report written the year after, on 去年) */
const LEAD = new RegExp(`^\\s*${DATELINE}(?:(?:19|20)\\d{2}年(?:以来|度)?|今年以来|去年(?:以来)?|近?一年(?:以)?来|近(?:几|两|三|些)?年(?:以)?来|这一年(?:来|里|中)?|过去一年|本年度|《[^》\\n]{2,60}》(?:印发|颁布|实施)以来|(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日(?:[上下]午|晚)?|近日|日前|近期)[,，]\\s*(?:(?:在|按照|根据)[^,，。]{0,40}[,，]\\s*)?([${CJK}、]{2,30}?)(?=${VERB_AFTER_SUBJECT}|${ORGAN_VERB})`)
/** The same lead after an opening clause of what the report answers to: "按照…的要求和部署，2023年X街道以…". */
const LEAD_AFTER_CLAUSE = new RegExp(`^\\s*(?:按照|根据|依据|依照|为)[^。\\n]{0,120}?[,，]\\s*(?:19|20)\\d{2}年(?:以来|度)?[,，]?\\s*([${CJK}、]{2,30}?)(?=${VERB_AFTER_SUBJECT})`)
/** The year, then the author's rule-of-law work as the sentence's topic: "2024年X局法治建设工作，以…". */
const LEAD_TOPIC = new RegExp(`^\\s*(?:19|20)\\d{2}年度?([${CJK}]{2,30}?)(?:法治|依法行政)[${CJK}]{0,8}?工作[,，]`)
/** The author as subject with the year after it: "在党中央领导下，海关总署2024年以…", "X局2023年坚持…" (not 年以来). */
const SUBJECT_YEAR = new RegExp(`^\\s*(?:(?:在|按照|根据)[^,，。]{0,40}[,，]\\s*)?([${CJK}]{2,30}?)(?:19|20)\\d{2}年(?=以(?!来)|坚持|深入|认真|全面)`)
/** The report names its author by level only: "现将县人民政府2022年法治政府建设工作情况报告如下". */
export const REPORTER = /现将(?:我)?(省|市|区|县|州)(?:人民)?政府[^。]{0,30}(?:报告|汇报)/
/**
 * The report naming its author where it hands itself over ("现将梧桐镇2023年法治政府建设情况报告如下") or where it is
 * published ("现公布X县Y局2025年度政府信息公开工作年度报告", "现向社会发布X街道2020年…报告"), its title quoted or not
 * (现公布《X市气象部门2023年度政府信息公开年度报告》), also through a channel or with consent ("现经政府门户网站公布X镇人民政府…",
 * "现经县政府同意，向社会公布…"), or where it is compiled, from a clause's start ("为落实条例，编制X局2019年政府信息公开工作年度报告").
 */
const HANDED = new RegExp(`现(?:[将就把]([${CJK}]{2,24}?)(?:关于)?(?:19|20)\\d{2}年度?[^。]{0,30}?(?:报告|汇报)如下|(?:(?:经|通过|在|依托)[^。]{1,16}?)?(?:向社会)?(?:公布|发布)《?([${CJK}]{2,24}?)(?:19|20)\\d{2}年度?[^。]{0,30}?(?:报告|工作情况))|(?:^|[，,。；;]|特|现)编制《?([${CJK}]{2,24}?)(?:19|20)\\d{2}年度?[^。]{0,30}?报告`, 'm')
/**
 * A news piece saying its author published its report (据X部微信公众号消息，X部公布了2023年法治政府建设年度报告), from a clause's
 * start: its 公布 or 发布 stands within PUBLISHED_REACH of that start (a break, 24 characters of the name, 近日, 向社会), so it is
 * tried there only. From every clause break of the text, as one alternation with HANDED, it took as long as all the rest of
 * the search for the author.
 */
const PUBLISHED = new RegExp(`(?:^|[，,。\\s])([${CJK}]{2,24}?)(?:近日|日前)?(?:向社会)?(?:公布|发布)了?(?:本[部局厅委署])?(?:19|20)\\d{2}年度?[^。，]{0,20}?法治政府建设[^。，]{0,12}?报告`, 'my')
const PUBLISHED_REACH = 30
const PUBLISH = /[公发]布/g

/** The first match of PUBLISHED in `s` that starts before `before`. */
function published(s: string, before: number): RegExpExecArray | null {
  let from = 0
  PUBLISH.lastIndex = 0
  for (let q = PUBLISH.exec(s)?.index ?? -1; q >= 0 && q - PUBLISHED_REACH < before; q = PUBLISH.exec(s)?.index ?? -1) {
    for (let p = Math.max(from, q - PUBLISHED_REACH); p < q && p < before; p++) {
      PUBLISHED.lastIndex = p
      const m = PUBLISHED.exec(s)
      if (m) return m
    }
    from = q
  }
  return null
}

/** The earlier of HANDED and PUBLISHED (HANDED where both start at one place, as in one alternation). */
export function fromHandover(ctx: Context): AgencyFound | null {
  // (the short name given after the author's, 现公布X中心支行（简称X中支）2020年…报告, is no part of its name)
  const s = ctx.text.slice(0, 3000).replace(ALIAS, '')
  const handed = HANDED.exec(s)
  const m = published(s, handed?.index ?? s.length) ?? handed
  const o = m ? authorOf(m[1] ?? m[2] ?? m[3], ctx) : null
  return o ? { organ: o, source: 'body', evidence: m![0] } : null
}

/** The report's own title quoted in the text. */
export function fromQuotedTitle(ctx: Context): AgencyFound | null {
  QUOTED_REPORT.lastIndex = 0
  for (const m of ctx.text.matchAll(QUOTED_REPORT)) {
    const o = authorOf(m[1], ctx)
    if (o) return { organ: o, source: 'body', evidence: m[0] }
  }
  return null
}

/**
 * A sentence opening on its time ("2023年，", "一年来，", "今年以来，", "2024年是…之年，", "这一年，" after a sentence on the year) and up to three
 * clauses of who led or what it answered to or stood on ("在县委领导下，在市局指导下，", "为深入贯彻…，", "对照《纲要》，", "以…为指导，"): the clause
 * after them, past a year written after those clauses ("在X市委领导下，2022年X市政府…"). With neither, the sentence's own
 * first clause ("X局高度重视…，现将…").
 */
const OPENING = new RegExp(`^\\s*((?:(?:19|20)\\d{2}年是[^,，。]{0,30}?之年|(?:19|20)\\d{2}年1月(?:1日)?(?:至|到|—|-)(?:(?:19|20)\\d{2}年)?12月(?:31日)?|(?:19|20)\\d{2}年(?:以来|度)?|今年以?来|去年(?:以来)?|近?一年(?:以)?来|近(?:几|两|三|些)?年(?:以)?来|这一年(?:来|里|中)?(?=[,，])|过去一年|本年度)[,，]?\\s*)?((?:(?:在|按照|根据|依据|依照|遵照|对照|对标|围绕|结合|立足|聚焦|以|为)(?:[^,，。《]|《[^》\\n]{0,80}》){0,40}[,，]\\s*){0,3})(?:(?:19|20)\\d{2}年(?:以来|度)?[,，]?\\s*)?([^,，。；;]{2,60})`)

/**
 * The organ a lead clause opens with, whatever verb follows it ("青杉县林业局紧扣…", "X办公室（县外事办）
 * 坚持…"): the longest start of the clause with an organ's shape. Not an organ acting on the author
 * ("X县司法局对我镇…督察"): nothing that speaks of 我 after it, nor 对/向/给 right after it.
 */
const ORGAN_LAST = /[府处会局厅委室办心队署部关所站行馆]/ // (站, 行: a border station, a central bank branch: ./regionalOffices.ts; 馆: an archives)
const LEVEL_FIRST = /^[省市区县州旗]/
const LEAD_VERB = new RegExp(`^(?:${VERB_AFTER_SUBJECT})`)

function organOpening(text: string, ctx: Context): Organ | null {
  for (const sentence of text.split('。').slice(0, 3)) {
    const m = OPENING.exec(sentence)
    if (!m) continue
    const [, time, led, clause] = m
    // With no time or clause before it the organ must be the subject of a lead verb (X局高度重视…): an organ line
    // followed by anything else is a banner (X县人民政府门户网站).
    const bare = !time && !led
    for (let k = Math.min(clause.length, 30); k >= 3; k--) {
      // (an organ's name ends in an organ word's last character: only those ends are read)
      if (!ORGAN_LAST.test(clause[k - 1])) continue
      // (or a department by its level's abbreviation, 市人防办, expanded with the place the text names)
      const o = readOrgan(clause.slice(0, k), { lenient: true }) ?? (LEVEL_FIRST.test(clause) ? expand(clause.slice(0, k), ctx) : null)
      if (!o) continue
      const after = clause.slice(k)
      if (bare && !LEAD_VERB.test(after)) return null
      // (对标, 对表, 对照: its own checking against its tasks, not an act on another body)
      return /^[对向给](?!标|表|照)|我/.test(after) || PARTY.test(o.name) ? null : authorOf(clause.slice(0, k), ctx)
    }
    // A place as the subject of a lead verb after the lead's time or clause (依照《条例》，上营乡围绕…; 2024年，黑龙江省践行…), or as the
    // subject of the sentence saying where it lies, with none, when the text speaks as that place (巴彦塔拉苏木位于锡林郭勒盟…，我苏木…;
    // not 龙泉县位于…，我局…, a department of the county): its government.
    for (let k = Math.min(clause.length, 16); k >= 2; k--) {
      if (!PLACE_LAST.test(clause[k - 1]) || !(bare ? LIES_IN.test(clause.slice(k)) && speaksAs(ctx.text, clause.slice(0, k)) : LEAD_VERB.test(clause.slice(k)))) continue
      if (placeChain(clause.slice(0, k), true)) return authorOf(clause.slice(0, k), ctx)
    }
  }
  return null
}
const PLACE_LAST = /[省市区县州旗盟乡镇木道]/ // (木 of 苏木, 道 of 街道)
/** The verbs by which a place says where it lies. */
const LIES_IN = /^(?:位于|地处|坐落|座落|隶属)/
/** Whether the text calls itself by the level of `place` (我苏木 of 巴彦塔拉苏木, 我镇, 我街道, 我县). */
const speaksAs = (text: string, place: string) => text.includes(`我${/(?:街道|苏木|[镇乡县区旗市])$/.exec(place)?.[0] ?? '?'}`)

/** A short name given in brackets after a name (（以下简称“区政府办公室”）, （下称市监局）). */
const ALIAS = /[（(](?:以下简称|以下称|下称|简称)[^）)]{1,24}[）)]/g

/**
 * A department named by its level as the subject of a lead's later clause, after what it answers to (为落实…的要求，做好相关工作，
 * 区统计局对照…逐项排查): expanded with the place the text names, as a lead's 区X局 is.
 */
const CLAUSE_DEPARTMENT = new RegExp(`[，,]\\s*([省市区县][${CJK}]{2,12}?(?:局|厅|委员会))(?=对照|对标|以|坚持|认真|深入|落实|贯彻|围绕|按照|聚焦|立足)`)
const clauseDepartment = (text: string, ctx: Context) => {
  const d = CLAUSE_DEPARTMENT.exec(text)?.[1]
  return d ? expand(d, ctx) : null
}

/**
 * A street or town written after its district's or county's level alone (2023年，区北山街道依法行政…, 区人民路街道办事处坚持…): the
 * street or town; its name of two characters or more is read as written after the level (县前镇, whose name holds the level, reads
 * as a whole before: authorOf).
 */
const LEVEL_BEFORE_TOWN = /^[区县](?=[\u4e00-\u9fff]{2,}?(?:街道|镇|乡))/
const ownLevel = (subject: string, ctx: Context) => (LEVEL_BEFORE_TOWN.test(subject) ? authorOf(subject.slice(1), ctx) : null)

/** The author's own 我局/我镇 (我们镇, 本局) with a verb after it: its subject is itself, whatever the clause names next. */
const SELF_THEN_VERB = /^(?:我们?|本)(?:局|厅|委|办|大?队|中心|所|站|镇|乡|街道)[\u4e00-\u9fff、]/
/** 我们 before the author's name (我们龙泉市司法局, 我们塘栖镇), not before a partner's (我们与X局, 我们配合X局). */
const WE_BEFORE_NAME = /^我们(?![与和同及跟配协联会共])(?=[\u4e00-\u9fff]{3})/

/** The subject of a first sentence; with no organ, the department it names (for the sector). */
export function fromLead(lines: Line[], ctx: Context): AgencyFound | { department?: string } {
  let department: string | undefined
  // The lead stands before the first numbered section: an organ opening a sentence after it is the report's matter.
  let sections = false
  for (const line of lines) {
    // (the short name a lead gives its subject, X局（以下简称“区政府办”）以…, is no part of the sentence; a year spaced from its 年,
    // 2020 年, comes closed up: ./yearText.ts)
    const text = line.text.replace(ALIAS, '')
    sections ||= /^\s*[一二三四五六七八九十]+[、.．]/.test(text)
    const m = LEAD.exec(text) ?? LEAD_AFTER_CLAUSE.exec(text) ?? LEAD_TOPIC.exec(text) ?? SUBJECT_FIRST.exec(text) ?? SUBJECT_YEAR.exec(text)
    if (!m) {
      const o = sections ? null : organOpening(text, ctx) ?? clauseDepartment(text, ctx)
      if (o) return { organ: o, source: 'body', evidence: line.text.trim().slice(0, 80) }
      continue
    }
    // "2023年，X县公安局、X县市场监管局与我局联合…": bodies named beside the author's own 我 are its partners, none its author.
    if (/[与和同及、]我/.test(m[1])) continue
    // "2023年，我局指导丰城市、樟树市开展…": the author speaking of itself, then its verb; the places after it are its work's objects.
    if (SELF_THEN_VERB.test(m[1])) continue
    // "2019年，X局法治政府建设工作在…": the subject before its topic.
    // "2023年，X县各级行政机关坚持…": the county's government.
    // "2025年，X街道领导班子以…": the body its leaders lead.
    // "2023年，我们龙泉市司法局坚持…": the author naming itself after 我们, as after a year.
    const named = m[1].replace(WE_BEFORE_NAME, '')
    const subject = named.replace(/(?:法治|依法行政).*$/, '').replace(/各级(?:人民政府|政府|行政机关)$/, '').replace(/(?:党(?:工)?委|党组)?(?:领导)?班子(?:成员)?$/, '')
    const o = authorOf(named, ctx) ?? (subject !== named ? authorOf(subject, ctx) : null) ?? ownLevel(subject, ctx) ?? bareDepartment(subject, ctx) ??
      (sections ? null : organOpening(text, ctx))
    if (o) return { organ: o, source: 'body', evidence: line.text.trim().slice(0, 80) }
    // "2024年，区信访局法治政府建设工作以…" with no place to read: the department, for the sector.
    department ??= departmentOf(subject)
  }
  return { department }
}

/** The next year's plan with its subject ("2024年，区应急管理局将继续…", "下一步，X局将…"): the plan is the author's own. */
const PLAN_SUBJECT = new RegExp(`^\\s*(?:(?:19|20)\\d{2}年(?:度)?|下一步|明年|今后)[,，]\\s*([${CJK}]{2,20}?)将(?=继续|进一步|持续|着力|重点|全面|深入|坚持|以|围绕|按照|聚焦)`)
/** The organ a report's plan names as its subject, when nothing else names the author. */
export function fromPlan(lines: Line[], ctx: Context): AgencyFound | null {
  for (const line of lines) {
    const m = PLAN_SUBJECT.exec(line.text)
    const o = m && !PARTY.test(m[1]) ? authorOf(m[1], ctx) : null
    if (o) return { organ: o, source: 'body', evidence: line.text.trim().slice(0, 80) }
  }
  return null
}

/**
 * The lead sentence speaks for a government by its level: "2022年，我区…" (本区…), or the whole of its area
 * as the subject ("2023年，全区各级人民政府以…", "在市委领导下，全市各级行政机关坚持…", "全县以…", its
 * rule-of-law work "全省法治政府建设工作以…"),
 * never the area's sector ("全县教育系统…").
 */
const LEVEL_LEAD = new RegExp(`^\\s*(?:19|20)\\d{2}年(?:以来|度)?[,，]\\s*(?:在[^,，。]{0,40}[,，]\\s*)?(?:[我本](省|市|区|县|州)|(?:全(省|市|区|县|州)(各级(?:人民政府|政府|行政机关))?(?:法治政府建设|依法行政)?(?:工作)?|(省|市|区|县|州)(?:人民)?政府)(?=以|坚持|深入|认真|紧紧|始终|全面|围绕|按照|聚焦|立足|贯彻|学习|持续|扎实|积极|着力|切实|严格|主动))`)

/** The government level the lead sentence speaks for, and whether it names the whole area's governments. */
function leadLevel(lines: Line[]): { level: string; governments: boolean } | null {
  for (const l of lines) {
    const m = LEVEL_LEAD.exec(l.text)
    if (m) return { level: m[1] ?? m[2] ?? m[4], governments: Boolean(m[3] || m[4]) }
  }
  return null
}

/** The government level a lead sentence speaks for (我县…, 全区…, 县政府坚持…), if any. */
export const leadGovernmentLevel = (lines: Line[]): string | null => leadLevel(lines)?.level ?? null

/** A verb by which a department issues a document of its own, right before the document's title (印发《…, 制定了《…). */
const ISSUES_OWN = /(?:印发|制定|制发|出台|修订|编制|起草)了?$/

/**
 * A department named bare as the subject ("2021年，司法厅以…", "2023年，卫生健康委坚持…"): a 厅 is its province's, the one the text
 * names; any other the one department of its word the text names issuing a document under its full name (制定《江西省卫生健康委员会
 * 2023年普法工作要点》, 印发《X市林业局关于…的通知》), as a 厅's own notice names its province. A document it follows (按照《…》) is
 * another body's, a higher one's of the same field as often as not.
 */
function bareDepartment(subject: string, ctx: Context): Organ | null {
  const word = readOrgan(subject, { placeless: true })
  if (!word || word.place) return null
  const province = ctx.places().province
  if (word.organ.endsWith('厅') && province) return readOrgan(province + word.organ)
  const issued = new Set<string>()
  for (const o of ctx.known()) {
    if (!o.place || !abbreviates(word.organ, o.organ)) continue
    for (let at = ctx.text.indexOf(`《${o.name}`); at >= 0; at = ctx.text.indexOf(`《${o.name}`, at + 1)) {
      if (ISSUES_OWN.test(ctx.text.slice(Math.max(0, at - 3), at))) issued.add(innermostPlace(o.place) + o.organ)
    }
  }
  return issued.size === 1 ? readOrgan([...issued][0]) : null
}

/**
 * A government speaking by its level ("2022年，我区…", "全区各级人民政府…", or "现将县人民政府2022年…
 * 报告如下") whose text calls its government "县人民政府", or whose lead names all its area's
 * governments: the report is that government's, its place the one the text names at that level.
 */
export function fromLevelGovernment(lines: Line[], ctx: Context): AgencyFound | null {
  const text = ctx.text
  const lead = leadLevel(lines)
  const we = lead?.level ?? REPORTER.exec(text.slice(0, 2000))?.[1]
  if (!we) return null
  const level = we === '区' && /自治区(?:人民)?政府/.test(text) ? '自治区' : we
  // The one government of that level the text writes out (《岳阳县人民政府常务会会前学法制度》) names it.
  const only = ctx.known().filter((k) => k.organ === '人民政府' && innermostPlace(k.place).endsWith(level))
  // "现将省政府2023年度…报告如下" names the government itself, as "省人民政府" written out does.
  const o = lead?.governments || !lead?.level || new RegExp(`(?<![${CJK}])${level}人民政府|[^${CJK}省市区县]${level}人民政府`).test(text)
    ? expand(`${level}人民政府`, ctx) ?? (only.length === 1 ? only[0] : null) : null
  return o ? { organ: o, source: 'body', evidence: `${level}人民政府` } : null
}
