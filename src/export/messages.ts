/**
 * UI strings of export and presentation mode, merged into `src/i18n/messages.ts` under
 * `export` and `present` (so components use vue-i18n `t('export.png', …)`), and read by the
 * pure export helpers through `exportMsg`. Syntax: `{name}` only (src/i18n/interpolate.ts).
 */
import type { Locale } from '../queries/types'
import { lookup } from '../i18n/interpolate'

export const exportMessages = {
  'zh-CN': {
    export: {
      menu: '导出',
      menuTitle: '导出图表 {title}',
      png: 'PNG 图片 {ratio}×',
      pngDefault: 'PNG 图片 {ratio}×（推荐）',
      svg: 'SVG 矢量图',
      copy: '复制图片到剪贴板',
      copied: '已复制图片，可直接粘贴到文档中。',
      copyUnsupported: '此浏览器不允许网页把图片写入剪贴板。请改用“PNG 图片”下载后插入文档。',
      copyFailed: '复制失败（{reason}）。请改用“PNG 图片”下载。',
      working: '正在生成…',
      progress: '正在生成 {done}/{total}…',
      done: '已导出 {name}',
      failed: '导出失败：{reason}',
      view: '导出本页',
      viewTitle: '导出本页全部图表',
      zip: 'ZIP：全部图表 PNG + 数据 CSV',
      pptx: 'PPTX 演示文稿（每页一张图）',
      noCharts: '本页没有可导出的图表。',
      present: '演示',
      presentTitle: '全屏演示本页图表（← → 翻页，Esc 退出）',
      source: '数据来源：各单位法治政府建设年度报告 · 导出于 {date}',
      sourceShort: '数据来源：各单位法治政府建设年度报告',
      unit: '单位：{unit}',
      allAgencies: '全部单位',
      agenciesMore: '{list} 等 {n} 个单位',
      yearSuffix: '{years}年',
      columns: {
        agency: '单位',
        year: '年份',
        indicator: '指标',
        value: '数值',
        qualifier: '性质',
        raw_value: '原始数值',
        reported: '是否报告',
        report_id: '报告编号',
        indicator_id: '指标编号',
      },
    },
    present: {
      title: '演示模式',
      counter: '{n} / {total}',
      prev: '上一页',
      next: '下一页',
      exit: '退出演示',
      help: '← → 空格 翻页 · Esc 退出',
      empty: '没有可演示的图表。',
    },
  },
  en: {
    export: {
      menu: 'Export',
      menuTitle: 'Export chart {title}',
      png: 'PNG image {ratio}×',
      pngDefault: 'PNG image {ratio}× (recommended)',
      svg: 'SVG vector image',
      copy: 'Copy image to clipboard',
      copied: 'Image copied: paste it into your document.',
      copyUnsupported: 'This browser does not let web pages put images on the clipboard. Download the PNG image instead and insert it.',
      copyFailed: 'Copying failed ({reason}). Download the PNG image instead.',
      working: 'Preparing…',
      progress: 'Preparing {done}/{total}…',
      done: 'Exported {name}',
      failed: 'Export failed: {reason}',
      view: 'Export page',
      viewTitle: 'Export every chart on this page',
      zip: 'ZIP: all charts as PNG + data as CSV',
      pptx: 'PPTX slide deck (one chart per slide)',
      noCharts: 'There are no charts on this page to export.',
      present: 'Present',
      presentTitle: 'Present this page full screen (← → to move, Esc to leave)',
      source: 'Source: annual rule-of-law government reports of each agency · Exported {date}',
      sourceShort: 'Source: annual rule-of-law government reports of each agency',
      unit: 'Unit: {unit}',
      allAgencies: 'All agencies',
      agenciesMore: '{list} and {n} agencies in all',
      yearSuffix: '{years}',
      columns: {
        agency: 'agency',
        year: 'year',
        indicator: 'indicator',
        value: 'value',
        qualifier: 'qualifier',
        raw_value: 'raw_value',
        reported: 'reported',
        report_id: 'report_id',
        indicator_id: 'indicator_id',
      },
    },
    present: {
      title: 'Presentation',
      counter: '{n} / {total}',
      prev: 'Previous',
      next: 'Next',
      exit: 'Leave presentation',
      help: '← → Space to move · Esc to leave',
      empty: 'There are no charts to present.',
    },
  },
} as const

/** Pure lookup for the export helpers: `exportMsg('en', 'export.source', { date })`. */
export function exportMsg(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  return lookup(exportMessages[locale] ?? exportMessages['zh-CN'], key, values)
}
