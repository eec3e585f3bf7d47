/**
 * Forms after the r23-fresh batch (corpus README, twenty-third batch), each over generated sentences with near misses:
 * - a sentence of a paragraph that opened a span of years (自2022年以来…, 近三年来…) and that says 累计 after its subject
 *   (区党政主要负责人累计接访25批次…，化解涉访纠纷25件) goes on adding up that span: its figures are not the year's. The span
 *   sentence's own 累计 was read (SINCE_YEAR_SUM), and a bare follower (累计化解…) carried it, but a follower naming its
 *   subject first did not; nor did a span from a stated year when the text names no report year, which 累计 settles as the
 *   same-sentence form does;
 * - 调解 inside 协调解决 is no mediation: problems and requests coordinated to a solution (协调解决运行难题12个) are no disputes;
 * - a street office by its short name X街办 (穆寨街办) is X街道办事处, its region X街道, not X街;
 * - the body whose office answers for the disclosure work (X党政综合办公室为政府信息公开工作的主管部门, X办公室主管本街政府信息公开
 *   工作) is the author, the office left out, as the body named to ask or as the compiler is.
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'
import { failures } from './probeValues'

describe('a 累计 sentence after a span of years in its paragraph goes on adding up that span', () => {
  /** What opens the paragraph: a span of years, with a report year the text states (title line) or none. */
  const SPANS: [string, string][] = [
    ['', '自2022年以来'], ['', '自2021年以来'], ['', '自2020年至今'], ['', '近三年来'],
    ['2024年法治政府建设情况报告\n', '自2022年以来'], ['2024年法治政府建设情况报告\n', '2021年以来'],
    ['2024年法治政府建设情况报告\n', '近三年来'],
  ]
  /** The rest of the span's sentence: figures of no indicator, or none. */
  const OPENERS = ['，区委书记主持常委会6次听取矛盾纠纷化解工作汇报。', '，我们把矛盾纠纷多元化解作为法治建设的重点项目。',
    '，区政府常务会议4次研究部署相关工作；各部门协同推进。']
  const SUBJECTS = ['区党政主要负责人', '县司法局', '本局', '镇主要领导', '局领导班子']
  /** The doing counted, its unit and its indicator. */
  const DOINGS: [string, string, string][] = [
    ['化解矛盾纠纷', '件', 'disputes_resolved'], ['办理信访事项', '件', 'petitions_handled'],
    ['查处违法案件', '件', 'enforcement_cases'], ['开展法治培训', '场', 'training_sessions'],
    ['受理行政复议案件', '件', 'reconsideration_cases'],
  ]
  const NUMERALS: [string, number][] = [['25', 25], ['一百二十', 120], ['37', 37]]
  /** How 累计 stands after the subject: before the doing, or before a first item with the doing after it. */
  const FORMS: ((doing: string, n: string, unit: string) => string)[] = [
    (d, n, u) => `累计${d}${n}${u}。`,
    (d, n, u) => `累计接访25批次、涉访群众30人次，${d}${n}${u}。`,
    (d, n, u) => `先后累计${d}${n}${u}，均已办结。`,
  ]

  const probes: [string, string, number | null][] = SPANS.flatMap(([title, span], i) => SUBJECTS.flatMap((subject, j) =>
    DOINGS.map(([doing, unit, indicator], k): [string, string, number | null] => {
      const [n] = NUMERALS[(i + j + k) % NUMERALS.length]
      const opener = OPENERS[(i + k) % OPENERS.length]
      const form = FORMS[(j + k) % FORMS.length]
      return [`${title}${span}${opener}${subject}${form(doing, n, unit)}`, indicator, null]
    })))
  it('reads no figure of the year from it', () => expect(failures(probes)).toEqual([]))

  // Near misses: the year's own figure is still read after such a paragraph — a 累计 of the whole year or this year (全年累计,
  // 今年累计), a 累计 sentence in the next paragraph, a span from the report's own year (stated in a title, or the only year the
  // text leads with: 2024年以来 is then the report's year), and a sentence that names a year, not a span.
  const year = '2024年法治政府建设情况报告\n'
  const twins: [string, string, number | null][] = SUBJECTS.flatMap((subject, j) => DOINGS.flatMap(([doing, unit, indicator], k) => {
    const [n, v] = NUMERALS[(j + k) % NUMERALS.length]
    return [
      [`${year}自2022年以来，我们把矛盾纠纷化解作为重点项目。${subject}全年累计${doing}${n}${unit}。`, indicator, v],
      [`${year}自2022年以来，我们把矛盾纠纷化解作为重点项目。${subject}今年累计${doing}${n}${unit}。`, indicator, v],
      [`${year}自2022年以来，我们把矛盾纠纷化解作为重点项目。\n${subject}累计${doing}${n}${unit}。`, indicator, v],
      [`${year}2024年以来，我们把矛盾纠纷化解作为重点项目。${subject}累计${doing}${n}${unit}。`, indicator, v],
      [`2024年以来，我们把矛盾纠纷化解作为重点项目。${subject}累计${doing}${n}${unit}。`, indicator, v],
      [`2024年，我们把矛盾纠纷化解作为重点项目。${subject}累计${doing}${n}${unit}。`, indicator, v],
    ] as [string, string, number | null][]
  }))
  it('still reads the year\'s own figure beside it', () => expect(failures(twins)).toEqual([]))
})

describe('调解 inside 协调解决 is no mediation: problems and requests coordinated to a solution are no disputes resolved', () => {
  const SUBJECTS = ['2024年，本局', '2024年，县司法局', '2023年，镇党委政府', '2022年，区委书记主持常委会6次，']
  const VERBS = ['协调解决', '帮助协调解决', '积极协调解决', '研究协调解决']
  /** What was coordinated to a solution: no dispute. */
  const OBJECTS = ['运行难题', '企业诉求', '项目建设堵点', '急难愁盼事项', '群众反映的困难']
  const UNITS = ['个', '件', '项']
  const NUMERALS = ['12', '三十六', '104']
  const probes: [string, string, number | null][] = SUBJECTS.flatMap((subject, i) => VERBS.flatMap((verb, j) =>
    OBJECTS.map((object, k): [string, string, number | null] =>
      [`${subject}${verb}${object}${NUMERALS[(i + j + k) % NUMERALS.length]}${UNITS[(i + k) % UNITS.length]}。`, 'disputes_resolved', null])))
  it('reads no disputes resolved from it', () => expect(failures(probes)).toEqual([]))

  // Near misses: disputes coordinated to a solution, and a mediation in another clause or beside it in the same one, are read.
  const twins: [string, string, number | null][] = SUBJECTS.flatMap((subject) => [
    [`${subject}协调解决矛盾纠纷25件。`, 'disputes_resolved', 25],
    [`${subject}协调解决企业诉求，成功调解纠纷25件。`, 'disputes_resolved', 25],
    [`${subject}协调化解矛盾纠纷37件。`, 'disputes_resolved', 37],
    [`${subject}协调解决运行难题并成功调解邻里纠纷18件。`, 'disputes_resolved', 18],
  ] as [string, string, number | null][])
  it('still reads disputes resolved beside it', () => expect(failures(twins)).toEqual([]))
})

describe('a street office by its short name X街办 is X街道办事处', () => {
  const STREETS = ['穆寨', '斜口', '骊山', '代王', '新丰', '北田']
  /** Where the short name stands: the lead clause's subject, after a time and a leadership clause or not. */
  const LEADS: ((s: string) => string)[] = [
    (s) => `2021年，在区委、区政府领导下，${s}街办完善政务信息公开制度，主动公开信息268条。`,
    (s) => `2022年，${s}街办坚持以习近平法治思想为指导，扎实推进法治政府建设。`,
    (s) => `${s}街办高度重视政府信息公开工作，2023年通过区门户网站公开信息120条。`,
  ]
  const cases = STREETS.flatMap((street) => LEADS.map((lead, k) => [`${street} (${k})`, lead(street), street] as const))
  it.each(cases)('%s', async (_, text, street) => {
    const m = await metaOf({ text })
    expect({ agency: m.agency, region: m.region, sector: m.sector }).toEqual({ agency: `${street}街道办事处`, region: `${street}街道`, sector: '街道' })
  })

  // Near miss: a street the text writes as X街 (its office too: X街办公室) keeps its region as written (the r18 label).
  it('keeps X街 as written', async () => {
    for (const text of ['2021年，龙归街严格执行政府信息公开条例，主动公开各类政府信息66件。',
      '2021年，龙归街办公室严格执行政府信息公开条例，主动公开各类政府信息66件。']) {
      const m = await metaOf({ text })
      expect({ agency: m.agency, region: m.region }).toEqual({ agency: '龙归街道办事处', region: '龙归街' })
    }
  })
})

describe('the body whose office answers for its disclosure work is the author', () => {
  const AUTHORS: [string, string, string, string][] = [
    ['佳荣里街', '佳荣里街道办事处', '佳荣里街', '街道'], ['穆寨街道', '穆寨街道办事处', '穆寨街道', '街道'],
    ['白沙镇', '白沙镇人民政府', '白沙镇', '乡镇政府'], ['团结乡', '团结乡人民政府', '团结乡', '乡镇政府'],
    ['安康市民政局', '安康市民政局', '安康市', '民政'],
  ]
  const OFFICES = ['党政综合办公室', '党政办公室', '办公室', '综合办公室']
  const PHRASES: ((body: string) => string)[] = [
    () => '为政府信息公开工作的主管部门，负责推进本单位政府信息公开工作',
    () => '是本机关政府信息公开工作的主管机构',
    () => '主管本街政府信息公开工作，设立政务公开工作专班',
    () => '负责本单位政府信息公开工作，明确专人办理',
  ]
  const BODY = (line: string) => `一、总体情况\n（一）概述\n本报告依据《中华人民共和国政府信息公开条例》编制，统计期自2021年1月1日至12月31日。\n` +
    `（二）组织管理\n${line}。全年主动公开各类政府信息66件，受理政府信息公开申请1件。\n`
  const cases = AUTHORS.flatMap(([name, agency, region, sector], i) => OFFICES.map((office, k) =>
    [`${name}${office} (${k})`, BODY(`${name}${office}${PHRASES[(i + k) % PHRASES.length](name)}`), agency, region, sector] as const))
  it.each(cases)('%s', async (_, text, agency, region, sector) => {
    const m = await metaOf({ text })
    expect({ agency: m.agency, region: m.region, sector: m.sector }).toEqual({ agency, region, sector })
  })

  // Near misses: an office that answers for a whole area's disclosure (全县), one that only guides it, and a body that is no
  // office of the author read no author.
  const misses = [
    '县政府办公室为全县政府信息公开工作的主管部门',
    '区政务公开办公室负责指导本街政府信息公开工作',
    '县档案馆为政府信息公开查阅场所',
  ]
  it.each(misses)('%s', async (line) => expect((await metaOf({ text: BODY(line) })).agency).toBeNull())
})
