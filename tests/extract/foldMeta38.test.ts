/**
 * Author, region, sector and year forms from the openings the fold of 2026-12-05 moved to dev (the holdout halves of the fresh
 * batches): a place stem that holds 日 (a sound of a Mongolian name, not a date); a county's level word doubled (X县县Y局); a
 * district's 人力资源局; a 委 short for a 事务 committee; a 公积金管理中心 and a government's 研究室; an unnamed 我局's field in the
 * safeguard it provides, the work it joins with the rule of law, its own field's law and its system's conference; a 我省 after a
 * department's lead; a disclosure preamble's 本报告由X（简称…）…编写; a zone department's city named only in a document's title; a
 * flattened document's one line; a street's 地处 sentence; a street named under its district's government.
 * Each opening is invented (other places, levels and both scripts); none is a corpus item's text.
 */
import { describe, expect, it } from 'vitest'
import { metaOf } from './openingProbes'
import { readOrgan, isCentral } from '../../src/extract/organs'
import { toSimplifiedSameLength } from '../../src/extract/normalise'

type Meta = Partial<{ agency: string | null; region: string | null; sector: string | null; year: number | null }>
const LEAD = '坚持以习近平法治思想为指导，认真落实法治政府建设实施纲要。现将有关情况报告如下：\n一、主要工作\n（一）加强组织领导。'

const CASES: [string, string, Meta][] = [
  // 日 inside a place's stem
  ['sumu title over two lines', '阿巴嘎旗巴日乌拉苏木人民政府2024年\n政府信息公开工作年度报告\n一、总体情况\n2024年，全苏木推进政务公开。',
    { agency: '巴日乌拉苏木人民政府', region: '阿巴嘎旗巴日乌拉苏木', sector: '乡镇政府', year: 2024 }],
  ['township title', '乌日根塔拉镇人民政府2023年法治政府建设工作报告\n2023年，全镇' + LEAD, { agency: '乌日根塔拉镇人民政府', sector: '乡镇政府', year: 2023 }],
  ['sumu title, traditional', '東烏珠穆沁旗哈日高畢蘇木人民政府2022年法治政府建設情況報告\n2022年，全蘇木' + LEAD,
    { agency: '哈日高毕苏木人民政府', region: '东乌珠穆沁旗哈日高毕苏木', sector: '乡镇政府', year: 2022 }],
  // a county's or district's level word doubled
  ['doubled 县', `2022年，宁陵县县教育局在县委、县政府领导下，${LEAD}`, { agency: '宁陵县教育局', region: '宁陵县', sector: '教育' }],
  ['doubled 区, traditional', `2023年，龍湖區區司法局在區委領導下，${LEAD}`, { agency: '龙湖区司法局', region: '龙湖区', sector: '司法行政' }],
  // a district's 人力资源局, kept as written
  ['人力资源局 lead', `2024年，龙华区人力资源局以习近平新时代中国特色社会主义思想为指导，${LEAD}`,
    { agency: '龙华区人力资源局', region: '龙华区', sector: '人力资源社会保障' }],
  ['人力资源局 title', '光明区人力资源局2023年法治政府建设年度报告\n2023年，我局' + LEAD, { agency: '光明区人力资源局', sector: '人力资源社会保障', year: 2023 }],
  // 委 for a 事务 committee
  ['民族宗教委 lead', `2021年，云南省民族宗教委在省委、省政府领导下，${LEAD}`, { agency: '云南省民族宗教事务委员会', region: '云南省', sector: '民族宗教' }],
  ['民族宗教委 title, traditional', '四川省民族宗教委2022年法治政府建設情況報告\n2022年，我委' + LEAD, { agency: '四川省民族宗教事务委员会', sector: '民族宗教' }],
  // a 公积金管理中心 and a government's 研究室
  ['公积金管理中心 over its title', '杭州市公积金管理中心\n2023年政府信息公开工作年度报告\n一、总体情况\n2023年，市公积金中心推进政务公开。',
    { agency: '杭州市公积金管理中心', region: '杭州市', sector: '住房城乡建设', year: 2023 }],
  ['研究室 by its short government', '宜昌市政府研究室2021年政府信息公开工作年度报告\n一、总体情况\n2021年，市政府研究室推进政务公开。',
    { agency: '宜昌市人民政府研究室', region: '宜昌市', sector: '市政府', year: 2021 }],
  ['研究室 in full, lead', `2020年，襄阳市人民政府研究室在市政府领导下，${LEAD}`, { agency: '襄阳市人民政府研究室', sector: '市政府' }],
  ['研究室 by its level, city named in a document', '依据《条例》，现向社会公布市政府研究室2021年度信息公开年度报告。\n一、总体情况\n2021年，我室编辑《荆门市人民政府公报》4期。',
    { agency: '荆门市人民政府研究室', region: '荆门市', sector: '市政府' }],
  // an unnamed 我局: its field, for the sector
  ['safeguard it provides', `2022年，我局在县委、县政府领导下，守牢安全底线，为全县发展提供坚实的应急管理保障。现将有关情况报告如下：\n一、事故概况`,
    { agency: null, sector: '应急管理' }],
  ['work joined with the rule of law', `2020年，我局在市委、市政府领导下，把依法行政同体育日常工作结合起来。现将有关情况报告如下：\n一、主要工作`,
    { agency: null, sector: '体育' }],
  ["its field's own law", `2021年，我局贯彻落实《中华人民共和国政府信息公开条例》和《中华人民共和国审计法》，推进政务公开。\n一、总体情况`,
    { agency: null, sector: '审计' }],
  ["its system's conference, traditional", '一、總體情況\n2023年，我局通過門戶網站主動公開政府信息，報道全省糧食和物資儲備工作會議。\n二、依申請公開',
    { agency: null, sector: '粮食和物资储备' }],
  // a 我省 after a department's lead is the department's province
  ['我省 after a 厅 lead', `2023年，省交通运输厅以习近平新时代中国特色社会主义思想为指导，推动交通强省建设；我省路网规模居全国前列。\n一、主要工作\n学习《浙江省综合交通运输条例》。`,
    { agency: null, region: null, sector: '交通' }],
  // a preamble's compiler with its short name after it
  ['compiler 编写 with its short name', '本年度报告由宁波经济技术开发区管理委员会（简称经开区管委会）依照《中华人民共和国政府信息公开条例》编写。' +
    '如有疑问，请联系经开区管委会办公室（宁波市经开区新碶街道明州路1号）。\n一、总体情况\n2022年，我委推进政务公开。',
  { agency: '宁波经济技术开发区管理委员会', region: '宁波经济技术开发区', sector: '区县政府' }],
  ['compiler 编写, a district bureau', '本报告由杭州市西湖区司法局依照《中华人民共和国政府信息公开条例》编写。\n一、总体情况\n2021年，我局推进政务公开。',
    { agency: '西湖区司法局', region: '杭州市西湖区', sector: '司法行政' }],
  // a zone's department: its city only in a document's title is not where it lies
  ['zone department, city in a title', '惠州高新区市场监督管理局2022年法治政府建设年度报告\n2022年，我局' + LEAD + '组织学习《惠州市2022年全面依法治市工作要点》。',
    { agency: '惠州高新区市场监督管理局', region: '惠州高新区', sector: '市场监管' }],
  ['zone department, city outside a title', '惠州高新区市场监督管理局2022年法治政府建设年度报告\n2022年，我局在惠州市委、市政府领导下，' + LEAD,
    { agency: '惠州高新区市场监督管理局', region: '惠州市惠州高新区' }],
  // a flattened document's one line
  ['one line, street', '新安街 2021 年法治政府建设情况报告 2021 年，在区委、区政府领导下，新安街坚持依法行政。现将有关情况报告如下： 一、主要举措 (一)加强组织领导',
    { agency: '新安街道办事处', sector: '街道', year: 2021 }],
  ['one line, town', '龙门镇2022年法治政府建设工作总结 2022年，龙门镇坚持依法行政，推进法治政府建设。现将有关情况报告如下： 一、主要举措',
    { agency: '龙门镇人民政府', sector: '乡镇政府', year: 2022 }],
  ['lead year spaced from 年', `2023 年，城关镇${LEAD}`, { agency: '城关镇人民政府', year: 2023 }],
  // a street's own 地处 sentence
  ['地处 a municipality district', '2024年度城南街行政执法工作情况报告\n为落实执法质量提升行动，城南街道在党工委、办事处领导下推进执法。\n一、基本情况\n城南街道地处重庆市江北区，辖8个社区。',
    { agency: '城南街道办事处', region: '重庆市江北区城南街道', sector: '街道' }],
  ['位于 a province and city', '2023年，河口街道' + LEAD + '河口街道位于江苏省南通市崇川区，面积12平方公里。',
    { agency: '河口街道办事处', region: '江苏省南通市崇川区河口街道' }],
  // a street named under its district's government
  ['street under its government', '一、总体情况\n（一）主动公开情况\n2021年，我街道在江北区人民政府观音桥街道办事处子网站主动公开政策文件3条。\n（二）依申请公开\n2021年，我街道没有收到申请。',
    { agency: '观音桥街道办事处', region: '江北区观音桥街道', sector: '街道' }],
  ['street under its government, traditional', '一、總體情況\n2022年，我街道在南岸區人民政府南坪街道辦事處網站主動公開信息12條。',
    { agency: '南坪街道办事处', region: '南岸区南坪街道' }],
]

const simplified = (s: string | null) => (s === null ? null : toSimplifiedSameLength(s))

describe('meta forms of the fold-2026-12-05 dev openings', () => {
  it.each(CASES)('%s', async (_name, text, want) => {
    const got = await metaOf({ text })
    const read = { agency: simplified(got.agency), region: simplified(got.region), sector: got.sector, year: got.year }
    expect(read).toMatchObject(want)
  })

  it('reads no place from a day word before a level (每日巡查镇, 当日县…), nor a ministry from a company department', () => {
    expect(readOrgan('每日巡查镇人民政府', { lenient: true })).toBeNull()
    expect(readOrgan('当日县司法局', { lenient: true })).toBeNull()
    expect(isCentral('人力资源部')).toBe(false)
    expect(isCentral('人力资源和社会保障部')).toBe(true)
  })
})
