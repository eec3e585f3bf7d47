/**
 * Work another body did at the author's direction (issue 11, dev35): "指导各地民宗局深入乡镇场、街道，点对点、面对面培训协管员1091名",
 * and in every family since round 47 ("指导各地应急管理部门立案查处…，罚款12.3亿元", "督办各地重大案件…，罚没款1.2亿元").
 * A directive verb with other bodies as its object (指导/督促/督导/督办/推动/带动/要求 各地, 各县区, 下级部门, 基层, 所属单位 …) makes the
 * subject-less clauses after it in its sentence those bodies' acts, up to one that names a subject of its own or opens anew (我局,
 * 同时, 此外, 全年) or turns to what the author did for them (为/向/给 …). The directive in the figure's own clause is the rules'
 * `narrow` in training (training_sessions, training_participants) and DIRECTS_BODIES in the other families (./linkScore.ts).
 */
import { charBits, hasChar } from './charBits'
import { clauseEnd } from './structure'

/** The directive verbs, alone or paired (指导和督促, 督办并指导). */
const VERBS = ['指导', '督促', '督导', '督办', '推动', '带动', '要求']
const VERB = `(?:${VERBS.join('|')})(?:[和并])?(?:指导|督促)?`
const DIRECTED = new RegExp(`${VERB}(?:全[省市县区州]|[省市县区]直)?(?:各|地方|属地|下级|基层|下属|所属|直属|乡镇|街道|系统内)`, 'g')
/**
 * A directive in the figure's own clause whose object is other public bodies (督促地方拆除…9起、行政处罚12起, 督办属地查处…18起,
 * 督促下级部门办结…, 推动基层调解组织成功调解…; lower levels bare or with 有关/相关/辖区 before them, 督促市县…, 督促有关地方…, 督促乡镇…;
 * departments or organs named by their kind or standing, 督促各行政执法部门…, 督促市直各部门…):
 * the results are theirs, in every item of a 、-list the directive opens. Not the
 * firms or units the author's own enforcement urges (督促企业整改隐患…, 督促各类企业…, 督促整改…: its own result).
 */
export const DIRECTS_BODIES = new RegExp(`${VERB}(?:全[国省市县区州]|有关|相关|辖区内?|[省市县区]直)?(?:地方|各[^，。；、企]{0,6}?(?:部门|机关)|属地|下级|基层|下属|所属|直属|系统内|市县区?|县市区?|县区|区县|市州|地市|乡镇|镇街|各(?:地|级|县|区|市|州|盟|旗|乡|镇|街道|县区|区县|地市|市州|部门|成员单位|分局|大队|支队|中队|所)|各县[（(]市、区[）)])`, 'g')
/** A clause after the directive that speaks for the author again. */
const RESTART = /[我本](?:局|委|厅|办|单位|机关|部门|镇|乡|街道|区|县|市|中心|系统)|同时|此外|另外|全年|年内|今年|(?:^|[,，])(?:并|还|又)?(?:为|向|给)/
/** The directive verbs, and their last characters: a sentence without one before the clause is not searched. */
const DIRECTIVES = new Set(VERBS)
const DIRECTIVE_LAST = charBits(VERBS.map((v) => v[1]))
/**
 * The sentence start the directives were last looked for after (in `scanned`), how far they are read (to `readTo`), and the end
 * (last character) of the first there (-1: none so far). A sentence's candidates ask in turn with its start and their clauses.
 */
let scanned: string | null = null
let scannedFrom = -1
let readTo = 0
let firstEnd = -1

/**
 * Whether a directive verb ends after `from` and before `clause`: the first one after `from` is looked for once per sentence, on
 * to the furthest clause asked about, where each candidate walked back from its clause to its sentence's start (up to 500 characters
 * a candidate in a long sentence, bench/hostile.ts's clauses).
 */
function directiveBetween(text: string, from: number, clause: number): boolean {
  if (scanned !== text || scannedFrom !== from) {
    scanned = text
    scannedFrom = from
    readTo = from + 1
    firstEnd = -1
  }
  for (; firstEnd < 0 && readTo < clause; readTo++) {
    if (hasChar(DIRECTIVE_LAST, text.charCodeAt(readTo)) && DIRECTIVES.has(text.slice(readTo - 1, readTo + 1))) firstEnd = readTo
  }
  return firstEnd >= 0 && firstEnd < clause
}

/** Whether the clause at `clause` (its figure's term or figure at `anchor`) carries the bodies a directive before it in its sentence (from `from`) named. */
export function directedOthers(text: string, from: number, clause: number, anchor: number): boolean {
  if (!directiveBetween(text, from, clause)) return false
  const before = text.slice(from, clause)
  DIRECTED.lastIndex = 0
  let end = -1
  for (let m = DIRECTED.exec(before); m; m = DIRECTED.exec(before)) end = m.index + m[0].length
  if (end < 0) return false
  const after = clauseEnd(text, from + end, clause)
  return after < clause && !RESTART.test(text.slice(after + 1, anchor))
}
