/**
 * A government's work report to its people's congress (政府工作报告 / ——2024年1月10日在X县第十八届人民代表大会第四次会议上 / 县长 王某某 /
 * 现在，我代表县人民政府，向大会报告工作), or its report to the congress's standing committee that a department's head reads for it
 * (——在X市第十八届人民代表大会常务委员会第二十次会议上 / X市司法局局长 / 我受市人民政府委托，向市人大常委会报告…): the government of the
 * place whose congress hears it, not the department whose head reads it. A court's or procuratorate's report
 * (我代表市中级人民法院向大会报告工作) speaks for no government: ./authorKind.ts kindOf reads its kind. The year such a report reviews
 * is the one before the session's (./metadata.ts reads it from the 2023年工作回顾 heading). With no session line, a speaker who names the
 * government in full (现在，我代表X镇人民政府，向大会报告工作) names it.
 */
import { placeChain } from './placeChain'
import { CJK, type AgencyFound, type Context } from './authorContext'
import { authorOf } from './authorName'

/**
 * The session line's place: 在X县第十八届人民代表大会第四次会议上, or its standing committee's (人民代表大会常务委员会第二十次会议上), also
 * by their short names (在X县第十九届人大常委会第十七次会议上, 在X镇第十八届人大第三次会议上).
 */
const SESSION = new RegExp(`在([${CJK}]{2,24}?)第[一二三四五六七八九十\\d]{1,4}届(?:人民代表大会(?:常务委员会)?|人大(?:常委会)?)第[一二三四五六七八九十\\d]{1,3}次(?:全体)?会议上`)
/**
 * The government speaking, for itself or through the head of a department it entrusts (我代表县人民政府，向大会报告工作; 我受市人民政府
 * 委托，向市人大常委会报告…; 受区人民政府委托，我向…报告; 受县人民政府委托，现将…报告如下; its place by level or in full).
 */
const GOVERNMENT_SPEAKS = new RegExp(`(?:我代表|受)[${CJK}]{0,20}?人民政府(?:的)?(?:委托)?[，,]?\\s*(?:我(?=向)|现将[^。\\n]{0,40}?)?(?:向[^。\\n]{0,16}?)?报告`)

/**
 * A work report with no session line, its speaker naming the government in full (政府工作报告 / 各位代表： / 现在，我代表X镇人民政府，向大会
 * 报告工作): that government. (By its level only, 我代表镇人民政府, it names no place: the author is looked for elsewhere.)
 */
const SPEAKER = new RegExp(`我代表([${CJK}]{2,20}?)人民政府[，,]?\\s*向(?:大会|[${CJK}]{0,16}?人民代表大会)(?:作)?(?:政府工作)?报告`)

export function fromCongress(ctx: Context): AgencyFound | null {
  const head = ctx.text.slice(0, 1500)
  const session = SESSION.exec(head)
  if (session && GOVERNMENT_SPEAKS.test(head)) {
    const organ = placeChain(session[1], true) ? authorOf(`${session[1]}人民政府`, ctx) : null
    if (organ) return { organ, source: 'body', evidence: session[0] }
  }
  if (!head.includes('政府工作报告')) return null
  const speaker = SPEAKER.exec(head)
  const organ = speaker && placeChain(speaker[1], true) ? authorOf(`${speaker[1]}人民政府`, ctx) : null
  return organ ? { organ, source: 'body', evidence: speaker![0] } : null
}
