/**
 * A town's county named only as the site in its page's chrome (issue 11, dev34): "首页 > 海丰县人民政府门户网站 > 专题专栏 > 海丰县
 * 法治政府建设年度报告公开 > 2025年" above a town's report that names its county only by level (在县委、县政府的领导下) was read as the
 * bare town (r29-open-pingdong-town-2025, r29-open-dahu-town-2025, labelled 海丰县平东镇). The site a page files the town's report
 * under is its county's: its place starts the town's region. Sites × counties × separators × position labels × towns × leads. The
 * near misses keep what the r16 ruling reads (a site named in prose, 在嘉祥县政府网站主动公开, is where a report is published, no county),
 * a prefecture city's site (no county), and a governing county the body names, which wins over the site's.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue } from './seeds'

const regionOf = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta.region

const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
const COUNTIES = ['海丰县', '遂溪县', '临潼区', '江山市', '长阳土家族自治县', '伊金霍洛旗']
const SITES = ['人民政府门户网站', '政府门户网站', '人民政府网', '政府网', '人民政府官网', '门户网站', '政府网站']
const SEPARATORS = [' > ', '>', ' ＞ ', ' » ', ' / ', ' - ']
const LABELS = ['首页', '当前位置：首页', '您现在所在的位置：首页', '您的位置：首页']
const TOWNS = ['平东镇', '大湖镇', '石门乡', '东城街道', '城关镇']
const LEADS = [
  '在县委、县政府的领导下，以习近平法治思想为指导，推进法治政府建设。',
  '围绕全县法治政府建设总体部署，落实乡镇法治建设主体责任。',
  '坚持依法行政，规范行政执法，提升基层治理法治化水平。',
]

/** A town's opening under `chrome`, its body naming its county by level only. */
const opening = (chrome: string, town: string, lead: string) =>
  `${chrome}\n${town}2025年法治政府建设年度报告\n2025年，${town}${lead}\n一、主要举措和成效\n镇党委专题召开会议4次，研究部署法治建设工作。`

describe('a town\'s county named only as the site in its page\'s chrome', () => {
  const probes: [string, string][] = COUNTIES.flatMap((county, i) => SITES.flatMap((site, j) => TOWNS.map((town, k): [string, string] => {
    const sep = pick(SEPARATORS, i + j + k)
    const label = pick(LABELS, i + 2 * j + k)
    const lead = pick(LEADS, i + j + 2 * k)
    const shape = (i + j + k) % 3
    // (a breadcrumb through the site, a page title before the site's name, the site's name alone on its line)
    const chrome = shape === 0 ? [label, `${county}${site}`, '专题专栏', '法治政府建设年度报告公开', '2025年'].join(sep)
      : shape === 1 ? `${town}2025年法治政府建设年度报告${sep}${county}${site}` : `${county}${site}`
    return [opening(chrome, town, lead), `${county}${town}`]
  })))
  it('starts the town\'s region with the site\'s place', () =>
    expect(probes.filter(([text, want]) => regionOf(text) !== want).map(([text, want]) => `${text.split('\n')[0]} → ${regionOf(text)}, want ${want}`)).toEqual([]))

  it('adds the city written before the county in the site\'s name', () =>
    expect(regionOf(opening('首页 > 汕尾市海丰县人民政府门户网站 > 专题专栏 > 2025年', '平东镇', LEADS[0]))).toBe('汕尾市海丰县平东镇'))

  const misses: [string, string][] = COUNTIES.flatMap((county, i) => TOWNS.flatMap((town, k): [string, string][] => [
    // (a site named in prose is where the report is published: the r16 ruling)
    [opening('', town, `${pick(LEADS, i + k)}本年度在${county}政府网站主动公开政府信息35条。`), town],
    [opening('', town, `${pick(LEADS, i + k)}报告电子版可在“${county}人民政府”网站查阅下载。`), town],
    // (a prefecture city's site names no county)
    [opening(`首页 > 汕尾市人民政府门户网站 > 专题专栏 > 2025年`, town, pick(LEADS, i + k)), town],
    // (a section that is no site, a department's pages)
    [opening(`首页 > 专题专栏 > ${county}法治政府建设年度报告公开 > 2025年`, town, pick(LEADS, i + k)), town],
    // (the county the body names as a governing body wins over the site's)
    [opening(`首页 > ${county}人民政府门户网站 > 专题专栏`, town, '在陆河县委、陆河县人民政府的领导下推进依法行政。'), `陆河县${town}`],
  ]))
  it('reads no county from a site named in prose, a city\'s site or a section, and lets a governing body win', () =>
    expect(misses.filter(([text, want]) => regionOf(text) !== want).map(([text, want]) => `${text.slice(0, 80)} → ${regionOf(text)}, want ${want}`)).toEqual([]))
})
