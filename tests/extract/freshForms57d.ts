/**
 * Forms from the dev half of the r57d-fresh batch (corpus README, fifty-seventh batch r57d), over invented openings:
 * - (meta) a report that states no year of its own but names the author's annual plan document with its year (印发《X局关于印发2019年度
 *   安全生产执法检查计划的通知》, 《2021年度行政执法检查计划》, 《2022年度“双随机、一公开”抽查计划》): the plan's year is the report's —
 *   found on r57d's 楚雄州应急管理局 opening (year read none; the 工作要点/工作计划 cue knew only plans named 工作计划, and the plain-year
 *   fallback skips a year that 计划 follows). Near misses: a report that states its own year plainly and names next year's plan (its own
 *   year), a plan over five years in brackets (no year), a plan spoken of in a sentence, not named (2024年计划开展…: no year).
 * Each text is invented (other places, organs, plans and wording); none is a corpus item's text.
 */
import { toTraditional } from './traditional'
import { head, type Probe39 } from './unseenForms39'
import { type Meta } from './metaForms41Kinds'

const m = (agency: string | null, region: string | null, sector: string | null, year: number | null): Meta => ({ agency, region, sector, year })
const REST = '\n二、存在的问题\n执法人员力量不足，法治宣传形式单一。'

export const ANNUAL_PLAN_YEAR_57D: [string, string, Meta][] = [
  ['an enforcement check plan in a notice\'s title', `青石县交通运输局法治建设工作情况\n一、主要做法\n（一）健全制度。印发《青石县交通运输局关于印发2021年度行政执法检查计划的通知》，把依法行政列入局务会重要议程。${REST}`,
    m('青石县交通运输局', '青石县', '交通', 2021)],
  ['a random-check plan with quotes in its name', `南岭区卫生健康局依法行政工作总结\n一、主要做法\n制定《南岭区卫生健康局2020年度“双随机、一公开”抽查计划》，按计划开展监督检查，规范执法程序。${REST}`,
    m('南岭区卫生健康局', '南岭区', '卫生健康', 2020)],
  ['traditional, a staff law study plan', toTraditional(`西平州市场监督管理局法治政府建设情况\n一、主要做法\n局党组下发《2019年度全系统干部学法计划》，组织干部职工学习行政处罚法等法律法规。${REST}`),
    m('西平州市场监督管理局', '西平州', '市场监管', 2019)],
  ['a publicity plan by its short name', `东湖市水务局法治工作情况汇报\n一、主要做法\n按照《东湖市水务局2022年度普法责任清单和宣传计划》，开展水法规进社区、进企业活动。${REST}`,
    m('东湖市水务局', '东湖市', '水利', 2022)],
  // near misses
  ['its own year stated, next year\'s plan named', `北川县林业局法治建设工作报告\n2022年，本局坚持依法行政，规范林业执法。下一步，将按照《北川县林业局2023年度执法检查计划》开展检查。${REST}`,
    m('北川县林业局', '北川县', '林业', 2022)],
  ['a five-year plan only', `石门区民政局法治建设情况\n一、主要做法\n落实《石门区民政局法治宣传教育规划（2021—2025年）》，开展婚姻登记窗口普法。${REST}`,
    m('石门区民政局', '石门区', '民政', null)],
  ['a plan spoken of, not named', `红河镇人民政府法治建设情况\n一、主要做法\n规范执法程序，推进依法行政。\n三、下一步打算\n2024年计划开展法治宣传活动，提升群众法治意识。`,
    m('红河镇人民政府', '红河镇', '乡镇政府', null)],
]

// The second batch, in new wording, written after the rule and run once (corpus README, "Dev forms of r57d-fresh").
export const SECOND_ANNUAL_PLAN_57D: [string, string, Meta][] = [
  ['a supervision plan issued by the bureau', `白沙县生态环境局依法行政情况\n一、主要做法\n年初制定并下发《白沙县生态环境局2021年度生态环境执法监督计划》，明确检查重点，规范自由裁量。${REST}`,
    m('白沙县生态环境局', '白沙县', '生态环境', 2021)],
  ['a training plan in a notice\'s title', `长岭市人力资源和社会保障局法治建设情况\n一、主要做法\n印发《关于印发长岭市人社系统2020年度执法人员培训计划的通知》，分批组织执法人员轮训。${REST}`,
    m('长岭市人力资源和社会保障局', '长岭市', '人力资源社会保障', 2020)],
  ['traditional, an inspection plan', toTraditional(`松江县应急管理局法治工作总结\n一、主要做法\n依据《松江县应急管理局2019年度安全生产监督检查计划》，对辖区企业开展分类检查。${REST}`),
    m('松江县应急管理局', '松江县', '应急管理', 2019)],
  // near misses
  ['a plan titled with a span of years', `白沙县生态环境局依法行政情况\n一、主要做法\n落实《白沙县生态环境局执法能力提升计划（2021—2023年）》，加强执法队伍建设。${REST}`,
    m('白沙县生态环境局', '白沙县', '生态环境', null)],
  ['a plan of a higher body named with its year, the report\'s own year stated', `长岭市人力资源和社会保障局法治建设情况\n2021年，本局认真落实《省人社厅2021年度普法宣传计划》，依法履职。${REST}`,
    m('长岭市人力资源和社会保障局', '长岭市', '人力资源社会保障', 2021)],
  ['a plan named without a year', `松江县应急管理局法治工作总结\n一、主要做法\n制定《松江县应急管理局年度执法检查计划》，依法开展检查。${REST}`,
    m('松江县应急管理局', '松江县', '应急管理', null)],
]

/**
 * Title forms other than 法治政府建设年度报告 that the slice's reports of 2019–2021 take (r57d, probed beyond its one dev error): a letter
 * that forwards a self-inspection report to the justice department, a summary joined to next year's plan with no place, a 情况汇报 to an
 * unnamed city government, a body head's 述法报告, a 依法行政工作报告. Invented wording.
 */
export const TITLE_FORMS_57D: [string, string, Meta][] = [
  ['a letter forwarding a self-inspection report', `桐江市交通运输局关于报送2020年法治政府部门建设自查报告的函\n市司法局：\n按照要求，现将我局自查报告随函报送。\n桐江市交通运输局\n2020年12月2日\n2020年法治政府部门建设自查报告\n今年以来，我局坚持依法行政，规范执法行为。${REST}`,
    m('桐江市交通运输局', '桐江市', '交通', 2020)],
  ['a summary joined to next year\'s plan, no place', `县水利局2019年工作总结暨2020年工作打算\n一、2019年工作总结\n（一）依法管水治水。开展河道采砂专项整治，规范取水许可。${REST}`,
    m(null, null, '水利', 2019)],
  ['a 情况汇报 to an unnamed city government', `市政府：\n2021年，清江县坚持依法行政，推进法治政府建设。现将清江县2021年法治政府建设工作情况汇报如下：\n一、依法履行政府职能情况\n深化“放管服”改革，优化营商环境。${REST}`,
    m('清江县人民政府', '清江县', '区县政府', 2021)],
  ['a bureau head\'s 述法报告', `兰溪区财政局局长2021年度述法报告\n一年来，本人认真履行推进法治建设第一责任人职责，带头尊法学法守法用法。现将有关情况报告如下：\n一、履行第一责任人职责情况\n主持召开局党组会专题研究法治建设。${REST}`,
    m('兰溪区财政局', '兰溪区', '财政', 2021)],
  ['a 依法行政工作报告 of a town', `马坊镇人民政府2019年度依法行政工作报告\n2019年，我镇认真落实依法行政各项要求，推进依法治镇。\n一、主要工作\n规范行政决策程序，落实法律顾问制度。${REST}`,
    m('马坊镇人民政府', '马坊镇', '乡镇政府', 2019)],
  ['traditional, a 法治建设工作情况 of a bureau', toTraditional(`石岭县审计局2020年法治建设工作情况\n2020年，本局坚持依法审计，规范审计行为。\n一、主要做法\n健全审计业务会议制度，落实法律顾问审核。${REST}`),
    m('石岭县审计局', '石岭县', '审计', 2020)],
]

/**
 * (meta) an organ's bare work summary of a year with the next year's plan after it (清河县水利局2019年工作总结暨2020年工作打算), or named by
 * its level alone (县水利局2019年工作总结): a title that names its author (or, level alone, its field), as the bare summary of a named organ
 * was read — found by the second batch's 工作总结暨工作打算 probe (TITLE_FORMS_57D), a title form of the slice's older years. Near misses:
 * a topic's summary with its plan (平安建设…), an area's (全县…), a level-only government's.
 */
const BODY = '\n一、主要工作\n（一）依法履职。规范行政行为，推进依法行政。\n二、存在的问题\n执法人员力量不足。'
export const SUMMARY_WITH_PLAN_57D: [string, string, Meta][] = [
  ['a named bureau\'s summary with next year\'s plan', `清河县水利局2019年工作总结暨2020年工作打算${BODY}`, m('清河县水利局', '清河县', '水利', 2019)],
  ['a named bureau\'s summary and work ideas', `南峰区司法局2020年工作总结及2021年工作思路${BODY}`, m('南峰区司法局', '南峰区', '司法行政', 2020)],
  ['a level-only bureau\'s bare summary', `县水利局2019年工作总结${BODY}`, m(null, null, '水利', 2019)],
  ['a level-only bureau\'s summary with its plan', `区交通运输局2020年工作总结和2021年工作计划${BODY}`, m(null, null, '交通', 2020)],
  ['traditional, a level-only bureau\'s summary with its plan', toTraditional(`市卫生健康局2021年工作总结暨2022年工作安排${BODY}`), m(null, null, '卫生健康', 2021)],
  // near misses
  ['a topic\'s summary with its plan', `平安建设2019年工作总结暨2020年工作打算${BODY}`, m(null, null, null, 2019)],
  ['an area\'s summary', `全县2020年工作总结${BODY}`, m(null, null, null, 2020)],
]

/**
 * (values) the figures r57d's reports of 2019–2021 give in their first sections that are no indicator's (power lists, a new bureau's
 * staff, farm output, last year's accidents, helpers added, visitors, entry rates, one-trip shares, a committee's meetings, a training's
 * days), beside the one they give (会前学法N次), in new wording: run once (corpus README, "Dev forms of r57d-fresh").
 */
const GOV = head('青河县人民政府')
const EMB = head('北岭市应急管理局')
const MKT = head('东坪区市场监督管理局')
export const FIRST_SECTION_FIGURES_57D: Probe39[] = [
  ['a power list', `${MKT}本局依法梳理权责清单，共有行政职权326项，其中行政许可18项、行政处罚274项、行政检查21项。`, {}],
  ['a county\'s power list', `${GOV}县本级共有行政权力事项204项，其中行政许可141项、行政确认27项、行政奖励12项。`, {}],
  ['a new bureau\'s staff', `${EMB}我局于2019年3月组建，由来自4个部门的52名机关干部和37名事业单位干部组成。`, {}],
  ['last year\'s accidents', `${EMB}去年全市共发生各类生产安全事故41起，造成19人死亡，同比下降8.9%。`, {}],
  ['entry rates and one-trip shares', `${GOV}推动28个部门的760项政务服务事项进驻中心，进驻率由70%提高到95%，95%以上的事项实现“最多跑一次”。`, {}],
  ['random-check tasks', `${MKT}全年下达“双随机、一公开”抽查任务12次，抽查结果全部向社会公示。`, {}],
  ['a safety committee\'s meetings', `${EMB}先后5次召开市安委会会议，研究部署安全生产工作。`, {}],
  ['helpers added and groups set up', `${GOV}全年新增“法律明白人”3200名、“法律明白人”骨干450名，建立工作群120个。`, {}],
  ['visitors to a law education base', `${GOV}县法治教育基地全年接待干部群众参观学习8600余人次。`, {}],
  ['a training\'s days', `${MKT}10月组织全体执法人员参加为期5天的执法业务培训。`, {}],
  ['farm output', `${GOV}全年粮食播种面积48.2万亩，总产量19.6万吨，生猪出栏18.6万头。`, {}],
  // the figure such a section does give
  ['pre-meeting law study', `${GOV}坚持政府常务会议会前学法制度，全年组织会前学法12次。`, { training_sessions: [12, 'exact'] }],
  ['traditional, pre-meeting law study', toTraditional(`${GOV}坚持政府常务会议会前学法制度，全年组织会前学法8次以上。`), { training_sessions: [8, 'approx'] }],
]
