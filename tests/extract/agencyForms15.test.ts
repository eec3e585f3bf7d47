/**
 * Author and year forms from the dev openings of the seventh fresh batch (r7-fresh), on sentences invented
 * for this test with near misses: the end of a plan's span (《…纲要（2021—2025年）》) is never the year a report
 * covers; a province's brand of the rule of law (法治广东) names no town for a 我镇; a city named bare before its
 * own system (六安司法行政系统) is the city of a 市司法局; a body named as the winner of an award (海珠区人社局获评…)
 * is another body than the 我局 that reports it.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta
const BODY = '\n一、主要举措\n（一）加强组织领导。班子会议专题研究依法行政工作。\n'

describe('the end of a plan’s span is not the year covered', () => {
  it('reads no year from 《…纲要（2021—2025年）》 or a span written with a hyphen', () => {
    expect(meta(`按照《法治政府建设实施纲要（2021—2025年）》的部署，我局持续推进依法行政工作，各项任务有序推进。${BODY}`).year).not.toBe(2025)
    expect(meta(`我局对照《青山县法治建设规划（2021-2025年）》持续推进依法行政工作，成效明显。${BODY}`).year).not.toBe(2025)
  })

  it('still reads a year the report states, before or after such a span', () => {
    expect(meta(`2023年，我局按照《法治政府建设实施纲要（2021—2025年）》推进依法行政。${BODY}`).year).toBe(2023)
    expect(meta(`按照《法治政府建设实施纲要（2021—2025年）》的部署，2025年我局全面完成各项任务。${BODY}`).year).toBe(2025)
  })
})

describe('a province’s brand names no town', () => {
  it('leaves a 我镇 that names only 法治广东 or 法治浙江 without an author', () => {
    const m = meta(`2024年，我镇在区委、区政府领导下推进依法行政。围绕省委部署推进法治广东建设，现将我镇工作报告如下：${BODY}`)
    expect(m.agency).toBeNull()
    expect(meta(`2024年，我乡以习近平法治思想为指导，助力法治浙江建设，现将我乡工作报告如下：${BODY}`).agency).toBeNull()
  })

  it('still reads a town from its own brand (法治舒桥建设)', () => {
    expect(meta(`2024年，我乡以习近平法治思想为指导，推进法治舒桥建设，现将我乡工作报告如下：${BODY}`).agency).toBe('舒桥乡人民政府')
  })
})

describe('a city named bare before its own system', () => {
  it('is the city of a 市司法局 (六安司法行政系统, 芜湖市场监管系统)', () => {
    expect(meta(`市司法局立足新起点　展现新作为\n2020年，六安司法行政系统落实市委部署，各项业务取得新进展。${BODY}`).agency).toBe('六安市司法局')
    expect(meta(`市市场监管局立足新起点\n2021年，芜湖市场监管系统坚持依法行政，各项工作取得新成效。${BODY}`).agency).toBe('芜湖市市场监督管理局')
  })

  it('names no city from 全市 or a stem that is no city', () => {
    expect(meta(`市司法局立足新起点\n2020年，全市司法行政系统落实市委部署，各项业务取得新进展。${BODY}`).agency).toBeNull()
    expect(meta(`市司法局立足新起点\n2020年，基层司法行政系统落实市委部署，各项业务取得新进展。${BODY}`).agency).toBeNull()
  })
})

describe('a body named as an award’s winner is not the 我局 reporting it', () => {
  it('does not take 海珠区人社局获评… or 被评为… for the author', () => {
    const m = meta(`2023年，我局推进法治人社建设。各区人社部门创先争优：海珠区人社局获评全国先进集体，黄埔区人社局被评为优秀单位。${BODY}`)
    expect(m.agency).not.toBe('海珠区人力资源和社会保障局')
    expect(m.agency).not.toBe('黄埔区人力资源和社会保障局')
  })

  it('still reads the one department a 我局 report names in its own document', () => {
    expect(meta(`2023年，我局印发《海珠区人力资源和社会保障局法治建设工作方案》，推进依法行政。${BODY}`).agency).toBe('海珠区人力资源和社会保障局')
  })

  it('still reads a department that 获悉 or 获知 something (no award)', () => {
    expect(meta(`2023年，我局推进依法行政。海珠区人力资源和社会保障局获悉群众诉求后及时办理。${BODY}`).agency).toBe('海珠区人力资源和社会保障局')
  })
})
