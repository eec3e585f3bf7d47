/**
 * The first frame in the HTML the build writes (as Evidence prerenders its pages): the Overview
 * with no selection, in Chinese, rendered by the app's own components over the first-view answers
 * (`first-view.json`, see src/queries/firstView.ts) with static SVG charts (src/prerender/entry.ts),
 * put inside the mount element of index.html with the app's stylesheet linked, so the charts are on
 * screen before any script runs. The app's mount replaces it (src/main.ts hides it at once when
 * the URL asks for something else).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createServer, type Plugin, type Rolldown } from 'vite'
import { FIRST_VIEW_FILE, parseFirstView } from '../src/queries/firstView'
import { prerenderCss } from '../src/prerender/widths'

/** The stylesheets of a chunk and of the chunks it imports statically. */
function cssOf(bundle: Rolldown.OutputBundle, file: string, seen = new Set<string>()): string[] {
  const chunk = bundle[file] as (Rolldown.OutputChunk & { viteMetadata?: { importedCss: Set<string> } }) | undefined
  if (!chunk || chunk.type !== 'chunk' || seen.has(file)) return []
  seen.add(file)
  return [...(chunk.viteMetadata?.importedCss ?? []), ...chunk.imports.flatMap((f) => cssOf(bundle, f, seen))]
}

/** The chunk the build made of the module `source` (a path ending: '/src/app.ts'), if there is one. */
export function chunkOf(bundle: Rolldown.OutputBundle | undefined, source: string): Rolldown.OutputChunk | undefined {
  return Object.values(bundle ?? {}).find((c): c is Rolldown.OutputChunk => c.type === 'chunk' && !!c.facadeModuleId?.endsWith(source))
}

/** The first frame's HTML, rendered by the app's components in Vite's SSR loader; null without answers. */
async function renderFirstFrame(root: string, dataDir: string): Promise<string | null> {
  const file = join(dataDir, FIRST_VIEW_FILE)
  const firstView = existsSync(file) ? parseFirstView(JSON.parse(readFileSync(file, 'utf8'))) : null
  if (!firstView) return null
  const server = await createServer({ root, logLevel: 'warn', server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom' })
  try {
    const entry = (await server.ssrLoadModule('/src/prerender/entry.ts')) as typeof import('../src/prerender/entry')
    return await entry.renderFirstFrame(firstView)
  } finally {
    await server.close()
  }
}

export function prerenderFirstFrame(): Plugin {
  let root = ''
  let dataDir = ''
  let base = '/'
  return {
    name: 'prerender-first-frame',
    apply: 'build',
    configResolved(config) {
      root = config.root
      dataDir = join(resolve(config.publicDir), 'data')
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const frame = await renderFirstFrame(root, dataDir)
        if (!frame) {
          this.warn(`no ${FIRST_VIEW_FILE} in ${dataDir}: index.html has no first frame (run \`npm run extract\` first)`)
          return html
        }
        const app = chunkOf(ctx.bundle, '/src/app.ts')
        const css = app ? [...new Set(cssOf(ctx.bundle!, app.fileName))] : []
        if (!html.includes('<div id="app"></div>')) throw new Error('index.html has no empty <div id="app"></div> to prerender into')
        return {
          html: html.replace('<div id="app"></div>', () => `<div id="app" data-prerendered>${frame}</div>`),
          tags: [
            ...css.map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', href: base + href }, injectTo: 'head' as const })),
            { tag: 'style', children: prerenderCss(), injectTo: 'head' as const },
          ],
        }
      },
    },
  }
}
