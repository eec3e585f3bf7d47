/**
 * The DuckDB worker started while the HTML is still being parsed. DuckDB-wasm's worker script
 * (~770 KB) is fetched and compiled on the worker's own thread before it asks for the wasm, and
 * the app's entry could create it only once the document (with the prerendered first frame) was
 * parsed and the entry had run. A few lines of inline script at the top of `<head>` create it
 * instead; they touch no DOM and load nothing the first frame waits for. src/db/engine.ts takes
 * that worker when it is the one DuckDB's bundle choice asks for (and ends it otherwise).
 *
 * The script is allowed by its own hash in the page's Content-Security-Policy (`script-src`
 * stays `'self'` for everything else).
 */
import { createHash } from 'node:crypto'
import type { Plugin, Rolldown } from 'vite'
import { EARLY_WORKER_GLOBAL } from '../src/db/earlyWorker'

/** The asset the build made of `source` (a path ending: 'duckdb-browser-eh.worker.js'), if there is one. */
function assetOf(bundle: Rolldown.OutputBundle | undefined, source: string): Rolldown.OutputAsset | undefined {
  return Object.values(bundle ?? {}).find((a): a is Rolldown.OutputAsset => a.type === 'asset' && a.originalFileNames.some((f) => f.endsWith(source)))
}

/**
 * The inline script: DuckDB-wasm's own probe for WebAssembly exceptions (as its `selectBundle`
 * runs it), then the worker of the 'eh' bundle, noted with its URL and whether it failed to load
 * (an error fired before the app listens would otherwise be lost).
 */
export function earlyWorkerScript(workerUrl: string): string {
  const url = JSON.stringify(workerUrl)
  return `(function(){try{if(WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,8,1,6,0,6,64,25,11,11]))){` +
    `var w=new Worker(${url}),e={url:${url},worker:w,failed:false};w.addEventListener("error",function(){e.failed=true});` +
    `window.${EARLY_WORKER_GLOBAL}=e}}catch(x){}})()`
}

/** `'sha256-…'`, the CSP source that allows exactly `script`. */
export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`
}

const CSP_SCRIPT_SRC = "script-src 'self'"

export function startWorkerEarly(): Plugin {
  let base = '/'
  return {
    name: 'start-worker-early',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const worker = assetOf(ctx.bundle, 'duckdb-browser-eh.worker.js')
        if (!worker) throw new Error('no asset of duckdb-browser-eh.worker.js in the build: src/db/engine.ts no longer imports it')
        const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html)
        if (!csp?.[0].includes(CSP_SCRIPT_SRC)) throw new Error(`index.html has no Content-Security-Policy with "${CSP_SCRIPT_SRC}" to allow the early worker's script in`)
        const script = earlyWorkerScript(base + worker.fileName)
        // Right after the policy, before any stylesheet: an inline script waits for the stylesheets above it.
        const meta = csp[0].replace(CSP_SCRIPT_SRC, () => `${CSP_SCRIPT_SRC} ${cspHash(script)}`)
        return html.replace(csp[0], () => `${meta}\n    <script>${script}</script>`)
      },
    },
  }
}
