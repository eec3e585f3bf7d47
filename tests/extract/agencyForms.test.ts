/**
 * Author forms that generalise (issue 11, deliverable 3), each on a sentence invented for this
 * test: a report that speaks of itself as 我镇/我市/我局, zones governed by a 管理委员会, Guangzhou's
 * 街, party and government joined by 和, long autonomous-county names, new department
 * abbreviations, and the placeholders and verbs that must never become a place.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { readOrgan } from '../../src/extract/organs'
import { placeOfLevel, selfLevel } from '../../src/extract/selfNamed'
import { catalogue } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta
const BODY = '\n一、主要举措\n（一）加强组织领导。\n'

describe('a report that speaks of itself', () => {
  it('我镇 with the town named once at a break → that town’s government', () => {
    const m = meta(`2022年，我镇坚持依法行政。现就我镇2022年度法治政府建设情况报告如下：${BODY}推动各项部署在青杉镇落地见效。`)
    expect(m).toMatchObject({ agency: '青杉镇人民政府', region: '青杉镇', sector: '乡镇政府', agency_source: 'body' })
  })

  it('我市 with the city named in a plan title → the city government', () => {
    expect(meta(`2023年，我市扎实推进依法行政。${BODY}推动《洛阳市“十四五”政府治理专项规划》落实。`))
      .toMatchObject({ agency: '洛阳市人民政府', sector: '市政府' })
  })

  it('我局 with its own full name in a document title → that bureau (人力社保局 expanded)', () => {
    expect(meta(`2023年，我局以法治为引领。${BODY}制定《云溪区人力社保局合法性审查事项清单》。`))
      .toMatchObject({ agency: '云溪区人力资源和社会保障局', sector: '人力资源社会保障' })
  })

  it('我局 with a level abbreviation and the report’s city → the city bureau, never the city government', () => {
    expect(meta(`2023年，我局推进依法行政。${BODY}印发《市水务局党组2023年学习计划》，一项决策列入《洛阳市人民政府2023年度重大行政决策事项目录》。`))
      .toMatchObject({ agency: '洛阳市水务局' })
  })

  it('我局 is never a provincial 厅 it reports to, and no bureau named means unknown', () => {
    const m = meta(`2023年，我局依法行政。${BODY}已向市委市政府、省生态环境厅报告年度情况。`)
    expect(m).toMatchObject({ agency: null, agency_source: 'unknown' })
  })

  it('"结合X街道实际，现就…报告如下" names the report’s own street', () => {
    expect(meta(`街道坚持依法履职。结合青杉街道实际，现就2022年法治政府建设工作报告如下：${BODY}`))
      .toMatchObject({ agency: '青杉街道办事处', sector: '街道' })
  })

  it('reads the self-reference level and places only at a break', () => {
    expect(selfLevel('2023年，我局以…')).toBe('局')
    expect(selfLevel('现就我镇2022年度…')).toBe('镇')
    expect(placeOfLevel('首先由镇领导牵头，结合镇情实际', '镇')).toBeNull()
    expect(placeOfLevel('在青杉镇落地生根', '镇')).toBe('青杉镇')
  })
})

describe('zones, streets and joint subjects', () => {
  it('a new area or development zone is governed by its 管理委员会', () => {
    expect(meta(`2022年，在市委领导下，青杉新区以习近平法治思想为指导推进依法行政。${BODY}`))
      .toMatchObject({ agency: '青杉新区管理委员会', sector: '区县政府' })
    expect(readOrgan('青杉经济开发区管委会')?.name).toBe('青杉经济开发区管理委员会')
  })

  it('a zone named by its kind alone is no place (经济开发区, 高新区)', () => {
    expect(readOrgan('经济开发区管委会')).toBeNull()
    expect(readOrgan('高新区人民政府')).toBeNull()
    expect(meta(`经济开发区2024年度法治政府建设情况报告\n2024年，青杉经济开发区在区委领导下推进依法行政。${BODY}`))
      .toMatchObject({ agency: '青杉经济开发区管理委员会' })
  })

  it('Guangzhou’s "X街" is X街道', () => {
    expect(meta(`2021年，青杉街在区委、区政府领导下推进依法行政。${BODY}`)).toMatchObject({ agency: '青杉街道办事处', sector: '街道' })
  })

  it('"X党委和政府" resolves to the people’s government', () => {
    expect(meta(`2022年，宁夏回族自治区党委和政府全面推进依法行政。${BODY}`))
      .toMatchObject({ agency: '宁夏回族自治区人民政府', sector: '省政府' })
  })

  it('an autonomous county keeps a long stem (酉阳土家族苗族自治县)', () => {
    expect(readOrgan('酉阳土家族苗族自治县人民政府')?.place).toBe('酉阳土家族苗族自治县')
  })

  it('林草局 is 林业和草原局', () => {
    expect(readOrgan('肃南县林草局')?.name).toBe('肃南县林业和草原局')
  })
})

describe('shapes that are never an agency', () => {
  it('placeholders (某县) and verbs (制发, 结合) are no place', () => {
    expect(meta(`某县 2025 年度法治政府建设情况报告\n2025 年，全县推进依法行政。${BODY}`)).toMatchObject({ agency: null, year: 2025 })
    expect(readOrgan('制发罗湖区司法局')).toBeNull()
    expect(readOrgan('结合镇人民政府')).toBeNull()
  })

  it('a short subject at the start of the text is read (通州区坚持…)', () => {
    expect(meta(`通州区坚持以习近平法治思想为指导推进依法行政。${BODY}`)).toMatchObject({ agency: '通州区人民政府' })
  })
})

describe('department names that are in no list', () => {
  it('a stem composed of known parts (文化和广电旅游体育局, 农业农村和水利局)', () => {
    expect(meta(`2022年以来，青杉市文化和广电旅游体育局以法治为引领推进依法行政。${BODY}`))
      .toMatchObject({ agency: '青杉市文化和广电旅游体育局', sector: '文化旅游' })
    expect(readOrgan('云溪县农业农村和水利局')?.organ).toBe('农业农村和水利局')
    expect(readOrgan('开展文化和旅游局')).toBeNull()
  })

  it('a stem without its last word is the full department (退役军人局, 住房公积金中心)', () => {
    expect(readOrgan('云溪县住房公积金中心')?.name).toBe('云溪县住房公积金管理中心')
    expect(meta(`2021年，市退役军人局认真学习贯彻党的方针，为法治洛阳建设贡献力量。${BODY}`))
      .toMatchObject({ agency: '洛阳市退役军人事务局', region: '洛阳市', sector: '退役军人事务' })
  })

  it('the subject of the lead sentence with its topic after it (X局法治政府建设工作在…)', () => {
    expect(meta(`2020年，青杉市林业局法治政府建设工作在市委领导下稳步推进。${BODY}`))
      .toMatchObject({ agency: '青杉市林业局', sector: '林业' })
  })

  it('a place written with its other name reads as the place; an organ with its second name as the first', () => {
    expect(meta(`经开区（云溪区）人民政府2023年法治政府建设工作报告${BODY}`)).toMatchObject({ agency: '云溪区人民政府', sector: '区县政府' })
    expect(meta(`青杉市林业局（青杉市园林局）2022年法治政府建设年度报告${BODY}`)).toMatchObject({ agency: '青杉市林业局' })
  })

  it('real places whose stem holds a place suffix (市中区, 新市区) are places', () => {
    expect(readOrgan('市中区司法局')?.place).toBe('市中区')
    expect(readOrgan('新市区人民政府')?.place).toBe('新市区')
    expect(readOrgan('部署全镇人民政府')).toBeNull()
    expect(readOrgan('新市街道办事处')?.place).toBe('新市街道')
    expect(readOrgan('年青杉市云溪区人民政府')).toBeNull()
  })
})

describe('a government speaking for its whole area or by its kind', () => {
  it('全省各级人民政府 / 全市各级行政机关 as the lead subject → the government of the place named', () => {
    expect(meta(`2022年，全省各级人民政府坚持依法行政，河南经济平稳运行。${BODY}`))
      .toMatchObject({ agency: '河南省人民政府', sector: '省政府' })
    expect(meta(`2023年，在市委领导下，全市各级行政机关以法治为引领，落实总书记考察天津重要讲话精神。${BODY}`))
      .toMatchObject({ agency: '天津市人民政府', sector: '省政府' })
  })

  it('a sector of the whole area is not its government (全县教育系统)', () => {
    expect(meta(`2023年，全县教育系统深入学习法律。${BODY}印发《云溪县人民政府关于规范办学的通知》。`).agency).not.toBe('云溪县人民政府')
  })

  it('a zone or street naming itself by its kind (新区推进…) is the one the text names of that kind', () => {
    expect(meta(`一、新区推进法治政府建设的主要举措\n制定青杉新区法治政府建设实施方案，青杉新区获评示范项目。${BODY}`))
      .toMatchObject({ agency: '青杉新区管理委员会' })
  })

  it('a place in a document its author drafts is its own, not the neighbour it visited', () => {
    expect(meta(`2022年，我局推进依法行政。${BODY}区司法局党委书记带队到邻溪区学习经验，拟定《云溪区法治政府建设实施方案》。`))
      .toMatchObject({ agency: '云溪区司法局' })
  })
})

describe('no author, but its kind for the sector', () => {
  it.each([
    ['区财政局对2023年度法治政府建设情况进行了梳理，现报告如下。', '财政'],
    ['2023年，我局加强党对法治市场监管工作的领导，履行监管职能。', '市场监管'],
    ['2022年以来，我局依法行政，制定退役军人2022年法治政府建设工作要点。', '退役军人事务'],
    ['2025年，全县以法治为引领推进依法行政。', '区县政府'],
    ['2019年，xx市人民政府以法治为引领推进依法行政。', '市政府'],
    ['为加强法治政府建设，街道对照上级方案推进依法行政。', '街道'],
  ])('%s → unknown agency, sector %s', (lead, sector) => {
    expect(meta(lead + BODY)).toMatchObject({ agency: null, agency_source: 'unknown', sector })
  })
})

describe('self-reference and brands', () => {
  it('本镇/本局 speak for the author as 我镇/我局 do', () => {
    expect(meta(`2023年，本镇推进依法行政，结合本镇实际制定学法清单。${BODY}推动各项部署在青杉镇落地见效。`))
      .toMatchObject({ agency: '青杉镇人民政府', sector: '乡镇政府' })
  })

  it('a bare 厅 as the subject is the province’s the text names (司法厅 … 法治四川)', () => {
    expect(meta(`2021年，司法厅以法治为引领，为法治四川建设提供保障。${BODY}`))
      .toMatchObject({ agency: '四川省司法厅', region: '四川省', sector: '司法行政' })
  })

  it('a place named only in its brand (法治舒桥建设) with the level the report speaks for', () => {
    expect(meta(`2024年，我乡依法履职，明确法治云溪建设的重点任务。${BODY}`)).toMatchObject({ agency: '云溪乡人民政府' })
    expect(meta(`2024年，我乡依法履职，推进法治政府建设和法治阵地建设。${BODY}`)).toMatchObject({ agency: null })
    expect(meta(`2024年，我乡依法履职，推进法治交通建设。${BODY}`)).toMatchObject({ agency: null })
  })

  it('the verb a clause starts with is never a place stem (利用镇党委会议, 围绕县委…)', () => {
    expect(meta(`2023年，本镇依法行政，利用镇党委会议集中学法。${BODY}`)).toMatchObject({ agency: null, sector: '乡镇政府' })
    expect(readOrgan('围绕县人民政府')).toBeNull()
  })

  it('a 述法 report is a title: its year is the report’s', () => {
    expect(meta(`乡镇镇长2023年述法报告\n今年以来，我认真履行法治建设第一责任人职责。${BODY}`).year).toBe(2023)
  })

  it('a 我局 names its field in "X法治政府建设" or "全区X系统": the sector', () => {
    expect(meta(`2024年，我局依法履职，生态环境法治政府建设取得实效。${BODY}`)).toMatchObject({ agency: null, sector: '生态环境' })
    expect(meta(`我委依法履职，组织全区卫生健康系统干部职工参加法治考试。${BODY}`)).toMatchObject({ agency: null, sector: '卫生健康' })
  })
})
