/**
 * Forms from the dev half of the r55c-fresh batch (corpus README, fifty-fifth batch r55c), over invented sentences:
 * - (value) a none stated after the report's own year counted to date, in the none's own clause (今年以来未收到…申请, 2023年以来本局未发生
 *   行政复议案件, 年初以来…没有发生…): the year's none, as the same words before a comma already are (2023年以来，…未发生…) and as the
 *   scope rulings read 2023年以来 in a 2023 report; found on r55c's 兴庆区司法局 disclosure report (2024年以来没有收到…申请, missed).
 *   Near misses: a span from an earlier year (2019年以来未发生…), since an event (机构改革以来, 成立以来), a run of years (近三年以来).
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const ZRJ = head('北溪区自然资源局')
const SLJ = head('南湖县水利局')
const WJW = head('临川市卫生健康委员会')

export const YEAR_SO_FAR_NONE_55C: Probe39[] = [
  ['今年以来未收到 … 提出的 … 申请', `${ZRJ}依法做好政务公开工作。今年以来未收到公民、法人或其他组织提出的政府信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['2023年以来本局未发生 reviews and suits', `${SLJ}规范行政应诉工作。2023年以来本局未发生行政复议和行政诉讼案件。`, { reconsideration_cases: [0, 'exact'], litigation_cases: [0, 'exact'] }],
  ['年初以来没有发生 suits', `${WJW}自觉接受司法监督，年初以来没有发生行政诉讼案件。`, { litigation_cases: [0, 'exact'] }],
  ['本年度以来 before 未收到 requests', `${ZRJ}（二）依申请公开。本年度以来未收到政府信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['traditional, 今年以來未發生', toTraditional(`${SLJ}依法化解行政争议，今年以来未发生行政复议案件。`), { reconsideration_cases: [0, 'exact'] }],
  // near misses
  ['a span from an earlier year', `${SLJ}规范行政应诉工作。2019年以来本局未发生行政诉讼案件。`, {}],
  ['since an event', `${WJW}机构改革以来未发生行政复议案件。`, {}],
  ['a run of years', `${ZRJ}近三年以来未收到政府信息公开申请。`, {}],
  ['the comma form, read before', `${SLJ}2023年以来，本局未发生行政诉讼案件。`, { litigation_cases: [0, 'exact'] }],
]
