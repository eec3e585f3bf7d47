/**
 * Author forms from the dev openings of the fifth fresh batch (r5-openings), each on sentences invented
 * for this test with near misses: a clause fragment ending in a level word (负责全街道, 及时调整镇) is no
 * place, a department written with 办 for 办公室, a disclosure report's year in its own name, a lead
 * subject before 落实/紧扣, a 我局's field in the name of its rules (《信访工作条例》, 信访工作法治化), a
 * city's brand after its name (杭州担当, 海安主城区), study sessions called 研学; and the standing
 * negatives: fragments ending in 厅/中心/委员会 are never an agency, an addressee never the author,
 * page chrome naming the publisher never outweighs the title. Last, forms found by probing invented
 * openings of every kind of author (国家药监局, 健康宁波, a head's 述法 report, 市政府办公室, a publisher line
 * naming a county's government office, 东湖街道办, a summary with next year's plan, “法治东湖”).
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { readOrgan } from '../../src/extract/organs'
import { placesNamed, readPlace } from '../../src/extract/placesNamed'
import { catalogue, valuesOf } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta
const BODY = '\n一、主要举措\n（一）加强组织领导。班子会议专题研究依法行政工作。\n'

describe('a clause fragment ending in a level word is no place', () => {
  it('reads no place from a verb and 全 (the whole of) before 街道/镇/县', () => {
    expect(readPlace('负责全街道')).toBeNull()
    expect(readPlace('协调全镇')).toBeNull()
    expect(readPlace('时调整镇')).toBeNull()
    expect(readPlace('及时安排县')).toBeNull()
    expect(readOrgan('负责全街道办事处')).toBeNull()
  })

  it('still reads places whose names hold those characters', () => {
    expect(readPlace('万全区')).toBe('万全区')
    expect(readPlace('安定街道')).toBe('安定街道')
    expect(readPlace('调兵山市')).toBe('调兵山市')
  })

  it('leaves a 我镇 report unnamed when only such fragments end in 镇 or 街道', () => {
    expect(meta(`2021年，我镇在青山区委领导下推进依法行政。换届后及时调整镇党委法治建设领导小组成员。${BODY}`).agency).toBeNull()
    expect(meta(`2020年，我街道推进依法治街。领导小组办公室负责全街道依法行政日常事务。${BODY}`).agency).toBeNull()
    expect(meta(`2022年，我镇围绕中心工作推进法治建设，统筹全镇普法宣传。${BODY}`).agency).toBeNull()
  })

  it('never takes a fragment ending in 厅, 中心 or 委员会 for the author', () => {
    expect(readOrgan('名执法人员参加省应急管理厅')).toBeNull()
    expect(readOrgan('建成县级农村物流中心')).toBeNull()
    expect(readOrgan('召开全面依法治县委员会')).toBeNull()
    const m = meta(`2023年，全年组织30名执法人员参加省应急管理厅培训，建成县级农村物流中心，召开依法治县委员会会议。${BODY}`)
    expect(m.agency).toBeNull()
  })
})

describe('a department written with 办 for its 办公室', () => {
  it('is the 办公室, also after an abbreviated stem', () => {
    expect(readOrgan('重庆市人民防空办')).toMatchObject({ name: '重庆市人民防空办公室' })
    expect(readOrgan('西城区人防办')).toMatchObject({ name: '西城区人民防空办公室' })
    expect(readOrgan('上海市国防动员办')).toMatchObject({ name: '上海市国防动员办公室' })
    expect(readOrgan('西城区人民防空办公室')).toMatchObject({ name: '西城区人民防空办公室' })
  })

  it('stays no organ without a department stem', () => {
    expect(readOrgan('西城区综合办')).toBeNull()
    expect(readOrgan('重庆市协调办')).toBeNull()
  })

  it('expands a level abbreviation with the city the text names', () => {
    const m = meta(`一、总体情况\n市人民防空办按照市政府要求，公布2020年政府信息公开工作年度报告。全年在重庆市人民防空网站发布信息。${BODY}`)
    expect(m).toMatchObject({ agency: '重庆市人民防空办公室', sector: '人民防空' })
  })
})

describe("a report's year in its own name", () => {
  it('reads 2020年…工作年度报告 without 年度 after the year', () => {
    expect(meta(`根据条例，现向社会公布本局2021年政府信息公开工作年度报告。全年主动公开信息。${BODY}`).year).toBe(2021)
    expect(meta(`本办编制了2019年政府信息公开工作年度报告，内容包括总体情况。${BODY}`).year).toBe(2019)
  })

  it('not from a past report the text says it sent or reviewed', () => {
    expect(meta(`2023年，县林业局推进依法行政。按时报送2022年政务公开工作年度报告。${BODY}`).year).toBe(2023)
  })
})

describe('a lead subject before 落实 or 紧扣', () => {
  it('gives the department, for the sector, when it names no place', () => {
    expect(meta(`2022年，区信访局落实上级关于法治政府建设的部署，推进信访工作法治化。${BODY}`)).toMatchObject({ agency: null, sector: '信访' })
    expect(meta(`2023年，县统计局紧扣统计法治建设目标，严格依法统计。${BODY}`)).toMatchObject({ agency: null, sector: '统计' })
  })

  it('is the author when it names its place', () => {
    expect(meta(`2023年，霍山县统计局落实县委县政府部署，推进依法统计。${BODY}`)).toMatchObject({ agency: '霍山县统计局', sector: '统计' })
  })
})

describe("a 我局's field in the name of its rules or their rule of law", () => {
  it('gives the sector, never an author', () => {
    expect(meta(`2022年，我局以学习贯彻《信访工作条例》为抓手，开展矛盾纠纷源头治理。${BODY}`)).toMatchObject({ agency: null, sector: '信访' })
    expect(meta(`2024年，我局持续推进档案工作法治化，规范档案执法。${BODY}`)).toMatchObject({ agency: null, sector: '档案' })
  })

  it('reads no field from a regulation of no department', () => {
    expect(meta(`2022年，我局学习《优化营商环境条例》等法规，推进依法行政。${BODY}`).sector).toBeNull()
  })
})

describe("a city's brand written after its name", () => {
  it('names the city: its share (杭州担当), its model (宁波样板), its main urban area (海安主城区)', () => {
    expect(placesNamed('在新的赶考路上干出杭州担当。').city).toBe('杭州市')
    expect(placesNamed('打造依法行政的宁波样板。').city).toBe('宁波市')
    expect(placesNamed('国道建成后，海安主城区到高速出口5分钟通达。').city).toBe('海安市')
  })

  it('not a common word before them', () => {
    expect(placesNamed('展现责任担当，勇于担当作为。').city).toBeNull()
    expect(placesNamed('全市主城区道路整治完成。').city).toBeNull()
    expect(placesNamed('推进在老城区的改造。').city).toBeNull()
  })

  it('expands a level-abbreviated department with that city', () => {
    expect(meta(`2022年，市交通运输局以习近平法治思想为指导，严格依法行政。海安主城区到高速出口实现5分钟通达。${BODY}`))
      .toMatchObject({ agency: '海安市交通运输局', region: '海安市', sector: '交通' })
  })
})

describe('addressees and publishers are not the author', () => {
  it('never takes a joint addressee line for the author of a 我局 report', () => {
    const m = meta(`中共青山县委、青山县人民政府：\n现将2022年法治政府建设工作情况报告如下：\n2022年，我局以《信访工作条例》为抓手推进工作。${BODY}`)
    expect(m.agency).toBeNull()
  })

  it('keeps the title’s author over a 来源 or 发文机关 line naming another body', () => {
    expect(meta(`青山县民族宗教事务局2025年法治政府建设年度报告\n来源：青山县委统战部 时间：2026-01-29\n2025年，县民宗局推进依法管理。${BODY}`).agency)
      .toBe('青山县民族宗教事务局')
    expect(meta(`发文机关：青山县政府办 发布日期：2025年04月15日\n青山县审计局2024年度法治政府建设工作情况报告\n2024年，我局依法审计。${BODY}`).agency)
      .toBe('青山县审计局')
  })
})

describe('study sessions called 研学', () => {
  it('counts a 专题研学 of law as a session', () => {
    expect(valuesOf('把宗教事务条例纳入中心组年度计划，全年组织专题研学2次，围绕法治主题邀请专家辅导。').training_sessions).toEqual([2, 'exact'])
  })

  it('not one on another topic or for pupils', () => {
    expect(valuesOf('全年组织党史专题研学3次。').training_sessions).toBeUndefined()
    expect(valuesOf('组织学生开展研学旅行4次。').training_sessions).toBeUndefined()
  })
})

describe('forms probed on invented openings of every kind of author', () => {
  it('expands 药监 in a national or local name', () => {
    expect(readOrgan('国家药监局')).toMatchObject({ name: '国家药品监督管理局', central: true })
    expect(readOrgan('江西省药监局')).toMatchObject({ name: '江西省药品监督管理局' })
    expect(meta(`2024年，国家药监局坚持依法行政。${BODY}`).agency).toBe('国家药品监督管理局')
  })

  it('reads a city from its brands 健康X, 平安X, 美丽X as it does from 法治X, not from common words after them', () => {
    expect(placesNamed('助力健康宁波建设。').city).toBe('宁波市')
    expect(placesNamed('建设平安杭州。').city).toBe('杭州市')
    expect(placesNamed('开展健康教育，建设美丽乡村。').city).toBeNull()
    expect(meta(`2024年，市卫健委坚持依法行政，助力健康宁波建设。${BODY}`).agency).toBe('宁波市卫生健康委员会')
  })

  it("takes a 述法 report's organ, not its head's posts, for the author", () => {
    expect(meta(`青山县水利局党组书记、局长2024年述法报告\n2024年，我坚持依法行政。${BODY}`).agency).toBe('青山县水利局')
    expect(meta(`东湖镇镇长2024年述法报告\n2024年，我坚持依法行政。${BODY}`).agency).toBe('东湖镇人民政府')
    expect(meta(`党组书记、局长2024年述法报告\n2024年，我坚持依法行政。${BODY}`).agency).toBeNull()
  })

  it('expands a level-abbreviated government office (市政府办公室, 县政府办)', () => {
    expect(meta(`2024年，市政府办公室坚持依法行政，推进法治青岛建设。${BODY}`).agency).toBe('青岛市人民政府办公室')
    expect(meta(`2024年，市政府办公室坚持依法行政。${BODY}`).agency).toBeNull()
  })

  it('reads the county of a level-abbreviated department from a publisher line naming its government office', () => {
    expect(meta(`发布机构：青山县人民政府办公室\n2024年，县水利局坚持依法行政。${BODY}`).agency).toBe('青山县水利局')
    expect(meta(`发布机构：青山县人民政府办公室\n2024年，我局坚持依法行政。${BODY}`).agency).not.toBe('青山县水利局')
  })
})

describe('the organ opening a lead sentence, whatever comes before it', () => {
  it('after a year that is a milestone, 今年来, 本年度, 一年以来, or a clause of what it answers to', () => {
    expect(meta(`2024年是“十四五”规划攻坚之年，青山县水利局坚持依法行政。${BODY}`).agency).toBe('青山县水利局')
    expect(meta(`今年来，青山县水利局高度重视法治政府建设工作。${BODY}`).agency).toBe('青山县水利局')
    expect(meta(`本年度，青山县水利局不断推进依法行政。${BODY}`).agency).toBe('青山县水利局')
    expect(meta(`一年以来，青山县水利局高度重视法治建设。${BODY}`).agency).toBe('青山县水利局')
    expect(meta(`为深入贯彻习近平法治思想，青山县水利局2024年全面推进依法行政。${BODY}`).agency).toBe('青山县水利局')
    expect(meta(`在县委的坚强领导下，青山县水利局2024年扎实推进依法行政。${BODY}`).agency).toBe('青山县水利局')
  })

  it('as the first clause of the report when a lead verb follows it, never a banner line', () => {
    expect(meta(`青山县水利局高度重视法治政府建设工作，现将2024年度工作情况报告如下：${BODY}`).agency).toBe('青山县水利局')
    expect(meta(`青山县人民政府门户网站 发布时间：2025-01-10\n2024年，我局坚持依法行政。${BODY}`).agency).not.toBe('青山县人民政府')
  })

  it('checking itself against its tasks (对标对表), not acting on another body (对我镇…督察)', () => {
    expect(meta(`2024年，青山县水利局对标对表上级要求，推进依法行政。${BODY}`).agency).toBe('青山县水利局')
    expect(meta(`2024年，青山县司法局对我镇法治建设开展督察，我镇认真整改。${BODY}`).agency).not.toBe('青山县司法局')
  })

  it('a town’s party committee and government as one subject (东湖镇党委、政府高度重视) is the government', () => {
    expect(meta(`2024年，東湖鎮黨委、政府高度重視法治建設。${BODY}`).agency).toBe('东湖镇人民政府')
    expect(meta(`2024年，东湖镇党委高度重视法治建设。${BODY}`).agency).toBeNull()
  })
})

describe('short names of street offices and merged bureaus', () => {
  it('reads 街道办 as the 办事处 and 文广旅体/交运/教体 as their full stems', () => {
    expect(readOrgan('东湖街道办')).toMatchObject({ name: '东湖街道办事处' })
    expect(readOrgan('青山县文广旅体局')).toMatchObject({ name: '青山县文化广电旅游体育局' })
    expect(readOrgan('青山县交运局')).toMatchObject({ name: '青山县交通运输局' })
    expect(readOrgan('青山县教体局')).toMatchObject({ name: '青山县教育体育局' })
    expect(meta(`2024年，东湖街道办坚持依法行政。${BODY}`)).toMatchObject({ agency: '东湖街道办事处', sector: '街道' })
  })

  it('reads no organ from a level word with 办 alone', () => {
    expect(readOrgan('青山县办')).toBeNull()
    expect(readOrgan('街道办')).toBeNull()
  })
})

describe("a summary titled with next year's plan after it, a lead dated by its months", () => {
  it('takes the title’s year and author, not the plan’s year', () => {
    expect(meta(`青山县水利局2024年度法治政府建设工作总结及2025年工作计划${BODY}2025年，我局将继续推进依法行政。`))
      .toMatchObject({ agency: '青山县水利局', year: 2024 })
    expect(meta(`2025年法治政府建设工作要点\n2025年，青山县水利局将推进依法行政。${BODY}`).title).toBeNull()
  })

  it('reads the organ after 2024年1月至12月', () => {
    expect(meta(`2024年度法治政府建设情况报告\n2024年1月至12月，青山县水利局推进依法行政。${BODY}`).agency).toBe('青山县水利局')
  })
})

describe('a town or township that names itself only in its rule-of-law brand', () => {
  it('reads the place from “法治X” as a brand or 建设法治X at the end of a clause', () => {
    expect(meta(`2024年，我镇坚持依法行政，建设法治东湖。${BODY}`).agency).toBe('东湖镇人民政府')
    expect(meta(`2024年，我乡坚持依法行政，打造“法治舒桥”品牌。${BODY}`).agency).toBe('舒桥乡人民政府')
  })

  it('not from the rule of law’s own words after 法治', () => {
    expect(meta(`2024年，我镇发挥法治引领、规范和保障作用，推进法治宣传。${BODY}`).agency).toBeNull()
    expect(meta(`2024年，我镇坚持依法行政，建设法治政府。${BODY}`).agency).toBeNull()
  })
})
