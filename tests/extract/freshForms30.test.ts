/**
 * Value forms after the r25-fresh batch (corpus README, twenty-fifth batch), each over generated sentences with near misses:
 * - letters to a leader's or a body's mailbox (办理局长信箱来信27件, 处理市长信箱来信) are mailbox messages, no petitions (the
 *   ruling that 信箱收到留言 is none), while letters and visits with no mailbox (办理群众来信27件) still are;
 * - disclosure requests counted in 次 (处理依申请公开3次, 办理政府信息公开申请5次) are requests as in 件;
 * - under a disclosure heading (（二）依申请公开政府信息, 二、收到和处理政府信息公开申请情况) a bare 收到申请N件 counts requests;
 * - a numbered heading that opens its paragraph and ends in 。 with the body going on in its line (（二）依申请公开政府信息。全年收到
 *   申请0件; 四、行政应诉。全年共办理案件9件) is the topic of the sentences after it, as a heading on its own line is, for every
 *   indicator whose weak terms read their section's topic.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

const NUMERALS: [string, number][] = [['27', 27], ['十二', 12], ['3', 3], ['一百零五', 105]]

describe('mailbox letters are no petitions', () => {
  const MAILBOXES = ['局长信箱', '市长信箱', '书记信箱', '区长信箱', '县长信箱', '网上信箱', '“局长信箱”', '主任信箱']
  const VERBS = ['办理', '处理', '答复办理']
  const LEADS = ['全年', '2023年，我局', '同时，']
  const probes: [string, string, number | null][] = MAILBOXES.flatMap((box, i) => VERBS.map((verb, j): [string, string, number | null] => {
    const [n] = NUMERALS[(i + j) % NUMERALS.length]
    return [`${LEADS[(i + j) % LEADS.length]}${verb}${box}来信${n}件，均按时回复。`, 'petitions_handled', null]
  }))
  it('reads no petitions from them', () => expect(failures(probes)).toEqual([]))

  const near: [string, string, number | null][] = ['群众', '人民', ''].flatMap((who, i) => VERBS.map((verb, j): [string, string, number | null] => {
    const [n, v] = NUMERALS[(i + j) % NUMERALS.length]
    return [`全年${verb}${who}来信${n}件，均按时回复。`, 'petitions_handled', v]
  }))
  it('still reads letters with no mailbox', () => expect(failures(near)).toEqual([]))
})

describe('disclosure requests counted in 次', () => {
  const TERMS = ['依申请公开', '政府信息公开申请', '依申请公开事项', '信息公开申请']
  const VERBS = ['处理', '办理', '受理', '答复']
  const probes: [string, string, number | null][] = TERMS.flatMap((term, i) => VERBS.map((verb, j): [string, string, number | null] => {
    const [n, v] = NUMERALS[(i + j) % NUMERALS.length]
    return [`全年主动公开工作动态46条，${verb}${term}${n}次，做到及时回复。`, 'info_disclosure_requests', v]
  }))
  it('reads them', () => expect(failures(probes)).toEqual([]))
  const near: [string, string, number | null][] = TERMS.map((term, i): [string, string, number | null] =>
    [`全年组织${term}业务培训${NUMERALS[i][0]}次，提升办理能力。`, 'info_disclosure_requests', null])
  it('reads no training about them', () => expect(failures(near)).toEqual([]))
})

describe('a bare 收到申请 under a disclosure heading', () => {
  const HEADINGS = ['（二）依申请公开政府信息', '二、收到和处理政府信息公开申请情况', '（二）依申请公开情况', '2.依申请公开']
  const FORMS: ((n: string) => string)[] = [
    (n) => `全年收到申请${n}件，已办理${n}件。`,
    (n) => `本年度共收到申请${n}件，均按时答复。`,
    (n) => `2021年我局收到申请${n}件，全部办结。`,
  ]
  const probes: [string, string, number | null][] = HEADINGS.flatMap((h, i) => FORMS.map((form, j): [string, string, number | null] => {
    const [n, v] = NUMERALS[(i + j) % NUMERALS.length]
    return [`一、总体情况\n全年主动公开信息239条。\n${h}\n${form(n)}`, 'info_disclosure_requests', v]
  }))
  it('reads them as requests', () => expect(failures(probes)).toEqual([]))
  const near: [string, string, number | null][] = ['（二）行政复议情况', '（三）行政许可情况', '（二）强化组织领导'].flatMap((h, i) => FORMS.map((form, j): [string, string, number | null] =>
    [`一、总体情况\n全年主动公开信息239条。\n${h}\n${form(NUMERALS[(i + j) % NUMERALS.length][0])}`, 'info_disclosure_requests', null]))
  it('reads none under another heading', () => expect(failures(near)).toEqual([]))
})

describe('an inline numbered heading is the topic of the sentences after it', () => {
  const MARKS = ['（二）', '四、', '2.', '（3）']
  /** A heading, a weak sentence under it, the indicator it gives. */
  const CASES: [string, string, string][] = [
    ['依申请公开政府信息', '全年收到申请{n}件，均已办结', 'info_disclosure_requests'],
    ['行政复议工作', '全年共受理{n}件，均依法审结', 'reconsideration_cases'],
    ['行政应诉', '全年共办理案件{n}件，无败诉', 'litigation_cases'],
    ['信访工作', '全年共受理{n}件次，按期办结', 'petitions_handled'],
    ['矛盾纠纷排查化解', '全年共排查{n}件，化解率98%', 'disputes_identified'],
  ]
  const probes: [string, string, number | null][] = MARKS.flatMap((mark, i) => CASES.map(([heading, body, indicator], j): [string, string, number | null] => {
    const [n, v] = NUMERALS[(i + j) % NUMERALS.length]
    return [`一、主要工作\n${mark}${heading}。${body.replace('{n}', n)}。\n`, indicator, v]
  }))
  it('reads them', () => expect(failures(probes)).toEqual([]))
  // (a heading of another topic, or a first clause with a comma, which is a sentence, not a heading)
  const near: [string, string, number | null][] = MARKS.flatMap((mark, i) => CASES.map(([, body, indicator], j): [string, string, number | null] => {
    const heading = j % 2 ? '强化组织领导' : '加强队伍建设，提升执法水平'
    return [`一、主要工作\n${mark}${heading}。${body.replace('{n}', NUMERALS[(i + j) % NUMERALS.length][0])}。\n`, indicator, null]
  }))
  it('reads none under another topic', () => expect(failures(near)).toEqual([]))
})
