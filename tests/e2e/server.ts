/**
 * A tiny static server for `dist/` (node:http): correct MIME types (application/wasm),
 * Range requests (206), HEAD, index.html for `/`, and the tables' brotli/gzip copies with
 * `Content-Encoding` as `npm start` sends them (scripts/precompressed.ts). Listens on 127.0.0.1 only.
 */
import type { BrowserContext } from 'playwright-core'
import { createServer, type Server } from 'node:http'
import { createReadStream, promises as fs } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { precompressedVariant } from '../../scripts/precompressed'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
}

export interface StaticServer {
  url: string
  server: Server
  /** Every path requested, in order. */
  requests: string[]
  close(): Promise<void>
}

export async function serveStatic(rootDir: string): Promise<StaticServer> {
  const root = resolve(rootDir)
  const requests: string[] = []
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      requests.push(url.pathname)
      let path = normalize(decodeURIComponent(url.pathname))
      if (path.endsWith('/')) path += 'index.html'
      const file = join(root, path)
      if (!file.startsWith(root)) {
        res.writeHead(403).end()
        return
      }
      let stat
      try {
        stat = await fs.stat(file)
      } catch {
        stat = null
      }
      if (!stat || !stat.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
        return
      }
      const type = MIME[extname(file)] ?? 'application/octet-stream'
      const range = req.headers.range
      const encoded = range ? null : precompressedVariant(file, req.headers['accept-encoding'])
      if (encoded) {
        const size = (await fs.stat(encoded.path)).size
        res.writeHead(200, { 'content-type': encoded.type, 'content-encoding': encoded.encoding, vary: 'Accept-Encoding', 'content-length': size, 'cache-control': 'no-cache' })
        if (req.method === 'HEAD') return void res.end()
        createReadStream(encoded.path).pipe(res)
        return
      }
      const base = { 'content-type': type, 'accept-ranges': 'bytes', 'cache-control': 'no-cache' }
      if (range) {
        const m = /^bytes=(\d*)-(\d*)$/.exec(range)
        if (!m) {
          res.writeHead(416, { 'content-range': `bytes */${stat.size}` }).end()
          return
        }
        let start = m[1] ? Number(m[1]) : stat.size - Number(m[2])
        let end = m[1] && m[2] ? Number(m[2]) : stat.size - 1
        if (!m[1]) end = stat.size - 1
        start = Math.max(0, start)
        end = Math.min(end, stat.size - 1)
        if (start > end) {
          res.writeHead(416, { 'content-range': `bytes */${stat.size}` }).end()
          return
        }
        res.writeHead(206, { ...base, 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${stat.size}` })
        if (req.method === 'HEAD') return void res.end()
        createReadStream(file, { start, end }).pipe(res)
        return
      }
      res.writeHead(200, { ...base, 'content-length': stat.size })
      if (req.method === 'HEAD') return void res.end()
      createReadStream(file).pipe(res)
    } catch (e) {
      res.writeHead(500).end(String(e))
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

/** Lets a browser context reach only this machine (and data:/blob: URLs); records everything else it blocks. */
export async function blockNonLocal(ctx: BrowserContext, blocked: string[]): Promise<void> {
  await ctx.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if ((url.hostname === '127.0.0.1' || url.hostname === 'localhost') && url.protocol === 'http:') return route.continue()
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue()
    blocked.push(route.request().url())
    return route.abort('blockedbyclient')
  })
}
