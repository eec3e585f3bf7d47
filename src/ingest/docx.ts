/**
 * .docx → text with mammoth (loaded on demand so it stays out of the main bundle). Works in Node
 * (mammoth reads `buffer`) and in browsers (mammoth's browser build reads `arrayBuffer`).
 */
import { errors, type IngestError } from './types'

/** Paragraphs separated by single newlines (an empty string when the document holds no text). */
export async function docxToText(bytes: Uint8Array): Promise<{ text: string; warnings: string[] } | IngestError> {
  let mammoth: typeof import('mammoth')
  try {
    const mod = (await import('mammoth')) as typeof import('mammoth') & { default?: typeof import('mammoth') }
    mammoth = mod.default ?? mod
  } catch {
    return errors.unsupported('无法加载 Word (.docx) 解析组件：请将报告另存为 .txt 后再导入。', 'The Word (.docx) reader could not be loaded: save the report as .txt and import it again.')
  }
  try {
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    // Node's mammoth reads `buffer` (any Uint8Array works), the browser build reads `arrayBuffer`.
    const input = { arrayBuffer, buffer: new Uint8Array(arrayBuffer) } as unknown as Parameters<typeof mammoth.extractRawText>[0]
    const result = await mammoth.extractRawText(input)
    const text = result.value
      .replace(/\r\n?/g, '\n')
      .replace(/\n{2,}/g, '\n') // mammoth ends every paragraph with a blank line
      .replace(/^\n+|\s+$/g, '')
    const warnings = result.messages
      .filter((m) => m.type === 'error')
      .map((m) => `docx: ${m.message}`)
    return { text, warnings }
  } catch (e) {
    return errors.corrupt('docx', e instanceof Error ? e.message : String(e))
  }
}
