/**
 * Entry: the smallest possible module, so the slow things start before the app's own code:
 * DuckDB-wasm first (its worker, then the 34 MB wasm download and compile, the longest step;
 * the tables are fetched and decoded meanwhile) and the build-time answers that let the
 * Overview draw before DuckDB is ready (first-view.json). The DuckDB chunk is fetched while the
 * HTML is parsed (a modulepreload link, see vite.config.ts); the app chunk (Vue, ECharts, views)
 * is requested once the DuckDB worker has started fetching the wasm, and joins both.
 */
import { loadFirstView } from './db/firstView'
import { storedLocale } from './i18n/saved'
import { builtInData } from './db/urls'

/**
 * The build put the Overview's first frame in index.html (no selection, Chinese; see
 * scripts/prerender.ts). Any other view, a selection in the URL, other tables (`?data=`) or English
 * picked earlier: it is removed at once, and the app's own first render (progress, then the view)
 * takes its place.
 */
if (!['', '#', '#/'].includes(location.hash) || !builtInData() || storedLocale() === 'en') document.querySelector('#app[data-prerendered]')?.replaceChildren()

void loadFirstView()

/** Resolves once the DuckDB worker is fetching the wasm (or start-up failed: the app then shows why). */
function startDuckDb(): Promise<void> {
  return import('./db/duckdb').then(
    (db) =>
      new Promise<void>((go) => {
        db.startDatabase((p) => p.step !== 'starting' && go()).then(go, go)
      }),
    () => undefined,
  )
}

void startDuckDb()
  .then(() => import('./app'))
  .then((m) => m.mountApp('#app'))
