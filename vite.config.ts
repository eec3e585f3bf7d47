import { createReadStream } from 'node:fs'
import { join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Connect, type Plugin, type ResolvedConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { precompressedVariant, writePrecompressed } from './scripts/precompressed'
import { chunkOf, prerenderFirstFrame } from './scripts/prerender'

/** How long browsers keep the build's content-hashed files (see `immutableAssets`). */
const IMMUTABLE = 'public, max-age=31536000, immutable'

/** The URL path of the build's content-hashed files (`/assets/`). */
const assetsOf = (config: ResolvedConfig): string => `${config.base}${config.build.assetsDir}/`

/**
 * Sends the build-time brotli/gzip copies (`x.arrow.br` for `x.arrow`, the DuckDB wasm's: see
 * scripts/precompressed.ts) with `Content-Encoding` when the browser accepts them, from `public/`
 * under `vite` and from the build under `vite preview` (`npm start`); a hashed asset's copy is
 * kept as the asset is (`immutableAssets`).
 */
function precompressedTables(): Plugin {
  const middleware = (root: string, base: string, assets: string): Connect.NextHandleFunction => (req, res, next) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (!path.startsWith(base)) return next()
    const file = normalize(join(root, path.slice(base.length)))
    const hit = file.startsWith(root + sep) ? precompressedVariant(file, req.headers['accept-encoding']) : null
    if (!hit) return next()
    res.setHeader('Content-Type', hit.type)
    res.setHeader('Content-Encoding', hit.encoding)
    res.setHeader('Vary', 'Accept-Encoding')
    res.setHeader('Cache-Control', path.startsWith(assets) ? IMMUTABLE : 'no-cache')
    if (req.method === 'HEAD') return void res.end()
    createReadStream(hit.path).on('error', next).pipe(res)
  }
  return {
    name: 'precompressed-tables',
    configureServer(server) {
      server.middlewares.use(middleware(resolve(server.config.publicDir), server.config.base, assetsOf(server.config)))
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(resolve(server.config.root, server.config.build.outDir), server.config.base, assetsOf(server.config)))
    },
  }
}

/**
 * `npm start` (vite preview) lets browsers keep the build's content-hashed files (`/assets/*`: the
 * app's chunks, the DuckDB wasm, fonts) for a year without asking again, so a repeat visit reuses
 * the compiled wasm; everything else (index.html, the data files a re-extract rewrites) is
 * revalidated on every visit.
 */
function immutableAssets(): Plugin {
  return {
    name: 'immutable-assets',
    configurePreviewServer(server) {
      const assets = assetsOf(server.config)
      server.middlewares.use((req, res, next) => {
        if (new URL(req.url ?? '/', 'http://x').pathname.startsWith(assets)) res.setHeader('Cache-Control', IMMUTABLE)
        next()
      })
    },
  }
}

/**
 * Writes brotli/gzip copies of the build's DuckDB wasm beside it (scripts/precompressed.ts), sent
 * by `npm start` and any server that serves pre-compressed files: the first visit downloads ~6 MB
 * instead of 34 MB (repeat visits keep the wasm, `immutableAssets`).
 */
function precompressedWasm(): Plugin {
  let outDir = ''
  return {
    name: 'precompressed-wasm',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    writeBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.wasm')) writePrecompressed(join(outDir, file.fileName), file.source as Uint8Array)
      }
    },
  }
}

/**
 * The entry starts DuckDB-wasm by importing its chunk (src/db/duckdb.ts with the duckdb-wasm
 * library, ~200 KB) dynamically, which it can do only once the document is parsed and the entry
 * has run. A modulepreload link for that chunk and its imports lets the browser fetch them while
 * the HTML (with the prerendered first frame) is still being parsed, so the DuckDB worker, and
 * with it the 34 MB wasm download, starts sooner.
 */
function preloadDatabase(): Plugin {
  let base = '/'
  return {
    name: 'preload-database',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const db = chunkOf(ctx.bundle, '/src/db/duckdb.ts')
        if (!db) throw new Error('no chunk of src/db/duckdb.ts in the build: the entry no longer starts DuckDB on its own')
        return [db.fileName, ...db.imports]
          .filter((f) => !html.includes(`"${base}${f}"`))
          .map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + f }, injectTo: 'head' as const }))
      },
    },
  }
}

export default defineConfig({
  plugins: [vue(), precompressedTables(), precompressedWasm(), immutableAssets(), preloadDatabase(), prerenderFirstFrame()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // Messages are compiled by our own `{name}` interpolator (src/i18n/interpolate.ts):
      // the runtime-only build leaves vue-i18n's message compiler out of the bundle.
      'vue-i18n': 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js',
    },
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
    testTimeout: 30000,
  },
})
