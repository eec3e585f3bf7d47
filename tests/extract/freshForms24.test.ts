/**
 * Forms from the dev half of the seventeenth fresh batch (r17-fresh: 2019 reports, 政务服务/行政审批, filing reviews, unnamed
 * bureaus), on sentences invented for this test with near misses:
 * - a summary titled with the next year's plan after it (X局2023年工作总结及2024年工作计划) covers the summary's year, also when the
 *   line names no rule-of-law topic; a plan alone (2024年工作计划) still gives nothing better than its year;
 * - applications received and, the same clause says, all accepted (收到许可申请N件并全部受理) are the accepted count, with 许可申请
 *   written without 行政; a received count followed by a smaller accepted one still gives the accepted one, 准予许可 none;
 * - other bodies as a clause's subject after a span of months or the year (1至9月各地共查处…, 全年各县区共…) are theirs;
 * - a 我局 whose field is 综合执法 (承接综合执法事项) or 司法行政 (司法行政工作) has that sector though no name is read.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue, valuesOf } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta
const value = (text: string, indicator: string) => valuesOf(text)[indicator]?.[0]

describe('a summary titled with the next year’s plan', () => {
  it('covers the summary’s year', () => {
    const cases: [string, number][] = [
      ['清河市数据资源局2022年工作总结及2023年工作计划\n过去一年，市数据资源局推进政务服务改革，取得新成效。', 2022],
      ['东川县行政审批局2024年工作总结和2025年工作打算\n一年来，县行政审批局优化营商环境。', 2024],
      ['现将我局2021年工作总结及2022年工作计划报告如下：\n一、主要工作\n窗口受理各类事项。', 2021],
    ]
    for (const [text, year] of cases) expect(meta(text).year).toBe(year)
  })

  it('reads a plan alone as before', () => {
    expect(meta('清河市数据资源局2023年工作计划\n新的一年，市数据资源局将深化改革。').year).toBe(2023)
    expect(meta('过去一年，市数据资源局推进政务服务改革。按照2024年工作计划，我局将继续推进。\n2023年，我局办理各类事项。').year).toBe(2023)
  })
})

describe('applications received and all accepted', () => {
  it('are the accepted count, 许可申请 without 行政', () => {
    expect(value('2020年，本县收到许可申请5321件并全部受理。', 'approvals_handled')).toBe(5321)
    expect(value('全年共收到取水许可申请46件，均已受理。', 'approvals_handled')).toBe(46)
    expect(value('全年受理许可事项2100件。', 'approvals_handled')).toBe(2100)
  })

  it('still takes the accepted stage or none', () => {
    expect(value('全年收到许可申请530件，其中受理512件。', 'approvals_handled')).toBe(512)
    expect(value('全年准予许可4120件，不予许可3件。', 'approvals_handled')).toBeUndefined()
    expect(value('全年发放许可证120份。', 'approvals_handled')).toBeUndefined()
  })
})

describe('other bodies as a clause’s subject after a time lead', () => {
  it('are theirs, not the author’s', () => {
    expect(value('会议通报，1至9月各地共查处违法案件3.2万件。', 'enforcement_cases')).toBeUndefined()
    expect(value('全年各县区共查处违法案件860件。', 'enforcement_cases')).toBeUndefined()
    expect(value('2022年，各乡镇共调解成功矛盾纠纷312件。', 'disputes_resolved')).toBeUndefined()
  })

  it('leaves the author’s own figure after the same lead', () => {
    expect(value('全年我局共查处违法案件86件。', 'enforcement_cases')).toBe(86)
    expect(value('2022年，共查处各类违法案件64件。', 'enforcement_cases')).toBe(64)
  })
})

describe('a 我局 named only by its field', () => {
  it('has the field’s sector', () => {
    expect(meta('2022年，我局深入推进行政执法改革。\n一、主要工作\n在我局设立改革办公室，承接综合执法事项320项。').sector).toBe('城市管理')
    expect(meta('2020年，我局在市司法局的指导下，推动法治建设和司法行政工作迈上新台阶。现将我局2020年工作报告如下：').sector).toBe('司法行政')
  })

  it('reads no sector from the rule of law in general', () => {
    expect(meta('2020年，我局推进依法行政工作，法治建设迈上新台阶。现将我局2020年工作报告如下：').sector).toBeNull()
    expect(meta('2020年，我局配合开展综合治理，现将我局2020年工作报告如下：').agency).toBeNull()
  })
})
