/**
 * Forms from the dev half of the sixteenth fresh batch (r16-fresh: counties, towns and streets), on sentences invented for
 * this test with near misses:
 * - a county named in a clause whose requirements, arrangements or work points a town follows (按照X县和有关部门的部署,
 *   按照X旗…的有关要求, 围绕X市…工作要点) is the county the town answers to; a city, or a level alone (县委、县政府), is none;
 * - a county government's website (在X县政府网站公开, “X县人民政府”网站, X县人民政府门户网站) is where a report is published,
 *   not a body the town answers to; the government itself named (X县人民政府：, 在X县委、县政府领导下) still is;
 * - a publishing verb before the author (现公布X县Y乡人民政府…报告) is no part of the place;
 * - a county-level city whose stem runs to three characters (梅河口市, 公主岭市) written before its town in running text;
 * - the requests stated as none with 数量 and the stage taken with 的 (本年新收的…申请数量为0); a kind that narrows them is not;
 * - a whole government system's study (政府系统累计开展专题学习N次) beside the government's own (常务会学法M次) is not added to it.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue, valuesOf } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta
const value = (text: string, indicator: string) => valuesOf(text)[indicator]?.[0]

describe('a county whose requirements a town follows', () => {
  it('starts the town’s region', () => {
    const cases: [string, string][] = [
      ['青石乡政府2024年政府信息公开工作年度报告\n（二）依申请公开。按照望奎县和有关部门的部署，本乡规范了申请的受理和答复。', '望奎县青石乡'],
      ['白石镇2023年法治政府建设工作报告\n2023年，我镇按照达拉特旗法治政府建设的有关要求，依法履行政府职能。', '达拉特旗白石镇'],
      ['红岭镇2022年依法行政工作总结\n2022年，我镇围绕台山市全面依法治市工作要点推进依法治镇，现将情况报告如下。', '台山市红岭镇'],
      ['东坡街道2024年法治政府建设情况报告\n2024年，街道依照崇义县统一安排，推进基层法治建设。', '崇义县东坡街道'],
    ]
    for (const [text, region] of cases) expect(meta(text).region).toBe(region)
  })

  it('reads no county from a city, a level alone or another verb', () => {
    const cases: [string, string][] = [
      ['青石乡政府2024年政府信息公开工作年度报告\n按照县委、县政府的统一部署，本乡规范了申请的受理。', '青石乡'],
      ['白石镇2023年法治政府建设工作报告\n2023年，我镇按照省、市、县的有关要求，依法履行政府职能。', '白石镇'],
      ['红岭镇2022年依法行政工作总结\n2022年，我镇按照上级的部署推进依法治镇，组织干部赴台山市学习。', '红岭镇'],
    ]
    for (const [text, region] of cases) expect(meta(text).region).toBe(region)
  })
})

describe('a county government’s website', () => {
  it('does not place the town that publishes on it', () => {
    const cases: [string, string][] = [
      ['金岭镇人民政府编制了本报告。报告电子版可在“曲阳县人民政府”网站查阅。\n（一）主动公开\n本镇在曲阳县政府网站主动公开信息35条。', '金岭镇'],
      ['本报告由石桥镇人民政府编制，电子版可在兴隆县人民政府门户网站下载。\n一、总体情况\n全年公开信息42条。', '石桥镇'],
    ]
    for (const [text, region] of cases) expect(meta(text).region).toBe(region)
  })

  it('still places a town that names the government itself', () => {
    expect(meta('金岭镇2024年法治政府建设情况报告\n曲阳县人民政府：\n现将本镇2024年法治政府建设情况报告如下。').region).toBe('曲阳县金岭镇')
    expect(meta('石桥镇2024年法治政府建设情况报告\n2024年，在兴隆县委、县政府的领导下，本镇推进依法行政。').region).toBe('兴隆县石桥镇')
  })
})

describe('the author named after a publishing verb, and long city stems', () => {
  it('keeps the verb out of the place', () => {
    expect(meta('依照条例第五十条，现公布长岭县太平乡人民政府2025年政府信息公开工作年度报告。').region).toBe('长岭县太平乡')
    expect(meta('根据条例，现发布宁陕县梅子镇人民政府2024年政府信息公开工作年度报告。').region).toBe('宁陕县梅子镇')
  })

  it('reads a county-level city of a three-character stem before its town', () => {
    expect(meta('红梅镇人民政府编制了本镇2024年度政府信息公开工作年度报告。请与红梅镇人民政府联系（地址梅河口市红梅镇中心街）。').region).toBe('梅河口市红梅镇')
    expect(meta('范家屯镇人民政府编制了2023年度报告。如有疑问请与范家屯镇人民政府联系（地址公主岭市范家屯镇）。').region).toBe('公主岭市范家屯镇')
    // (a two-character stem is still the rule for a city not in the list, also after a word that is no place: 地址敦化市)
    expect(meta('红梅镇人民政府编制了本报告。请与红梅镇人民政府联系（地址敦化市红梅镇中心街）。').region).toBe('敦化市红梅镇')
    expect(meta('红梅镇人民政府编制了本报告。请与红梅镇人民政府联系（驻地在老城市场东侧红梅镇中心街）。').region).toBe('红梅镇')
  })
})

describe('requests stated as none with 数量 and the stage taken with 的', () => {
  it('reads 0', () => {
    expect(value('三、收到和处理政府信息公开申请情况\n本年新收的政府信息公开申请数量为0，上年结转的也是0。', 'info_disclosure_requests')).toBe(0)
    expect(value('三、收到和处理申请情况\n本年度收到的政府信息公开申请数量为0。', 'info_disclosure_requests')).toBe(0)
  })

  it('reads no zero for a kind of request that narrows them', () => {
    expect(value('三、收到和处理申请情况\n本年新收的涉及征地补偿的政府信息公开申请数量为0，其余申请12件。', 'info_disclosure_requests')).not.toBe(0)
  })
})

describe('a whole government system’s study beside the government’s own', () => {
  it('is not added to the government’s own count', () => {
    const text = '（一）学习贯彻习近平法治思想。县政府实现学习培训全覆盖，政府系统累计开展专题学习16次；印发县政府常务会会前学法计划，全年县政府常务会学法22次。'
    expect(value(text, 'training_sessions')).toBe(22)
  })

  it('still adds the government’s own parallel sessions', () => {
    const text = '（一）学习贯彻习近平法治思想。全年县政府常务会会前学法12次，县政府党组理论学习中心组专题学法4次。'
    expect(value(text, 'training_sessions')).toBe(16)
  })
})
