/**
 * What an author reader needs from the report (./authorName.ts and the author readers after it): the places and organs the text
 * names, each worked out on first use, and the organ a place-only name stands for (静海区 → 静海区人民政府).
 */
import type { ReportMeta } from './types'
import { readOrgan, withoutDivision, type Organ } from './organs'
import { innermostPlace } from './placeChain'
import { organsIn } from './organsIn'
import { placesNamed, readPlace, type Places } from './placesNamed'
import { DISTRICTS_NAMED_NEW_AREA, REGIMENT } from './places'

export interface AgencyFound {
  organ: Organ | null
  source: ReportMeta['agency_source']
  evidence?: string
  /** With no agency: the department a title names without a place we can read (区市场监管局), for the sector. */
  department?: string
}

export const CJK = '\\u4e00-\\u9fff'
export const PARTY = /^(?:中共|中国共产党)|(?:党委|党组|工委|纪委|政法委|[市县区镇乡旗州]委(?:员会)?)$/

/** Zones governed by an administrative committee, not a people's government (新区, 开发区, 综合保税区, 合作区 …; a state farm's 管委会). */
export const ZONE = /(?:新区|新城|开发区|高新区|经开区|经济区|保税区|保税港区|综保区|自贸区|合作区|示范区|试验区|片区|园区|投资区|度假区|风景名胜区|农场)$/

/**
 * The organ a place-only name stands for: 静海区 → 静海区人民政府, 东城街道 → 东城街道办事处, a zone's
 * administrative committee (大鹏新区 → 大鹏新区管理委员会); Guangzhou's "洛浦街" is 洛浦街道.
 */
export function governmentOf(place: string): Organ | null {
  if (/[^街]街$/.test(place) && readPlace(`${place}道`)) place = `${place}道`
  // (a 兵团 regiment has no government's word: it reports as itself, 106团)
  if (REGIMENT.test(innermostPlace(withoutDivision(place)))) {
    const o = readOrgan(`${place}人民政府`, { lenient: true })
    return o && { name: o.place, place: o.place, organ: '', central: false }
  }
  // (a league or a 地区 is governed by its 行政公署: 兴安盟行政公署, 和田地区行政公署)
  const word = place.endsWith('街道') ? '办事处' : ZONE.test(place) && !DISTRICTS_NAMED_NEW_AREA.has(innermostPlace(place)) ? '管理委员会'
    : /(?:盟|地区)$/.test(place) ? '行政公署' : '人民政府'
  return readOrgan(place + word, { lenient: true })
}

/** What the text says about places and organs, each worked out on first use (most reports never need them). */
export interface Context {
  text: string
  places: () => Places
  /** Organs named in the text, with offsets (party bodies included). */
  named: () => { organ: Organ; index: number }[]
  /** Organs named in the text, party bodies left out. */
  known: () => Organ[]
}

function once<T>(f: () => T): () => T {
  let v: T | undefined
  let done = false
  return () => {
    if (!done) { v = f(); done = true }
    return v as T
  }
}

/** A line of a document's circulation (抄送：…, 主送：…): the organs on it receive the report, never write it. */
const CIRCULATION = /^\s*(?:抄送|抄报|主送|报送|发送|分送)\s*[:：]/

export function contextOf(text: string): Context {
  const named = once(() => organsIn(text).filter(({ index }) => !CIRCULATION.test(text.slice(text.lastIndexOf('\n', index) + 1, index))))
  return {
    text, named, places: once(() => placesNamed(text)),
    known: once(() => named().map((o) => o.organ).filter((o) => !PARTY.test(o.name))),
  }
}
