/**
 * The boot script of index.html (src/db/earlyWorker.ts): `startEarlyWorker` as a classic script
 * file of its own (`assets/boot-<hash>.js`; the CSP allows same-origin scripts only, none inline)
 * with the build's URLs of the two DuckDB workers, put in <head> before the entry, so the DuckDB
 * worker starts while the prerendered first frame is still being parsed instead of after the
 * entry module and the DuckDB chunk have run. `async`: it holds up neither the parser nor the
 * first frame.
 */
import { createHash } from 'node:crypto'
import type { Plugin, Rolldown } from 'vite'
import { EXCEPTIONS_TEST, startEarlyWorker } from '../src/db/earlyWorker'

/** The build's copy of the package file `file` (a path ending: '/duckdb-browser-eh.worker.js'), if there is one. */
function assetOf(bundle: Rolldown.OutputBundle | undefined, file: string): Rolldown.OutputAsset | undefined {
  return Object.values(bundle ?? {}).find((a): a is Rolldown.OutputAsset => a.type === 'asset' && a.originalFileNames.some((n) => n.endsWith(file)))
}

/** The boot script's source: `startEarlyWorker` called with the workers' URLs. */
export function bootScript(workers: { eh: string; mvp: string }): string {
  return `(${startEarlyWorker.toString()})(${JSON.stringify({ ...workers, test: EXCEPTIONS_TEST })});\n`
}

export function bootDuckdbWorker(): Plugin {
  let base = '/'
  let assetsDir = 'assets'
  let boot: { fileName: string; source: string } | null = null
  return {
    name: 'boot-duckdb-worker',
    apply: 'build',
    configResolved(config) {
      base = config.base
      assetsDir = config.build.assetsDir
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const url = (bundle: string) => {
          const asset = assetOf(ctx.bundle, `/@duckdb/duckdb-wasm/dist/duckdb-browser-${bundle}.worker.js`)
          if (!asset) throw new Error(`no duckdb-browser-${bundle}.worker.js in the build: src/db/engine.ts no longer starts it`)
          return base + asset.fileName
        }
        const source = bootScript({ eh: url('eh'), mvp: url('mvp') })
        boot = { fileName: `${assetsDir}/boot-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.js`, source }
        // Before the entry and its preloads, so it is requested first.
        if (!/<script\b/.test(html)) throw new Error('index.html has no entry script to put the boot script before')
        return html.replace(/<script\b/, () => `<script async src="${base}${boot!.fileName}"></script>\n    <script`)
      },
    },
    generateBundle: {
      order: 'post',
      handler() {
        if (boot) this.emitFile({ type: 'asset', fileName: boot.fileName, source: boot.source })
      },
    },
  }
}
