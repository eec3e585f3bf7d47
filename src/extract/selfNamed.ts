/**
 * A report that speaks of its author only as "我镇", "我县", "我局" (现就我镇2022年度…报告如下) and names
 * the place or the organ elsewhere: the level it speaks for, and the places of a level the text
 * names, to resolve the author from what the text itself writes.
 */
import { readPlace } from './placesNamed'

/** The first self-reference in the report's opening: a government level (镇, 县 …) or a department (局, 厅 …). */
const SELF = /我(街道|省|市|区|县|州|镇|乡|局|厅|委(?!员)|办(?!理|事|公|案|结|件))/

/** A report of a street or zone naming itself by its kind alone as a clause's subject ("，街道对照…", "一、新区推进…"). */
const BARE_KIND = /(?:^|[\n，,。；、])\s*(街道|新区)(?=党工委|管委会|办事处|推进|对照|坚持|围绕|按照|结合|以习)/

export function selfLevel(head: string): string | null {
  return SELF.exec(head)?.[1] ?? BARE_KIND.exec(head)?.[1] ?? null
}

const isCjk = (c: string | undefined) => c !== undefined && c >= '\u4e00' && c <= '\u9fff'

/**
 * The place ending in `level` (镇, 街道, 区 …) the text names most, read with the shortest stem
 * that makes a place and starts at a break (下太镇 in "在下太镇落地生根", 荷城街道 in "《荷城街道…》"):
 * stems of two characters are the rule for counties, towns and streets.
 */
export function placeOfLevel(text: string, level: string, before = ''): string | null {
  const counts = new Map<string, number>()
  const needle = level + before
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    for (let stem = 2; stem <= 4 && at - stem >= 0; stem++) {
      const p = text.slice(at - stem, at) + level
      // The name starts at a break (《下太镇…》, "在下太镇"), not inside a phrase ("首先由镇…", "结合镇情").
      if (!isCjk(text[at - stem]) || /[由在对向将从把被]/.test(p) || readPlace(p) !== p) continue
      // (with a department written right after it, "制发罗湖区司法局", the organ bounds it instead).
      if (!before && isCjk(text[at - stem - 1]) && !/[省市州县区在于和与及、对将从向为]/.test(text[at - stem - 1])) continue
      counts.set(p, (counts.get(p) ?? 0) + 1)
      break
    }
  }
  let best: string | null = null
  for (const [p, n] of counts) if (best === null || n > counts.get(best)!) best = p
  return best
}
