/**
 * Product sampling counted in batches (issue 11, dev35): "开展靶向性监督抽查359批次" was read as enforcement inspections. 批次 counts
 * lots of a product sampled for testing (监督抽查 in product-quality law, 抽检, 抽样, 抽验, 抽取样品), not inspections of the
 * regulated — the corpus's rulings have 抽樣100批次 (j-hezhou) as no value and leave 抽检食品2150批次 (n-rushan) unlabelled, and
 * ./valueKinds18.ts reads no sampling batches. Leads × sampling words × products × numerals; the near misses keep inspections
 * counted in 次, 户次 and 家次 after the same words read, and 批次 after a check of entities (双随机抽查, 执法检查) as
 * ./precisionProbes20.ts pins it.
 */
import { describe, expect, it } from 'vitest'
import { failures } from './probeValues'

type Probe = [string, string, number | null]
const LEADS = ['', '全年', '2025年，我局', '三是深化行政执法抓重点。', '围绕农资打假，']
const SAMPLING = ['开展靶向性监督抽查', '开展监督抽查', '开展产品质量监督抽查', '抽检', '完成质量抽检', '抽样检测', '开展监督抽验', '抽取样品']
const PRODUCTS = ['', '食品', '农资产品', '肥料、种子', '兽药和饲料']
const NUMERALS: [string, number][] = [['359', 359], ['2150', 2150], ['86', 86], ['1,200', 1200]]

const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]

describe('product sampling counted in batches', () => {
  const probes: Probe[] = SAMPLING.flatMap((sampling, i) => PRODUCTS.map((product, j): Probe => {
    const [n] = pick(NUMERALS, i + j)
    return [`${pick(LEADS, i + 2 * j)}${sampling}${product}${n}批次。`, 'enforcement_inspections', null]
  }))
  it('reads no inspections', () => expect(failures(probes)).toEqual([]))

  const misses: Probe[] = LEADS.flatMap((lead, i): Probe[] => {
    const [n, v] = pick(NUMERALS, i)
    return [
      [`${lead}开展监督抽查${n}次。`, 'enforcement_inspections', v],
      [`${lead}开展“双随机”抽查，抽查企业${n}家次。`, 'enforcement_inspections', v],
      [`${lead}开展执法检查${n}户次。`, 'enforcement_inspections', v],
      [`${lead}开展“双随机”抽查${n}批次。`, 'enforcement_inspections', v],
    ]
  })
  it('reads inspections of the regulated', () => expect(failures(misses)).toEqual([]))
})
