/**
 * The oversight forms of round 31 (issue 11: oversight read recall 0.824 on the holdout against 0.994 on dev), built on the
 * enforcement matrix's authors, numerals and frames (enforcementForms31.ts): reviews and suits (行政复议, 行政应诉, the
 * heads' court appearance rate), normative documents reviewed, legality reviews of enforcement decisions and disclosure
 * requests. Each indicator's acts and measure words, a part of its count, the noun a change is said of, and neighbouring
 * measures with the same measure word that none of them may take (received and not accepted, decisions revoked, suits
 * after a review, an agent's suits for another body, documents issued or drafted, a lawyer's opinions, files evaluated,
 * information published of the agency's own accord). Rulings: corpus README, "Cases, reviews, disputes and approvals".
 * Invented sentences.
 */
import { COUNT_NUMERALS, type Group } from './enforcementForms31'

/** Counts of documents and requests: no 万 (an author counts them in tens or hundreds). */
const FEW = COUNT_NUMERALS.filter(([t]) => !t.includes('万'))

export const OVERSIGHT: Group[] = [
  { id: 'reconsideration_cases', phrases: ['办理行政复议案件{S}', '依法受理行政复议申请{S}', '发生行政复议案件{S}'], unit: '件',
    numerals: FEW, part: '其中涉企3件', noun: '行政复议案件',
    near: ['行政复议决定被撤销5件', '复议后又起诉的5件', '不予受理行政复议申请5件'], none: '全年未发生行政复议案件',
    extra: [{ name: 'received before', text: '{A}收到行政复议申请400件，{PH}' }, { name: 'closed after', text: '{A}{PH}，审结30件' },
      { name: 'suits beside 分别', text: '{A}办理行政复议、行政诉讼案件分别为{N}、12件', also: { litigation_cases: [12, 'exact'] } }] },
  { id: 'litigation_cases', phrases: ['办理行政应诉案件{S}', '发生行政诉讼案件{S}', '新增行政诉讼案件{S}'], unit: '件',
    numerals: FEW, part: '其中涉企3件', noun: '行政诉讼案件',
    near: ['负责人出庭应诉5件', '代理市政府行政诉讼案件5件', '旁听庭审5次'], none: '全年无行政诉讼案件',
    extra: [{ name: 'lost after', text: '{A}{PH}，败诉1件' },
      { name: 'appearance rate after', text: '{A}{PH}，负责人出庭应诉率100%', also: { head_appearance_pct: [100, 'exact'] } }] },
  { id: 'head_appearance_pct', phrases: ['行政机关负责人出庭应诉率达{S}', '负责人出庭应诉率为{S}'], unit: '%', kind: 'r',
    numerals: [['100', 100, 'exact'], ['98.5', 98.5, 'exact'], ['超过95', 95, 'at_least']], part: '', noun: '负责人出庭应诉率',
    near: ['律师出庭率5%', '行政诉讼胜诉率5%'] },
  { id: 'normative_docs_reviewed', phrases: ['审核规范性文件{S}', '合法性审查行政规范性文件{S}', '清理规范性文件{S}'], unit: '件',
    numerals: FEW, part: '其中涉企3件', noun: '规范性文件审核',
    near: ['印发规范性文件5件', '起草规范性文件5件', '审核合同5件', '对5件规范性文件作出政策解读'],
    extra: [{ name: 'objects, then 作了 the act', text: '{A}对{N}规范性文件作了合法性审核' },
      { name: 'objects, then 作 a cleanup', text: '{A}对{N}规范性文件作全面清理' }] },
  { id: 'legal_review_cases', phrases: ['法制审核重大执法决定{S}', '开展重大行政执法决定法制审核{S}', '审核行政处罚案件{S}'], unit: '件',
    numerals: FEW, part: '其中提出修改意见3件', noun: '法制审核案件',
    near: ['评查行政执法案卷5件', '法律顾问出具法律意见书5件', '审核合同5件'],
    extra: [{ name: 'opinions after', text: '{A}{PH}，提出修改意见12条' },
      { name: 'objects, then 作了 the act', text: '{A}对{N}重大行政执法决定作了法制审核' }] },
  { id: 'info_disclosure_requests', phrases: ['受理政府信息公开申请{S}', '办理依申请公开{S}', '办理依申请公开政府信息事项{S}'], unit: '件',
    numerals: FEW, part: '其中涉企3件', noun: '依申请公开',
    near: ['主动公开政府信息5条', '因政府信息公开引发行政复议5件', '政府信息公开工作年报5份'], none: '全年未收到政府信息公开申请',
    extra: [{ name: 'answered after', text: '{A}{PH}，按时答复率100%' }] },
]
