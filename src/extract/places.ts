/** Province and city names and the sector an organ belongs to — reference data, not report-specific. */

export const PROVINCES = [
  '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省',
  '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '台湾省',
  '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区',
]
/** Each province with the short name its offices and brands use (浙江 of 浙江省, 新疆 of 新疆维吾尔自治区). */
export const PROVINCE_SHORT = PROVINCES.map((p) => [p, p.replace(/(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '')] as const)
/** Short name → province (the first of the list wins, as a search of it would find). */
const PROVINCE_OF_SHORT = new Map([...PROVINCE_SHORT].reverse().map(([full, short]) => [short, full]))

/** The provincial-level place a short name stands for (浙江 → 浙江省, 上海 → 上海市), or null. */
export function provinceOfShort(short: string): string | null {
  return PROVINCE_OF_SHORT.get(short) ?? (MUNICIPALITIES.includes(`${short}市`) ? `${short}市` : null)
}

/** Leagues by their established short names (reference data, like the province list): 锡盟生态环境局 is 锡林郭勒盟's. */
const LEAGUE_SHORT: Record<string, string> = { 锡盟: '锡林郭勒盟', 阿盟: '阿拉善盟' }

/** A place chain with a league's short name at its start written in full (锡盟正蓝旗 → 锡林郭勒盟正蓝旗); others as they are. */
export function leagueInFull(chain: string): string {
  const full = chain[1] === '盟' ? LEAGUE_SHORT[chain.slice(0, 2)] : undefined
  return full ? full + chain.slice(2) : chain
}

/**
 * The length of the prefecture-level place `s` opens with — a city (荆州市), an autonomous prefecture in full or by its short 州
 * (恩施土家族苗族自治州, 黔东南州; not a city written without 市, 杭州), a 地区 or a league — or its whole length when it opens with none.
 */
function end(s: string): number {
  const city = s.indexOf('市') + 1
  if (city > 2 && isCityName(s.slice(0, city))) return city
  const prefecture = /^(?:[\u4e00-\u9fff]{2,12}?自治州|[\u4e00-\u9fff]{2,6}?(?:地区|盟)|[\u4e00-\u9fff]{1,4}?[^治]州)/.exec(s)?.[0]
  return prefecture && !isCityName(`${prefecture.slice(0, -1)}市`) ? prefecture.length : s.length
}

/**
 * A province's short name run into its prefecture city's (湖南常德, 广东韶关市): the two in full (湖南省常德市), or null. With `tail`,
 * also when places follow the city or a prefecture's short 州 (湖北荆州市荆州区, 江苏苏州市昆山市, 贵州黔东南州凯里市 → 湖北省荆州市荆州区,
 * 贵州省黔东南州凯里市): the province in full, the rest as written; the city's short name with 市 (浙江杭州西湖区, 安徽宣城宁国市 →
 * 浙江省杭州市西湖区: the province's name makes it its city, as 湖南常德's does, where a city's short name alone is not added,
 * 杭州西湖区); one county-level place right after it (湖南长沙县 → 湖南省长沙县). The caller checks that it is a chain of places.
 */
export function provinceAndCity(chain: string, tail = false): string | null {
  for (const k of [2, 3]) {
    const province = provinceOfShort(chain.slice(0, k))
    if (!province || MUNICIPALITIES.includes(province) || chain.startsWith(province)) continue
    const rest = chain.slice(k)
    const city = rest.replace(/市$/, '')
    if (isCityName(`${city}市`)) return `${province}${city}市`
    // (not a place whose name runs on from the short name with its people's: 海南藏族自治州, 河南蒙古族自治县)
    if (!tail || /^[\u4e00-\u9fff]{1,2}族/.test(rest)) continue
    if (end(rest) < rest.length) return province + rest
    if (ZONE_END.test(rest) || rest.length < 3 || /^[市州县区旗盟]/.test(rest)) continue // (海南州共和县: 青海's 海南州, no 海南省)
    // (a place of three characters at least after the city's short name: 湖南岳阳楼区 is no 岳阳市楼区)
    const short = [2, 3].find((n) => provinceOfCity(`${rest.slice(0, n)}市`) === province && /^[^市].{2}/.test(rest.slice(n)))
    if (short) return `${province}${rest.slice(0, short)}市${rest.slice(short)}`
    if (/^[^省市州县区旗盟]{2,5}[县旗市区]$/.test(rest)) return province + rest
  }
  return null
}

/** A zone's name ends so (杭州湾新区, 苏州工业园区): no county-level place. */
const ZONE_END = /(?:新区|园区|开发区|高新区|经开区|经济区|保税区|合作区|示范区|试验区|片区)$/

/**
 * The places after a city's short name run into them (宁波北仑区 → 北仑区, 宜宾屏山县龙华镇 → 屏山县龙华镇), or null: a city written
 * without 市 is not added (the region ruling, as 杭州西湖区's). The county-level place has three characters at least (岳阳楼区, 黄石港区
 * are names) and no people's name (阜新蒙古族自治县); a zone keeps its city (杭州湾新区). The caller checks that it is a chain of places.
 */
export function afterCityShort(chain: string): string | null {
  const n = [2, 3].find((k) => isCityName(`${chain.slice(0, k)}市`) && /^[^市].{2}/.test(chain.slice(k)))
  const rest = n ? chain.slice(n) : ''
  return rest && !/^[\u4e00-\u9fff]{1,2}族/.test(rest) && !ZONE_END.test(rest) && /^[^县旗市区]{2,}[县旗市区]/.test(rest) ? rest : null
}

/** Municipalities directly under the central government (provincial level). */
export const MUNICIPALITIES = ['北京市', '天津市', '上海市', '重庆市']

/**
 * Prefecture-level cities (without 市) by the short name of the province holding them: their people's government is a 市政府, a
 * county-level city's a 区县政府; and a province named in a text holds the place only when it holds its city.
 */
const CITIES_BY_PROVINCE: Record<string, string> = {
  河北: '石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水',
  山西: '太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁',
  内蒙古: '呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布',
  辽宁: '沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛',
  吉林: '长春 吉林 四平 辽源 通化 白山 松原 白城',
  黑龙江: '哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化',
  江苏: '南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁',
  浙江: '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水',
  安徽: '合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城',
  福建: '福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德',
  江西: '南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶',
  山东: '济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽',
  河南: '郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店',
  湖北: '武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州',
  湖南: '长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底',
  广东: '广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮',
  广西: '南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左',
  海南: '海口 三亚 三沙 儋州',
  四川: '成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳',
  贵州: '贵阳 六盘水 遵义 安顺 毕节 铜仁',
  云南: '昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧',
  西藏: '拉萨 日喀则 昌都 林芝 山南 那曲',
  陕西: '西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛',
  甘肃: '兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南',
  青海: '西宁 海东',
  宁夏: '银川 石嘴山 吴忠 固原 中卫',
  新疆: '乌鲁木齐 克拉玛依 吐鲁番 哈密',
}
/** Each prefecture-level city (with 市) → its province in full (三明市 → 福建省). */
const PROVINCE_OF_CITY = new Map(Object.entries(CITIES_BY_PROVINCE).flatMap(([short, cities]) =>
  cities.split(' ').map((c): [string, string] => [`${c}市`, provinceOfShort(short)!])))
const PREFECTURE_CITIES = new Set(PROVINCE_OF_CITY.keys())

/** The province a prefecture-level city lies in (三明市 → 福建省), or null (a municipality, a county-level city, no city). */
export const provinceOfCity = (city: string): string | null => PROVINCE_OF_CITY.get(city) ?? null

/** Every prefecture-level city and municipality, written with 市. */
export const CITY_NAMES: readonly string[] = [...PREFECTURE_CITIES, ...MUNICIPALITIES]

/**
 * Prefecture cities that govern their towns and streets with no county between (reference data): a town's county-level place is
 * the city itself (中山市黄圃镇, 东莞市虎门镇).
 */
export const CITIES_WITHOUT_COUNTIES = new Set(['东莞市', '中山市', '儋州市', '嘉峪关市'])

/** Districts of municipalities named 新区 (reference data): a people's government governs them, not a zone's committee. */
export const DISTRICTS_NAMED_NEW_AREA = new Set(['浦东新区', '滨海新区'])

/** Customs districts named after no prefecture city nor province (reference data): the city each sits in. */
const CUSTOMS_SEATS: Record<string, string> = { 黄埔: '广州市', 拱北: '珠海市', 满洲里: '满洲里市' }

/** The city a short name places an office in: a prefecture city or municipality without 市 (南京, 大连), or a customs district's seat (拱北). */
export function cityOfShort(short: string): string | null {
  return isCityName(`${short}市`) ? `${short}市` : CUSTOMS_SEATS[short] ?? null
}

/** A prefecture-level city or a municipality, written with 市. */
export function isCityName(s: string): boolean {
  // (every one ends in 市: most strings asked about are no city, and a set lookup hashes each new string first)
  return s.endsWith('市') && (PREFECTURE_CITIES.has(s) || MUNICIPALITIES.includes(s))
}

/** The sector of a people's government (or a street office) by the level of its innermost place. */
function governmentSector(place: string): string {
  if (/街道$/.test(place)) return '街道'
  if (/(?:[镇乡]|苏木|农场)$/.test(place)) return '乡镇政府'
  if (/(?:省|自治区)$/.test(place) || MUNICIPALITIES.includes(place)) return '省政府'
  if (PREFECTURE_CITIES.has(place) || /(?:州|地区|盟)$/.test(place)) return '市政府'
  return '区县政府'
}

/** Organ keyword → sector label; first match wins, so specific words come first. */
const SECTORS: [RegExp, string][] = [
  // (环境卫生 and 环卫 are a city's sanitation, 动物卫生 and 动物防疫 a farm bureau's field: neither is health's 卫生)
  // (a police bureau's 交通管理大队 or 支队 is traffic police, 公安, as 交通警察 is)
  [/环境卫生|环卫/, '城市管理'], [/动物卫生|动物防疫/, '农业农村'],
  [/应急|矿山安全|安全生产|安监/, '应急管理'], [/气象/, '气象'], [/交通(?!警察|管理[支大]队)|海事|铁路|民用航空|民航|航务|港航|港口|公路|道路运输|运输管理|邮政/, '交通'], [/司法|综合治理|法制|监狱|戒毒|法治(?:政府)?建设(?:工作)?领导小组/, '司法行政'], [/公安|派出所|移民管理|边防检查|交通警察/, '公安'],
  [/市场监督|市场监管|药品监督|工商行政|质量技术监督/, '市场监管'], [/生态环境|环境保护|环保/, '生态环境'], [/税务/, '税务'],
  [/规划和自然资源|自然资源|规划资源|国土|规划局|不动产/, '自然资源'], [/住房|城乡建设|住建|公积金|房产|房地产/, '住房城乡建设'], [/卫生|健康|疾病预防|疾控|中医药/, '卫生健康'],
  [/教育/, '教育'], [/(?<!人)民政|社会组织/, '民政'], [/财政/, '财政'], [/人力资源|社会保障|社会保险|人社|劳动人事争议|劳动保障/, '人力资源社会保障'],
  [/农业|农村|农垦|农产品|渔业|海洋|畜牧|兽医|乡村振兴|扶贫/, '农业农村'], [/水利|水务|水文|水土保持|流域管理|河务/, '水利'], [/商务|投资促进|招商/, '商务'], [/文化|旅游|文旅|广播电视|新闻出版/, '文化旅游'],
  [/统计|^[\u4e00-\u9fff]{2,4}调查总?队$/, '统计'], [/医疗保障|医疗保险|医保/, '医疗保障'], [/林业|园林/, '林业'], [/城市管理|城市综合管理|城管|综合行政执法|综合执法/, '城市管理'],
  [/退役军人/, '退役军人事务'], [/审计/, '审计'], [/发展和改革|发展改革|发改/, '发展改革'], [/经济和信息化|经济信息化|经信|工业和信息化|工业信息化|工信|通信管理/, '经济信息化'],
  [/科学技术|科技/, '科技'], [/体育/, '体育'], [/档案/, '档案'], [/粮食/, '粮食和物资储备'], [/烟草/, '烟草'],
  [/消防/, '消防救援'], [/行政审批|行政服务|政务服务|数据|营商环境|公共资源交易/, '政务服务'], [/机关事务/, '机关事务'], [/信访/, '信访'],
  [/人民防空|人防|民防|国防动员/, '人民防空'], [/海关/, '海关'], [/知识产权/, '知识产权'], [/地震/, '地震'], [/民族|宗教/, '民族宗教'],
  [/金融|证券|银行|保险监督|^[\u4e00-\u9fff]{2,4}监管[分支]?局$/, '金融'], [/外事/, '外事'], [/文物/, '文物'], [/国有资产|国资/, '国资监管'], [/能源/, '能源'],
  // (a construction bureau by the stem alone, 建设局 of a zone: after every other field's 建设局, 营商环境建设局)
  [/建设局$/, '住房城乡建设'],
  // (a city's commercial arbitration commission, registered with its 司法局; a 劳动人事争议 one is 人社's, above)
  [/仲裁委员会/, '司法行政'],
  // (a court, no author, for a report's kind: ./authorKind.ts kindOf)
  [/法院/, '法院'],
]

/**
 * A 兵团 regiment by its numeral's name (106团, 一〇三团, 一五〇团): a town-level place with no organ word of its own (corpus README, r56c),
 * named as it names itself; its sector a town's.
 */
export const REGIMENT_NAME = '(?:\\d{1,3}|[一二三四五六七八九十〇零]{1,4})团'
export const REGIMENT = new RegExp(`^${REGIMENT_NAME}$`)

/** The words a people's government (or its general office) ends with. */
const GOVERNMENT_WORD = /^(?:人民政府|政府|行政公署|办事处|管委会|管理委员会)(?:办公室|办公厅|研究室)?$/
const GOVERNMENT_OF = /([^省市区县州旗盟镇乡道]+(?:街道|自治区|自治州|省|市|州|地区|盟|县|旗|区|镇|乡|苏木|农场|新城))(?:人民政府|政府|行政公署|街道办事处|办事处|管委会|管理委员会)$/

/** `place`: the innermost place of the organ (by default read off the name: 吉林市船营区人民政府 → 船营区). */
/** A government named by its level alone (县人民政府, 街道办事处): the report speaks for that level without a place we can read. */
const LEVEL_ONLY = /^(省|自治区|市|自治州|州|盟|县|旗|区|新区|镇|乡|街道)(?:人民政府|政府|办事处|管理委员会)(?:办公室)?$/

export function sectorOf(agency: string, place = GOVERNMENT_OF.exec(agency)?.[1] ?? ''): string | null {
  // A government's general office (X县人民政府办公室) shares its government's sector. The government's words follow the
  // place itself, and a 管理委员会 governs a zone: a department whose name ends in the same words (城市管理委员会,
  // 国有资产监督管理委员会) is no government; a state farm's is its own.
  const rest = place ? agency.slice(agency.lastIndexOf(place) + place.length) : ''
  if (place && GOVERNMENT_WORD.test(rest) && (!/^管/.test(rest) || /(?:区|农场|新城)$/.test(place))) return governmentSector(place)
  if (place && !rest && REGIMENT.test(place)) return '乡镇政府'
  const level = LEVEL_ONLY.exec(agency)?.[1]
  // A bare 市 is taken for a city with districts (市政府): a county-level city names itself.
  if (level) return level === '市' ? '市政府' : governmentSector(level)
  // A merged bureau (科技和工业信息化局, 工业信息化和商务局, 文化广电和旅游体育局) is of the field its name gives first.
  if (agency.includes('和')) return firstField(agency)
  for (const [re, sector] of SECTORS) if (re.test(agency)) return sector
  return null
}

/** The sector whose word stands first in `agency` (on a tie, the first in SECTORS, the more specific word). */
function firstField(agency: string): string | null {
  let best: [number, string] | null = null
  for (const [re, sector] of SECTORS) {
    const at = agency.search(re)
    if (at >= 0 && (!best || at < best[0])) best = [at, sector]
  }
  return best?.[1] ?? null
}

/**
 * Real places whose stem holds another place's suffix or starts with one, or with a word no stem starts with (原, 本,
 * 全; reference data, like the province list), or with a character no stem holds (上党区, 月湖区, 日土县, 万年县), or is a verb an organ
 * follows as its object (会同县: of the county-level places, the one ./placeChain.ts's BAD_STEM words reject), or holds a verb and runs
 * past the six characters a banner's stem is read to (达尔罕茂明安联合旗, the one 联合旗); a prefecture city so
 * named (镇江市, 本溪市, 日照市) is one by the city list.
 */
export const SUFFIX_IN_STEM = new Set(['新市区', '市中区', '市南区', '市北区', '镇海区', '镇原县', '镇平县', '镇雄县', '镇安县', '镇赉县', '镇远县', '镇康县', '镇巴县',
  '镇坪县', '镇沅彝族哈尼族拉祜族自治县', '镇宁布依族苗族自治县', '乡宁县', '乡城县', '本溪满族自治县', '原平市', '原阳县', '全州县', '全椒县', '全南县', '向阳区',
  '上党区', '月湖区', '日土县', '万年县', '永年区', '会同县', '达尔罕茂明安联合旗'])
/** County-level cities named by one character before 市 (reference data; 沙市 is a district, 沙市区). */
export const ONE_CHARACTER_CITY = new Set(['芒市'])
/**
 * County-level cities whose stem runs to three characters or more (reference data, like the province list): in running
 * text a city not known as one has a two-character stem (文昌市, 乳山市; 地址梅河口市… would give 河口市), so these are known by
 * name; on a title or signature line, where the name starts the line, ./organs.ts reads up to four.
 */
export const LONG_STEM_CITY = new Set(['梅河口市', '公主岭市', '扎兰屯市', '满洲里市', '牙克石市', '阿尔山市', '二连浩特市', '乌兰浩特市', '锡林浩特市',
  '霍林郭勒市', '额尔古纳市', '五大连池市', '绥芬河市', '瓦房店市', '大石桥市', '调兵山市', '张家港市', '老河口市', '丹江口市', '冷水江市',
  '井冈山市', '都江堰市', '峨眉山市', '五指山市', '香格里拉市', '格尔木市', '德令哈市', '库尔勒市', '阿克苏市', '阿勒泰市', '阿图什市',
  '霍尔果斯市', '阿拉山口市', '共青城市', '高碑店市', '马尔康市', '武夷山市', '青铜峡市', '石河子市', '五家渠市', '图木舒克市', '铁门关市', '可克达拉市', '胡杨河市', '阿拉尔市'])
