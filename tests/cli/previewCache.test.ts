/**
 * `npm start` (vite preview with the project's config): the build's content-hashed files under
 * /assets/ are sent immutable for a year (a repeat visit reuses the DuckDB wasm without asking),
 * while index.html and the data files — rewritten by every extract — are revalidated each time.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { preview, type PreviewServer } from 'vite'

const ROOT = resolve(__dirname, '../..')
let server: PreviewServer
let url: string
beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'rol-preview-'))
  mkdirSync(join(out, 'assets'))
  mkdirSync(join(out, 'data'))
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>t</title>')
  writeFileSync(join(out, 'assets/duckdb-eh-AbC123.wasm'), new Uint8Array([0, 97, 115, 109]))
  writeFileSync(join(out, 'data/first-view.json'), '{}')
  writeFileSync(join(out, 'data/reports.arrow'), 'arrow')
  writeFileSync(join(out, 'data/reports.arrow.br'), 'br')
  server = await preview({ root: ROOT, logLevel: 'silent', build: { outDir: out }, preview: { port: 0, host: '127.0.0.1', strictPort: false } })
  url = server.resolvedUrls!.local[0].replace(/\/$/, '')
})
afterAll(() => server?.close())

const cacheOf = async (path: string) => (await fetch(url + path, { headers: { 'accept-encoding': 'br' } })).headers.get('cache-control')

describe('npm start caching', () => {
  it('sends hashed assets immutable', async () => {
    expect(await cacheOf('/assets/duckdb-eh-AbC123.wasm')).toBe('public, max-age=31536000, immutable')
  })
  it('revalidates the page and the data files', async () => {
    for (const path of ['/', '/data/first-view.json', '/data/reports.arrow']) expect(await cacheOf(path), path).toBe('no-cache')
  })
})
