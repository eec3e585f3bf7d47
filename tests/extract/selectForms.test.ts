/**
 * Selection between competing figures, and figures paired by a respectively-list (分别), under the
 * corpus conventions (tests/fixtures/corpus/README.md). Invented sentences.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'

describe('training sessions in separate sentences', () => {
  it("prefers the agency's own law study to a programme of the whole area, in either order", () => {
    expect(valuesOf('县政府常务会议会前学法12次。全年组织全县行政执法人员法治培训3期，参训600余人次。').training_sessions)
      .toEqual([12, 'exact'])
    expect(valuesOf('全年举办全市法治培训班5期。局党组理论学习中心组集中学法4次。').training_sessions).toEqual([4, 'exact'])
    expect(valuesOf('面向全系统开展法律知识培训8场。区政府常务会议学法6次。').training_sessions).toEqual([6, 'exact'])
  })

  it("still reads the whole area's programme when it is the only figure", () => {
    expect(valuesOf('全年组织全县行政执法人员法治培训3期。').training_sessions).toEqual([3, 'exact'])
  })

  it("does not take the agency's whole staff (全局) for a whole area", () => {
    expect(valuesOf('全局干部职工法治培训9期。局党组会前学法4次。').training_sessions).toEqual([9, 'exact'])
  })
})

describe('respectively-lists (分别) after an opening clause', () => {
  it('pairs the figures with the items of the 、-list right before 分别, not with the clause opening the sentence', () => {
    const v = valuesOf('推行“一网通办”，申请材料、办理时限分别压减40%、60%。')
    expect(v.material_reduction_pct).toEqual([40, 'exact'])
    expect(v.approval_time_compression_pct).toEqual([60, 'exact'])
    const w = valuesOf('深化“放管服”改革，全面推行告知承诺制，办理时限和申请材料分别压缩55%和30%。')
    expect(w.approval_time_compression_pct).toEqual([55, 'exact'])
    expect(w.material_reduction_pct).toEqual([30, 'exact'])
  })

  it('still pairs the figures with the clauses before 分别 when each clause holds its own figure', () => {
    const v = valuesOf('减少材料24个，减少程序33个，减少时间495天，分别减少24.24%、39.29%、90%。')
    expect(v.material_reduction_pct).toEqual([24.24, 'exact'])
    expect(v.approval_time_compression_pct).toEqual([90, 'exact'])
  })
})
