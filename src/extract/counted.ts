/**
 * The noun a figure counts when it stands before it: in "对18件规范性文件、68件上会文件开展审查"
 * the 68 counts 上会文件, in "选派4期综合执法能力提升班" the 4 counts classes of someone else's
 * programme. A term before such a figure names something else; a term that *is* the noun after
 * it names the figure ("18件规范性文件").
 */
import type { NumberToken } from './numbers'
import type { Span } from './structure'

/** Head nouns that end a counted noun phrase (what is counted, not an action). */
const NOUN_HEAD = /^[^\d,，;；。、:：()（）“”"《》\s]{0,10}?(?:规范性文件|文件|人员|同志|干部|职工|党员|事项|单位|企业|部门|机关|(?:复议|执法|行政|审批|监管|管理|司法)机构|商户|经营户|班|会议|行为|项目|问题|线索|意见书|建议书|决定书|合同|村|社区|群众|法律顾问|律师|窗口|平台|基地|清单|目录|案卷)/
/** An action inside the run means it is a clause (a verb phrase), not a noun phrase. */
export const VERBISH = /开展|进行|参加|参与|组织|召开|举办|完成|办理|审查|审核|作出|实施|覆盖|涉及|取得|考取|发现|整改|受理|化解|检查|处罚|查处|出动|累计|共|达|占|为|是|对|向|在|从|由|将|把|被|已|均|全部/

/** The noun phrase right after `tok` that it counts, or null when a verb, a stop or nothing follows. */
export function countedNoun(text: string, tok: NumberToken, ceil: number): Span | null {
  const m = NOUN_HEAD.exec(text.slice(tok.end, Math.min(ceil, tok.end + 24)))
  if (!m || VERBISH.test(m[0])) return null
  return { start: tok.end, end: tok.end + m[0].length }
}
