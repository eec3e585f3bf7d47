/**
 * The first frame the build writes into index.html (src/prerender/entry.ts): the app's own
 * Overview over the first-view answers, with its four headline charts as static SVG. Rendered
 * here from the fixture tables with the hostile agency names of tests/fixtures/hostile, the
 * markup must carry them as text only: no script element, no event-handler attribute, no
 * javascript: link, whatever the names hold.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseDocument, DomUtils } from 'htmlparser2'
import type { Element } from 'domhandler'
import { writeFirstView } from '../../scripts/firstView'
import { FIRST_VIEW_FILE, parseFirstView } from '../../src/queries/firstView'
import { catalogue, DEFAULT_HEADLINE, HEADLINE_FAMILIES } from '../../src/queries/catalogue'
import { renderFirstFrame } from '../../src/prerender/entry'
import { PRERENDER_WIDTHS, prerenderCss } from '../../src/prerender/widths'
import { createFixtureDb } from '../queries/fixture'

const HOSTILE: string[] = Object.entries(JSON.parse(readFileSync(join(__dirname, '../fixtures/hostile/names.json'), 'utf8')) as Record<string, string>)
  .filter(([k]) => k !== '//')
  .map(([, v]) => v.replace(/\.[a-z]+$/, ''))

let html: string
beforeAll(async () => {
  const c = await createFixtureDb()
  // The fixture's three reports under the first three hostile names.
  const ids = (await c.runAndReadAll('SELECT report_id FROM reports ORDER BY report_id')).getRowObjectsJS().map((r) => String(r.report_id))
  for (const [i, id] of ids.entries()) await c.run('UPDATE reports SET agency = $1 WHERE report_id = $2', [HOSTILE[i], id])
  const dir = mkdtempSync(join(tmpdir(), 'rol-prerender-'))
  await writeFirstView(c, dir)
  html = (await renderFirstFrame(parseFirstView(JSON.parse(readFileSync(join(dir, FIRST_VIEW_FILE), 'utf8')))!))!
})

const elements = () => DomUtils.findAll(() => true, parseDocument(html).children) as Element[]

describe('prerendered first frame', () => {
  it('holds the four headline charts, each as one SVG per prerender width, titled with its indicator', () => {
    const all = elements()
    const hosts = all.filter((e) => e.attribs.class?.split(' ').includes('chart-host'))
    expect(hosts).toHaveLength(4)
    for (const h of hosts) {
      const svgs = h.children.filter((n): n is Element => (n as Element).name === 'svg')
      expect(svgs.map((s) => Number(s.attribs['data-prerender-width']))).toEqual(PRERENDER_WIDTHS.map((w) => w.chart))
      expect(svgs.map((s) => s.attribs.height)).toEqual(svgs.map(() => String(parseFloat(h.attribs.style.replace(/.*height:\s*/, '')))))
    }
    // The data's default headlines: no fixture report states 人均学法学时, one states 参训人次.
    const heads = { ...DEFAULT_HEADLINE, training: 'training_participants' }
    const titles = all.filter((e) => e.attribs.class === 'chart-title').map((e) => DomUtils.textContent(e))
    expect(titles).toEqual(HEADLINE_FAMILIES.map((f) => catalogue.indicatorById.get(heads[f])!.name_zh))
    // Each card's indicator menu shows the charted indicator (no DOM property to set in a static page).
    const picked = all.filter((e) => e.name === 'select').map((sel) => DomUtils.findAll((o) => o.name === 'option' && 'selected' in o.attribs, sel.children).map((o) => o.attribs.value))
    expect(picked).toEqual(HEADLINE_FAMILIES.map((f) => [heads[f]]))
    // The cards the app renders, in its order.
    expect(all.filter((e) => e.attribs.class === 'family-card').map((e) => e.attribs['data-family'])).toEqual([...HEADLINE_FAMILIES])
  })

  it('carries hostile agency names as text only, in the selection bar and inside the SVG charts', () => {
    const all = elements()
    expect(all.filter((e) => e.name === 'script' || e.name === 'img' || e.name === 'image' || e.name === 'iframe' || e.name === 'foreignobject')).toEqual([])
    for (const e of all) {
      for (const [name, value] of Object.entries(e.attribs)) {
        expect(name.startsWith('on'), `${e.name} ${name}`).toBe(false)
        expect(/^\s*javascript:/i.test(value), `${e.name} ${name}=${value}`).toBe(false)
      }
    }
    // The agency chips name them in full (attribute) and shortened (text).
    const chips = all.filter((e) => e.attribs['data-agency'] !== undefined)
    expect(chips.map((e) => e.attribs['data-agency']).sort()).toEqual(HOSTILE.slice(0, 3).sort())
    for (const e of chips) expect(e.attribs['data-agency'].startsWith(DomUtils.textContent(e).replace(/…$/, ''))).toBe(true)
    // The charts' axis labels name the reports (cut to fit): the hostile text is inside <text>, as text.
    const svgText = all.filter((e) => e.name === 'text').map((e) => DomUtils.textContent(e))
    for (const name of [HOSTILE[0], HOSTILE[2]]) expect(svgText.some((t) => t.includes(name.slice(0, 16)))).toBe(true)
    // Attribute values stay whole (ECharts writes the font list into a double-quoted style attribute).
    for (const e of all.filter((x) => x.name === 'text')) expect(e.attribs.style).toMatch(/font.*'Noto Sans CJK SC'.*sans-serif(;|$)/)
    // And the raw markup has no such tag at all (the names' `<` are written `&lt;`).
    expect(html).not.toMatch(/<(script|img|image|iframe)\b/i)
  })

  it('shows one width per viewport range, covering every viewport', () => {
    const css = prerenderCss([{ viewport: 1366, chart: 600 }, { viewport: 1920, chart: 900 }])
    expect(css).toContain('@media (max-width:1643px){.chart-host>svg[data-prerender-width="600"]{display:block}}')
    expect(css).toContain('@media (min-width:1644px){.chart-host>svg[data-prerender-width="900"]{display:block}}')
  })
})
