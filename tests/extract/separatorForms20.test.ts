/**
 * A time scope carried over a sentence end that a reworded report moved (the separator transforms of ./rewordings.ts: ，→；,
 * ；→。, 。→；), pinned on sentences invented for this test (spans × subjects × verbs and terms × units × numerals × separators):
 * - a ；-part that states no figure passes its span of years or months on to the ；-parts after it, as one with a figure does
 *   ("2021年11月至2022年7月；全市查办…336起", "此前2016年至2021年；部里已连续举办…5期");
 * - a part that returns to the year by name (今年, 本年度, 全年, the report's year) ends a carried span, whether or not it states a
 *   figure ("近三年均未开展执法；今年组织培训6期；…；现有2名同志持有执法证");
 * - a sentence that opens with a bare verb of the doings it counts, naming no subject, time or place of its own, goes on in the
 *   scope of a span of years before it in its paragraph, across 。 as across ； ("近年来，全市组建讲师团…。组织基层普法活动3250余次");
 *   one that names the year, the author or another time (全年, 今年, 本局, 上年, 其中今年) does not inherit it;
 * - a ；-part that names no subject goes on with the subject of the parts before it in its period ("各区共执法检查1732家次；发现违法
 *   行为492项次；已整改…"), as a clause after ， does; one that names the author (本局, 我局, 局机关) speaks for it;
 * - a breakdown after a bare 其中 goes on over a ；-part that counts a noun of the same head ("其中集体提案25件；委员个人及联名提案
 *   67件"): its figure is a part, neither added to the total nor read in its place.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'
import { chineseCount } from './rewordings'

const LEAD = '2023年，本局扎实推进依法行政，法治政府建设取得积极成效。\n'
/** Verb, term and unit of a count, with the indicator it is read as. */
const COUNTS: [verbTerm: string, unit: string, indicator: string][] = [
  ['查办各类违法案件', '起', 'enforcement_cases'],
  ['举办法治专题培训班', '期', 'training_sessions'],
  ['办理行政复议案件', '件', 'reconsideration_cases'],
  ['组织法治宣传活动', '场', 'legal_publicity_events'],
]
const NUMBERS = [336, 5, 27]
const numeral = (n: number, i: number) => (i % 2 && n < 100 ? chineseCount(n) : String(n))
const value = (text: string, indicator: string) => valuesOf(LEAD + text)[indicator]?.[0]

describe('a ；-part without a figure passes its span on', () => {
  const SPANS = ['2021年11月至2022年7月', '此前2016年至2021年', '“七五”普法期间，全市深入推进专项治理', '近三年来，局里持续加大工作力度']
  const SUBJECTS = ['全市', '部里', '局里已连续']
  SPANS.forEach((span, s) => SUBJECTS.forEach((subject, j) => COUNTS.forEach(([verb, unit, indicator], c) => {
    const n = NUMBERS[(s + j + c) % NUMBERS.length]
    const count = `${subject}${verb}共${numeral(n, s + c)}${unit}`
    it(`${span}；${count} → no ${indicator}`, () => {
      expect(value(`${span}；${count}。`, indicator)).toBeUndefined()
      expect(value(`${span}，${count}。`, indicator)).toBeUndefined()
    })
    it(`2023年，${subject}深入推进专项治理；${count} → ${indicator} ${n}`, () => {
      expect(value(`${subject}深入推进专项治理；${count}。`, indicator)).toBe(n)
    })
  })))
})

describe('a part that returns to the year ends a carried span', () => {
  const SPANS = ['近三年我局均未开展专项执法，没有执法案件', '历年均未收取费用', '2019年至2021年累计培训执法人员300人次']
  const RETURNS = ['今年', '本年度', '全年', '2023年']
  const HOLDINGS = [2, 12, 34]
  SPANS.forEach((span, s) => RETURNS.forEach((back, r) => {
    const n = HOLDINGS[(s + r) % HOLDINGS.length]
    const holds = `现有${n}名同志持有行政执法证`
    it(`${span}；${back}…；${holds} → certified_officers ${n}`, () => {
      expect(value(`${span}；${back}组织执法人员参加培训共6期；新招录的2名公务员于7月15日报到；${holds}。`, 'certified_officers')).toBe(n)
      expect(value(`${span}；${back}未制发规范性文件；${holds}。`, 'certified_officers')).toBe(n)
    })
    it(`${span}；…；${holds} (no return) → no certified_officers`, () => {
      expect(value(`${span}；新招录的2名公务员于7月15日报到；${holds}。`, 'certified_officers')).toBeUndefined()
    })
  }))
})

describe('a sentence opening with a bare verb goes on in the span before it', () => {
  const SPANS = ['近年来，全市组建普法讲师团成员438名', '“七五”普法期间，全省培训普法骨干59.6万多人次', '改革实施以来，全县累计受理复议申请9起，均已审结', '三年来，局里持续加大工作力度']
  const BARE: [verb: string, unit: string, indicator: string][] = [
    ['组织基层普法活动', '次', 'legal_publicity_events'],
    ['在农村累计开展法治宣传活动', '场', 'legal_publicity_events'],
    ['查办各类违法案件', '件', 'enforcement_cases'],
    ['开展法治讲座', '场', 'training_sessions'],
  ]
  SPANS.forEach((span, s) => BARE.forEach(([verb, unit, indicator], v) => ['。', '；'].forEach((stop, t) => {
    const n = NUMBERS[(s + v + t) % NUMBERS.length]
    it(`${span}${stop}${verb}${n}${unit} → no ${indicator}`, () => {
      expect(value(`${span}${stop}${verb}${numeral(n, s + v)}${unit}。`, indicator)).toBeUndefined()
    })
  })))
  // (another time or subject of its own: the year's, or that one's)
  const OWN = ['全年', '今年', '本局', '我局全年', '2023年', '其中今年']
  SPANS.forEach((span, s) => OWN.forEach((own, o) => {
    const n = NUMBERS[(s + o) % NUMBERS.length]
    it(`${span}。${own}查办各类违法案件${n}件 → enforcement_cases ${n}`, () => {
      expect(value(`${span}。${own}查办各类违法案件${n}件。`, 'enforcement_cases')).toBe(n)
    })
  }))
  for (const span of SPANS) {
    it(`${span}。上年查办各类违法案件40件 → no enforcement_cases (the year before's)`, () => {
      expect(value(`${span}。上年查办各类违法案件40件，同比增长5%。`, 'enforcement_cases')).toBeUndefined()
    })
  }
})

describe('a ；-part that names no subject goes on with the subject of the parts before it', () => {
  const OTHERS = ['各区', '各乡镇', '各县区', '其他部门']
  const MIDDLES = ['', '发现违法行为492项次；', '发现违法行为492项次；整改率98.2%；']
  const PARTS: [part: (n: number) => string, indicator: string, value: (n: number) => number][] = [
    [(n) => `已整改安全隐患${n}项`, 'hazards_rectified', (n) => n],
    [(n) => `罚没款${n}万元`, 'fines_yuan', (n) => n * 10000],
    [(n) => `查处违法案件${n}起`, 'enforcement_cases', (n) => n],
  ]
  OTHERS.forEach((subject, s) => MIDDLES.forEach((middle, m) => PARTS.forEach(([part, indicator, v], p) => {
    const n = NUMBERS[(s + m + p) % NUMBERS.length]
    const lead = `${subject}共执法检查1732家次，同比减少16.2%；${middle}`
    it(`${lead}${part(n)} → no ${indicator}`, () => {
      expect(value(`${lead}${part(n)}。`, indicator)).toBeUndefined()
    })
    for (const own of ['本局', '我局', '局机关']) {
      it(`${lead}${own}${part(n)} → ${indicator} ${v(n)}`, () => {
        expect(value(`${lead}${own}${part(n)}。`, indicator)).toBe(v(n))
      })
    }
  })))
})

describe('a ；-part counting a noun of the same head goes on with the breakdown after a bare 其中', () => {
  const FORMS: [total: (t: number) => string, part: (a: number) => string, next: (b: number) => string, indicator: string, unit: number][] = [
    [(t) => `交市政府办理的提案共有${t}件`, (a) => `其中集体提案${a}件`, (b) => `委员个人及联名提案${b}件`, 'proposals_handled', 1],
    [(t) => `本局共承办人大代表建议${t}件`, (a) => `其中市级人大代表建议${a}件`, (b) => `区级人大代表建议${b}件`, 'proposals_handled', 1],
    [(t) => `经济处罚合计${t}万元，同比下降7.14%`, (a) => `其中日常监督处罚${a}万元，同比下降35.71%`, (b) => `事故处罚${b}万元，同比上升17.8%`, 'fines_yuan', 10000],
    [(t) => `收到许可申请${t}件并全部受理`, (a) => `其中准予许可${a}件`, (b) => `不予受理1件、不予许可${b}件`, 'approvals_handled', 1],
  ]
  const SPLITS: [t: number, a: number, b: number][] = [[92, 25, 67], [160, 120, 38], [1205, 1100, 96]]
  const LEADS = ['', '2023年，', '全年']
  FORMS.forEach(([total, part, next, indicator, unit], f) => SPLITS.forEach(([t, a, b], s) => ['；', '，'].forEach((stop) => {
    const lead = LEADS[(f + s) % LEADS.length]
    const text = `${lead}${total(t)}，${part(a)}${stop}${next(b)}。`
    it(`${text} → ${indicator} ${t * unit}`, () => {
      expect(value(text, indicator)).toBe(t * unit)
    })
  })))
})
