/**
 * The author's role decides between two figures of reviews (see src/extract/authorRole.ts): a report that gives the reviews
 * the author answered as respondent (作为被申请人…) and those it handled as review body (作为复议机关，…) counts the first for a
 * department (局, 委, 办, a town's government) and the second for a government of a county or above or a justice bureau,
 * the author's kind read from the metadata. Generated: authors of several kinds × respondent phrases × review-body phrases ×
 * review terms × numbers × the order of the two figures, with a suit figure (作为被告…) beside them on every other probe.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue } from './seeds'

const RESPONDENTS = ['长河县市场监督管理局', '长河市生态环境局', '长河县卫生健康委员会', '长河县人民政府办公室', '青石镇人民政府']
const REVIEW_BODIES = ['长河县人民政府', '长河市人民政府', '长河县司法局']
const AS_RESPONDENT = ['作为被申请人新收{T}{N}件', '作为被申请人的{T}共{N}件', '以本单位为被申请人的{T}{N}件', '作为行政复议被申请人，全年{T}{N}件']
const AS_REVIEW_BODY = ['作为复议机关，全年办理{T}{N}件', '作为行政复议机关，依法受理{T}{N}件', '作为复议机构，办理针对下级部门的{T}{N}件']
const TERMS = ['行政复议案件', '复议案件', '行政复议申请']
const NUMBERS: [number, number][] = [[112, 5], [6, 48], [30, 9], [14, 27]]
const SUIT = 11

interface Probe { author: string; text: string; want: number; other: number; suit: boolean; order: string }

function probes(): Probe[] {
  const out: Probe[] = []
  let i = 0
  for (const author of [...RESPONDENTS, ...REVIEW_BODIES]) {
    for (const r of AS_RESPONDENT) for (const b of AS_REVIEW_BODY) for (const t of TERMS) for (const first of ['respondent', 'review body']) {
      const [mine, theirs] = NUMBERS[i % NUMBERS.length]
      const suit = i++ % 2 === 0
      const respondent = RESPONDENTS.includes(author)
      const [rn, bn] = respondent ? [mine, theirs] : [theirs, mine]
      const rs = `2023年，${r.replace('{T}', t).replace('{N}', String(rn))}。`
      const bs = `${b.replace('{T}', t).replace('{N}', String(bn))}。`
      const ss = suit ? `作为被告应诉行政诉讼案件${SUIT}件。` : ''
      const text = first === 'respondent' ? rs + ss + bs : bs + ss + rs
      out.push({ author, text, want: mine, other: theirs, suit, order: first })
    }
  }
  return out
}

function failure(p: Probe): string {
  const obs = extractReport({ text: p.text, body: { start: 0, end: p.text.length }, file: 't.txt', sha256: '', sidecar: { agency: p.author, year: 2023 } }, catalogue).observations
  const value = (id: string) => obs.find((o) => o.indicator_id === id)?.value
  const why: string[] = []
  if (value('reconsideration_cases') !== p.want) why.push(`reconsideration_cases ${value('reconsideration_cases') ?? 'none'}, want ${p.want}`)
  if (p.suit && value('litigation_cases') !== SUIT) why.push(`litigation_cases ${value('litigation_cases') ?? 'none'}, want ${SUIT}`)
  return why.length ? `${p.author}: ${p.text} → ${why.join('; ')}` : ''
}

const all = probes()

describe('the author\'s role decides between figures of reviews', () => {
  for (const author of [...RESPONDENTS, ...REVIEW_BODIES]) {
    for (const order of ['respondent', 'review body']) {
      it(`${author}, ${order} figure first`, () => {
        expect(all.filter((p) => p.author === author && p.order === order).map(failure).filter(Boolean)).toEqual([])
      })
    }
  }

  it('leaves a report whose author the metadata does not name as it was', () => {
    // (no kind, no role: the role clause neither wins nor loses)
    const text = '2023年，作为被申请人新收行政复议案件112件。作为复议机关，全年办理复议案件5件。'
    const obs = extractReport({ text, body: { start: 0, end: text.length }, file: 't.txt', sha256: '' }, catalogue)
    expect(obs.meta.agency).toBeNull()
    expect(obs.observations.find((o) => o.indicator_id === 'reconsideration_cases')?.value).toBe(5)
  })
})
