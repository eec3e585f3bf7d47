/**
 * The topic a training names in its own words (corpus README, "Training": trainings on another topic that name no law are
 * not law training). The rules list topics known to be other (业务培训, 消防, 安全生产 …), but a new report names its own:
 * 防汛应急培训, 食品安全培训, 医保政策培训, 网格员培训, 招商引资培训. So the form is read instead of the word: the words
 * between a training's verb (开展, 举办, 组织 …) and its 培训/讲座/轮训 are its topic; once the words that name no topic
 * (专题, 集中, 干部职工, 知识, 能力提升 …) are set aside, a topic left that names no law makes it another topic's training.
 * A training with no topic of its own (开展培训12次, 开展专题培训, 组织干部职工集中轮训) stays read, and law anywhere in the
 * clause (执法人员业务培训, 2026-12-04 ruling; 安全生产法培训) keeps it a law training.
 */
import type { Span } from './structure'

/** The training and publicity words whose modifier names their topic. */
const TRAINING_WORD = /培训|讲座|轮训|宣传|宣讲/g
/** The verb that opens a training's phrase: what stands after the last of them names the training. */
const VERB = /开展|举办|组织|召开|举行|进行|实施|开设|开办|承办|安排|邀请[^,，;；。]{0,12}?(?:开展|举办|作)|参加|参与/g
/** Words of a training's phrase that name no topic: its form, its audience and place, its level, its scope and aims, a series' quoted name. */
const NO_TOPIC = new RegExp([
  '专题', '集中', '中心组', '专项', '全员', '全体', '全局', '全系统', '干部职工', '干部', '职工', '机关', '工作人员', '人员', '领导', '班子', '成员',
  '党员', '新任', '新提任', '线上', '线下', '网络', '视频', '远程', '在线', '专门', '相关', '各类', '各项', '各种', '多种形式', '多形式',
  '分层分类', '分类', '示范', '专家', '辅导', '集体', '知识', '能力', '素质', '提升', '提高', '骨干', '主题', '系列', '综合', '常态化',
  '全方位', '多层次', '针对性', '实战化', '专业化', '规范化', '学习', '教育', '内部', '本级', '本局', '我局', '局机关', '全年', '共',
  '(?:国家|自治区|省|市|县|区|州|盟|旗|镇|乡|村)级', '上级', '省厅', '国家局', '累计', '先后',
  '深入', '走进', '进', '到', '赴', '社区', '村', '学校', '校园', '企业', '农村', '乡村', '单位', '市场', '园区', '群众', '居民', '面对面', '上门',
  '[“"][^“”"]{1,12}[”"]', '今年', '本年', '年内', '年度', '半年', '各', '大', '的', '和', '及', '与', '等', '了', '次', '期', '场', '轮', '“', '”', '"', '、', '\\s',
].join('|'), 'g')
/** Two characters of a topic left. */
const CJK = /[\u4e00-\u9fff]{2}/
/** Where a training's phrase cannot reach back past: a clause break, a list's item mark, a figure. */
const CLAUSE_BREAK = /[,，;；:：、0-9]/g

/**
 * Whether the first training word of a figure's event (`text[from, to)`) names a topic of its own: the words from its verb (or
 * its clause's or its list item's start) to it, without the words that name no topic, hold two characters or more.
 */
export function namedTopic(text: string, from: number, to: number): boolean {
  const event = text.slice(from, to)
  TRAINING_WORD.lastIndex = 0
  const word = TRAINING_WORD.exec(event)?.index ?? -1
  if (word < 0) return false
  let start = Math.max(0, ...[...event.slice(0, word).matchAll(CLAUSE_BREAK)].map((m) => m.index + 1))
  VERB.lastIndex = start
  for (let m = VERB.exec(event); m && m.index < word; m = VERB.exec(event)) start = m.index + m[0].length
  return CJK.test(event.slice(start, word).replace(NO_TOPIC, ''))
}

/**
 * Whether a clause names a topic of `other` as what an event in it preaches or teaches: the topic with a training or publicity
 * word after it in the clause (全会精神进校园宣讲方案, 党纪教育培训). A topic only joined to the clause's work (结合主题教育，…)
 * names no event.
 */
export function topicEvent(clause: string, other: RegExp): boolean {
  const m = other.exec(clause)
  return m !== null && clause.slice(m.index + m[0].length).search(TRAINING_WORD) >= 0
}

/**
 * Words with 法 that name no law studied: 方法/办法 (not the verb's 办 before 法治: 举办法治讲座), and organs and offices (县司法局,
 * 法院, 政策法规科) that may be the subject.
 */
const NOT_LAW = /[方办]法(?![治律规])|司法(?:局|所|厅|部|处|科|行政)|法院|法庭|法制(?:办|科|股|室)|法规(?:科|股|处|室)/g
/** A stretch without NOT_LAW's words: what a weak term's requirement (法) is read on. */
export const withoutOrgans = (s: string): string => s.replace(NOT_LAW, '')
/** Whether a stretch names law (法, or law's procedures 复议/诉讼: 行政复议人员培训班; not as part of NOT_LAW's words). */
export const namesLaw = (s: string): boolean => /法|复议|诉讼/.test(withoutOrgans(s))

/** A regulation named by its title (《X省安全生产条例》, 《…规定》): law, though no 法 is written. */
const REGULATION_TITLE = /《[^》\n]{0,40}(?:条例|规定|细则)》/

/** Whether the event from `from` to `to` is about another topic (`other`) and names no law. */
export function otherTopic(text: string, other: RegExp, from: number, to: number): boolean {
  const s = text.slice(from, to)
  return other.test(s) && !namesLaw(s)
}

/**
 * A paragraph whose first sentence names another topic (我镇把学习贯彻党的二十大精神作为首要政治任务。) gives it to a later sentence's
 * training when the paragraph names no law up to that sentence's end (…开设微课堂，共办19期，培训党员干部1700余人次); a regulation named
 * by its title is law studied (学习宣贯《广东省安全生产条例》。…共约230人参训).
 */
export function ledByOtherTopic(text: string, other: RegExp, paragraph: number, sentence: Span): boolean {
  const firstEnd = text.indexOf('。', paragraph)
  const upTo = text.slice(paragraph, sentence.end)
  return firstEnd >= 0 && firstEnd < sentence.start && otherTopic(text, other, paragraph, firstEnd) && !namesLaw(upTo) && !REGULATION_TITLE.test(upTo)
}
