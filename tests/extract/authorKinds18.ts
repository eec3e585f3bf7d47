/**
 * Kinds of author the opening probes (./openingAuthors.ts) lacked (agency18), crossed with every page and year form of
 * ./openingProbes.ts: central organs' local offices named by a short place and their kind (a financial regulator's 监管分局, a
 * statistics survey 调查队), a district tax bureau, a customs district named after its city, 气象, 烟草专卖, 邮政管理, 通信管理;
 * a county bureau's town stations (市场监督管理所, 司法所, 自然资源所, 税务所; by the town's stem or the town); bodies of a
 * government (a city's general office, a county's 法制办公室 and 政府办 for short, a zone committee's office); commissions and
 * bureaus of newer fields (民族宗教事务委员会, 林业和草原局, 乡村振兴局, 数据局, 行政审批服务局, 营商环境局); the old names a 2019 report
 * may still carry (工商, 食药监, 安监, 质监, 环保, 卫计, 国土资源, 城乡规划, 扶贫办, 经信委, 文广新); autonomous prefectures' and banners'
 * organs by their level's abbreviation; zones of other kinds. Then title forms (总结暨计划, 依法行政工作报告, 第一责任人职责情况报告,
 * 自评报告, a notice publishing the report, a title naming the department alone) over every author, with near misses: a
 * superior's document cited first, a regulator as the addressee, stations and regulators the body works with, a survey office as a
 * data source, places named only as examples, a former place name; and a party committee's rule-of-law office, which is no author.
 * Bureaus under a department that report on their own (文物局, 社会组织管理局, 监狱管理局, 戒毒管理局; meta19).
 * All names are real kinds of organ; the reports are invented.
 */
import { toTraditional } from './traditional'
import { AUTHORS, author, type Author } from './openingAuthors'
import { probesOf, type Probe } from './openingProbes'
import type { Frame } from './openingPages'

const a = author

export const AUTHORS18: Author[] = [
  // Vertically managed offices.
  a('city-bureau', '国家金融监督管理总局绍兴监管分局', '绍兴监管分局', '绍兴市', '金融', '我分局'),
  a('province-dept', '国家金融监督管理总局浙江监管局', '浙江监管局', '浙江省', '金融', '我局'),
  a('county-bureau', '国家税务总局杭州市西湖区税务局', '西湖区税务局', '杭州市西湖区', '税务', '我局'),
  a('city-bureau', '温州海关', '温州海关', '温州市', '海关', '我关'),
  a('county-bureau', '桐庐县气象局', '桐庐县气象局', '桐庐县', '气象', '我局', undefined, '浙江省杭州市'),
  a('city-bureau', '玉溪市烟草专卖局', '玉溪市烟草专卖局', '玉溪市', '烟草', '我局'),
  a('province-dept', '浙江省烟草专卖局', '浙江省烟草专卖局', '浙江省', '烟草', '我局'),
  a('city-bureau', '杭州市邮政管理局', '杭州市邮政管理局', '杭州市', '交通', '我局'),
  a('province-dept', '四川省邮政管理局', '四川省邮政管理局', '四川省', '交通', '我局'),
  a('province-dept', '国家统计局浙江调查总队', '浙江调查总队', '浙江省', '统计', '总队'),
  a('city-bureau', '国家统计局宁波调查队', '宁波调查队', '宁波市', '统计', '我队'),
  a('province-dept', '浙江省通信管理局', '浙江省通信管理局', '浙江省', '经济信息化', '我局'),
  a('city-bureau', '昆明市营商环境局', '昆明市营商环境局', '昆明市', '政务服务', '我局'),
  // Bureaus under a department that report on their own (meta19).
  a('city-bureau', '大同市文物局', '大同市文物局', '大同市', '文物', '我局'),
  a('city-bureau', '广州市社会组织管理局', '广州市社会组织管理局', '广州市', '民政', '我局'),
  a('province-dept', '山西省监狱管理局', '山西省监狱管理局', '山西省', '司法行政', '我局'),
  a('province-dept', '江苏省戒毒管理局', '江苏省戒毒管理局', '江苏省', '司法行政', '我局'),
  a('county-bureau', '宁海县公安局', '宁海县公安局', '宁海县', '公安', '我局', { name: '县公安局', place: '宁海县', agency: '宁海县公安局' }),
  // A county bureau's town station: the station, named after its bureau.
  a('county-bureau', '桐庐县市场监督管理局分水市场监督管理所', '桐庐县分水市场监督管理所', '桐庐县', '市场监管', '我所'),
  a('county-bureau', '宁海县司法局西店司法所', '宁海县西店司法所', '宁海县', '司法行政', '我所'),
  a('county-bureau', '安吉县自然资源和规划局递铺自然资源所', '安吉县递铺自然资源所', '安吉县', '自然资源', '我所'),
  a('county-bureau', '国家税务总局桐庐县税务局分水税务所', '桐庐县分水税务所', '桐庐县', '税务', '我所'),
  a('county-bureau', '宁海县市场监督管理局西店镇市场监督管理所', '西店镇市场监督管理所', '宁海县西店镇', '市场监管', '我所'),
  // Bodies of a government.
  a('city-gov', '宁波市人民政府办公室', '宁波市人民政府办公室', '宁波市', '市政府', '我办'),
  a('county-gov', '鄞州区人民政府办公室', '鄞州区人民政府办公室', '鄞州区', '区县政府', '我办', { name: '区政府办', place: '鄞州区', agency: '鄞州区人民政府办公室' }),
  a('county-bureau', '桐庐县人民政府法制办公室', '桐庐县法制办公室', '桐庐县', '司法行政', '我办', { name: '县政府法制办', place: '桐庐县', agency: '桐庐县法制办公室' }),
  // Commissions and bureaus of newer fields.
  a('city-bureau', '西双版纳傣族自治州民族宗教事务委员会', '西双版纳傣族自治州民族宗教事务委员会', '西双版纳傣族自治州', '民族宗教', '我委'),
  a('city-bureau', '大兴安岭地区林业和草原局', '大兴安岭地区林业和草原局', '大兴安岭地区', '林业', '我局'),
  a('county-bureau', '桐庐县乡村振兴局', '桐庐县乡村振兴局', '桐庐县', '农业农村', '我局'),
  a('city-bureau', '温州市数据局', '温州市数据局', '温州市', '政务服务', '我局', { name: '市数据局', place: '温州市', agency: '温州市数据局' }),
  a('city-bureau', '朔州市行政审批服务局', '朔州市行政审批服务局', '朔州市', '政务服务', '我局'),
  a('city-bureau', '湖州市大数据发展管理局', '湖州市大数据发展管理局', '湖州市', '政务服务', '我局'),
  // Old names a 2019 report may carry (merged in 2018-2019): the field of the organ that took them over.
  a('county-bureau', '桐庐县工商行政管理局', '桐庐县工商行政管理局', '桐庐县', '市场监管', '我局', { name: '县工商局', place: '桐庐县', agency: '桐庐县工商行政管理局' }),
  a('county-bureau', '宁海县食品药品监督管理局', '宁海县食品药品监督管理局', '宁海县', '市场监管', '我局', { name: '县食药监局', place: '宁海县', agency: '宁海县食品药品监督管理局' }),
  a('county-bureau', '宁海县安全生产监督管理局', '宁海县安全生产监督管理局', '宁海县', '应急管理', '我局', { name: '县安监局', place: '宁海县', agency: '宁海县安全生产监督管理局' }),
  a('city-bureau', '绍兴市质量技术监督局', '绍兴市质量技术监督局', '绍兴市', '市场监管', '我局'),
  a('city-bureau', '洛阳市城乡规划局', '洛阳市城乡规划局', '洛阳市', '自然资源', '我局'),
  a('county-bureau', '桐庐县卫生和计划生育局', '桐庐县卫生和计划生育局', '桐庐县', '卫生健康', '我局'),
  a('county-bureau', '宁海县环境保护局', '宁海县环境保护局', '宁海县', '生态环境', '我局', { name: '县环保局', place: '宁海县', agency: '宁海县环境保护局' }),
  a('city-bureau', '绍兴市国土资源局', '绍兴市国土资源局', '绍兴市', '自然资源', '我局'),
  a('county-bureau', '桐庐县城市管理行政执法局', '桐庐县城市管理行政执法局', '桐庐县', '城市管理', '我局'),
  a('county-bureau', '宁海县扶贫开发办公室', '宁海县扶贫开发办公室', '宁海县', '农业农村', '我办', { name: '县扶贫办', place: '宁海县', agency: '宁海县扶贫开发办公室' }),
  a('city-bureau', '绍兴市经济和信息化委员会', '绍兴市经济和信息化委员会', '绍兴市', '经济信息化', '我委', { name: '市经信委', place: '绍兴市', agency: '绍兴市经济和信息化委员会' }),
  a('county-bureau', '桐庐县文化广电新闻出版局', '桐庐县文化广电新闻出版局', '桐庐县', '文化旅游', '我局'),
  // Autonomous prefectures' and banners' organs, towns of a banner.
  a('city-bureau', '阿坝藏族羌族自治州司法局', '阿坝藏族羌族自治州司法局', '阿坝藏族羌族自治州', '司法行政', '我局', { name: '州司法局', place: '阿坝藏族羌族自治州', agency: '阿坝藏族羌族自治州司法局' }),
  a('city-gov', '甘孜藏族自治州人民政府', '甘孜藏族自治州人民政府', '甘孜藏族自治州', '市政府', '我州', undefined, '四川省'),
  a('county-bureau', '杭锦旗司法局', '杭锦旗司法局', '杭锦旗', '司法行政', '我局', { name: '旗司法局', place: '杭锦旗', agency: '杭锦旗司法局' }, '内蒙古自治区鄂尔多斯市'),
  a('town', '巴彦浩特镇人民政府', '巴彦浩特镇人民政府', '巴彦浩特镇', '乡镇政府', '我镇', undefined, '阿拉善左旗'),
  // Zones of other kinds.
  a('zone', '苏州工业园区管理委员会', '苏州工业园区管理委员会', '苏州工业园区', '区县政府', '园区'),
  a('zone', '贵安新区管理委员会', '贵安新区管理委员会', '贵安新区', '区县政府', '新区'),
  a('zone', '大鹏新区管理委员会办公室', '大鹏新区管理委员会办公室', '大鹏新区', '区县政府', '我办'),
]

/** A body that names no organ. */
const BODY = (self: string, y: number) =>
  `一、主要工作及成效\n${y}年，${self}坚持依法行政，全年办理行政处罚案件126件，开展执法检查38次。\n` +
  `二、存在的问题\n执法队伍专业化水平仍需提升。\n三、${y + 1}年工作计划\n${y + 1}年，${self}将继续深化依法行政。\n`

/** Title forms the page frames lacked, and near misses: organs the body names that are not the author. */
export const FRAMES18: Record<string, Frame> = {
  'title 总结暨 next year’s plan': (x, y) => ({ text: `${x.full}${y}年法治政府建设工作总结暨${y + 1}年工作计划\n${BODY(x.self, y)}`, source: 'title' }),
  'title 依法行政工作报告': (x, y) => ({ text: `${x.full}${y}年度依法行政工作报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title 法治建设工作情况': (x, y) => ({ text: `${x.full}关于${y}年度法治建设工作情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  // (the title names the department by its word alone; the signature names it in full)
  'title names the department alone, signed in full': (x, y) => x.short && !/政府/.test(x.short.name)
    ? { text: `${x.short.name.slice(1)}${y}年度法治政府建设情况报告\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年1月16日\n`, source: 'signature' }
    : null,
  'a superior’s document cited first': (x, y) => ({
    text: `${y}年法治政府建设工作报告\n根据《浙江省人民政府关于做好${y}年度法治政府建设年度报告工作的通知》和《国家金融监督管理总局关于加强法治建设的意见》要求，现将有关情况报告如下：\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年2月1日\n`,
    source: 'signature',
  }),
  'stations and regulators the body works with': (x, y) => ({
    text: `${x.full}${y}年度法治政府建设情况报告\n${y}年，${x.self}配合国家金融监督管理总局宁波监管分局开展风险排查，指导临安区市场监督管理局於潜市场监督管理所、余姚市司法局梁弄司法所规范执法。\n${BODY(x.self, y)}`,
    source: 'title',
  }),
  'regulator as the addressee, signed': (x, y) => ({
    text: `关于${y}年度法治政府建设情况的报告\n国家金融监督管理总局浙江监管局：\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年1月9日\n`, source: 'signature',
  }),
  'survey office as a data source': (x, y) => ({
    text: `${x.full}${y}年度法治政府建设情况报告\n${y}年，${x.self}坚持依法行政。据国家统计局宁波调查队抽样调查，群众满意度达96.5%。\n${BODY(x.self, y)}`, source: 'title',
  }),
  'places named only as examples': (x, y) => ({
    text: `${x.full}${y}年度法治政府建设情况报告\n${y}年，${x.self}赴安吉县、德清县学习考察，借鉴广州市南沙区、苏州工业园区等地经验，与阿拉善左旗司法局签订协作协议。\n${BODY(x.self, y)}`,
    source: 'title',
  }),
  'title 第一责任人职责情况报告': (x, y) => ({ text: `${x.full}主要负责人${y}年度履行推进法治建设第一责任人职责情况报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title 自评报告': (x, y) => ({ text: `${x.full}${y}年度法治政府建设工作自评报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title (公开版)': (x, y) => ({ text: `${x.full}${y}年度法治政府建设情况报告（公开版）\n${BODY(x.self, y)}`, source: 'title' }),
  'former name of the place in brackets': (x, y) => ({
    text: `${x.full}${y}年度法治政府建设情况报告\n${y}年，${x.self}在撤县设区（原临安市、原长治县）后的新体制下坚持依法行政。\n${BODY(x.self, y)}`, source: 'title',
  }),
  // (the report's own title quoted in the notice's: read as a quoted title, source body)
  'notice publishing the report': (x, y) => ({ text: `关于印发《${x.full}${y}年度法治政府建设情况报告》的通知\n各科室、各直属单位：\n现将报告印发给你们，请认真贯彻落实。\n${BODY(x.self, y)}`, source: 'body' }),
  'traditional title 依法行政工作报告': (x, y) => ({ text: toTraditional(`${x.full}${y}年度依法行政工作报告\n${BODY(x.self, y)}`), source: 'title' }),
}

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025]

/** Every page and year form over the new kinds; the new title forms and near misses over every author. */
export function authorKinds18(): Probe[] {
  const out = probesOf(AUTHORS18).map((p) => ({ ...p, form: `${p.form} (agency18 kinds)` }))
  ;[...AUTHORS18, ...AUTHORS].forEach((x, i) => {
    Object.entries(FRAMES18).forEach(([form, frame], j) => {
      const y = YEARS[(i + j) % YEARS.length]
      const p = frame(x, y)
      if (p) out.push({ form, name: `${x.full} (${x.level})`, text: p.text, agency: x.agency, region: x.region, sector: x.sector, year: y, source: p.source })
    })
  })
  // Stations and regulators named only as the body's partners, no author stated: none.
  for (const [k, y] of YEARS.entries()) {
    out.push({
      form: 'stations and regulators alone', name: `partners ${y}`, agency: null, region: null, sector: null, year: y, source: 'unknown',
      text: `${y}年度法治政府建设工作报告\n${y}年，我局坚持依法行政，配合国家金融监督管理总局宁波监管分局开展风险排查${2 + k}次，联合临安区市场监督管理局於潜市场监督管理所开展检查。\n` +
        `一、主要工作\n全年办理行政处罚案件${40 + k}件。\n`,
    })
  }
  // A party committee's rule-of-law office is a party body, never the author (corpus README, Agency naming): as the only
  // body named, in the title, the signature or the lead, no author is read (the review queue lists the report).
  const office = ['中共桐庐县委全面依法治县委员会办公室', '中共绍兴市委全面依法治市委员会办公室', '中共鄞州区委全面依法治区委员会办公室']
  for (const [k, y] of YEARS.entries()) {
    const o = office[k % office.length]
    const rest = `一、主要工作\n全年召开委员会会议${2 + k}次。\n二、下一步工作\n继续统筹推进法治建设。\n`
    out.push(
      { form: 'party rule-of-law office in the title', name: `${o} ${y}`, agency: null, region: null, sector: null, year: y, source: 'unknown', text: `${o}关于${y}年度法治建设工作情况的报告\n${rest}` },
      { form: 'party rule-of-law office in the signature', name: `${o} ${y}`, agency: null, region: null, sector: null, year: y, source: 'unknown', text: `${y}年度法治建设工作情况报告\n${rest}${o}\n${y + 1}年1月5日\n` },
      { form: 'party rule-of-law office in the lead', name: `${o} ${y}`, agency: null, region: null, sector: null, year: y, source: 'unknown', text: `${y}年度法治建设工作情况报告\n${y}年，${o}坚持以习近平法治思想为指导，统筹推进法治建设。\n${rest}` },
    )
  }
  return out
}
