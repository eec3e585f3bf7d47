/**
 * The words around a number that say what it counts and how exactly: the measure word after it (件, 人次, 学时 …, longest first),
 * read as its noun means it where the noun gives it another sense (培训班39个 are sessions, 期), and the qualifier words before it
 * (不少于 a lower bound, 不超过 an upper one, 约 approximate). ./numbers.ts reads them at every number it scans.
 */
import type { Qualifier } from './types'

/**
 * Measure words, longest first (a longer one read before its first characters: 人次 before 人). Person-hours (2860人学时) are their own
 * measure, neither people nor hours per head.
 */
export const UNITS = [
  '个百分点', '人学时', '人课时', '个工作日', '个学时', '个课时', '个小时', '个月', '工作日', '人次', '户次', '家次', '件次', '批次', '场次', '车次', '架次', '学时', '课时', '小时',
  '%', '‰', '元', '件', '次', '人', '名', '场', '期', '个', '项', '家', '户', '处', '起', '条', '份', '篇', '所',
  '类', '天', '年', '月', '日', '号', '卷', '台', '辆', '支', '吨', '批', '宗', '例', '位', '轮', '堂', '节', '门',
  '部', '套', '本', '册', '张', '间', '座', '米', '岁', '倍', '届', '期', '周', '分钟', '公里', '亩', '宗', '笔', '讲',
].sort((a, b) => b.length - a.length)

/** Words before a number that bound it or make it approximate. */
const PRE_QUALIFIERS: [string, Qualifier][] = [
  ['不少于', 'at_least'], ['不低于', 'at_least'], ['至少', 'at_least'], ['超过', 'at_least'], ['超', 'at_least'], ['多于', 'at_least'],
  ['高于', 'at_least'], ['逾', 'at_least'], ['突破', 'at_least'], ['不超过', 'at_most'], ['不足', 'at_most'], ['不高于', 'at_most'], ['不到', 'at_most'], ['最多', 'at_most'],
  ['少于', 'at_most'], ['低于', 'at_most'], ['将近', 'approx'], ['接近', 'approx'], ['大约', 'approx'], ['约', 'approx'],
  ['近', 'approx'],
]

/** Units by their first character, longest first: one map lookup per position instead of a scan of the list. */
const UNITS_BY_FIRST = new Map<number, string[]>()
for (const u of UNITS) UNITS_BY_FIRST.set(u.charCodeAt(0), [...(UNITS_BY_FIRST.get(u.charCodeAt(0)) ?? []), u])
const QUALIFIERS_BY_LAST = new Map<number, [string, Qualifier][]>()
for (const q of PRE_QUALIFIERS) QUALIFIERS_BY_LAST.set(q[0].charCodeAt(q[0].length - 1), [...(QUALIFIERS_BY_LAST.get(q[0].charCodeAt(q[0].length - 1)) ?? []), q])

/**
 * A measure word its noun gives another sense: classes counted by 个 (培训班39个, 举办12个法治培训班) are sessions, one class one
 * session, as 培训班N期 says (not a 专班, a task force); inspection records counted by 件 (执法检查信息N件, 检查记录N件: a platform's)
 * are inspections, one record one inspection; penalty decisions counted by 份 (下发行政处罚决定书174份) are penalty cases, one
 * decision one case, and mediation agreements counted by 份 (达成调解协议172份, 制作调解协议书96份) are disputes, one agreement one
 * dispute. Read as 期, 次 and 件. Hours counted with 个 (人均学法40个学时) are those hours.
 */
const CLASS_BEFORE = /(?:培训|学习|轮训|研修|读书|进修)班(?:共|计|达)?$/
const CLASS_AFTER = /^[^,，;；。\d]{0,8}?(?:培训|学习|轮训|研修|读书|进修)班(?![\u4e00-\u9fff]*?(?:学员|人员|人数))/
const RECORD_BEFORE = /(?:检查|抽查)(?:信息|记录)(?:共|计|达)?$/
const INSPECTED_BEFORE = /(?:检查|抽查)了?(?:全[省市县区州旗])?$/
const DECISION_BEFORE = /(?:处罚决定书|调解协议书?)(?:共|计|达)?$/
export function measureOfNoun(text: string, start: number, unit: string, end: number): string {
  if (unit.length === 3 && unit[0] === '个' && unit[2] === '时') return unit.slice(1)
  if (unit === '个') return CLASS_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || CLASS_AFTER.test(text.slice(end, end + 16)) ? '期' : unit
  if (unit === '件') return RECORD_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ? '次' : unit
  if (unit === '家') return INSPECTED_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ? '家次' : unit
  if (unit === '份') return DECISION_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ? '件' : unit
  return unit
}

/** (by char code: a one-character string per lookup would be made for every number's neighbours) */
export function unitAt(text: string, at: number): string | null {
  const list = UNITS_BY_FIRST.get(text.charCodeAt(at))
  if (list) for (const w of list) if (text.startsWith(w, at)) return w
  return null
}

/** The qualifier word ending at `start`, and where it starts. */
export function preQualifier(text: string, start: number): { qualifier: Qualifier; start: number } | null {
  const list = QUALIFIERS_BY_LAST.get(text.charCodeAt(start - 1))
  if (list) for (const [word, qualifier] of list) if (text.endsWith(word, start)) return { qualifier, start: start - word.length }
  return null
}
