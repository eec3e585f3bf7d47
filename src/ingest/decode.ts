/**
 * Bytes → string for plain text and HTML: BOM sniffing, UTF-8 validation, GB18030 (superset of
 * GBK/GB2312) fallback, binary detection. Uses only `TextDecoder` and `Uint8Array`.
 */
import { COMMON_HAN } from './common-han'
import { errors, type IngestError } from './types'
import { nodeBuiltin } from './nodeBuiltin'

export interface DecodeOk {
  text: string
  encoding: string
  warnings?: string[]
}

const SNIFF = 8192

/** Magic numbers of binary formats that must never be read as text. */
const MAGIC: { bytes: number[]; zh: string; en: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], zh: '（是 ZIP/Word 压缩包）', en: ' (it is a ZIP/Word archive)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], zh: '（是 ZIP 压缩包）', en: ' (it is a ZIP archive)' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], zh: '（是 PDF 文件）', en: ' (it is a PDF file)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], zh: '（是 PNG 图片）', en: ' (it is a PNG image)' },
  { bytes: [0xff, 0xd8, 0xff], zh: '（是 JPEG 图片）', en: ' (it is a JPEG image)' },
  { bytes: [0x47, 0x49, 0x46, 0x38], zh: '（是 GIF 图片）', en: ' (it is a GIF image)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], zh: '（是旧版 Office 文件）', en: ' (it is a legacy Office file)' },
  { bytes: [0x52, 0x61, 0x72, 0x21], zh: '（是 RAR 压缩包）', en: ' (it is a RAR archive)' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], zh: '（是 7z 压缩包）', en: ' (it is a 7z archive)' },
  { bytes: [0x1f, 0x8b], zh: '（是 gzip 压缩包）', en: ' (it is a gzip archive)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], zh: '（是程序文件）', en: ' (it is an executable)' },
]

export function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false
  return true
}

/** A binary-format error if the bytes are recognisably not text, else null. */
export function sniffBinary(bytes: Uint8Array): IngestError | null {
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) return errors.binary(m.zh, m.en)
  const n = Math.min(bytes.length, SNIFF)
  // (a NUL found natively, then the controls added up from a table: no branch per byte, a third less time than a test of each)
  if (bytes.subarray(0, n).indexOf(0) >= 0) return errors.binary('（含有空字节）', ' (it contains NUL bytes)')
  if (tooManyControls(controlBytes(bytes, n), n)) return errors.binary('（含有大量控制字符）', ' (it contains many control characters)')
  return null
}

/** Control characters other than tab, newline, vertical tab, form feed, carriage return, ESC. */
function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f
}

/** 1 for each byte `isControl` counts. */
const CONTROL_BYTE = new Uint8Array(256).map((_, b) => (isControl(b) ? 1 : 0))

/**
 * How many of `bytes[0, n)` `isControl` counts, read four bytes at a time: only a word with a byte below 0x20 or a 0x7f (bit
 * tricks that find one without a branch per byte) has its bytes counted. Text has few (its line breaks), so this reads a
 * quarter of the words the byte loop read.
 */
function controlBytes(bytes: Uint8Array, n: number): number {
  let control = 0
  let i = 0
  const head = (4 - (bytes.byteOffset & 3)) & 3 // (the bytes before the first whole word of the buffer)
  for (; i < head && i < n; i++) control += CONTROL_BYTE[bytes[i]]
  const count = Math.max(0, n - head) >> 2
  // (no view of a buffer with no whole word in range: its offset may lie past the buffer's end)
  const words = count > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + head, count) : null
  for (let w = 0; words && w < count; w++) {
    const x = words[w]
    const y = x ^ 0x7f7f7f7f
    // (a byte below 0x20 in x; a zero byte in y, a 0x7f in x)
    if (((((x - 0x20202020) & ~x) | ((y - 0x01010101) & ~y)) & 0x80808080) === 0) continue
    const b = head + 4 * w
    control += CONTROL_BYTE[bytes[b]] + CONTROL_BYTE[bytes[b + 1]] + CONTROL_BYTE[bytes[b + 2]] + CONTROL_BYTE[bytes[b + 3]]
  }
  for (i = Math.max(i, head + 4 * count); i < n; i++) control += CONTROL_BYTE[bytes[i]]
  return control
}

function tooManyControls(control: number, n: number): boolean {
  return (control > 8 && control / n > 0.05) || (n > 0 && control / n > 0.3)
}

const decoders = new Map<string, TextDecoder>()

/** A TextDecoder per label and options, made once: it keeps no state between whole-buffer decodes. */
export function textDecoder(label: string, fatal = false, ignoreBOM = true): TextDecoder {
  const key = `${label}/${fatal}/${ignoreBOM}`
  let d = decoders.get(key)
  if (!d) { d = new TextDecoder(label, { fatal, ignoreBOM }); decoders.set(key, d) }
  return d
}

function decode(label: string, bytes: Uint8Array, fatal = false): string {
  return textDecoder(label, fatal).decode(bytes)
}

/** Node's buffer module, as far as it is used here. */
interface NodeBuffer {
  isUtf8(bytes: Uint8Array): boolean
  transcode(bytes: Uint8Array, from: 'utf8', to: 'utf16le'): { toString(encoding: 'utf16le'): string }
}

/**
 * Valid UTF-8 as a string; throws (as the fatal decoder does) when the bytes are not UTF-8. In Node,
 * bytes its validator accepts go through its transcoder to UTF-16 and are read as that, several
 * times faster than TextDecoder's UTF-8 path (about 10 µs instead of 100 µs for 20 KB of Chinese);
 * the same string. Elsewhere, and for bytes the validator rejects, the fatal TextDecoder.
 */
function validUtf8(bytes: Uint8Array): string {
  const node = nodeBuiltin<NodeBuffer>('node:buffer')
  if (node?.isUtf8(bytes)) return node.transcode(bytes, 'utf8', 'utf16le').toString('utf16le')
  return decode('utf-8', bytes, true)
}

function countChar(s: string, ch: string): number {
  let n = 0
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++
  return n
}

/** Whether a CJK legacy decode (GB18030, Big5) looks like real Chinese text. */
function plausibleCjk(text: string): boolean {
  let nonAscii = 0
  let han = 0
  let cjkLike = 0
  let bad = 0
  let common = 0
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    if (c < 0x80) continue
    nonAscii++
    if (c === 0xfffd) bad++
    else if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3ffff)) {
      han++
      cjkLike++
      if (COMMON_HAN.has(ch)) common++
    } else if (
      (c >= 0x3000 && c <= 0x33ff) || // CJK punctuation, kana, bopomofo, enclosed
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xffef) || // full-width forms
      (c >= 0x2000 && c <= 0x2bff) || // general punctuation, letterlike, numbers, arrows, math, shapes
      c === 0x00b7 || c === 0x00d7 || c === 0x00f7 || c === 0x00b0 || c === 0x00a7
    ) cjkLike++
  }
  if (nonAscii === 0) return true
  // Real Chinese is dominated by common characters; bytes that merely decode are not.
  if (han >= 30 && common / han < 0.2) return false
  return han > 0 && bad / nonAscii <= 0.02 && cjkLike / nonAscii >= 0.7
}

/** Han characters and how many of them are common ones (see COMMON_HAN). */
function hanShare(text: string): { han: number; common: number } {
  let han = 0
  let common = 0
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      han++
      if (COMMON_HAN.has(ch)) common++
    }
  }
  return { han, common }
}

type Utf16 = 'utf-16le' | 'utf-16be'

/**
 * UTF-16 without a byte order mark. `zeros`: ASCII characters (newlines, digits, spaces) put a 0
 * in every other byte — the odd ones in little-endian, the even ones in big-endian. `cjk`: text
 * of Chinese characters only has (almost) no zeros, so both byte orders are tried and must give
 * mostly common characters. Either way the decoded text must look like text. Null when it is not UTF-16.
 */
function utf16WithoutBom(bytes: Uint8Array, mode: 'zeros' | 'cjk'): { text: string; encoding: Utf16; warnings: string[] } | null {
  const n = Math.min(bytes.length, SNIFF) & ~1
  let even = 0
  let odd = 0
  // (only the zeros mode counts them; a head without a zero byte, found natively, has none to count)
  if (mode === 'zeros' && bytes.subarray(0, n).indexOf(0) >= 0) {
    for (let i = 0; i < n; i++) {
      if (bytes[i] !== 0) continue
      if (i & 1) odd++
      else even++
    }
  }
  const pairs = n / 2
  let order: Utf16[] = []
  if (mode === 'zeros') {
    if (odd >= pairs * 0.05 && even <= odd * 0.1) order = ['utf-16le']
    else if (even >= pairs * 0.05 && odd <= even * 0.1) order = ['utf-16be']
  } else if (pairs >= 10) order = ['utf-16le', 'utf-16be']
  for (const label of order) {
    // Judge by the first bytes; decode the whole file only for the byte order that passes.
    const head = decode(label, bytes.subarray(0, n))
    if (!plausibleCjk(head)) continue
    if (mode === 'cjk') {
      const { han, common } = hanShare(head)
      if (han < 20 || common / han < 0.4) continue
    }
    const text = decode(label, bytes.subarray(0, bytes.length - (bytes.length % 2)))
    const warnings = [`decoded as ${label === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} without a byte order mark`]
    if (bytes.length % 2) warnings.push('odd number of bytes in UTF-16 file: last byte ignored')
    return { text, encoding: label, warnings }
  }
  return null
}

/** Legacy decoders to try, in order, when the bytes are not UTF-8: Big5 first only if declared. */
function legacyLabels(hint: string | undefined): ('gb18030' | 'big5')[] {
  const h = (hint ?? '').trim().toLowerCase()
  return /^(big5|big5-hkscs|x-x-big5|cn-big5|csbig5)$/.test(h) ? ['big5', 'gb18030'] : ['gb18030', 'big5']
}

/** NUL and the control characters `isControl` counts: a head without one (most texts) needs no count, and one regex test is cheaper than the loop. */
const NUL_OR_CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/

function finish(text: string, encoding: string, warnings: string[]): DecodeOk | IngestError {
  // Text-level checks catch what byte sniffing cannot see (UTF-16).
  const n = Math.min(text.length, SNIFF)
  let control = 0
  const any = NUL_OR_CONTROL.test(n < text.length ? text.slice(0, n) : text)
  for (let i = 0; any && i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0) return errors.binary('（含有空字符）', ' (it contains NUL characters)')
    if (isControl(c)) control++
  }
  if (tooManyControls(control, n)) return errors.binary('（含有大量控制字符）', ' (it contains many control characters)')
  if (text.trim() === '') return errors.empty()
  return warnings.length > 0 ? { text, encoding, warnings } : { text, encoding }
}

/**
 * Decode a text file. Order: BOM (UTF-8, UTF-16 LE/BE), UTF-16 without BOM by its zero bytes, valid
 * UTF-8, UTF-16 without BOM by its characters (Chinese only, no zero bytes), nearly valid UTF-8 (a few broken sequences, e.g. a
 * truncated last character), else GB18030 (or Big5 when `charsetHint`
 * says so, for HTML pages that declare it). Never throws.
 */
export function decodeText(bytes: Uint8Array, charsetHint?: string): DecodeOk | IngestError {
  try {
    if (bytes.length === 0) return errors.empty()
    if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
      return errors.unsupported('文件是 UTF-32 编码，暂不支持：请另存为 UTF-8 编码的 .txt 后再导入。', 'The file is UTF-32 encoded, which is not supported: save it as UTF-8 .txt and import it again.')
    }
    for (const [bom, label] of [[[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']] as const) {
      if (!startsWith(bytes, bom)) continue
      const body = bytes.subarray(2)
      const warnings = body.length % 2 === 1 ? ['odd number of bytes in UTF-16 file: last byte ignored'] : []
      return finish(decode(label, body.subarray(0, body.length - (body.length % 2))), label, warnings)
    }
    const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf])
    const body = hasBom ? bytes.subarray(3) : bytes
    const utf16 = hasBom ? null : utf16WithoutBom(body, 'zeros')
    if (utf16) return finish(utf16.text, utf16.encoding, utf16.warnings)
    // Valid UTF-8 before UTF-16 of Chinese characters only: such UTF-16 is never valid UTF-8 beyond
    // a few characters, and trying it first cost every UTF-8 report two trial decodes.
    const binary = sniffBinary(body)
    if (!binary) {
      try {
        return finish(validUtf8(body), hasBom ? 'utf-8-bom' : 'utf-8', [])
      } catch {
        // not valid UTF-8: fall through
      }
    }
    const cjk16 = hasBom ? null : utf16WithoutBom(body, 'cjk')
    if (cjk16) return finish(cjk16.text, cjk16.encoding, cjk16.warnings)
    if (binary) return binary
    const lenient = decode('utf-8', body)
    const broken = countChar(lenient, '\ufffd')
    let goodNonAscii = 0
    for (const ch of lenient) if (ch.charCodeAt(0) >= 0x80 && ch !== '\ufffd') goodNonAscii++
    if (broken * 50 <= goodNonAscii) {
      return finish(lenient, hasBom ? 'utf-8-bom' : 'utf-8', [`${broken} invalid UTF-8 sequence(s) replaced by U+FFFD`])
    }
    if (hasBom) return errors.encoding() // a UTF-8 BOM in front of text that is mostly not UTF-8
    for (const label of legacyLabels(charsetHint)) {
      let text: string
      try {
        text = decode(label, body)
      } catch {
        continue // this runtime's TextDecoder lacks the legacy encoding
      }
      if (plausibleCjk(text)) return legacyResult(text, label)
    }
    return errors.encoding()
  } catch {
    return errors.encoding()
  }
}

function legacyResult(text: string, label: 'gb18030' | 'big5'): DecodeOk | IngestError {
  const warnings = [`decoded as ${label === 'big5' ? 'Big5' : 'GB18030'}`]
  const replaced = countChar(text, '\ufffd')
  if (replaced > 0) warnings.push(`${replaced} undecodable sequence(s) replaced by U+FFFD`)
  return finish(text, label, warnings)
}
