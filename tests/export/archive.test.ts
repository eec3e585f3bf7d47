import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { PNG } from 'pngjs'
import { buildPptx, buildZip, slideImageBox, SLIDE, viewEntryNames, viewFileName, viewZipEntries } from '../../src/export/archive'
import { approvalChart, trendChart } from './fixture'

const DATE = new Date(2024, 4, 6)

function tinyPng(w = 40, h = 20): Uint8Array {
  const png = new PNG({ width: w, height: h })
  png.data.fill(255)
  return new Uint8Array(PNG.sync.write(png))
}

describe('ZIP of a view', () => {
  const charts = [approvalChart(), trendChart(), approvalChart()]

  it('names one PNG and one CSV per chart, unique', () => {
    expect(viewEntryNames(charts)).toEqual([
      { png: '审批时限压缩比_2023.png', csv: '审批时限压缩比_2023.csv' },
      { png: '调解成功率_2021-2023.png', csv: '调解成功率_2021-2023.csv' },
      { png: '审批时限压缩比_2023 (2).png', csv: '审批时限压缩比_2023 (2).csv' },
    ])
    expect(viewFileName('总览', charts, 'zip')).toBe('总览_2021-2023.zip')
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
})

describe('PPTX of a view', () => {
  it('fits the chart image into the slide, aspect kept', () => {
    const box = slideImageBox(1920, 1080)
    expect(box.w / box.h).toBeCloseTo(1920 / 1080, 5)
    expect(box.x).toBeGreaterThanOrEqual(SLIDE.pad - 1e-9)
    expect(box.x + box.w).toBeLessThanOrEqual(SLIDE.w - SLIDE.pad + 1e-9)
    expect(box.y + box.h).toBeLessThanOrEqual(SLIDE.h)
  })

  it('has one slide per chart, each with its image, title and source note', async () => {
    const png = tinyPng(960, 400)
    const dataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`
    const charts = [approvalChart(), trendChart()]
    const bytes = await buildPptx(
      charts.map((source) => ({ source, image: { dataUrl, width: 960, height: 400 } })),
      { locale: 'zh-CN', date: DATE, title: '总览' },
      'uint8array',
    )
    const zip = await JSZip.loadAsync(bytes)
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort()
    expect(slides).toHaveLength(2)
    for (const [i, name] of slides.entries()) {
      const xml = await zip.file(name)!.async('string')
      expect(xml).toContain('<p:pic>')
      expect(xml).toContain(charts[i].title)
      expect(xml).toContain('数据来源：各单位法治政府建设年度报告 · 导出于 2024-05-06')
      const rels = await zip.file(name.replace('slides/', 'slides/_rels/') + '.rels')!.async('string')
      expect(rels).toMatch(/Target="\.\.\/media\/image[^"]*\.png"/)
    }
    expect(Object.keys(zip.files).some((n) => n.startsWith('ppt/media/') && n.endsWith('.png'))).toBe(true)
    // The first chart has one value corrected by hand: its slide's notes say so and which.
    const notes = await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).sort().map((n) => zip.file(n)!.async('string')))
    expect(notes[0]).toContain('本图 2 个数值：自动提取 1（其中已核对 0），人工修正或补录 1。')
    expect(notes[0]).toContain('人工修正或补录：綦江区司法局 2023 审批时限压缩比 50%')
  })
})
