import { describe, expect, it } from 'vitest'
import { estimateWidth, exportFileName, isoDate, safeFilePart, uniqueNames, wrapText, yearsLabel } from '../../src/export/text'

describe('file names', () => {
  it('say what the chart is and which years it shows', () => {
    expect(exportFileName('审批时限压缩比', [2023], 'png')).toBe('审批时限压缩比_2023.png')
    expect(exportFileName('审批时限压缩比', [2023, 2021, 2022, 2022], 'svg')).toBe('审批时限压缩比_2021-2023.svg')
    expect(exportFileName('审批时限压缩比', [2021, 2023], 'csv')).toBe('审批时限压缩比_2021_2023.csv')
    expect(exportFileName('调解成功率', [], 'png')).toBe('调解成功率.png')
  })

  it('are safe on every operating system', () => {
    expect(safeFilePart('行政复议/诉讼: "纠错"率?')).toBe('行政复议_诉讼_纠错_率')
    expect(safeFilePart('Approval time compression ratio ↑')).toBe('Approval_time_compression_ratio')
    expect(safeFilePart('..\\..')).toBe('chart')
    expect(safeFilePart('')).toBe('chart')
    expect([...safeFilePart('长'.repeat(200))]).toHaveLength(80)
  })

  it('are unique within an archive', () => {
    expect(uniqueNames(['a.png', 'b.png', 'a.png', 'A.png'])).toEqual(['a.png', 'b.png', 'a (2).png', 'A (3).png'])
  })

  it('label years compactly', () => {
    expect(yearsLabel([])).toBe('')
    expect(yearsLabel([2022, 2023])).toBe('2022-2023')
  })
})

describe('text layout', () => {
  it('estimates CJK as one em and Latin narrower', () => {
    expect(estimateWidth('审批', 20)).toBe(40)
    expect(estimateWidth('ab', 10)).toBe(12)
  })

  it('wraps CJK anywhere and Latin at spaces, never wider than the limit', () => {
    const zh = wrapText('江津区气象局、綦江区司法局、船营区人民政府 · 2023年', 200, 13)
    expect(zh.length).toBeGreaterThan(1)
    for (const l of zh) expect(estimateWidth(l, 13)).toBeLessThanOrEqual(200)
    expect(zh.join('')).toBe('江津区气象局、綦江区司法局、船营区人民政府 · 2023年')
    const en = wrapText('Jiangjin Meteorological Bureau, Chuanying District Government', 150, 12)
    for (const l of en) {
      expect(estimateWidth(l, 12)).toBeLessThanOrEqual(150)
      expect(l).not.toMatch(/^\s|\s$/)
    }
    expect(en.join(' ')).toBe('Jiangjin Meteorological Bureau, Chuanying District Government')
  })

  it('keeps explicit line breaks', () => {
    expect(wrapText('一\n二', 500, 12)).toEqual(['一', '二'])
  })

  it('formats the export date as YYYY-MM-DD', () => {
    expect(isoDate(new Date(2024, 4, 6))).toBe('2024-05-06')
  })
})

describe('unicode-range of the web font subsets', () => {
  it('parses single code points, ranges and wildcards', async () => {
    const { parseUnicodeRange } = await import('../../src/export/fonts')
    expect(parseUnicodeRange('U+4e00-4e2f, U+3000,U+1F1E?')).toEqual([
      [0x4e00, 0x4e2f],
      [0x3000, 0x3000],
      [0x1f1e0, 0x1f1ef],
    ])
  })
})
