/**
 * Ask the database what a briefing says about a view's charts: for each chart, with the selection
 * it shows (its `scope`; charts without one get no paragraph and no sources), the figures of its paragraph, its values with their sources and
 * their year-over-year changes (each value's, and per indicator each agency's latest); for the
 * view, the selection counted by year and sector. `run` is the dataset store's query runner (a
 * test passes one over Node DuckDB), so this is the same code in the app and in the tests.
 */
import { briefingFigures, briefingScope, briefingValues, type FigureRow, type ScopeRow, type SourceRow } from '../queries/briefing'
import type { Query } from '../queries/types'
import { yoyChanges, yoySummary, type YoyRow, type YoySummaryFlat } from '../queries/yoy'
import type { BriefingChart } from '../export/briefing'
import type { ExportSource } from '../export/meta'
import type { ScopeSelection } from '../export/paragraph'

export type QueryRunner = <T>(q: Query) => Promise<T[]>

export interface CollectedBriefing {
  scope: ScopeRow[]
  /** The view's selection, agencies as the reader sees them (`label`). */
  selection: ScopeSelection
  charts: BriefingChart[]
}

export async function collectBriefing(charts: readonly ExportSource[], run: QueryRunner, label: (agency: string) => string = (a) => a): Promise<CollectedBriefing> {
  const viewScope = charts.find((c) => c.scope)?.scope
  const scope = viewScope ? await run<ScopeRow>(briefingScope(viewScope)) : []
  const selection: ScopeSelection = { agencies: (viewScope?.agencies ?? []).map(label), years: viewScope?.years ?? [], latestPerAgency: viewScope?.latestPerAgency, regions: viewScope?.regions ?? [] }
  const out: BriefingChart[] = []
  for (const c of charts) {
    const sel = c.scope ?? { indicators: [] as string[] }
    const [figures, values, changes, yoy] = sel.indicators.length
      ? await Promise.all([run<FigureRow>(briefingFigures(sel)), run<SourceRow>(briefingValues(sel)), run<YoyRow>(yoyChanges(sel)), run<YoySummaryFlat>(yoySummary(sel))])
      : [[], [], [], []]
    out.push({ source: c, scope: sel, figures, values, changes, yoy })
  }
  return { scope, selection, charts: out }
}
