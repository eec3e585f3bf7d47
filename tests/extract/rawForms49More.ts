/**
 * A second batch for the raw forms of round 49 (rawForms49.ts), in new wording, written after the rules and run once as written
 * (tests/fixtures/corpus/README.md, "Raw forms 49", says how many passed): suits and reviews counted per kind of act, a review and
 * filing as one act, applications said as a total, the sessions of a system's levels and its party branches, decisions named as an
 * item of a list of other work, a minimum each unit reaches. Sentences invented for this test.
 */
import { head, type Probe39 } from './unseenForms39'

const G = head('南平县人民政府')
const S = head('南平县市场监督管理局')
const J = head('北山区司法局')
const E = head('北山区教育局')
const T = head('红石乡人民政府')
const P = head('南平县公安局')

export const MORE_49: Probe39[] = [
  ['reviews per kind of act, 行政许可 and 行政确认', `${G}全年行政许可申请总数18420宗，准予许可18366宗，行政许可被申请行政复议3宗；行政确认9310宗，行政确认直接被提起行政诉讼2宗。`,
    { approvals_handled: [18420, 'exact'] }],
  ['near miss: the county\'s reviews beside one kind\'s suits', `${G}全县行政复议机关全年新收行政复议申请264件。行政征收直接被提起行政诉讼7宗。`,
    { reconsideration_cases: [264, 'exact'] }],
  ['suits against one kind\'s decisions, 对…决定不服提起', `${P}全年查处治安案件6210起，对行政处罚决定向法院提起行政诉讼案件6件。`, { enforcement_cases: [6210, 'exact'] }],
  ['review and filing as one act, 审查备案 of normative documents', `${S}全年完成行政规范性文件合法性审查备案4件，未发现问题。`, { normative_docs_filed: [4, 'exact'] }],
  ['review and filing as one act, 审核并备案', `${J}对区政府部门报送的规范性文件完成合法性审核并备案19件。`, { normative_docs_filed: [19, 'exact'] }],
  ['applications as a total, 总量为', `${S}全年行政许可申请总量为9640件，办结率100%。`, { approvals_handled: [9640, 'exact'] }],
  ['sessions of a system\'s party branches', `${E}全县教育系统各级党组织全年开展“第一议题”学习1860次，局党组开展集中学法10次。`, { training_sessions: [10, 'exact'] }],
  ['sessions held as 三会一课', `${E}依托“三会一课”载体开展法治学习420次，局机关组织法治讲座6场。`, { training_sessions: [6, 'exact'] }],
  ['decisions as an item of a list of other work', `${S}局党组会议专题研究重大行政决策程序完善等5项法治工作。`, {}],
  ['a minimum each village reaches', `${T}全乡各村均达到1名以上持证执法人员联络员标准，乡综合执法队现有持证执法人员9名。`, { certified_officers: [9, 'exact'] }],
]
