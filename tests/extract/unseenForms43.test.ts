/**
 * Runs the round-43 matrix (unseenForms43.ts, unseenForms43More.ts): each text states exactly the values it lists of the enforcement,
 * training and oversight families (reviews and suits included); every other indicator of the three stays absent.
 */
import { describe, expect, it } from 'vitest'
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { ALL_43 } from './unseenForms43More'
import { titleLevel } from '../../src/extract/authorLevel'

const FAMILIES = new Set(['training', 'enforcement', 'oversight'])
const IDS = catalogue.indicators.filter((i) => FAMILIES.has(i.family)).map((i) => i.id)

/**
 * Forms left open (23 of 339 failed when written, three of them on an expectation that went against the catalogue's or the corpus's
 * reading and was set right: 法律明白人 courses, a problems section, lectures for firms as publicity; the actual figure told by its
 * verb alone after a plan's bound, 不少于100次，实际完成126次, is read since this round's bound and round 44's target were made one
 * rule in rules.ts changeTokens). Each must still fail: when a rule reads it, take it out of this list.
 * - A bare 办理案件 (no kind of case named) in a market bureau's report: only the author's sector could tell it from a justice
 *   bureau's 办理法律援助案件 or a court's cases, which needs the sector inside the rules.
 * - A figure whose noun is left to the clause before (行政诉讼案件中，以本局为被告的14件; 重大行政决策事项全部经过合法性审查，共6项): taking a
 *   term across a comma to a bare 件/项 would tie many lists' figures to the wrong head.
 * - Sessions of two sentences of one paragraph (会前学法10次。举办法治讲座3期): sessions add up within a sentence only, since a
 *   paragraph's second figure is as often a part of its first (其中…) or a repeat of it in other words.
 */
const OPEN = new Set<string>([
  'cases, money involved, fines, both changes', 'suits with the bureau as defendant after 中', 'major decisions all reviewed',
  'study of the year in two sentences',
])

for (const [group, probes] of ALL_43) probeSuite(`${group}: the year's own values beside figures that are not`, probes, IDS, OPEN)

describe('the author\'s level by a title that names no place', () => {
  it.each([
    ['县市场监督管理局2023年度法治政府建设工作报告', 3], ['市城市管理局2023年法治政府建设年度报告', 2], ['省生态环境厅2023年度法治政府建设情况报告', 1],
    ['区人民政府关于2023年法治政府建设情况的报告', 3], ['镇人民政府2023年度法治政府建设工作报告', 4], ['关于县交通运输局2023年法治政府建设情况的报告', 3],
    ['市场监督管理局2023年度法治政府建设工作报告', null], ['县域法治建设观察', null], ['2023年法治政府建设年度报告', null], [null, null],
  ] as const)('%s', (title, level) => expect(titleLevel(title)).toBe(level))
})
