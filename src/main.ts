import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { i18n, currentLocale } from './i18n'
import { installUrlSync } from './stores/urlSync'
import { useDatasetStore } from './stores/dataset'

const app = createApp(App)
const pinia = createPinia()
const router = createAppRouter()
app.use(pinia).use(router).use(i18n)
document.documentElement.lang = currentLocale()

// Start loading the data right away; views show progress / errors until it is ready.
void useDatasetStore(pinia).init()

void router.isReady().then(() => {
  installUrlSync(router)
  app.mount('#app')
})
