/**
 * Forms from the dev half of the r54b-fresh batch (corpus README, fifty-fourth batch r54b), over invented sentences:
 * - (value) a none stated alone under the heading that names its term (（二）依申请公开办理情况\n无。, 行政复议情况：无): the heading's
 *   indicator is 0, as 未收到…申请 is — found on r54b's 西平 disclosure report (no 0 read). Near misses: a body under such a heading
 *   that is more than a none (无纸化办公…), a none under a heading that names no term (其他需要报告的事项, 存在的问题), a none under a
 *   heading of one cause (因政府信息公开引起的行政复议…: the README's ruling on one cause's none).
 * - (value) a count whose clause has no subject of its own after a clause led by the bodies of all levels of the author's area
 *   (全市各级党委（党组）理论学习中心组…实现全覆盖，共开展专题学习735场次): the area's bodies' count, not the author's sessions (the README's
 *   "bodies of all levels" ruling) — found on r54b's 荆州 report (read as 735). Near misses: the author's own count in the next clause
 *   or sentence (市政府常务会议会前学法12次), the author's own study group as the lead (市政府党组理论学习中心组…，共开展专题学法6次).
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const MKT = head('青河县市场监督管理局')
const EDU = head('桃源县教育局')
const CITY = head('南坪市人民政府')
const DIST = head('北川区人民政府')

export const NONE_UNDER_HEADING_54B: Probe39[] = [
  ['无。 alone under a disclosure heading', `${MKT}我局依法做好政务公开。\n（三）收到和处理政府信息公开申请情况\n无。`, { info_disclosure_requests: [0, 'exact'] }],
  ['本年度无 under a requests heading', `${EDU}我局依法做好政务公开。\n三、依申请公开情况\n本年度无。`, { info_disclosure_requests: [0, 'exact'] }],
  ['无 without a stop under a reviews heading', `${MKT}我局严格规范执法。\n（四）行政复议情况\n无`, { reconsideration_cases: [0, 'exact'] }],
  ['暂无 under a suits heading', `${EDU}我局依法应诉。\n2.行政诉讼案件\n暂无。`, { litigation_cases: [0, 'exact'] }],
  ['无 after the heading\'s colon', `${MKT}我局依法做好政务公开。\n（二）依申请公开办理情况：无。`, { info_disclosure_requests: [0, 'exact'] }],
  ['traditional none under a heading', toTraditional(`${EDU}我局依法做好政务公开。\n（三）收到和处理政府信息公开申请情况\n无。`), { info_disclosure_requests: [0, 'exact'] }],
  // near misses
  ['a body that is more than a none', `${MKT}我局依法做好政务公开。\n（二）依申请公开情况\n无纸化办公全面推行，公开渠道不断拓宽。`, {}],
  ['a none under a heading of no term', `${EDU}我局依法做好政务公开。\n（五）其他需要报告的事项\n无。`, {}],
  ['a none under the problems heading', `${MKT}我局依法行政。\n三、存在的问题\n无。`, {}],
  ['a none under a heading of one cause', `${EDU}我局依法做好政务公开。\n（四）因政府信息公开引起的行政复议、行政诉讼情况\n无。`, {}],
]

export const ALL_LEVELS_LEAD_54B: Probe39[] = [
  ['全市各级 study groups, then 共…场次', `${CITY}全市各级党委（党组）理论学习中心组把宪法和民法典纳入学习，实现专题学法全覆盖，共开展专题学法412场次。`, {}],
  ['全区各级行政机关, then 共组织…期', `${DIST}全区各级行政机关把学法纳入日常，共组织法治培训86期。`, {}],
  ['全市各级党组织 with 累计', `${CITY}全市各级党组织中心组学习习近平法治思想实现全覆盖，累计开展专题学习300余场。`, {}],
  // near misses
  ['the author\'s own count in the next clause', `${CITY}全市各级党委（党组）中心组学法实现全覆盖；市政府常务会议会前学法12次。`, { training_sessions: [12, 'exact'] }],
  ['the author\'s own count in the next sentence', `${DIST}全区各级党委（党组）中心组学法实现全覆盖。区政府全年开展会前学法10次。`, { training_sessions: [10, 'exact'] }],
  ['the author\'s own study group as the lead', `${CITY}市政府党组理论学习中心组专题学习习近平法治思想，共开展专题学法6次。`, { training_sessions: [6, 'exact'] }],
]
