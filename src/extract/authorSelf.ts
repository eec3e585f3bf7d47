/**
 * The author a report speaks of as itself (我镇, 我局) with the place or organ the text names, and last the organ the text names
 * most (./authorBody.ts reads the report's other own words).
 */
import type { Organ } from './organs'
import { innermostPlace } from './placeChain'
import { readPlace } from './placesNamed'
import { autonomousPrefecture, bareZoneKind, placeOfBrand, placeOfLevel, selfLevel } from './selfNamed'
import { zoneOfOwnTitles } from './authorPair'
import { CJK, governmentOf, PARTY, type AgencyFound, type Context } from './authorContext'
import { expand } from './authorExpand'
import { shortBranch } from './authorName'
import { ADDRESSEE } from './authorChrome'
import type { Line } from './authorTitle'
/** A body named as an award's winner (海珠区人社局获评…, X局被评为…): another body than the 我局 that reports it. */
const HONOURED = new RegExp(`^[${CJK}]{2,24}?[局厅委室办]\\s*(?:被(?:评为|授予|命名|表彰|确定为)|荣获|获评|获得|获(?!悉|知)|入选|荣膺)`)
const OWN_PLACE = new RegExp(`结合([${CJK}]{2,12}?)实际[,，]\\s*现(?:就|将)`)
/** A department the text names by level ("《市生态环境局党组…》", "区司法局党委书记"), after a break. */
const LEVEL_DEPARTMENT = new RegExp(`(?<![${CJK}])([省市区县])([${CJK}]{2,12}?(?:局|厅|委员会|委))`, 'g')

/**
 * The author a report speaks of as "我镇", "我市", "我局": the government of the one place of that
 * level the text names (下太镇, 长治市), or for a department the one local department the text names
 * in full (《上城区人力社保局…》) or by level with the report's place (《市生态环境局…》 in a 武汉 report).
 */
/** Verbs whose object is another body the author works with (联合县公安局, 邀请县司法局, 在市局指导下). */
const WORKS_WITH = /(?:联合|配合|协助|会同|邀请|协同|陪同|支持|指导|督促|协调|在)$/
/**
 * 通过 before a body: its own channel when its site or account follows (通过X局门户网站公开信息), another body acting on the author
 * otherwise (通过X局合法性审查). So is its own disclosure space, or the hall where it sets one up (X局政务公开专区, X局政府信息公开查阅室, X局一楼大厅设立查阅点;
 * not 在X局大厅开展宣传, another's hall it used).
 */
const THROUGH = /通过$/
const OWN_CHANNEL = /^(?:门户网站|网站|官网|官方网站|政务网|微信公众号|公众号|政务微博|政务新媒体|政务公开专区|(?:政府)?信息公开(?:专区|专栏|查阅室|查阅点)|(?:[一二三四五六七八九十\d]{1,2}楼)?(?:办事|服务)?大厅(?=(?:设立|设置|开设)[^，,。；;\n]{0,10}?(?:查阅|公开|窗口|专区)))/
/** The same verb before a list of organs, the organ in question after a 、 or 和 of it (联合县公安局、县交通运输局). */
const WORKS_WITH_LIST = new RegExp(`(?:联合|配合|协助|会同|邀请|协同|陪同)[${CJK}、和及与]*[、和及与]$`)

/** `leadDepartment`: the department the lead sentence names as its subject (省科技厅以…): a 我省 after it is the department's province. */
export function fromSelfReference(lines: Line[], ctx: Context, leadDepartment?: string): AgencyFound | null {
  const head = lines.map((l) => l.text).join('\n')
  const found = (organ: Organ | null, evidence: string): AgencyFound | null => (organ ? { organ, source: 'body', evidence } : null)
  // "结合荷城街道实际，现就…报告如下": the report's own place.
  const own = OWN_PLACE.exec(head)
  if (own && readPlace(own[1])) return found(governmentOf(own[1]), own[0])
  const level = selfLevel(head)
  if (!level) return null
  if (/[局厅委办]/.test(level)) {
    const counts = new Map<string, { n: number; organ: Organ }>()
    // 我局 is a 局, 我厅 a 厅, 我委 a 委员会, 我办 an 办公室 (人民防空办公室): a provincial 厅 a bureau reports to is not the bureau.
    const rank = (organ: string) => organ.endsWith(level) || (level === '委' && organ.endsWith('委员会')) || (level === '办' && organ.endsWith('办公室'))
    // (nor one the author works with or is led by: 联合/配合/邀请 X局, 在X局的指导下, nor an award's winner)
    for (const { organ: o, index } of ctx.named()) {
      if (o.central || !o.place || !rank(o.organ) || /^(?:人民政府|办事处|管理委员会)/.test(o.organ) || PARTY.test(o.name)) continue
      // (nor a partner named beside the author's own 我, X县公安局与我局共同查处…, nor a body acting on it, X市司法局对我局开展督察, 到我局调研)
      // (its own channel or space after it is its own whatever comes before, 在X局门户网站开设专栏: r57c)
      const own = OWN_CHANNEL.test(ctx.text.slice(index + o.name.length))
      if ((WORKS_WITH.test(ctx.text.slice(Math.max(0, index - 4), index)) && !own) || /^(?:的(?:领导|指导|支持|帮助)|[与和同及、对向给到来赴]我)/.test(ctx.text.slice(index + o.name.length))) continue
      if (THROUGH.test(ctx.text.slice(Math.max(0, index - 2), index)) && !own) continue
      // (nor the next ones of the list it opens: 联合X局、Y局开展…)
      if (WORKS_WITH_LIST.test(ctx.text.slice(Math.max(0, index - 40), index))) continue
      if (HONOURED.test(ctx.text.slice(index, index + 28))) continue
      const name = innermostPlace(o.place) + o.organ
      counts.set(name, { n: (counts.get(name)?.n ?? 0) + 1, organ: o })
    }
    const best = [...counts.values()].sort((a, b) => b.n - a.n)[0]
    // (a county's branch named under its city's bureau by the county's short name, 《江门市生态环境局开平分局…方案》, is that county's when
    // the text writes the county out, as in a title: 开平市生态环境分局)
    if (best) return found(shortBranch(best.organ.name, ctx) ?? best.organ, `我${level}`)
    LEVEL_DEPARTMENT.lastIndex = 0
    for (const m of ctx.text.slice(0, 3000).matchAll(LEVEL_DEPARTMENT)) {
      const o = rank(m[2]) ? expand(m[1] + m[2], ctx) : null
      if (o) return found(o, m[0])
    }
    return null
  }
  if (leadDepartment) return null
  const places = ctx.places()
  const place = (level === '省' ? places.province : level === '市' ? places.city : null) ??
    (level === '区' || level === '县' ? places.county : null) ?? placeOfLevel(ctx.text, level) ??
    (/^(?:镇|乡|街道)$/.test(level) ? placeOfBrand(ctx.text, level) : null) ??
    // (我州 and its prefecture written only in full, …，延边朝鲜族自治州法治政府建设…: the one it writes, as a 州司法局's)
    (level === '州' ? autonomousPrefecture(ctx.text) : null) ??
    // (a zone by its kind alone, 园区党工委…, named in full only in its own documents' titles, 《苏州工业园区…方案》)
    (level === '新区' ? zoneOfOwnTitles(ctx.text, bareZoneKind(head) ?? level) : null)
  return place ? found(governmentOf(place), `我${level}`) : null
}

/** The organ the text names most (with a place, at least twice), outside addressee lines. */
export function mostNamed(ctx: Context): AgencyFound {
  const text = ctx.text
  const counts = new Map<string, { n: number; organ: Organ; index: number }>()
  for (const { organ, index } of ctx.named()) {
    if (PARTY.test(organ.name) || organ.central) continue
    const lineEnd = text.indexOf('\n', index)
    if (ADDRESSEE.test(text.slice(text.lastIndexOf('\n', index) + 1, lineEnd < 0 ? text.length : lineEnd).trim())) continue
    const name = innermostPlace(organ.place) + organ.organ
    const c = counts.get(name) ?? { n: 0, organ, index }
    const follows = text.slice(index + organ.name.length, index + organ.name.length + 36)
    // Named before a year and its own rule-of-law report (…2022年度法治政府建设情况报告, 现将X局本年度法治建设情况汇报如下), not a plan
    // named after it.
    c.n += /^(?:关于)?(?:(?:19|20)\d{2}年度?|本年度|今年|全年)[^。]{0,12}法治[^。》]{0,12}(?:报告|汇报|总结)/.test(follows) ? 3 : 1
    counts.set(name, c)
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.index - b.index)
  if (!ranked.length || ranked[0].n < 2) return { organ: null, source: 'unknown' }
  const lineStart = text.lastIndexOf('\n', ranked[0].index) + 1
  return { organ: ranked[0].organ, source: 'body', evidence: text.slice(lineStart, lineStart + 80).split('\n')[0].trim() }
}
