/**
 * Whether another body holds a training event (the catalogue's `other_host`: 县委组织部另办…, 法院…举办, a party committee above the
 * author that studied; other units' heads who lectured), read from the figure's period — or from its ；-part when that names its own subject ("县委党校为本局举办…5期；
 * 县司法局举办…48期") — up to the figure. Split from ./training.ts.
 */
import type { CompiledRule } from './rules'
import { namesSubject } from './carriedSubject'

/** A party committee above the author as the one that studied (区委常委会, 县委理论学习中心组): one of `other_host`'s forms. */
const COMMITTEE = /(?:[省市县区州盟旗]委|自治区党委)(?:常委会|常委|(?:理论学习)?中心组)/
/**
 * The rest of the figure's 、-list naming the author's own government or party group (…3次、召开区政府党组会议学习…9次): one list of
 * the leadership's studies, joint as 县委常委会、县政府常务会共…10次 is, so the committee's count stays the author's. (Read on at most
 * LIST_REACH characters after the figure: bounded.)
 */
const OWN_IN_LIST = /^[^,，;；。]*?、[^,，;；。]*?(?:政府|党组)/
const LIST_REACH = 60

/**
 * Other units' heads counted by their units as a clause's subject (全县86个部门主要负责人…, 发动82家单位的“党政一把手”…, 各单位“一把手”带头…),
 * not as its audience (为/对/向/邀请/组织…) nor attending (参加/参训/听/学): `after`, the words between them and the term.
 */
const OTHER_HEADS = /(?:^|[,，;；。])(?:(?!为|对|向|给|邀请|组织|面向)[^,，;；。\d]){0,8}?(?:全[省市县区州旗镇乡])?(?:各|\d+(?:个|家))[^,，;；。\d]{0,8}?(?:单位|部门|乡镇|街道|镇街|机关)的?[“"]?(?:党政)?(?:主要负责人|一把手|主要领导|负责同志|党组书记|书记)[”"]?(?<after>(?:(?!参加|参训|听|学)[^,，;；。\d]){0,8})$/
/** A lecture given: what those heads did, for their own lectures to be theirs (…讲法治课, …讲授法治课, …带头授课). */
const LECTURING = /讲|授课/

/**
 * Lectures other units' heads gave (全县86个部门主要负责人讲法治课102场次; 瓯海's 82家单位的“党政一把手”讲授法治课141场): theirs, never the
 * author's sessions or trainees (the r54c ruling); the heads trained at the author's course (县直各部门主要负责人参训180人次) stay its own.
 */
function othersHeadsLectured(text: string, rule: CompiledRule, before: string, anchor: number, figureEnd: number): boolean {
  if (rule.indicator.family !== 'training' || rule.lecture === 'public') return false
  const m = OTHER_HEADS.exec(before)
  return m !== null && LECTURING.test(m.groups!.after + text.slice(anchor, figureEnd))
}

export function otherHosted(text: string, rule: CompiledRule, sentence: { start: number; end: number; period: number }, anchor: number,
  figureEnd: number): boolean {
  if (!rule.otherHost) return false
  const hostFrom = sentence.period < sentence.start && namesSubject(text.slice(sentence.start, anchor)) ? sentence.start : sentence.period
  const before = text.slice(hostFrom, anchor)
  if (othersHeadsLectured(text, rule, before, anchor, figureEnd)) return true
  if (!rule.otherHost.test(before)) return false
  return !(COMMITTEE.test(before) && OWN_IN_LIST.test(text.slice(figureEnd, Math.min(sentence.end, figureEnd + LIST_REACH))))
}
