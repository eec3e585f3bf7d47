/**
 * Author, region, sector and year forms left open after the fold of 2026-12-05 (corpus README, fold38m "Left open"): a commission
 * named bare by a text that names no place and answers to 国务院; a county-level city's 市X局 whose city only its own government's
 * document names (《X市…办法》（X政发〔…〕N号）), the author the report's plan names; a street led by its district's bodies named
 * by level, the district named once in prose; a county's city written in one name with the county's stem; an unnamed 我局's field
 * in its work words (市场主体, 通信基站); a court's work report to the congress (no author, its sector).
 * Then year and author forms of real reports' openings beyond the corpus: a year in Chinese numerals or full-width digits, spaced
 * apart as a flattened PDF sets it (read in one place, src/extract/yearText.ts), only in a page's date line or a signature's date
 * (2024.01.15, 2024/1/15, 元月), a title over two lines (its author's name wrapped too), 关于…的报告 signed at its end (spaced out to
 * its width), a 发布机构/来源/发布时间 block, a report for a year published the next.
 * Each opening is invented (other places, levels and both scripts); none is a corpus item's text.
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'
import { toSimplifiedSameLength } from '../../src/extract/normalise'
import { departmentOfWork } from '../../src/extract/fieldTerms'
import { yearsAsRead } from '../../src/extract/yearText'

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
/** The opening's agency, region, sector and year, names in simplified script. */
async function read(text: string): Promise<Meta> {
  const got = await metaOf({ text })
  return { agency: simplified(got.agency), region: simplified(got.region), sector: got.sector, year: got.year }
}

describe('meta forms left open after the 2026-12-05 fold', () => {
  it.each(CASES)('%s', async (_name, text, want) => expect(await read(text)).toMatchObject(want))

  it('reads a field from two distinct work words of one department, not from a tie', () => {
    expect(departmentOfWork('全市新建5G基站320座，固定宽带用户12万户')).toBe('经济和信息化局')
    expect(departmentOfWork('新建5G基站320座，5G基站覆盖全部乡镇')).toBeUndefined()
    expect(departmentOfWork('新建5G基站320座，市场主体增长12%')).toBeUndefined()
  })
})

const WORK = '\n一、主要工作\n组织干部职工集中学法6次。\n二、下一步打算\n2025年，继续加强执法监督。'

const BEYOND: [string, string, Meta][] = [
  // the year in Chinese numerals or full-width digits
  ['numeral year in the title', `松溪县水利局二〇二三年度法治政府建设情况报告\n今年以来，松溪县水利局坚持依法行政。${WORK}`,
    { agency: '松溪县水利局', sector: '水利', year: 2023 }],
  ['numeral year with 零 opening the title', `二零二二年度松溪县档案馆法治政府建设工作报告\n一年来，我馆坚持依法治档。${WORK}`, { agency: '松溪县档案馆', year: 2022 }],
  ['numeral year with ○ in the lead only, traditional', `來源：松溪縣林業局\n二○二一年，我局堅持依法行政，推進法治林業建設。${WORK}`, { agency: '松溪县林业局', year: 2021 }],
  ['full-width digits', `松溪县统计局２０２２年度法治政府建设工作总结\n２０２２年，我局坚持依法统计。${WORK}`, { agency: '松溪县统计局', year: 2022 }],
  // the year spaced apart
  ['title digits spaced apart', `松溪县林业局 2 0 2 3 年 度 法治政府建设情况报告\n一年来，我局坚持依法行政。${WORK}`, { agency: '松溪县林业局', year: 2023 }],
  ['title year spaced from 年度', `松溪县审计局2023 年度法治政府建设情况报告\n一年来，我局坚持依法审计。${WORK}`,
    { agency: '松溪县审计局', sector: '审计', year: 2023 }],
  ['title and its year each character spaced', `松 溪 县 司 法 局 2 0 2 3 年 度 法 治 政 府 建 设 情 况 报 告\n一年来，我局坚持依法行政。${WORK}`,
    { agency: '松溪县司法局', year: 2023 }],
  ['lead year spaced, its comma too', `法治政府建设情况报告\n2 0 2 3 年 度 ，松溪县档案馆认真履行法定职责。${WORK}`, { agency: '松溪县档案馆', sector: '档案', year: 2023 }],
  ['a year in brackets spaced', `松溪县审计局法治政府建设年度报告（ 2 0 2 2 ）\n一年来，我局坚持依法审计。${WORK}`, { agency: '松溪县审计局', year: 2022 }],
  // the year only in a date line or a signature's date: a report is dated early in the year after
  ['signature dated with numerals and 元月', `法治政府建设工作情况报告\n一年来，我局坚持依法行政。${WORK}\n\n松溪县商务局\n二〇二四年元月十日`,
    { agency: '松溪县商务局', year: 2023 }],
  ['signature dated with dots', `法治政府建设工作情况报告\n一年来，我局坚持依法行政。${WORK}\n\n松溪县商务局\n2024.01.15`, { agency: '松溪县商务局', year: 2023 }],
  ['signature dated with slashes, traditional', `法治政府建設工作情況報告\n一年來，我局堅持依法行政。${WORK}\n\n松溪縣商務局\n2023/2/6`, { agency: '松溪县商务局', year: 2022 }],
  ['a page line holding its date and time alone', `法治政府建设工作情况报告\n2024-01-10 14:22:01\n一年来，松溪县商务局坚持依法行政。${WORK}`,
    { agency: '松溪县商务局', year: 2023 }],
  ['a byline with its date', `法治政府建设年度报告\n松溪县商务局 2024-02-20\n一年来，我局认真落实上级部署。${WORK}`, { agency: '松溪县商务局', year: 2023 }],
  ['an 更新时间 line', `法治政府建设工作情况报告\n更新时间：2024-01-10\n一年来，松溪县商务局坚持依法行政。${WORK}`, { agency: '松溪县商务局', year: 2023 }],
  ['a closing date of year and month', `法治政府建设工作情况报告\n一年来，我局坚持依法行政。${WORK}\n\n松溪县交通运输局\n2024年1月`, { agency: '松溪县交通运输局', year: 2023 }],
  ['the report\'s own document number dates nothing (the r7 ruling)', `松溪县交通运输局\n松交〔2024〕5号\n关于法治政府建设工作情况的报告\n县人民政府：\n一年来，我局坚持依法行政。${WORK}`,
    { agency: '松溪县交通运输局', year: null }],
  ['a red-header document', `松溪县交通运输局文件\n松交〔2024〕5号\n关于2023年度法治政府建设情况的报告\n县人民政府：\n一年来，我局坚持依法行政。${WORK}`,
    { agency: '松溪县交通运输局', year: 2023 }],
  ['a title over three years ends on its last', `松溪县教育局2021—2023年法治政府建设情况报告\n三年来，我局坚持依法治教。${WORK}`, { agency: '松溪县教育局', year: 2023 }],
  ['a title with the next year\'s arrangements inside', `松溪县教育局关于2023年法治政府建设工作情况和2024年工作安排的报告\n一年来，我局坚持依法治教。${WORK}`,
    { agency: '松溪县教育局', year: 2023 }],
  ['a date in December is the year it is dated in', `松溪县水务局法治政府建设工作总结\n发布时间：2023-12-28\n今年以来，我局坚持依法治水。${WORK}`,
    { agency: '松溪县水务局', year: 2023 }],
  // a report for one year published the next
  ['去年 with a date of the next year', `法治政府建设年度报告\n发布时间：2024-01-15\n去年以来，松溪县商务局坚持依法行政。${WORK}`,
    { agency: '松溪县商务局', year: 2023 }],
  ['approved the next year, before its lead', `松溪县商务局法治政府建设情况报告\n2024年1月5日，局党组会议审议通过本报告。\n2023年，我局坚持依法行政，全面推进法治政府建设。${WORK}`,
    { agency: '松溪县商务局', year: 2023 }],
  ['a work report titled with its session\'s year', '2023年松溪县人民法院工作报告\n——2023年1月9日在松溪县第十届人民代表大会第二次会议上\n各位代表：\n现在，我代表县人民法院向大会报告工作。\n2022年工作回顾\n全年受理各类案件5200件。',
    { agency: null, sector: '法院', year: 2022 }],
  // a title over two lines
  ['organ, year and topic on three lines', `松溪县卫生健康局\n2023年度\n法治政府建设情况报告\n今年以来，我局深入推进依法行政。${WORK}`, { agency: '松溪县卫生健康局', year: 2023 }],
  ['title wrapped inside a word', `松溪县卫生健康局2023年度法治政府建设情\n况报告\n今年以来，我局深入推进依法行政。${WORK}`, { agency: '松溪县卫生健康局', year: 2023 }],
  ['关于 with the organ above', `关于松溪县民政局\n2023年度法治政府建设情况的报告\n一年来，我局坚持依法行政。${WORK}`, { agency: '松溪县民政局', year: 2023 }],
  ['author\'s name wrapped inside its organ word', `松溪县交通运\n输局2023年度法治政府建设情况报告\n一年来，我局坚持依法行政。${WORK}`,
    { agency: '松溪县交通运输局', sector: '交通', year: 2023 }],
  ['author\'s name wrapped after its place, traditional', `松溪\n縣交通運輸局2022年度法治政府建設情況報告\n一年來，我局堅持依法行政。${WORK}`,
    { agency: '松溪县交通运输局', year: 2022 }],
  ['title, the author on the line below', `2023年度法治政府建设情况报告\n松溪县气象局\n一年来，我局坚持依法行政。${WORK}`, { agency: '松溪县气象局', sector: '气象', year: 2023 }],
  // 关于…的报告 signed at its end
  ['signed with a seal mark', `关于2023年度法治政府建设情况的报告\n县委、县政府：\n一年来，我局认真落实上级部署。${WORK}\n\n松溪县商务局（印）\n2024年1月10日`,
    { agency: '松溪县商务局', year: 2023 }],
  ['signed, a contact line after', `关于2023年度法治政府建设情况的报告\n一年来，我局认真落实上级部署。${WORK}\n\n松溪县医疗保障局\n二〇二四年一月十日\n（联系人：李四，电话：0599-1234567）`,
    { agency: '松溪县医疗保障局', sector: '医疗保障', year: 2023 }],
  ['signed with the date on its line, an attachment before', `关于2023年度法治政府建设情况的报告\n一年来，我局认真落实上级部署。${WORK}\n\n附件：2024年法治政府建设工作要点\n\n松溪县商务局     2024年1月10日`,
    { agency: '松溪县商务局', year: 2023 }],
  ['signed with a wide space between place and organ', `法治政府建设情况报告\n一年来，我局坚持依法行政。${WORK}\n\n松溪县　交通运输局\n2024年1月10日`,
    { agency: '松溪县交通运输局', sector: '交通', year: 2023 }],
  ['a joint letterhead keeps its government', `中共松溪县委 松溪县人民政府\n关于2023年度法治政府建设情况的报告\n市委、市政府：\n2023年，我县坚持依法行政。${WORK}`,
    { agency: '松溪县人民政府', sector: '区县政府', year: 2023 }],
  // a 发布机构/来源/发布时间 block
  ['a disclosure table\'s block', `索引号：11350000-2024-00012\n发文机关：松溪县商务局\n主题分类：综合政务\n发布日期：2024年01月22日\n法治政府建设年度报告\n过去一年，我局坚持依法行政。${WORK}`,
    { agency: '松溪县商务局', sector: '商务', year: 2023 }],
  ['one chrome line with pipes', `发布机构：松溪县人民政府办公室 | 发布时间：2024-01-10 | 浏览量：120\n法治政府建设年度报告\n一年来，我办坚持依法行政。${WORK}`,
    { agency: '松溪县人民政府办公室', year: 2023 }],
  ['信息来源 and a full-width date, traditional', `信息來源：松溪縣體育局  發布時間：２０２４年０２月０５日\n法治政府建設年度報告\n一年來，我局堅持依法行政。${WORK}`,
    { agency: '松溪县体育局', sector: '体育', year: 2023 }],
  // a news piece: a year inside its event's name (a year's meeting or course, held early in it) before the year its figures are told for
  ['a meeting of the new year reports the year before', '近日，松溪县行政审批服务局召开2024年业务工作会议，回顾上年工作。会议通报，2023年全局共受理各类审批业务3.2万件，按时办结率100%。',
    { year: 2023 }],
  ['a higher body\'s course of the new year, the author\'s year after, traditional', '日前，省應急管理廳舉辦2023年全省執法骨幹培訓班。2022年，松溪縣應急管理局立案查處違法案件58件，罰款120萬元。',
    { year: 2022 }],
  ['a meeting\'s year alone is the year', '2月3日，松溪县司法局召开2024年普法依法治理工作会议，总结普法成效，部署全年普法任务。',
    { year: 2024 }],
]

describe('year and author forms of openings beyond the corpus', () => {
  it.each(BEYOND)('%s', async (_name, text, want) => expect(await read(text)).toMatchObject(want))

  it('reads years in one place, keeping the length: numerals as digits, spaced years closed up, other numbers as they are', () => {
    const cases: [string, string][] = [
      ['二〇二三年度报告', '2023年度报告'],
      ['2 0 2 3 年 度 ，', '      2023年度，'],
      ['长河县2023 年度', '长河县 2023年度'],
      ['（2 0 2 2）', '（   2022）'],
      ['共20 15人', '共20 15人'],
      ['12 2023年', '12 2023年'],
      ['2023年度', '2023年度'],
    ]
    for (const [text, want] of cases) {
      expect(yearsAsRead(text)).toBe(want)
      expect(yearsAsRead(text).length).toBe(text.length)
    }
  })
})
