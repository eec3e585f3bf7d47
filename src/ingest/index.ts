/**
 * `src/ingest`: bytes of a report file → its Unicode text and the range of the report body.
 * Pure TypeScript over `Uint8Array` and `TextDecoder`: runs in Node (CLI) and in a Web Worker.
 * `ingest` never throws; every failure is an `IngestError` value with a message for the user.
 */
import { findBody } from './chrome'
import { decodeText, startsWith, textDecoder } from './decode'
import { htmlToText, sniffHtmlCharset } from './html'
import { joinHardWraps } from './unwrap'
import {
  DEFAULT_MAX_BYTES,
  errors,
  isIngestError,
  type IngestFormat,
  type IngestOptions,
  type IngestResult,
} from './types'

export type { IngestError, IngestErrorCode, IngestFormat, IngestOk, IngestOptions, IngestResult } from './types'
export { decodeText, findBody, htmlToText }

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const PDF = [0x25, 0x50, 0x44, 0x46] // %PDF
const OLE = [0xd0, 0xcf, 0x11, 0xe0] // legacy .doc/.wps/.xls
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66] // {\rtf

const EXT_FORMAT: Record<string, IngestFormat> = {
  txt: 'txt', text: 'txt', md: 'txt',
  html: 'html', htm: 'html', shtml: 'html', xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
}

function extension(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(typeof fileName === 'string' ? fileName.trim() : '')
  return m ? m[1].toLowerCase() : ''
}

/** The first characters of the file, for HTML sniffing (BOM skipped, UTF-16 understood). */
function leadingText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 1024)
  if (startsWith(head, [0xff, 0xfe])) return textDecoder('utf-16le', false, false).decode(head.subarray(2))
  if (startsWith(head, [0xfe, 0xff])) return textDecoder('utf-16be', false, false).decode(head.subarray(2))
  return textDecoder('utf-8', false, false).decode(head).replace(/^\ufeff/, '')
}

/**
 * Whether the file may open with a tag (HTML_START): not when its first byte after ASCII spaces (and a
 * UTF-8 BOM) is ASCII and no '<', or leads a UTF-8 character in U+4000–U+9FFF (a Chinese text file:
 * whatever it decodes to, no space and no '<'). Most text files are told so without decoding their head.
 */
function mayOpenWithTag(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0
  while (i < bytes.length && (bytes[i] === 32 || (bytes[i] >= 9 && bytes[i] <= 13))) i++
  if (i >= bytes.length || i >= 1024) return true
  const b = bytes[i]
  return b === 0x3c || (b >= 0x80 && !(b >= 0xe4 && b <= 0xe9))
}

const HTML_START = /^\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|!--|\?xml|[a-z][a-z0-9]*[\s/>])/i

/** Format by magic bytes first (ZIP → docx, %PDF → pdf, leading tag → html), else by extension. */
export function detectFormat(bytes: Uint8Array, fileName: string): IngestFormat | null {
  if (startsWith(bytes, ZIP)) return 'docx'
  if (startsWith(bytes, PDF)) return 'pdf'
  if (bytes.length > 0 && mayOpenWithTag(bytes) && HTML_START.test(leadingText(bytes))) return 'html'
  return EXT_FORMAT[extension(fileName)] ?? null
}

export async function ingest(bytes: Uint8Array, fileName: string, options: IngestOptions = {}): Promise<IngestResult> {
  try {
    return await run(bytes, fileName, options)
  } catch (e) {
    return errors.corrupt('file', e instanceof Error ? e.message : String(e))
  }
}

async function run(input: Uint8Array, fileName: string, options: IngestOptions): Promise<IngestResult> {
  const bytes = asBytes(input)
  if (!bytes) {
    return errors.unsupported('没有收到文件内容：请重新选择文件。', 'No file content was received: please choose the file again.')
  }
  const max = typeof options.maxBytes === 'number' && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES
  if (bytes.length > max) return errors.tooLarge(bytes.length, max)
  if (bytes.length === 0) return errors.empty()

  const ext = extension(fileName)
  const format = detectFormat(bytes, fileName)
  const warnings: string[] = []

  if (startsWith(bytes, OLE) || ext === 'doc' || ext === 'wps') {
    return errors.unsupported('这是旧版 Word/WPS (.doc/.wps) 文件，暂不支持：请在 Word 或 WPS 中另存为 .docx 或 .txt 后再导入。', 'This is a legacy Word/WPS (.doc/.wps) file, which is not supported: save it as .docx or .txt in Word or WPS and import it again.')
  }
  if (startsWith(bytes, RTF) || ext === 'rtf') {
    return errors.unsupported('暂不支持 RTF 文件：请另存为 .docx 或 .txt 后再导入。', 'RTF files are not supported: save the report as .docx or .txt and import it again.')
  }
  if ((ext === 'txt' || ext === 'text') && (format === 'docx' || format === 'pdf')) {
    return format === 'pdf'
      ? errors.binary('（扩展名是 .txt，内容却是 PDF 文件）', ' (named .txt but it is a PDF file)')
      : errors.binary('（扩展名是 .txt，内容却是 ZIP/Word 压缩包）', ' (named .txt but it is a ZIP/Word archive)')
  }
  if (format === 'docx' && ['xlsx', 'xls', 'pptx', 'ppt', 'zip', 'odt', 'ods', 'odp', 'epub', 'jar', 'apk'].includes(ext)) {
    return errors.unsupported(`暂不支持 .${ext} 文件：请将报告另存为 .docx、.pdf 或 .txt 后再导入。`, `.${ext} files are not supported: save the report as .docx, .pdf or .txt and import it again.`)
  }

  let text: string
  let encoding: string
  switch (format) {
    case 'docx': {
      const { checkZipBounds } = await import('./zip')
      const bounded = await checkZipBounds(bytes)
      if (bounded) return bounded
      const { docxToText } = await import('./docx')
      const r = await docxToText(bytes)
      if (isIngestError(r)) return r
      if (r.text.trim() === '') return errors.noText('Word 文件')
      ;({ text } = r)
      encoding = 'docx'
      warnings.push(...r.warnings)
      break
    }
    case 'pdf': {
      const { pdfToText, NO_CMAP_WARNING } = await import('./pdf')
      const r = await pdfToText(bytes, options.pdf)
      if (isIngestError(r)) return r
      if (r.text.trim() === '') {
        const e = errors.noText('PDF')
        return r.warnings.includes(NO_CMAP_WARNING) ? { ...e, message_en: `${e.message_en} (Developer note: ${NO_CMAP_WARNING}.)` } : e
      }
      ;({ text } = r)
      encoding = 'pdf'
      warnings.push(...r.warnings)
      break
    }
    case 'html': {
      const d = decodeText(bytes, sniffHtmlCharset(bytes))
      if (isIngestError(d)) return d
      text = htmlToText(d.text)
      if (text.trim() === '') return errors.noText('网页')
      encoding = d.encoding
      warnings.push(...(d.warnings ?? []))
      break
    }
    default: {
      const d = decodeText(bytes)
      if (isIngestError(d)) return d
      if (format === null) warnings.push(`unknown file type${ext ? ` .${ext}` : ''}: read as plain text`)
      text = joinHardWraps(d.text)
      encoding = d.encoding
      warnings.push(...(d.warnings ?? []))
    }
  }
  return { ok: true, format: format ?? 'txt', encoding, text, body: findBody(text), warnings }
}

function asBytes(input: unknown): Uint8Array | null {
  if (input instanceof Uint8Array) return input
  if (input instanceof ArrayBuffer) return new Uint8Array(input)
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
  return null
}
