/**
 * The page shapes the opening rewordings (./openingRewordings.ts, meta20) broke, crossed with every kind of author of
 * ./openingAuthors.ts (ministries, national administrations, provincial departments, city bureaus and governments, county
 * governments and bureaus, districts, towns, streets, zones): a title a PDF wraps after its year or its 关于, an organ line over a
 * title naming no author nor year, an organ alone on the first line over the text (no title), a government's site banner
 * over a department's report whose title names no author, a lead whose subject is followed by （以下简称…）, a lead opening
 * on 这一年 or on a document's years (《纲要》实施以来), a lead verb such as 践行, a lead after 依照《条例》 naming an organ or a government's
 * place, a subject before 依据, a disclosure preamble publishing the author's 工作情况, a news piece saying the author published its report, a news title saying the report
 * was published (X局2021年法治政府建设情况报告发布). Names, figures and wording are made up for the probe.
 */
import { describe, expect, it } from 'vitest'
import { readOrgan } from '../../src/extract/organs'
import { AUTHORS, type Author } from './openingAuthors'
import { metaOf } from './openingProbes'

const BODY = (self: string, y: number) =>
  `${y}年，${self}坚持以习近平法治思想为指导，认真落实法治政府建设实施纲要，各项工作取得新进展。现将有关情况报告如下：\n` +
  `一、主要工作及成效\n全年办理行政处罚案件126件，开展执法检查38次。\n二、存在的问题\n执法队伍专业化水平仍需提升。\n`
/** The rest of a report whose lead names its author (`lead`) before its verb. */
const LED = (lead: string) => `${lead}坚持以习近平法治思想为指导，认真落实法治政府建设实施纲要，各项工作取得新进展。\n` +
  `一、主要工作及成效\n全年办理行政处罚案件126件，开展执法检查38次。\n`
const governs = (x: Author) => /(?:人民政府|办事处|管理委员会)$/.test(x.full) && /政府|街道/.test(x.sector)
/** The people's government of a county's or city's department's place (a site's banner above the department's report). */
const governmentOf = (x: Author) => {
  const o = readOrgan(x.full, { lenient: true })
  return !governs(x) && /city-bureau|county-bureau/.test(x.level) && o?.place && !x.full.startsWith('国家') ? `${o.place}人民政府` : null
}
/** The short name a lead gives its subject. */
const aliasOf = (x: Author) => (governs(x) ? x.full.replace(/人民政府$/, '政府').replace(/街道办事处$/, '街道').replace(/管理委员会$/, '管委会') : x.self.slice(1) === '局' ? '本局' : x.full.slice(-4))

type Shape = (x: Author, y: number) => string | null
const SHAPES: Record<string, Shape> = {
  'title wrapped after its year': (x, y) => `${x.full}关于${y}年度\n法治政府建设情况的报告\n${BODY(x.self, y)}`,
  'title wrapped after 关于': (x, y) => `${x.full}关于\n${y}年法治政府建设工作情况的报告\n${BODY(x.self, y)}`,
  'title wrapped after 关于, spaced': (x, y) => `${x.full} 关于${y}年\n法治政府建设工作情况的报告\n${BODY(x.self, y)}`,
  'title over three lines, 关于 with its year': (x, y) => `${x.full}\n关于${y}年度\n法治政府建设情况的报告\n${BODY(x.self, y)}`,
  'title year first, wrapped after the author': (x, y) => `${y}年${x.full}\n法治政府建设情况报告\n${BODY(x.self, y)}`,
  'organ line over a title with no year': (x, y) => `${x.full}\n法治政府建设工作情况报告\n${BODY(x.self, y)}`,
  'organ alone over the text': (x, y) => `${x.full}\n${BODY(x.self, y)}`,
  'organ alone over a document number': (x, y) => `${x.full}\n法发〔${y + 1}〕3号\n${BODY(x.self, y)}`,
  'government banner over a department’s report': (x, y) => {
    const gov = governmentOf(x)
    return gov ? `${gov}\n\n${y}年法治政府建设年度报告\n\n来源：本网 发布时间：${y + 1}-02-15\n${LED(`${y}年，${x.full}在党委、政府领导下，`)}` : null
  },
  'lead subject with 以下简称': (x, y) => `${y}年法治政府建设情况报告\n${LED(`${y}年，${x.full}（以下简称“${aliasOf(x)}”）`)}`,
  'lead on 这一年': (x, y) => `${y}年法治政府建设年度报告\n${LED(`这一年，${x.full}`)}`,
  'lead after a document-since clause, no title': (x, y) =>
    `《法治政府建设实施纲要（2021—2025年）》实施以来，${x.full}落实党中央、国务院部署，对照${y}年目标推进依法行政。\n一、主要工作及成效\n全年办理行政处罚案件126件。\n`,
  'lead verb 践行, no title': (x, y) => LED(`${y}年，${x.full}践行习近平法治思想，`).replace('坚持以习近平法治思想为指导，', ''),
  'lead after 依照《条例》, no title': (x, y) => `依照《中华人民共和国政府信息公开条例》，${x.full}围绕中心工作推进${y}年度政务公开。\n一、总体情况\n全年主动公开政府信息218条。\n`,
  'government’s place as the lead subject, no title': (x, y) => (governs(x) && /人民政府$/.test(x.full) && !x.full.includes('师') // (a corps division's city: not ruled)
    ? `依照《中华人民共和国政府信息公开条例》，${x.full.replace(/人民政府$/, '')}围绕中心工作推进${y}年度政务公开。\n一、总体情况\n全年主动公开政府信息218条。\n` : null),
  'subject first with 依据, no title': (x, y) => `${x.full}依据《中华人民共和国政府信息公开条例》编制${y}年度政府信息公开工作年度报告。\n一、总体情况\n全年主动公开政府信息218条。\n`,
  'disclosure preamble 现向社会公布…工作情况': (x, y) =>
    `按照《中华人民共和国政府信息公开条例》（下称《条例》）的规定，现向社会公布${x.full}${y}年度政府信息公开工作情况。\n一、总体情况\n全年主动公开政府信息218条。\n`,
  'news title: …报告发布': (x, y) => `${x.full}${y}年法治政府建设情况报告发布\n时间：${y + 1}-04-05\n${BODY(x.self, y)}`,
  'news: the author published its report': (x, y) =>
    `中新网3月29日电　据${x.full}微信公众号消息，${x.full}公布了${y}年法治政府建设年度报告，全文如下：\n一、主要工作及成效\n全年办理行政处罚案件126件。\n`,
}

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025]

describe('opening shapes of the rewordings over every kind of author', () => {
  for (const [form, shape] of Object.entries(SHAPES)) {
    const cases = AUTHORS.flatMap((x, i) => {
      const y = YEARS[i % YEARS.length]
      const text = shape(x, y)
      return text ? [[`${x.full} (${x.level})`, { text, x, y }] as const] : []
    })
    it.each(cases)(`${form}: %s`, async (_, { text, x, y }) => {
      const m = await metaOf({ text })
      expect({ agency: m.agency, region: m.region, sector: m.sector, year: m.year }).toEqual({ agency: x.agency, region: x.region, sector: x.sector, year: y })
    })
  }
})
