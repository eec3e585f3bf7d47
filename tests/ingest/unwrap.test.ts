import { describe, expect, it } from 'vitest'
import { joinHardWraps } from '../../src/ingest/unwrap'

/** Lines of `width` characters, as a PDF's text copied out line by line. */
const wrap = (s: string, width: number) => s.match(new RegExp(`.{1,${width}}`, 'gs'))!.join('\n')
const PARA = '全年立案查处各类违法案件208件，其中作出行政处罚决定152件，罚没款46万元。审查规范性文件17件，均按程序报送备案。本年度共收到政府信息公开申请71件，受理政府信息公开申请62件，其余申请不属于本机关公开范围，已告知申请人。'

describe('joinHardWraps', () => {
  it('joins the lines of a paragraph wrapped at one width, a number cut in two included', () => {
    const text = `某局2023年法治政府建设工作报告\n一、严格规范公正文明执法\n${wrap(PARA + PARA, 29)}\n二、下一步打算`
    expect(text).toContain('15\n2件')
    const lines = joinHardWraps(text).split('\n')
    expect(lines.slice(0, 2)).toEqual(['某局2023年法治政府建设工作报告', '一、严格规范公正文明执法'])
    expect(lines.at(-1)).toBe('二、下一步打算')
    // (a wrap that falls right after a full stop is a line break like a paragraph's end: it cuts no sentence)
    expect(lines.slice(2, -1).join('')).toBe(PARA + PARA)
    for (const l of lines.slice(2, -1)) expect(l).toMatch(/。$/)
  })

  it('drops a page number and the running header beside it between the halves of a sentence', () => {
    const lines = wrap(PARA + PARA, 34).split('\n')
    lines.splice(3, 0, '— 2 —', '法治政府建设年度报告')
    lines.splice(8, 0, '— 3 —', '法治政府建设年度报告')
    expect(joinHardWraps(`某局2023年报告\n${lines.join('\n')}`)).toBe(`某局2023年报告\n${PARA}${PARA}`)
  })

  it('drops a page number between a heading and its paragraph also where no line is wrapped', () => {
    expect(joinHardWraps('某局报告\n六、信访工作\n-3-\n全年共受理126件次。')).toBe('某局报告\n六、信访工作\n全年共受理126件次。')
  })

  it('leaves text with no common wrap width, a numbered list and a one-off short line as they are', () => {
    const text = '某局报告\n一、主要工作\n全年举办法治培训班12期。\n1.加强学法培训\n2.深化普法宣传\n联系电话：0795-8321456'
    expect(joinHardWraps(text)).toBe(text)
    const lines = wrap(PARA, 35).split('\n')
    const headed = ['某局报告', ...lines.slice(0, 2), '一、严格执法', ...lines.slice(2)].join('\n')
    expect(joinHardWraps(headed).split('\n')).toContain('一、严格执法')
  })

  it('joins one paragraph of 200,000 wrapped lines, with trailing spaces, back into itself', () => {
    // (a report pasted out of a PDF as one paragraph: each join trims only the line before, not the paragraph so far)
    const long = '本局全年办理行政处罚案件34件，'.repeat(200_000 * 35 / 15)
    const lines = wrap(long, 35).split('\n')
    expect(lines.length).toBeGreaterThan(150_000)
    expect(joinHardWraps(`某局2023年报告\n${lines.join('  \n')}`)).toBe(`某局2023年报告\n${long}`)
  })
})

describe('joinHardWraps on a passage with no title line', () => {
  it('joins a first line that holds a clause (no title), and a passage of three or four lines whose open lines share one width', () => {
    for (const [width, lines] of [[24, 3], [26, 4], [34, 3], [35, 4], [35, 3]]) {
      const text = PARA.slice(0, width * (lines - 1) + 10)
      // (every line but the last is cut mid-clause at these widths: a line ending at a stop is left, as a paragraph's end is)
      expect(wrap(text, width).split('\n').slice(0, -1).every((l) => !/[。；]$/.test(l))).toBe(true)
      expect(joinHardWraps(wrap(text, width))).toBe(text)
    }
  })

  it('keeps a title line with no clause in it apart, and two short lines of one length as they are', () => {
    expect(joinHardWraps(`某局2023年法治政府建设工作报告\n${wrap(PARA, 34)}`)).toBe(`某局2023年法治政府建设工作报告\n${PARA}`)
    const two = '一、严格规范公正文明执法工作情况总结\n二、依法全面履行政府职能工作情况总结'
    expect(joinHardWraps(two)).toBe(two)
    // (a title, then two lines of one length: a title's line and a body's line of its length are no wrap)
    const [a, b] = [PARA.slice(0, 18), PARA.slice(18, 36)]
    expect([a, b].every((l) => l.length === 18 && !/[。；，]$/.test(l))).toBe(true)
    const titled = `某局2023年法治政府建设年度报告\n${a}\n${b}\n${PARA.slice(36)}`
    expect(joinHardWraps(titled)).toBe(titled)
    // (the same lines with no title are a passage of two wrapped lines, joined)
    expect(joinHardWraps(`${a}\n${b}\n${PARA.slice(36)}`)).toBe(PARA)
  })
})
