/**
 * Agency, region and sector for every kind of author, on openings written for this test:
 * each form (title of every level, page lines, letterheads, signatures, abbreviations, the
 * lead sentence) once, and the shapes that must never become an agency.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { readOrgan } from '../../src/extract/organs'
import { catalogue } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta
const BODY = '\n一、主要举措\n全年开展执法检查20次。\n'

describe('agency from the title line', () => {
  it.each([
    ['青石镇2024年法治政府建设工作报告', '青石镇人民政府', '乡镇政府', 'title'],
    ['长桥街道办事处2023年度法治政府建设情况报告', '长桥街道办事处', '街道', 'title'],
    ['长桥街道2023年法治政府建设工作总结', '长桥街道办事处', '街道', 'title'],
    ['2021年云溪县法治政府建设情况报告', '云溪县人民政府', '区县政府', 'title'],
    ['民政部2022年法治政府建设年度报告', '民政部', '民政', 'title'],
    ['国家税务总局2021年法治政府建设情况报告', '国家税务总局', '税务', 'title'],
    ['河南省自然资源厅关于2023年度法治政府建设情况的报告', '河南省自然资源厅', '自然资源', 'title'],
    ['【年度报告】洛阳市人民政府2022年法治政府建设年度报告', '洛阳市人民政府', '市政府', 'title'],
    ['中共青石镇委员会 青石镇人民政府关于2024年法治政府建设工作情况的报告', '青石镇人民政府', '乡镇政府', 'title'],
  ])('%s → %s', (title, agency, sector, source) => {
    const m = meta(title + BODY)
    expect({ agency: m.agency, sector: m.sector, agency_source: m.agency_source }).toEqual({ agency, sector, agency_source: source })
  })

  it('reads a title split over two lines (organ, then 关于…的报告)', () => {
    expect(meta(`云溪县林业局\n关于2023年度法治政府建设情况的报告${BODY}`)).toMatchObject({ agency: '云溪县林业局', year: 2023 })
  })

  it('expands an abbreviated title with the city and the department the text names', () => {
    const m = meta(`市市场监管局2023年法治政府建设情况报告\n今年,我局落实《洛阳市食品安全条例》。${BODY}`)
    expect(m).toMatchObject({ agency: '洛阳市市场监督管理局', region: '洛阳市', sector: '市场监管' })
    expect(meta(`省人民政府关于2020年度法治政府建设情况的报告\n全年河南经济平稳。${BODY}`))
      .toMatchObject({ agency: '河南省人民政府', region: '河南省', sector: '省政府' })
  })
})

describe('agency from the other forms', () => {
  it('takes a 发布机构 page line when the title names no author', () => {
    const m = meta(`发布机构:洛阳市交通运输局 发布日期:2024-02-01\n2023年度法治政府建设情况报告${BODY}`)
    expect(m).toMatchObject({ agency: '洛阳市交通运输局', agency_source: 'publisher', year: 2023 })
  })

  it('takes the signature above the closing date, never the addressee line', () => {
    const m = meta(`关于2023年度法治政府建设情况的报告\n云溪县委、云溪县人民政府:${BODY}云溪县应急管理局\n2024年1月20日`)
    expect(m).toMatchObject({ agency: '云溪县应急管理局', agency_source: 'signature', sector: '应急管理' })
  })

  it('takes the subject of the lead sentence, and the report\'s own title quoted in the text', () => {
    expect(meta(`2023年,云溪县水利局坚持依法行政。${BODY}`)).toMatchObject({ agency: '云溪县水利局', agency_source: 'body' })
    expect(meta(`会议审议了《云溪县人民政府关于2022年度法治政府建设情况的报告》。${BODY}`))
      .toMatchObject({ agency: '云溪县人民政府', agency_source: 'body', sector: '区县政府' })
  })

  it('reads a joint subject "X镇党委、政府" as the town government, and an organ that opens the first sentence', () => {
    expect(meta(`2023年,青石镇党委、政府坚持依法行政。${BODY}`)).toMatchObject({ agency: '青石镇人民政府', sector: '乡镇政府' })
    expect(meta(`长桥街道办事处以法治建设为抓手,推进依法行政。${BODY}`)).toMatchObject({ agency: '长桥街道办事处', sector: '街道' })
  })

  it('reads the place right after the year in a title with more words between (上半年, 全面依法治镇)', () => {
    expect(meta(`2021年青石镇上半年全面依法治镇工作总结${BODY}`)).toMatchObject({ agency: '青石镇人民政府', year: 2021 })
  })

  it('keeps the sector of a department whose place cannot be read', () => {
    expect(meta(`2022年,县综合执法局在县委领导下推进执法规范化。${BODY}`)).toMatchObject({ agency: null, sector: '城市管理' })
  })

  it('says unknown rather than guess when no organ can be read', () => {
    const m = meta(`法治政府建设工作报告\n共有200名执法人员参加省应急管理厅组织的培训,建成县级农村物流中心3个。${BODY}`)
    expect(m).toMatchObject({ agency: null, agency_source: 'unknown', sector: null, region: null })
  })
})

describe('innermost place + organ, the outer places in the region', () => {
  it('names the organ by its own place, and puts the outer places the text writes (also on a page header) in the region', () => {
    expect(meta(`洛阳市云溪区人民政府 网站首页\n云溪区2023年法治政府建设情况报告${BODY}`))
      .toMatchObject({ agency: '云溪区人民政府', region: '洛阳市云溪区', agency_source: 'title' })
    expect(meta(`洛阳市云溪区司法局关于2023年度法治政府建设情况的报告${BODY}`))
      .toMatchObject({ agency: '云溪区司法局', region: '洛阳市云溪区', sector: '司法行政' })
    expect(meta(`洛阳市云溪区青石镇人民政府2024年法治政府建设工作报告${BODY}`))
      .toMatchObject({ agency: '青石镇人民政府', region: '洛阳市云溪区青石镇', sector: '乡镇政府' })
    expect(meta(`云溪区2023年法治政府建设情况报告${BODY}`)).toMatchObject({ agency: '云溪区人民政府', region: '云溪区' })
  })

  it('keeps the city of a city organ and the province of a provincial one', () => {
    expect(meta(`洛阳市行政审批服务局2023年法治政府建设年度报告${BODY}`)).toMatchObject({ agency: '洛阳市行政审批服务局', region: '洛阳市' })
    expect(meta(`河南省司法厅2023年法治政府建设年度报告${BODY}`)).toMatchObject({ agency: '河南省司法厅', region: '河南省' })
  })

  it('reads a street office named under its district government as the office', () => {
    expect(meta(`洛阳市云溪区人民政府长桥街道办事处\n2022年法治政府建设年度情况报告${BODY}`))
      .toMatchObject({ agency: '长桥街道办事处', region: '洛阳市云溪区长桥街道', sector: '街道', year: 2022 })
  })

  it('reads a local office named after its central organ as the local organ', () => {
    expect(meta(`国家税务总局洛阳市税务局2023年法治政府建设年度报告${BODY}`))
      .toMatchObject({ agency: '洛阳市税务局', region: '洛阳市', sector: '税务' })
  })

  it('completes an abbreviation with the place the text writes for its district', () => {
    const m = meta(`区城市管理局关于2022年法治政府建设情况的报告\n对照《洛阳市云溪区实施方案》和《洛阳市云溪区工作要点》推进。${BODY}`)
    expect(m).toMatchObject({ agency: '云溪区城市管理局', region: '洛阳市云溪区', sector: '城市管理' })
  })

  it('does not complete a district abbreviation with a neighbour named once, but keeps the sector', () => {
    const m = meta(`区市场监管局关于2023年法治政府建设情况的报告\n向邻近的云溪区市场监管局通报案件3件。${BODY}`)
    expect(m).toMatchObject({ agency: null, agency_source: 'unknown', sector: '市场监管' })
  })
})

describe('organ shape', () => {
  it.each(['名执法人员参加省应急管理厅', '建成县级农村物流中心', '全市市场监督管理局', '中共云溪县委员会', '现公开市人社局', '示范城市司法局', '人民政府长桥街道办事处'])(
    '%s is no organ', (s) => expect(readOrgan(s)).toBeNull())

  it.each([
    ['吉林省吉林市船营区人民政府', '吉林省吉林市船营区'], ['洛阳经济技术开发区应急管理局', '洛阳经济技术开发区'],
    ['云溪县卫健委', '云溪县'], ['杭州市西湖区市场监督管理局', '杭州市西湖区'],
  ])('%s is an organ of %s', (s, place) => expect(readOrgan(s)?.place).toBe(place))

  it('expands department abbreviations', () => {
    expect(readOrgan('云溪县卫健委')?.name).toBe('云溪县卫生健康委员会')
    expect(readOrgan('云溪县人社局')?.name).toBe('云溪县人力资源和社会保障局')
  })
})

describe('forms of the fresh l-openings, on other agencies', () => {
  it('a zone written by its kind alone (经开区, 经济技术开发区) is no place: unknown, yet a zone’s sector', () => {
    const titled = meta(`信息公开\n经济技术开发区管理委员会关于2023年法治政府建设情况报告\n2023年，经开区坚持依法行政，推进“证照分离”改革。${BODY}`)
    expect(titled).toMatchObject({ agency: null, region: null, sector: '区县政府', agency_source: 'unknown' })
    expect(meta(`2021年，高新区以习近平法治思想为指导推进法治建设。${BODY}`)).toMatchObject({ agency: null, sector: '区县政府' })
    expect(readOrgan('经开区人民政府')).toBeNull()
    expect(readOrgan('济技术开发区管理委员会')).toBeNull()
  })

  it('a title’s short name is the 发布机构 line’s full name of the same organ and place', () => {
    const m = meta(`发布机构：青杉区农业农村和水利局\n青杉区农业农村局2023年法治政府建设年度报告\n2023年，青杉区农业农村局坚持依法行政。${BODY}`)
    expect(m).toMatchObject({ agency: '青杉区农业农村和水利局', sector: '农业农村' })
    // Another organ on the publisher line (the portal, another place's bureau) changes nothing.
    expect(meta(`发布机构：云溪区农业农村和水利局\n青杉区农业农村局2023年法治政府建设年度报告${BODY}`).agency).toBe('青杉区农业农村局')
  })

  it('a level-abbreviated bureau takes its district from the area’s own plan title or its own measures', () => {
    expect(meta(`2022年，在区委、区政府领导下，区应急管理局以习近平法治思想为指导，围绕《桐溪区法治政府建设实施方案(2021—2025年)》推进依法行政。${BODY}`))
      .toMatchObject({ agency: '桐溪区应急管理局', region: '桐溪区', sector: '应急管理' })
    expect(meta(`2024年，县市场监管局学习贯彻习近平法治思想，落实市委实施方案和枫林具体举措。${BODY}`))
      .toMatchObject({ agency: '枫林县市场监督管理局', sector: '市场监管' })
    // The plan of another level (《市法治政府建设实施方案》) names no district.
    expect(meta(`2022年，区应急管理局围绕《市法治政府建设实施方案》推进依法行政。${BODY}`)).toMatchObject({ agency: null, sector: '应急管理' })
  })

  it('a street names its place in the rule-of-law work it opens up (开拓X法治建设新局面)', () => {
    expect(meta(`2023年以来，街道对照县里的实施方案，开拓桐溪法治建设新局面。现将工作情况报告如下。${BODY}`))
      .toMatchObject({ agency: '桐溪街道办事处', sector: '街道' })
  })

  it('人力资源保障局 is the human resources and social security bureau', () => {
    expect(readOrgan('洛阳市人力资源保障局')?.name).toBe('洛阳市人力资源和社会保障局')
    expect(meta(`2025年，在市委、市政府领导下，市人力资源保障局以法治为引领推进法治人社建设。${BODY}`)).toMatchObject({ agency: null, sector: '人力资源社会保障' })
  })
})
