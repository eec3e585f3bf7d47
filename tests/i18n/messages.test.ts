import { describe, expect, it } from 'vitest'
import { interpolate, lookup, messageCompiler } from '../../src/i18n/interpolate'
import { msg } from '../../src/i18n/messages'

describe('message interpolation (the vue-i18n message compiler and the pure lookups)', () => {
  it('fills {name} placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{reports} 份报告 · {observations} 个指标值', { reports: 5, observations: 42 })).toBe('5 份报告 · 42 个指标值')
    expect(interpolate('a {missing} b', {})).toBe('a {missing} b')
    expect(interpolate('0 is a value: {n}', { n: 0 })).toBe('0 is a value: 0')
  })

  it('looks up dotted keys and returns the key when it does not exist', () => {
    const tree = { status: { ready: '{n} reports' } }
    expect(lookup(tree, 'status.ready', { n: 3 })).toBe('3 reports')
    expect(lookup(tree, 'status.nope')).toBe('status.nope')
    expect(msg('en', 'status.ready', { reports: 5, observations: 42 })).toBe('5 reports · 42 values')
  })

  it('compiles messages to functions that read the named values', () => {
    const fn = messageCompiler('{file} 读取失败', { locale: 'zh-CN', key: 'k' } as never) as unknown as (ctx: { values: Record<string, unknown> }) => string
    expect(fn({ values: { file: 'reports.parquet' } })).toBe('reports.parquet 读取失败')
  })
})

describe('the message catalogues', () => {
  it.each([
    ['app', () => import('../../src/i18n/messages').then((m) => m.messages)],
    ['briefing files', () => import('../../src/export/briefingMessages').then((m) => m.briefingMessages)],
  ])('%s: the same keys in Chinese and English, every message a non-empty string with the same placeholders', async (_name, load) => {
    const messages = await load()
    const flat = (node: unknown, prefix = ''): Record<string, string> =>
      Object.entries(node as Record<string, unknown>).reduce<Record<string, string>>((acc, [k, v]) => {
        if (typeof v === 'string') acc[prefix + k] = v
        else Object.assign(acc, flat(v, `${prefix}${k}.`))
        return acc
      }, {})
    const zh = flat(messages['zh-CN'])
    const en = flat(messages.en)
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const k of Object.keys(zh)) {
      expect(zh[k].trim(), k).not.toBe('')
      expect(placeholders(en[k]), k).toEqual(placeholders(zh[k]))
    }
  })
})
