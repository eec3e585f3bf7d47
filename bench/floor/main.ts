/**
 * The floor: the least a page can do to show one chart from DuckDB-wasm. It starts DuckDB-wasm
 * from the same local bundles as the app (Vite `?url` assets), makes an observations-like table
 * in SQL (DuckDB-wasm 1.32 has no built-in Parquet reader and fetching the extension would leave
 * the origin, so the floor does not read files at all), runs one GROUP BY and paints one ECharts
 * bar chart without animation. The benchmark compares the app with this page, so our own
 * overhead shows as a ratio.
 *
 * Marks read by bench/run.ts (same hooks as the app):
 *   - `data-dataset-status="ready"` on <body> once DuckDB has started and the table exists;
 *   - the chart host carries the ECharts instance as `__rolChart` (the harness listens to its
 *     `rendered` / `finished` events);
 *   - `window.__floor.requery(pattern)` re-runs a filtered GROUP BY (`report_id LIKE pattern`)
 *     and repaints: the interaction floor.
 * `?rows=N` sets the table size (default 1000; the benchmark uses the seed count and 1,000,000).
 * Report ids look like the synthetic ones: `synth-0001-2015` (24 indicators per report,
 * 10 years per agency).
 */
import * as duckdb from '@duckdb/duckdb-wasm'
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'
import * as echarts from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { GridComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([BarChart, GridComponent, CanvasRenderer])

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
}

const rows = Math.max(1, Math.min(50_000_000, Number(new URLSearchParams(location.search).get('rows')) || 1000))

const MAKE_TABLE = `CREATE TABLE observations AS
  SELECT printf('synth-%04d-%d', (i // 240) + 1, 2015 + (i // 24) % 10) AS report_id,
    'indicator_' || lpad(CAST(i % 24 AS VARCHAR), 2, '0') AS indicator_id,
    CAST((i * 7919) % 1000 AS DOUBLE) / 10 AS value
  FROM range(${rows}) t(i)`

const SQL = `SELECT indicator_id, CAST(count(*) AS INTEGER) AS n, avg(value) AS v
  FROM observations WHERE report_id LIKE ? GROUP BY indicator_id ORDER BY indicator_id`

type Row = { indicator_id: string; n: number; v: number }

async function main(): Promise<void> {
  const bundle = await duckdb.selectBundle(BUNDLES)
  const worker = new Worker(bundle.mainWorker!)
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker)
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker)
  await db.open({ query: { castBigIntToDouble: true } })
  const conn = await db.connect()
  await conn.query(MAKE_TABLE)
  document.body.dataset.datasetStatus = 'ready'

  const host = document.querySelector<HTMLDivElement>('.chart-host')!
  const chart = echarts.init(host, undefined, { renderer: 'canvas' })
  ;(host as HTMLDivElement & { __rolChart?: unknown }).__rolChart = chart

  async function run(pattern: string): Promise<Row[]> {
    const stmt = await conn.prepare(SQL)
    try {
      return (await stmt.query(pattern)).toArray().map((r) => r.toJSON() as Row)
    } finally {
      await stmt.close()
    }
  }
  function paint(result: Row[]): void {
    chart.setOption(
      {
        animation: false,
        grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: result.map((r) => r.indicator_id) },
        series: [{ type: 'bar', data: result.map((r) => r.v) }],
      },
      { notMerge: true },
    )
  }
  paint(await run('%'))
  ;(window as unknown as { __floor: unknown }).__floor = {
    requery: async (pattern: string) => paint(await run(pattern)),
  }
}

main().catch((e: unknown) => {
  document.body.dataset.datasetStatus = 'error'
  document.body.append(String(e))
})
