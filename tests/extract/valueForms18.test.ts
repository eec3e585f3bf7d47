/**
 * Forms from the dev half of the tenth fresh batch (r10-fresh), on sentences invented for this test with near misses:
 * a report that covers a part of the year by its title or its lead (…上半年工作总结, …7月份…通报, "第三季度，…现将…通报如下")
 * has no figure of the whole year; a campaign counted from its start (…行动开展以来, and the paragraph's 截至目前 sentence
 * after it, across ；) counts the campaign's part; a clause that refers back to one event named by its days ("5月12日至13日晚，…
 * 夜查。行动中…", "当晚…") counts that event's; a penalty amount written 处罚N万元 is a fine; the year of a part-of-year
 * report is the year its title names, not the one before its publication date.
 */
import { describe, expect, it } from 'vitest'
import { extractText, valuesOf } from './seeds'

const value = (text: string, indicator: string) => valuesOf(text)[indicator]?.[0]
const yearOf = (text: string) => extractText(text).report.year

describe('a report that covers a part of the year', () => {
  it('takes no figure of a half-year, month or quarter report named so in its title', () => {
    expect(value('长河区交通运输局2023年上半年工作总结\n上半年，本局开展执法检查126次，查处违法案件45件。', 'enforcement_inspections')).toBeUndefined()
    expect(value('长河区交通运输局2023年上半年工作总结\n上半年，本局开展执法检查126次，查处违法案件45件。', 'enforcement_cases')).toBeUndefined()
    expect(value('2024年3月份安全生产执法情况通报\n本月共检查企业32家次，实施行政处罚5次，罚款12万元。', 'fines_yuan')).toBeUndefined()
    expect(value('2024年3月份安全生产执法情况通报\n本月共检查企业32家次，实施行政处罚5次，罚款12万元。', 'enforcement_inspections')).toBeUndefined()
    expect(value('2023年上半年工作汇报。今年已办理环境违法案件6件，罚款合计3000元。', 'enforcement_cases')).toBeUndefined()
  })

  it('takes none after a lead that opens with a quarter and announces the report', () => {
    const text = '各县应急管理局：\n2022年第三季度，各地按照部署开展执法，现将有关情况通报如下。全市共开展执法检查860家次，罚没款126万元。'
    expect(value(text, 'enforcement_inspections')).toBeUndefined()
    expect(value(text, 'fines_yuan')).toBeUndefined()
  })

  it('still reads an annual report, a title spanning the year and a clause that names the whole year', () => {
    expect(value('长河区交通运输局2023年法治政府建设工作报告\n2023年，本局开展执法检查126次。', 'enforcement_inspections')).toBe(126)
    expect(value('长河区交通运输局2023年1月至12月执法工作总结\n全年开展执法检查126次。', 'enforcement_inspections')).toBe(126)
    expect(value('2024年3月份安全生产执法情况通报\n本月检查企业32家次。2024年全年累计罚款310万元。', 'fines_yuan')).toBe(3100000)
    expect(value('2023年，本局开展执法检查126次，上半年检查60次。', 'enforcement_inspections')).toBe(126)
  })
})

describe('a campaign counted from its start', () => {
  it('takes no figure after …行动开展以来 in its sentence, nor after ； in its period', () => {
    expect(value('“清源行动”开展以来，县市场监管局共检查经营户320户次，查处案件18件。', 'enforcement_inspections')).toBeUndefined()
    expect(value('专项整治启动以来，全局立案查处违法案件27件，罚没款15.6万元。', 'enforcement_cases')).toBeUndefined()
    expect(value('“铁拳”行动开展以来，共检查市场主体560户次；查办违法案件33件，罚没款21万元。', 'fines_yuan')).toBeUndefined()
  })

  it('takes none from a 截至目前 sentence of its paragraph, nor from that sentence’s ；-parts', () => {
    const text = '3月，局里部署“净网2022”专项行动，行动启动以来各执法队加大检查力度。截至目前，共检查网吧86家次；查处案件9件，罚没款4.2万元。'
    expect(value(text, 'enforcement_inspections')).toBeUndefined()
    expect(value(text, 'fines_yuan')).toBeUndefined()
  })

  it('still reads a year counted from its start and a 截至目前 total with no campaign before it', () => {
    expect(value('2023年以来，本局共查处违法案件27件。', 'enforcement_cases')).toBe(27)
    expect(value('截至目前，本局全年查处违法案件27件，罚没款15.6万元。', 'enforcement_cases')).toBe(27)
    expect(value('开展专项行动3次。截至目前，本局全年查处违法案件27件。', 'enforcement_cases')).toBe(27)
  })
})

describe('one event referred back to', () => {
  it('takes no figure of a clause opening with 行动中 or 此次行动 after the event’s days', () => {
    expect(value('5月12日至13日晚，市消防救援支队开展节前夜查。行动中共检查单位120家，督促整改火灾隐患85处。', 'hazards_rectified')).toBeUndefined()
    expect(value('6月5日至7日，县交通运输局开展治超突击行动，此次行动共检查货运企业15家次。', 'enforcement_inspections')).toBeUndefined()
  })

  it('takes none of a clause opening with 当晚 or 当天', () => {
    expect(value('12月31日晚，县消防救援大队开展跨年夜查，当晚督促整改隐患34处。', 'hazards_rectified')).toBeUndefined()
    expect(value('县应急管理局组织开展执法开放日，当天共检查企业28家次。', 'enforcement_inspections')).toBeUndefined()
  })

  it('still reads the year’s own figure', () => {
    expect(value('2023年，县消防救援大队督促整改火灾隐患1630处。', 'hazards_rectified')).toBe(1630)
    expect(value('全年开展各类检查行动，督促整改火灾隐患1630处。', 'hazards_rectified')).toBe(1630)
  })
})

describe('a penalty amount written 处罚N万元', () => {
  it('is a fine', () => {
    expect(value('2024年，市医疗保障局对违规机构并处行政处罚142.56万元。', 'fines_yuan')).toBe(1425600)
    expect(value('2023年，本局对违法企业给予行政处罚共计8.5万元。', 'fines_yuan')).toBe(85000)
  })

  it('still leaves recovered money and a count of penalty cases alone', () => {
    expect(value('2024年，市医疗保障局追回医保基金1145.83万元。', 'fines_yuan')).toBeUndefined()
    expect(value('2023年，本局办理行政处罚案件42件。', 'fines_yuan')).toBeUndefined()
  })
})

describe('the year of a part-of-year report', () => {
  it('is the year its title names, not the one before its publication date', () => {
    expect(yearOf('2024年7月份安全生产执法通报分析\n发布日期：2024-08-01\n本月全州检查企业29家次。')).toBe(2024)
    expect(yearOf('发布时间：2022-10-15\n2022年第三季度行政执法情况通报\n本季度检查企业45家次。')).toBe(2022)
  })

  it('still reads an undated annual report by its publication date', () => {
    expect(yearOf('长河县司法局法治政府建设工作报告\n发布日期：2024-02-01\n本局办理行政复议案件12件。')).toBe(2023)
  })
})

const agencyOf = (text: string) => extractText(text).report.agency

describe('a commission speaking of its own bodies by 委 alone', () => {
  it('is the commission its own rules name', () => {
    expect(agencyOf('2024年，全市卫生健康法治建设扎实推进。委主任会议专题研究法治工作，并按照《长河市卫生健康委主任办公会议学法制度》组织学法。')).toBe('长河市卫生健康委员会')
    expect(agencyOf('2023年，全市发展改革法治工作稳步推进。按照《2023年度青杉市发展和改革委直属单位考核办法》，委领导班子集体学法6次。')).toBe('青杉市发展和改革委员会')
  })

  it('still reads a bureau’s own bodies, and takes no party committee’s for its own', () => {
    expect(agencyOf('2024年，局党组专题研究法治建设，按照《长河市交通运输局党组学法制度》，局领导班子集体学法4次。')).toBe('长河市交通运输局')
    expect(agencyOf('2023年，市委领导班子带头学法，《长河市卫生健康委主任办公会议学法制度》同步印发。')).toBeNull()
  })
})

describe('a county’s branch named under its city’s bureau by the county’s short name', () => {
  it('is the branch of the county the text writes out', () => {
    expect(agencyOf('2022年，青杉市生态环境局长河分局以习近平生态文明思想为指导，推进环境保护工作。长河县空气优良天数比率保持稳定。')).toBe('长河县生态环境分局')
    expect(agencyOf('2023年，青杉市公安局云溪分局坚持以习近平法治思想为指导，推进法治公安建设。云溪区治安形势平稳。')).toBe('云溪区公安分局')
  })

  it('still reads a branch named with its county’s full name, and a city bureau that names no branch', () => {
    expect(agencyOf('2023年，青杉市公安局云溪区分局坚持以习近平法治思想为指导，推进法治公安建设。')).toBe('云溪区公安分局')
    expect(agencyOf('2022年，青杉市生态环境局以习近平生态文明思想为指导，推进全市环境保护工作。')).toBe('青杉市生态环境局')
  })
})
