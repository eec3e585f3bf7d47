/**
 * Author forms of the dev openings moved from the holdout (issue 11), each on sentences invented
 * for this test: a department named in full with 委 for 委员会, 住房建设局, a city's department named
 * by the city's short name, a year written right before the author's name in its own document's
 * title, a district's plan title that names its city and year, the whole province's rule-of-law work
 * as the lead's subject, and a department's field as 领域治理.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { readOrgan } from '../../src/extract/organs'
import { catalogue } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta
const BODY = '\n一、主要举措\n（一）加强组织领导。班子会议专题研究依法行政工作。\n'

describe('a department named in full with 委 for 委员会', () => {
  it('is the 委员会; an abbreviation of the stem still expands, a bare 委 of no department stays no organ', () => {
    expect(readOrgan('江西省卫生健康委')).toMatchObject({ name: '江西省卫生健康委员会' })
    // The short name drops the 和 of its full name with the 员会 (r21, freshForms27; the labels of 深圳, 重庆, 开州 carry it).
    expect(readOrgan('南昌市发展改革委')).toMatchObject({ name: '南昌市发展和改革委员会' })
    expect(readOrgan('南昌市卫健委')).toMatchObject({ name: '南昌市卫生健康委员会' })
    expect(readOrgan('南昌市卫生健康委员会')).toMatchObject({ name: '南昌市卫生健康委员会' })
    expect(readOrgan('南昌市街道工委')).toBeNull()
  })

  it('in a title → the 委员会', () => {
    expect(meta(`江西省卫生健康委2022年度法治政府建设情况报告${BODY}`))
      .toMatchObject({ agency: '江西省卫生健康委员会', region: '江西省', sector: '卫生健康' })
  })
})

describe('住房建设局 is a housing and construction bureau', () => {
  it('gives the sector when the lead names it by level only', () => {
    expect(meta(`2023年，县住房建设局在县委县政府领导下推进依法行政。${BODY}`).sector).toBe('住房城乡建设')
  })
})

describe("a prefecture city's department named by the city's short name", () => {
  it('is the city’s department; a government, or a stem that is no city, is not', () => {
    expect(readOrgan('洛阳交通运输局')).toMatchObject({ name: '洛阳市交通运输局', place: '洛阳市' })
    expect(readOrgan('洛阳人民政府')).toBeNull()
    expect(readOrgan('光明交通运输局')).toBeNull()
    // A province's or city's short name keeps a maritime office as written (a vertically managed office).
    expect(readOrgan('湖南海事局')).toMatchObject({ name: '湖南海事局' })
    expect(readOrgan('大连海事局')).toMatchObject({ name: '大连海事局' })
  })

  it('as the lead’s subject → the city’s department, the city as region', () => {
    expect(meta(`2021年以来，洛阳交通运输局以规范执法为抓手，推进交通运输治理。现报告如下：${BODY}`))
      .toMatchObject({ agency: '洛阳市交通运输局', region: '洛阳市', sector: '交通' })
  })
})

describe('the author named after a year in the title of its own document', () => {
  it('我局 with 《2023年X市Y局…工作要点》 → that department', () => {
    expect(meta(`一年来，我局围绕全市中心工作推进法治建设。现报告如下。${BODY}年初印发《2023年衡阳市自然资源和规划局依法行政工作要点》，明确任务分工。`))
      .toMatchObject({ agency: '衡阳市自然资源和规划局', region: '衡阳市', sector: '自然资源' })
  })

  it('a year before words that are no organ gives nothing', () => {
    expect(meta(`一年来，我局围绕全市中心工作推进法治建设。现报告如下。${BODY}印发《2023年依法行政工作要点》。`).agency).toBeNull()
  })
})

describe('a district the text names in its plan’s title after its city and the year', () => {
  it('区X局 is that district’s department', () => {
    expect(meta(`2024年，区卫生健康局学习贯彻习近平法治思想，对照区政府办公室〈湖州市吴兴区2024年法治政府建设工作要点〉推进依法行政。${BODY}`))
      .toMatchObject({ agency: '吴兴区卫生健康局', region: '湖州市吴兴区', sector: '卫生健康' })
  })

  it('a district named once elsewhere does not name the author', () => {
    expect(meta(`2024年，区卫生健康局学习贯彻习近平法治思想，与湖州市吴兴区开展交流。${BODY}`).agency).toBeNull()
  })
})

describe('the lead’s subject is the whole area’s rule-of-law work', () => {
  it('全省法治政府建设工作以… → a provincial government (sector), no agency without a province', () => {
    expect(meta(`2022年，全省法治政府建设工作以习近平法治思想为指导，各项工作取得新成效。${BODY}`))
      .toMatchObject({ agency: null, sector: '省政府' })
  })

  it('a report handed over by a government named by its level alone gives that level’s sector', () => {
    expect(meta(`现将省人民政府2022年法治政府建设情况报告如下。${BODY}`)).toMatchObject({ agency: null, sector: '省政府' })
  })

  it('a sector’s system of the area is no government', () => {
    expect(meta(`2022年，全省交通运输系统法治建设工作以习近平法治思想为指导。${BODY}`).sector).not.toBe('省政府')
  })
})

describe('a 我局 whose field is named as 领域治理 or 领域依法…', () => {
  it('gives the sector, no agency', () => {
    expect(meta(`2022年，我局依法全面履职，推进我市医疗保障领域治理现代化。现报告如下：${BODY}`))
      .toMatchObject({ agency: null, sector: '医疗保障' })
    expect(meta(`2022年，我委推进卫生健康领域依法执业。现报告如下：${BODY}`)).toMatchObject({ agency: null, sector: '卫生健康' })
  })
})

describe('sectors of departments named by their short or composed stems', () => {
  it('发展改革委, 畜牧兽医局 and 工业信息化局 have their sectors', () => {
    expect(meta(`2023年，南昌市发展改革委深入贯彻习近平法治思想。${BODY}`).sector).toBe('发展改革')
    expect(meta(`2023年，青县畜牧兽医局推进依法行政。${BODY}`).sector).toBe('农业农村')
    expect(meta(`2023年，莱阳市工业信息化局推进依法行政。${BODY}`).sector).toBe('经济信息化')
  })
})

describe('a customs district named after its city', () => {
  it('is kept as written, its city as region, sector 海关; a name that is no city is no organ', () => {
    expect(meta(`2023年，宁波海关以习近平法治思想为指导，推进依法行政。${BODY}`))
      .toMatchObject({ agency: '宁波海关', region: '宁波市', sector: '海关' })
    expect(readOrgan('红星海关')).toBeNull()
    expect(readOrgan('海关总署')).toMatchObject({ central: true })
  })
})

describe('a 我委 the text names by level as 市X委', () => {
  it('is that 委员会 of the city the text brands; a 我局 is not a 委', () => {
    expect(meta(`2023年，我委在市委市政府领导下推进法治建设。法治韶关建设取得成效，市卫健委获评先进。${BODY}`))
      .toMatchObject({ agency: '韶关市卫生健康委员会', region: '韶关市', sector: '卫生健康' })
    expect(meta(`2023年，我局在市委市政府领导下推进法治建设。法治韶关建设取得成效，市卫健委指导我局工作。${BODY}`).agency).toBeNull()
  })
})

describe('a department speaking of its own leading group by its kind alone', () => {
  it('局党组… is a 我局: the department its document names, or its field for the sector', () => {
    expect(meta(`2023年，局党组坚持以习近平法治思想为指导。印发《2023年衡阳市自然资源和规划局依法行政工作要点》。${BODY}`))
      .toMatchObject({ agency: '衡阳市自然资源和规划局', sector: '自然资源' })
    expect(meta(`2023年，局党组坚持以习近平法治思想为指导，推进法治人社建设。${BODY}`)).toMatchObject({ agency: null, sector: '人力资源社会保障' })
  })

  it('a level’s bureau (市局党组) is another body', () => {
    expect(meta(`2023年，市局党组来我单位指导，推进法治人社建设。${BODY}`).sector).toBeNull()
  })
})
