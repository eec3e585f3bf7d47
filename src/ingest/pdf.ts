/**
 * .pdf → text with pdf.js (`pdfjs-dist`, loaded on demand). pdf.js runs in the calling thread
 * (its worker module is imported so `globalThis.pdfjsWorker` is set and no Worker is spawned):
 * in the browser we already are in a Web Worker, in Node there is none to spawn. Node uses the
 * legacy build, as the pdf.js docs require. CMaps are needed for most Chinese PDFs: in Node they
 * are read from the installed package, in a Vite build from assets Vite emits (or from
 * `IngestOptions.pdf.cMapUrl` when given).
 */
import { pageText, type PdfTextItem } from './pdf-text'
import { errors, MAX_UNPACKED_BYTES, type IngestError, type IngestOptions } from './types'
import { nodeBuiltin } from './nodeBuiltin'

type PdfJs = typeof import('pdfjs-dist')

interface NodeProcess {
  versions?: { node?: string }
}

function nodeProcess(): NodeProcess | undefined {
  const p = (globalThis as { process?: NodeProcess }).process
  return p?.versions?.node ? p : undefined
}

let loading: Promise<PdfJs> | undefined

function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    if (nodeProcess()) {
      const lib = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
      return lib
    }
    const lib = (await import('pdfjs-dist/build/pdf.mjs')) as unknown as PdfJs
    await importWorkerModuleQuietly()
    return lib
  })()
  loading.catch(() => (loading = undefined)) // allow a retry after a failed load
  return loading
}

/**
 * Inside a Web Worker, pdf.js' worker module would install itself on `self` when evaluated: it adds
 * a message listener and posts a 'ready' message to whoever created our worker. We only want its
 * `WorkerMessageHandler` (set on `globalThis.pdfjsWorker`), so `window` is defined while it loads,
 * which makes pdf.js skip that step.
 */
async function importWorkerModuleQuietly(): Promise<void> {
  const g = globalThis as { window?: unknown }
  const inWorker = typeof g.window === 'undefined' && typeof self !== 'undefined'
  if (inWorker) g.window = globalThis
  try {
    await import('pdfjs-dist/build/pdf.worker.mjs')
  } finally {
    if (inWorker) delete g.window
  }
}

/** Directory of the installed pdfjs-dist package, in Node only (for its cmaps/ and standard_fonts/). */
function nodePdfJsDir(): string | undefined {
  try {
    const mod = nodeBuiltin<{ createRequire(url: string): { resolve(id: string): string } }>('module')
    if (!mod) return undefined
    const pkg = mod.createRequire(import.meta.url).resolve('pdfjs-dist/package.json')
    return pkg.replace(/package\.json$/, '')
  } catch {
    return undefined
  }
}

type Loaders = Record<string, () => Promise<unknown>>
let bundled: Loaders | null | undefined

/**
 * pdfjs-dist's packed CMaps as lazily loaded asset URLs, when this module was built by Vite
 * (`import.meta.glob`); null elsewhere. Lets the browser build read Chinese PDFs without setup.
 */
function bundledCMaps(): Loaders | null {
  if (bundled === undefined) {
    try {
      bundled = import.meta.glob('../../node_modules/pdfjs-dist/cmaps/*.bcmap', { query: '?url', import: 'default' })
    } catch {
      bundled = null // not transformed by Vite: import.meta.glob is undefined
    }
  }
  return bundled
}

/** CMap and font loaders over `fetch`, for browsers and Web Workers (pdf.js' own need `document`). */
class FetchCMapReaderFactory {
  constructor(private readonly opts: { baseUrl?: string | null; isCompressed?: boolean }) {}
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    const compressed = this.opts.isCompressed ?? true
    let url: string
    if (this.opts.baseUrl) url = `${this.opts.baseUrl}${name}${compressed ? '.bcmap' : ''}`
    else {
      const load = bundledCMaps()?.[`../../node_modules/pdfjs-dist/cmaps/${name}.bcmap`]
      if (!load || !compressed) throw new Error(`CMap ${name}: no cMapUrl configured`)
      url = String(await load())
    }
    const res = await fetch(url)
    if (!res.ok) throw new Error(`CMap ${name}: HTTP ${res.status}`)
    return { cMapData: new Uint8Array(await res.arrayBuffer()), isCompressed: compressed }
  }
}

class FetchStandardFontDataFactory {
  constructor(private readonly opts: { baseUrl?: string | null }) {}
  async fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    if (!this.opts.baseUrl) throw new Error('no standardFontDataUrl configured')
    const res = await fetch(`${this.opts.baseUrl}${filename}`)
    if (!res.ok) throw new Error(`font ${filename}: HTTP ${res.status}`)
    return new Uint8Array(await res.arrayBuffer())
  }
}

export const NO_CMAP_WARNING = 'pdf: no cMapUrl given, text in fonts that need a CMap (most Chinese PDFs) may be missing'

export async function pdfToText(
  bytes: Uint8Array,
  options: IngestOptions['pdf'] = {},
  maxUnpacked = MAX_UNPACKED_BYTES,
): Promise<{ text: string; warnings: string[] } | IngestError> {
  let pdfjs: PdfJs
  try {
    pdfjs = await loadPdfJs()
  } catch (e) {
    return errors.unsupported(
      '无法加载 PDF 解析组件：请将报告另存为 .txt 或 .docx 后再导入。',
      `The PDF reader could not be loaded (${e instanceof Error ? e.message : String(e)}): save the report as .txt or .docx and import it again.`,
    )
  }
  const warnings: string[] = []
  const isNode = nodeProcess() !== undefined
  const dir = isNode ? nodePdfJsDir() : undefined
  const cMapUrl = options.cMapUrl ?? (dir ? `${dir}cmaps/` : undefined)
  const standardFontDataUrl = options.standardFontDataUrl ?? (dir ? `${dir}standard_fonts/` : undefined)
  if (!cMapUrl && (isNode || !bundledCMaps())) warnings.push(NO_CMAP_WARNING)
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js may detach the buffer it is given
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    ...(isNode ? {} : { CMapReaderFactory: FetchCMapReaderFactory, StandardFontDataFactory: FetchStandardFontDataFactory }),
    useWorkerFetch: false,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  })
  try {
    const doc = await task.promise
    const pages: string[] = []
    let chars = 0
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      const items = content.items.filter((it): it is PdfTextItem & typeof it => 'str' in it)
      pages.push(pageText(items))
      page.cleanup()
      chars += pages[pages.length - 1].length + 1
      // The same bound as a .docx's unpacked size (./zip.ts): stop reading, never hold more.
      if (chars * 2 > maxUnpacked) return errors.unpackedTooLarge(maxUnpacked, { bytes: chars * 2 })
    }
    return { text: pages.join('\n').replace(/^\s+|\s+$/g, ''), warnings }
  } catch (e) {
    const name = e instanceof Error ? e.name : ''
    if (name === 'PasswordException') {
      return errors.unsupported('PDF 文件已加密：请去除密码（或另存为不加密的 PDF/.txt）后再导入。', 'The PDF is password-protected: remove the password (or save it as an unprotected PDF or .txt) and import it again.')
    }
    return errors.corrupt('pdf', e instanceof Error ? e.message : String(e))
  } finally {
    await task.destroy().catch(() => undefined)
  }
}
