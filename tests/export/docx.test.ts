/**
 * The Word 简报, built from the query fixture with the app's own briefing queries, unzipped and
 * read back: Word's heading styles, one picture per chart, an East Asian font on every text run,
 * the figure paragraph saying what SQL says for the same selection, a footnote with the evidence
 * sentence of every stated value.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import type { DuckDBConnection } from '@duckdb/node-api'
import { buildBrief } from '../../src/export/briefing'
import { buildDocx, DOCX_FONTS, docxImageWidth } from '../../src/export/docx'
import type { QueryRunner } from '../../src/composables/briefingData'
import { run } from '../queries/fixture'
import { briefingInput, fixture, OFFICE, paragraphs, testPng, textRuns } from './briefingFixture'

let c: DuckDBConnection
let runner: QueryRunner
let zip: JSZip
let doc: string
let footnotes: string

beforeAll(async () => {
  ;({ c, runner } = await fixture())
  const input = await briefingInput(runner)
  const brief = buildBrief(input)
  const bytes = await buildDocx(brief, [{ data: testPng(480, 240), width: 960, height: 480 }, { data: testPng(400, 300), width: 800, height: 600 }], { locale: 'zh-CN', office: OFFICE }, 'uint8array')
  zip = await JSZip.loadAsync(bytes)
  doc = await zip.file('word/document.xml')!.async('string')
  footnotes = await zip.file('word/footnotes.xml')!.async('string')
})

describe('Word briefing (.docx)', () => {
  it('is titled with the view and styled with Word’s own Title and Heading styles', () => {
    const text = paragraphs(doc)
    expect(text[0]).toBe('法治政府建设指标简报（总览）')
    expect(text[1]).toBe(`${OFFICE} · 导出于 2024-05-06`)
    expect(doc).toMatch(/<w:pStyle w:val="Title"\/>/)
    expect(doc.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(3) // 所选范围 + one per chart
    expect(doc.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(2)
    expect(doc).toMatch(/<w:pStyle w:val="Caption"\/>/)
  })

  it('states the selection in words: all agencies, the years, the sectors, the reports', () => {
    expect(paragraphs(doc)).toContain('单位：全部 3 个单位；年份：2022–2023年；领域：区县政府、应急管理、气象；共 3 份报告。')
  })

  it('holds one picture per chart', async () => {
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))
    expect(media).toHaveLength(2)
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string')
    const targets = [...doc.matchAll(/<a:blip r:embed="([^"]+)"/g)].map((m) => new RegExp(`Id="${m[1]}"[^>]*Target="media/[^"]+\\.png"`).test(rels))
    expect(targets).toEqual([true, true])
  })

  it('names an East Asian and a Latin font on every text run (body, footer and footnotes)', async () => {
    const footer = await zip.file(Object.keys(zip.files).find((f) => /^word\/footer\d*\.xml$/.test(f))!)!.async('string')
    const runs = [...textRuns(doc), ...textRuns(footnotes), ...textRuns(footer)]
    expect(runs.length).toBeGreaterThan(30)
    for (const r of runs) {
      expect(r).toMatch(/<w:rFonts [^>]*w:eastAsia="(SimSun|SimHei)"/)
      expect(r).toMatch(/<w:rFonts [^>]*w:ascii="[^"]+"/)
    }
    expect(DOCX_FONTS.body.eastAsia).toBe('SimSun')
  })

  it('the figure paragraph says what SQL says for the same selection', async () => {
    // Independent SQL over the fixture, not the briefing builders.
    const [cov] = await run(c, {
      sql: `SELECT CAST(count(DISTINCT r.agency) AS INTEGER) AS agencies, CAST(count(o.report_id) AS INTEGER) AS stated
            FROM reports r LEFT JOIN observations o ON o.report_id = r.report_id AND o.indicator_id = 'approval_time_compression_pct'`,
      params: [],
    })
    const ext = await run(c, {
      sql: `SELECT r.agency, o.value, o.value_low, o.value_high FROM observations o JOIN reports r USING (report_id)
            WHERE o.indicator_id = 'approval_time_compression_pct' ORDER BY coalesce(o.value, (o.value_low + o.value_high) / 2) DESC`,
      params: [],
    })
    expect(cov).toEqual({ agencies: 3, stated: 2 })
    expect(ext).toEqual([
      { agency: '江津区气象局', value: 86.5, value_low: null, value_high: null },
      { agency: '船营区人民政府', value: null, value_low: 60, value_high: 70 },
    ])
    // The selection spans 2022–2023, so each agency is named with its year.
    const text = paragraphs(doc)
    expect(text).toContain('所选 3 个单位中，2 个报告了审批时限压缩比。最高为 86.5%（江津区气象局，2023年），最低为 60–70%（船营区人民政府，2023年）。以上数值均尚未经人工复核。')
    expect(text).toContain('所选 3 个单位中，1 个报告了调解成功率。报告的数值为 97%（船营区人民政府，2023年）。以上数值均已经人工复核。')
    expect(text).toContain('未报告：奉节县应急管理局。')
  })

  it('cites the source of every stated value: its report in the table and its evidence sentence in a footnote', async () => {
    const stated = await run(c, {
      sql: `SELECT o.evidence, r.source_file FROM observations o JOIN reports r USING (report_id)
            WHERE o.indicator_id IN ('approval_time_compression_pct', 'mediation_success_pct')`,
      params: [],
    })
    expect(stated).toHaveLength(3)
    const notes = paragraphs(footnotes)
    const refs = doc.match(/<w:footnoteReference w:id="\d+"\/>/g) ?? []
    expect(refs).toHaveLength(3)
    for (const s of stated) {
      expect(notes.some((n) => n.includes(`“${s.evidence as string}”`))).toBe(true)
      expect(paragraphs(doc).some((p) => p.includes(`文件 ${s.source_file as string}`))).toBe(true)
    }
    expect(notes.some((n) => n.includes('《船營區2023年法治政府建設情況報告》（文件 003.txt）：“糾紛調解成功率達到97%”（自动提取 · 已核对）'))).toBe(true)
  })
})

describe('the chart picture', () => {
  it('is laid out as wide as the chart is on screen, within 640–960 CSS px', () => {
    expect([undefined, 320, 700.4, 1300].map(docxImageWidth)).toEqual([640, 640, 700, 960])
  })
})
