/**
 * Chart registry: every `ChartPanel` registers its spec with the view it is in, so
 * view-level features (export the whole view, presentation mode) can enumerate the
 * view's charts without knowing how the view is built.
 *
 *   // in a view (once, in setup):
 *   const registry = provideChartRegistry('overview')
 *
 *   // in ChartPanel (automatic):
 *   const registry = useChartRegistry()          // the nearest view's registry
 *   registry?.register(spec); registry?.unregister(spec.id)
 *
 *   // anywhere else (e.g. an export menu in the header):
 *   const active = useActiveChartRegistry()      // ShallowRef<ChartRegistry | null>
 *   active.value?.charts.value                   // ChartSpec[] in page order
 *
 * A spec is data (title, units, option, rows, file stem) plus `getInstance()` for the live
 * ECharts instance (e.g. `getDataURL`) and `el`, the panel's root element.
 */
import { computed, inject, onBeforeUnmount, provide, shallowReactive, shallowRef, type ComputedRef, type InjectionKey, type ShallowRef } from 'vue'
import type { EChartsOption } from 'echarts'
import type { EChartsType } from 'echarts/core'
import type { BriefingSelection } from '../queries/briefing'

export interface ChartSpec {
  /** Unique within the view (ChartPanel uses its fileStem plus a counter when needed). */
  id: string
  title: string
  subtitle?: string
  /** Unit shown with the chart, e.g. "%", "件", "学时". */
  unitLabel?: string
  option: EChartsOption
  /** The chart's data as flat rows (for tables / CSV export). */
  rows?: Record<string, unknown>[]
  /** Suggested file name without extension, e.g. "overview-mediation". */
  fileStem: string
  /** What the chart shows (indicators and selection), for the briefing's figures and sources. */
  scope?: BriefingSelection
  /** The view it is on (the registry's viewId): exported titles and file names say it. */
  view?: string
  /** The live ECharts instance, once mounted. */
  getInstance?: () => EChartsType | undefined
  /** The panel's root element (used to order charts as they appear on the page). */
  el?: HTMLElement | null
}

export interface ChartRegistry {
  /** Name of the view that owns this registry ('overview', 'compare', …). */
  readonly viewId: string
  /** Registered charts in page order. */
  readonly charts: ComputedRef<ChartSpec[]>
  /**
   * How many charts are registered: what a menu shows while nobody exports (every chart
   * registers again on each selection change; a count of them does not sort the page's charts).
   */
  readonly count: ComputedRef<number>
  /** Add or update a chart spec (same id → replaced in place). */
  register(spec: ChartSpec): void
  unregister(id: string): void
}

const KEY: InjectionKey<ChartRegistry> = Symbol('chart-registry')
const active = shallowRef<ChartRegistry | null>(null)

function pageOrder(a: ChartSpec, b: ChartSpec): number {
  if (!a.el || !b.el || a.el === b.el) return 0
  return a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
}

export function createChartRegistry(viewId: string): ChartRegistry {
  const specs = shallowReactive(new Map<string, ChartSpec>())
  return {
    viewId,
    charts: computed(() => [...specs.values()].sort(pageOrder)),
    count: computed(() => specs.size),
    register(spec) {
      specs.set(spec.id, spec)
    },
    unregister(id) {
      specs.delete(id)
    },
  }
}

/** Call in a view's setup: creates the view's registry, provides it to its ChartPanels and marks it active. */
export function provideChartRegistry(viewId: string): ChartRegistry {
  const registry = createChartRegistry(viewId)
  provide(KEY, registry)
  active.value = registry
  onBeforeUnmount(() => {
    if (active.value === registry) active.value = null
  })
  return registry
}

/** The registry of the enclosing view (null outside a view that provides one). */
export function useChartRegistry(): ChartRegistry | null {
  return inject(KEY, null)
}

/** The registry of the view currently on screen (for menus outside the view). */
export function useActiveChartRegistry(): Readonly<ShallowRef<ChartRegistry | null>> {
  return active
}
