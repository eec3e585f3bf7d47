/**
 * The deck, built from the query fixture with the app's own briefing queries, unzipped and read
 * back: a title slide, one slide per chart with its picture and figure paragraph, the sources in
 * the notes, an East Asian font on every text run (slides and notes), the office as author and
 * company.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import type { DuckDBConnection } from '@duckdb/node-api'
import { buildBrief, type Brief } from '../../src/export/briefing'
import { buildPptx, DECK_FONT, fitFontSize, patchNotesXml, SLIDE, slideImageBox } from '../../src/export/deck'
import { run } from '../queries/fixture'
import { briefingInput, charts, fixture, OFFICE, paragraphs, testPng, textRuns } from './briefingFixture'
import { approvalChart } from './fixture'

let c: DuckDBConnection
let brief: Brief
let zip: JSZip
let slides: string[]
let notes: string[]

const byNumber = (re: RegExp) => (a: string, b: string) => Number(re.exec(a)![1]) - Number(re.exec(b)![1])

beforeAll(async () => {
  const f = await fixture()
  c = f.c
  brief = buildBrief(await briefingInput(f.runner))
  const dataUrl = `data:image/png;base64,${Buffer.from(testPng(960, 400)).toString('base64')}`
  const bytes = await buildPptx(
    charts().map((source, i) => ({ source, image: { dataUrl, width: 960, height: 400 }, brief: brief.charts[i] })),
    { locale: 'zh-CN', brief, office: OFFICE, source: brief.source },
    'uint8array',
  )
  zip = await JSZip.loadAsync(bytes)
  const read = async (re: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((n) => re.test(n))
        .sort(byNumber(re))
        .map((n) => zip.file(n)!.async('string')),
    )
  slides = await read(/^ppt\/slides\/slide(\d+)\.xml$/)
  notes = await read(/^ppt\/notesSlides\/notesSlide(\d+)\.xml$/)
})

describe('deck (.pptx)', () => {
  it('opens with a title slide: the view, the selection in words, office and date, the source line', () => {
    expect(slides).toHaveLength(3)
    expect(paragraphs(slides[0], 'a')).toEqual([
      '法治政府建设指标简报（总览）',
      '单位：全部 3 个单位；年份：2022–2023年；领域：区县政府、应急管理、气象；共 3 份报告。',
      `${OFFICE} · 导出于 2024-05-06`,
      '数据来源：各单位法治政府建设年度报告 · 导出于 2024-05-06',
    ])
    expect(slides[0]).not.toContain('<p:pic>')
  })

  it('has one slide per chart with its picture, title and figure paragraph', async () => {
    for (const [i, s] of slides.slice(1).entries()) {
      expect(s).toContain('<p:pic>')
      const text = paragraphs(s, 'a')
      expect(text[0]).toBe(charts()[i].title)
      for (const p of brief.charts[i].paragraphs) expect(text).toContain(p)
    }
    const media = Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f))
    expect(media).toHaveLength(2)
    // the first chart's paragraph says what SQL says
    const [{ n }] = await run(c, { sql: `SELECT CAST(count(*) AS INTEGER) AS n FROM observations WHERE indicator_id = 'approval_time_compression_pct'`, params: [] })
    expect(paragraphs(slides[1], 'a')).toContain(`所选 3 个单位中，${n as number} 个报告了审批时限压缩比。最高为 86.5%（江津区气象局，2023年），最低为 60–70%（船营区人民政府，2023年）。以上数值均尚未经人工复核。`)
  })

  it('lists in the notes the figures and, per stated value, its report and evidence sentence', async () => {
    expect(notes).toHaveLength(3)
    const stated = await run(c, {
      sql: `SELECT o.indicator_id, o.evidence FROM observations o WHERE o.indicator_id IN ('approval_time_compression_pct', 'mediation_success_pct') ORDER BY o.indicator_id`,
      params: [],
    })
    const lines = notes.map((n) => paragraphs(n, 'a'))
    expect(lines[1][0]).toBe(`要点：${brief.charts[0].paragraphs[0]}`)
    expect(lines[1]).toContain('数值来源：')
    for (const s of stated) {
      const slide = s.indicator_id === 'approval_time_compression_pct' ? 1 : 2
      expect(lines[slide].some((l) => l.includes(`“${s.evidence as string}”`))).toBe(true)
    }
    expect(lines[1]).toContain('1. 江津区气象局 2023 · 86.5% · 江津区气象局2023年度报告（文件 000.txt）：“压缩比例由原来的50%上升到86.5%”（自动提取，未复核）')
    expect(lines[1]).toContain('未报告：奉节县应急管理局。')
  })

  it('names the East Asian font (and Latin, complex script) on every text run of slides and notes', () => {
    const runs = [...slides, ...notes].flatMap((x) => textRuns(x, 'a'))
    expect(runs.length).toBeGreaterThan(20)
    for (const r of runs) {
      expect(r).toContain(`<a:ea typeface="${DECK_FONT}"`)
      expect(r).toContain(`<a:latin typeface="${DECK_FONT}"`)
      expect(r).toMatch(/<a:rPr lang="zh-CN"/)
    }
    // fields (slide numbers in the notes) too
    for (const n of notes) for (const f of n.match(/<a:fld [\s\S]*?<\/a:fld>/g) ?? []) expect(f).toContain('<a:ea typeface=')
  })

  it('is by the office, with the theme’s East Asian font set', async () => {
    expect(await zip.file('docProps/app.xml')!.async('string')).toContain(`<Company>${OFFICE}</Company>`)
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain(`<dc:creator>${OFFICE}</dc:creator>`)
    const theme = await zip.file('ppt/theme/theme1.xml')!.async('string')
    expect(theme).not.toContain('<a:ea typeface=""/>')
    expect(theme).toContain(`<a:ea typeface="${DECK_FONT}"/>`)
  })
})

describe('deck layout helpers', () => {
  it('fits the chart image into the chart box, aspect kept', () => {
    for (const [w, h] of [
      [1920, 1080],
      [800, 900],
    ]) {
      const box = slideImageBox(w, h)
      expect(box.w / box.h).toBeCloseTo(w / h, 5)
      expect(box.x).toBeGreaterThanOrEqual(SLIDE.pad - 1e-9)
      expect(box.x + box.w).toBeLessThanOrEqual(SLIDE.w - SLIDE.pad + 1e-9)
      expect(box.y).toBeGreaterThanOrEqual(SLIDE.imgY - 1e-9)
      expect(box.y + box.h).toBeLessThanOrEqual(SLIDE.textY)
    }
  })

  it('shrinks the figure paragraph to fit its box', () => {
    expect(fitFontSize('短句。', 12, 1.1)).toBe(16)
    const long = '所选 14 个单位中，9 个报告了审批时限压缩比。最高为 95%（甲局、丙局、丁局），最低为 40%（乙局）。中位数为 75%。'.repeat(3)
    const pt = fitFontSize(long, 12.33, 1.1)
    expect(pt).toBeLessThan(16)
    expect(pt).toBeGreaterThanOrEqual(10)
  })

  it('writes notes as escaped paragraphs', () => {
    const xml =
      '<p:notes><p:sp><p:nvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>x</a:t></a:r></a:p></p:txBody></p:sp></p:notes>'
    const out = patchNotesXml(xml, 'a < b & c\n\n“引号”', 'zh-CN')
    expect(paragraphs(out, 'a')).toEqual(['a < b & c', '“引号”'])
    expect(out).toContain('a &lt; b &amp; c')
    expect(out).not.toContain('<a:rPr lang="en-US" dirty="0"/>')
  })

  it('says in the notes how many values were extracted, reviewed or corrected by hand, and which', async () => {
    const dataUrl = `data:image/png;base64,${Buffer.from(testPng(960, 400)).toString('base64')}`
    const deck = await JSZip.loadAsync(await buildPptx([{ source: approvalChart(), image: { dataUrl, width: 960, height: 400 } }], { locale: 'zh-CN', office: OFFICE, source: 'x' }, 'uint8array'))
    const name = Object.keys(deck.files).find((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))!
    const lines = paragraphs(await deck.file(name)!.async('string'), 'a')
    expect(lines).toContain('本图 2 个数值：自动提取 1（其中已核对 0），人工修正或补录 1。')
    expect(lines).toContain('人工修正或补录：綦江区司法局 2023 审批时限压缩比 50%')
  })
})
