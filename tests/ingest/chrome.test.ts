import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { findBody } from '../../src/ingest'

const body = (text: string): string => {
  const { start, end } = findBody(text)
  expect(start).toBeGreaterThanOrEqual(0)
  expect(end).toBeLessThanOrEqual(text.length)
  expect(start).toBeLessThanOrEqual(end)
  return text.slice(start, end)
}

const TITLE = '重庆市綦江区交通局2023年法治政府建设情况报告'
const PARA1 = '2023年以来，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深学笃用习近平法治思想。'
const PARA2 = '一、2023年法治政府部门建设情况'
const PARA3 = '（一）全年办理行政复议案件12件，纠错率8.3%，行政机关负责人出庭应诉率100%。'
const REPORT = [TITLE, '', PARA1, PARA2, PARA3].join('\n')

describe('findBody: header chrome', () => {
  it('skips location bar, breadcrumb and lone ">" but keeps the column title and the report title', () => {
    const header = '您当前的位置:\n首页>政务公开>政府信息公开目录>法治政府建设年度报告\n>\n'
    const text = header + '2023年法治政府建设年度报告\n' + REPORT + '\n'
    const { start } = findBody(text)
    expect(start).toBe(header.length)
    expect(body(text)).toBe('2023年法治政府建设年度报告\n' + REPORT)
  })

  it('skips hot-search bars and numbered breadcrumbs, keeps the title above the 来源 line', () => {
    const text = [
      '热搜:社保减免就业新冠疫苗医保',
      '',
      '7首页 > 政务公开 > 结果公开 > 落实情况公开',
      '',
      '湛江经济技术开发区应急管理局2023年法治政府建设年度报告',
      '来源:本网  作者:湛江经济技术开发区应急管理局  发布日期:2024-01-29 14:31:42  ',
      '【打印】 【字体:',
      '',
      '        ' + PARA1,
    ].join('\n')
    expect(body(text).startsWith('湛江经济技术开发区应急管理局2023年法治政府建设年度报告\n来源')).toBe(true)
    expect(body(text).endsWith(PARA1)).toBe(true)
  })

  it('skips 来源/发布日期 and toolbar lines that come before the title', () => {
    const text = [
      '首页 | 政务公开 | 政务服务 | 互动交流',
      '当前位置：首页 » 政府信息公开 » 法治政府建设',
      '发布时间：2024-02-01  来源：区司法局  浏览次数：128',
      '【字体：大 中 小】【打印本页】【关闭窗口】',
      '分享到：',
      TITLE,
      PARA1,
    ].join('\r\n')
    expect(body(text)).toBe(TITLE + '\r\n' + PARA1)
  })

  it('skips a site-name line and menu items above the navigation', () => {
    const text = ['某某市某某区人民政府', '无障碍 长者模式 繁体', '网站首页', '走进某区', '政务公开', '当前位置：首页 > 政务公开', TITLE, PARA1].join('\n')
    expect(body(text)).toBe(TITLE + '\n' + PARA1)
  })

  it('works on traditional characters and full-width punctuation', () => {
    const text = [
      '您當前的位置：首頁 ＞ 政務公開 ＞ 法治政府建設',
      '來源：船營區司法局　發布日期：2024-01-31',
      '【列印】【關閉】',
      '船營區人民政府2023年法治政府建設情況報告',
      '2023年，船營區堅持以習近平新時代中國特色社會主義思想為指導，全面貫徹黨的二十大精神。',
    ].join('\n')
    expect(body(text)).toBe('船營區人民政府2023年法治政府建設情況報告\n2023年，船營區堅持以習近平新時代中國特色社會主義思想為指導，全面貫徹黨的二十大精神。')
  })

  it('does not treat a title-like short line as a site name even above a breadcrumb', () => {
    const text = ['2023年法治政府建设年度报告', '首页 > 政务公开', PARA1].join('\n')
    expect(body(text)).toBe(text)
  })
})

describe('findBody: footer chrome', () => {
  it('keeps the signature and date, cuts from the review line (traditional page)', () => {
    const sig = '船營區人民政府\n2024年1月31日'
    const footer = '\n初审| 张三 复审| 李四 终审| 王五\n吉公网安备 22020402000210号\n\n首頁\n某某市某区人民政府'
    const text = REPORT + '\n' + sig + footer
    const { end } = findBody(text)
    expect(end).toBe((REPORT + '\n' + sig).length)
    expect(body(text).endsWith('船營區人民政府\n2024年1月31日')).toBe(true)
  })

  it('cuts ICP, 主办单位, 版权所有, 网站标识码, 扫一扫 and print/close toolbars', () => {
    const footer = [
      '',
      '【打印本页】 【关闭窗口】',
      '扫一扫在手机打开当前页',
      '网站地图 | 联系我们',
      '主办单位：某区人民政府办公室  承办单位：某区大数据发展局',
      '版权所有：某区人民政府 渝ICP备05003300号-1',
      '网站标识码：5001100001  渝公网安备 50011002500001号',
      '建议使用1920*1080分辨率 IE9以上浏览器',
      '某区人民政府',
    ].join('\n')
    expect(body(REPORT + '\n特此报告。\n某区交通局\n2024年2月1日' + footer)).toBe(REPORT + '\n特此报告。\n某区交通局\n2024年2月1日')
  })

  it('works on traditional footers', () => {
    const text = REPORT + '\n\n【列印本頁】【關閉視窗】\n版權所有：某某市人民政府辦公室\n網站標識碼：2202000001'
    expect(body(text)).toBe(REPORT)
  })

  it('is conservative: body lines that mention chrome words are kept', () => {
    const text = [
      TITLE,
      '一是在首页开设“法治政府建设”专栏，点击量达1.2万次，我们将继续做好网站ICP备案和公网安备管理工作。',
      '二是完善主办单位内容审核制度，落实初审、复审、终审三审制度，确保信息发布安全。',
      '联系人：张三',
      '联系电话：023-12345678',
    ].join('\n')
    expect(body(text)).toBe(text)
  })

  it('returns the whole trimmed text when there is no chrome, and an empty range for blank text', () => {
    expect(findBody('\n\n  ' + REPORT + '  \n')).toEqual({ start: 4, end: 4 + REPORT.length })
    expect(findBody(' \n ')).toEqual({ start: 0, end: 0 })
  })

  it('falls back to the whole text when every line looks like chrome', () => {
    const text = '首页 > 政务公开\n【打印】【关闭】'
    expect(body(text)).toBe(text)
  })
})

describe('findBody on the seed reports', () => {
  const seed = (name: string): string => readFileSync(new URL(`../../data/reports/${name}`, import.meta.url), 'utf8')

  it('qijiang: breadcrumb header cut, body starts at the column title', () => {
    const b = body(seed('qijiang-transport-2023.txt'))
    expect(b.startsWith('2023年法治政府建设年度报告\n重庆市綦江区交通局2023年法治政府建设情况报告')).toBe(true)
  })

  it('chuanying: review/police/site-name footer cut, signature kept', () => {
    const b = body(seed('chuanying-government-2023.txt'))
    expect(b.endsWith('船營區人民政府\n2024年1月31日')).toBe(true)
    expect(b.startsWith('2023年,船營區堅持')).toBe(true)
  })

  it('zhanjiang: hot-search and breadcrumb cut, title kept', () => {
    const b = body(seed('zhanjiang-etdz-emergency-2023.txt'))
    expect(b.startsWith('湛江经济技术开发区应急管理局2023年法治政府建设年度报告')).toBe(true)
  })

  it('reports without chrome are returned whole', () => {
    for (const name of ['fengjie-emergency-2022.txt', 'jiangjin-meteorology-2023.txt']) {
      const text = seed(name)
      expect(body(text)).toBe(text.trim())
    }
  })
})
