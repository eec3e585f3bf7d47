/**
 * Whether another body holds a training event (the catalogue's `other_host`: 县委组织部另办…, 法院…举办, a party committee above the
 * author that studied), read from the figure's period — or from its ；-part when that names its own subject ("县委党校为本局举办…5期；
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

export function otherHosted(text: string, rule: CompiledRule, sentence: { start: number; end: number; period: number }, anchor: number,
  figureEnd: number): boolean {
  if (!rule.otherHost) return false
  const hostFrom = sentence.period < sentence.start && namesSubject(text.slice(sentence.start, anchor)) ? sentence.start : sentence.period
  const before = text.slice(hostFrom, anchor)
  if (!rule.otherHost.test(before)) return false
  return !(COMMITTEE.test(before) && OWN_IN_LIST.test(text.slice(figureEnd, Math.min(sentence.end, figureEnd + LIST_REACH))))
}
