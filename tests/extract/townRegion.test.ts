/** A town's region reads its county from the text; a street title without 道; a year from "YEAR年是…之年" (invented openings). */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue } from './seeds'

const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta

describe('town region', () => {
  it('puts a town in the county its report addresses or names as a governing body', () => {
    const m = meta('石桥镇2023年法治政府建设情况报告\n中共安远县委员会、安远县人民政府：\n2023年，石桥镇在县委、县政府领导下推进依法行政。')
    expect(m).toMatchObject({ agency: '石桥镇人民政府', region: '安远县石桥镇', year: 2023 })
  })

  it('prefers the county the text names most over a site banner', () => {
    const text = '宁远市人民政府\n白沙乡2021年度法治政府建设情况报告\n2021年，白沙乡在宁远县委、县政府领导下，落实《宁远县2021年依法行政工作要点》。'
    expect(meta(text)).toMatchObject({ region: '宁远县白沙乡' })
  })

  it('never reads a place out of a committee word (依法治区委员会)', () => {
    const m = meta('东湖街道2022年法治政府建设工作报告\n2022年，东湖街道在区委依法治区委员会指导下推进法治建设。')
    expect(m.region).toBe('东湖街道')
  })

  it('reads a street written without 道 in its title (海滨街 → 海滨街道办事处)', () => {
    expect(meta('海滨街2020年法治政府建设工作报告\n2020年，海滨街在区委领导下推进依法行政。')).toMatchObject({ agency: '海滨街道办事处', year: 2020 })
  })

  it('reads the year of an opening "YEAR年是…之年" when no title states one', () => {
    expect(meta('关于法治政府建设情况的报告\n2024年是实现“十四五”规划目标任务的关键之年。我局坚持依法行政。').year).toBe(2024)
  })
})
