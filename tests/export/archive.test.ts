import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { PNG } from 'pngjs'
import { buildZip, viewEntryNames, viewFileName, viewZipEntries } from '../../src/export/archive'
import { approvalChart, trendChart } from './fixture'


function tinyPng(w = 40, h = 20): Uint8Array {
  const png = new PNG({ width: w, height: h })
  png.data.fill(255)
  return new Uint8Array(PNG.sync.write(png))
}

describe('ZIP of a view', () => {
  const charts = [approvalChart(), trendChart(), approvalChart()]

  it('names one PNG and one CSV per chart, unique', () => {
    expect(viewEntryNames(charts, 'zh-CN')).toEqual([
      { png: '审批时限压缩比_2023.png', csv: '审批时限压缩比_2023.csv' },
      { png: '调解成功率_2021-2023.png', csv: '调解成功率_2021-2023.csv' },
      { png: '审批时限压缩比_2023 (2).png', csv: '审批时限压缩比_2023 (2).csv' },
    ])
    expect(viewFileName('总览', charts, 'zip', 'zh-CN')).toBe('总览_2021-2023.zip')
    expect(viewFileName('排名', [{ ...charts[0], scope: { indicators: [], agencies: ['江津区气象局'] } }], 'docx', 'zh-CN')).toBe('排名_江津区气象局_2023.docx')
  })

  it('opens and holds exactly one PNG and one CSV per chart', async () => {
    const entries = viewZipEntries(charts.map((source) => ({ source, png: tinyPng() })), 'zh-CN')
    const bytes = await buildZip(entries, 'uint8array')
    const zip = await JSZip.loadAsync(bytes)
    const names = Object.keys(zip.files).sort()
    expect(names.filter((n) => n.endsWith('.png'))).toHaveLength(3)
    expect(names.filter((n) => n.endsWith('.csv'))).toHaveLength(3)
    expect(names).toHaveLength(6)
    const png = PNG.sync.read(Buffer.from(await zip.file('审批时限压缩比_2023.png')!.async('uint8array')))
    expect(png.width).toBe(40)
    const csv = await zip.file('调解成功率_2021-2023.csv')!.async('string')
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 18)
  })

  it('adds the figure paragraphs as a text file when given', async () => {
    const entries = viewZipEntries([{ source: approvalChart(), png: tinyPng() }], 'zh-CN', { name: '要点', text: '\uFEFF要点\r\n' })
    const zip = await JSZip.loadAsync(await buildZip(entries, 'uint8array'))
    expect(Object.keys(zip.files).sort()).toEqual(['审批时限压缩比_2023.csv', '审批时限压缩比_2023.png', '要点.txt'])
    expect(await zip.file('要点.txt')!.async('string')).toBe('\uFEFF要点\r\n')
  })
})
