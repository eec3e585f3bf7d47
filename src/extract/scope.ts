/**
 * Figures that count something other than the agency's own total for the year, whatever the
 * indicator:
 * - a multi-year span ("2019年至今…累计", "五年间（2018—2022年）", "三年来", "十四五期间", "七五普法期间", "八五普法启动以来"): the
 *   figures after it add up several years;
 * - one case given as an example (如某…案): the figures after it are that case's;
 * - a category breakdown ("按类别，…", "按申请事项：…", "按执法行为分列："): the figures after it
 *   are parts of a total stated elsewhere, and their terms name categories, not indicators (the breakdown and the
 *   example end at a clause that restarts with the author, "…，本局…34件"; a span of years does not).
 * And, per indicator, a sub-figure whose stated total counts something else ("行政强制1655宗，
 * 其中被诉22宗" is not the litigation total) when the rule names the totals its parts belong to (`part_of`).
 */
import type { CompiledRule } from './rules'
import { clauseStart, isClauseBreak, type Span } from './structure'
import { ownRestartAfter } from './ownClause'
import { occursIn } from './sentenceMarks'
import { CHANGE_ONLY } from './subitems'
import { listedYears } from './respectively'
import { THIS_YEAR_LEAD } from './otherYears'

/** Titles and asides are names ("三年行动计划（2023-2025年）"), not spans the figures cover. */
const NAMES = /《[^《》]*》|（[^（）]{0,40}）|\([^()]{0,40}\)/g
const SPAN_OF_YEARS = /(\d{4})年?\s*[—–\-－~至到]\s*(\d{4})年/g
// (a lone digit looked behind from after itself, \d(?<!\d\d): a lookbehind opening an alternative was tried at every position)
const SEVERAL_YEARS = /(?:[两三四五六七八九十几多数]|近[两三四五六七八九十几]|\d(?<!\d\d))年(?:间|来|以来)|十[一二三四五]五[”"’]?(?:期间|以来|时期)|[“"]?[一二三四五六七八九]五[”"’]?普法(?:规划)?(?:启动|实施|开展)?(?:期间|以来)|历年来|近年来|多年来|(?:近|过去|最近)?[两三四五六七八九十几]年(?:累计|共计|合计)|(?:近|过去|最近)[两三四五六七八九十几]年(?:来)?(?:共|总共)/
/**
 * Years a clause opens with ("近三年，…", "近三年全县…", "本局历年…", "本届任期内…", "将近三年…" and "将近三年的…归档"): at a clause's start only, the span set off by a
 * comma or not. Found where the words stand
 * (YEARS_OF_CLAUSE), then the clause's start tested there (AT_CLAUSE_START): as one lookbehind-led alternative of SEVERAL_YEARS
 * it was tried at every character of every sentence with a 年, most of that regex's time.
 */
const YEARS_OF_CLAUSE = /(?:近|过去|最近|前)(?:[两三四五六七八九十几]|\d{1,2})年(?=[\u4e00-\u9fff,，])(?!度|级|以上|以下|内未|未|没|无|的?(?:最|首次|同期|平均))|历年|(?:本届|上届)[^,，;；。]{0,4}(?:任期|以来)|任期(?:内|以来)/g
const AT_CLAUSE_START = /(?<=(?:^|[,，;；:：])\s*(?:(?:本|我)(?:局|委|办|厅|单位|机关|部门)|局机关)?(?:在|将|把)?)/y

/** Where in `s` the first span of years that opens a clause stands, or -1. */
function clauseYears(s: string): number {
  YEARS_OF_CLAUSE.lastIndex = 0
  for (let m = YEARS_OF_CLAUSE.exec(s); m; m = YEARS_OF_CLAUSE.exec(s)) {
    AT_CLAUSE_START.lastIndex = m.index
    if (AT_CLAUSE_START.test(s)) return m.index
    YEARS_OF_CLAUSE.lastIndex = m.index + 1 // (a later start inside this match may open the clause's words)
  }
  return -1
}
/** Since a reform, an institution or a measure began ("改革实施以来…累计受理9起", "免罚清单实施以来累计不予处罚…", "…机制建立以来，累计抽查…"), or a run of years (已连续举办五年，累计授课48讲): several years added up. */
const SINCE_START_SUM = /(?:(?:改革|成立|组建|挂牌|施行|实施|推行|运行|启用|开通|建立)(?:实施|运行)?以来|连续[^,，;；。\d]{0,6}?(?:[两三四五六七八九十]|\d{1,2})年)[^;；。]{0,60}?累计/
/**
 * Since a body, a service or a programme began or a reorganisation ("机构改革以来共…", "建站以来", "平台开通以来", "大讲堂自开班以来";
 * a campaign's launch, "“春季攻势”启动以来" (corpus README: counted from its start, not the year's);
 * a zone's or a park's founding, "建区以来", "开园以来"; a party congress or plenum opening its clause, "党的十八大以来，…",
 * "自十九届四中全会以来", never an object's modifier, 对党的十八大以来印发的文件…): its whole life, 累计 or not. A law in force since a
 * date (条例施行以来) needs 累计: one in force from the report's year counts the year.
 */
const SINCE_START = /(?:^|[,，;；。\s])(?:自|从)?(?:(?:党的)?(?:十[七八九]|二十)(?:大|届[^,，;；。\d]{0,6}?全会)|新时代)以来|(?:改革|成立|组建|挂牌|启用|启动|开通|开园|建(?:站|所|室|点|馆|区|园)|建成|设立|创建|创办|开办|开班|开讲|上线|投用|投入使用|(?:试|投入)运行)(?:实施|运行)?以来/
/**
 * A level held over a run of years (连续三年保持在1500次以上, 连续两年均超过…): the run's floor, no figure of the year (one stated before it,
 * 全年开展…1620次，连续三年…, stays the year's).
 */
const HELD_OVER_YEARS = /连续[^,，;；。\d]{0,4}?(?:[两三四五六七八九十]|\d{1,2})(?:个)?年(?:度)?[^,，;；。\d]{0,8}?(?:(?:保持|稳定|维持|控制)在|均(?:在|超过|达到|高于|突破|保持))/
/** "2019年以来/至今" is a span only when the sentence adds up (累计): "2023年以来" in a 2023 report is the year, 累计 or not. */
const SINCE_YEAR_SUM = /(\d{4})年[^,，;；。]{0,12}(?:以来|至今)[^;；。]{0,40}?累计/
/** Since an earlier year than the report's ("自2020年以来…", "2021年至今…"): several years, 累计 or not. */
export const SINCE_YEAR = /(\d{4})年[^,，;；。\d]{0,4}(?:以来|至今)/
/**
 * A span that dates a 对-phrase's object (对2016年以来出台的规范性文件进行清理, 对本局2018年以来印发的…): it says which documents the act
 * took up, not the years its count covers (corpus README, "Precision forms 56b").
 */
const DATED_OBJECT = /对[^,，;；。\d]{0,6}$/
const OBJECT_AFTER = /^(?:制定|制发|印发|出台|发布|下发|颁布)?的/
const datesObject = (s: string, m: RegExpExecArray): boolean =>
  DATED_OBJECT.test(s.slice(Math.max(0, m.index - 8), m.index)) && OBJECT_AFTER.test(s.slice(m.index + m[0].length))
/** A count up to a date of an earlier year than the report's ("截至2022年底，累计办理…2360件"): that date's, not the year's. */
const UNTIL_EARLIER = /截[至止](\d{4})年/
/** One case given as an example ("如某企业违法排污案，罚款5000元", "例如，在某商户无证经营一案中…"): its figures are that case's. */
const EXAMPLE = /(?:^|[,，;；:：])\s*(?:典型)?(?:案例)?(?:例如|比如|譬如|诸如|如(?![期实何今下此果若]))[,，:：]?[^,，;；。]{0,24}?(?:某|一起|一宗)[^;；。]{0,24}?案/
/**
 * One case told without 如, by its party left unnamed (某): the decision on it ("对某商贸公司…作出行政处罚决定，罚没款3.2万元") or
 * the case itself ("查办的某公司虚假宣传案…，罚款20万元"). 某些/某种/某一/某项 name no party.
 */
const UNNAMED_CASE = /(?:^|[,，;；:：])[^,，;；。]{0,16}?(?:对|查办|查处|办理|办结)[^,，;；。]{0,4}?某(?![些种一项类方])[^,，;；。]{0,24}?(?:公司|企业|商户|商行|门店|药店|超市|厂|诊所|医院|个体户|经营户|[^,，;；。]案)/
/**
 * A breakdown of the figures before it by an aspect: 按类别分…, 分年度…, and the aspect it is read from (从案件类别来看，行政处罚27件…;
 * 从应诉机关来看，…共同应诉的有115件; 从被申请人看…): kinds and bodies of what was counted, no indicator of their own. (Results and
 * times are no aspect: 从审理结果看，…纠错率17.3% and 从全年看，共作出行政处罚65件 are read.)
 */
const BREAKDOWN = /(?:^|[,，:：])(?:按(?:照)?[^,，:：;；。]{0,4}?(?:类别|类型|种类|领域|行业|案由|事项|申请事项|对象|被申请对象|被申请人|申请人|执法行为|行为|地区|区域|层级|性质|部门|年度|年份)|分(?:年度|年份|年)|从[^,，:：;；。\d]{0,6}?(?:类别|类型|种类|领域|行业|案由|事项|对象|被申请人|申请人|被告|应诉机关|应诉主体|执法主体|主体|地区|区域|层级|性质|部门)(?:分布|构成|情况)?(?:来|上)?看)(?:分列|划分|分类|分|统计|来看|看)?[,，:：]/

/** After a span of years, a clause of the whole year (全年…, 本局全年…): the year's own again. */
const WHOLE_YEAR_LEAD = /^\s*(?:(?:本|我)(?:局|委|办|厅|单位|机关)|局机关)?全年/

/**
 * A sentence (or ；-clause) that opens with a campaign or one targeted problem as its topic
 * ("资质挂靠专项整治中实施行政处罚29起", "招投标治理依托…立案17件", "专项整治方面，…",
 * "针对“三假”问题共查处案件2637起"): its figures are that campaign's, a part of the year's work,
 * not the year's total.
 */
const CAMPAIGN_LEAD = /^\s*(?:[\u4e00-\u9fff“”"]{0,12}?(?:(?:专项整治|专项治理|系统治理|集中整治|专项行动|专项检查)(?:中(?!心)|期间|方面|依托|[，,])|(?:治理|整治)(?:中(?!心)|期间|依托))|针对[^,，;；。]{1,16}?(?:问题|乱象))/

/** A character every CAMPAIGN_LEAD holds (专项…, …整治, …治理, 针对): a lead without one is not tried (its lazy run, tried at every length, cost ~1%). */
const CAMPAIGN_CHAR = /[专治整针]/

/** True when `sentence` opens with a campaign as its topic (its figures are that campaign's part). */
export function campaignPart(text: string, sentence: Span): boolean {
  const lead = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 24))
  return CAMPAIGN_CHAR.test(lead) && CAMPAIGN_LEAD.test(lead)
}

/** A sentence that goes on about the figures of the one before it ("从结果看，…", "其中…", "上述案件中…"). */
const GOES_ON = /^\s*(?:从[^,，。]{0,12}(?:看|分析|来看)|其中|上述|以上|这些|前述)/

/** True when `sentence` goes on about the figures of the sentence before it (its scope is that one's). */
export function goesOn(text: string, sentence: Span): boolean {
  return GOES_ON.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 20)))
}

/** Where in `sentence` the figures stop being the year's own totals (its end when they never do). */
export function notOwnFrom(text: string, sentence: Span, year: number | null = null): number {
  if (!occursIn(text, sentence, '年期来按如某')) return sentence.end // every form above holds one of these
  const plain = text.slice(sentence.start, sentence.end)
  const s = occursIn(text, sentence, '《（(') ? plain.replace(NAMES, (m) => '　'.repeat(m.length)) : plain // (every name opens with one)
  let from = s.length
  // (each form only where the word it cannot do without occurs: a 年 (SEVERAL_YEARS's 十四五 and 七五普法 a 五, a clause's 任期 none),
  // few a 累计 or 按)
  const years = s.includes('年')
  SPAN_OF_YEARS.lastIndex = 0
  for (let m = years ? SPAN_OF_YEARS.exec(s) : null; m; m = SPAN_OF_YEARS.exec(s)) {
    // (a span whose figures follow 分别 year by year, the report's among them, is read by respectively.ts: each its year's)
    if (Number(m[2]) > Number(m[1]) && !(year !== null && listedYears(text, sentence.start + m.index, sentence.end)?.includes(year))) {
      from = m.index
      break
    }
  }
  const sum = s.includes('累计')
  const since = year !== null && (s.includes('以来') || s.includes('至今'))
  const sinceWord = s.includes('以来')
  const until = year !== null && years && s.includes('截')
  for (const re of [(years || s.includes('五')) && SEVERAL_YEARS, years && s.includes('连续') && HELD_OVER_YEARS, sum && SINCE_YEAR_SUM, since && SINCE_YEAR, sum && SINCE_START_SUM, sinceWord && SINCE_START, (s.includes('按') || s.includes('分年') || (s.includes('从') && s.includes('看'))) && BREAKDOWN, s.includes('如') && EXAMPLE, s.includes('某') && UNNAMED_CASE, until && UNTIL_EARLIER]) {
    const m = re ? re.exec(s) : null
    if (m && m.index < from && !(re === SINCE_YEAR_SUM && Number(m[1]) === year) && !(re === SINCE_YEAR && (Number(m[1]) >= year! || datesObject(s, m))) &&
      !(re === UNTIL_EARLIER && Number(m[1]) >= year!)) from = m.index
  }
  const clause = years || s.includes('任期') ? clauseYears(s) : -1
  return sentence.start + (clause >= 0 && clause < from ? clause : from)
}

/** The year's own part named after a total over years ("三年来累计化解1860件，其中今年化解520件"). */
const YEAR_PART = /其中(?:今年|本年|当年|年内)|其中(\d{4})年/g

/** A breakdown or an example opening where the figures stopped being the year's own. */
const NOT_TIME = new RegExp(`^(?:${BREAKDOWN.source}|${EXAMPLE.source}|${UNNAMED_CASE.source})`)
const UNNAMED_AT = new RegExp(`^(?:${UNNAMED_CASE.source})`)

/** Where, after `from` (where figures stopped being the year's own), the year's part of them starts again (the sentence's end if never). */
export function yearPartFrom(text: string, sentence: Span, from: number, year: number | null): number {
  // A breakdown or an example is no time scope: a clause that restarts with the author ends it ("按类别分，食品类19件…，本局…34件").
  // (a case told by its unnamed party ends with its ；-part too: "对某公司作出行政处罚，罚款3万元；全年罚没款215万元")
  if (NOT_TIME.test(text.slice(from, from + 60))) {
    const own = ownRestartAfter(text, from, sentence.end)
    const part = UNNAMED_AT.test(text.slice(from, from + 60)) ? text.slice(from + 1, own).search(/[;；]/) : -1
    return part < 0 ? own : from + part + 2
  }
  const s = text.slice(from, sentence.end)
  YEAR_PART.lastIndex = 0
  for (let m = YEAR_PART.exec(s); m; m = YEAR_PART.exec(s)) {
    if (!m[1] || Number(m[1]) === year) return from + m.index
  }
  // (or a clause that returns to the year by name: "近三年来共…820件；今年…34件", "…累计办件8200件，本局全年…", or by number: "2018年以来…依次为…；2022年全省…
  // 1874件" in a 2022 report)
  const own = year === null ? null : `${year}年`
  for (let at = from; at < sentence.end; at++) {
    if (at > sentence.start && !isClauseBreak(text.charCodeAt(at - 1))) continue
    if (THIS_YEAR_LEAD.test(text.slice(at, at + 4)) || WHOLE_YEAR_LEAD.test(text.slice(at, at + 8)) || (own && text.startsWith(own, at) && !/^(?:以来|至今|[—–\-－~至到])/.test(text.slice(at + 5, at + 8)))) return at
  }
  return sentence.end
}

/**
 * True when a sub-figure of `part` belongs to a total that counts something else: the clause
 * that holds the total (the one before 其中, or the one a colon or aside ends) states a figure and names none of the
 * rule's `part_of` words. A part that opens its sentence has its total out of sight: left to other checks.
 */
export function otherTotalsPart(text: string, rule: CompiledRule, sentence: Span, part: Span): boolean {
  if (!rule.partOf) return false
  let end = part.start
  let start = clauseStart(text, end, sentence.start)
  if (start === end) { end = start - 1; start = clauseStart(text, end, sentence.start) } // "…，其中": the clause before
  if (start > sentence.start && CHANGE_ONLY.test(text.slice(start, end))) { end = start - 1; start = clauseStart(text, end, sentence.start) }
  if (end <= sentence.start) return false
  const total = text.slice(start, end)
  // (a clause with no figure states no total: "各项工作有序推进，其中：受理行政复议申请34件" lists the year's own figures)
  return STATES_FIGURE.test(total) && !rule.partOf.test(total)
}

/** A figure in Arabic digits or a Chinese numeral with its measure word. */
const STATES_FIGURE = /[0-9０-９]|[零〇一二三四五六七八九十百千万两]+[件宗起项次个人例]/
