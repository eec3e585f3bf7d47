/**
 * Author forms of the p- openings (issue 11), each on a sentence invented for this test: a
 * provincial office of a vertically managed system named by the province's short name (X海事局),
 * composed bureau names (海洋发展局), a government's general office, zones that report under their own
 * name or only by their kind (高新区, 经开区) with the city the text names, 党工委、管委会 leads, a
 * prefecture's office (地区…处), and lead sentences that open with a clause or with the author's
 * rule-of-law work as the topic.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { readOrgan } from '../../src/extract/organs'
import { catalogue } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta
const BODY = '\n一、主要举措\n（一）加强组织领导。班子会议专题研究依法行政工作。\n'

describe('a provincial office named by the province’s short name', () => {
  it('reads only with a department word, never as a government', () => {
    expect(readOrgan('湖南海事局')).toMatchObject({ name: '湖南海事局', place: '湖南', organ: '海事局' })
    expect(readOrgan('湖南人民政府')).toBeNull()
    expect(readOrgan('法治湖南海事')).toBeNull()
  })

  it('in a year-first title → the office, its province as the region, sector 交通', () => {
    expect(meta(`2021年湖南海事局法治政府部门建设报告${BODY}全局组织执法人员集中学法。`))
      .toMatchObject({ agency: '湖南海事局', region: '湖南省', sector: '交通', year: 2021 })
  })

  it('as the subject of a first sentence, its branches named after it not taken', () => {
    expect(meta(`2022年，吉林海事局以规范执法为重点推进法治海事建设，在通化海事局推动下形成协作机制。${BODY}`))
      .toMatchObject({ agency: '吉林海事局', region: '吉林省', sector: '交通' })
  })
})

describe('bureau names composed of known parts, and their sectors', () => {
  it('海洋发展局 and 海洋与渔业局 are ocean and fishery bureaus (农业农村)', () => {
    expect(readOrgan('青岛市海洋发展局')).toMatchObject({ organ: '海洋发展局' })
    expect(meta(`2023年，威海市海洋发展局围绕海洋经济推进依法行政。${BODY}`))
      .toMatchObject({ agency: '威海市海洋发展局', region: '威海市', sector: '农业农村' })
  })

  it('a government’s general office under an addressee line has the government’s sector', () => {
    expect(meta(`中共宁远县委、县人民政府：\n2022年，宁远县人民政府办公室在县委、县政府领导下推进法治政府建设，现将情况报告如下：${BODY}`))
      .toMatchObject({ agency: '宁远县人民政府办公室', sector: '区县政府' })
  })
})

describe('zones', () => {
  it('a zone reporting under its own name is its administrative committee', () => {
    expect(meta(`洋山综合保税区2024年度法治政府建设情况报告${BODY}`))
      .toMatchObject({ agency: '洋山综合保税区管理委员会', region: '洋山综合保税区', sector: '区县政府' })
  })

  it('a 党工委、管委会 lead is the 管委会, never the working committee', () => {
    expect(meta(`2023年，襄州经济技术开发区党工委、管委会在市委领导下深入推进依法行政。${BODY}`))
      .toMatchObject({ agency: '襄州经济技术开发区管理委员会' })
  })

  it('a zone named by its kind alone is the zone of the city the text names', () => {
    const text = `2022年，经开区以法治赣州建设为引领推进依法行政，经开区应急局开展执法检查。${BODY}`
    expect(meta(text)).toMatchObject({ agency: '赣州经开区管理委员会', sector: '区县政府' })
    expect(meta(`2022年，经开区应急局以安全生产执法为重点推进依法行政，助力平安赣州、法治赣州建设。${BODY}`))
      .toMatchObject({ agency: '赣州经开区应急管理局', sector: '应急管理' })
  })

  it('with no city named, a zone’s kind is no author (unknown, not a guess)', () => {
    expect(meta(`2022年，高新区以优化营商环境为重点推进依法行政。${BODY}`)).toMatchObject({ agency: null })
  })
})

describe('a prefecture’s office', () => {
  it('地区…处 is the prefecture the text names; 地区 alone is no place', () => {
    expect(readOrgan('地区财政处')).toBeNull()
    expect(meta(`2023年以来，地区财政处以预算法实施为重点推进依法理财，修订《和田地区财政资金管理办法》。${BODY}`))
      .toMatchObject({ agency: '和田地区财政处', region: '和田地区', sector: '财政' })
  })
})

describe('lead sentences', () => {
  it('after an opening clause of what the report answers to', () => {
    expect(meta(`按照区委全面依法治区委员会的部署和要求，2023年石桥街道以基层法治建设为抓手推进依法行政。${BODY}`))
      .toMatchObject({ agency: '石桥街道办事处', sector: '街道' })
  })

  it('the author’s rule-of-law work as the topic after the year', () => {
    expect(meta(`2024年越城区交通运输局法治建设工作，以规范执法为重点，在区委、区政府领导下推进。${BODY}`))
      .toMatchObject({ agency: '越城区交通运输局', sector: '交通' })
  })
})

describe('page lines and municipalities', () => {
  it('a 来源单位/信息发布人 line names the author when nothing else does', () => {
    expect(meta(`来源单位：青杉县医疗保障局\n2023年，我局推进医保基金监管法治化。${BODY}`))
      .toMatchObject({ agency: '青杉县医疗保障局', agency_source: 'publisher' })
    expect(meta(`发布时间：2024-01-10 信息发布人：青杉县卫健局\n2023年，我局推进依法行政。${BODY}`))
      .toMatchObject({ agency: '青杉县卫生健康局', sector: '卫生健康' })
  })

  it('a municipality’s office named by its short name is in that municipality', () => {
    expect(meta(`2023年上海海事局法治政府部门建设报告${BODY}`)).toMatchObject({ agency: '上海海事局', region: '上海市', sector: '交通' })
  })
})

describe('more places an author is named', () => {
  it('a byline in brackets under the title', () => {
    expect(meta(`2022年度法治政府建设工作报告\n（青杉县交通运输局）${BODY}`)).toMatchObject({ agency: '青杉县交通运输局', agency_source: 'letterhead' })
  })

  it('the handover sentence after an addressee line (现将X2023年…报告如下), the addressee never', () => {
    expect(meta(`县委、县政府：\n现将梧桐镇2023年法治政府建设情况报告如下。${BODY}`))
      .toMatchObject({ agency: '梧桐镇人民政府', sector: '乡镇政府', agency_source: 'body' })
    expect(meta(`县委、县政府：\n现将有关情况报告如下。${BODY}`)).toMatchObject({ agency: null, agency_source: 'unknown' })
  })

  it('a league’s or prefecture’s 行政公署 is its government', () => {
    expect(meta(`查干盟行政公署2023年法治政府建设情况报告${BODY}`))
      .toMatchObject({ agency: '查干盟行政公署', region: '查干盟', sector: '市政府' })
  })
})

describe('title and page forms around the author', () => {
  it('a title with its year in a bracket after it, or after the author and a colon', () => {
    expect(meta(`青杉县司法局法治政府建设年度报告（2023年度）${BODY}`)).toMatchObject({ agency: '青杉县司法局', year: 2023 })
    expect(meta(`青杉县司法局：2023年法治政府建设情况报告${BODY}`)).toMatchObject({ agency: '青杉县司法局', year: 2023 })
  })

  it('a year-first title names the organ after the year, not only its place', () => {
    expect(meta(`2023年度青杉县司法局法治政府建设年度报告${BODY}`)).toMatchObject({ agency: '青杉县司法局', sector: '司法行政' })
  })

  it('a breadcrumb section that is an organ’s full name; the site root and bare departments are not', () => {
    expect(meta(`首页 > 部门信息公开 > 青杉县司法局 > 法治政府建设\n2023年度法治政府建设情况报告${BODY}`))
      .toMatchObject({ agency: '青杉县司法局', agency_source: 'publisher' })
    expect(meta(`青杉县人民政府 > 部门信息公开 > 司法局 > 法治政府建设\n2023年度法治政府建设情况报告${BODY}`))
      .toMatchObject({ agency: null })
  })

  it('a county’s administrative organs as a whole speak for its government', () => {
    expect(meta(`2023年，青杉县各级行政机关坚持依法行政。${BODY}`)).toMatchObject({ agency: '青杉县人民政府' })
  })
})

describe('Inner Mongolian townships, newer departments, a site’s government', () => {
  it('a 苏木 is a township; its party committee and government lead is the government', () => {
    expect(meta(`巴彦苏木2023年法治政府建设工作报告${BODY}`)).toMatchObject({ agency: '巴彦苏木人民政府', sector: '乡镇政府' })
    expect(meta(`2023年，巴彦苏木党委、政府推进依法行政。${BODY}`)).toMatchObject({ agency: '巴彦苏木人民政府' })
  })

  it('数据资源局 and 机关事务服务中心 are departments with their sectors', () => {
    expect(meta(`青杉县数据资源局2023年法治政府建设情况报告${BODY}`)).toMatchObject({ agency: '青杉县数据资源局', sector: '政务服务' })
    expect(meta(`青杉县机关事务服务中心2023年法治政府建设情况报告${BODY}`)).toMatchObject({ agency: '青杉县机关事务服务中心', sector: '机关事务' })
  })

  it('a 来源 line naming the site’s government is not the author of a 我局 report', () => {
    expect(meta(`2023年度法治政府建设情况报告\n来源：青杉县人民政府 发布时间：2024-01-05\n2023年，我局在县委、县政府领导下推进依法行政。制定《青杉县应急管理局行政执法公示办法》。${BODY}`))
      .toMatchObject({ agency: '青杉县应急管理局', sector: '应急管理' })
  })

  it('a mass organisation is no government organ: unknown, not a guess', () => {
    expect(meta(`青杉县总工会2023年法治建设情况报告${BODY}`)).toMatchObject({ agency: null, agency_source: 'unknown' })
  })
})

describe('lead sentences whatever verb follows the author', () => {
  it('the organ a lead clause opens with, after clauses of who led it', () => {
    expect(meta(`2023年，在县委县政府的正确领导下，在市交通运输局的精心指导下，青杉县交通运输局坚持依法行政。${BODY}`))
      .toMatchObject({ agency: '青杉县交通运输局' })
    expect(meta(`2023年，青杉县林业局紧扣林长制改革推进依法行政。${BODY}`)).toMatchObject({ agency: '青杉县林业局', sector: '林业' })
    expect(meta(`2023年是开局之年。一年来，青杉县应急管理局坚持依法行政。${BODY}`)).toMatchObject({ agency: '青杉县应急管理局', year: 2023 })
  })

  it('never an organ opening a sentence after the first numbered section (the report’s matter, not its lead)', () => {
    expect(meta(`现将我镇2023年法治政府建设情况报告如下。\n一、主要举措\n2023年，青杉县人民政府印发《依法行政考核办法》，梧桐镇认真落实，法治梧桐建设稳步推进。\n`))
      .toMatchObject({ agency: '梧桐镇人民政府' })
  })

  it('never an organ acting on the author', () => {
    expect(meta(`2023年，青杉县司法局对我镇开展法治督察，反馈问题3个。${BODY}`)).toMatchObject({ agency: null })
  })

  it('a lead after an opening clause gives the year too', () => {
    expect(meta(`为全面贯彻落实法治政府建设要求，2023年青杉县林业局着力推进依法行政。${BODY}`))
      .toMatchObject({ agency: '青杉县林业局', year: 2023 })
  })
})

describe('titles broken over lines or tagged', () => {
  it('a title broken over short lines, naming its author at its start', () => {
    expect(meta(`青杉县交通运输局\n2023年度法治政府建设\n工作报告${BODY}`)).toMatchObject({ agency: '青杉县交通运输局', year: 2023, agency_source: 'title' })
    expect(meta(`青杉县交通运输局2023年度法治政府建设\n工作报告${BODY}`)).toMatchObject({ agency: '青杉县交通运输局', year: 2023 })
  })

  it('menu lines never join into a title', () => {
    expect(meta(`政务公开\n法治政府建设\n年度报告\n2023年，我局推进依法行政。${BODY}`)).toMatchObject({ agency: null, year: 2023 })
  })

  it('a bracketed organ before the title is its author; another tag is not', () => {
    expect(meta(`【青杉县交通运输局】2023年法治政府建设年度报告${BODY}`)).toMatchObject({ agency: '青杉县交通运输局' })
    expect(meta(`【政策解读】青杉县交通运输局2023年法治政府建设年度报告${BODY}`)).toMatchObject({ agency: '青杉县交通运输局' })
  })
})

describe('a document’s header and circulation', () => {
  it('a red header "X局文件" is the issuer; a party committee’s is not', () => {
    expect(meta(`青杉县水利局文件\n青水发〔2024〕3号\n关于2023年度法治政府建设情况的报告\n县人民政府：${BODY}`))
      .toMatchObject({ agency: '青杉县水利局', agency_source: 'letterhead' })
    expect(meta(`中共青杉县委文件\n关于2023年度法治建设情况的报告${BODY}`)).toMatchObject({ agency: null })
  })

  it('an organ on a 抄送 line receives the report, never writes it', () => {
    expect(meta(`2023年度法治政府建设情况报告\n抄送：青杉县司法局\n2023年，我局推进依法行政。${BODY}`)).toMatchObject({ agency: null })
  })
})

describe('the sector of a 我局 report that names no department', () => {
  it('reads the field of its 行政执法 (海洋行政执法 → 农业农村), the agency stays unknown', () => {
    expect(meta(`2024年度，我局围绕中心工作推进部门法治建设。\n一、推进情况\n（二）深化海洋行政执法改革。组建执法协作机制。\n`))
      .toMatchObject({ agency: null, sector: '农业农村' })
  })
})

describe('central organs', () => {
  it('a ministry’s site banner over a report that speaks of itself as the ministry, named without the state', () => {
    expect(meta(`中华人民共和国水利部\n首页 > 政务公开 > 法治政府建设\n2023年，部党组坚持以习近平法治思想为指导推进水利法治建设。${BODY}`))
      .toMatchObject({ agency: '水利部', region: null, sector: '水利', agency_source: 'letterhead' })
    expect(meta(`中华人民共和国水利部\n2023年，梧桐镇坚持依法行政。${BODY}`)).toMatchObject({ agency: '梧桐镇人民政府' })
  })

  it('a national administration by its short name is named in full', () => {
    expect(meta(`2023年，国家林草局坚持依法行政。${BODY}`)).toMatchObject({ agency: '国家林业和草原局', sector: '林业' })
  })
})
