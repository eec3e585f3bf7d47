/**
 * Fetch the build-time answers for the first view (`first-view.json` beside the tables, see
 * src/queries/firstView.ts). Started once, as early as possible (src/main.ts), and shared:
 * a missing or malformed file only means the app waits for DuckDB as it would without it.
 */
import { FIRST_VIEW_FILE, parseFirstView, type FirstView } from '../queries/firstView'
import { dataUrl } from './urls'

let pending: Promise<FirstView | null> | null = null

export function loadFirstView(): Promise<FirstView | null> {
  pending ??= fetch(dataUrl(FIRST_VIEW_FILE))
    .then((res) => (res.ok && /json/.test(res.headers.get('content-type') ?? 'json') ? res.json() : null))
    .then(parseFirstView, () => null)
  return pending
}
