/**
 * Invented report openings over the form space of authors and years (tests/extract/openingProbes.test.ts):
 * every level of author (ministry, national administration, provincial department, municipality's
 * bureau, autonomous region, prefecture city, autonomous prefecture, league, county, banner,
 * county-level city, district, their bureaus, town, ethnic township, street, zone) crossed with the
 * ways a page names its author (title forms, a title over several lines, a byline, a letterhead, a
 * signature, a 发布机构/来源 page line, page chrome, an addressee line, an abbreviation the report's
 * place expands, traditional script, full-width and odd spacing), and the ways it states its year
 * (title, 年度 or 年, Chinese numerals, the closing date only, a plan's year beside the report's).
 * Nothing here is a corpus sentence: names, figures and wording are made up for the probe.
 */
import { Converter } from 'opencc-js/cn2t'

export interface Author {
  /** The name as a title writes it, outer places included. */
  full: string
  agency: string
  region: string | null
  sector: string
  /** The level the form matrix groups by. */
  level: string
  /** How its own report speaks of it (我局, 我镇 …). */
  self: string
  /** Outer places a page may write before its full name (浙江省杭州市 of 桐庐县人民政府): the region then starts with them. */
  outer?: string
  /** An abbreviated name and the sentence that names the place it expands with. */
  short?: { name: string; place: string; agency: string }
}

export interface Probe {
  form: string
  name: string
  text: string
  agency: string | null
  region: string | null
  sector: string | null
  year: number | null
  source: string
}

const a = (level: string, full: string, agency: string, region: string | null, sector: string, self: string, short?: Author['short'], outer?: string): Author =>
  ({ level, full, agency, region, sector, self, short, outer })

export const AUTHORS: Author[] = [
  a('ministry', '司法部', '司法部', null, '司法行政', '我部'),
  a('ministry', '应急管理部', '应急管理部', null, '应急管理', '我部'),
  a('national', '国家税务总局', '国家税务总局', null, '税务', '总局'),
  a('national', '国家林业和草原局', '国家林业和草原局', null, '林业', '我局'),
  a('national', '国家医疗保障局', '国家医疗保障局', null, '医疗保障', '我局'),
  a('province-dept', '浙江省司法厅', '浙江省司法厅', '浙江省', '司法行政', '我厅'),
  a('province-dept', '四川省生态环境厅', '四川省生态环境厅', '四川省', '生态环境', '我厅'),
  a('province-dept', '湖南省发展和改革委员会', '湖南省发展和改革委员会', '湖南省', '发展改革', '我委'),
  a('province-dept', '广西壮族自治区市场监督管理局', '广西壮族自治区市场监督管理局', '广西壮族自治区', '市场监管', '我局'),
  a('province-dept', '重庆市城市管理局', '重庆市城市管理局', '重庆市', '城市管理', '我局'),
  a('province-dept', '上海市卫生健康委员会', '上海市卫生健康委员会', '上海市', '卫生健康', '我委'),
  a('province-dept', '江西省人民政府办公厅', '江西省人民政府办公厅', '江西省', '省政府', '我厅'),
  a('city-bureau', '湖北省宜昌市司法局', '宜昌市司法局', '湖北省宜昌市', '司法行政', '我局', { name: '市司法局', place: '宜昌市', agency: '宜昌市司法局' }),
  a('city-bureau', '绍兴市市场监督管理局', '绍兴市市场监督管理局', '绍兴市', '市场监管', '我局', { name: '市市场监管局', place: '绍兴市', agency: '绍兴市市场监督管理局' }, '浙江省'),
  a('city-bureau', '泉州市人力资源和社会保障局', '泉州市人力资源和社会保障局', '泉州市', '人力资源社会保障', '我局', { name: '市人社局', place: '泉州市', agency: '泉州市人力资源和社会保障局' }),
  a('city-bureau', '洛阳市住房和城乡建设局', '洛阳市住房和城乡建设局', '洛阳市', '住房城乡建设', '我局', { name: '市住建局', place: '洛阳市', agency: '洛阳市住房和城乡建设局' }, '河南省'),
  a('city-bureau', '德州市自然资源和规划局', '德州市自然资源和规划局', '德州市', '自然资源', '我局', { name: '市自然资源局', place: '德州市', agency: '德州市自然资源局' }),
  a('city-bureau', '柳州市卫生健康委员会', '柳州市卫生健康委员会', '柳州市', '卫生健康', '我委', { name: '市卫健委', place: '柳州市', agency: '柳州市卫生健康委员会' }),
  a('city-bureau', '延边朝鲜族自治州应急管理局', '延边朝鲜族自治州应急管理局', '延边朝鲜族自治州', '应急管理', '我局'),
  a('city-bureau', '锡林郭勒盟医疗保障局', '锡林郭勒盟医疗保障局', '锡林郭勒盟', '医疗保障', '我局'),
  a('city-gov', '江门市人民政府', '江门市人民政府', '江门市', '市政府', '我市', undefined, '广东省'),
  a('city-gov', '黔南布依族苗族自治州人民政府', '黔南布依族苗族自治州人民政府', '黔南布依族苗族自治州', '市政府', '我州'),
  a('county-gov', '桐庐县人民政府', '桐庐县人民政府', '桐庐县', '区县政府', '我县', undefined, '浙江省杭州市'),
  a('county-gov', '深圳市龙岗区人民政府', '龙岗区人民政府', '深圳市龙岗区', '区县政府', '我区'),
  a('county-gov', '达拉特旗人民政府', '达拉特旗人民政府', '达拉特旗', '区县政府', '我旗', undefined, '内蒙古自治区鄂尔多斯市'),
  a('county-gov', '乳山市人民政府', '乳山市人民政府', '乳山市', '区县政府', '我市', undefined, '山东省威海市'),
  a('county-bureau', '桐庐县市场监督管理局', '桐庐县市场监督管理局', '桐庐县', '市场监管', '我局', { name: '县市场监管局', place: '桐庐县', agency: '桐庐县市场监督管理局' }, '杭州市'),
  a('county-bureau', '龙岗区城市管理和综合执法局', '龙岗区城市管理和综合执法局', '龙岗区', '城市管理', '我局', { name: '区城管局', place: '龙岗区', agency: '龙岗区城市管理局' }),
  a('county-bureau', '长兴县行政审批局', '长兴县行政审批局', '长兴县', '政务服务', '我局', { name: '县行政审批局', place: '长兴县', agency: '长兴县行政审批局' }, '浙江省湖州市'),
  a('county-bureau', '宁乡市医疗保障局', '宁乡市医疗保障局', '宁乡市', '医疗保障', '我局', { name: '市医保局', place: '宁乡市', agency: '宁乡市医疗保障局' }),
  a('county-bureau', '临安区数据资源管理局', '临安区数据资源管理局', '临安区', '政务服务', '我局', { name: '区数据局', place: '临安区', agency: '临安区数据局' }),
  a('county-bureau', '武宁县发展和改革委员会', '武宁县发展和改革委员会', '武宁县', '发展改革', '我委', { name: '县发改委', place: '武宁县', agency: '武宁县发展和改革委员会' }),
  a('city-bureau', '国家税务总局绍兴市税务局', '绍兴市税务局', '绍兴市', '税务', '我局'),
  a('city-bureau', '南京海关', '南京海关', '南京市', '海关', '我关'),
  a('city-bureau', '赣州市公安局', '赣州市公安局', '赣州市', '公安', '我局'),
  a('city-bureau', '遵义市统计局', '遵义市统计局', '遵义市', '统计', '我局'),
  a('city-bureau', '包头市审计局', '包头市审计局', '包头市', '审计', '我局'),
  a('city-bureau', '湛江市退役军人事务局', '湛江市退役军人事务局', '湛江市', '退役军人事务', '我局', { name: '市退役军人局', place: '湛江市', agency: '湛江市退役军人事务局' }),
  a('city-bureau', '岳阳市交通运输局', '岳阳市交通运输局', '岳阳市', '交通', '我局'),
  a('city-bureau', '台州市农业农村局', '台州市农业农村局', '台州市', '农业农村', '我局'),
  a('city-bureau', '镇江市人民防空办公室', '镇江市人民防空办公室', '镇江市', '人民防空', '我办', { name: '市人防办', place: '镇江市', agency: '镇江市人民防空办公室' }),
  a('city-bureau', '盐城市机关事务管理局', '盐城市机关事务管理局', '盐城市', '机关事务', '我局'),
  a('county-bureau', '安吉县林业局', '安吉县林业局', '安吉县', '林业', '我局'),
  a('county-bureau', '新昌县水利局', '新昌县水利局', '新昌县', '水利', '我局'),
  a('county-bureau', '鄞州区教育局', '鄞州区教育局', '鄞州区', '教育', '我局', { name: '区教育局', place: '鄞州区', agency: '鄞州区教育局' }),
  a('county-bureau', '石柱土家族自治县民政局', '石柱土家族自治县民政局', '石柱土家族自治县', '民政', '我局'),
  a('county-bureau', '平阳县综合行政执法局', '平阳县综合行政执法局', '平阳县', '城市管理', '我局'),
  a('county-bureau', '海宁市文化广电旅游体育局', '海宁市文化广电旅游体育局', '海宁市', '文化旅游', '我局'),
  a('county-bureau', '仙居县财政局', '仙居县财政局', '仙居县', '财政', '我局', { name: '县财政局', place: '仙居县', agency: '仙居县财政局' }),
  a('county-bureau', '溧阳市信访局', '溧阳市信访局', '溧阳市', '信访', '我局'),
  a('county-bureau', '永康市商务局', '永康市商务局', '永康市', '商务', '我局'),
  a('county-bureau', '汝州市卫生健康委员会', '汝州市卫生健康委员会', '汝州市', '卫生健康', '我委'),
  a('county-gov', '石柱土家族自治县人民政府', '石柱土家族自治县人民政府', '石柱土家族自治县', '区县政府', '我县'),
  a('city-gov', '阿里地区行政公署', '阿里地区行政公署', '阿里地区', '市政府', '我地区'),
  a('town', '巴音宝力格苏木人民政府', '巴音宝力格苏木人民政府', '巴音宝力格苏木', '乡镇政府', '我苏木'),
  a('town', '木渎镇人民政府', '木渎镇人民政府', '木渎镇', '乡镇政府', '我镇', undefined, '苏州市吴中区'),
  a('town', '柳树乡人民政府', '柳树乡人民政府', '柳树乡', '乡镇政府', '我乡', undefined, '河北省张家口市蔚县'),
  a('town', '大河回族乡人民政府', '大河回族乡人民政府', '大河回族乡', '乡镇政府', '我乡'),
  a('street', '四季青街道办事处', '四季青街道办事处', '四季青街道', '街道', '我街道', undefined, '杭州市上城区'),
  a('zone', '十堰经济技术开发区管理委员会', '十堰经济技术开发区管理委员会', '十堰经济技术开发区', '区县政府', '开发区'),
  a('zone', '大鹏新区管理委员会', '大鹏新区管理委员会', '大鹏新区', '区县政府', '新区'),
]

/** A body that names no organ: the author must come from the page around it. */
const BODY = (self: string, year: number) =>
  `${year}年，${self}坚持以习近平法治思想为指导，认真落实法治政府建设实施纲要，各项工作取得新进展。现将有关情况报告如下：\n` +
  `一、主要工作及成效\n（一）强化组织领导。${self}主要负责人履行推进法治建设第一责任人职责，全年召开专题会议4次。\n` +
  `（二）推进严格规范公正文明执法。全年办理行政处罚案件126件，开展执法检查38次。\n` +
  `二、存在的问题\n执法队伍专业化水平仍需提升。\n三、${year + 1}年工作计划\n${year + 1}年，${self}将继续深化依法行政。\n`

/** The government a subordinate body reports to, as its addressee line writes it. */
const ADDRESSEE: Record<string, string> = {
  town: '吴中区委、吴中区人民政府：', street: '上城区委、上城区人民政府：', 'county-bureau': '县委、县政府：',
  'county-gov': '市委、市人民政府：', 'city-bureau': '市委、市政府：', 'city-gov': '省委、省人民政府：',
}

const toTraditional = Converter({ from: 'cn', to: 'tw' })
/** Full-width digits (２０２３), the way some pages type years. */
const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
/** A party committee of an author's place, for a joint letterhead (中共木渎镇委员会 木渎镇人民政府). */
const partyOf = (x: Author) => `中共${x.full.replace(/(?:人民政府|办事处|管理委员会)$/, '')}${/管理委员会$/.test(x.full) ? '工作委员会' : '委员会'}`

type Frame = (x: Author, y: number) => Pick<Probe, 'text' | 'source'> | null

/** Ways a page names its author, each with the agency_source it should give. */
const FRAMES: Record<string, Frame> = {
  'title 关于…年度…情况的报告': (x, y) => ({ text: `${x.full}关于${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title X年…工作报告': (x, y) => ({ text: `${x.full}${y}年法治政府建设工作报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title …年度报告': (x, y) => ({ text: `${x.full}${y}年度法治政府建设年度报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title …工作总结': (x, y) => ({ text: `${x.full}${y}年度法治政府建设工作总结\n${BODY(x.self, y)}`, source: 'title' }),
  'title 述法报告': (x, y) => ({ text: `${x.full}${y}年度述法报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title year first': (x, y) => ({ text: `${y}年度${x.full}法治政府建设情况\n${BODY(x.self, y)}`, source: 'title' }),
  'title over two lines': (x, y) => ({ text: `${x.full}\n关于${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title over three lines': (x, y) => ({ text: `${x.full}${y}年\n法治政府建设\n工作报告\n${BODY(x.self, y)}`, source: 'title' }),
  'signature only': (x, y) => ({ text: `${y}年法治政府建设工作报告\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年1月18日\n`, source: 'signature' }),
  'byline': (x, y) => ({ text: `${y}年法治政府建设年度报告\n${x.full}\n${BODY(x.self, y)}`, source: 'letterhead' }),
  'page 发布机构': (x, y) => ({ text: `发布机构：${x.full}\n${y}年法治政府建设年度报告\n${BODY(x.self, y)}`, source: 'publisher' }),
  'page 来源': (x, y) => ({ text: `${y}年法治政府建设年度报告\n来源：${x.full}  发布时间：${y + 1}-02-10\n${BODY(x.self, y)}`, source: 'publisher' }),
  'page 发布单位': (x, y) => ({ text: `| 发布单位 | ${x.full} |\n| 标题 | ${y}年度法治政府建设情况报告 |\n${BODY(x.self, y)}`, source: 'publisher' }),
  'page 信息来源': (x, y) => ({ text: `${y}年法治政府建设工作情况\n信息来源：${x.full}　浏览次数：326\n${BODY(x.self, y)}`, source: 'publisher' }),
  'page chrome': (x, y) => ({
    text: `首页 > 政务公开 > 法治政府建设 > 年度报告\n索引号：11330122002500/${y + 1}-00012\n发文日期：${y + 1}-01-26\n字号：[ 大 中 小 ]\n浏览次数：1024\n` +
      `${x.full}${y}年法治政府建设年度报告\n${BODY(x.self, y)}\n打印 关闭\n`,
    source: 'title',
  }),
  'addressee line': (x, y) => ADDRESSEE[x.level]
    ? { text: `${x.full}关于${y}年法治政府建设情况的报告\n${ADDRESSEE[x.level]}\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'addressee, signature': (x, y) => ADDRESSEE[x.level]
    ? { text: `${y}年法治政府建设情况报告\n${ADDRESSEE[x.level]}\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年2月6日\n`, source: 'signature' }
    : null,
  'joint letterhead': (x, y) => /(?:人民政府|办事处|管理委员会)$/.test(x.full) && !/办公厅$/.test(x.full)
    ? { text: `${partyOf(x)} ${x.full}\n关于${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'letterhead' }
    : null,
  'party group letterhead': (x, y) => /[局厅委]$|委员会$/.test(x.full) && !/管理委员会$/.test(x.full)
    ? { text: `中共${x.full}党组\n关于${y}年法治政府建设工作情况的报告\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'abbreviation expanded': (x, y) => x.short
    ? { text: `${x.short.name}${y}年法治政府建设工作报告\n${y}年，${x.short.name}在${x.short.place}委、${x.short.place}人民政府的坚强领导下，依法履职。\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'traditional script': (x, y) => ({ text: toTraditional(`${x.full}${y}年度法治政府建设情况报告\n${BODY(x.self, y)}`), source: 'title' }),
  'full-width, odd spacing': (x, y) => ({ text: `${x.full}　${fullWidth(String(y))} 年度  法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'fragments in the body': (x, y) => ({
    text: `${y}年法治政府建设工作报告\n${y}年，${x.self}组织12名执法人员参加省应急管理厅举办的培训班，建成县级农村物流中心1个，` +
      `配合市安全生产委员会开展检查。\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年3月2日\n`,
    source: 'signature',
  }),
  'lead names the author': (x, y) => ({ text: `${y}年度法治政府建设情况报告\n${y}年，${x.full}坚持以习近平法治思想为指导，扎实推进依法行政。\n${BODY(x.self, y)}`, source: 'body' }),
  'handover names the author': (x, y) => ({ text: `法治政府建设情况报告\n现将${x.full}${y}年度法治政府建设情况报告如下：\n${BODY(x.self, y)}`, source: 'body' }),
  'title 关于 first': (x, y) => ({ text: `关于${x.full}${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title 关于报送': (x, y) => ({ text: `${x.full}关于报送${y}年度法治政府建设工作情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title 【tag】': (x, y) => ({ text: `【${x.full}】${y}年度法治政府建设情况报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title with site suffix': (x, y) => ({ text: `${x.full}${y}年法治政府建设年度报告_中国政府网\n${BODY(x.self, y)}`, source: 'title' }),
  'title, 来源 after site suffix': (x, y) => ({ text: `${y}年法治政府建设年度报告_门户网站\n来源：${x.full}\n${BODY(x.self, y)}`, source: 'publisher' }),
  'leader 述法 title': (x, y) => /[局厅]$/.test(x.full)
    ? { text: `${x.full}党组书记、${x.full.endsWith('厅') ? '厅' : '局'}长${y}年度述法报告\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'breadcrumb names the author': (x, y) => ({ text: `首页 > 政府信息公开 > ${x.full} > 法治政府建设年度报告\n${y}年法治政府建设年度报告\n${BODY(x.self, y)}`, source: 'publisher' }),
  'page table row': (x, y) => ({
    text: `| 索引号 | 000014349/${y + 1}-00031 | 发布机构 | ${x.full} |\n| 名称 | ${y}年度法治政府建设工作报告 | 发文日期 | ${y + 1}-03-01 |\n${BODY(x.self, y)}`,
    source: 'publisher',
  }),
  'signature and date on one line': (x, y) => ({ text: `${y}年法治政府建设工作报告\n${BODY(x.self, y)}\n${x.full}　　${y + 1}年1月5日\n`, source: 'signature' }),
  'signature, then notes': (x, y) => ({
    text: `${y}年法治政府建设工作报告\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年1月5日\n（此件公开发布）\n附件：${y}年度法治建设重点任务完成情况表\n`,
    source: 'signature',
  }),
  'spaced letterhead': (x, y) => ({ text: `${[...x.full].join(' ')}\n关于${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'superiors named before the author': (x, y) => ({
    text: `${y}年度法治政府建设情况报告\n${y}年，在上级党委、政府的坚强领导下，在省司法厅的精心指导下，${x.full}坚持依法行政，各项工作稳步推进。\n${BODY(x.self, y)}`,
    source: 'body',
  }),
  'abbreviated signature': (x, y) => x.short
    ? { text: `${y}年法治政府建设工作报告\n${y}年，在${x.short.place}委、${x.short.place}人民政府的领导下，${x.self}依法履职。\n${BODY(x.self, y)}\n${x.short.name}\n${y + 1}年2月1日\n`, source: 'signature' }
    : null,
  'department on its government’s site': (x, y) => x.short
    ? { text: `来源：${x.short.place}人民政府\n${y}年度法治政府建设工作报告\n${y}年，${x.short.name}坚持以习近平法治思想为指导，依法履职。\n${BODY(x.self, y)}`, source: 'body' }
    : null,
  'site footer after the signature': (x, y) => ({
    text: `${y}年法治政府建设工作报告\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年1月20日\n打印本页 关闭窗口\n主办：江山市人民政府办公室 版权所有\n`,
    source: 'signature',
  }),
  'outer places in the signature': (x, y) => x.outer
    ? { text: `${x.full}${y}年法治政府建设工作报告\n${BODY(x.self, y)}\n${x.outer}${x.full}\n${y + 1}年1月20日\n`, source: 'title' }
    : null,
  'province only in a regulation’s title': (x, y) => /city|county|town|street|zone/.test(x.level)
    ? { text: `${x.full}${y}年法治政府建设工作报告\n${y}年，${x.self}对照《浙江省法治政府建设实施纲要（2021-2025年）》要求，依法履职。\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'county only in a document’s title': (x, y) => /town|street/.test(x.level)
    ? { text: `${y}年，${x.full.replace(/(?:人民政府|办事处)$/, '')}以习近平法治思想为指导，落实《${y - 1}年${ADDRESSEE[x.level].slice(0, 3)}普法依法治理工作要点》的要求，依法履职。现将工作情况报告如下：\n${BODY(x.self, y)}`, source: 'body' }
    : null,
  'abbreviation with its place': (x, y) => x.short
    ? { text: `${x.short.place}${x.short.name.slice(1)}${y}年度法治政府建设工作报告\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'place-only title': (x, y) => /(?:人民政府|办事处|管理委员会)$/.test(x.full) && !/办公厅$/.test(x.full)
    ? { text: `${x.full.replace(/(?:人民政府|办事处|管理委员会)$/, '')}${y}年法治政府建设年度报告\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'joint title': (x, y) => /(?:人民政府|办事处|管理委员会)$/.test(x.full) && !/办公厅$/.test(x.full)
    ? { text: `${partyOf(x)}　${x.full}关于${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'joint signature': (x, y) => /(?:人民政府|办事处|管理委员会)$/.test(x.full) && !/办公厅$/.test(x.full)
    ? { text: `${y}年度法治政府建设情况报告\n${BODY(x.self, y)}\n${partyOf(x)}\n${x.full}\n${y + 1}年2月3日\n`, source: 'signature' }
    : null,
  'document number line': (x, y) => ({ text: `${x.full}\n桐政发〔${y + 1}〕5号\n关于${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
  'month-only date line': (x, y) => ({ text: `法治政府建设工作报告\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年3月\n`, source: 'signature' }),
  'title with spaces inside': (x, y) => ({ text: `${x.full} ${y}年度 法治政府建设情况报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title after a column tag': (x, y) => ({ text: `【政务公开】${x.full}${y}年法治政府建设年度报告\n${BODY(x.self, y)}`, source: 'title' }),
  'author in brackets after the title': (x, y) => ({ text: `${y}年度法治政府建设工作报告（${x.full}）\n${BODY(x.self, y)}`, source: 'title' }),
  'title broken after 关于': (x, y) => ({ text: `关于\n${x.full}${y}年度法治政府建设情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
}

/** Ways a page states the year it reports on, each with the author in the title (or a signature). */
const YEAR_FRAMES: Record<string, (x: Author, y: number) => { text: string; year: number; source: string }> = {
  'year 年度 in title': (x, y) => ({ text: `${x.full}${y}年度法治政府建设情况报告\n${BODY(x.self, y)}`, year: y, source: 'title' }),
  'year 年 in title': (x, y) => ({ text: `${x.full}${y}年法治政府建设情况报告\n${BODY(x.self, y)}`, year: y, source: 'title' }),
  'year in Chinese numerals': (x, y) => ({
    text: `${x.full}${String(y).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)])}年度法治政府建设情况报告\n${BODY(x.self, y)}`,
    year: y, source: 'title',
  }),
  'year only in the date line': (x, y) => ({
    text: `${x.full}法治政府建设工作情况报告\n一年来，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n二、下一步工作\n继续深化依法行政。\n${x.full}\n${y + 1}年${(y % 3) + 1}月12日\n`,
    year: y, source: 'title',
  }),
  'date line in Chinese numerals': (x, y) => ({
    text: `${x.full}法治政府建设工作情况报告\n一年来，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n${x.full}\n${String(y + 1).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)])}年二月十日\n`,
    year: y, source: 'title',
  }),
  'plan year beside the report year': (x, y) => ({
    text: `${x.full}法治政府建设工作总结及${y + 1}年工作计划\n一年来，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n二、${y + 1}年工作计划\n${y + 1}年，${x.self}将深化依法行政。\n${x.full}\n${y + 1}年1月8日\n`,
    year: y, source: 'title',
  }),
  'year in brackets after the title': (x, y) => ({ text: `${x.full}法治政府建设年度报告（${y}年度）\n${BODY(x.self, y)}`, year: y, source: 'title' }),
  'year at the title end': (x, y) => ({ text: `${x.full}法治政府建设${y}年度报告\n${BODY(x.self, y)}`, year: y, source: 'title' }),
  'year in the page date only': (x, y) => ({
    text: `${x.full}法治政府建设工作情况报告\n发文日期：${y + 1}-02-26\n一年来，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n`,
    year: y, source: 'title',
  }),
  'year stated since, compared': (x, y) => ({
    text: `${x.full}法治政府建设工作情况报告\n${y}年以来，${x.self}坚持依法行政，行政复议案件较${y - 1}年下降12%。\n一、主要工作\n全年办理行政处罚案件126件。\n`,
    year: y, source: 'title',
  }),
  'year with the letter O': (x, y) => ({
    text: `${x.full}${String(y).replace(/\d/g, (d) => 'O一二三四五六七八九'[Number(d)])}年法治政府建设工作报告\n${BODY(x.self, y)}`,
    year: y, source: 'title',
  }),
  'year in the period counted': (x, y) => ({
    text: `${x.full}法治政府建设工作报告\n本报告统计期限为${y}年1月1日至${y}年12月31日。\n一年来，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n二、${y + 1}年工作打算\n${y + 1}年，${x.self}将深化依法行政。\n`,
    year: y, source: 'title',
  }),
  'report and next year’s arrangements': (x, y) => ({
    text: `${x.full}关于${y}年度法治政府建设情况和${y + 1}年工作安排的报告\n${BODY(x.self, y)}`, year: y, source: 'title',
  }),
  'year in the handover': (x, y) => ({
    text: `${x.full}法治政府建设情况报告\n${x.self}高度重视依法行政。现将${y}年度法治政府建设情况报告如下：\n一、主要工作\n全年办理行政处罚案件126件。\n`, year: y, source: 'title',
  }),
  'year in a section heading': (x, y) => ({
    text: `${x.full}法治政府建设情况报告\n一、${y}年推进法治政府建设的主要举措和成效\n全年办理行政处罚案件126件。\n二、存在的不足\n执法力量不足。\n`, year: y, source: 'title',
  }),
  'year 是…之年': (x, y) => ({
    text: `${x.full}法治政府建设情况报告\n${y}年是全面贯彻党的二十大精神的关键之年，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n`, year: y, source: 'title',
  }),
  'last year’s report reviewed': (x, y) => ({
    text: `${x.full}法治政府建设情况报告\n${y}年，${x.self}坚持依法行政，审议《${y - 1}年度法治政府建设情况报告》，对照${y - 1}年度督察反馈问题逐项整改。\n一、主要工作\n全年办理行政处罚案件126件。\n`, year: y, source: 'title',
  }),
  '今年以来, dated December': (x, y) => ({
    text: `${x.full}法治政府建设工作总结\n今年以来，${x.self}坚持依法行政。\n一、主要工作\n全年办理行政处罚案件126件。\n${x.full}\n${y}年12月20日\n`, year: y, source: 'title',
  }),
}

/** Forms also probed in traditional script. */
const TRADITIONAL_TOO = new Set(['signature only', 'page 来源', 'abbreviation expanded', 'joint letterhead', 'addressee, signature', 'lead names the author', 'title over two lines'])

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025]

export function probes(): Probe[] {
  const out: Probe[] = []
  AUTHORS.forEach((x, i) => {
    Object.entries(FRAMES).forEach(([form, frame], j) => {
      const y = YEARS[(i + j) % YEARS.length]
      const p = frame(x, y)
      if (!p) return
      const short = ['abbreviation expanded', 'department on its government’s site', 'abbreviated signature', 'abbreviation with its place'].includes(form)
      // (a town's or street's region starts with the district its addressee line names: corpus README, Agency naming)
      const region = short ? x.short!.place
        : (form.startsWith('addressee') || form === 'county only in a document’s title') && /town|street/.test(x.level) ? ADDRESSEE[x.level].slice(0, 3) + x.region
        : form === 'outer places in the signature' ? `${x.outer}${x.region}`
        // (the county whose site hosts a town's or street's report is the one it lies in)
        : form === 'site footer after the signature' && /town|street/.test(x.level) ? `江山市${x.region}` : x.region
      const agency = short ? x.short!.agency : x.agency
      out.push({ form, name: `${x.full} (${x.level})`, text: p.text, agency, region, sector: x.sector, year: y, source: p.source })
      // The same page in traditional script: the tables hold the simplified names.
      if (TRADITIONAL_TOO.has(form)) out.push({ form: `${form}, traditional`, name: `${x.full} (${x.level})`, text: toTraditional(p.text), agency, region, sector: x.sector, year: y, source: p.source })
    })
    Object.entries(YEAR_FRAMES).forEach(([form, frame], j) => {
      const y = YEARS[(i + j + 3) % YEARS.length]
      const p = frame(x, y)
      out.push({ form, name: `${x.full} ${y}`, text: p.text, agency: x.agency, region: x.region, sector: x.sector, year: p.year, source: p.source })
    })
  })
  // Fragments alone: no author the text states.
  for (const [k, y] of YEARS.entries()) {
    out.push({
      form: 'fragments alone', name: `fragments ${y}`, agency: null, region: null, sector: null, year: y, source: 'unknown',
      text: `${y}年度法治政府建设工作报告\n${y}年，组织${20 + k}名执法人员参加省应急管理厅举办的培训，建成县级农村物流中心1个，安全生产委员会召开会议3次。\n` +
        `一、主要工作\n全年办理行政处罚案件${40 + k}件。\n`,
    })
  }
  // Organs the author only works with or is guided by: no author either.
  for (const [k, y] of YEARS.entries()) {
    out.push({
      form: 'organs the author works with', name: `works with ${y}`, agency: null, region: null, sector: null, year: y, source: 'unknown',
      text: `${y}年度法治政府建设工作报告\n${y}年，我局坚持依法行政，联合桐庐县公安局开展专项整治${3 + k}次，配合桐庐县应急管理局开展检查，邀请桐庐县司法局举办法治讲座2次。\n` +
        `一、主要工作\n全年办理行政处罚案件${40 + k}件。\n`,
    })
  }
  return out
}
