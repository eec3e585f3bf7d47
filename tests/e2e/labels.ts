/**
 * Text a chart really drew, measured from the ECharts instance: every text span in the zrender
 * display list (visible, non-empty), its bounding box in canvas pixels (local box transformed by
 * the span's transform). Used to fail a layout whose labels overprint each other or run off the
 * canvas — whatever the option said it would do.
 */
import type { Page } from 'playwright-core'

export interface TextBox {
  text: string
  x: number
  y: number
  width: number
  height: number
}

export interface ChartText {
  id: string | null
  width: number
  height: number
  boxes: TextBox[]
  /** Pairs of spans (of different text elements) whose boxes intersect by more than `slack` px both ways. */
  overlaps: [string, string][]
  /** Spans that reach more than `slack` px outside the canvas. */
  outside: string[]
}

/** Per chart on the page (optionally within `scope`): the drawn text and what collides. */
export async function chartTexts(p: Page, scope = 'body', slack = 1): Promise<ChartText[]> {
  return p.$$eval(
    `${scope} .chart-host`,
    (hosts, slack) =>
      hosts.map((h) => {
        type El = {
          type?: string
          parent?: El
          style?: { text?: string; opacity?: number }
          invisible?: boolean
          transform?: number[]
          getBoundingRect(): { clone(): { applyTransform(m: number[] | undefined): void; x: number; y: number; width: number; height: number } }
        }
        const chart = (h as HTMLElement & { __rolChart?: { getZr(): { storage: { getDisplayList(update: boolean): El[] } } } }).__rolChart
        const list = chart ? chart.getZr().storage.getDisplayList(true) : []
        const spans = list.filter((el) => el.type === 'tspan' && !el.invisible && (el.style?.opacity ?? 1) > 0 && (el.style?.text ?? '').trim() !== '')
        const boxes = spans.map((el) => {
          const r = el.getBoundingRect().clone()
          r.applyTransform(el.transform)
          return { el, text: el.style!.text!, x: r.x, y: r.y, width: r.width, height: r.height }
        })
        const overlaps: [string, string][] = []
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]
            const b = boxes[j]
            if (a.el.parent && a.el.parent === b.el.parent) continue // lines of one label
            const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
            const hgt = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
            if (w > slack && hgt > slack) overlaps.push([a.text, b.text])
          }
        }
        const W = h.clientWidth
        const H = h.clientHeight
        const outside = boxes.filter((b) => b.x < -slack || b.y < -slack || b.x + b.width > W + slack || b.y + b.height > H + slack).map((b) => b.text)
        return {
          id: h.closest('[data-chart-id]')?.getAttribute('data-chart-id') ?? null,
          width: W,
          height: H,
          boxes: boxes.map(({ text, x, y, width, height }) => ({ text, x, y, width, height })),
          overlaps,
          outside,
        }
      }),
    slack,
  )
}
