/** Public types of `src/ingest` and the catalogue of user-facing error messages. */

export type IngestFormat = 'txt' | 'html' | 'docx' | 'pdf'

export interface IngestOk {
  ok: true
  format: IngestFormat
  /** 'utf-8', 'utf-8-bom', 'gb18030', 'big5', 'utf-16le', 'utf-16be', or 'docx'/'pdf'. */
  encoding: string
  /**
   * The report's original text. For .txt exactly the decoded file (BOM removed, nothing else
   * changed) so that offsets into it equal offsets into the file's characters.
   */
  text: string
  /** Range of `text` that is the report body, page chrome excluded: `text.slice(start, end)`. */
  body: { start: number; end: number }
  warnings: string[]
}

export type IngestErrorCode = 'empty' | 'binary' | 'encoding' | 'too_large' | 'unsupported' | 'corrupt'

export interface IngestError {
  ok: false
  code: IngestErrorCode
  /** Clear message for the user, with what to do next. */
  message_zh: string
  message_en: string
}

export type IngestResult = IngestOk | IngestError

export interface IngestOptions {
  /** Largest accepted file in bytes (default 20 MB). */
  maxBytes?: number
  /**
   * Where pdf.js finds its CMaps (needed for most Chinese PDFs) and standard font data, as URLs
   * ending in '/'. In Node both default to the installed `pdfjs-dist` package. In a Vite-built
   * browser bundle the CMaps default to copies emitted by Vite, loaded only when a PDF needs one.
   */
  pdf?: { cMapUrl?: string; standardFontDataUrl?: string }
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024
/**
 * The most a file may become once unpacked: a .docx's entries inflated (./zip.ts), a PDF's text
 * (as held in memory, two bytes a character). No real report comes near it.
 */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024

export function ingestError(code: IngestErrorCode, message_zh: string, message_en: string): IngestError {
  return { ok: false, code, message_zh, message_en }
}

export function isIngestError(x: unknown): x is IngestError {
  return typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false
}

/** The standard messages, one place for all of them. */
export const errors = {
  empty: (): IngestError =>
    ingestError('empty', '文件为空：请确认导出的是报告正文，而不是空白文件。', 'The file is empty: make sure you exported the report text, not a blank file.'),
  noText: (what: string): IngestError =>
    ingestError('empty', `${what}中没有可读取的文字：请确认文件包含报告正文（扫描版 PDF 需先做文字识别）。`, `No readable text was found in the ${what === 'PDF' ? 'PDF' : 'document'}: make sure it contains the report text (a scanned PDF needs OCR first).`),
  binary: (detail_zh = '', detail_en = ''): IngestError =>
    ingestError('binary', `这不是文本文件${detail_zh}：请上传报告的 .txt、.html、.docx 或 .pdf 文件。`, `This is not a text file${detail_en}: please upload the report as .txt, .html, .docx or .pdf.`),
  encoding: (): IngestError =>
    ingestError('encoding', '无法识别文件的文字编码（既不是 UTF-8 也不是 GBK/GB18030）：请用记事本或 WPS 打开后另存为 UTF-8 编码的 .txt 再导入。', 'The text encoding could not be recognised (neither UTF-8 nor GBK/GB18030): open the file in a text editor, save it as UTF-8 .txt and import it again.'),
  tooLarge: (size: number, max: number): IngestError =>
    ingestError('too_large', `文件过大（${mb(size)} MB，上限 ${mb(max)} MB）：请只导出报告正文，或拆分后再导入。`, `The file is too large (${mb(size)} MB, limit ${mb(max)} MB): export only the report text, or split it, and import again.`),
  unpackedTooLarge: (max: number, seen: { bytes?: number; entries?: number; maxEntries?: number }): IngestError => {
    const zh = seen.entries != null ? `${seen.entries} 个压缩条目，上限 ${seen.maxEntries}` : `超过 ${mb(max)} MB${seen.bytes ? `，约 ${mb(seen.bytes)} MB` : ''}`
    const en = seen.entries != null ? `${seen.entries} entries, limit ${seen.maxEntries}` : `more than ${mb(max)} MB${seen.bytes ? `, about ${mb(seen.bytes)} MB` : ''}`
    return ingestError(
      'too_large',
      `文件解压后过大（${zh}）：这不像一份正常的报告。请将报告正文另存为 .txt 或普通的 .docx 后再导入。`,
      `The file is too large when unpacked (${en}): this does not look like a normal report. Save the report text as .txt or a plain .docx and import it again.`,
    )
  },
  unsupported: (zh: string, en: string): IngestError => ingestError('unsupported', zh, en),
  corrupt: (kind: 'docx' | 'pdf' | 'file', detail = ''): IngestError => {
    const zh = kind === 'file' ? '文件' : kind === 'docx' ? 'Word (.docx) 文件' : 'PDF 文件'
    const en = kind === 'file' ? 'file' : kind === 'docx' ? 'Word (.docx) file' : 'PDF file'
    return ingestError('corrupt', `${zh}已损坏或无法读取：请重新导出或下载后再导入，或另存为 .txt。`, `The ${en} is damaged or cannot be read${detail ? ` (${detail})` : ''}: export or download it again, or save it as .txt.`)
  },
}

function mb(n: number): string {
  return (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')
}
