/**
 * The pure helpers of the review UI: numbers typed or selected by the analyst read by the
 * extractor's scanner, the addends of a sum, the evidence in its sentence, and the provenance
 * line every view shows (自动提取 / 已核对 / 人工修正（原值 X，修改人，时间，备注）).
 */
import { describe, expect, it } from 'vitest'
import { addendsOf, parseValueInput, sumText, valueInSelection, withQualifier } from '../../src/components/valueText'
import { originalOffset, sentenceContext } from '../../src/components/textSegments'
import { showBidiControls } from '../../src/extract/names'
import { provenanceKind, provenanceMark, provenanceText, reviewTime } from '../../src/charts/provenance'
import { catalogue } from '../../src/queries/catalogue'
import { tableRows, tooltipHtml } from '../../src/charts/common'
import { buildCompareCharts } from '../../src/charts/compare'

describe('numbers from the analyst', () => {
  it('reads what is typed with scale, percent, ranges and qualifiers, whatever its kind', () => {
    expect(parseValueInput('12.5万')).toEqual({ value: 125000, qualifier: 'exact', value_low: null, value_high: null })
    expect(parseValueInput(' 98.6% ')).toMatchObject({ value: 98.6, qualifier: 'exact' })
    expect(parseValueInput('8至10')).toEqual({ value: 8, qualifier: 'range', value_low: 8, value_high: 10 })
    expect(parseValueInput('约230')).toMatchObject({ value: 230, qualifier: 'approx' })
    expect(parseValueInput('不少于60')).toMatchObject({ value: 60, qualifier: 'at_least' })
    expect(parseValueInput('2000')).toMatchObject({ value: 2000 }) // a count, though it looks like a year
    expect(parseValueInput('１２')).toMatchObject({ value: 12 })
    expect(parseValueInput('无')).toBeNull()
  })

  it('takes the figure of a selection in the indicator unit, skipping years and dates', () => {
    expect(valueInSelection('2023年,共受理并办结审批服务事项77339件', 'count')).toMatchObject({ value: 77339 })
    expect(valueInSelection('受理案件120件，办结率达到98.5%', 'pct')).toMatchObject({ value: 98.5 })
    expect(valueInSelection('罚没款共計12.5萬元', 'yuan')).toMatchObject({ value: 125000 })
    expect(valueInSelection('全面推进依法行政', 'count')).toBeNull()
  })

  it('keeps a range only when two numbers were given', () => {
    const one = parseValueInput('60')!
    expect(withQualifier(one, 'range')).toMatchObject({ qualifier: 'exact', value_low: null })
    expect(withQualifier(parseValueInput('8至10')!, 'exact')).toMatchObject({ qualifier: 'exact', value: 8, value_low: null, value_high: null })
    expect(withQualifier(one, 'at_least')).toMatchObject({ qualifier: 'at_least', value: 60 })
  })

  it('finds the sub-figures of a sum: one measure word whose figures add up to the value', () => {
    expect(addendsOf('修订完成规范性文件2个、废止1个', 3)).toEqual([2, 1])
    expect(addendsOf('执法检查6次,出动执法人员203人次,查处窝点4处,取缔4处,共查处16.5吨。2、开展联合执法检查1次', 7)).toEqual([6, 1])
    expect(addendsOf('修订完成规范性文件2个、废止1个', 5)).toEqual([])
    expect(sumText('召開區委常委會學習3次、黨組會議學習9次', 12, 'zh-CN')).toBe('3 + 9 = 12')
    expect(sumText(null, 12, 'zh-CN')).toBe('')
  })
})

describe('sentenceContext', () => {
  const text = '一、概况。全年办理行政处罚1918件，首违免罚151件。二、问题。'
  it('shows the evidence inside its sentence, and only the evidence when the offsets do not fit', () => {
    const s = text.indexOf('首违免罚151件')
    expect(sentenceContext(text, s, s + 8, '首违免罚151件')).toEqual({ before: '全年办理行政处罚1918件，', mark: '首违免罚151件', after: '。' })
    expect(sentenceContext(text, 0, 3, '首违免罚151件')).toEqual({ before: '', mark: '首违免罚151件', after: '' })
  })
})

describe('originalOffset', () => {
  it('maps a point in the shown text back to the original, a control character shown as its code counting as one', () => {
    const original = '处罚\u202E12件'
    const shown = showBidiControls(original) // 处罚⟨U+202E⟩12件
    expect(shown).toBe('处罚⟨U+202E⟩12件')
    expect(originalOffset(original, shown.indexOf('12'), showBidiControls)).toBe(original.indexOf('12'))
    expect(originalOffset(original, shown.indexOf('U+'), showBidiControls)).toBe(2)
    expect(originalOffset(original, shown.length, showBidiControls)).toBe(original.length)
    expect(originalOffset('全年办理', 2, (c) => c)).toBe(2)
  })
})

describe('provenance', () => {
  const ind = catalogue.indicatorById.get('normative_docs_reviewed')!
  const at = '2026-12-01T08:05:00.000Z'
  it('says automatic, reviewed (who, when, note), corrected (was, who, when, note), added, moved', () => {
    expect(provenanceText({ method: 'rule', reviewed: false }, ind, catalogue, 'zh-CN')).toBe('自动提取')
    expect(provenanceText({ method: 'derived', reviewed: true, review_by: '王芳', review_at: at }, ind, catalogue, 'zh-CN')).toBe(`自动推算 · 已核对（王芳，${reviewTime(at)}）`)
    expect(provenanceText({ method: 'manual', reviewed: true, original_value: 3, review_by: '王芳', review_at: at, review_note: '废止的不计入' }, ind, catalogue, 'zh-CN'))
      .toBe(`人工修正（原值 3 件，王芳，${reviewTime(at)}，废止的不计入）`)
    expect(provenanceText({ method: 'manual', reviewed: true, original_value: null }, ind, catalogue, 'en')).toBe('added by hand')
    expect(provenanceText({ method: 'manual', reviewed: true, original_value: 4, original_indicator: 'legal_review_cases', review_by: 'Wang' }, ind, catalogue, 'en'))
      .toBe('corrected by hand (moved here from “Legality reviews of enforcement decisions”, was 4, Wang)')
    expect(reviewTime(at)).toMatch(/^2026-12-01 \d\d:05$/)
  })

  it('marks corrected ✎ and reviewed ✓ values, and tells a correction from an addition', () => {
    expect([provenanceMark({ method: 'manual' }), provenanceMark({ method: 'rule', reviewed: true }), provenanceMark({ method: 'rule' })]).toEqual(['✎', '✓', ''])
    expect([provenanceKind({ method: 'manual', original_value: 1 }), provenanceKind({ method: 'manual' }), provenanceKind({ method: 'derived' })]).toEqual(['manual', 'added', 'derived'])
  })
})

describe('corrected values in tooltips and data tables', () => {
  const ind = catalogue.indicatorById.get('penalty_cases')!
  const base = { report_id: 'qj', agency: '綦江区交通局', agency_en: null, year: 2023, indicator_id: 'penalty_cases', reported: true, value: 1918, qualifier: 'exact' as const, value_low: null, value_high: null }
  it('marks a corrected and a reviewed value in the tooltip, an extracted one not', () => {
    expect(tooltipHtml({ ...base, method: 'manual', reviewed: true }, ind, 'zh-CN')).toContain('✎ 人工修正或补录')
    expect(tooltipHtml({ ...base, method: 'rule', reviewed: true }, ind, 'en')).toContain('✓ reviewed by hand')
    expect(tooltipHtml({ ...base, method: 'rule', reviewed: false }, ind, 'zh-CN')).not.toMatch(/人工|✓|✎/)
  })
  it('marks them in the Compare tooltip too', () => {
    const [chart] = buildCompareCharts([{ ...base, method: 'manual', reviewed: true }, { ...base, report_id: 'y', agency: '甲局', value: 12, method: 'rule', reviewed: true }], ['penalty_cases'], catalogue, 'zh-CN')
    const option = chart.option as { tooltip: { formatter: (p: unknown) => string }; series: { data: { datum?: { report_id: string } }[] }[] }
    const tip = (reportId: string) => {
      const data = option.series[0].data.find((d) => d?.datum?.report_id === reportId)
      expect(data, reportId).toBeDefined()
      return option.tooltip.formatter({ data, marker: '' })
    }
    expect(tip('qj')).toContain('✎ 人工修正或补录')
    expect(tip('y')).toContain('✓ 已人工核对')
  })
  it('carries method and reviewed into table rows (and so CSV), empty when not reported', () => {
    const rows = tableRows([{ ...base, method: 'manual', reviewed: true }, { ...base, report_id: 'x', reported: false, value: null, method: null, reviewed: null }], catalogue, 'zh-CN')
    expect(rows.map((r) => [r.method, r.reviewed])).toEqual([['manual', true], [null, null]])
  })
})
