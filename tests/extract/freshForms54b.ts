/**
 * Forms from the dev half of the r54b-fresh batch (corpus README, fifty-fourth batch r54b), over invented sentences:
 * - (value) a none stated alone under the heading that names its term (（二）依申请公开办理情况\n无。, 行政复议情况：无): the heading's
 *   indicator is 0, as 未收到…申请 is — found on r54b's 西平 disclosure report (no 0 read). Near misses: a body under such a heading
 *   that is more than a none (无纸化办公…), a none under a heading that names no term (其他需要报告的事项, 存在的问题), a none under a
 *   heading of one cause (因政府信息公开引起的行政复议…: the README's ruling on one cause's none). A short line with no punctuation
 *   right above the none (依申请公开情况\n无。) is a heading too.
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

// The second batch, in new wording, written after the rules and run once (corpus README, "Dev forms of r54b-fresh").
const TOWN = head('清溪镇人民政府')
const COUNTY = head('南江县人民政府')
const PROV = head('江南省人民政府')
const BUREAU = head('南江县交通运输局')

export const SECOND_NONE_54B: Probe39[] = [
  ['收到…申请的数量 heading, 无 without a stop', `${BUREAU}我局做好政务公开。\n（二）收到政府信息公开申请的数量\n无`, { info_disclosure_requests: [0, 'exact'] }],
  ['全年无 under a decisions heading', `${COUNTY}县政府依法决策。\n四、重大行政决策事项情况\n全年无。`, { major_decisions: [0, 'exact'] }],
  ['没有 after a suits heading\'s colon', `${BUREAU}我局依法应诉。\n（三）行政诉讼情况：没有。`, { litigation_cases: [0, 'exact'] }],
  ['a year before the none', `${BUREAU}我局做好政务公开。\n3.依申请公开办理情况\n2023年度无。`, { info_disclosure_requests: [0, 'exact'] }],
  ['half-width parentheses', `${TOWN}我镇依法行政。\n(二)行政复议案件\n无`, { reconsideration_cases: [0, 'exact'] }],
  ['two kinds in one heading', `${BUREAU}我局依法行政。\n五、行政复议、行政诉讼情况\n无。`, { reconsideration_cases: [0, 'exact'], litigation_cases: [0, 'exact'] }],
  ['a heading with no numbering', `${BUREAU}我局做好政务公开。\n依申请公开情况\n无。`, { info_disclosure_requests: [0, 'exact'] }],
  // near misses
  ['a body opening with 无 that goes on', `${BUREAU}我局做好政务公开。\n（二）依申请公开情况\n无条件公开的事项已全部公开。`, {}],
  ['a correction heading', `${COUNTY}县政府依法行政。\n（三）行政复议纠错情况\n无。`, {}],
  ['a reference to a table', `${BUREAU}我局做好政务公开。\n（二）依申请公开情况\n详见附表。`, {}],
  ['a span of years in the heading', `${BUREAU}我局依法应诉。\n二、近三年行政诉讼情况\n无。`, {}],
  // (near misses added with the plain heading the first run had missed)
  ['a plain heading of one cause', `${BUREAU}我局做好政务公开。\n因政府信息公开申请引发的行政复议\n无。`, {}],
  ['a plain heading of no term', `${BUREAU}我局做好政务公开。\n其他需要说明的事项\n无。`, {}],
]

export const SECOND_ALL_LEVELS_54B: Probe39[] = [
  ['全县各级行政机关, then 累计…余次', `${COUNTY}全县各级行政机关坚持集体学法，全年累计学法260余次。`, {}],
  ['全区各级党组织, sessions and people after', `${DIST}全区各级党组织把习近平法治思想列入中心组学习，共组织专题学习150余场，覆盖党员干部8000余人次。`, {}],
  ['全省各级行政机关 with 万', `${PROV}全省各级行政机关普遍开展学法活动，组织法治培训1.2万期。`, {}],
  // near misses
  ['the government\'s own count in the next clause', `${CITY}全市各级党委（党组）中心组学法实现全覆盖，市政府常务会议全年会前学法15次。`, { training_sessions: [15, 'exact'] }],
  ['the bureau\'s own count in the next sentence', `${BUREAU}全县各级行政机关学法实现常态化。本局全年组织法治培训8期。`, { training_sessions: [8, 'exact'] }],
  ['the county government\'s group after the lead', `${COUNTY}全县各级党组织学法实现全覆盖，县政府党组中心组专题学法5次。`, { training_sessions: [5, 'exact'] }],
]
