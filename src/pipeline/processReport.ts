/**
 * One report file → rows: ingest (bytes → text) then extract (text → report + observations).
 * Shared by the Node CLI (`scripts/extract.ts`) and the browser import Worker, so both give
 * identical observations for the same file. Names are cleaned here, once, for both.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { ingest, type IngestError } from '../ingest'
import { nodeBuiltin } from '../ingest/nodeBuiltin'
import { extractReport, type Catalogue, type ExtractResult, type ReportRow, type Sidecar } from '../extract'
import { cleanOptionalName } from '../extract/names'
import { contentKey } from '../extract/normalise'

export interface Processed extends ExtractResult {
  ok: true
  /** The original text the observation offsets index. */
  text: string
  encoding: string
  warnings: string[]
}

export type ProcessResult = Processed | (IngestError & { file: string })

/** Node's crypto module, as far as it is used here. */
interface NodeCrypto { createHash(algorithm: 'sha256'): { update(data: Uint8Array | string): { digest(encoding: 'hex'): string } } }

/**
 * Node's own crypto where the code runs in Node (the CLI, tests, the bench): native and synchronous,
 * several times cheaper per report than Web Crypto's round trip through a worker thread. A browser
 * has no `process`, so there this is undefined.
 */
function nodeCrypto(): NodeCrypto | undefined {
  return nodeBuiltin<NodeCrypto>('node:crypto')
}

/**
 * SHA-256 as hex. Node's crypto in Node; Web Crypto where the page has it (native, ~7× faster than
 * JS); a page served over plain http:// from an intranet address is not a secure context and has no
 * `crypto.subtle` (in its Workers neither), so there the same digest comes from @noble/hashes
 * (audited, pure JS).
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const node = nodeCrypto()
  if (node) return node.createHash('sha256').update(bytes).digest('hex')
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return bytesToHex(sha256(bytes))
  const digest = await subtle.digest('SHA-256', bytes as BufferSource)
  return bytesToHex(new Uint8Array(digest))
}

/** SHA-256 of the decoded text as compared for duplicates (`contentKey`), as UTF-8: the `content_sha256` column. */
export function contentSha256(text: string): Promise<string> {
  const key = contentKey(text)
  const node = nodeCrypto()
  // Node encodes a string as UTF-8 exactly as TextEncoder does (a lone surrogate as U+FFFD), without the copy.
  return node ? Promise.resolve(node.createHash('sha256').update(key).digest('hex')) : sha256Hex(new TextEncoder().encode(key))
}

export async function processReport(bytes: Uint8Array, file: string, catalogue: Catalogue, sidecar?: Sidecar):
  Promise<ProcessResult> {
  const ingested = await ingest(bytes, file)
  if (!ingested.ok) return { ...ingested, file }
  const sha256 = await sha256Hex(bytes)
  const content_sha256 = await contentSha256(ingested.text)
  const result = extractReport({ text: ingested.text, body: ingested.body, file, sha256, sidecar }, catalogue)
  // (extractReport's own row, completed in place: a copy by spread with keys after it cost V8 microseconds per report)
  const report = cleanNames(result.report)
  report.content_sha256 = content_sha256
  report.duplicate_of = null
  return { ok: true, ...result, report, text: ingested.text, encoding: ingested.encoding, warnings: ingested.warnings }
}

/** The report's names as people will see them: no control or bidi characters (src/extract/names.ts). Cleaned in place. */
function cleanNames(r: ReportRow): ReportRow {
  r.title = cleanOptionalName(r.title)
  r.agency = cleanOptionalName(r.agency)
  r.agency_en = cleanOptionalName(r.agency_en)
  r.region = cleanOptionalName(r.region)
  r.sector = cleanOptionalName(r.sector)
  return r
}
