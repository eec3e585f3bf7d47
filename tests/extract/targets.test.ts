/**
 * Targets and requirements are dropped, results stay — the form decides, in sentences written
 * for this test: an obligation or plan word governs its figures, a per-person rate norm with
 * 不少于 is a requirement, 不低于 is a floor, "…的目标"/"…的要求" after a figure is a target; a
 * purpose clause (为确保), a noun (按照…要求) and a later clause that reports a result are not.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue } from './seeds'

function values(text: string): Record<string, [number, string]> {
  const r = extractReport({ text, body: { start: 0, end: text.length }, file: 't.txt', sha256: '' }, catalogue)
  return Object.fromEntries(r.observations.map((o) => [o.indicator_id, [o.value, o.qualifier]]))
}

describe('targets are not results', () => {
  it.each([
    ['力争全年调解成功率达到98%以上。', 'mediation_success_pct'],
    ['要求执法人员每人每年参加法治培训不少于40学时。', 'training_hours_per_person'],
    ['干部职工每人每年学法不少于50学时。', 'training_hours_per_person'],
    ['确保到年底,全县行政执法人员持证上岗人员达到300人。', 'certified_officers'],
    ['计划组织开展执法检查120次。', 'enforcement_inspections'],
    ['今年拟举办法治培训班6期。', 'training_sessions'],
    ['目标是行政审批时限压缩比达到60%。', 'approval_time_compression_pct'],
    ['全程网办率不低于90%。', 'online_processing_pct'],
    ['实现全程网办率90%以上的目标。', 'online_processing_pct'],
    ['应持执法证人员52人。', 'certified_officers'],
    ['各科室必须每月组织学法一次,全年学法培训不少于12次。', 'training_sessions'],
  ])('drops %s', (text, indicator) => {
    expect(values(text)[indicator]).toBeUndefined()
  })

  it.each([
    ['全年累计学法不少于60学时。', 'training_hours_per_person', 60, 'at_least'],
    ['为确保执法规范,全年组织执法检查45次。', 'enforcement_inspections', 45, 'exact'],
    ['按照上级要求,全年开展执法检查45次。', 'enforcement_inspections', 45, 'exact'],
    ['根据区政府要求组织法治培训6场次。', 'training_sessions', 6, 'exact'],
    ['要求各科室认真落实,全年共开展执法检查45次。', 'enforcement_inspections', 45, 'exact'],
    ['按照年度培训计划举办法治培训班8期。', 'training_sessions', 8, 'exact'],
    ['应急管理局全年开展执法检查45次。', 'enforcement_inspections', 45, 'exact'],
    ['人均学法超60学时。', 'training_hours_per_person', 60, 'at_least'],
  ])('keeps %s', (text, indicator, value, qualifier) => {
    expect(values(text)[indicator]).toEqual([value, qualifier])
  })

  it('takes the holding figure, not the should-hold one', () => {
    expect(values('应持执法证人员52人,已持证50人。').certified_officers).toEqual([50, 'exact'])
  })

  it('does not read a promise of none as zero cases', () => {
    expect(values('确保全年不发生行政复议案件。').reconsideration_cases).toBeUndefined()
  })
})
