/**
 * Page chrome around a report copied from a government web page: breadcrumbs, "您当前的位置",
 * hot-search bars, "来源/作者/发布日期" lines, print/close toolbars before the body; review
 * signatures, police/ICP registration numbers, copyright and site-name lines after it.
 *
 * `findBody` only returns a range into the text, it never copies or changes it. It is
 * conservative: a line is cut only when it matches a chrome pattern (or is a short site-name or
 * menu line next to one); a title, a signature or a date is never chrome by itself.
 * Works on simplified and traditional characters (patterns match a normalised copy of each line).
 */

const T2S_PAIRS =
  '頁页當当來来發发佈布關关閉闭體体權权辦办單单網网標标識识碼码備备掃扫審审復复終终責责輯辑圖图' +
  '聯联繫系們们術术熱热瀏浏覽览數数點点擊击時时間间號号訪访問问閱阅讀读編编電电話话郵邮務务開开' +
  '資资訊讯動动錄录導导簡简尋寻視视頂顶機机構构題题類类區区護护鍵键詞词與与參参證证協协維维運运' +
  '隱隐聲声線线統统長长懷怀適适齡龄製制員员結结況况報报書书條条鏈链現现臺台處处專专欄栏規规劃划' +
  '計计決决執执轉转載载傳传設设說说幫帮註注冊册個个職职領领紀纪檢检組组嚴严縣县鎮镇鄉乡廳厅屬属' +
  '際际業业項项貼贴僅仅絡络擴扩簽签對对釋释庫库無无礙碍糾纠為为見见議议實实財财進进門门請请輸输' +
  '攝摄聞闻眾众態态據据級级戶户內内'
/** Traditional → simplified by char code. */
const T2S = new Map<number, string>()
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) T2S.set(T2S_PAIRS.charCodeAt(i), T2S_PAIRS[i + 1])
/**
 * The code units normLine replaces, one bit each (8 KB): every other character (most of a line) is passed over after one table
 * read, where it was hashed for a Map lookup (the footer's walk normalises whole paragraphs: 1.5% of processReport's samples).
 */
const CHANGED = new Uint32Array(0x10000 / 32)
for (const c of [...T2S.keys(), 0x3000, 0xa0, 0x200b, 0x200c, 0x200d, 0xfeff]) CHANGED[c >> 5] |= 1 << (c & 31)
for (let c = 0xff01; c <= 0xff5e; c++) CHANGED[c >> 5] |= 1 << (c & 31)

/** Normalised copy of a line for pattern matching: simplified, half-width, single spaces. */
export function normLine(line: string): string {
  // Only the characters that change are replaced; the runs between them are copied whole.
  let s = ''
  let last = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (((CHANGED[c >> 5] >>> (c & 31)) & 1) === 0) continue
    let r: string | undefined
    if (c >= 0xff01 && c <= 0xff5e) r = String.fromCharCode(c - 0xfee0)
    else if (c === 0x3000 || c === 0xa0) r = ' '
    else if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff) r = ''
    else r = T2S.get(c)
    if (r === undefined) continue
    s += line.slice(last, i) + r
    last = i + 1
  }
  s = last === 0 ? line : s + line.slice(last)
  return s.replace(/列印/g, '打印').replace(/\s+/g, ' ').trim()
}

const NAV_WORDS = new Set(
  ('首页 网站首页 主页 返回首页 政务公开 政府信息公开 信息公开 政府信息公开目录 政府信息公开指南 政府信息公开制度 ' +
    '政务服务 办事服务 网上办事 在线办事 互动交流 政民互动 公众参与 新闻中心 新闻动态 要闻动态 工作动态 通知公告 ' +
    '政策文件 政策解读 政策法规 数据发布 数据开放 专题专栏 网站地图 无障碍 无障碍浏览 长者模式 关怀版 适老化 ' +
    '繁体 繁体版 简体 简体版 繁体中文 简体中文 English EN 登录 注册 个人登录 法人登录 用户登录 搜索 高级搜索 ' +
    '手机版 移动版 微博 微信 政务微博 政务微信 机构概况 领导信息 机构职能 机构设置 法定主动公开内容 结果公开 ' +
    '落实情况公开 决策公开 执行公开 管理公开 服务公开 规划计划 财政信息 人事信息 统计信息 概况 走进').split(' '),
)

const TOOL_WORDS = new Set(
  ('打印 打印本页 打印此页 打印文章 关闭 关闭窗口 关闭本页 收藏 加入收藏 收藏本页 分享 返回 返回顶部 回到顶部 ' +
    '顶部 TOP 我要纠错 纠错 字体 字号 大 中 小 默认 保存 导出 下载 分享到 扫一扫').split(' '),
)

const FOOTER_WORDS = new Set(
  ('网站地图 联系我们 关于我们 网站声明 隐私声明 隐私政策 使用帮助 帮助 站点地图 法律声明 免责声明 网站纠错 ' +
    '收藏本站 设为首页 网站导航 意见建议 留言').split(' '),
)

const SENTENCE_PUNCT = /[。；！？]/
const SEP = /[>»›→]/

const TOKEN_SEPARATORS = /[\s|/·•、,【】[\]()]+/g

/**
 * Whether `s` has words (split at TOKEN_SEPARATORS) and each is in one of the sets. The words are read one by one up to the
 * first that is in none (most lines' first): splitting every line whole was most of `findBody`'s time.
 */
function allIn(s: string, ...sets: Set<string>[]): boolean {
  let words = 0
  let from = 0
  TOKEN_SEPARATORS.lastIndex = 0
  for (;;) {
    const m = TOKEN_SEPARATORS.exec(s)
    const to = m ? m.index : s.length
    if (to > from) {
      const t = s.slice(from, to)
      if (!sets.some((set) => set.has(t))) return false
      words++
    }
    if (!m) return words > 0
    from = TOKEN_SEPARATORS.lastIndex
  }
}

/** Navigation before the article: location bar, breadcrumb, hot-search bar, menu line. */
export function isHeaderNav(s: string): boolean {
  if (s === '' || s.length > 150) return false
  if (/^(您|你)(当前|现在|目前)?(所在)?的?(所在)?位置/.test(s) || /^(当前|所在)的?位置/.test(s)) return true
  if (/^[>»›→/|\-\s]+$/.test(s)) return true
  if (!SENTENCE_PUNCT.test(s) && /(首页|主页)/.test(s) && SEP.test(s)) return true
  if (!SENTENCE_PUNCT.test(s) && s.length <= 100 && (s.match(/[>»›]/g)?.length ?? 0) >= 2) return true
  if (/^(热搜|热词|热门搜索|热门关键[词字]|搜索热词|热点搜索|热点关注)/.test(s)) return true
  if (/^(请输入|输入)(关键[词字]|搜索)/.test(s)) return true
  return allIn(s, NAV_WORDS)
}

const META_LABELS =
  '信息来源|文章来源|来源|作者|发布日期|发布时间|发布机构|发文机关|发文日期|成文日期|生成日期|更新日期|更新时间|' +
  '浏览次数|浏览量|点击数|点击量|点击率|阅读数|阅读量|阅读次数|访问量|访问次数|索引号|主题分类|体裁分类|组配分类|' +
  '服务对象分类|文号|发文字号|有效性|字号|字体|责任编辑|编辑|审核|审签|校对|供稿|稿源|撰稿|摄影'
const META = new RegExp(`^[(\\[【]?\\s*(${META_LABELS})\\s*[:|]`)

/** Article metadata and toolbars ("来源:… 发布日期:…", "【打印】【字体:大 中 小】", "分享到"). */
function isArticleTool(s: string): boolean {
  if (s === '' || s.length > 200) return false
  if (META.test(s)) return true
  if (/^[【[]\s*(打印|字体|字号|关闭|收藏|分享|返回|大|中|小|加入收藏|我要纠错|纠错|导出|下载)/.test(s)) return true
  if (/^分享到/.test(s) || /扫一扫/.test(s)) return true
  return allIn(s, TOOL_WORDS)
}

/** Site footer: review signatures, registration numbers, copyright, footer links. */
function isFooter(s: string): boolean {
  if (s === '' || s.length > 200) return false
  if (/(初审|复审|终审)\s*[|:]/.test(s)) return true
  if (/公网安备|网站标识码|版权所有|ICP\s*备|ICP证|copyright|©/i.test(s)) return true
  if (/(主办单位|承办单位|协办单位|维护单位|运维单位|技术支持|技术支撑|网站维护)\s*:/.test(s)) return true
  if (/建议使用.{0,40}(浏览器|分辨率)/.test(s)) return true
  if (/^(上一篇|下一篇|上一条|下一条)/.test(s)) return true
  if (/^相关(链接|文章|阅读|新闻|信息|稿件|文件|解读)\s*:?$/.test(s)) return true
  return allIn(s, FOOTER_WORDS, NAV_WORDS, TOOL_WORDS)
}

const HEAD_MAX_LINES = 80
const TAIL_MAX_LINES = 60
const MAX_SITE_NAME = 40
const MAX_FOOTER_LINE = 60
const TITLE_WORDS = /(报告|总结|情况|工作要点|年度)/

interface Line {
  start: number
  end: number
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  if (!text.includes('\r')) { // (most texts: their lines are found by indexOf, several times faster than the regex)
    let start = 0
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      lines.push({ start, end: nl })
      start = nl + 1
    }
    lines.push({ start, end: text.length })
    return lines
  }
  const re = /\r\n|\r|\n/g
  let start = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ start, end: m.index })
    start = m.index + m[0].length
  }
  lines.push({ start, end: text.length })
  return lines
}

/**
 * A text's lines, each normalised (normLine) on first use only: the walks of findBody read few of them. (Methods of a class, not
 * closures made per call: the CLI's and the bench's tsx names each closure it creates, at a cost that showed in every report's ingest.)
 */
class NormLines {
  readonly spans: Line[]
  private readonly text: string
  private readonly cache = new Map<number, string>()
  constructor(text: string) {
    this.text = text
    this.spans = splitLines(text)
  }

  norm(i: number): string {
    let s = this.cache.get(i)
    if (s === undefined) {
      s = normLine(this.text.slice(this.spans[i].start, this.spans[i].end))
      this.cache.set(i, s)
    }
    return s
  }

  nextNonBlank(i: number): number {
    for (let j = i + 1; j < this.spans.length && j <= i + 4; j++) if (this.norm(j) !== '') return j
    return -1
  }
}

/**
 * Range of `text` that is the report body, page chrome excluded: `text.slice(start, end)` is the
 * body with surrounding whitespace trimmed. Falls back to the whole (trimmed) text when nothing but
 * chrome is found.
 */
export function findBody(text: string): { start: number; end: number } {
  const normLines = new NormLines(text)
  const lines = normLines.spans

  // Head: skip chrome lines until the first line that is not chrome.
  let first = -1
  for (let i = 0; i < lines.length && i < HEAD_MAX_LINES; i++) {
    const s = normLines.norm(i)
    if (s === '' || isHeaderNav(s) || isArticleTool(s)) continue
    const siteName = s.length <= MAX_SITE_NAME && !/[。；！？，,;]/.test(s) && !TITLE_WORDS.test(s)
    // (the lines below are normalised only for a site name: below the body's first line they are its paragraphs, often long)
    const next = siteName ? normLines.nextNonBlank(i) : -1
    if (next !== -1 && isHeaderNav(normLines.norm(next))) continue // site name or menu item above the navigation
    first = i
    break
  }
  if (first === -1) first = Math.min(lines.length, HEAD_MAX_LINES) < lines.length ? HEAD_MAX_LINES : -1

  // Tail: walk up over blank, chrome and short lines; cut from the topmost chrome line.
  let cut = lines.length
  if (first !== -1) {
    for (let i = lines.length - 1, seen = 0; i > first && seen < TAIL_MAX_LINES; i--, seen++) {
      const s = normLines.norm(i)
      if (s === '') continue
      if (isFooter(s) || isArticleTool(s) || s === '首页' || s === '返回首页') {
        cut = i
        continue
      }
      if (s.length <= MAX_FOOTER_LINE && !SENTENCE_PUNCT.test(s)) continue // signature, date, site name: cut only below chrome
      break
    }
  }

  const from = first === -1 ? 0 : lines[first].start
  const to = first === -1 ? text.length : lines[cut - 1].end
  return trimRange(text, from, Math.max(from, to))
}

function trimRange(text: string, from: number, to: number): { start: number; end: number } {
  let start = from
  let end = to
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  if (start === end) return { start: 0, end: 0 }
  return { start, end }
}
