/**
 * Forms the dev half of the r20-fresh batch showed (corpus README, twentieth batch), each over generated authors, places,
 * numbers and near misses rather than the batch's sentences. All names are real kinds of organ; the reports are invented.
 */
import { describe, expect, it } from 'vitest'
import { author } from './openingAuthors'
import { metaOf, probesOf } from './openingProbes'
import { failures } from './probeValues'

const a = author

describe('a central commission by its customary short name ending in 委 is the commission (国家民委, 国家卫健委)', () => {
  const authors = [
    a('ministry', '国家民委', '国家民族事务委员会', null, '民族宗教', '我委'),
    a('ministry', '国家卫健委', '国家卫生健康委员会', null, '卫生健康', '我委'),
    a('ministry', '国家卫生健康委', '国家卫生健康委员会', null, '卫生健康', '委'),
  ]
  const probes = probesOf(authors).filter((p) => p.agency === (authors.find((x) => p.name.startsWith(x.full))?.agency))
  it.each(probes.map((p) => [`${p.form}: ${p.name}`, p] as const))('%s', async (_, p) => {
    const m = await metaOf(p)
    expect({ agency: m.agency, sector: m.sector, year: m.year }).toEqual({ agency: p.agency, sector: p.sector, year: p.year })
  })
})

describe('a prefecture short-named in a county organ’s addressee line (中共红河州委、红河州人民政府：) starts its region', () => {
  const PREFECTURES: [string, string][] = [['红河州', '金平县'], ['黔东南州', '凯里市'], ['凉山州', '越西县'], ['甘孜州', '泸定县'], ['恩施州', '利川市'], ['湘西州', '凤凰县']]
  const ADDRESSEES = [(p: string) => `中共${p}委、${p}人民政府：`, (p: string) => `${p}人民政府：`, (p: string) => `中共${p}委全面依法治州委员会办公室：`, (p: string) => `${p}委依法治州办：`]
  const ORGANS: [string, string][] = [['人民政府', '区县政府'], ['司法局', '司法行政'], ['审计局', '审计']]
  const cases = PREFECTURES.flatMap(([p, c], i) => ADDRESSEES.map((ad, j) => {
    const [organ, sector] = ORGANS[(i + j) % ORGANS.length]
    const y = 2019 + ((i + j) % 7)
    const text = `${c}${organ}关于${y}年度法治政府建设情况的报告\n${ad(p)}\n${y}年，${c}${organ}坚持依法行政，全年办理行政复议案件${3 + i}件，现将有关情况报告如下。\n`
    return [`${ad(p)} ${c}${organ}`, text, { agency: `${c}${organ}`, region: `${p}${c}`, sector, year: y }] as const
  }))
  it.each(cases)('%s', async (_, text, want) => {
    const m = await metaOf({ text })
    expect({ agency: m.agency, region: m.region, sector: m.sector, year: m.year }).toEqual(want)
  })

  // Near misses: a province, a city written with 市 (read before), a level alone.
  const misses: [string, string, string][] = [
    ['中共贵州省委、贵州省人民政府：', '金平县', '金平县'], ['中共杭州市委、杭州市人民政府：', '桐庐县', '杭州市桐庐县'], ['州委、州政府：', '越西县', '越西县'],
    ['中共徐州市委：', '沛县', '徐州市沛县'],
  ]
  it.each(misses)('%s %s', async (ad, c, region) => {
    const m = await metaOf({ text: `${c}人民政府关于2023年度法治政府建设情况的报告\n${ad}\n2023年，${c}人民政府坚持依法行政。\n` })
    expect(m.region).toBe(region)
  })
})


const NUMERALS: [string, number][] = [['2次', 2], ['三次', 3], ['4场', 4], ['5场次', 5], ['六场', 6]]

describe('a talk (宣讲) counts by its audience: the whole staff → a law session; the public or none named → a publicity event', () => {
  const SPEAKERS = ['党工委书记', '局长', '镇长', '主要负责人', '县长']
  const TO_STAFF = ['为全体干部职工作', '给机关干部开展', '向局机关工作人员作', '为执法人员开展', '面向全体党员干部开展']
  const TOPICS = ['法治专题宣讲', '宪法宣讲', '民法典专题宣讲', '法治宣讲', '法律专题宣讲']
  const probes: [string, string, number | null][] = []
  SPEAKERS.forEach((who, i) => TO_STAFF.forEach((to, j) => {
    const topic = TOPICS[(i + j) % TOPICS.length]
    const [n, v] = NUMERALS[(i + 2 * j) % NUMERALS.length]
    const text = `2023年，${who}${to}${topic}${n}，推动干部学法用法。`
    probes.push([text, 'training_sessions', v], [text, 'legal_publicity_events', null])
  }))
  const TO_PUBLIC = ['为辖区群众开展', '进社区开展', '深入企业开展', '面向村民开展', '开展']
  TO_PUBLIC.forEach((to, i) => {
    const [n, v] = NUMERALS[i]
    const text = `2023年，局里${to}${TOPICS[i]}${n}，发放宣传资料500余份。`
    probes.push([text, 'legal_publicity_events', v], [text, 'training_sessions', null])
  })
  // (another topic for the staff is neither)
  for (const [k, topic] of ['党的二十大精神宣讲', '全会精神宣讲', '党史宣讲'].entries()) {
    const text = `2023年，${SPEAKERS[k]}为全体干部职工作${topic}${NUMERALS[k][0]}。`
    probes.push([text, 'training_sessions', null], [text, 'legal_publicity_events', null])
  }
  it('reads each talk by its audience', () => expect(failures(probes)).toEqual([]))
})

describe('an area’s bodies of all levels opening a training count (全省各级…) are no sessions or participants of the author', () => {
  const AREAS = ['全省', '全市', '全县', '全区', '全州']
  const BODIES: [string, string][] = [
    ['各级组织党员教育培训', '期'], ['各级党组织开展法治学习', '场次'], ['各级中心组专题学法', '次'], ['各级行政机关举办法治培训', '期'], ['各级党委（党组）组织法治讲座', '场'],
  ]
  const probes: [string, string, number | null][] = []
  AREAS.forEach((area, i) => BODIES.forEach(([body, unit], j) => {
    const n = 120 + 10 * i + j
    const text = `2024年，${area}${body}${n}${unit}，培训党员干部${3 * n}人次。`
    probes.push([text, 'training_sessions', null], [text, 'training_participants', null])
    // (the author's own count after it is still the value; the author organising the area's cadres holds its sessions)
    const own = `2024年，${area}${body}${n}${unit}；本局组织法治培训${i + j + 2}次，参训${40 + j}人次。`
    probes.push([own, 'training_sessions', i + j + 2], [own, 'training_participants', 40 + j])
    const organised = `2024年，局党组组织${area}各级领导干部集中学法${i + 3}次。`
    probes.push([organised, 'training_sessions', i + 3])
  }))
  it('reads none of the area’s and the author’s own', () => expect(failures(probes)).toEqual([]))
})

describe('a study of the eight-point rules (中央八项规定精神学习教育) is another topic: its 研讨交流 and 读书班 are no law sessions', () => {
  const LEADS = ['深入开展中央八项规定精神学习教育', '扎实开展深入贯彻中央八项规定精神学习教育', '围绕落实中央八项规定精神']
  const EVENTS = ['局党组举办专题读书班，开展研讨交流', '组织专题研讨', '开展集中学习']
  const probes: [string, string, number | null][] = []
  LEADS.forEach((lead, i) => EVENTS.forEach((ev, j) => {
    const [n] = NUMERALS[(i + j) % NUMERALS.length]
    // (under a lead that names law studied, as a report's paragraph has it)
    probes.push([`1.学习领会习近平法治思想。局党组把习近平法治思想列为重点学习内容。${lead}，${ev}${n}。`, 'training_sessions', null])
  }))
  // (law named in the study's own clause still counts)
  probes.push(['2025年，围绕《中华人民共和国行政处罚法》开展专题研讨3次。', 'training_sessions', 3], ['2025年，局党组组织民法典专题学习4次。', 'training_sessions', 4])
  it('reads none of them, and law studies still', () => expect(failures(probes)).toEqual([]))
})

describe('an unnamed 我局 has the field of the work it centres on or furthers (围绕水务中心工作, 推动水务事业健康发展)', () => {
  const FIELDS: [string, string][] = [['水务', '水利'], ['交通运输', '交通'], ['文化旅游', '文化旅游'], ['市场监管', '市场监管'], ['退役军人', '退役军人事务'], ['统计', '统计']]
  const FORMS = [(f: string) => `围绕${f}中心工作推进法治建设`, (f: string) => `为推动${f}事业健康发展营造良好法治环境`, (f: string) => `推进${f}事业高质量发展`]
  const cases = FIELDS.flatMap(([f, sector], i) => FORMS.map((form, j) => {
    const y = 2019 + ((i + j) % 7)
    return [`${form(f)} (${y})`, `${y}年，我局全面贯彻中央、省、市、区的部署要求，${form(f)}。现将情况报告如下：\n一、主要工作\n全年办理行政处罚案件${10 + i}件。\n`, sector, y] as const
  }))
  it.each(cases)('%s', async (_, text, sector, year) => {
    const m = await metaOf({ text })
    expect({ agency: m.agency, sector: m.sector, year: m.year }).toEqual({ agency: null, sector, year })
  })
  // (a government's or the economy's work names no department)
  it.each(['围绕县委县政府中心工作推进法治建设', '推动经济社会事业健康发展', '围绕全区中心工作'])('%s', async (form) => {
    const m = await metaOf({ text: `2022年，我局${form}。现将情况报告如下：\n一、主要工作\n全年办理行政处罚案件12件。\n` })
    expect(m.sector).toBe(null)
  })
})

describe('a 省X局 whose province the text names only in a regulation’s title is not expanded with it; one named in prose is', () => {
  const PROVINCES: [string, string][] = [['江苏省', '江苏'], ['浙江省', '浙江'], ['四川省', '四川'], ['广西壮族自治区', '广西']]
  const DEPTS: [string, string, string, string][] = [['数据局', '数据局', '政务服务', '数据'], ['卫健委', '卫生健康委员会', '卫生健康', '医疗机构管理'], ['民宗委', '民族宗教事务委员会', '民族宗教', '宗教事务'], ['统计局', '统计局', '统计', '统计管理']]
  const cases = PROVINCES.flatMap(([full, short], i) => DEPTS.flatMap(([abbr, dept, sector, law], j) => {
    const level = full.endsWith('自治区') ? '自治区' : '省'
    const y = 2020 + ((i + j) % 6)
    const body = `${y}年，${level}${abbr}认真贯彻落实《${full}${law}条例》，推进法治政府建设，全年开展执法检查${5 + j}次。`
    return [
      [`title only: ${level}${abbr} 《${full}…条例》`, body, null, null, sector, y],
      [`in prose: 视察${short}`, `${body}深入学习习近平总书记考察${short}重要讲话精神。`, `${full}${dept}`, full, sector, y],
      // (signed by the abbreviation alone under a 我局/我委 report: still no place, but the kind of organ that wrote it)
      [`signed ${level}${abbr}, title only`, `关于${y}年度法治政府建设情况的报告\n${y}年，我${abbr.endsWith('委') ? '委' : '局'}认真贯彻落实《${full}${law}条例》，推进法治政府建设。\n${level}${abbr}\n${y + 1}年1月5日\n`, null, null, sector, y],
    ] as const
  }))
  it.each(cases)('%s', async (_, text, agency, region, sector, year) => {
    const m = await metaOf({ text })
    expect({ agency: m.agency, region: m.region, sector: m.sector, year: m.year }).toEqual({ agency, region, sector, year })
  })
})
