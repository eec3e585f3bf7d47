/**
 * Forms from the dev half of the thirteenth fresh batch (r13-fresh), on sentences invented for this test with near misses:
 * an author named where its report is published (现公布X局2025年度…报告), an organ whose field no catalogue organ names
 * (能源局), a department named by its level alone with its duties (区水利局的职能), places whose name holds a character no
 * stem holds (上党区), a review withdrawn after mediation, legal opinions given on decisions, a training in a part of the
 * work led by another topic (党建方面，…), none received with the applicant before 公开申请, and a county's branch whose city
 * the text writes only in the branch's name under its city's bureau (岳阳市生态环境局君山分局).
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue, valuesOf } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta
const value = (text: string, indicator: string) => valuesOf(text)[indicator]?.[0]

describe('an author named where its report is published', () => {
  it('is the organ after 现公布 / 现发布 / 现向社会公布, with its place', () => {
    const cases: [string, string, string, string][] = [
      ['按照《中华人民共和国政府信息公开条例》的规定，现公布张家川县退役军人事务局2025年度政府信息公开工作年度报告。\n一、总体情况\n2025年，县退役军人事务局完善公开机制。', '张家川县退役军人事务局', '张家川县', '退役军人事务'],
      ['依照《条例》，现公布深圳市光明区公明街道2020年政府信息公开工作年度报告，报告分六部分。\n一、总体情况\n公明街道做好门户网站建设。', '公明街道办事处', '深圳市光明区公明街道', '街道'],
      ['现发布宁远县农业农村局2023年政府信息公开工作年度报告如下。\n一、总体情况\n我局加强领导。', '宁远县农业农村局', '宁远县', '农业农村'],
      ['根据有关规定，现向社会公布临湘市应急管理局2022年政府信息公开工作年度报告。\n一、总体情况\n我局加强组织领导。', '临湘市应急管理局', '临湘市', '应急管理'],
    ]
    for (const [text, agency, region, sector] of cases) expect(meta(text)).toMatchObject({ agency, region, sector })
  })

  it('names no author when what is published is no report of one', () => {
    expect(meta('现公布2023年度全县行政执法数据。\n一、总体情况\n全县各部门依法履职。').agency).toBeNull()
    expect(meta('现公布上级转来的2022年有关情况报告。\n一、总体情况\n各单位按要求落实。').agency).toBeNull()
  })
})

describe('an organ whose field no catalogue organ names', () => {
  it('is read from its title, with its field as the sector', () => {
    expect(meta('广东省能源局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局以习近平新时代中国特色社会主义思想为指导。'))
      .toMatchObject({ agency: '广东省能源局', region: '广东省', sector: '能源' })
    expect(meta('榆林市能源局2023年法治政府建设情况报告\n2023年，我局坚持依法行政。\n一、主要举措').sector).toBe('能源')
  })

  it('leaves the departments that carry energy work under another name in their own field', () => {
    expect(meta('榆阳区发展和改革局2023年法治政府建设情况报告\n2023年，我局统筹能源保供工作。\n一、主要举措').sector).toBe('发展改革')
  })
})

describe('a department named by its level alone with its duties', () => {
  it('has no author, but its field is the sector', () => {
    for (const [text, sector] of [
      ['目录\n第一部分 行政执法总体情况\n区水利局的职能包括：\n（一）贯彻水利法律法规。', '水利'],
      ['一、行政执法信息情况\n县林业局职能：负责全县森林资源保护。\n二、执法数据', '林业'],
      ['第一部分\n市统计局的职能是：依法组织统计调查。\n第二部分', '统计'],
    ] as [string, string][]) expect(meta(text)).toMatchObject({ agency: null, region: null, sector })
  })
})

describe('places whose name holds a character no stem holds', () => {
  it('are read as the lead sentence’s government', () => {
    expect(meta('2019年，长治市上党区以习近平新时代中国特色社会主义思想为指导，法治政府建设成效明显。\n一、主要举措'))
      .toMatchObject({ agency: '上党区人民政府', region: '长治市上党区', sector: '区县政府' })
    expect(meta('2023年，鹰潭市月湖区坚持以习近平法治思想为指导，依法全面履行政府职能。\n一、主要举措'))
      .toMatchObject({ agency: '月湖区人民政府', region: '鹰潭市月湖区' })
  })

  it('do not make a place of a party body', () => {
    expect(meta('2021年，区委党校以习近平法治思想为指导开展培训。\n一、主要举措').agency).toBeNull()
  })
})

describe('a review or suit withdrawn after mediation', () => {
  it('is no dispute resolved', () => {
    expect(value('审结案件中，维持49件，经调解后申请人撤回32件。', 'disputes_resolved')).toBeUndefined()
    expect(value('全年办结行政复议案件60件，其中经调解当事人撤回申请14件。', 'disputes_resolved')).toBeUndefined()
    expect(value('行政应诉方面，经协调调解原告撤回起诉5件。', 'disputes_resolved')).toBeUndefined()
  })

  it('leaves disputes mediated with success beside a withdrawal', () => {
    expect(value('全年成功调解矛盾纠纷32件，当事人撤回起诉3件。', 'disputes_resolved')).toBe(32)
    expect(value('镇调委会全年调解成功纠纷18起。', 'disputes_resolved')).toBe(18)
  })
})

describe('legal opinions given on decisions', () => {
  it('are no decisions', () => {
    expect(value('组织法律顾问团为县政府重大决策提供法律意见256件。', 'major_decisions')).toBeUndefined()
    expect(value('法律顾问就重大行政决策事项出具法律意见书12份。', 'major_decisions')).toBeUndefined()
  })

  it('leave the decisions made', () => {
    expect(value('全年审议重大行政决策事项5件。', 'major_decisions')).toBe(5)
    expect(value('区政府全年作出重大决策事项9项，均经合法性审查。', 'major_decisions')).toBe(9)
  })
})

describe('a training in a part of the work led by another topic', () => {
  it('counts no law session when its clause names no law', () => {
    expect(value('党建方面，结合主题教育开展专题党课30次，在“效能提升”工程中组织干部职工学习培训22期。', 'training_sessions')).toBeUndefined()
    expect(value('党建方面，组织全体党员集中培训8期。', 'training_sessions')).toBeUndefined()
  })

  it('counts the law sessions of any part of the work', () => {
    expect(value('党建方面，组织干部职工法治培训6期。', 'training_sessions')).toBe(6)
    expect(value('法治方面，组织执法人员培训22期。', 'training_sessions')).toBe(22)
    expect(value('队伍建设方面，举办法律知识讲座4场。', 'training_sessions')).toBe(4)
  })
})

describe('none received with the applicant before 公开申请', () => {
  it('is 0 requests', () => {
    expect(value('依申请公开方面，2020年度我街道没有收到申请人提出的公开申请。', 'info_disclosure_requests')).toBe(0)
    expect(value('本年度未收到公民提交的政府信息公开申请。', 'info_disclosure_requests')).toBe(0)
  })

  it('reads the count when there were some, and no other kind of application', () => {
    expect(value('全年收到申请人提出的公开申请7件，均按期答复。', 'info_disclosure_requests')).toBe(7)
    expect(value('本年度未收到申请人提出的复议申请。', 'info_disclosure_requests')).toBeUndefined()
  })
})

describe('a county’s branch written under its city’s bureau by the county’s short name', () => {
  it('has that city in its region', () => {
    expect(meta('依照《条例》，现报告岳阳市生态环境局君山分局2025年政府信息公开工作。\n一、总体情况\n我局共收到政府信息公开申请2件，内容涉及君山区生态环境分局的挂牌时间。'))
      .toMatchObject({ agency: '君山区生态环境分局', region: '岳阳市君山区' })
    expect(meta('2023年，鼎城区自然资源和规划分局坚持依法行政，全面推进法治建设。\n一、主要举措\n常德市自然资源和规划局鼎城分局法规股负责具体工作。'))
      .toMatchObject({ agency: '鼎城区自然资源和规划分局', region: '常德市鼎城区' })
    expect(meta('2023年，秀屿区公安分局坚持依法行政。\n一、主要举措\n莆田市公安局秀屿分局法制大队负责执法监督。').region).toBe('莆田市秀屿区')
  })

  it('adds no city the text names only for another bureau', () => {
    expect(meta('君山区生态环境分局2024年工作报告\n2024年，我局会同益阳市生态环境局开展检查。').region).toBe('君山区')
  })
})
