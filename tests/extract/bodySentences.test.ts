import { describe, expect, it } from 'vitest'
import { bodySentences } from '../../src/extract/bodySentences'
import { scanNumbers } from '../../src/extract/numbers'

/** The sentences bodySentences keeps, as text, with whether the engine reads them (figures or a negation). */
function kept(text: string): [string, boolean][] {
  const quantities = scanNumbers(text).filter((t) => t.kind === 'quantity')
  return bodySentences(text, { start: 0, end: text.length }, [], quantities).map((s) => [text.slice(s.span.start, s.span.end), s.read])
}

describe('bodySentences', () => {
  // Openings that carry a scope on (a span of years, a breakdown, a month) or none, each before and after a figure's sentence.
  const openings = ['近三年来，本局持续加强执法', '按类别分', '2023年5月，本局开展专项行动', '本局持续推进法治建设']
  const figures = ['共查处案件30件', '全年办理行政复议案件12件', '举办法治培训5期']

  it('keeps a sentence without figures that a later read sentence of its paragraph follows, and reads the figure', () => {
    for (const opening of openings) {
      for (const figure of figures) {
        expect(kept(`${opening}。${figure}。\n`)).toEqual([[opening, false], [figure, true]])
      }
    }
  })

  it('leaves out sentences without figures after the last read sentence of their paragraph and period, and paragraphs without any', () => {
    for (const opening of openings) {
      for (const figure of figures) {
        expect(kept(`${opening}。\n${figure}。${opening}。\n${opening}。${opening}。\n`)).toEqual([[figure, true]])
      }
    }
  })

  it('keeps a ；-part without figures before a read part of its period, whatever paragraph it opens', () => {
    for (const figure of figures) {
      expect(kept(`本局持续推进法治建设；${figure}。`)).toEqual([['本局持续推进法治建设', false], [figure, true]])
    }
  })

  it('reads a negation without figures', () => {
    expect(kept('本局持续推进法治建设。本局未发生行政诉讼败诉案件。\n')).toEqual([['本局持续推进法治建设', false], ['本局未发生行政诉讼败诉案件', true]])
  })
})
