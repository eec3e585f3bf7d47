/**
 * HTML → plain text with htmlparser2 (no DOM needed, runs in Node and in a Web Worker).
 * Scripts, styles, templates, comments, <head> and navigation widgets are dropped; block elements
 * become line breaks, table cells are separated by tabs, entities are decoded, runs of spaces are
 * collapsed inside a line. The result is text only: no markup of the input survives as markup.
 */
import { Parser } from 'htmlparser2'

/** Elements whose whole content is dropped. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'title', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'select', 'button', 'textarea', 'nav', 'audio', 'video', 'map', 'dialog',
])

/** Elements that may appear in <head>; anything else ends the head as in browsers. */
const HEAD_CONTENT = new Set(['meta', 'link', 'base', 'title', 'style', 'script', 'noscript', 'template'])

/** Elements that start and end a line. */
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'thead', 'tbody', 'tfoot', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'aside', 'main',
  'blockquote', 'pre', 'figure', 'figcaption', 'form', 'fieldset', 'legend', 'address', 'center',
  'details', 'summary', 'hr', 'body', 'html', 'menu', 'dir', 'hgroup', 'option', 'frameset',
])

const CELL = new Set(['td', 'th'])

export function htmlToText(html: string): string {
  const out: string[] = []
  let atLineStart = true
  let skipDepth = 0
  let inHead = false
  let preDepth = 0

  const newline = (): void => {
    if (!atLineStart) {
      out.push('\n')
      atLineStart = true
    }
  }
  const push = (s: string): void => {
    if (s === '') return
    out.push(s)
    atLineStart = s.endsWith('\n')
  }

  const parser = new Parser(
    {
      onopentag(name) {
        if (inHead && !HEAD_CONTENT.has(name)) inHead = false
        if (name === 'head') {
          inHead = true
          return
        }
        if (SKIP.has(name)) {
          skipDepth++
          return
        }
        if (skipDepth > 0 || inHead) return
        if (name === 'br') {
          out.push('\n')
          atLineStart = true
        } else if (BLOCK.has(name)) {
          newline()
          if (name === 'pre') preDepth++
        } else if (CELL.has(name)) {
          if (!atLineStart) push('\t')
        }
      },
      onclosetag(name) {
        if (name === 'head') {
          inHead = false
          return
        }
        if (SKIP.has(name)) {
          if (skipDepth > 0) skipDepth--
          return
        }
        if (skipDepth > 0 || inHead) return
        if (BLOCK.has(name)) {
          if (name === 'pre' && preDepth > 0) preDepth--
          newline()
        }
      },
      ontext(data) {
        if (skipDepth > 0) return
        if (inHead) {
          if (data.trim() === '') return
          inHead = false // text in <head> starts the body, as in browsers
        }
        if (preDepth > 0) {
          push(data.replace(/\r\n?/g, '\n'))
          return
        }
        let s = data.replace(/[\t\n\r\f ]+/g, ' ')
        if (atLineStart) s = s.replace(/^ +/, '')
        push(s)
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeCDATA: false },
  )
  parser.write(html)
  parser.end()
  return tidy(out.join(''))
}

/** Collapse spaces inside lines, trim lines, keep at most one blank line between paragraphs. */
function tidy(s: string): string {
  return s
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+/g, ' ').replace(/^[ \t\u3000]+|[ \t\u3000]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** The charset an HTML document declares in its first bytes (`<meta charset>` or http-equiv). */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096))
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head)
  return m ? m[1].toLowerCase() : undefined
}
