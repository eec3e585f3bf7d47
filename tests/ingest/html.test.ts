import { describe, it, expect } from 'vitest'
import iconv from 'iconv-lite'
import { detectFormat, htmlToText, ingest } from '../../src/ingest'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

const PAGE = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>某区2023年法治政府建设年度报告_某区人民政府</title>
  <style>body { font-size: 14px } .x::before { content: "STYLE-TEXT" }</style>
  <script>var secret = "SCRIPT-TEXT"; document.write('<p>injected</p>')</script>
</head>
<body>
  <nav><a href="/">首页</a><a href="/zwgk">政务公开</a></nav>
  <!-- 统计代码 COMMENT-TEXT -->
  <noscript>请启用 JavaScript NOSCRIPT-TEXT</noscript>
  <template><p>TEMPLATE-TEXT</p></template>
  <div class="article">
    <h1>某区司法局2023年法治政府建设情况报告</h1>
    <p>　　2023年，我局　坚持依法行政，   全年办理
       行政复议案件<b>12</b>件&nbsp;，纠错率8.3&#37;。</p>
    <p>二、存在的问题&mdash;&mdash;不足&amp;短板</p>
    <p>第一行<br>第二行<br/>第三行</p>
    <ul><li>一是加强学习</li><li>二是规范执法</li></ul>
    <table>
      <tr><th>指标</th><th>数值</th></tr>
      <tr><td>行政复议</td><td>12件</td></tr>
    </table>
  </div>
  <script type="text/javascript">alert(1)</script>
</body>
</html>`

describe('htmlToText', () => {
  const text = htmlToText(PAGE)
  const lines = text.split('\n')

  it('drops script, style, noscript, template, comments, head and nav', () => {
    for (const gone of ['SCRIPT-TEXT', 'STYLE-TEXT', 'COMMENT-TEXT', 'NOSCRIPT-TEXT', 'TEMPLATE-TEXT', 'alert(1)', 'injected', 'font-size', '_某区人民政府', '政务公开']) {
      expect(text).not.toContain(gone)
    }
    expect(text).not.toMatch(/[<>]/)
  })

  it('keeps block structure: headings, paragraphs, line breaks, list items and table rows', () => {
    expect(lines[0]).toBe('某区司法局2023年法治政府建设情况报告')
    expect(lines).toContain('第一行')
    expect(lines).toContain('第二行')
    expect(lines).toContain('第三行')
    expect(lines).toContain('一是加强学习')
    expect(lines).toContain('二是规范执法')
    expect(lines).toContain('指标\t数值')
    expect(lines).toContain('行政复议\t12件')
  })

  it('decodes entities and collapses spaces inside a line', () => {
    expect(lines[1]).toBe('2023年，我局　坚持依法行政， 全年办理 行政复议案件12件 ，纠错率8.3%。')
    expect(lines[2]).toBe('二、存在的问题——不足&短板')
  })

  it('never lets markup through, even escaped markup stays plain text', () => {
    const t = htmlToText('<p>a<img src=x onerror="alert(1)">b</p><p>&lt;script&gt;alert(2)&lt;/script&gt;</p><iframe src="javascript:alert(3)">c</iframe>')
    expect(t).toBe('ab\n<script>alert(2)</script>')
    expect(t).not.toContain('alert(1)')
    expect(t).not.toContain('alert(3)')
  })

  it('keeps body text when <head> is never closed', () => {
    expect(htmlToText('<head><meta charset=utf-8><title>T</title><p>正文一</p><p>正文二</p>')).toBe('正文一\n正文二')
  })

  it('keeps at most one blank line between paragraphs', () => {
    expect(htmlToText('<p>甲</p><br><br><br><br><p>乙</p>')).toBe('甲\n\n乙')
  })
})

describe('ingest of HTML', () => {
  it('detects HTML by content and by extension', () => {
    expect(detectFormat(utf8('  \n<!DOCTYPE html><html>'), 'report.txt')).toBe('html')
    expect(detectFormat(utf8('<html><body>x'), 'report')).toBe('html')
    expect(detectFormat(utf8('<p>报告</p>'), 'a.txt')).toBe('html')
    expect(detectFormat(utf8('正文 <b>'), 'a.htm')).toBe('html')
    expect(detectFormat(utf8('<2023年> 报告'), 'a.txt')).toBe('txt')
  })

  it('converts a page to text, trims page chrome and returns the body range', async () => {
    const html = `<html><body>
      <div class="crumb">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; 法治政府建设</div>
      <h1>某区司法局2023年法治政府建设情况报告</h1>
      <p>2023年，我局全年办理行政复议案件12件。</p>
      <div class="foot">主办单位：某区人民政府办公室 网站标识码：5001100001</div>
    </body></html>`
    const r = await ingest(utf8(html), 'page.html')
    expect(r).toMatchObject({ ok: true, format: 'html', encoding: 'utf-8' })
    if (!r.ok) throw new Error('expected ok')
    expect(r.text.slice(r.body.start, r.body.end)).toBe('某区司法局2023年法治政府建设情况报告\n2023年，我局全年办理行政复议案件12件。')
  })

  it('decodes a GBK page declared with <meta charset=gb2312>', async () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>法治政府建设年度报告</p><p>全年办理行政复议案件12件。</p></body></html>'
    const r = await ingest(new Uint8Array(iconv.encode(html, 'gbk')), 'page.htm')
    expect(r).toMatchObject({ ok: true, encoding: 'gb18030', text: '法治政府建设年度报告\n全年办理行政复议案件12件。' })
  })

  it('decodes a Big5 page declared as such', async () => {
    const html = '<meta charset="big5"><p>法治政府建設年度報告</p>'
    const r = await ingest(new Uint8Array(iconv.encode(html, 'big5')), 'page.html')
    expect(r).toMatchObject({ ok: true, encoding: 'big5', text: '法治政府建設年度報告' })
  })

  it('reports a page with only scripts as empty', async () => {
    const r = await ingest(utf8('<html><head><script>x()</script></head><body> </body></html>'), 'a.html')
    expect(r).toMatchObject({ ok: false, code: 'empty' })
  })
})
