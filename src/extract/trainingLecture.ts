/**
 * Whether a lecture (讲座, 讲堂, 授课, 法治课, 宣讲) is a training session for the agency's own staff or a publicity event for
 * the public: by the audience its clauses name, then whom its sentence says it served, then the topic of its sentence or
 * paragraph (./training.ts asks it for a rule's `lecture` kind).
 */
import type { Span } from './structure'
import { clauseEnd, clauseStart } from './structure'

export type LectureKind = 'staff' | 'public'

const LECTURE = /讲座|讲堂|授课|讲授|法治课|党课|宣讲/
/** A talk (宣讲): given to the agency's own staff only when its audience says so; none named, it is for the public. */
const TALK = /宣讲/
/** The agency's own people as a lecture's audience. */
const STAFF = /干部职工|机关(?:干部|工作人员)|工作人员|执法人员|执法队员|公职人员|党员干部|领导干部|领导班子|班子成员|全体干部|全局|全体职工|(?<![部局委厅办])机关/g
/** The public as a lecture's audience. */
const PUBLIC = /进(?:社区|企业|校园|学校|农村|乡村|村|家庭|单位|市场|工地|商圈|园区)|群众|居民|村民|市民|企业|商户|学生|师生|青少年|老年人|农民工|游客|经营者|从业人员|辖区|(?:医药|金融|养老|托育|中介)机构|(?:排污|用人|施工|物业)单位/g
/** A clause that says who attended an event (参加群众500余人次, 覆盖干部200余人次, 受教育学生…). */
const ATTENDANCE = /^[^,，;；。]{0,4}(?:参加|参与|参训|覆盖|受教育|受益|听众|到场|惠及)/
/**
 * Later in a lecture's sentence, whom it served: the agency's own work it explained the law for, or its aim of learning for
 * that work (结合行政审批、行政执法等工作讲解…, 以讲促学、以学促干) → its staff; the public it was given to (为辖区群众讲解…) → the public.
 */
const STAFF_AIM = /以学促干|以讲促学|学以致用|结合(?:[^,，;；。]{0,3}(?:行政审批|行政执法|执法办案|审批|执法|业务|监管))+[^,，;；。]{0,4}?(?:工作|实际)/
const FOR_PUBLIC = /(?:为|向|给|面向)(?:广大|辖区|全[县市区镇乡])?(?:群众|居民|村民|市民|企业|商户|学生|师生|青少年|经营者|从业人员|(?:定点)?(?:医药|金融|养老|托育|中介)机构|(?:重点)?(?:排污|用人|施工|物业)单位)/
function servedIn(rest: string): LectureKind | null {
  const staff = rest.search(STAFF_AIM)
  const pub = rest.search(FOR_PUBLIC)
  if (staff < 0 && pub < 0) return null
  return pub < 0 || (staff >= 0 && staff < pub) ? 'staff' : 'public'
}

/** Topics of a sentence or paragraph: the agency's own study, or publicity for the public. */
const STAFF_TOPIC = /学法|培训|中心组|会前|法治教育培训|干部学法/g
const PUBLIC_TOPIC = /普法|法治宣传|法制宣传|宣传活动|送法|宣传月|宣传周|宪法日/g

/** How far back in its paragraph a lecture's topic is looked for (a paragraph's lead is near its figures). */
export const PARAGRAPH_REACH = 400

/** The last match of `re` in `s` (its index), or -1. */
function lastIndex(re: RegExp, s: string): number {
  re.lastIndex = 0
  let at = -1
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index
  return at
}

/** Which kind a text names last: the nearer mention wins when both are named. */
function nearer(s: string, staff: RegExp, pub: RegExp): LectureKind | null {
  const a = lastIndex(staff, s)
  const b = lastIndex(pub, s)
  if (a < 0 && b < 0) return null
  return a > b ? 'staff' : 'public'
}

/**
 * Whether the lecture term at `hit` before or after the figure ending at `figureEnd` is of `kind`.
 * A term that is no lecture always fits. `paragraph`: where the figure's paragraph starts.
 */
export function lectureFits(text: string, kind: LectureKind, hit: Span, figureEnd: number, sentence: Span,
  paragraph: number): boolean {
  if (!LECTURE.test(text.slice(hit.start, hit.end))) return true
  const from = clauseStart(text, Math.min(hit.start, figureEnd), sentence.start)
  const to = clauseEnd(text, Math.max(hit.end, figureEnd), sentence.end)
  // The next clause may say who came ("举办法治讲座6场，参加群众500余人次").
  const next = text.slice(to + 1, clauseEnd(text, to + 1, sentence.end))
  const audience = nearer(text.slice(from, to), STAFF, PUBLIC) ??
    (ATTENDANCE.test(next) ? nearer(next, STAFF, PUBLIC) : null) ?? servedIn(text.slice(to, sentence.end))
  if (audience) return audience === kind
  if (TALK.test(text.slice(hit.start, hit.end))) return kind === 'public'
  const topic = nearer(text.slice(sentence.start, sentence.end), STAFF_TOPIC, PUBLIC_TOPIC) ??
    nearer(text.slice(Math.max(paragraph, sentence.start - PARAGRAPH_REACH), sentence.start), STAFF_TOPIC, PUBLIC_TOPIC)
  // No audience and no topic: a lecture is the agency's own session (the catalogue's older reading).
  return (topic ?? 'staff') === kind
}
