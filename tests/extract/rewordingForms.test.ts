/**
 * Forms the rewording harness (./rewordings.ts, ./rewordingScore.ts) found the extractor brittle to, pinned on sentences
 * invented for this test (several places, subjects, verbs, numerals and units), with the form it was robust to beside:
 * - a government speaking of itself as 本市/本区/本县 (as 我市 does) in its lead sentence: the government of the place of that
 *   level the text names;
 * - a count that only names its verb after the sentence naming the event, set apart by ； as well as by 。
 *   ("组织专题培训；全年共举办十二场次");
 * - a passage copied out of a PDF, hard-wrapped in a few lines with no title line (tests/ingest/unwrap.test.ts pins the joiner);
 * - a clause after ； that is only a short verb (or rate) and its figure, right after a count ("收到复议申请155件；受理148件",
 *   "培训4场次；覆盖380余人次"): it reads the event and subject before it as it does after ，.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { processReport } from '../../src/pipeline/processReport'
import { catalogue, valuesOf } from './seeds'
import { chineseCount } from './rewordings'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta

const GOVERNMENTS: [place: string, level: string][] = [['长治市', '市'], ['荔湾区', '区'], ['施秉县', '县'], ['汕尾市', '市'], ['铜梁区', '区']]

describe('a government speaking of itself as 本市/本区/本县', () => {
  for (const [place, level] of GOVERNMENTS) {
    for (const self of ['我', '本']) {
      it(`${self}${level} in the lead of a ${place} report → ${place}人民政府`, () => {
        const text = `2023年，${self}${level}以习近平新时代中国特色社会主义思想为指导，扎实推进依法行政，法治政府建设取得积极成效。\n` +
          `一、主要举措\n（一）健全制度体系。推动《${place}法治政府建设实施方案》任务落实，政府常务会议专题学法4次。\n`
        expect(meta(text)).toMatchObject({ agency: `${place}人民政府` })
      })
    }
  }
  it('本市场监管局 is no 本市 (a market regulator speaking of itself)', () => {
    const text = '2023年，本市场监管局以习近平新时代中国特色社会主义思想为指导，扎实推进依法行政。\n一、主要举措\n推动《长治市法治政府建设实施方案》任务落实。\n'
    expect(meta(text).agency).not.toBe('长治市人民政府')
  })
})

describe('a verb and its count after the sentence naming the event', () => {
  const EVENTS = ['组织专题培训', '围绕行政处罚法组织法治专题培训', '邀请律师开展法治讲座']
  const COUNTS: [string, number][] = [['全年共举办十二场次', 12], ['共举办7期', 7], ['全年举办三次', 3], [`累计开展${chineseCount(15)}场`, 15]]
  for (const event of EVENTS) {
    for (const [count, n] of COUNTS) {
      for (const stop of ['。', '；']) {
        it(`${event}${stop}${count} → training_sessions ${n}`, () => {
          expect(valuesOf(`局里${event}${stop}${count}，参训干部二百余人次。`).training_sessions?.[0]).toBe(n)
        })
      }
    }
  }
})

describe('a passage hard-wrapped with no title line', () => {
  const PASSAGE = '2023年，本局围绕行政许可法、行政处罚法组织法治专题培训，全年共举办法治培训班6期，参训干部320余人次；' +
    '办理行政复议案件18件，审查规范性文件9件，均按程序报送备案，全年作出行政处罚决定152件。局里还把依法行政纳入年度考核，' +
    '对照任务清单逐项推进，执法人员持证上岗，法治政府建设取得积极成效。'
  for (const width of [28, 33, 35, 40]) {
    it(`read as written at ${width} characters a line`, async () => {
      const wrapped = PASSAGE.match(new RegExp(`.{1,${width}}`, 'gs'))!.join('\n')
      const r = await processReport(new TextEncoder().encode(wrapped), 'p.txt', catalogue)
      if (!r.ok) throw new Error(r.message_en)
      const got = Object.fromEntries(r.observations.map((o) => [o.indicator_id, o.value]))
      expect(got).toMatchObject({ training_sessions: 6, reconsideration_cases: 18, normative_docs_reviewed: 9, penalty_cases: 152 })
    })
  }
})

describe('a bare verb and its figure after ； reads the clause before it, as after ，', () => {
  const SUBJECTS = ['全年市政府', '2023年，区政府', '局里']
  const NUMERALS: [string, (n: number) => string][] = [['arabic', String], ['chinese', chineseCount]]
  // [clause naming the event with its count, the bare clause, what the second figure is read as]
  const FORMS: [lead: (n: string) => string, bare: (n: string) => string, indicator: string, first: number, second: number][] = [
    [(n) => `收到行政复议申请${n}件`, (n) => `受理${n}件`, 'reconsideration_cases', 96, 90],
    [(n) => `收到行政许可申请${n}件`, (n) => `受理${n}件`, 'approvals_handled', 58, 57],
    [(n) => `排查各类矛盾纠纷${n}件，调处成功${n}件`, (n) => `成功率${n}%`, 'mediation_success_pct', 40, 95],
    [(n) => `组织执法人员法治专题培训${n}场次`, (n) => `覆盖${n}余人次`, 'training_participants', 4, 80],
    [(n) => `审核规范性文件${n}件`, (n) => `向市级备案${n}件`, 'normative_docs_filed', 24, 5],
  ]
  for (const subject of SUBJECTS) {
    for (const [numeral, write] of NUMERALS) {
      for (const [lead, bare, indicator, first, second] of FORMS) {
        if (numeral === 'chinese' && bare('').endsWith('%')) continue
        for (const sep of ['，', '；']) {
          const text = `${subject}${lead(write(first))}${sep}${bare(write(second))}，均按规定办理。`
          it(`${text} → ${indicator} ${second}`, () => {
            expect(valuesOf(text)[indicator]?.[0]).toBe(second)
          })
        }
      }
    }
  }
  it('；still ends the sentence after a clause with no count of its own', () => {
    // (the figure after ； names its own object: the study before it is no count it goes on from)
    expect(valuesOf('局里组织干部开展专题学习；受理行政复议申请12件，均按规定办理。').reconsideration_cases?.[0]).toBe(12)
  })
})
