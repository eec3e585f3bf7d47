/**
 * The authors the opening probes (./openingProbes.ts) are written for: every level of author, from ministries and
 * national administrations to towns, ethnic townships, 苏木, streets and zones, with the names their pages use, the
 * agency, region and sector the tables should hold, how their reports speak of themselves, abbreviations the report's
 * place expands and outer places a page may write. All names are real kinds of organ; the reports are invented.
 */
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


/** An author of the probes (every author list of tests/extract uses it). */
export const author = (level: string, full: string, agency: string, region: string | null, sector: string, self: string, short?: Author['short'], outer?: string): Author =>
  ({ level, full, agency, region, sector, self, short, outer })
const a = author

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
  // Region and sector forms (./regionProbes.ts): names holding level words, short and autonomous prefectures, a 林区,
  // departments ending in a government's words, merged and newer organs.
  a('county-gov', '凯里市人民政府', '凯里市人民政府', '凯里市', '区县政府', '我市', undefined, '贵州省黔东南苗族侗族自治州'),
  a('county-gov', '神农架林区人民政府', '神农架林区人民政府', '神农架林区', '区县政府', '我区', undefined, '湖北省'),
  a('county-bureau', '宁波市镇海区市场监督管理局', '镇海区市场监督管理局', '宁波市镇海区', '市场监管', '我局', { name: '区市场监管局', place: '镇海区', agency: '镇海区市场监督管理局' }),
  a('county-bureau', '长阳土家族自治县司法局', '长阳土家族自治县司法局', '长阳土家族自治县', '司法行政', '我局', undefined, '湖北省宜昌市'),
  a('city-bureau', '黔东南州司法局', '黔东南州司法局', '黔东南州', '司法行政', '我局', { name: '州司法局', place: '黔东南州', agency: '黔东南州司法局' }),
  a('city-bureau', '北京市城市管理委员会', '北京市城市管理委员会', '北京市', '城市管理', '我委'),
  a('city-bureau', '沈阳市营商环境建设局', '沈阳市营商环境建设局', '沈阳市', '政务服务', '我局', undefined, '辽宁省'),
  a('county-bureau', '江津区地方金融管理局', '江津区地方金融管理局', '江津区', '金融', '我局', undefined, '重庆市'),
  a('town', '城关镇人民政府', '城关镇人民政府', '城关镇', '乡镇政府', '我镇', undefined, '岐山县'),
  // Forms of the r11 batch: a state farm's committee (sector of a town), a zone whose name carries its province and
  // that speaks as 我管委会, a street whose name ends in 街, a 苏木 under a banner.
  a('town', '友谊农场管理委员会', '友谊农场管理委员会', '友谊农场', '乡镇政府', '我场'),
  a('zone', '江苏常熟经济开发区管理委员会', '江苏常熟经济开发区管理委员会', '江苏常熟经济开发区', '区县政府', '我管委会'),
  a('street', '东城街街道办事处', '东城街街道办事处', '东城街街道', '街道', '我街道', undefined, '高平市'),
  a('town', '巴彦哈达苏木人民政府', '巴彦哈达苏木人民政府', '巴彦哈达苏木', '乡镇政府', '我苏木', undefined, '科尔沁右翼中旗'),
  // The corps (兵团): a division merged with its city (第八师石河子市) reports as the city, speaking as 师市; the corps' own
  // departments keep its name as their place.
  a('county-gov', '第八师石河子市人民政府', '石河子市人民政府', '石河子市', '区县政府', '师市'),
  a('city-bureau', '第六师五家渠市司法局', '五家渠市司法局', '五家渠市', '司法行政', '我局'),
  a('province-dept', '新疆生产建设兵团司法局', '新疆生产建设兵团司法局', '新疆生产建设兵团', '司法行政', '我局'),
  // A zone's statutory body (管理局) named after the zone.
  a('zone', '洋浦经济开发区管理局', '洋浦经济开发区管理局', '洋浦经济开发区', '区县政府', '管理局'),
  // Kinds the r11 fresh batches' first runs showed the form space lacked (agency17): autonomous places at every level,
  // a 盟's and a 地区's organs, a 林区's and a 特区's, a 新区 with a people's government and one with a committee, county-level
  // cities under their prefecture and under their province, districts of municipalities, vertically managed offices
  // (税务, 海关 not named after a city, 气象, 消防救援), a city bureau's district branch, national administrations of newer
  // fields, zones of every kind (综合保税区, a 高新区 by its short name and its committee by 管委会, a zone named with its
  // city's full name), towns and streets under autonomous and municipal districts, a department named under its government.
  a('county-bureau', '恩施土家族苗族自治州来凤县司法局', '来凤县司法局', '恩施土家族苗族自治州来凤县', '司法行政', '我局', { name: '县司法局', place: '来凤县', agency: '来凤县司法局' }),
  a('city-gov', '延边朝鲜族自治州人民政府', '延边朝鲜族自治州人民政府', '延边朝鲜族自治州', '市政府', '我州', undefined, '吉林省'),
  a('county-gov', '鄂温克族自治旗人民政府', '鄂温克族自治旗人民政府', '鄂温克族自治旗', '区县政府', '我旗', undefined, '内蒙古自治区呼伦贝尔市'),
  a('city-gov', '阿拉善盟行政公署', '阿拉善盟行政公署', '阿拉善盟', '市政府', '我盟'),
  a('city-bureau', '喀什地区司法局', '喀什地区司法局', '喀什地区', '司法行政', '我局'),
  a('county-bureau', '神农架林区市场监督管理局', '神农架林区市场监督管理局', '神农架林区', '市场监管', '我局'),
  a('county-gov', '六枝特区人民政府', '六枝特区人民政府', '六枝特区', '区县政府', '我区', undefined, '贵州省六盘水市'),
  a('county-gov', '上海市浦东新区人民政府', '浦东新区人民政府', '上海市浦东新区', '区县政府', '我区'),
  a('zone', '河北雄安新区管理委员会', '河北雄安新区管理委员会', '河北雄安新区', '区县政府', '新区'),
  a('county-bureau', '义乌市司法局', '义乌市司法局', '义乌市', '司法行政', '我局', { name: '市司法局', place: '义乌市', agency: '义乌市司法局' }, '浙江省金华市'),
  a('county-gov', '仙桃市人民政府', '仙桃市人民政府', '仙桃市', '区县政府', '我市', undefined, '湖北省'),
  a('county-bureau', '重庆市渝中区司法局', '渝中区司法局', '重庆市渝中区', '司法行政', '我局', { name: '区司法局', place: '渝中区', agency: '渝中区司法局' }),
  a('county-gov', '北京市朝阳区人民政府', '朝阳区人民政府', '北京市朝阳区', '区县政府', '我区'),
  a('province-dept', '国家税务总局浙江省税务局', '浙江省税务局', '浙江省', '税务', '我局'),
  a('county-bureau', '国家税务总局桐庐县税务局', '桐庐县税务局', '桐庐县', '税务', '我局'),
  a('city-bureau', '拱北海关', '拱北海关', '珠海市', '海关', '我关'),
  a('city-bureau', '杭州市气象局', '杭州市气象局', '杭州市', '气象', '我局'),
  a('city-bureau', '绍兴市消防救援支队', '绍兴市消防救援支队', '绍兴市', '消防救援', '我支队'),
  a('county-bureau', '桐庐县消防救援大队', '桐庐县消防救援大队', '桐庐县', '消防救援', '我大队'),
  a('county-bureau', '杭州市公安局西湖区分局', '西湖区公安分局', '杭州市西湖区', '公安', '我局'),
  a('national', '国家药品监督管理局', '国家药品监督管理局', null, '市场监管', '我局'),
  a('national', '国家疾病预防控制局', '国家疾病预防控制局', null, '卫生健康', '我局'),
  a('national', '国家数据局', '国家数据局', null, '政务服务', '我局'),
  a('national', '国家中医药管理局', '国家中医药管理局', null, '卫生健康', '我局'),
  a('national', '国家铁路局', '国家铁路局', null, '交通', '我局'),
  a('national', '国家矿山安全监察局', '国家矿山安全监察局', null, '应急管理', '我局'),
  a('national', '国家移民管理局', '国家移民管理局', null, '公安', '我局'),
  a('city-bureau', '乌鲁木齐海关', '乌鲁木齐海关', '乌鲁木齐市', '海关', '我关'),
  a('city-bureau', '杭州市疾病预防控制局', '杭州市疾病预防控制局', '杭州市', '卫生健康', '我局', { name: '市疾控局', place: '杭州市', agency: '杭州市疾病预防控制局' }),
  a('zone', '东疆综合保税区管理委员会', '东疆综合保税区管理委员会', '东疆综合保税区', '区县政府', '我区'),
  a('zone', '宁波高新技术产业开发区管理委员会', '宁波高新技术产业开发区管理委员会', '宁波高新技术产业开发区', '区县政府', '高新区'),
  a('zone', '珠海高新区管委会', '珠海高新区管理委员会', '珠海高新区', '区县政府', '高新区'),
  a('zone', '龙岩市经济技术开发区管理委员会', '龙岩市经济技术开发区管理委员会', '龙岩市经济技术开发区', '区县政府', '我区'),
  a('town', '龙凤镇人民政府', '龙凤镇人民政府', '龙凤镇', '乡镇政府', '我镇', undefined, '湖北省恩施土家族苗族自治州恩施市'),
  a('street', '建外街道办事处', '建外街道办事处', '建外街道', '街道', '我街道', undefined, '北京市朝阳区'),
  a('town', '鄂温克民族苏木人民政府', '鄂温克民族苏木人民政府', '鄂温克民族苏木', '乡镇政府', '我苏木', undefined, '鄂温克族自治旗'),
  a('county-bureau', '新昌县人民政府国有资产监督管理委员会', '新昌县国有资产监督管理委员会', '新昌县', '国资监管', '我委'),
  a('county-gov', '武义县人民政府办公室', '武义县人民政府办公室', '武义县', '区县政府', '我办'),
  // Autonomous counties whose peoples' names run past eight characters, their departments and towns.
  a('county-gov', '双江拉祜族佤族布朗族傣族自治县人民政府', '双江拉祜族佤族布朗族傣族自治县人民政府', '双江拉祜族佤族布朗族傣族自治县', '区县政府', '我县', undefined, '云南省临沧市'),
  a('county-bureau', '镇沅彝族哈尼族拉祜族自治县司法局', '镇沅彝族哈尼族拉祜族自治县司法局', '镇沅彝族哈尼族拉祜族自治县', '司法行政', '我局',
    { name: '县司法局', place: '镇沅彝族哈尼族拉祜族自治县', agency: '镇沅彝族哈尼族拉祜族自治县司法局' }, '云南省普洱市'),
  a('town', '勐勐镇人民政府', '勐勐镇人民政府', '勐勐镇', '乡镇政府', '我镇', undefined, '双江拉祜族佤族布朗族傣族自治县'),
]
