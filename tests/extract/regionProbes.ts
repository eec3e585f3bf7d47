/**
 * Invented openings over the form space of a report's region and sector (tests/extract/regionProbes.test.ts), by the
 * conventions of tests/fixtures/corpus/README.md: the region is the author's place chain as the text writes it together
 * (a superior named apart, 在X市委、市政府领导下, adds nothing to a county), a town's or street's starts with the county
 * it names as its governing body, a zone's own 管理委员会 is the zone; the sector is a SECTORS label of
 * src/extract/places.ts. Forms: county-level places whose parent is never named, named apart or written with them;
 * short forms (黔东南州, 恩施州); autonomous prefectures, counties, banners, leagues; county-level cities; districts of
 * municipalities; zones and their departments; streets and towns under districts; ethnic townships; a 林区; places in
 * a document's title or a superior's name; names holding level words (镇海区, 市中区, 城区, 市桥街道); traditional
 * script; every organ word's sector; governments of every level; party bodies beside government organs; crossed with every
 * kind of town and county author, a town that says it lies in its county, its county's document titled with the city or
 * the year, a city's party committee or 依法治市办 as a county organ's addressee.
 * Names, figures and wording are made up for the probe.
 */
import { toTraditional } from './traditional'
import type { Probe } from './openingProbes'
import { fieldProbes } from './fieldProbes'

/** An opening probe without its year and agency source: those are the opening probes' matter. */
export type RegionProbe = Omit<Probe, 'year' | 'source'>

const REST = '\n一、主要工作及成效\n全年办理行政处罚案件126件，开展执法检查38次。\n二、存在的问题\n执法队伍专业化水平仍需提升。\n'
const report = (title: string, lead: string) => `${title}2023年法治政府建设工作报告\n2023年，${lead}。${REST}`
const signed = (signature: string, lead: string) => `2023年法治政府建设工作报告\n2023年，${lead}。${REST}${signature}\n2024年1月18日\n`
/** [form, title (or signature: starts with ✍), lead sentence, agency, region, sector] */
type Row = [string, string, string, string | null, string | null, string | null]

const ROWS: Row[] = [
  // A county-level place whose prefecture or province is never named: the region is the place itself.
  ['parent never named', '易门县人民政府', '我县坚持依法行政', '易门县人民政府', '易门县', '区县政府'],
  ['parent never named', '✍凯里市司法局', '我局坚持依法行政', '凯里市司法局', '凯里市', '司法行政'],
  ['parent never named', '江津区人民政府', '全区坚持依法行政，服务江津高质量发展', '江津区人民政府', '江津区', '区县政府'],
  // Its parent named apart, as the body's superior (not written with it): nothing is added.
  ['parent named as a superior', '桐庐县人民政府', '在杭州市委、市政府的坚强领导下，我县坚持依法行政', '桐庐县人民政府', '桐庐县', '区县政府'],
  ['parent named as a superior', '乳山市人民政府', '在威海市委、市政府的坚强领导下，我市坚持依法行政', '乳山市人民政府', '乳山市', '区县政府'],
  ['parent named as a superior', '江津区司法局', '我局在重庆市司法局指导下依法履职', '江津区司法局', '江津区', '司法行政'],
  ['parent named as a superior', '凯里市司法局', '我局在黔东南州司法局的指导下，在凯里市委、市政府的领导下依法履职', '凯里市司法局', '凯里市', '司法行政'],
  // Written together with its parents in the body: the chain as written.
  ['parent written with it in the body', '桐庐县人民政府', '浙江省桐庐县坚持依法行政', '桐庐县人民政府', '浙江省桐庐县', '区县政府'],
  ['parent written with it in the body', '江津区人民政府', '重庆市江津区坚持依法行政', '江津区人民政府', '重庆市江津区', '区县政府'],
  ['parent written with it in the body', '美兰区人民政府', '海口市美兰区坚持依法行政', '美兰区人民政府', '海口市美兰区', '区县政府'],
  ['parent written with it in the body', '朝阳市司法局', '辽宁省朝阳市司法局坚持依法行政', '朝阳市司法局', '辽宁省朝阳市', '司法行政'],
  ['parent written with it in the body', '吉林市司法局', '吉林省吉林市司法局坚持依法行政', '吉林市司法局', '吉林省吉林市', '司法行政'],
  ['parent written with it in the body', '神农架林区人民政府', '湖北省神农架林区坚持依法行政', '神农架林区人民政府', '湖北省神农架林区', '区县政府'],
  // A prefecture written by its short form (X州 for X自治州), before a county or alone.
  ['short form of a prefecture', '黔东南州人民政府', '我州坚持依法行政', '黔东南州人民政府', '黔东南州', '市政府'],
  ['short form of a prefecture', '黔东南州凯里市司法局', '我局坚持依法行政', '凯里市司法局', '黔东南州凯里市', '司法行政'],
  ['short form of a prefecture', '四川省凉山州越西县司法局', '我局坚持依法行政', '越西县司法局', '四川省凉山州越西县', '司法行政'],
  ['short form of a prefecture', '凯里市人民政府', '黔东南州凯里市坚持依法行政', '凯里市人民政府', '黔东南州凯里市', '区县政府'],
  ['short form of a prefecture', '来凤县人民政府', '恩施州来凤县坚持依法行政', '来凤县人民政府', '恩施州来凤县', '区县政府'],
  ['short form of a prefecture', '✍延边州延吉市人民政府', '我市坚持依法行政', '延吉市人民政府', '延边州延吉市', '区县政府'],
  // Autonomous prefectures, counties, banners and leagues: one place each, however long its peoples' names.
  ['autonomous places', '黔东南苗族侗族自治州凯里市人民政府', '我市坚持依法行政', '凯里市人民政府', '黔东南苗族侗族自治州凯里市', '区县政府'],
  ['autonomous places', '来凤县人民政府', '湖北省恩施土家族苗族自治州来凤县坚持依法行政', '来凤县人民政府', '湖北省恩施土家族苗族自治州来凤县', '区县政府'],
  ['autonomous places', '延吉市人民政府', '吉林省延边朝鲜族自治州延吉市坚持依法行政', '延吉市人民政府', '吉林省延边朝鲜族自治州延吉市', '区县政府'],
  ['autonomous places', '湖北省长阳土家族自治县人民政府', '我县坚持依法行政', '长阳土家族自治县人民政府', '湖北省长阳土家族自治县', '区县政府'],
  ['autonomous places', '✍喀喇沁左翼蒙古族自治县人民政府', '我县坚持依法行政', '喀喇沁左翼蒙古族自治县人民政府', '喀喇沁左翼蒙古族自治县', '区县政府'],
  ['autonomous places', '三江侗族自治县司法局', '我局坚持依法行政', '三江侗族自治县司法局', '三江侗族自治县', '司法行政'],
  ['autonomous places', '阿拉善盟阿拉善左旗人民政府', '我旗坚持依法行政', '阿拉善左旗人民政府', '阿拉善盟阿拉善左旗', '区县政府'],
  ['autonomous places', '内蒙古自治区锡林郭勒盟西乌珠穆沁旗人民政府', '我旗坚持依法行政', '西乌珠穆沁旗人民政府', '内蒙古自治区锡林郭勒盟西乌珠穆沁旗', '区县政府'],
  ['autonomous places', '鄂伦春自治旗人民政府', '我旗坚持依法行政', '鄂伦春自治旗人民政府', '鄂伦春自治旗', '区县政府'],
  ['autonomous places', '锡林郭勒盟行政公署', '我盟坚持依法行政', '锡林郭勒盟行政公署', '锡林郭勒盟', '市政府'],
  ['autonomous places', '伊犁哈萨克自治州奎屯市人民政府', '我市坚持依法行政', '奎屯市人民政府', '伊犁哈萨克自治州奎屯市', '区县政府'],
  // Peoples' names past eight characters (agency17).
  ['autonomous places', '积石山保安族东乡族撒拉族自治县人民政府', '我县坚持依法行政', '积石山保安族东乡族撒拉族自治县人民政府', '积石山保安族东乡族撒拉族自治县', '区县政府'],
  ['autonomous places', '✍云南省普洱市孟连傣族拉祜族佤族自治县司法局', '我局坚持依法行政', '孟连傣族拉祜族佤族自治县司法局', '云南省普洱市孟连傣族拉祜族佤族自治县', '司法行政'],
  ['autonomous places', '勐库镇人民政府', '在双江拉祜族佤族布朗族傣族自治县委、县政府的领导下，我镇坚持依法行政', '勐库镇人民政府', '双江拉祜族佤族布朗族傣族自治县勐库镇', '乡镇政府'],
  // County-level cities: a 区县政府, written alone or under their city or province.
  ['county-level city', '浙江省义乌市人民政府', '我市坚持依法行政', '义乌市人民政府', '浙江省义乌市', '区县政府'],
  ['county-level city', '金华市义乌市市场监督管理局', '我局坚持依法行政', '义乌市市场监督管理局', '金华市义乌市', '市场监管'],
  ['county-level city', '✍宁乡市人民政府办公室', '市政府办坚持依法行政', '宁乡市人民政府办公室', '宁乡市', '区县政府'],
  // The one county-level city whose name is one character before 市 (芒市), alone and before its towns and farms.
  ['county-level city', '芒市人民政府', '我市坚持依法行政', '芒市人民政府', '芒市', '区县政府'],
  ['county-level city', '✍芒市风平镇人民政府', '我镇坚持依法行政', '风平镇人民政府', '芒市风平镇', '乡镇政府'],
  ['county-level city', '芒市遮放农场', '2017年以来，芒市遮放农场坚持依法行政', '遮放农场管理委员会', '芒市遮放农场', '乡镇政府'],
  // Districts of municipalities and of cities, with the province the text names.
  ['district of a municipality or city', '北京市朝阳区人民政府', '我区坚持依法行政', '朝阳区人民政府', '北京市朝阳区', '区县政府'],
  ['district of a municipality or city', '上海市浦东新区人民政府', '我区坚持依法行政', '浦东新区人民政府', '上海市浦东新区', '区县政府'],
  ['district of a municipality or city', '天津市滨海新区司法局', '我局坚持依法行政', '滨海新区司法局', '天津市滨海新区', '司法行政'],
  ['district of a municipality or city', '广东省广州市海珠区人民政府', '我区坚持依法行政', '海珠区人民政府', '广东省广州市海珠区', '区县政府'],
  ['district of a municipality or city', '深圳市龙岗区司法局', '我局在广东省司法厅指导下依法履职', '龙岗区司法局', '广东省深圳市龙岗区', '司法行政'],
  ['district of a municipality or city', '吉林市船营区司法局', '我局认真落实吉林省委部署', '船营区司法局', '吉林省吉林市船营区', '司法行政'],
  ['district of a municipality or city', '朝阳区司法局', '北京市朝阳区司法局坚持依法行政', '朝阳区司法局', '北京市朝阳区', '司法行政'],
  // Zones: the zone's own 管理委员会 is the zone (corpus README); a department of a zone named after its city lies in it.
  ['zone', '长沙经济技术开发区管理委员会', '经开区坚持依法行政', '长沙经济技术开发区管理委员会', '长沙经济技术开发区', '区县政府'],
  ['zone', '苏州工业园区管理委员会', '园区坚持依法行政', '苏州工业园区管理委员会', '苏州工业园区', '区县政府'],
  ['zone', '郑州高新技术产业开发区管理委员会', '高新区坚持依法行政', '郑州高新技术产业开发区管理委员会', '郑州高新技术产业开发区', '区县政府'],
  ['zone', '湛江经济技术开发区管理委员会', '在湛江市委、市政府领导下，经开区坚持依法行政', '湛江经济技术开发区管理委员会', '湛江经济技术开发区', '区县政府'],
  ['zone', '天津滨海高新区管理委员会', '高新区落实国家、天津市和滨海新区的部署', '天津滨海高新区管理委员会', '天津滨海高新区', '区县政府'],
  ['zone', '湛江经济技术开发区应急管理局', '我局按照湛江市应急管理局部署，在广东省应急管理厅指导下依法履职', '湛江经济技术开发区应急管理局', '广东省湛江市湛江经济技术开发区', '应急管理'],
  ['zone', '长白山保护开发区管理委员会', '我区坚持依法行政', '长白山保护开发区管理委员会', '长白山保护开发区', '区县政府'],
  ['zone', '江苏常熟经济开发区管理委员会', '我管委会坚持依法行政', '江苏常熟经济开发区管理委员会', '江苏常熟经济开发区', '区县政府'],
  // A zone's statutory body (管理局) named after it: as written, the zone its region, a government's sector (ruling of r5).
  ['zone', '洋浦经济开发区管理局', '管理局坚持依法行政', '洋浦经济开发区管理局', '洋浦经济开发区', '区县政府'],
  ['zone', '✍博鳌乐城国际医疗旅游先行区管理局', '管理局坚持依法行政', '博鳌乐城国际医疗旅游先行区管理局', '博鳌乐城国际医疗旅游先行区', '区县政府'],
  // Streets and towns under a district: the county they name as their governing body starts their region, with the
  // outer places written with it.
  ['street or town under a district', '重庆市渝中区解放碑街道办事处', '我街道坚持依法行政', '解放碑街道办事处', '重庆市渝中区解放碑街道', '街道'],
  ['street or town under a district', '成都市武侯区人民政府玉林街道办事处', '我街道坚持依法行政', '玉林街道办事处', '成都市武侯区玉林街道', '街道'],
  ['street or town under a district', '解放碑街道办事处', '在渝中区委、区政府的领导下，我街道坚持依法行政', '解放碑街道办事处', '渝中区解放碑街道', '街道'],
  ['street or town under a district', '木渎镇人民政府', '在苏州市吴中区委、区政府的领导下，我镇坚持依法行政', '木渎镇人民政府', '苏州市吴中区木渎镇', '乡镇政府'],
  ['street or town under a district', '木渎镇人民政府', '在吴中区委、区政府的领导下，我镇落实《苏州市法治政府建设实施方案》', '木渎镇人民政府', '吴中区木渎镇', '乡镇政府'],
  ['street or town under a district', '✍岐山县城关镇人民政府', '我镇坚持依法行政', '城关镇人民政府', '岐山县城关镇', '乡镇政府'],
  ['street or town under a district', '城关镇人民政府', '在岐山县委、县政府的坚强领导下，我镇坚持依法行政', '城关镇人民政府', '岐山县城关镇', '乡镇政府'],
  ['street or town under a district', '新市镇人民政府', '在德清县委、县政府的领导下，我镇坚持依法行政', '新市镇人民政府', '德清县新市镇', '乡镇政府'],
  ['street or town under a district', '石门乡人民政府', '在长阳土家族自治县委、县政府的领导下，我乡坚持依法行政', '石门乡人民政府', '长阳土家族自治县石门乡', '乡镇政府'],
  // The county's own plan a town follows, its period in brackets, after its city's plan (r11 form).
  ['street or town under a district', '玉泉街道办事处', '我街道在区委、区政府领导下，对照《杭州市2023年度法治政府建设工作计划》和《西湖区法治政府建设实施方案（2021-2025年）》依法履职', '玉泉街道办事处', '西湖区玉泉街道', '街道'],
  ['street or town under a district', '新市镇人民政府', '我镇落实《德清县法治政府建设实施方案（2021—2025年）》，依法履职', '新市镇人民政府', '德清县新市镇', '乡镇政府'],
  // State farms with their own committee (r11 form): a town's level, under the county-level city written before it.
  ['state farm', '阜康市友谊农场', '我场坚持依法行政', '友谊农场管理委员会', '阜康市友谊农场', '乡镇政府'],
  ['state farm', '友谊农场', '在阜康市委、市政府的领导下，农场设立党委和管委会，坚持依法行政', '友谊农场管理委员会', '阜康市友谊农场', '乡镇政府'],
  // Ethnic townships.
  ['ethnic township', '大坪满族乡人民政府', '我乡坚持依法行政', '大坪满族乡人民政府', '大坪满族乡', '乡镇政府'],
  ['ethnic township', '✍黄土坎彝族乡人民政府', '我乡坚持依法行政', '黄土坎彝族乡人民政府', '黄土坎彝族乡', '乡镇政府'],
  ['ethnic township', '金沙瑶族乡人民政府', '在青龙满族自治县委、县政府的领导下，我乡坚持依法行政', '金沙瑶族乡人民政府', '青龙满族自治县金沙瑶族乡', '乡镇政府'],
  // A place in a document's title is not the author's unless written with its own place.
  ['place in a document title', '龙岗区司法局', '我局认真落实《深圳市法治政府建设实施方案》和《广东省法治政府建设实施纲要》', '龙岗区司法局', '龙岗区', '司法行政'],
  ['place in a document title', '西湖区人民政府', '我区认真落实《杭州市西湖区法治政府建设实施方案》', '西湖区人民政府', '杭州市西湖区', '区县政府'],
  ['place in a document title', '桐庐县司法局', '我局落实《浙江省行政执法监督条例》，学习《湖州市安吉县经验汇编》', '桐庐县司法局', '桐庐县', '司法行政'],
  // Names holding level words (镇江, 市中区, 城区, 镇海区, 市桥街道, 新市镇, 荆州区).
  ['names with level words', '镇江市人民政府', '我市坚持依法行政', '镇江市人民政府', '镇江市', '市政府'],
  ['names with level words', '镇江市京口区司法局', '我局坚持依法行政', '京口区司法局', '镇江市京口区', '司法行政'],
  ['names with level words', '济南市市中区人民政府', '我区坚持依法行政', '市中区人民政府', '济南市市中区', '区县政府'],
  ['names with level words', '市中区人民政府', '济南市市中区坚持依法行政', '市中区人民政府', '济南市市中区', '区县政府'],
  ['names with level words', '晋城市城区人民政府', '我区坚持依法行政', '城区人民政府', '晋城市城区', '区县政府'],
  ['names with level words', '阳泉市郊区人民政府', '我区坚持依法行政', '郊区人民政府', '阳泉市郊区', '区县政府'],
  ['names with level words', '荆州市荆州区人民政府', '我区坚持依法行政', '荆州区人民政府', '荆州市荆州区', '区县政府'],
  ['names with level words', '宁波市镇海区人民政府', '我区坚持依法行政', '镇海区人民政府', '宁波市镇海区', '区县政府'],
  ['names with level words', '镇海区司法局', '我局坚持依法行政', '镇海区司法局', '镇海区', '司法行政'],
  ['names with level words', '番禺区市桥街道办事处', '我街道坚持依法行政', '市桥街道办事处', '番禺区市桥街道', '街道'],
  ['names with level words', '✍德清县新市镇人民政府', '我镇坚持依法行政', '新市镇人民政府', '德清县新市镇', '乡镇政府'],
  // Party bodies beside government organs: the government organ is the author.
  ['party body beside the organ', '中共东湖街道工作委员会 东湖街道办事处\n关于', '我街道坚持依法行政', '东湖街道办事处', '东湖街道', '街道'],
  ['party body beside the organ', '中共新昌县司法局党组\n关于', '我局坚持依法行政', '新昌县司法局', '新昌县', '司法行政'],
  ['party body beside the organ', '新昌县人民政府办公室\n关于', '县政府办坚持依法行政', '新昌县人民政府办公室', '新昌县', '区县政府'],
]

/** Whole openings: [form, text, agency, region, sector]. */
const OPENINGS: [string, string, string, string, string][] = [
  // A district glued to the word before it (2023年度, 关于, 现将) starts after that word.
  ['outer place after a glued word', `2023年度番禺区大石街道办事处法治政府建设情况\n2023年，我街道坚持依法行政。${REST}`, '大石街道办事处', '番禺区大石街道', '街道'],
  ['outer place after a glued word', `关于番禺区大石街道办事处2023年度法治政府建设情况的报告\n2023年，我街道坚持依法行政。${REST}`, '大石街道办事处', '番禺区大石街道', '街道'],
  ['outer place after a glued word', `2023年度吴中区木渎镇人民政府法治政府建设情况\n2023年，我镇坚持依法行政。${REST}`, '木渎镇人民政府', '吴中区木渎镇', '乡镇政府'],
  ['outer place after a glued word', `法治政府建设情况报告\n现将番禺区市桥街道2023年度法治政府建设情况报告如下：${REST}`, '市桥街道办事处', '番禺区市桥街道', '街道'],
  // A county-level organ's superiors in its addressee line: the city they belong to holds it (ruling of r9); a superior
  // named in the body instead adds nothing (the rows above).
  ['city in the addressee line', `新昌县卫生健康局2023年法治政府建设工作报告\n绍兴市卫生健康委员会、新昌县人民政府：\n2023年，我局坚持依法行政。${REST}`, '新昌县卫生健康局', '绍兴市新昌县', '卫生健康'],
  ['city in the addressee line', `桐庐县司法局2023年法治政府建设工作报告\n杭州市司法局、桐庐县人民政府：\n2023年，我局坚持依法行政。${REST}`, '桐庐县司法局', '杭州市桐庐县', '司法行政'],
  ['city in the addressee line', `乳山市人民政府关于2023年法治政府建设情况的报告\n威海市人民政府：\n2023年，我市坚持依法行政。${REST}`, '乳山市人民政府', '威海市乳山市', '区县政府'],
  ['city in the addressee line', `新昌县卫生健康局2023年法治政府建设工作报告\n县委、县政府：\n2023年，在绍兴市卫生健康委员会指导下，我局坚持依法行政。${REST}`, '新昌县卫生健康局', '新昌县', '卫生健康'],
  // A zone speaking by its kind (经开区) whose full name writes its city with 市: the zone as the page writes it, not the city's short name.
  ['zone by its kind, its name written with its city', `来源：龙岩市经济技术开发区管理委员会\n2023年法治政府建设工作报告\n2023年，经开区坚持依法行政。${REST}`, '龙岩市经济技术开发区管理委员会', '龙岩市经济技术开发区', '区县政府'],
  ['zone by its kind, its name written with its city', `2023年法治政府建设工作报告\n2023年，高新区党工委、管委会坚持依法行政，珠海市高新区管委会全年召开主任办公会12次。${REST}`, '珠海市高新区管理委员会', '珠海市高新区', '区县政府'],
  // A zone's statutory body by its short name, on a page that writes the zone: the body as written, the zone as its region.
  ['zone body by its short name', `2023年法治政府建设工作报告\n2023年，滨江管理局以习近平法治思想为指导，服务滨江合作区建设。\n一、主要工作\n滨江合作区党工委、滨江管理局党组开展学习。${REST}`, '滨江管理局', '滨江合作区', '区县政府'],
  ['zone body by its short name', `滨江管理局2023年法治政府建设工作报告\n2023年，管理局落实《滨江深港科技创新合作区建设方案》，依法履职。${REST}`, '滨江管理局', '滨江深港科技创新合作区', '区县政府'],
  // A town or farm named bare in the lead, its one-character county-level city (芒市) written before it in the body.
  ['one-character city before the place in the body', `风平镇2023年法治政府建设工作报告\n2023年，风平镇坚持依法行政。\n一、基本情况\n芒市风平镇地处城郊，辖12个村。${REST}`, '风平镇人民政府', '芒市风平镇', '乡镇政府'],
  ['one-character city before the place in the body', `2023年法治政府建设工作报告\n2023年，勐戛农场坚持依法行政。\n一、基本情况\n芒市勐戛农场设有党委和管委会。${REST}`, '勐戛农场管理委员会', '芒市勐戛农场', '乡镇政府'],
  // A town or street named under its county's government in a disclosure report's contact line (r11 form).
  ['town under its county’s government in a contact line', `本报告统计期限为2023年1月1日至12月31日。如有疑问，请联系德清县人民政府新市镇党政办公室（0572-8051234）。\n一、总体情况\n2023年，我镇坚持以公开为常态。${REST}`, '新市镇人民政府', '德清县新市镇', '乡镇政府'],
  ['town under its county’s government in a contact line', `本报告统计期限为2023年1月1日至12月31日。如有疑问，请与番禺区人民政府市桥街道办事处联系。\n一、总体情况\n2023年，我街道坚持以公开为常态。${REST}`, '市桥街道办事处', '番禺区市桥街道', '街道'],
  // A level's abbreviation expanded with the place the text names, also one that starts with a level word or a 州.
  ['abbreviation with a place of its level', `来源：镇海区人民政府\n2023年度法治政府建设工作报告\n2023年，区教育局坚持以习近平法治思想为指导，依法履职。${REST}`, '镇海区教育局', '镇海区', '教育'],
  ['abbreviation with a place of its level', `州司法局2023年法治政府建设工作报告\n2023年，州司法局在黔东南州委、州政府的坚强领导下依法履职。${REST}`, '黔东南州司法局', '黔东南州', '司法行政'],
  // A department whose name ends in a government's words, on a page line, speaking as 我委.
  ['department ending in a government’s words', `发布机构：北京市城市管理委员会\n2023年法治政府建设年度报告\n2023年，我委坚持依法行政。${REST}`, '北京市城市管理委员会', '北京市', '城市管理'],
  ['department ending in a government’s words', `2023年法治政府建设年度报告\n2023年，我委坚持依法行政，北京市城市管理委员会全年召开主任办公会12次。${REST}`, '北京市城市管理委员会', '北京市', '城市管理'],
]

/** Towns of every kind: [name, agency, how it calls itself, its county, that county's city, sector]. */
const TOWNS: [string, string, string, string, string, string][] = [
  ['新市镇', '新市镇人民政府', '我镇', '德清县', '湖州市', '乡镇政府'], ['玉泉街道', '玉泉街道办事处', '我街道', '西湖区', '杭州市', '街道'],
  ['石门乡', '石门乡人民政府', '我乡', '长阳土家族自治县', '宜昌市', '乡镇政府'], ['巴彦苏木', '巴彦苏木人民政府', '我苏木', '达拉特旗', '鄂尔多斯市', '乡镇政府'],
  ['金沙瑶族乡', '金沙瑶族乡人民政府', '我乡', '青龙满族自治县', '秦皇岛市', '乡镇政府'], ['友谊农场', '友谊农场管理委员会', '我场', '阜康市', '昌吉州', '乡镇政府'],
  ['勐库镇', '勐库镇人民政府', '我镇', '双江拉祜族佤族布朗族傣族自治县', '临沧市', '乡镇政府'],
]
/**
 * Where a town says it lies (szdsmf.com's 东山镇 "位于舟曲县城以东") and the county documents it follows, their title writing
 * the city before the county or the year after it (r9's 福城街道 《深圳市龙华区2025年…》, liujiang.gov.cn's 三都镇 under
 * 区委、区政府): [form, text, region] for a town; a place another body lies in or the author visits is no part of it.
 */
const TOWN_FORMS: [string, (n: string, self: string, county: string, city: string) => string, (n: string, county: string, city: string) => string][] = [
  ['town located in its county', (n, self, c) => `${n}2023年法治政府建设工作报告\n${n}位于${c}东北部，辖3个社区。2023年，${self}坚持依法行政。${REST}`, (n, c) => c + n],
  ['town located in its county', (n, self, c) => `${n}2023年法治政府建设工作报告\n一、基本情况\n${self}地处${c}东部，辖3个社区。2023年，${self}坚持依法行政。${REST}`, (n, c) => c + n],
  ['town located in its county', (n, self, c) => `${n}2023年法治政府建设情况报告\n${n}历史悠久，坐落于${c}城以东17公里。2023年，${self}坚持依法行政。${REST}`, (n, c) => c + n],
  ['town located in its county, another place', (n, self) => `${n}2023年法治政府建设工作报告\n2023年，${self}与位于桐乡市的乌镇结对共建，坚持依法行政。${REST}`, (n) => n],
  ['town located in its county, another place', (n, self) => `${n}2023年法治政府建设工作报告\n2023年，${self}组织干部赴安吉县学习考察，坚持依法行政。${REST}`, (n) => n],
  ['town following its county’s document', (n, self, c, city) => `${n}2023年法治政府建设年度报告\n2023年，在县委、县政府的正确领导下，${self}认真落实《${city}${c}法治政府建设实施方案（2021—2025年）》。${REST}`, (n, c, city) => city + c + n],
  ['town following its county’s document', (n, self, c) => `${n}2023年法治政府建设年度报告\n2023年，${self}认真落实《${c}2023年法治政府建设工作要点》。${REST}`, (n, c) => c + n],
  ['town following its county’s document, a higher one', (n) => `${n}2023年法治政府建设年度报告\n2023年，${n}认真落实《浙江省法治政府建设实施纲要》和《杭州市法治政府建设实施方案》。${REST}`, (n) => n],
]
/** County-level authors and the city above them: [agency, county, city's party committee, its rule-of-law office word, sector]. */
const COUNTY_AUTHORS: [string, string, string, string, string][] = [
  ['新昌县司法局', '新昌县', '绍兴市', '市', '司法行政'], ['乳山市人民政府', '乳山市', '威海市', '市', '区县政府'],
  ['桐庐县卫生健康局', '桐庐县', '杭州市', '市', '卫生健康'], ['达拉特旗司法局', '达拉特旗', '鄂尔多斯市', '市', '司法行政'],
  ['凯里市司法局', '凯里市', '黔东南苗族侗族自治州', '州', '司法行政'],
]
/** A county organ's addressee line naming its city's party committee or rule-of-law office (绍兴市委依法治市办：): that city holds it. */
const ADDRESSEE_FORMS: [string, (a: string, city: string, w: string) => string, boolean][] = [
  ['city’s rule-of-law office in the addressee line', (a, city, w) => `${a}关于2023年度法治政府建设情况的报告\n${city}委依法治${w}办：\n2023年，我们坚持依法行政。${REST}`, true],
  ['city’s rule-of-law office in the addressee line', (a, city, w) => `${a}2023年法治政府建设工作报告\n中共${city}委全面依法治${w}委员会办公室：\n2023年，我们坚持依法行政。${REST}`, true],
  ['city’s rule-of-law office in the addressee line', (a, city) => `${a}关于2023年法治政府建设情况的报告\n中共${city}委、${city}人民政府：\n2023年，我们坚持依法行政。${REST}`, true],
  ['city’s rule-of-law office in the body, not the addressee', (a, city, w) => `${a}2023年法治政府建设工作报告\n县委依法治县办：\n2023年，在${city}委依法治${w}办指导下，我们坚持依法行政。${REST}`, false],
]

/** Organ words and merged organs → the SECTORS label each carries, as written after a city, a county and a district. */
const ORGANS: [string, string][] = [
  ['文化广电旅游体育局', '文化旅游'], ['文化广电和旅游局', '文化旅游'], ['农业农村局', '农业农村'], ['农业农村委员会', '农业农村'], ['乡村振兴局', '农业农村'],
  ['畜牧兽医局', '农业农村'], ['行政审批服务局', '政务服务'], ['行政审批局', '政务服务'], ['政务服务和大数据管理局', '政务服务'], ['政务服务管理局', '政务服务'],
  ['数据局', '政务服务'], ['数据资源管理局', '政务服务'], ['大数据发展管理局', '政务服务'], ['营商环境建设局', '政务服务'], ['公共资源交易中心', '政务服务'],
  ['综合行政执法局', '城市管理'], ['城市管理和综合执法局', '城市管理'], ['城市管理局', '城市管理'], ['城市管理委员会', '城市管理'],
  ['退役军人事务局', '退役军人事务'], ['医疗保障局', '医疗保障'], ['林业和草原局', '林业'], ['林业局', '林业'], ['自然资源和规划局', '自然资源'],
  ['规划和自然资源局', '自然资源'], ['住房和城乡建设局', '住房城乡建设'], ['住房和城乡建设委员会', '住房城乡建设'], ['住房公积金管理中心', '住房城乡建设'],
  ['交通运输局', '交通'], ['交通运输委员会', '交通'], ['水务局', '水利'], ['水利局', '水利'], ['水利和湖泊局', '水利'], ['国防动员办公室', '人民防空'],
  ['人民防空办公室', '人民防空'], ['信访局', '信访'], ['机关事务管理局', '机关事务'], ['机关事务服务中心', '机关事务'], ['地方金融管理局', '金融'],
  ['地方金融监督管理局', '金融'], ['金融工作局', '金融'], ['卫生健康委员会', '卫生健康'], ['卫生健康局', '卫生健康'], ['教育体育局', '教育'],
  ['应急管理局', '应急管理'], ['司法局', '司法行政'], ['公安局', '公安'], ['市场监督管理局', '市场监管'], ['生态环境局', '生态环境'],
  ['发展和改革局', '发展改革'], ['发展和改革委员会', '发展改革'], ['财政局', '财政'], ['人力资源和社会保障局', '人力资源社会保障'], ['民政局', '民政'],
  ['商务局', '商务'], ['商务和投资促进局', '商务'], ['统计局', '统计'], ['审计局', '审计'], ['科学技术局', '科技'], ['工业和信息化局', '经济信息化'],
  ['经济和信息化局', '经济信息化'], ['民族宗教事务局', '民族宗教'], ['档案局', '档案'], ['体育局', '体育'], ['粮食和物资储备局', '粮食和物资储备'],
  ['知识产权局', '知识产权'], ['消防救援支队', '消防救援'], ['外事办公室', '外事'], ['国有资产监督管理委员会', '国资监管'],
  ['文化市场综合行政执法支队', '文化旅游'], ['交通运输综合行政执法支队', '交通'], ['农业综合行政执法大队', '农业农村'],
]
/** Governments and their offices → the sector of their level. */
const GOVERNMENTS: [string, string, string][] = [
  ['大河镇人民政府', '大河镇', '乡镇政府'], ['大河乡人民政府', '大河乡', '乡镇政府'], ['大河回族乡人民政府', '大河回族乡', '乡镇政府'],
  ['巴彦苏木人民政府', '巴彦苏木', '乡镇政府'], ['东湖街道办事处', '东湖街道', '街道'], ['宁乡市人民政府', '宁乡市', '区县政府'],
  ['长沙县人民政府', '长沙县', '区县政府'], ['雨花区人民政府', '雨花区', '区县政府'], ['达拉特旗人民政府', '达拉特旗', '区县政府'],
  ['长沙市人民政府', '长沙市', '市政府'], ['长沙市人民政府办公室', '长沙市', '市政府'], ['湘西土家族苗族自治州人民政府', '湘西土家族苗族自治州', '市政府'],
  ['阿里地区行政公署', '阿里地区', '市政府'], ['湖南省人民政府', '湖南省', '省政府'], ['湖南省人民政府办公厅', '湖南省', '省政府'],
  ['重庆市人民政府', '重庆市', '省政府'], ['广西壮族自治区人民政府', '广西壮族自治区', '省政府'],
]

export function regionProbes(): RegionProbe[] {
  const out: RegionProbe[] = []
  for (const [form, author, lead, agency, region, sector] of ROWS) {
    const text = author.startsWith('✍') ? signed(author.slice(1), lead)
      : author.endsWith('关于') ? `${author}2023年度法治政府建设情况的报告\n2023年，${lead}。${REST}` : report(author, lead)
    out.push({ form, name: `${author.replace('\n', ' ')} · ${lead}`, text, agency, region, sector })
    // The same page in traditional script: the tables hold the simplified names.
    out.push({ form: `${form}, traditional`, name: `${author.replace('\n', ' ')} · ${lead}`, text: toTraditional(text), agency, region, sector })
  }
  for (const [form, text, agency, region, sector] of OPENINGS) {
    out.push({ form, name: text.split('\n')[0], text, agency, region, sector })
    out.push({ form: `${form}, traditional`, name: text.split('\n')[0], text: toTraditional(text), agency, region, sector })
  }
  for (const [n, agency, self, county, city, sector] of TOWNS) {
    for (const [form, text, region] of TOWN_FORMS) {
      out.push({ form, name: `${n} · ${text(n, self, county, city).split('\n')[1]}`, text: text(n, self, county, city), agency, region: region(n, county, city), sector })
    }
  }
  for (const [agency, county, city, w, sector] of COUNTY_AUTHORS) {
    for (const [form, text, held] of ADDRESSEE_FORMS) {
      out.push({ form, name: `${agency} · ${text(agency, city, w).split('\n')[1]}`, text: text(agency, city, w), agency, region: held ? city + county : county, sector })
    }
  }
  for (const [word, sector] of ORGANS) {
    for (const place of ['绍兴市', '新昌县', '江津区']) {
      out.push({ form: 'sector of an organ word', name: place + word, text: report(place + word, '我单位坚持依法行政'), agency: place + word, region: place, sector })
    }
    out.push({ form: 'sector of an organ word, signature', name: word, text: signed(`新昌县${word}`, '我单位坚持依法行政'), agency: `新昌县${word}`, region: '新昌县', sector })
  }
  for (const [agency, region, sector] of GOVERNMENTS) {
    out.push({ form: 'sector of a government', name: agency, text: report(agency, '我们坚持依法行政'), agency, region, sector })
    out.push({ form: 'sector of a government, signature', name: agency, text: signed(agency, '我们坚持依法行政'), agency, region, sector })
  }
  return [...out, ...fieldProbes()]
}
