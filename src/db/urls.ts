/**
 * Where the published tables are served. Kept apart from ./duckdb.ts so the start-up code can
 * fetch the first-view answers and the tables before the DuckDB-wasm library has arrived.
 */

/**
 * Base URL of the tables; `public/data/` is served at `<base>data/`. `?data=<folder>` before the
 * `#` (letters, digits, `-`, `_`) reads them from `<base><folder>/` instead: the benchmark points
 * the app at synthetic tables this way (`npm run synth`, `npm run bench`).
 */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}${dataDir()}/${file}`
}

/** The tables are those the build was made with (`data/`, not `?data=`): its prerendered first frame shows them. */
export function builtInData(): boolean {
  return dataDir() === 'data'
}

function dataDir(): string {
  const dir = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('data')
  return dir && /^[\w-]+$/.test(dir) ? dir : 'data'
}
