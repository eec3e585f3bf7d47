/**
 * Forms from the dev half of the r56a-fresh batch (corpus README, fifty-sixth batch r56a), over invented sentences:
 * - a verb whose object is a level's party committee or meeting (列入市委常委会…, 纳入县委中心组…, 写入市委全会报告, 依法治市工作会议): no
 *   place of two characters before the level word (列入市, 依法治市) — found on r56a's 长治 2024 opening (its author read 列入市人民政府, the
 *   city its 法治长治 names lost). Near misses: a county-level city named at a break before its committee (乳山市委、市政府…), a known
 *   city written after the verb (列入宜昌市…).
 * - a report of the year before named by its title as what the author's meeting reviewed, heard or sent (审议《X县2024年度法治政府建设
 *   情况报告》, 听取《…2022年度…工作报告》, 报送《…》): that report's year, not the one the lead states — found on r56a's 泽州 2025 opening
 *   (read 2024). Near misses: the lead's year alone, the report's own year in the same title form, a year's honour.
 * - a party school's classes with their names between the school and the verb (县委党校科级干部班、中青年干部班等开设法治专题课8期,
 *   市委党校主体班中安排法治课程4期): the school's teaching, another host's (the catalogue's `other_host`, as 党校…举办 and 在党校… already
 *   are) — found on r56a's 泽州 2025 opening (8 read as the county's sessions). Near misses: the author's class with a party-school
 *   teacher lecturing, a class held together with the school, a class of the author's own.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'
import type { Meta } from './metaForms41Kinds'

const city = (name: string, year = 2023): Meta => ({ agency: `${name}人民政府`, region: name, sector: '市政府', year })
const county = (name: string, year = 2023): Meta => ({ agency: `${name}人民政府`, region: name, sector: '区县政府', year })

export const COMMITTEE_OBJECT_56A: [string, string, Meta][] = [
  ['列入市委常委会 after 我市', '2023年，我市扎实推进依法行政，法治宜昌建设取得新成效。市政府主要负责同志把习近平法治思想作为首要任务，列入市委常委会和市政府常务会议的学习内容，带头尊法学法。', city('宜昌市')],
  ['纳入市委理论学习中心组', '2023年，我市深入学习贯彻习近平法治思想，推动法治荆门建设。法治政府建设作为重点内容，纳入市委理论学习中心组学习计划，常态化开展学习。', city('荆门市')],
  ['写入市委全会报告', '2023年，我市坚持依法行政。法治建设作为全局性任务，写入市委全会报告和政府工作报告，法治孝感、法治政府、法治社会一体推进。', city('孝感市')],
  ['依法治市工作会议 in a list of meetings', '2023年，我市法治政府建设取得积极成效。市“两会”、市委全会、依法治市工作会议都对法治政府建设作出部署，推动乳山市法治政府建设走在前列。', county('乳山市')],
  ['列入县委常委会 after 我县', '2023年，我县持续推进法治政府建设。法治建设作为一把手工程，列入县委常委会重要议程，茶陵县法治政府建设示范创建通过验收。', county('茶陵县')],
  ['traditional: 列入市委常委会', toTraditional('2023年，我市扎实推进依法行政，法治宜昌建设取得新成效。市政府主要负责同志把习近平法治思想作为重要任务，列入市委常委会的学习内容。'), city('宜昌市')],
  // near misses
  ['a county-level city at a break before its committee', '2023年，我市扎实推进法治建设。乳山市委、市政府把法治建设列入重要议程，统筹推进。', county('乳山市')],
  ['a known city written after 列入', '2023年，我市扎实推进法治建设。法治政府建设列入宜昌市委常委会年度工作要点。', city('宜昌市')],
]

export const REVIEWED_REPORT_56A: [string, string, Meta][] = [
  ['审议《X县2024年度…报告》 in a 2025 lead', '2025年，茶陵县委、县政府扎实推进法治政府建设。县政府常务会议全年审议《茶陵县2024年度法治政府建设情况报告》等议题6项。', county('茶陵县', 2025)],
  ['听取《…2022年度…工作报告》 in a 2023 lead', '2023年，宜昌市持续深化依法行政。市政府常务会议全年听取《宜昌市2022年度法治政府建设工作报告》等专题汇报。', city('宜昌市')],
  ['报送《…2023年…报告》 in a 2024 lead', '2024年，茶陵县认真履行法治建设职责。全年按时报送《茶陵县2023年法治政府建设情况报告》并向社会公开。', county('茶陵县', 2024)],
  ['traditional: 审议《…》', toTraditional('2025年，茶陵县委、县政府扎实推进法治政府建设。县政府常务会议全年审议《茶陵县2024年度法治政府建设情况报告》等议题。'), county('茶陵县', 2025)],
  // near misses
  ["the report's own year in the same title form", '2023年，茶陵县扎实推进法治政府建设。全年审议《茶陵县法治政府建设实施方案》，《茶陵县2023年度法治政府建设情况报告》按时公开。', county('茶陵县')],
  ['the lead year alone', '2024年，茶陵县委、县政府扎实推进法治政府建设，全年专题研究法治工作9次。', county('茶陵县', 2024)],
]

const G = head('松河县人民政府')
const B = head('松河县交通运输局')

export const PARTY_SCHOOL_CLASSES_56A: Probe39[] = [
  ['党校X班、Y班等开设…课N期', `${G}县委党校科级干部班、青年干部班等开设法治专题课程6期，覆盖300余人次。`, {}],
  ['党校主体班中安排…课程N期', `${G}县委党校主体班中安排习近平法治思想课程4期。`, {}],
  ['党校在…班上开设…课N次', `${G}县委党校在新任职干部培训班上开设依法行政专题课3次。`, {}],
  ['traditional: 党校…班开设…课', toTraditional(`${G}县委党校中青年干部班开设法治专题课5期。`), {}],
  // near misses
  ["the author's class with a party-school teacher lecturing", `${B}局机关举办法治专题培训班3期，邀请县委党校教授授课。`, { training_sessions: [3, 'exact'] }],
  ['a class held together with the school', `${B}与县委党校联合举办法治培训班2期。`, { training_sessions: [2, 'exact'] }],
  ["the author's own class", `${B}局干部培训班开设法治专题课5期。`, { training_sessions: [5, 'exact'] }],
]

/**
 * A page that repeats its title, a short one naming its author by level (名称：市城管委…报告, in chrome) before the full one naming its
 * place (荆门市城管执法委…报告): the full one's author — found on r56a's 咸宁 2025 opening (its short title's 市城管委 read as
 * 咸宁市城市管理委员会); and a department short-named with 委 after a work word (城管执法委): its 委员会. Near misses: both titles of
 * one organ, a bureau's 党委 after its name.
 */
export const TITLE_BY_LEVEL_56A: [string, string, Meta][] = [
  ['a short title by level, then the full one', '当前位置：首页 > 正文\n\n名称：市城管委2024年度法治政府建设情况报告\n\n荆门市城管执法委2024年度法治政府建设情况报告\n\n2024年，荆门市城管执法委坚持以法治城管建设为核心推进各项工作。',
    { agency: '荆门市城市管理执法委员会', region: '荆门市', sector: '城市管理', year: 2024 }],
  ['城管执法委 alone in its title', '宜昌市城管执法委2023年度法治政府建设情况报告\n\n2023年，宜昌市城管执法委深入推进依法行政。',
    { agency: '宜昌市城市管理执法委员会', region: '宜昌市', sector: '城市管理', year: 2023 }],
  // near misses
  ['both titles of one organ', '县住建局2023年法治政府建设年度报告\n\n茶陵县住房和城乡建设局2023年法治政府建设年度报告\n\n2023年，茶陵县住房和城乡建设局扎实推进依法行政。',
    { agency: '茶陵县住房和城乡建设局', region: '茶陵县', sector: '住房城乡建设', year: 2023 }],
  ['a short title by level alone', '市卫健委2023年度法治政府建设情况报告\n\n2023年，市卫健委认真贯彻法治宜昌建设部署。',
    { agency: '宜昌市卫生健康委员会', region: '宜昌市', sector: '卫生健康', year: 2023 }],
]

const S = head('岳阳市人民政府')
const T = head('炎陵县司法局')

/** The second batch: the same forms in new wording, written after the rules and run once (the test file records how many passed). */
export const SECOND_META_56A: [string, string, Meta][] = [
  ['写入区委全会报告 after 我区', '2022年，我区坚持依法行政，推动江岸区法治政府建设提质增效。区政府把法治建设作为重点工作，写入区委全会报告。',
    { agency: '江岸区人民政府', region: '江岸区', sector: '区县政府', year: 2022 }],
  ['纳入市委督查事项 after 我市', '2022年，我市以习近平法治思想为引领，法治岳阳建设扎实推进。法治政府建设任务分解细化，纳入市委督查督办事项。', city('岳阳市', 2022)],
  ['依法治县工作会议 after 县委常委会、', '2022年，我县法治建设取得新进展。县委常委会、依法治县工作会议先后研究部署，炎陵县法治政府建设持续深化。', county('炎陵县', 2022)],
  ['traditional: 纳入市委…', toTraditional('2022年，我市以习近平法治思想为引领，法治岳阳建设扎实推进。法治政府建设任务分解细化，纳入市委督查督办事项。'), city('岳阳市', 2022)],
  ['审定《…2022年度…报告》 in a bureau\'s 2023 lead', '2023年，宜昌市司法局持续推进依法行政。局党组会议审定《宜昌市司法局2022年度法治政府建设情况报告》并按时公开。',
    { agency: '宜昌市司法局', region: '宜昌市', sector: '司法行政', year: 2023 }],
  ['上报《…2023年…报告》 in a 2024 lead', '2024年，炎陵县人民政府深入推进法治政府建设。年初按规定上报《炎陵县2023年法治政府建设情况报告》。', county('炎陵县', 2024)],
  ['审议通过《…》 in a 2024 lead', '2024年，炎陵县委、县政府统筹推进法治建设。县政府常务会议审议通过《炎陵县2023年度法治政府建设情况报告》。', county('炎陵县', 2024)],
  ['a short title by level, then the full one with 执法委员会', '名称：市城管委2023年度法治政府建设情况报告\n\n岳阳市城市管理执法委员会2023年度法治政府建设情况报告\n\n2023年，岳阳市城市管理执法委员会扎实推进依法行政。',
    { agency: '岳阳市城市管理执法委员会', region: '岳阳市', sector: '城市管理', year: 2023 }],
  ['both titles of one bureau, by level then by place', '名称：区市场监管局2024年法治政府建设年度报告\n\n江岸区市场监督管理局2024年法治政府建设年度报告\n\n2024年，江岸区市场监督管理局坚持依法行政。',
    { agency: '江岸区市场监督管理局', region: '江岸区', sector: '市场监管', year: 2024 }],
]

export const SECOND_VALUES_56A: Probe39[] = [
  ['党校…进修班等班次中开设…课程N期', `${S}市委党校处级干部进修班等班次中开设法治课程7期。`, {}],
  ['党校于…主体班开设…课N期', `${S}市委党校于春季主体班开设宪法专题课2期。`, {}],
  ['traditional: 党校…班次中开设', toTraditional(`${S}市委党校县处级干部班等班次中开设法治课程3期。`), {}],
  ["a party-school lecturer at the author's lecture", `${T}局党组邀请市委党校讲师开展法治讲座2次。`, { training_sessions: [2, 'exact'] }],
]
