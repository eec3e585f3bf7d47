/** The Vue app: created and mounted by src/main.ts once this chunk has arrived. */
import { createApp, watch } from 'vue'
import { createPinia } from 'pinia'
// The bundled CJK web font's @font-face rules: used on screen only where no CJK system font has a glyph.
import '@fontsource-variable/noto-sans-sc'
import App from './App.vue'
import { createAppRouter } from './router'
import { i18n, currentLocale } from './i18n'
import { installUrlSync } from './stores/urlSync'
import { useDatasetStore } from './stores/dataset'
import { useSelectionStore } from './stores/selection'
import { loadFirstView } from './db/firstView'
import { HEADLINE_FAMILIES } from './queries/catalogue'

export async function mountApp(selector: string): Promise<void> {
  const app = createApp(App)
  const pinia = createPinia()
  const router = createAppRouter()
  app.use(pinia).use(router).use(i18n)
  document.documentElement.lang = currentLocale()
  // Joins the start-up begun in main.ts; views show progress / errors until data is ready.
  const dataset = useDatasetStore(pinia)
  // The rows of the one year a shared link opens on, of its headline indicators, are made while the start-up answers are read.
  void dataset.init(() => {
    const selection = useSelectionStore(pinia)
    return selection.years.length === 1 ? { year: selection.years[0], indicators: HEADLINE_FAMILIES.map((f) => selection.headlineOf(f)) } : null
  })
  // Reports imported earlier in this browser come back once the tables are loaded, whichever view opens first.
  void import('./stores/imports').then((m) => m.useImportsStore(pinia))
  // So are the corrections made in this browser: their code loads once the tables are (not during start-up).
  const stop = watch(
    () => dataset.status,
    (s) => {
      if (s !== 'ready') return
      stop()
      void import('./stores/review').then((m) => m.useReviewStore(pinia))
    },
  )
  // The first-view answers are in before the mount replaces the prerendered frame (index.html), so the
  // Overview's first render has its charts (no loading message between the two).
  await Promise.all([router.isReady(), loadFirstView()])
  installUrlSync(router)
  app.mount(selector)
}
