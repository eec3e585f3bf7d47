import { describe, expect, it } from 'vitest'
import { GROUP_HEADING, groupHeading } from '../../src/extract/carriedSubject'

/**
 * groupHeading reads only the tail of the paragraph before a clause: it must answer as GROUP_HEADING over the whole
 * stretch does, for headings after a 。 or a line break or at the start, with whitespace, numbering, 各 and asides (a 。 or
 * a line break inside one too), after long text or none, and for stretches that end as no heading does.
 */
describe('groupHeading', () => {
  const leads = ['', '全年开展执法检查12次，查处案件3件', '很长的一段话'.repeat(40), '（一）区直部门']
  const starts = ['', '。', '\n', '。\n', '；']
  const spaces = ['', ' ', '\n  ', '　']
  const numbering = ['', '（一）', '(12)', '三、', '十二.', '（三十一）']
  const groups = ['区直部门', '县直', '街镇', '乡镇', '部门', '单位', '局机关']
  const asides = ['', '（街道）', '（。\n）', '（一二三四五六七）']
  const ends = ['。', '：', ':', '，', '。 \n']
  it('answers as GROUP_HEADING over the whole stretch', () => {
    let headings = 0
    for (const lead of leads) for (const start of starts) for (const sp of spaces) for (const num of numbering)
      for (const each of ['', '各']) for (const group of groups) for (const aside of asides) for (const end of ends) {
        const s = lead + start + sp + num + sp + each + group + aside + end
        const whole = GROUP_HEADING.test(s)
        if (whole) headings++
        expect(groupHeading(s), JSON.stringify(s)).toBe(whole)
      }
    expect(headings).toBeGreaterThan(1000) // (the matrix holds headings, not only stretches that are none)
  })
})
