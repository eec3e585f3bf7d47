/**
 * Author, region, sector and year forms left open after the fold of 2026-12-05 (corpus README, fold38m "Left open"): a commission
 * named bare by a text that names no place and answers to 国务院; a county-level city's 市X局 whose city only its own government's
 * document names (《X市…办法》（X政发〔…〕N号）), the author the report's plan names; a street led by its district's bodies named
 * by level, the district named once in prose; a county's city written in one name with the county's stem; an unnamed 我局's field
 * in its work words (市场主体, 通信基站); a court's work report to the congress (no author, its sector).
 * Each opening is invented (other places, levels and both scripts); none is a corpus item's text.
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'
import { toSimplifiedSameLength } from '../../src/extract/normalise'
import { departmentOfWork } from '../../src/extract/fieldTerms'

type Meta = Partial<{ agency: string | null; region: string | null; sector: string | null; year: number | null }>
const REST = '\n一、主要工作\n（一）加强组织领导。召开专题会议3次。\n二、存在问题\n制度建设仍有短板。'

const CASES: [string, string, Meta][] = [
  // a commission named bare, no place anywhere, answering to 国务院
  ['bare commission, central', `发布时间：2024-02-01\n2023年，国资委以习近平法治思想为指导，落实党中央、国务院决策部署，指导中央企业依法合规经营。${REST}`,
    { agency: '国务院国有资产监督管理委员会', sector: '国资监管', year: 2023 }],
  ['bare commission, central, traditional', `2021年，國資委深入貫徹黨中央、國務院部署，推動中央企業法治建設。${REST}`,
    { agency: '国务院国有资产监督管理委员会', sector: '国资监管' }],
  ['bare commission of a province', `2023年，国资委认真落实党中央、国务院和湖南省委决策部署，指导省属企业依法经营。${REST}`,
    { agency: null, sector: '国资监管' }],
  // a county-level city named only in its government's own document; the plan names the author
  ['市X局 by its city\'s own document', '关于2022年度合同合法性审查情况的报告\n一、基本情况\n全年共审查合同52件。市里修订出台《瑞安市合同管理办法》（瑞政发〔2022〕3号）。\n二、下一步工作\n2023年，市司法局将继续做好合同审查。',
    { agency: '瑞安市司法局', region: '瑞安市', sector: '司法行政' }],
  ['a city\'s document without its number names no governing city', '关于2022年度合同合法性审查情况的报告\n一、基本情况\n全年共审查合同52件。学习《瑞安市合同管理办法》。\n二、下一步工作\n2023年，市司法局将继续做好合同审查。',
    { agency: null }],
  ['plan subject, a county bureau', '关于2021年度规范性文件备案审查情况的报告\n一、基本情况\n2021年，云和县各乡镇共报送备案文件12件，云和县各部门报送8件。\n二、下一步打算\n下一步，县司法局将进一步加强备案审查。',
    { agency: '云和县司法局', sector: '司法行政' }],
  // a street led by its district's bodies, the district named once in prose
  ['street led by 区委、区政府', `东湖街道2022年法治政府建设年度报告\n2022年，东湖街道在区委、区政府领导下推进依法行政，在罗湖区年度普法考核中获评优秀。${REST}`,
    { agency: '东湖街道办事处', region: '罗湖区东湖街道', sector: '街道', year: 2022 }],
  ['town led by 县委县政府, county named in prose, traditional', `2023年，白沙鎮在縣委縣政府的堅強領導下，參加由寧遠縣組織的執法培訓。${REST}`,
    { agency: '白沙镇人民政府', region: '宁远县白沙镇' }],
  ['street led by its district, the district only a website', `西园街道2022年法治政府建设年度报告\n2022年，西园街道在区委、区政府领导下推进依法行政，在临江区政府门户网站公开信息30条。${REST}`,
    { agency: '西园街道办事处', region: '西园街道' }],
  ['street led by its district, a partner district', `北苑街道2022年法治政府建设年度报告\n2022年，北苑街道在区委、区政府领导下推进依法行政，与南山区开展交流。${REST}`,
    { agency: '北苑街道办事处', region: '北苑街道' }],
  ['street led by its district, two districts named', `北苑街道2022年法治政府建设年度报告\n2022年，北苑街道在区委、区政府领导下，在南山区普法评议中获第2名，在福田区培训中授课。${REST}`,
    { agency: '北苑街道办事处', region: '北苑街道' }],
  // a county's city in one name with the county's stem
  ['county stem after its city', `一年来，我县坚持依法行政。召开许昌市创建法治政府示范市禹州推进会。现将我县2022年度法治政府建设情况报告如下。${REST}\n印发《禹州县2022年度学法计划》。`,
    { agency: '禹州县人民政府', region: '许昌市禹州县', sector: '区县政府' }],
  ['county stem after a city visited', `一年来，我县坚持依法行政，组织干部赴许昌市学习禹州经验。现将我县2022年度法治政府建设情况报告如下。${REST}\n印发《禹州县2022年度学法计划》。`,
    { agency: '禹州县人民政府', region: '禹州县' }],
  // an unnamed 我局's work words
  ['我局 of market regulation', `现将我局2021年度法治政府建设情况报告如下。\n一、优化营商环境\n推进证照分离改革，全省市场主体增长12%，电子营业执照发放率居前。查处垄断案件3件。`,
    { agency: null, sector: '市场监管' }],
  ['我局 of industry and information', `按照有关要求，结合我局实际，现将2023年政府信息公开工作总结如下：\n一、总体情况\n全市新建5G基站320座，固定宽带用户增至12万户，光纤入户率98%。`,
    { agency: null, sector: '经济信息化' }],
  ['我局 naming one work word only', `现将我局2021年度法治政府建设情况报告如下。\n一、主要工作\n全县市场主体增长12%。`, { agency: null, sector: null }],
  // a court's work report to the congress
  ['court work report', '2022年清河县人民法院工作报告\n——2022年1月12日在清河县第十八届人民代表大会第二次会议上\n各位代表：\n现在，我代表县人民法院向大会报告工作，请予审议。\n2021年主要工作\n全年受理各类案件8600件。',
    { agency: null, region: null, sector: '法院', year: 2021 }],
]

const simplified = (s: string | null) => (s === null ? null : toSimplifiedSameLength(s))

describe('meta forms left open after the 2026-12-05 fold', () => {
  it.each(CASES)('%s', async (_name, text, want) => {
    const got = await metaOf({ text })
    const read = { agency: simplified(got.agency), region: simplified(got.region), sector: got.sector, year: got.year }
    expect(read).toMatchObject(want)
  })

  it('reads a field from two distinct work words of one department, not from a tie', () => {
    expect(departmentOfWork('全市新建5G基站320座，固定宽带用户12万户')).toBe('经济和信息化局')
    expect(departmentOfWork('新建5G基站320座，5G基站覆盖全部乡镇')).toBeUndefined()
    expect(departmentOfWork('新建5G基站320座，市场主体增长12%')).toBeUndefined()
  })
})
