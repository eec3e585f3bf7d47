/**
 * Build of the floor page (index.html) and the Worker extraction page (worker.html) with the
 * same Vite and the same DuckDB-wasm package as the app, so both load identical wasm assets.
 * bench/run.ts builds it into node_modules/.cache/rol-bench/floor and copies the data in.
 */
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../node_modules/.cache/rol-bench/floor', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 100_000,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        worker: fileURLToPath(new URL('./worker.html', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
})
