/**
 * The author's role in administrative reviews (行政复议), by its kind as the metadata names it: a department (X局, 委, 办,
 * 厅) or a town's or a street's government is the respondent (被申请人) of the reviews brought against it; a government of a
 * county or above (人民政府) or a justice bureau (司法局, 复议局) is the review body (复议机关) that handles those brought to it.
 * A clause that states a role (作为被申请人…, 以本局为被申请人…, 作为被告…; 作为复议机关，…) tells which of two figures of
 * reviews in a report is the author's own: the one in its kind's role ("作为被申请人新收行政复议案件112宗…作为复议机关，
 * 市局办理针对各区管理局的复议案件5宗" is 112 for a 生态环境局, the 5 for a government's report).
 */
import { levelOfKind } from './authorLevel'

export type AuthorRole = 'respondent' | 'review_body'

const TOWN = /(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处)?$/
const REVIEW_BODY_KIND = /政府$|司法(?:局|厅|部)$|复议局$/
const DEPARTMENT = /(?:局|委员会|委|办公室|办|厅|署|中心)$/

/** The role the author's kind gives it in reviews; null when the metadata names no author or one of another kind. */
export function authorRole(agency: string | null | undefined): AuthorRole | null {
  if (!agency) return null
  if (TOWN.test(agency)) return 'respondent'
  if (REVIEW_BODY_KIND.test(agency)) return 'review_body'
  return DEPARTMENT.test(agency) ? 'respondent' : null
}

/** A clause stating a role: the respondent's (被申请人, 被告) or the review body's (复议机关/复议机构). */
const ROLE = /作为(?:行政复议|复议)?被申请人|以[^,，;；。]{0,12}?为(?:行政复议)?被申请人|被申请(?:行政)?复议|作为(?:行政诉讼)?被告|(作为(?:行政)?复议机[关构])/g

/**
 * A role claimed with 作为 (作为被申请人…, 县政府作为被申请人的…; 作为复议机关，…): the author's body in that role, where a passive
 * (被申请复议) or 以X为被申请人 may name others' decisions or bodies.
 */
const CLAIMED = /作为(?:行政复议|复议)?被申请人|(作为(?:行政)?复议机[关构])/g

/** The role the last match of `re` before `at` in its sentence (from `from`) states, if any. */
function lastRole(re: RegExp, text: string, from: number, at: number): AuthorRole | null {
  let role: AuthorRole | null = null
  re.lastIndex = 0
  const s = text.slice(from, at)
  for (let m = re.exec(s); m; m = re.exec(s)) role = m[1] ? 'review_body' : 'respondent'
  return role
}

/** The role the nearest role clause before `at` in its sentence (from `from`) states, if any. */
export const statedRole = (text: string, from: number, at: number): AuthorRole | null => lastRole(ROLE, text, from, at)

/** The role the nearest 作为-clause before `at` claims (CLAIMED), if any. */
export const claimedRole = (text: string, from: number, at: number): AuthorRole | null => lastRole(CLAIMED, text, from, at)

/**
 * A government naming itself as the respondent with 以…为被申请人 (以市政府为被申请人… in a city's report, 以区人民政府为行政复议被申请人…
 * in a district's, 以本级政府为…): a role it claims, as with 作为. Another level's government (受理以县政府为被申请人… in a city's report:
 * the city is their review body) names others.
 */
const SELF_NAMED = /以(?:本级(?:人民)?政府|([省市州盟县区旗])(?:人民)?政府)为(?:行政复议)?被申请人/g

/** The respondent's role when a clause before `at` in its sentence (from `from`) names the author's own government, at `level`. */
export function selfNamedRole(text: string, from: number, at: number, level: number | null): AuthorRole | null {
  SELF_NAMED.lastIndex = 0
  const s = text.slice(from, at)
  for (let m = SELF_NAMED.exec(s); m; m = SELF_NAMED.exec(s)) if (!m[1] || levelOfKind(m[1]) === level) return 'respondent'
  return null
}
