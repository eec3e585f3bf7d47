/**
 * Forms from the dev half of the fifteenth fresh batch (r15-fresh), on sentences invented for this test with near misses:
 * a law study that its sentence names as a standing rule, then says what was explained at it, and closes on a bare count
 * (“双月学法”制度持续落实，由各处室负责人解读…等法律法规，共6次): the count is the study's; and a lecture whose sentence says
 * later whom it served — the agency's own work it explained the law for, or learning for that work (结合行政执法等工作讲解…,
 * 以讲促学、以学促干) is its staff's training, the public it was given to (为辖区群众讲解…) makes it publicity — before the
 * topic of its paragraph decides.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'

const value = (text: string, indicator: string) => valuesOf(text)[indicator]?.[0]

describe('a law study named as a standing rule whose sentence closes on a bare count', () => {
  it('counts the sessions when the clauses between say what law was explained', () => {
    const cases: [string, number][] = [
      ['党组会“季度学法”制度持续落实，由各科室负责人轮流解读行政许可法、安全生产法等法律法规，共4次。', 4],
      ['局党组坚持会前学法制度，由法规科负责人解读行政处罚法、行政强制法等法律法规，共9次。', 9],
      ['落实领导干部集中学法制度，邀请律师讲解民法典和行政诉讼法，全年共11次。', 11],
    ]
    for (const [text, n] of cases) expect(value(text, 'training_sessions')).toBe(n)
  })

  it('counts nothing when no law was explained, what was studied is laws, or another topic was studied', () => {
    expect(value('坚持双月学法制度，由各科室负责人解读业务政策，共6次。', 'training_sessions')).toBeUndefined()
    expect(value('坚持会前学法制度，全年共学习法律法规12部。', 'training_sessions')).toBeUndefined()
    expect(value('落实“第一议题”制度，由班子成员领学习近平总书记重要讲话，共32次。', 'training_sessions')).toBeUndefined()
  })

  it('leaves a closing count for the public to publicity', () => {
    expect(value('开展普法宣传，由律师为群众讲解民法典等法律法规，共15次。', 'training_sessions')).toBeUndefined()
  })
})

describe('a lecture whose sentence says later whom it served', () => {
  it('is the staff’s training when it explained the law for the agency’s own work, under a publicity heading too', () => {
    const texts = [
      '（二）加强法治宣传教育\n开设“法治讲堂”10期，请律师结合行政执法工作讲解法律法规。',
      '（三）健全全员普法体系\n我局落实普法责任制。新开设“依法行政大讲堂”8期，邀请专家结合行政审批、执法监管等工作解读政策法规，以讲促学、以学促干。',
      '（二）深化普法宣传\n举办法治讲座6场，以案释法，以讲促学。',
    ]
    expect(texts.map((t) => value(t, 'training_sessions'))).toEqual([10, 8, 6])
    for (const t of texts) expect(value(t, 'legal_publicity_events')).toBeUndefined()
  })

  it('is publicity when given to the public, under a study heading too, and by its heading when it says nothing', () => {
    expect(value('（二）加强干部学法\n开设“法治讲堂”12期，请律师为辖区群众讲解民法典。', 'legal_publicity_events')).toBe(12)
    expect(value('（二）加强干部学法\n开设“法治讲堂”12期，请律师为辖区群众讲解民法典。', 'training_sessions')).toBeUndefined()
    expect(value('（二）加强法治宣传教育\n开设“法治讲堂”12期，请律师讲解民法典。', 'legal_publicity_events')).toBe(12)
    expect(value('（二）加强法治宣传教育\n开设“法治讲堂”12期，请律师讲解民法典。', 'training_sessions')).toBeUndefined()
  })
})
