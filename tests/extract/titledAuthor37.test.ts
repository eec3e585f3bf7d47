/**
 * A department named only inside an unquoted document title it issued (issue 11, dev37): r32-open-fujian-wlt-2020 speaks of
 * itself as 我厅 and 厅党组 and writes its name only in "制定印发了福建省文化和旅游厅关于进一步做好…备案工作的文件"; the name after
 * 印发了 was not read as a name (a name starts after a boundary: a mark, a preposition, a verb it is the object of), so the
 * report had no author, region or sector. A verb that issues a document (印发, 制定, 制发, 出台) is such a verb, and 了 after
 * any of them too (src/extract/organsIn.ts). Departments of province and city × issuing verbs × titles × self references; the
 * near misses keep another level's organ in such a title (印发了省司法厅关于… in a 我局 report), a forwarded document's organ
 * (转发了…) and a government office's notice out of the author.
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'

const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
/** [name, region, sector, level character]. */
const DEPARTMENTS: [string, string, string, string][] = [
  ['福建省文化和旅游厅', '福建省', '文化旅游', '厅'],
  ['浙江省司法厅', '浙江省', '司法行政', '厅'],
  ['四川省生态环境厅', '四川省', '生态环境', '厅'],
  ['杭州市应急管理局', '杭州市', '应急管理', '局'],
  ['兰州市交通运输委员会', '兰州市', '交通', '委'],
  ['广州市水务局', '广州市', '水利', '局'],
]
const VERBS = ['制定印发了', '印发了', '出台了', '制发了', '制定了', '印发']
const TITLES = ['关于进一步做好行政规范性文件合法性审核和备案工作的文件', '关于全面推行行政执法三项制度的实施意见', '关于加强法治政府建设的实施方案', '2020年普法依法治理工作要点']
/** How the body speaks of the author: by 我X in its lead, by its own leading group, or both. */
const SELVES = [
  (l: string) => [`2020年，我${l}以习近平法治思想为指导，推进法治建设。`, `${l}党组书记对法治建设亲自部署。`],
  (l: string) => ['2020年，以习近平法治思想为指导，推进法治建设。', `${l}党组书记对法治建设亲自部署、过问、协调和督办。`],
  (l: string) => [`2020年，我${l}坚持依法行政。`, '主要负责人履行第一责任人职责。'],
]
const body = (lead: string, group: string, named: string) =>
  `${lead}\n一、2020年法治工作情况\n（一）健全工作机制。${group}其二，推行政府法律顾问制度。其三，${named}。\n（二）严格执法。全年办理行政处罚案件12件。\n`

describe('a department named only in the title of a document it issued', () => {
  const cases = DEPARTMENTS.flatMap(([name, region, sector, level], i) => VERBS.map((verb, j) => {
    const [lead, group] = pick(SELVES, i + j)(level)
    return { text: body(lead, group, `${verb}${name}${pick(TITLES, i + j)}`), want: { agency: name, region, sector } }
  }))
  it('reads it as the author, with its region and sector', async () => {
    const wrong: string[] = []
    for (const { text, want } of cases) {
      const got = await metaOf({ text })
      if (got.agency !== want.agency || got.region !== want.region || got.sector !== want.sector) wrong.push(`${text.split('\n')[2]} → ${JSON.stringify(got)}`)
    }
    expect(wrong).toEqual([])
  })

  const misses = DEPARTMENTS.flatMap(([name, , , level], i) => [
    // (another level's organ in the title: a 局's report issuing a provincial 厅's document is not the 厅)
    ...(level === '厅' ? [{ text: body('2020年，我局坚持依法行政。', '局党组书记对法治建设亲自部署。', `${pick(VERBS, i)}${name}${pick(TITLES, i)}`), not: name }] : []),
    // (a forwarded document's organ)
    { text: body(`2020年，我${level}坚持依法行政。`, `${level}党组书记对法治建设亲自部署。`, `转发了${name}${pick(TITLES, i + 1)}`), not: name },
    // (a government office's notice, issued or forwarded)
    { text: body(`2020年，我${level}坚持依法行政。`, `${level}党组书记对法治建设亲自部署。`, `${pick(VERBS, i)}${name.slice(0, 3)}人民政府办公厅${pick(TITLES, i)}`), not: `${name.slice(0, 3)}人民政府办公厅` },
  ])
  it('keeps another level’s, a forwarded document’s and a government office’s organ out', async () => {
    const wrong: string[] = []
    for (const { text, not } of misses) {
      const got = await metaOf({ text })
      if (got.agency === not) wrong.push(`${text.split('\n')[2]} → ${got.agency}`)
    }
    expect(wrong).toEqual([])
  })
})
