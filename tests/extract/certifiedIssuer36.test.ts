/**
 * Certified officers whose card names its issuer (issue 11, dev36): "全系统持国家统一制发行政执法证的干部共21名" was not read
 * (r31-jiulongpo-edu-2025 labels 21 certified): the certified terms took 持 right before 行政执法证, so an issuer between them
 * (国家/省政府/司法部 统一制发, 颁发, 核发 …) hid the card. Holding (持, 持有) or having obtained (取得, 具有) a card some body
 * issued is holding the card, counted after 共/共有/共计 at the clause's end as without the issuer. Subjects × holds × issuers ×
 * cards × holders × totals × numerals. The near misses keep no card held (未持), cards renewed or applied for, newly obtained
 * cards and cards counted in 本/张 out.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]
const SUBJECTS = ['全系统', '全局', '全区教育系统', '本单位', '全镇']
const HOLDS = ['持', '持有', '取得', '具有']
const ISSUERS = ['国家统一制发', '省政府统一制发的', '司法部统一颁发', '省人民政府核发的', '市政府统一发放的']
const CARDS = ['行政执法证', '执法证件', '行政执法证件', '执法证']
const HOLDERS = ['的干部', '的人员', '的执法人员', '人员']
const TOTALS = ['共', '共有', '共计', '']
const NUMERALS: [string, number][] = [['21名', 21], ['35人', 35], ['一百零八人', 108], ['7名', 7], ['260名', 260]]
const AFTER = ['。', '，按计划对纳管对象开展行政检查。', '；全年开展执法检查120余次。']

describe('certified officers holding a card its issuer is named on', () => {
  const probes: Probe[] = SUBJECTS.flatMap((subject, i) => ISSUERS.flatMap((issuer, j) => CARDS.map((card, k): Probe => {
    const [n, v] = pick(NUMERALS, i + j + k)
    const text = `${subject}${pick(HOLDS, i + 2 * j + k)}${issuer}${card}${pick(HOLDERS, i + j + 2 * k)}${pick(TOTALS, 2 * i + j + k)}${n}${pick(AFTER, i + k)}`
    return [text, 'certified_officers', v]
  })))
  it('reads the holders counted after the issued card', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = ISSUERS.flatMap((issuer, j) => CARDS.flatMap((card, k): Probe[] => {
    const [n] = pick(NUMERALS, j + k)
    return [
      // (no card held)
      [`全局未持${issuer}${card}的人员共${n}。`, 'certified_officers', null],
      // (cards renewed, applied for, newly obtained)
      [`为${n}执法人员换发${issuer}${card}。`, 'certified_officers', null],
      [`全年申领${issuer}${card}共${n}。`, 'certified_officers', null],
      [`本年度新取得${issuer}${card}的人员${n}。`, 'certified_officers', null],
      // (cards counted, not officers)
      [`全年${issuer.replace(/的$/, '')}${card}${n.replace(/[名人]$/, '本')}。`, 'certified_officers', null],
    ]
  }))
  it('reads no card not held, renewed, applied for, newly obtained or counted', () => expect(failures(misses)).toEqual([]))
})
