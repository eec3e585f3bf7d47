/**
 * The briefing files of the Overview, exported by clicking in the built app (Chromium without a
 * CJK system font, nothing reachable but localhost) and read back in Node: the Word 简报 has every
 * chart's picture, the figure paragraphs that Node DuckDB gives over the published tables for
 * the same selection, an East Asian font on every text run and a footnote per stated value; the
 * Excel workbook has a sheet per chart whose values are the SQL answer.
 * The files are saved to test-results/exports/ for a person to open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Download, Page } from 'playwright-core'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import readXlsxFile from 'read-excel-file/node'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { DIST, EXPORTS, ROOT, SHOTS, startHarness, type Harness } from './exportHarness'
import { collectBriefing, type QueryRunner } from '../../src/composables/briefingData'
import { buildBrief } from '../../src/export/briefing'
import { catalogue, headlineDefaults, HEADLINE_FAMILIES, indicatorName, type HeadlineFamily } from '../../src/queries/catalogue'
import { indicatorReports } from '../../src/queries'
import { makeYearRows, noYearsMade, RESET_SQL } from '../../src/queries/derivedTables'
import { paragraphs, textRuns } from '../export/briefingFixture'

let h: Harness
let page: Page
let db: DuckDBConnection
let runner: QueryRunner
/** Script files the page asked for, in order. */
const scripts: string[] = []
let atStart = 0

async function download(p: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await p.click('[data-testid="view-export"]')
  const [d] = (await Promise.all([p.waitForEvent('download', { timeout: 90_000 }), p.click(`[data-export="${item}"]`)])) as [Download, unknown]
  const bytes = readFileSync((await d.path())!)
  writeFileSync(join(EXPORTS, d.suggestedFilename()), bytes)
  return { name: d.suggestedFilename(), bytes }
}

/** The headline each family opens on for the published tables (`headlineDefaults`), set once they are read. */
let heads: Record<HeadlineFamily, string>
/** The Overview's charts as the app registers them: each family's headline indicator, all agencies and years. */
const overviewCharts = () =>
  HEADLINE_FAMILIES.map((f) => {
    const ind = catalogue.indicatorById.get(heads[f])!
    return { title: indicatorName(ind, 'zh-CN'), scope: { indicators: [ind.id], agencies: [], years: [] } }
  })

beforeAll(async () => {
  h = await startHarness()
  const context = await h.newContext(1440, 900)
  page = await context.newPage()
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  await page.goto(`${h.server.url}/#/`)
  await page.waitForSelector('main[data-dataset-status="ready"]', { timeout: 90_000 })
  await page.waitForSelector('[data-family="approval"] .chart-host canvas')
  atStart = scripts.length
  // The published tables, read by Node DuckDB's own Parquet reader.
  db = await (await DuckDBInstance.create(':memory:')).connect()
  for (const t of ['indicators', 'reports', 'observations']) await db.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(ROOT, 'public/data', `${t}.parquet`)}')`)
  // and the tables derived from them, as the app makes them: after loading, and per year when a question reads the year
  const exec = async (q: Parameters<QueryRunner>[0]) => (await db.runAndReadAll(q.sql, q.params as never)).getRowObjectsJS()
  await exec(RESET_SQL)
  const made = noYearsMade()
  // one question at a time, as on the app's one connection (a year is made once)
  let turn: Promise<unknown> = Promise.resolve()
  runner = <T>(q: Parameters<QueryRunner>[0]) => {
    const ask = async () => {
      await makeYearRows(exec, made, q.perYear)
      return (await db.runAndReadAll(q.sql, q.params as never)).getRowObjects() as T[]
    }
    const answer = turn.then(ask, ask)
    turn = answer.catch(() => undefined)
    return answer
  }
  heads = headlineDefaults(new Map((await runner<{ indicator_id: string; reports: number }>(indicatorReports())).map((r) => [r.indicator_id, Number(r.reports)])))
})

afterAll(async () => {
  await h?.close()
})

describe('the export menu', () => {
  it.each([
    [1366, 768],
    [1920, 1080],
  ])('at %i×%i lists the briefing files first and the office name, inside the window', async (width, height) => {
    const ctx = await h.newContext(width, height)
    const p = await ctx.newPage()
    await p.goto(`${h.server.url}/#/`)
    await p.waitForSelector('[data-family="approval"] .chart-host canvas', { timeout: 90_000 })
    await p.click('[data-testid="view-export"]')
    const items = await p.$$eval('.export-list [role="menuitem"]', (els) => els.map((e) => e.getAttribute('data-export')))
    expect(items).toEqual(['docx', 'xlsx', 'zip', 'pptx'])
    const box = (await p.locator('.export-list').boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(width)
    expect(await p.locator('[data-testid="office-name"]').isVisible()).toBe(true)
    await p.screenshot({ path: join(SHOTS, `export-menu-${width}x${height}.png`) })
    await ctx.close()
  })
})

describe('Word 简报 of the Overview', () => {
  let doc: string
  let zip: JSZip

  beforeAll(async () => {
    // The office name is set in the export menu and remembered.
    await page.click('[data-testid="view-export"]')
    await page.fill('[data-testid="office-name"]', '某某区司法局')
    await page.keyboard.press('Escape')
    const { name, bytes } = await download(page, 'docx')
    expect(name).toMatch(/^总览.*\.docx$/)
    zip = await JSZip.loadAsync(bytes)
    doc = await zip.file('word/document.xml')!.async('string')
  })

  it('has a heading and a picture per chart, and the office as author', async () => {
    const charts = overviewCharts()
    const text = paragraphs(doc)
    for (const c of charts) expect(text).toContain(c.title)
    expect(doc.match(/<w:pStyle w:val="Heading1"\/>/g)!.length).toBe(charts.length + 1)
    const media = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f))
    expect(media).toHaveLength(charts.length)
    for (const m of media) expect((await zip.file(m)!.async('uint8array')).length).toBeGreaterThan(10_000)
    const core = await zip.file('docProps/core.xml')!.async('string')
    expect(core).toContain('<dc:creator>某某区司法局</dc:creator>')
    expect(text[1]).toMatch(/^某某区司法局 · 导出于 \d{4}-\d{2}-\d{2}$/)
  })

  it('says, per chart, the figures Node DuckDB gives for the same selection', async () => {
    const data = await collectBriefing(overviewCharts(), runner)
    const brief = buildBrief({ ...data, locale: 'zh-CN', date: new Date(), viewTitle: '总览', office: '某某区司法局', catalogue })
    const text = paragraphs(doc)
    expect(text).toContain(brief.scope)
    for (const c of brief.charts) for (const p of c.paragraphs) expect(text).toContain(p)
    // and the sources: one footnote per stated value, each with its evidence sentence
    const footnotes = await zip.file('word/footnotes.xml')!.async('string')
    const stated = data.charts.flatMap((c) => c.values.filter((v) => v.reported))
    expect(doc.match(/<w:footnoteReference /g)!.length).toBe(stated.length)
    const notes = paragraphs(footnotes).join('\n')
    for (const v of stated) if (v.evidence) expect(notes).toContain(`“${v.evidence}”`)
  })

  it('names an East Asian font on every text run', async () => {
    const footnotes = await zip.file('word/footnotes.xml')!.async('string')
    for (const r of [...textRuns(doc), ...textRuns(footnotes)]) expect(r).toMatch(/w:eastAsia="Sim(Sun|Hei)"/)
  })

})

describe('Excel workbook of the Overview', () => {
  it('has the summary and one sheet per chart whose values, units and sources are the SQL answer', async () => {
    const { name, bytes } = await download(page, 'xlsx')
    expect(name).toMatch(/^总览.*\.xlsx$/)
    const sheets = await readXlsxFile(bytes)
    const charts = overviewCharts()
    expect(sheets.map((s) => s.sheet)).toEqual(['概要', ...charts.map((c) => c.title)])
    const data = await collectBriefing(charts, runner)
    for (const [i, c] of data.charts.entries()) {
      const [header, ...rows] = sheets[i + 1].data
      const col = (h: string) => header.indexOf(h)
      expect(rows.map((r) => [r[col('报告编号')], r[col('数值')] ?? null, r[col('原文依据')] ?? null, r[col('原始文件')]])).toEqual(
        c.values.map((v) => [v.report_id, v.value, v.evidence, v.source_file]),
      )
      expect(new Set(rows.map((r) => r[col('计量单位')])).size).toBe(1)
    }
  })
})

describe('deck of the Overview', () => {
  it('has a title slide, a slide per chart with its figure paragraph, the sources in the notes and East Asian fonts on every run', async () => {
    const { name, bytes } = await download(page, 'pptx')
    expect(name).toMatch(/^总览.*\.pptx$/)
    const zip = await JSZip.loadAsync(bytes)
    const part = (re: RegExp) =>
      Promise.all(
        Object.keys(zip.files)
          .filter((f) => re.test(f))
          .sort((a, b) => Number(re.exec(a)![1]) - Number(re.exec(b)![1]))
          .map((f) => zip.file(f)!.async('string')),
      )
    const slides = await part(/^ppt\/slides\/slide(\d+)\.xml$/)
    const notes = await part(/^ppt\/notesSlides\/notesSlide(\d+)\.xml$/)
    const charts = overviewCharts()
    expect(slides).toHaveLength(charts.length + 1)
    const data = await collectBriefing(charts, runner)
    const brief = buildBrief({ ...data, locale: 'zh-CN', date: new Date(), viewTitle: '总览', office: '某某区司法局', catalogue })
    expect(paragraphs(slides[0], 'a').slice(0, 2)).toEqual([brief.title, brief.scope])
    for (const [i, c] of brief.charts.entries()) {
      expect(paragraphs(slides[i + 1], 'a')).toContain(c.paragraphs[0])
      const lines = paragraphs(notes[i + 1], 'a').join('\n')
      for (const v of data.charts[i].values.filter((x) => x.reported && x.evidence)) expect(lines).toContain(`“${v.evidence}”`)
    }
    for (const r of [...slides, ...notes].flatMap((x) => textRuns(x, 'a'))) expect(r).toMatch(/<a:ea typeface="[^"]+"/)
    expect(await zip.file('docProps/app.xml')!.async('string')).toContain('<Company>某某区司法局</Company>')
  })
})

describe('Word 简报 of other views', () => {
  it.each([
    ['rankings', '排名', '年份：2023年', '[data-chart-id="rankings"]'],
    ['coverage', '覆盖', '项次有报告', '[data-chart-id="coverage"]'],
    ['compare', '对比', '个报告了', '[data-chart-id^="compare-"]'],
  ])('%s: named and titled after the view, with its figures', async (route, view, says, chart) => {
    await page.goto(`${h.server.url}/#/${route}`)
    // this view's own chart (not the previous view's, still on screen for a moment)
    await page.waitForSelector(`${chart} .chart-host canvas`, { timeout: 60_000 })
    await page.waitForFunction((sel) => [...document.querySelectorAll('[data-chart-id]')].every((e) => e.matches(sel)), chart)
    const { name, bytes } = await download(page, 'docx')
    expect(name.startsWith(`${view}_`)).toBe(true)
    const zip = await JSZip.loadAsync(bytes)
    const text = paragraphs(await zip.file('word/document.xml')!.async('string'))
    expect(text[0]).toBe(`法治政府建设指标简报（${view}）`)
    expect(text.some((p) => p.includes(says))).toBe(true)
    const titles = await page.$$eval('[data-chart-id] .chart-title', (els) => els.map((e) => e.textContent ?? ''))
    for (const t of titles) expect(text).toContain(t)
  })
})

describe('briefing exports', () => {
  it('loaded their code (docx, write-excel-file) only when asked, from localhost', () => {
    // The chunks of docx (it writes docProps/custom.xml) and of the workbook code (sticky header rows).
    const assets = join(DIST, 'assets')
    const lazy = readdirSync(assets).filter((f) => f.endsWith('.js') && /docProps\/custom\.xml|stickyRows/.test(readFileSync(join(assets, f), 'utf8')))
    expect(lazy.length).toBeGreaterThanOrEqual(2)
    for (const f of lazy) {
      expect(scripts.slice(0, atStart)).not.toContain(`/assets/${f}`)
      expect(scripts).toContain(`/assets/${f}`)
    }
    expect(h.blocked).toEqual([])
    expect(h.pageErrors).toEqual([])
  })
})
