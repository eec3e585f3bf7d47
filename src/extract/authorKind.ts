/**
 * What a report still says about its author's kind when no author can be read, for the sector: a department named by its level
 * as the subject (区财政局对…), the body a work report to the congress speaks for, the level a government speaks as (我镇, 全县,
 * 街道… → 镇人民政府), and for a 我局/我厅 the field its own words name (法治市场监管 → 市场监督管理局), the superior it works under,
 * or the words of its work (./fieldTerms.ts). ./authorBody.ts reads the author itself from the same lead.
 */
import { selfLevel } from './selfNamed'
import { CJK, type Context } from './authorContext'
import { departmentOf } from './authorName'
import type { Line } from './authorTitle'
import { departmentOfWork } from './fieldTerms'
import { leadGovernmentLevel, REPORTER } from './authorBody'

/**
 * A government named by its level alone as the lead sentence's subject, also after a leadership phrase ("2021年，在党中央坚强
 * 领导下，自治区人民政府以…", "2023年，某县政府…"): no place to name it by, but its level's sector.
 */
const LEVEL_SUBJECT = /^\s*(?:19|20)\d{2}年[^，,]{0,4}[,，]\s*(?:在[^,，。]{0,40}[,，]\s*)?(?:[a-zA-Z]+|某)?(自治区|自治州|自治县|省|市|区|县|州)(?:人民)?政府/m

/** A level-abbreviated department the opening names as its subject ("区财政局对…", "我作为区林业局主要负责人", "本人担任区交通运输局局长"). */
const SUBJECT_DEPARTMENT = new RegExp(`(?:^|[，,。；\\n]|作为)\\s*([省市区县][${CJK}]{2,12}?(?:局|厅|委员会))(?=对|以|在|坚持|认真|深入|落实|贯彻|主要负责人|党组|党委|的?职能)|(?:担任|现任)([省市区县][${CJK}]{2,12}?(?:局|厅|委员会))(?=[局厅]长|主任|主要负责人|党组|党委)`)
/**
 * A department's field in the words its report uses for its own work (法治市场监管, 交通运输领域, 市场监管职能, 海洋行政执法,
 * 退役军人事务领域治理), or the rules and the rule of law of that work (《信访工作条例》, 信访工作法治化); 司法行政工作 is a 司法局's, 综合执法事项
 * and 综合行政执法改革 a 综合行政执法局's; so is the area's work the report says it serves (为全市文旅融合高质量发展提供…法治保障,
 * 为推进我市交通运输事业高质量发展提供…), and the work it centres on or furthers (围绕水务中心工作, 推动水务事业健康发展); the safeguard it
 * provides (提供坚实的应急管理保障), its system's conference (全省粮食和物资储备工作会议), the work it joins the rule of law with (把依法行政同体育日常工作结合起来), and the law of its own
 * field (《中华人民共和国统计法》).
 */
const FIELD = new RegExp(`围绕([${CJK}]{2,6}?)中心工作|推(?:动|进)([${CJK}]{2,6}?)事业(?:健康|高质量|持续)?发展|法治([${CJK}]{2,10}?)(?:建设|工作)|([${CJK}]{2,10}?)(?:领域|职能|行业|系统)(?:依法|法治|执法|治理)|([${CJK}]{2,6}?)(?:19|20)\\d{2}年度?法治政府建设|([${CJK}]{2,10}?)法治(?:政府部门|政府)?建设|全[省市区县]([${CJK}]{2,10}?)(?:系统|工作会议)|《([${CJK}]{2,6}?)工作条例》|([${CJK}]{2,10}?)工作法治化|履行([${CJK}]{2,10}?)(?:职能|职责)|([${CJK}]{2,4}?)行政执法|(司法)行政(?:工作|职能|系统)|(综合(?:行政)?执法)(?:改革|事项|体制|队伍|力量)|为(?:推进|推动|促进|服务)?(?:全|我)[省市区县]([${CJK}]{2,8}?)(?:融合|事业|产业)?(?:高质量)?发展提供` +
  `|提供(?:坚实|有力|有效|优质)?的?([${CJK}]{2,6}?)保障|依法行政(?:同|与|和)([${CJK}]{2,6}?)(?:日常|业务)?工作(?:相)?结合|《中华人民共和国([${CJK}]{2,6}?)法》`, 'g')

/** The department a field names: the longest tail of the words that is a department's stem (制定退役军人 → 退役军人事务局; 建设 alone, of 法治建设工作, is none). */
function departmentOfField(words: string): string | undefined {
  for (let k = 0; k + 2 <= words.length; k++) {
    // (中国/国家 + words + 局 has a national administration's shape: 法治中国示范区… is no field)
    if (/^(?:中国|国家)|^建设$/.test(words.slice(k))) continue
    const d = departmentOf(`${words.slice(k)}局`)
    if (d) return d
  }
  return undefined
}

/**
 * A 我局 working under its superior department's guidance (在…市政务服务数据管理局的业务指导下, 在省司法厅指导下), or its system's
 * central organ's (在省委、省政府的领导和交通运输部的指导支持下, 在国家林业和草原局的大力支持和指导下): group 1 or 2.
 */
const ORGAN_CHAR = `(?:(?!的)[${CJK}])`
const GUIDED = new RegExp(`在[^。；\\n]{0,30}?(?:[和及、]?([省市州]${ORGAN_CHAR}{2,16}?(?:局|厅|委员会|委))|(?<=在|、|[导持][和及])(${ORGAN_CHAR}{2,12}?(?:部|总局|局)))` +
  '的?(?:业务)?(?:指导(?:和|与)?(?:支持)?|(?:大力)?支持(?:和|与)指导)下')

/** A department's public institution or team speaking of itself (我中心, 本中心, 我大队, a clause's subject 支队/大队 before its verb). */
const SELF_UNIT = /我(?:中心|[支大总]?队)|本中心|(?:^|[，,。；\n])\s*(?:[支大总]队|中心)(?=坚持|深入|认真|全面|围绕|党委|党组)/

/** The body a work report speaks for before the congress (我代表市中级人民法院向大会报告工作), and a court's word. */
const SPEAKS_FOR = new RegExp(`我代表([${CJK}]{2,24}?)向[^。\\n]{0,12}?报告工作`)
const COURT = /人民法院$/

/**
 * When no author can be read, what the report still says about its kind, for the sector: a
 * department named by level as the subject (区财政局), the field of a 我局/我厅 (法治市场监管 →
 * 市场监督管理局), or the level a government speaks for (我镇, 全县, 街道…) as "镇人民政府".
 */
export function kindOf(lines: Line[], ctx: Context): string | undefined {
  const head = lines.map((l) => l.text).join('\n')
  const subject = SUBJECT_DEPARTMENT.exec(head)
  const named = subject ? departmentOf(subject[1] ?? subject[2]) : undefined
  if (named) return named
  // (a work report to the people's congress, 我代表市中级人民法院向大会报告工作: the body it speaks for; a court, no author, still its kind)
  const speaker = SPEAKS_FOR.exec(head)?.[1]
  const body = speaker && (departmentOf(speaker) ?? COURT.exec(speaker)?.[0])
  if (body) return body
  const level = selfLevel(head) ?? leadGovernmentLevel(lines) ?? LEVEL_SUBJECT.exec(head)?.[1] ?? REPORTER.exec(head)?.[1]
  // (a centre or a team speaking of itself, 我中心, 我大队, 2023年，支队坚持…: a department's unit, its field read as a 我局's)
  if (!level && !SELF_UNIT.test(head)) return undefined
  if (!level || /[局厅委办]/.test(level)) {
    FIELD.lastIndex = 0
    for (const m of ctx.text.slice(0, 3000).matchAll(FIELD)) {
      const field = departmentOfField(m.slice(1).find(Boolean)!)
      if (field) return field
    }
    // (or its superior of the same system, by whose guidance it works: 在市政务服务数据管理局的业务指导下)
    const guide = GUIDED.exec(head)
    // (or, with neither, the words of the work it does: 市场主体, 营业执照 → 市场监督管理局; ./fieldTerms.ts)
    return guide ? departmentOf(guide[1] ?? guide[2]) : departmentOfWork(ctx.text.slice(0, 3000))
  }
  return level === '街道' ? '街道办事处' : level === '新区' ? '新区管理委员会' : `${level}人民政府`
}
