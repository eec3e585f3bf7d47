/**
 * Forms from the dev half of the r34-fresh batch (corpus README, thirty-fourth batch), each over generated sentences with near misses:
 * - a card named in quotation marks (持有“行政执法证”的N人, 持有「执法证」的干部N人) is certified officers as one in 《》 or bare is;
 * - people on no staff of the author's as a clause's subject (全县N名村（居）法律顾问和N名法律明白人…开展普法活动N场次, 各社区法律顾问…,
 *   法律明白人深入田间地头，开展…) did those events in their villages: theirs, not the author's, while the author organising or inviting them
 *   (组织村法律顾问开展…) holds its own, and so does a sentence's later figure clause that names no subject of its own;
 * - a total over a counted group of parties (对15家校外培训机构顶格处罚，累计罚款3650万元) adds up that group's amounts: its 累计 marks no
 *   total of the year's, so the year's 罚没金额 beside it wins, while the group's amount alone is still read;
 * - a town a report speaks of as 我镇/本乡 named only where it owns a plan it is written into (纳入东庄镇发展总体规划, 写入了X乡年度计划)
 *   is the report's author, as after a preposition it already was;
 * - an organ named once in full before the year's own rule-of-law report it announces (现将婺城区教育局本年度法治建设情况汇报如下, 全年…总结)
 *   is the author, as one before a dated report (…2022年度法治政府建设情况报告) already was (the rewording of r34-wucheng's 我局 into
 *   its full name, openingRewordings.test.ts, read no author).
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'
import { extractText } from './seeds'

const NUMERALS: [string, number][] = [['11', 11], ['二十三', 23], ['36', 36], ['一百零五', 105]]
const at = (i: number) => NUMERALS[i % NUMERALS.length]

describe('a card named in quotation marks', () => {
  const CARDS = ['“行政执法证”', '「行政执法证」', '“执法证”', '“行政执法资格证”', '"行政执法证"']
  const FORMS: ((card: string, n: string) => string)[] = [
    (card, n) => `目前我局在职人员中持有${card}的${n}人。`,
    (card, n) => `全局持有${card}的执法人员${n}人，均按要求亮证执法。`,
    (card, n) => `本单位持有${card}人员共${n}名；全年组织执法培训2次。`,
  ]
  const probes: [string, string, number | null][] = CARDS.flatMap((card, i) => FORMS.map((form, j): [string, string, number | null] => {
    const [n, v] = at(i + j)
    return [form(card, n), 'certified_officers', v]
  }))
  it('reads the holders', () => expect(failures(probes)).toEqual([]))
  const near: [string, string, number | null][] = CARDS.flatMap((card, i): [string, string, number | null][] => [
    [`今年新增持有${card}的人员${at(i)[0]}人。`, 'certified_officers', null],
    [`组织${at(i)[0]}名干部申领${card}。`, 'certified_officers', null],
  ])
  it('reads no new or applying holders', () => expect(failures(near)).toEqual([]))
})

describe('people on no staff of the author as the subject', () => {
  const PEOPLE = ['全县26个乡镇（街道）的28名村（居）法律顾问和1521名法律明白人', '全区法律明白人', '村（居）法律顾问', '各社区法律顾问',
    '各村法律顾问', '全镇法律明白人', '全市300余名法律明白人和28名社区法律顾问']
  const FORMS: ((who: string, n: string) => string)[] = [
    (who, n) => `${who}以所在村（社区）为主阵地精准普法，围绕防范诈骗等主题开展普法活动${n}场次。`,
    (who, n) => `${who}全年开展普法讲座${n}场。`,
    (who, n) => `${who}深入田间地头，开展法治宣传活动${n}次。`,
  ]
  const probes: [string, string, number | null][] = PEOPLE.flatMap((who, i) => FORMS.map((form, j): [string, string, number | null] =>
    [form(who, at(i + j)[0]), 'legal_publicity_events', null]))
  it('reads none of their events as the author’s', () => expect(failures(probes)).toEqual([]))
  const OWN = ['我局组织村（居）法律顾问', '组织村法律顾问', '镇司法所依托法律明白人', '我局邀请社区法律顾问', '本局']
  const near: [string, string, number | null][] = OWN.flatMap((who, i) => FORMS.slice(1).map((form, j): [string, string, number | null] => {
    const [n, v] = at(i + j)
    return [form(who, n), 'legal_publicity_events', v]
  }))
  it('still reads the author’s own events with them', () => expect(failures(near)).toEqual([]))
  const trained: [string, string, number | null][] = ['全区共开展乡级“法律明白人”培训', '全县共举办法律明白人培训班', '全镇为村（居）法律顾问举办培训']
    .map((lead, i): [string, string, number | null] => [`${lead}${at(i)[0]}场。`, 'training_sessions', at(i)[1]])
  it('still reads the training given to them', () => expect(failures(trained)).toEqual([]))
  const organised: [string, string, number | null][] = ['全镇组织村法律顾问开展普法讲座', '全区依托法律明白人开展普法活动']
    .map((lead, i): [string, string, number | null] => [`${lead}${at(i)[0]}场。`, 'legal_publicity_events', at(i)[1]])
  it('still reads the whole area’s own events held through them', () => expect(failures(organised)).toEqual([]))
})

describe('a total over a counted group of parties', () => {
  const GROUPS = ['对15家校外培训机构顶格处罚，累计罚款', '对5家社区团购企业立案查处，共罚款', '对3名当事人依法处罚，合计罚款',
    '对12户经营户作出处罚，累计处罚款']
  const YEAR = ['全年共查办各类案件8563件，罚没金额5.73亿元。', '全年共立案查处违法案件8563件，罚没款5.73亿元。', '本年度办结案件8563件，罚没金额5.73亿元。']
  const probes: [string, string, number | null][] = GROUPS.flatMap((group, i) => YEAR.map((year, j): [string, string, number | null] =>
    [`${group}${3650 + i + j}万元。${year}`, 'fines_yuan', 573000000]))
  it('leaves the year’s total to win', () => expect(failures(probes)).toEqual([]))
  const alone: [string, string, number | null][] = GROUPS.map((group, i): [string, string, number | null] =>
    [`${group}${36 + i}万元。`, 'fines_yuan', (36 + i) * 10000])
  it('still reads the group’s amount when it is the only one', () => expect(failures(alone)).toEqual([]))
  const total: [string, string, number | null][] = ['全年累计罚款', '本年度共罚款', '全年合计罚没'].map((lead, i): [string, string, number | null] =>
    [`${lead}${52 + i}万元。对3家企业作出处罚，罚款${8 + i}万元。`, 'fines_yuan', (52 + i) * 10000])
  it('keeps a year’s total marked as one', () => expect(failures(total)).toEqual([]))
})

describe('a town named where it owns a plan it is written into', () => {
  const agencyOf = (text: string) => extractText(text).report.agency
  const report = (level: string, line: string) => `区委、区政府：\n2024年，我${level}在区委、区政府领导下依法履职。现将本${level}2024年法治建设情况汇报如下：\n一、工作总结\n（一）组织领导有力。${line}\n`
  const TOWNS: [string, string][] = [['镇', '东庄'], ['乡', '西岭'], ['镇', '南湖'], ['乡', '北塘']]
  const VERBS = ['纳入了', '纳入', '写入', '列入', '融入']
  const probes = TOWNS.flatMap(([level, stem], i) => VERBS.map((verb, j) => {
    const plan = ['发展总体规划', '年度工作计划', '目标管理考核体系'][(i + j) % 3]
    return { text: report(level, `法治政府建设${verb}${stem}${level}${plan}，任务明确到人。`), want: `${stem}${level}人民政府` }
  }))
  it('reads the town as the author', () =>
    expect(probes.filter((p) => agencyOf(p.text) !== p.want).map((p) => `${p.text} → ${agencyOf(p.text)}`)).toEqual([]))
  const near = TOWNS.flatMap(([level], i) => VERBS.slice(0, 3).map((verb, j) =>
    report(level, `法治政府建设${verb}${['全', '各', '本'][(i + j) % 3]}${level}发展总体规划，任务明确到人。`)))
  it('reads no town from a determiner', () => expect(near.filter((t) => agencyOf(t) !== null)).toEqual([]))
})

describe('an organ named once before the year’s own rule-of-law report', () => {
  const agencyOf = (text: string) => extractText(text).report.agency
  const ORGANS = ['婺城区教育局', '长兴县市场监督管理局', '丽水市综合行政执法局', '平湖市人力资源和社会保障局']
  const YEARS = ['本年度', '今年', '全年', '2023年度']
  const REPORTS = ['法治建设情况汇报如下', '法治政府建设工作总结如下', '法治政府建设情况报告如下']
  const body = '一、主要举措\n1.加强执法队伍建设。目前在职人员中持有执法证的11人。\n'
  const probes = ORGANS.flatMap((organ, i) => YEARS.map((year, j) => ({
    text: `推进依法行政，提升治理能力。现将${organ}${year}${REPORTS[(i + j) % 3]}：\n${body}`, want: organ })))
  it('reads the organ as the author', () =>
    expect(probes.filter((p) => agencyOf(p.text) !== p.want).map((p) => `${p.text} → ${agencyOf(p.text)}`)).toEqual([]))
  const near = ORGANS.flatMap((organ, i) => [`现将${organ}本年度财政预算公开如下：\n${body}`, `按照${organ}${YEARS[i]}法治工作要点部署推进：\n${body}`])
  it('reads none before another report or a plan', () => expect(near.filter((t) => agencyOf(t) !== null).map((t) => `${t} → ${agencyOf(t)}`)).toEqual([]))
})
