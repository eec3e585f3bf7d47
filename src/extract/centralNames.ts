/**
 * The names of central organs (ministries, national administrations, 国务院 and its offices) as ./organs.ts reads them: the shapes
 * and the reference data of their customary short names.
 */
import { MINISTRY_STEMS, SHORT_ORGANS } from './departments'

const CJK = '\\u4e00-\\u9fff'

/** Central commissions whose short name drops more than the organ word (reference data). */
export const CENTRAL_SHORT: Record<string, string> = { 民委: SHORT_ORGANS['民委'], 银保监会: '银行保险监督管理委员会', 银监会: '银行业监督管理委员会', 保监会: '保险监督管理委员会', 证监会: '证券监督管理委员会' }
/** National administrations by a customary short name without the state's word (reference data): 金融监管总局. */
export const STATE_SHORT: Record<string, string> = { 金融监管总局: '国家金融监督管理总局' }
const STATE_SHORT_LENGTHS = new Set(Object.keys(STATE_SHORT).map((k) => k.length))
// (a commission by its customary short name ends in 委: 国家卫健委, 国家发展改革委, 国家民委)
const NATIONAL = new RegExp(`^(?:国家|中国)(?:[${CJK}]{2,12}?(?:总局|局|委员会|委|署)|${Object.keys(CENTRAL_SHORT).join('|')})$`)
// (a commission by its customary short name: 国务院国资委)
const STATE_COUNCIL = new RegExp(`^国务院(?:办公厅|[${CJK}]{2,10}(?:办公室|委员会|委))?$`)

/** Whether a central organ's name may be `s`: not too long, no party body (./organs.ts readOrgan asks localUnderCentral once, after it). */
export const centralShape = (s: string) => s.length <= 20 && !/共产党|党委|党组/.test(s)

/** Whether `s` is a central organ's name: a ministry of the reference list, 海关总署, 审计署, a 国家/中国 administration, 国务院's offices. */
export function isCentralName(s: string): boolean {
  if (s.endsWith('部')) return MINISTRY_STEMS.has(s.replace(/^中华人民共和国/, '').slice(0, -1))
  // (NATIONAL opens with 国家 or 中国, STATE_COUNCIL with 国务院: a name of another first character is tried by neither regex;
  // localUnderCentral asks this of every prefix of a name)
  // (and a string made by a slice is looked up by its characters, which `in` hashes first: only one that may be a key)
  return s === '海关总署' || s === '审计署' || (STATE_SHORT_LENGTHS.has(s.length) && s in STATE_SHORT) || ((s[0] === '国' || s[0] === '中') && (NATIONAL.test(s) || STATE_COUNCIL.test(s)))
}
