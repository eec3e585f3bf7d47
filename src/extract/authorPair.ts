/**
 * A level's party committee and its government as a clause's subject (县委、县政府主要领导…, 盟委、行署高度重视…, 地委、行署…, 州委州政府
 * 始终…, 镇党委、镇政府高度重视…) in a report that names its author no other way: that level's government, named with the one place of that level its own
 * documents' titles start with (《兴安盟诚信建设工程实施方案》, 《宾川县法治政府建设工作要点》), a league's or a 地区's its 行政公署. The pair led
 * by 在 or 按照 is no subject, and a town or a bureau that speaks as 我镇/我局 beside it is another author. (Places read anywhere else
 * in prose are too loose here: 先后主持盟委…, 审核区政府… are no places.) A zone that calls itself by its kind alone (园区党工委…) is
 * named by its documents' titles the same way (./authorSelf.ts).
 */
import { readOrgan } from './organs'
import { placeOfOwnTitles } from './selfNamed'
import type { AgencyFound, Context } from './authorContext'

/** What the pair does as a clause's subject (主要负责同志…, 高度重视…, 坚持…). */
const ACTS = '(?=主要|高度重视|始终|坚持|认真|深入|切实|先后|多次|定期|带头|严格|全面|专题|召开|研究|把|将)'
/** (地委 is a 地区's committee; 行署 and 行政公署 a league's or a 地区's government) */
const PAIR = new RegExp(`(?:^|[。；;，,！？\\n]|[一二三四五六七八九十]是)\\s*(省|市|州|盟|地|县|区|旗)委[、和及与]?\\s*(?:\\1(?:人民)?政府|行署|行政公署)${ACTS}`)
/** A town's or township's: 镇党委、镇政府, 乡党委、乡人民政府, 镇党委、政府, 镇党委镇政府 (乡镇党委 is every town's). */
const TOWN_PAIR = new RegExp(`(?:^|[。；;，,！？\\n]|[一二三四五六七八九十]是)\\s*(镇|乡)党委[、和及与]?\\s*\\1?(?:人民)?政府${ACTS}`)
/** An author of a lower level or a department speaking for itself. */
const SELF = /[我本](?:局|委|办|厅|镇|乡|街道|所|队|中心|站|处|院|单位)/
const READ = 3000

/**
 * The names of a zone each kind word stands for (经开区 for a 经济技术开发区, 高新区 for a 高新技术产业开发区; a 新区 is no 高新区,
 * 园区 a 工业园区 or 产业园区).
 */
const ZONE_OF_KIND: Record<string, RegExp> = {
  园区: /园区$/, 开发区: /开发区$/, 经开区: /(?:经济技术|经济)开发区$|经开区$/, 高新区: /高新区$|高新技术产业开发区$/, 新区: /(?<!高)新区$/,
  投资区: /投资区$/, 保税区: /保税区$/,
}

/**
 * The one zone of `kind` the text's documents' titles start with (《苏州工业园区法治政府建设实施方案》 for 园区党工委…, 2023年，园区坚持…):
 * a zone that calls itself by its kind alone names itself in full only in its own documents.
 */
export function zoneOfOwnTitles(text: string, kind: string): string | null {
  const re = ZONE_OF_KIND[kind]
  return re ? placeOfOwnTitles(text, (start) => re.test(start), 3, 20) : null
}

export function fromPartyPair(ctx: Context): AgencyFound | null {
  const head = ctx.text.slice(0, READ)
  const m = PAIR.exec(head) ?? TOWN_PAIR.exec(head)
  if (!m || SELF.test(ctx.text)) return null
  const level = m[1] === '地' ? '地区' : m[1]
  const place = placeOfOwnTitles(ctx.text, (start) => start.endsWith(level), level.length + 1)
  const organ = place ? readOrgan(place + (level === '盟' || level === '地区' ? '行政公署' : '人民政府')) : null
  return organ ? { organ, source: 'body', evidence: m[0].replace(/^[。；;，,！？\n\s]+/, '') } : null
}
