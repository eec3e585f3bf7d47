/**
 * Openings for ./sectorForms57.test.ts (sector57), weighted to the SECTOR: organs named by an abbreviated or merged field (市监局,
 * 人社局, 卫健局, 文广旅体局, 农业农村和水利局, 自然资源和规划局, 行政审批和政务服务局, 城市管理和综合执法局, 退役军人局, 医保局), a
 * bureau's public institutions (公积金中心, 大数据中心, 综合行政执法大队, 不动产登记中心, 疾控中心), governments of every level (人民政府,
 * 街道办事处, 管委会, 行政公署) and their joint letterheads with the party, a 我局 named by no field but by the words of its work, and
 * bureaus renamed or merged in the year; both scripts. Invented wording; real and invented places.
 */
import { m, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'
import { chrome, lead, own } from './regionForms50'
import { GOV, STREET, TOWN } from './regionForms52'

const T = (s: string) => toTraditional(s)
const R = '2023年度法治政府建设工作报告'
const WE = (work: string, y = 2023) => `${y}年，我局坚持依法行政，${work}`

/** A department named by an abbreviated or merged field, in a title, a lead, a 来源 row or a signature. */
const ABBREVIATED: [string, string, Meta][] = [
  ['a city\'s 市监局 in its title', own('萍乡市市监局2023年度法治政府建设工作报告', '我局'), m('萍乡市市场监督管理局', '萍乡市', '市场监管', 2023)],
  ['a 县市监局 in the lead, its county after 在', lead(R, '2023年，在万载县委、县政府的领导下，县市监局坚持依法行政。'), m('万载县市场监督管理局', '万载县', '市场监管', 2023)],
  ['a county-level city\'s 人社局, traditional', T(own('台山市人社局2023年度法治政府建设工作报告', '我局')), m('台山市人力资源和社会保障局', '台山市', '人力资源社会保障', 2023)],
  ['a district\'s 人力资源和社会保障局 by its 来源 row', chrome('来源：佛山市南海区人力资源和社会保障局　发布时间：2024-01-22', R, '2023年，我局坚持依法行政。'), m('南海区人力资源和社会保障局', '佛山市南海区', '人力资源社会保障', 2023)],
  ['a county\'s 卫健局', own('揭西县卫健局2023年度法治政府建设情况报告', '我局'), m('揭西县卫生健康局', '揭西县', '卫生健康', 2023)],
  ['a city\'s 卫健委', own('韶关市卫健委2022年法治政府建设年度报告', '我委', 2022), m('韶关市卫生健康委员会', '韶关市', '卫生健康', 2022)],
  ['a county\'s 文广旅体局', own('徐闻县文广旅体局2023年度法治政府建设工作报告', '我局'), m('徐闻县文化广电旅游体育局', '徐闻县', '文化旅游', 2023)],
  ['a county\'s 文化广电旅游体育局 in full, traditional', T(own('遂溪縣文化廣電旅遊體育局2023年度法治政府建設工作報告', '我局')), m('遂溪县文化广电旅游体育局', '遂溪县', '文化旅游', 2023)],
  ['a county\'s 农业农村和水利局', own('东源县农业农村和水利局2023年度法治政府建设工作报告', '我局'), m('东源县农业农村和水利局', '东源县', '农业农村', 2023)],
  ['a 县农业农村和水利局 in the lead', lead(R, '2023年，在和平县委、县政府的正确领导下，县农业农村和水利局坚持依法行政。'), m('和平县农业农村和水利局', '和平县', '农业农村', 2023)],
  ['a county\'s 自然资源和规划局, traditional', T(own('德清縣自然資源和規劃局2023年度法治政府建設情況報告', '我局')), m('德清县自然资源和规划局', '德清县', '自然资源', 2023)],
  ['a city\'s 规划和自然资源局', own('深圳市规划和自然资源局2022年度法治政府建设工作报告', '我局', 2022), m('深圳市规划和自然资源局', '深圳市', '自然资源', 2022)],
  ['a city\'s 行政审批和政务服务局', own('晋城市行政审批和政务服务局2023年度法治政府建设情况报告', '我局'), m('晋城市行政审批和政务服务局', '晋城市', '政务服务', 2023)],
  ['a county\'s 行政审批和政务服务局 signed', `${R}\n2023年，我局坚持依法审批，持续优化营商环境。\n\n阳城县行政审批和政务服务局\n2024年1月16日`, m('阳城县行政审批和政务服务局', '阳城县', '政务服务', 2023)],
  ['a city\'s 城市管理和综合执法局', own('汕尾市城市管理和综合执法局2023年度法治政府建设工作报告', '我局'), m('汕尾市城市管理和综合执法局', '汕尾市', '城市管理', 2023)],
  ['a district\'s 城市管理和综合执法局, traditional', T(own('惠城區城市管理和綜合執法局2022年度法治政府建設工作報告', '我局', 2022)), m('惠城区城市管理和综合执法局', '惠城区', '城市管理', 2022)],
  ['a 县退役军人局 in its title', own('龙川县退役军人局2023年度法治政府建设工作报告', '我局'), m('龙川县退役军人事务局', '龙川县', '退役军人事务', 2023)],
  ['a city\'s 退役军人事务局 by its 来源 row, traditional', T(chrome('來源：河源市退役軍人事務局　發布時間：2024-02-01', R, '2023年，我局堅持依法行政。')), m('河源市退役军人事务局', '河源市', '退役军人事务', 2023)],
  ['a county\'s 医保局', own('紫金县医保局2023年度法治政府建设工作报告', '我局'), m('紫金县医疗保障局', '紫金县', '医疗保障', 2023)],
  ['a 区医保局 in the lead under its city and district', lead(R, '2023年，在江门市蓬江区委、区政府的领导下，区医保局坚持依法行政。'), m('蓬江区医疗保障局', '江门市蓬江区', '医疗保障', 2023)],
  ['a county\'s 应急管理局, traditional', T(own('連平縣應急管理局2023年度法治政府建設工作報告', '我局')), m('连平县应急管理局', '连平县', '应急管理', 2023)],
  ['a county\'s 林业和草原局 named 林草局', own('丰宁县林草局2023年度法治政府建设工作报告', '我局'), m('丰宁县林业和草原局', '丰宁县', '林业', 2023)],
  ['a city\'s 住建局 in its title', own('清远市住建局2023年度法治政府建设工作报告', '我局'), m('清远市住房和城乡建设局', '清远市', '住房城乡建设', 2023)],
  ['a county\'s 发改局', own('新兴县发改局2023年度法治政府建设工作报告', '我局'), m('新兴县发展和改革局', '新兴县', '发展改革', 2023)],
  ['a city\'s 工信局, traditional', T(own('雲浮市工信局2023年度法治政府建設工作報告', '我局')), m('云浮市工业和信息化局', '云浮市', '经济信息化', 2023)],
  ['a county\'s 文旅局 by its 来源 row', chrome('来源：罗定市文旅局　发布时间：2024-01-12', R, '2023年，我局坚持依法行政。'), m('罗定市文化和旅游局', '罗定市', '文化旅游', 2023)],
]

/** A bureau's public institutions and units that report under their own name. */
const INSTITUTIONS: [string, string, Meta][] = [
  ['a city\'s 住房公积金管理中心', own('梅州市住房公积金管理中心2023年度法治建设工作报告', '我中心'), m('梅州市住房公积金管理中心', '梅州市', '住房城乡建设', 2023)],
  ['a 市住房公积金管理中心 in the lead', lead('2023年度依法行政工作报告', '2023年，在茂名市委、市政府的领导下，市住房公积金管理中心坚持依法行政。'), m('茂名市住房公积金管理中心', '茂名市', '住房城乡建设', 2023)],
  ['a city\'s 大数据中心', own('云浮市大数据中心2023年度法治建设工作报告', '我中心'), m('云浮市大数据中心', '云浮市', '政务服务', 2023)],
  ['a county\'s 农业综合行政执法大队', own('仁化县农业综合行政执法大队2023年度法治建设工作报告', '我大队'), m('仁化县农业综合行政执法大队', '仁化县', '农业农村', 2023)],
  ['a city\'s 交通运输综合行政执法支队', own('肇庆市交通运输综合行政执法支队2023年度法治建设工作报告', '支队'), m('肇庆市交通运输综合行政执法支队', '肇庆市', '交通', 2023)],
  ['a city\'s 文化市场综合行政执法支队, traditional', T(own('汕頭市文化市場綜合行政執法支隊2023年度法治建設工作報告', '支隊')), m('汕头市文化市场综合行政执法支队', '汕头市', '文化旅游', 2023)],
  ['a county\'s 不动产登记中心', own('博罗县不动产登记中心2023年度法治建设工作报告', '我中心'), m('博罗县不动产登记中心', '博罗县', '自然资源', 2023)],
  ['a city\'s 疾病预防控制中心', own('阳江市疾病预防控制中心2023年度法治建设工作报告', '我中心'), m('阳江市疾病预防控制中心', '阳江市', '卫生健康', 2023)],
  ['a city\'s 社会保险事业管理局', own('湛江市社会保险事业管理局2023年度法治建设工作报告', '我局'), m('湛江市社会保险事业管理局', '湛江市', '人力资源社会保障', 2023)],
  ['a county\'s 医疗保障事业管理中心', own('廉江市医疗保障事业管理中心2023年度法治建设工作报告', '我中心'), m('廉江市医疗保障事业管理中心', '廉江市', '医疗保障', 2023)],
  ['near miss: a 文广旅体局 whose lead names the county\'s 融媒体中心', lead('陆丰市文广旅体局2023年度法治政府建设工作报告', '2023年，我局联合市融媒体中心开展法治宣传，推进依法行政。'), m('陆丰市文化广电旅游体育局', '陆丰市', '文化旅游', 2023)],
]

/** Governments of every level, and party-government joint letterheads and leads. */
const GOVERNMENTS: [string, string, Meta][] = [
  ['a town\'s 人民政府 under its county', own('新丰县马头镇人民政府2023年度法治政府建设工作报告', '我镇'), m('马头镇人民政府', '新丰县马头镇', TOWN, 2023)],
  ['a street office under its district, traditional', T(own('曲江區馬壩街道辦事處2023年度法治政府建設工作報告', '我街道')), m('马坝街道办事处', '曲江区马坝街道', STREET, 2023)],
  ['a township (乡) in a 来源 row', chrome('来源：乳源瑶族自治县必背镇人民政府　发布时间：2024-01-18', R, '2023年，我镇坚持依法行政。'), m('必背镇人民政府', '乳源瑶族自治县必背镇', TOWN, 2023)],
  ['a zone\'s 管委会 in its title', own('韶关高新技术产业开发区管委会2023年度法治政府建设工作报告', '管委会'), m('韶关高新技术产业开发区管理委员会', '韶关高新技术产业开发区', GOV, 2023)],
  ['a prefecture\'s 行政公署', own('大兴安岭地区行政公署2023年度法治政府建设情况报告', '行署'), m('大兴安岭地区行政公署', '大兴安岭地区', '市政府', 2023)],
  ['a league\'s 行政公署, traditional', T(own('阿拉善盟行政公署2022年度法治政府建設情況報告', '盟行署', 2022)), m('阿拉善盟行政公署', '阿拉善盟', '市政府', 2022)],
  ['a county\'s joint party-government letterhead', `中共翁源县委员会　翁源县人民政府\n关于2023年度法治政府建设情况的报告\n2023年，我县坚持依法行政。`, m('翁源县人民政府', '翁源县', GOV, 2023)],
  ['a town\'s joint letterhead on two lines', `中共始兴县太平镇委员会\n始兴县太平镇人民政府\n关于2023年法治政府建设工作情况的报告\n2023年，我镇坚持依法行政。`, m('太平镇人民政府', '始兴县太平镇', TOWN, 2023)],
  ['a joint lead of the county party committee and government', lead(R, '2023年，中共南雄市委、南雄市人民政府深入学习贯彻习近平法治思想，推进法治政府建设。'), m('南雄市人民政府', '南雄市', GOV, 2023)],
  ['a zone\'s 党工委、管委会 lead, traditional', T(lead(R, '2023年，珠海高新區黨工委、管委會堅持依法行政，推進法治政府建設。')), m('珠海高新区管理委员会', '珠海高新区', GOV, 2023)],
  ['a city government\'s general office', own('梅州市人民政府办公室2023年度法治政府建设工作报告', '市政府办'), m('梅州市人民政府办公室', '梅州市', '市政府', 2023)],
  ['a provincial government in its title', own('广东省人民政府2022年法治政府建设年度报告', '省政府', 2022), m('广东省人民政府', '广东省', '省政府', 2022)],
  ['a county government named by its place alone', own('仁化县2023年度法治政府建设工作报告', '我县'), m('仁化县人民政府', '仁化县', GOV, 2023)],
  ['an invented county\'s street office', own('青禾县东城街道办事处2023年度法治政府建设工作报告', '我街道'), m('东城街道办事处', '青禾县东城街道', STREET, 2023)],
]

/** A 我局 named by no field of its own: the words of its work give the sector (agency and region null). */
const WORK_ONLY: [string, string, Meta][] = [
  ['a 我局 of veterans\' affairs by its work', lead(R, WE('扎实做好退役军人服务保障、优抚褒扬和双拥工作。')), m(null, null, '退役军人事务', 2023)],
  ['a 我局 of housing by its work', lead(R, WE('规范建筑市场秩序，加强物业管理和住房保障工作。')), m(null, null, '住房城乡建设', 2023)],
  ['a 我局 of culture and tourism by its work, traditional', T(lead(R, WE('加強文化市場和旅遊市場監管，規範A級景區和旅行社經營。'))), m(null, null, '文化旅游', 2023)],
  ['a 我局 of forestry by its work', lead(R, WE('严格林地管理和林木采伐审批，加强野生动植物和古树名木保护。')), m(null, null, '林业', 2023)],
  ['a 我局 of finance by its work', lead(R, WE('严格预算管理，规范政府采购，加强财会监督。')), m(null, null, '财政', 2023)],
  ['a 我局 of audit by its work', lead(R, WE('完成审计项目32个，督促审计整改，推进经济责任审计全覆盖。')), m(null, null, '审计', 2023)],
  ['a 我局 of education by its work', lead(R, WE('规范校外培训机构，保障义务教育阶段学生权益，加强中小学法治教育。')), m(null, null, '教育', 2023)],
  ['a 我局 of urban management by its work', lead(R, WE('整治占道经营和违法建设，规范户外广告设置，提升市容环境。')), m(null, null, '城市管理', 2023)],
  ['a 我局 of weather by its work, traditional', T(lead(R, WE('規範防雷安全監管和人工影響天氣作業，做好氣象災害預警。'))), m(null, null, '气象', 2023)],
  ['a 我局 of petitions by its work', lead(R, WE('依法分类处理信访诉求，推进信访工作法治化。')), m(null, null, '信访', 2023)],
  ['a 我局 of grain by its work', lead(R, WE('加强粮食储备管理和粮食流通监督检查，守牢粮食安全底线。')), m(null, null, '粮食和物资储备', 2023)],
  ['a 我局 of sport by its work', lead(R, WE('推进全民健身设施建设，规范体育赛事活动和经营性体育场所管理。')), m(null, null, '体育', 2023)],
  ['a 我办 of civil defence by its work', lead(R, '2023年，我办坚持依法行政，规范人防工程审批和防空警报设施管理。'), m(null, null, '人民防空', 2023)],
  ['near miss: a named 司法局 whose work names safety', own('新丰县司法局2023年度法治政府建设工作报告', '我局').replace('推进各项工作法治化', '为安全生产和防汛工作提供法律服务'), m('新丰县司法局', '新丰县', '司法行政', 2023)],
  ['near miss: a 我局 naming one housing word alone', lead(R, WE('加强物业管理，推进依法行政。')), m(null, null, null, 2023)],
]

/** Bureaus renamed or merged in the year: the organ the title names. */
const RENAMED: [string, string, Meta][] = [
  ['a bureau renamed in the year, the old name in the lead', lead('平远县农业农村局2023年度法治政府建设工作报告', '2023年3月，根据机构改革方案，原平远县农业局更名为平远县农业农村局。一年来，我局坚持依法行政。'), m('平远县农业农村局', '平远县', '农业农村', 2023)],
  ['two bureaus merged in the year, traditional', T(lead('蕉嶺縣文化廣電旅遊體育局2023年度法治政府建設工作報告', '2023年初，原蕉嶺縣文化廣電旅遊局與蕉嶺縣體育局整合組建新局。一年來，我局堅持依法行政。')), m('蕉岭县文化广电旅游体育局', '蕉岭县', '文化旅游', 2023)],
  ['a data bureau set up from the service bureau', lead('大埔县数据局2024年度法治政府建设工作报告', '2024年，县政务服务数据管理局更名为大埔县数据局。一年来，我局坚持依法行政。'), m('大埔县数据局', '大埔县', '政务服务', 2024)],
  ['a bureau carrying a second plaque', own('五华县农业农村局（五华县乡村振兴局）2023年度法治政府建设工作报告', '我局'), m('五华县农业农村局', '五华县', '农业农村', 2023)],
]

/** More short names, in invented and real places, both scripts. */
const SHORT: [string, string, Meta][] = [
  ['an invented county\'s 市监局', own('石岭县市监局2023年度法治政府建设工作报告', '我局'), m('石岭县市场监督管理局', '石岭县', '市场监管', 2023)],
  ['an invented county\'s 人社局 in the lead', lead(R, '2023年，在青禾县委、县政府的领导下，县人社局坚持依法行政。'), m('青禾县人力资源和社会保障局', '青禾县', '人力资源社会保障', 2023)],
  ['a 市卫健局 in the lead, its city after 在', lead(R, '2023年，在梅州市委、市政府的领导下，市卫健局坚持依法行政。'), m('梅州市卫生健康局', '梅州市', '卫生健康', 2023)],
  ['a 县应急局 in the lead, traditional', T(lead(R, '2023年，在新豐縣委、縣政府的領導下，縣應急局堅持依法行政。')), m('新丰县应急管理局', '新丰县', '应急管理', 2023)],
  ['a district\'s 城管局 by its 来源 row', chrome('来源：惠阳区城管局　发布时间：2024-01-15', R, '2023年，我局坚持依法行政。'), m('惠阳区城市管理局', '惠阳区', '城市管理', 2023)],
  ['a county\'s 交运局', own('英德市交运局2023年度法治政府建设工作报告', '我局'), m('英德市交通运输局', '英德市', '交通', 2023)],
  ['a city\'s 教体局', own('潮州市教体局2023年度法治政府建设工作报告', '我局'), m('潮州市教育体育局', '潮州市', '教育', 2023)],
  ['a county\'s 民宗局', own('连南县民宗局2023年度法治政府建设工作报告', '我局'), m('连南县民族宗教事务局', '连南县', '民族宗教', 2023)],
  ['a county\'s 自规局', own('安吉县自规局2023年度法治政府建设工作报告', '我局'), m('安吉县自然资源和规划局', '安吉县', '自然资源', 2023)],
  ['a 县自规局 in the lead, traditional', T(lead(R, '2023年，在長興縣委、縣政府的領導下，縣自規局堅持依法行政。')), m('长兴县自然资源和规划局', '长兴县', '自然资源', 2023)],
  ['a county\'s 环保局 of 2019', own('阳山县环保局2019年度法治政府建设工作报告', '我局', 2019), m('阳山县环境保护局', '阳山县', '生态环境', 2019)],
  ['a district\'s 住建委, traditional', T(own('南岸區住建委2023年度法治政府建設工作報告', '我委')), m('南岸区住房和城乡建设委员会', '南岸区', '住房城乡建设', 2023)],
  ['a city\'s 发改委', own('江门市发改委2023年度法治政府建设工作报告', '我委'), m('江门市发展和改革委员会', '江门市', '发展改革', 2023)],
  ['a city\'s 国动办', own('惠州市国动办2023年度法治政府建设工作报告', '我办'), m('惠州市国防动员办公室', '惠州市', '人民防空', 2023)],
  ['a county\'s 市场监管局 signed with its short name\'s full form', `${R}\n2023年，我局坚持依法行政。\n\n怀集县市场监督管理局\n2024年1月10日`, m('怀集县市场监督管理局', '怀集县', '市场监管', 2023)],
  ['a county\'s 退役军人事务局 in a 发布机构 row, traditional', T(chrome('發布機構：封開縣退役軍人事務局', R, '2023年，我局堅持依法行政。')), m('封开县退役军人事务局', '封开县', '退役军人事务', 2023)],
  ['a city\'s 医保局 by its 来源 row', chrome('来源：汕尾市医保局　发布时间：2024-02-02', R, '2023年，我局坚持依法行政。'), m('汕尾市医疗保障局', '汕尾市', '医疗保障', 2023)],
  ['a 区人社局 in the lead, its district after 在, traditional', T(lead(R, '2023年，在廣州市番禺區委、區政府的領導下，區人社局堅持依法行政。')), m('番禺区人力资源和社会保障局', '广州市番禺区', '人力资源社会保障', 2023)],
]

/** More work words, both scripts, and near misses. */
const MORE_WORK: [string, string, Meta][] = [
  ['a 我局 of veterans\' affairs by its work, traditional', T(lead(R, WE('扎實做好退役軍人就業創業扶持和褒揚紀念工作，落實優撫政策。'))), m(null, null, '退役军人事务', 2023)],
  ['a 我局 of housing by its work: the building market and gas', lead(R, WE('加强建筑工地扬尘治理和城镇燃气安全监管，整顿房地产市场秩序。')), m(null, null, '住房城乡建设', 2023)],
  ['a 我局 of forestry by its work, traditional', T(lead(R, WE('嚴格保護森林資源，查處濫伐林木案件，推進林長制。'))), m(null, null, '林业', 2023)],
  ['a 我局 of finance by its work: 国库 and 非税收入', lead(R, WE('推进预算绩效管理，规范国库集中支付和非税收入征管。')), m(null, null, '财政', 2023)],
  ['a 我局 of education by its work: schools and kindergartens', lead(R, WE('规范民办幼儿园办学行为，做好中小学校园安全工作。')), m(null, null, '教育', 2023)],
  ['a 我局 of culture by its work, traditional', T(lead(R, WE('規範網吧和營業性演出經營，加強文化市場綜合執法。'))), m(null, null, '文化旅游', 2023)],
  ['near miss: a 我局 whose work names two fields alike', lead(R, WE('规范建筑市场和物业管理，加强林地管理和古树名木保护。')), m(null, null, null, 2023)],
  ['near miss: a 我县 government naming a field\'s work', lead('石岭县2023年度法治政府建设工作报告', '2023年，我县坚持依法行政，规范建筑市场和物业管理。'), m('石岭县人民政府', '石岭县', GOV, 2023)],
]

export const CASES_57: [string, string, Meta][] = [...ABBREVIATED, ...INSTITUTIONS, ...GOVERNMENTS, ...WORK_ONLY, ...RENAMED, ...SHORT, ...MORE_WORK]
