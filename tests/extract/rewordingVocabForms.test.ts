/**
 * Forms the vocabulary and order rewordings (./rewordingsVocab.ts) found the extractor brittle to, pinned on invented sentences
 * over subjects × acts × nouns × modifiers × numerals, with near misses:
 * - the count moved before its noun, with a modifier between that names no act (办理12件国务院行政复议案件, 审核12件区政府规范性文件,
 *   查处12件卫生行政处罚案件, 办理12件行政许可: a term that names the act with its noun is read over the verb and the noun);
 * - the noun before its act (我局行政许可共办理12件, 一般程序案件审核12件), also after a clause about another body's work;
 * - the count as the subject of its act (共有12件行政许可得到办理, 12件矛盾纠纷得到化解);
 * - a count before a noun a weak term names with its verb (依申请公开方面，全年收到2件申请), in the weak term's context only; a noun that
 *   is a meeting (10次中心组理论学习扩大会议) counts meetings;
 * - verb variants the catalogue reads as one act (做出/作出, 接到/收到, 查办/查处 before 违法 and 处罚, 审查/审核 of enforcement decisions);
 * - an average over years (每年平均, 年均) is no year's count, whoever its subject.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'
import { chineseCount } from './rewordings'

const SUBJECTS = ['2023年，我局', '全年区政府', '本单位']
/** [act, modifiers of the noun, noun, measure word, indicator]. */
const CASES: [string, string[], string, string, string][] = [
  ['办理', ['', '各类', '国务院'], '行政复议案件', '件', 'reconsideration_cases'],
  ['审结', ['', '国务院'], '行政复议案件', '件', 'reconsideration_cases'],
  ['办理', ['', '涉及营业执照的'], '行政许可', '件', 'approvals_handled'],
  ['受理', ['', '各类'], '行政许可申请', '宗', 'approvals_handled'],
  ['查处', ['', '卫生', '食品安全领域'], '行政处罚案件', '件', 'penalty_cases'],
  ['办结', ['', '林业', '交通运输'], '行政执法案件', '件', 'enforcement_cases'],
  ['查处', ['', '各类'], '违法案件', '起', 'enforcement_cases'],
  ['审核', ['', '区政府', '省政府'], '规范性文件', '件', 'normative_docs_reviewed'],
  ['审核', ['', '各类'], '一般程序案件', '件', 'legal_review_cases'],
  ['办理', ['', '一审'], '行政应诉案件', '件', 'litigation_cases'],
  ['化解', ['', '各类', '邻里'], '矛盾纠纷', '件', 'disputes_resolved'],
  ['收到', ['', '群众提出的'], '政府信息公开申请', '件', 'info_disclosure_requests'],
  ['办理', ['', '各类'], '信访事项', '件', 'petitions_handled'],
]
type Write = (subject: string, act: string, modifier: string, noun: string, n: string, unit: string) => string
const FORMS: [string, Write][] = [
  ['number before its noun', (s, v, m, t, n, u) => `${s}${v}${n}${u}${m}${t}，均按规定办理。`],
  ['共, number before its noun', (s, v, m, t, n, u) => `${s}共${v}${n}${u}${m}${t}，均按规定办理。`],
  ['noun before its act', (s, v, m, t, n, u) => `${s}${m}${t}${v}${n}${u}，均按规定办理。`],
  ['noun before 共 and its act', (s, v, m, t, n, u) => `${s}${m}${t}共${v}${n}${u}，均按规定办理。`],
  ['the count as subject (得到)', (s, v, m, t, n, u) => `${s}共有${n}${u}${m}${t}得到${v}，工作有序推进。`],
]
const NUMBERS: [number, string][] = [[12, '12'], [35, chineseCount(35)], [148, '148']]

describe('a count whose act, noun and figure come in another order', () => {
  for (const [form, write] of FORMS) {
    // (收到 is no act a count closes on: 得到收到 is no Chinese)
    for (const [act, modifiers, noun, unit, indicator] of CASES.filter((c) => !form.includes('得到') || c[0] !== '收到')) {
      it(`${form}: ${act}…${noun} → ${indicator}`, () => {
        for (const subject of SUBJECTS) {
          for (const modifier of modifiers) {
            for (const [n, written] of NUMBERS) {
              const text = write(subject, act, modifier, noun, written, unit)
              expect(valuesOf(text)[indicator]?.[0], text).toBe(n)
            }
          }
        }
      })
    }
  }

  it('a noun before its act states the act of its own clause, not of the clause before it', () => {
    for (const lead of ['在区司法局指导下梳理商户需求', '配合市场监管局开展联合检查']) {
      for (const [event, indicator] of [['公益普法活动开展', 'legal_publicity_events'], ['法治宣传活动举办', 'legal_publicity_events']] as const) {
        const text = `营商环境方面，街道${lead}，${event}20余场。`
        expect(valuesOf(text)[indicator]?.[0], text).toBe(20)
      }
    }
  })

  it('near misses: a noun the figure does not count, a count the agency took part in, an average over years', () => {
    for (const subject of SUBJECTS) {
      expect(valuesOf(`${subject}办理12件涉及行政复议的信访事项，均按规定办理。`).reconsideration_cases, subject).toBeUndefined()
      expect(valuesOf(`${subject}参与查处12起违法案件，均按规定办理。`).enforcement_cases, subject).toBeUndefined()
      expect(valuesOf(`${subject}年均办理行政复议案件12件，均按规定办理。`).reconsideration_cases, subject).toBeUndefined()
      expect(valuesOf(`2016年以来全国公安机关每年平均查处治安案件940余万起，${subject}办理行政复议案件12件。`).enforcement_cases).toBeUndefined()
    }
  })
})

describe('a count before its noun named by a weak term, and a meeting noun', () => {
  for (const subject of SUBJECTS) {
    for (const [n, written] of NUMBERS) {
      it(`${subject}…收到${written}件申请 in a disclosure paragraph → info_disclosure_requests ${n}, none without it`, () => {
        for (const noun of ['申请', '公开申请']) {
          expect(valuesOf(`依申请公开方面，${subject}收到${written}件${noun}，均在法定时限内办结。`).info_disclosure_requests?.[0]).toBe(n)
        }
        // (公开申请 names disclosure itself, as 收到公开申请N件 does)
        expect(valuesOf(`${subject}收到${written}件申请，均在法定时限内办结。`).info_disclosure_requests).toBeUndefined()
      })
      it(`${subject}…办结${written}件行政案件 under a penalty lead → penalty_cases ${n}`, () => {
        expect(valuesOf(`从行政处罚数据看，${subject}办结${written}件行政案件。`).penalty_cases?.[0]).toBe(n)
      })
    }
    it(`${subject}开展N次…学习扩大会议 counts meetings, not law sessions`, () => {
      expect(valuesOf(`${subject}组织开展10次中心组理论学习扩大会议，通过专题学法等方式提高能力。`).training_sessions).toBeUndefined()
      expect(valuesOf(`${subject}组织开展10次法治理论学习，提高依法行政能力。`).training_sessions?.[0]).toBe(10)
    })
  }
})

describe('verb variants the catalogue reads as one act', () => {
  const SENTENCES: [string, string, number][] = [
    ['全年做出行政处罚决定{n}件', 'penalty_cases', 12],
    ['我局做出的重大行政执法决定共{n}件', 'legal_review_cases', 12],
    ['审查并做出重大执法决定{n}件', 'legal_review_cases', 12],
    ['全年接到政府信息公开申请{n}件', 'info_disclosure_requests', 12],
    ['共接到行政许可申请{n}宗', 'approvals_handled', 12],
    ['查办交通违法行为{n}起', 'enforcement_cases', 12],
    ['共查办卫生行政处罚案件{n}件', 'penalty_cases', 12],
  ]
  for (const [sentence, indicator, n] of SENTENCES) {
    for (const subject of SUBJECTS) {
      const text = `${subject}${sentence.replace('{n}', String(n))}，均依法办理。`
      it(text, () => expect(valuesOf(text)[indicator]?.[0]).toBe(n))
    }
  }
})
