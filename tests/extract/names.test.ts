/** Names shown to people: invisible and bidi characters removed, cut for display only. */
import { describe, expect, it } from 'vitest'
import { cleanName, cleanOptionalName, NAME_DISPLAY_MAX, shortName, showBidiControls } from '../../src/extract/names'

describe('cleanName', () => {
  it('removes bidi overrides, isolates and marks, zero-width and control characters', () => {
    expect(cleanName('\u202e局法司县某\u202c')).toBe('局法司县某')
    expect(cleanName('某县\u2066司法局\u2069\u200f')).toBe('某县司法局')
    expect(cleanName('某\u200b县\u200d司\ufeff法\u0007局\u0000')).toBe('某县司法局')
    expect(cleanName('  某县\r\n司法局\t\u2028 ')).toBe('某县 司法局')
  })

  it('keeps ordinary names, punctuation and markup-looking text as text', () => {
    expect(cleanName('重庆市江津区气象局')).toBe('重庆市江津区气象局')
    expect(cleanName('<img src=x onerror=alert(1)>{{ 1+1 }}{a|x}')).toBe('<img src=x onerror=alert(1)>{{ 1+1 }}{a|x}')
    expect(cleanName('Fengjie County Emergency Management Bureau')).toBe('Fengjie County Emergency Management Bureau')
  })

  it('an empty name is null', () => {
    expect(cleanOptionalName('\u202e \u200b')).toBeNull()
    expect(cleanOptionalName(null)).toBeNull()
    expect(cleanOptionalName(' 局 ')).toBe('局')
  })
})

describe('shortName', () => {
  it('cuts long names to the display length with an ellipsis, by whole characters', () => {
    const long = '某'.repeat(200)
    expect(shortName(long)).toBe(`${'某'.repeat(NAME_DISPLAY_MAX - 1)}…`)
    expect(Array.from(shortName(long))).toHaveLength(NAME_DISPLAY_MAX)
    expect(shortName('𠀀'.repeat(30), 5)).toBe('𠀀𠀀𠀀𠀀…')
    expect(shortName('重庆市江津区气象局')).toBe('重庆市江津区气象局')
  })
})

describe('showBidiControls', () => {
  it('shows each bidi control as a visible mark, leaving everything else', () => {
    expect(showBidiControls('达到57%\u202e%75')).toBe('达到57%⟨U+202E⟩%75')
    expect(showBidiControls('\u2066甲\u2069乙')).toBe('⟨U+2066⟩甲⟨U+2069⟩乙')
    expect(showBidiControls('全年办理案件12件。\n第二段')).toBe('全年办理案件12件。\n第二段')
  })
})
