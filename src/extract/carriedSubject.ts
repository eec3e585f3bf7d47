/**
 * The subject a clause with none of its own carries from the clauses before it: in its sentence, from the clause of the figure
 * before it ("全国各地共下达处罚决定书13.28万份，罚没款总计116.87亿元", "全市各级复议机关共收到申请469件，审查后受理430件"), and in a
 * later ；-part that opens with no subject either, from the parts before it in its period ("各区共执法检查1732家次；发现违法行为
 * 492项次；已整改483项次": reworded reports put ； where a comma stood, and the part still speaks of the districts), and from a
 * heading of its paragraph's part that names a group of bodies (GROUP_HEADING).
 */
import type { Sentence } from './engine'
import { OTHERS_SUBJECT, mediators } from './objects'
import { TIME_LEAD } from './clauseSubjects'
import { OWN_LEVEL } from './clauseEvent'
import { clauseStart, isSpace } from './structure'
import { widerThanAuthor } from './authorLevel'
import { firstAtLeast } from './sorted'

/** An area's bodies opening a clause as its subject ("全市各级复议机关共收到…", "全省市场监管部门…"). */
const AREA_OPENING = /^(?:全[国省市县区州]|各级)[^,，;；。\d]{0,10}?(?:部门|机关|机构|单位|系统)/
/** What names a subject of its own in a clause before its figure (a body, the author, a part of a total; 组织 as a noun, not the verb). */
const OWN_SUBJECT_WORD = /[本我]|局|委|厅|府|部门|机关|单位|中心|法院|检察|公安|(?:调解|社会|群团|基层|党|自治|志愿者?|服务|行业)组织|机构|系统|[镇乡]|街道|社区|村/
/**
 * A heading of a paragraph's part that names a level or group of bodies (（一）区直部门。, （二）街镇：, 三、乡镇（街道）。): the
 * subject-less figures after it are that group's, a part by level, not the author's total.
 */
export const GROUP_HEADING = /(?:^|[。\n])\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])?\s*各?(?:[区县市省]直(?:部门|单位|机关)?|街镇|镇街|乡镇|街道|部门|单位)(?:[（(][^）)]{0,6}[）)])?[。：:]\s*$/
/** Most characters other than whitespace between a heading's start (a 。 or a line break) and its last mark: numbering 5, 各, the group 4, an aside 8. */
const HEADING_CHARS = 18

/**
 * Whether `s` ends with a group heading (GROUP_HEADING.test), tried on its tail only: it must end with 。, ：or : and whitespace
 * (by char code: most clauses end with a comma), and the heading starts at most HEADING_CHARS characters other than whitespace
 * before that mark, at a 。 or line break there (or at the text's start). The regex over the whole paragraph before every
 * candidate's clause was quadratic in a paragraph without line breaks (bench/hostile.ts's respectively lists: 10 s/MB at 2 MB).
 */
export function groupHeading(s: string): boolean {
  let e = s.length - 1
  while (e >= 0 && isSpace(s.charCodeAt(e))) e--
  const c = e < 0 ? 0 : s.charCodeAt(e)
  if (c !== 0x3002 && c !== 0xff1a && c !== 58) return false
  let x = e
  for (let n = 0; x > 0 && n <= HEADING_CHARS;) if (!isSpace(s.charCodeAt(--x))) n++
  if (x === 0) return GROUP_HEADING.test(s)
  // (sliced at a 。 or line break, the tail's ^ matches nowhere the whole text's would not: what follows it is no heading's word)
  for (let q = x; q < e; q++) if (s.charCodeAt(q) === 0x3002 || s.charCodeAt(q) === 10) return GROUP_HEADING.test(s.slice(q))
  return false
}
/**
 * A clause that opens with a whole area (全县…, 2023年全市…): it names its own subject, the area, carried from no clause before it
 * ("各乡镇制定…36件，全县办理行政处罚案件4260件": the county's, not the towns'); the area rules read it as such.
 */
const WHOLE_AREA_OPENING = /^全[国省市县区州旗镇乡](?![场面部体级域])/
/**
 * An opening clause by which the author gives the bodies below a study topic (将习近平法治思想列入各村党支部学习第一议题, 把宪法纳入各社区
 * 党组织学习计划, 将…作为基层党支部“三会一课”必学内容): the subject-less counts after it are those bodies' sessions, not the author's
 * (its own meeting given the topic, 列为局党组会“第一议题”, names no body below).
 */
const LOWER_TOPIC = /^(?:将|把)[^,，;；。]{0,24}?(?:列入|列为|纳入|作为|确定为)[^,，;；。]{0,8}?(?:村|社区|党支部|党小组|基层党组织)[^,，;；。]{0,12}?(?:议题|内容|计划|课程)/
/** How many earlier clauses with figures a subject is carried over, and how many earlier ；-parts of the period. */
const CARRY_REACH = 4
const PART_REACH = 8
/** What ends a ；-part's opening, its first clause up to its first figure. */
const LEAD_END = /[,，:：\d０-９]/

/** The subject a clause's opening names (after a time it opens with): other bodies, an area's bodies, one of its own, or none. */
function subjectOf(lead: string): 'others' | 'area' | 'own' | null {
  const l = lead.replace(TIME_LEAD, '')
  if (OTHERS_SUBJECT.test(l) || mediators(l)) return 'others'
  if (AREA_OPENING.test(l)) return 'area'
  return OWN_SUBJECT_WORD.test(l) ? 'own' : null
}

/**
 * The subject carried from an earlier clause's opening (`lead`), for an author at `level`: an area wider than the author's (全市…系统 in
 * a county bureau's report, authorLevel.ts) is other bodies', as it is in the clause that names it ("全市市场监管系统共查处案件2860件，
 * 罚没款3600万元": the fines are the city's too), where the author's own area stays an area's.
 */
function carriedFrom(lead: string, level: number | null): 'others' | 'area' | 'own' | null {
  const subject = subjectOf(lead)
  return subject === 'area' && widerThanAuthor(lead, level) ? 'others' : subject
}

/** Whether a ；-part's opening (`lead`, up to its figure) names a subject of its own: a host named in an earlier part is not its host. */
export const namesSubject = (lead: string): boolean => subjectOf(lead) !== null

/**
 * 'others' when the clause the subject is carried from opens with other bodies (OTHERS_SUBJECT), 'area' when with an area's
 * bodies, over clauses between that name no subject either; null when a clause names one of its own on the way.
 */
export function carriedSubject(text: string, sentence: Sentence, k: number, cs: number, anchor: number): 'others' | 'area' | null {
  if (OWN_SUBJECT_WORD.test(text.slice(cs, anchor)) || OWN_LEVEL.test(text.slice(cs, cs + 8)) ||
    WHOLE_AREA_OPENING.test(text.slice(cs, cs + 12).replace(TIME_LEAD, ''))) return null
  let at = cs
  let n = 0
  for (let j = k - 1; cs > sentence.start && j >= 0 && n < CARRY_REACH; j--) {
    const tok = sentence.tokens[j]
    if (tok.start >= at) continue
    const from = clauseStart(text, tok.start, sentence.start)
    const subject = carriedFrom(text.slice(from, tok.start), sentence.level)
    if (subject) return subject === 'own' ? null : subject
    at = from
    n++
  }
  // (also over the sentence's earlier clauses that name no subject: "（二）街镇。组织法治轮训，轮训执法人员N人次"; the heading, read on its
  // tail, is asked first: the clauses' subject is read over the sentence up to the figure's clause, up to 500 characters a candidate)
  if (groupHeading(text.slice(sentence.paragraph, at)) ||
    (at > sentence.start && groupHeading(text.slice(sentence.paragraph, sentence.start)) && !subjectOf(text.slice(sentence.start, at)))) return 'others'
  // (and from the sentence's opening clause when it names other bodies, or gives the bodies below a topic, and none of the clauses
  // after it names one of its own: "全区法律明白人深入田间地头，开展法治宣传活动N次", "各乡镇高度重视，开展…N次", "将…列入各村党支部学习
  // 第一议题，开展法治学习N场")
  if (cs > sentence.start) {
    const lead = text.slice(sentence.start, cs)
    const cut = lead.search(/[,，]/)
    const opening = cut < 0 ? lead : lead.slice(0, cut)
    if ((subjectOf(opening) === 'others' || LOWER_TOPIC.test(opening)) && (cut < 0 || !OWN_SUBJECT_WORD.test(lead.slice(cut + 1)))) return 'others'
  }
  if (sentence.period >= sentence.start || subjectOf(text.slice(sentence.start, at))) return null
  // (the period's ；-parts before the sentence, the last PART_REACH of them, found among the text's ；s read once: a period of lines
  // joined by blank lines and no stop was split from its start again for each sentence)
  const end = sentence.start - 1
  const marks = semicolons(text)
  const lo = firstAtLeast(marks, sentence.period)
  const parts = firstAtLeast(marks, end) - lo + 1
  for (let i = parts - 1; i >= Math.max(0, parts - PART_REACH); i--) {
    const from = i === 0 ? sentence.period : marks[lo + i - 1] + 1
    const to = i === parts - 1 ? end : marks[lo + i]
    let lead = from
    while (lead < to && !LEAD_END.test(text[lead])) lead++
    const subject = carriedFrom(text.slice(from, lead), sentence.level)
    if (subject) return subject === 'own' ? null : subject
  }
  return null
}

/** The text the ；s were last read in, and where they stand. */
let marksText: string | null = null
let marksAt: number[] = []
function semicolons(text: string): number[] {
  if (marksText !== text) {
    marksText = text
    marksAt = []
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 59 || c === 0xff1b) marksAt.push(i)
    }
  }
  return marksAt
}
