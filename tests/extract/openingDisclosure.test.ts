/**
 * A disclosure report's opening (forms of the r11 batch's dev half, on sentences invented for this test): its table of
 * documents told in prose counts documents the author made and published (规范性文件本年新制作N件、新公开N件), never
 * documents it reviewed; a review stated beside it still counts.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'

const reviewed = (text: string) => valuesOf(text).normative_docs_reviewed

describe('documents made and published in a disclosure table', () => {
  it('reads no review from 本年新制作 / 新公开 / 对外公开总数', () => {
    expect(reviewed('规范性文件：本年新制作7件，新公开7件，对外公开总数31件。')).toBeUndefined()
    expect(reviewed('二、主动公开政府信息情况\n规范性文件本年新制作3件、新公开2件。')).toBeUndefined()
    expect(reviewed('本年度制作规范性文件4件，均已公开。')).toBeUndefined()
  })

  it('still reads the documents reviewed', () => {
    expect(reviewed('全年审查规范性文件12件，全部按时备案。')?.[0]).toBe(12)
    expect(reviewed('开展规范性文件清理，经清理确认规范性文件9件。')?.[0]).toBe(9)
  })
})
