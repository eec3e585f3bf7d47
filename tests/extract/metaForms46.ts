/**
 * Openings of authors and years round 45 did not cover (meta46), for ./metaForms46.test.ts: vertically managed offices (a tax
 * bureau under 国家税务总局 with its province and city, customs districts, the financial regulator's 监管局/分局/支局, fire rescue
 * 总队/支队/大队, meteorological, tobacco monopoly and postal bureaus); the corps' 师市 with 新疆生产建设兵团 before them; a 林区's
 * departments and towns; 新区 and zone committees (管委会) and their bureaus; streets of a county-level city; townships named
 * …乡, …苏木, …民族乡; joint party-government letterheads (县委政法委, 县委依法治县办 with the 司法局); years written 二〇二四年,
 * 2024年度, 二〇二四年度, only in a 发布日期 row or only in the closing date (January–March reports the year before), a plan's
 * span (2021—2025年) beside the summary year; titles split over two lines; openings with no title whose first sentence names the
 * author; "X2022年度工作报告" titles without 法治; and openings that name no author, which must read none rather than a guess.
 * Each opening is invented (real kinds of organ and place, made-up wording and figures); none is a corpus item's text.
 */
import { m, WORK, WORK_T, type Meta } from './metaForms41Kinds'

const own = (title: string, self: string, y = 2023) => `${title}\n${y}年，${self}坚持依法行政，推进各项工作法治化。${WORK}`
const signed = (lead: string, signer: string, date = '2024年1月16日') => `法治政府建设年度报告\n${lead}${WORK}\n\n${signer}\n${date}`
const bare = (first: string) => `${first}${WORK}`

/** Vertically managed offices: tax, customs, the financial regulator, fire rescue, meteorology, tobacco, post. */
const VERTICAL: [string, string, Meta][] = [
  ['a city tax bureau under province and 总局', own('国家税务总局浙江省绍兴市税务局2023年度法治税务建设情况报告', '我局'), m('绍兴市税务局', '浙江省绍兴市', '税务', 2023)],
  ['a district tax bureau under province, city and 总局', own('国家税务总局浙江省绍兴市柯桥区税务局2023年度法治税务建设工作报告', '我局'), m('柯桥区税务局', '浙江省绍兴市柯桥区', '税务', 2023)],
  ['a county tax bureau under province, city and 总局', own('国家税务总局江西省赣州市宁都县税务局2022年度法治政府建设情况报告', '我局', 2022), m('宁都县税务局', '江西省赣州市宁都县', '税务', 2022)],
  ['a county-level city\'s tax bureau under its province', own('国家税务总局浙江省义乌市税务局2023年法治税务建设工作报告', '我局'), m('义乌市税务局', '浙江省义乌市', '税务', 2023)],
  ['a city tax bureau\'s letterhead over its title', `国家税务总局江苏省苏州市税务局\n关于2022年度法治税务建设情况的报告\n一年来，我局坚持依法治税。${WORK}`, m('苏州市税务局', '江苏省苏州市', '税务', 2022)],
  ['a city tax bureau with its province signed', `法治税务建设情况报告\n一年来，我局坚持依法治税。${WORK}\n\n国家税务总局湖南省岳阳市税务局\n2024年1月22日`, m('岳阳市税务局', '湖南省岳阳市', '税务', 2023)],
  ['a district tax bureau by 来源', `2023年法治税务建设年度报告\n来源：国家税务总局安徽省合肥市包河区税务局　发布时间：2024-02-06\n2023年，我局坚持依法治税。${WORK}`, m('包河区税务局', '安徽省合肥市包河区', '税务', 2023)],
  ['a district tax bureau, traditional', `國家稅務總局福建省廈門市思明區稅務局2023年度法治稅務建設情況報告\n2023年，我局堅持依法治稅。${WORK_T}`, m('思明区税务局', '福建省厦门市思明区', '税务', 2023)],
  ['a city tax bureau in the lead of a bare title', `法治税务建设年度报告\n2023年，国家税务总局南昌市税务局坚持依法治税，推进税收治理法治化。${WORK}`, m('南昌市税务局', '南昌市', '税务', 2023)],
  ['a province\'s tax bureau titled', own('国家税务总局河南省税务局2023年法治税务建设情况报告', '我局'), m('河南省税务局', '河南省', '税务', 2023)],
  ['a county tax bureau under its city only', own('国家税务总局衢州市龙游县税务局2023年度法治税务建设工作报告', '我局'), m('龙游县税务局', '衢州市龙游县', '税务', 2023)],
  ['a customs district named after its city', own('宁波海关2023年法治海关建设情况报告', '我关'), m('宁波海关', '宁波市', '海关', 2023)],
  ['a customs district signed', `法治海关建设情况报告\n一年来，我关坚持依法把关。${WORK}\n\n杭州海关\n2024年2月2日`, m('杭州海关', '杭州市', '海关', 2023)],
  ['a customs district by 发布机构', `发布机构：福州海关\n发布日期：2023-03-08\n2022年度法治政府建设情况报告\n2022年，我关坚持依法行政。${WORK}`, m('福州海关', '福州市', '海关', 2022)],
  ['a customs district, traditional', `昆明海關2023年度法治海關建設情況報告\n2023年，我關堅持依法把關。${WORK_T}`, m('昆明海关', '昆明市', '海关', 2023)],
  ['a customs district with the state\'s name before it', own('中华人民共和国南宁海关2023年法治政府建设年度报告', '我关'), m('南宁海关', '南宁市', '海关', 2023)],
  ['a county-level customs office named after its city', `义乌海关2023年度法治海关建设工作报告\n2023年，我关服务义乌市外贸发展，坚持依法把关。${WORK}`, m('义乌海关', '义乌市', '海关', 2023)],
  ['a customs district in the lead of a bare title', `法治海关建设年度报告\n2022年，青岛海关坚持依法把关，推进各项工作法治化。${WORK}`, m('青岛海关', '青岛市', '海关', 2022)],
  ['a regulator\'s city 分局', own('国家金融监督管理总局湖州监管分局2023年度法治建设工作报告', '我分局'), m('湖州监管分局', '湖州市', '金融', 2023)],
  ['a regulator\'s province 监管局', own('国家金融监督管理总局浙江监管局2023年法治建设情况报告', '我局'), m('浙江监管局', '浙江省', '金融', 2023)],
  ['a regulator\'s city 分局 signed', signed('一年来，我分局坚持依法监管。', '国家金融监督管理总局温州监管分局', '2024年1月29日'), m('温州监管分局', '温州市', '金融', 2023)],
  ['a regulator\'s county 支局', `国家金融监督管理总局安吉监管支局2023年度法治建设工作报告\n2023年，我支局服务安吉县经济社会发展，坚持依法监管。${WORK}`, m('安吉监管支局', '安吉县', '金融', 2023)],
  ['a regulator\'s 分局 under the short 金融监管总局', own('金融监管总局嘉兴监管分局2024年度法治建设工作报告', '我分局', 2024), m('嘉兴监管分局', '嘉兴市', '金融', 2024)],
  ['a city\'s fire rescue 支队', own('金华市消防救援支队2023年度法治消防建设工作报告', '我支队'), m('金华市消防救援支队', '金华市', '消防救援', 2023)],
  ['a county\'s fire rescue 大队 by 来源', `2023年度法治建设工作报告\n来源：常山县消防救援大队　发布时间：2024-01-17\n2023年，我大队坚持依法履职。${WORK}`, m('常山县消防救援大队', '常山县', '消防救援', 2023)],
  ['a province\'s fire rescue 总队', own('浙江省消防救援总队2023年法治建设情况报告', '总队'), m('浙江省消防救援总队', '浙江省', '消防救援', 2023)],
  ['a city\'s fire rescue 支队 signed', signed('一年来，我支队坚持依法履职。', '嘉兴市消防救援支队', '2024年1月11日'), m('嘉兴市消防救援支队', '嘉兴市', '消防救援', 2023)],
  ['a fire rescue 支队, traditional', `溫州市消防救援支隊2023年度法治建設工作報告\n2023年，我支隊堅持依法履職。${WORK_T}`, m('温州市消防救援支队', '温州市', '消防救援', 2023)],
  ['a district\'s fire rescue 大队 under its city', own('宁波市鄞州区消防救援大队2023年度法治建设工作报告', '我大队'), m('鄞州区消防救援大队', '宁波市鄞州区', '消防救援', 2023)],
  ['a city\'s meteorological bureau', own('衢州市气象局2023年度法治气象建设工作报告', '我局'), m('衢州市气象局', '衢州市', '气象', 2023)],
  ['a county\'s meteorological bureau signed', `法治气象建设年度报告\n一年来，我局坚持依法行政。${WORK}\n\n开化县气象局\n2024年1月15日`, m('开化县气象局', '开化县', '气象', 2023)],
  ['a province\'s meteorological bureau', own('江西省气象局2022年法治气象建设情况报告', '我局', 2022), m('江西省气象局', '江西省', '气象', 2022)],
  ['a meteorological bureau by 来源', `2023年法治气象建设工作报告\n来源：丽水市气象局　发布时间：2024-02-18\n2023年，我局坚持依法行政。${WORK}`, m('丽水市气象局', '丽水市', '气象', 2023)],
  ['a province\'s tobacco monopoly bureau', own('江苏省烟草专卖局2023年度法治烟草建设情况报告', '我局'), m('江苏省烟草专卖局', '江苏省', '烟草', 2023)],
  ['a city\'s tobacco monopoly bureau signed', signed('一年来，我局坚持依法管理。', '湖州市烟草专卖局', '2024年1月24日'), m('湖州市烟草专卖局', '湖州市', '烟草', 2023)],
  ['a county\'s tobacco monopoly bureau', own('缙云县烟草专卖局2023年度法治建设工作报告', '我局'), m('缙云县烟草专卖局', '缙云县', '烟草', 2023)],
  ['a city\'s tobacco monopoly bureau, traditional', `台州市菸草專賣局2022年度法治建設工作報告\n2022年，我局堅持依法管理。${WORK_T}`, m('台州市烟草专卖局', '台州市', '烟草', 2022)],
  ['a province\'s postal administration', own('江西省邮政管理局2023年法治政府建设年度报告', '我局'), m('江西省邮政管理局', '江西省', '交通', 2023)],
  ['a city\'s postal administration signed', signed('2023年，我局坚持依法监管。', '绍兴市邮政管理局', '2024年1月31日'), m('绍兴市邮政管理局', '绍兴市', '交通', 2023)],
  ['a city\'s postal administration by 发布机构', `发布机构：舟山市邮政管理局\n2023年度法治政府建设情况报告\n2023年，我局坚持依法监管。${WORK}`, m('舟山市邮政管理局', '舟山市', '交通', 2023)],
  ['a statistics survey team by its city\'s short name signed', signed('一年来，我队坚持依法统计。', '国家统计局湖州调查队', '2024年1月19日'), m('湖州调查队', '湖州市', '统计', 2023)],
  ['a maritime office by its city\'s short name', own('宁波海事局2023年法治海事建设情况报告', '我局'), m('宁波海事局', '宁波市', '交通', 2023)],
  ['a meteorological bureau, traditional', `麗水市氣象局2023年度法治氣象建設工作報告\n2023年，我局堅持依法行政。${WORK_T}`, m('丽水市气象局', '丽水市', '气象', 2023)],
  ['a province\'s communications administration', own('浙江省通信管理局2023年法治政府建设年度报告', '我局'), m('浙江省通信管理局', '浙江省', '经济信息化', 2023)],
  ['a city\'s postal administration, traditional', `寧波市郵政管理局2023年度法治政府建設工作報告\n2023年，我局堅持依法監管。${WORK_T}`, m('宁波市邮政管理局', '宁波市', '交通', 2023)],
  ['the national fire and rescue administration', own('国家消防救援局2023年法治政府建设年度报告', '我局'), m('国家消防救援局', null, '消防救援', 2023)],
  ['the national meteorological administration', own('中国气象局2023年法治政府建设年度报告', '中国气象局'), m('中国气象局', null, '气象', 2023)],
  ['the national tobacco monopoly administration', own('国家烟草专卖局2023年法治政府建设年度报告', '我局'), m('国家烟草专卖局', null, '烟草', 2023)],
  ['the national postal administration', own('国家邮政局2022年法治政府建设年度报告', '我局', 2022), m('国家邮政局', null, '交通', 2022)],
  ['the customs administration', own('海关总署2023年法治政府建设年度报告', '海关总署'), m('海关总署', null, '海关', 2023)],
  ['a city tax bureau, traditional, signed', `法治稅務建設情況報告\n一年來，我局堅持依法治稅。${WORK_T}\n\n國家稅務總局紹興市稅務局\n2024年1月20日`, m('绍兴市税务局', '绍兴市', '税务', 2023)],
  ['the financial regulator itself', own('国家金融监督管理总局2023年法治政府建设年度报告', '金融监管总局'), m('国家金融监督管理总局', null, '金融', 2023)],
  ['the financial regulator by its short name', own('金融监管总局2024年法治政府建设年度报告', '金融监管总局', 2024), m('国家金融监督管理总局', null, '金融', 2024)],
  ['市税务局 led by its city under the province\'s tax bureau', `2023年度法治税务建设工作报告\n2023年，在国家税务总局浙江省税务局和衢州市委、市政府的领导下，市税务局坚持依法治税。${WORK}`, m('衢州市税务局', '衢州市', '税务', 2023)],
  ['a county-level city\'s tax bureau without 总局', own('龙泉市税务局2023年度法治税务建设工作报告', '我局'), m('龙泉市税务局', '龙泉市', '税务', 2023)],
  ['a district named like its city\'s province, tax bureau under 总局', own('国家税务总局吉林省吉林市船营区税务局2023年度法治税务建设情况报告', '我局'), m('船营区税务局', '吉林省吉林市船营区', '税务', 2023)],
  ['a tobacco bureau with its company in brackets', own('衢州市烟草专卖局（公司）2023年度法治建设工作报告', '我局'), m('衢州市烟草专卖局', '衢州市', '烟草', 2023)],
  ['省邮政管理局 led by its province', `2023年法治政府建设年度报告\n2023年，在国家邮政局和江西省委、省政府领导下，省邮政管理局坚持依法监管。${WORK}`, m('江西省邮政管理局', '江西省', '交通', 2023)],
  ['a statistics survey team in the lead, its county written', bare('2023年，国家统计局龙游调查队坚持依法统计，服务龙游县经济社会发展。'), m('龙游调查队', '龙游县', '统计', 2023)],
  ['a customs district titled, a subordinate customs office in the body', `宁波海关2023年法治海关建设情况报告\n2023年，我关指导所属北仑海关、大榭海关规范执法。${WORK}`, m('宁波海关', '宁波市', '海关', 2023)],
  ['a district tax bureau as the letterhead under a bare title', `2024年度法治政府建设情况报告\n国家税务总局绍兴市上虞区税务局\n一年来，我局坚持依法治税。${WORK}`, m('上虞区税务局', '绍兴市上虞区', '税务', 2024)],
  ['a regulator\'s 分局 as the letterhead under a 关于 title', `关于2024年度法治政府建设情况的报告\n国家金融监督管理总局丽水监管分局\n一年来，我分局坚持依法监管。${WORK}`, m('丽水监管分局', '丽水市', '金融', 2024)],
  ['a customs district under 海关总署', own('海关总署广州海关2023年法治海关建设情况报告', '我关'), m('广州海关', '广州市', '海关', 2023)],
  ['a district fire rescue 大队 split from its title', `温州市龙湾区消防救援大队\n2023年法治建设工作报告\n2023年，我大队坚持依法履职。${WORK}`, m('龙湾区消防救援大队', '温州市龙湾区', '消防救援', 2023)],
  ['a postal company\'s branch: a company, no organ', own('中国邮政集团有限公司温州市分公司2023年工作报告', '我公司'), m(null, null, null, 2023)],
]

/** The corps: 新疆生产建设兵团 before a division's city, the corps' own departments. */
const CORPS: [string, string, Meta][] = [
  ['the corps, a division and its city\'s bureau', own('新疆生产建设兵团第八师石河子市司法局2023年度法治政府建设工作报告', '我局'), m('石河子市司法局', '石河子市', '司法行政', 2023)],
  ['兵团 short, a division and its city\'s government', own('兵团第六师五家渠市人民政府2023年度法治政府建设情况报告', '师市'), m('五家渠市人民政府', '五家渠市', '区县政府', 2023)],
  ['the corps, a division\'s city bureau signed', signed('一年来，我局坚持依法行政。', '新疆生产建设兵团第四师可克达拉市应急管理局', '2024年1月25日'), m('可克达拉市应急管理局', '可克达拉市', '应急管理', 2023)],
  ['a division\'s city in the lead of a bare title', `法治政府建设年度报告\n2023年，第二师铁门关市坚持依法行政，推进各项工作法治化。${WORK}`, m('铁门关市人民政府', '铁门关市', '区县政府', 2023)],
  ['the corps\' own department', own('新疆生产建设兵团水利局2023年度法治政府建设情况报告', '我局'), m('新疆生产建设兵团水利局', '新疆生产建设兵团', '水利', 2023)],
  ['the corps\' own department signed', signed('2022年，我局坚持依法行政。', '新疆生产建设兵团市场监督管理局', '2023年2月8日'), m('新疆生产建设兵团市场监督管理局', '新疆生产建设兵团', '市场监管', 2022)],
  ['a division\'s city bureau by 来源', `2023年法治政府建设年度报告\n来源：第三师图木舒克市教育局　发布时间：2024-02-20\n2023年，我局坚持依法治教。${WORK}`, m('图木舒克市教育局', '图木舒克市', '教育', 2023)],
  ['the corps, a division\'s city bureau, traditional', `新疆生產建設兵團第一師阿拉爾市司法局2023年度法治政府建設工作報告\n2023年，我局堅持依法行政。${WORK_T}`, m('阿拉尔市司法局', '阿拉尔市', '司法行政', 2023)],
  ['a division\'s city government signed as 师市', `法治政府建设情况报告\n一年来，师市坚持依法行政。${WORK}\n\n第五师双河市人民政府\n2024年2月1日`, m('双河市人民政府', '双河市', '区县政府', 2023)],
  ['the corps\' department titled over two lines', `新疆生产建设兵团司法局\n2024年度法治政府建设情况报告\n2024年，我局坚持依法行政。${WORK}`, m('新疆生产建设兵团司法局', '新疆生产建设兵团', '司法行政', 2024)],
  ['a division\'s city bureau titled with the corps', own('新疆生产建设兵团第十四师昆玉市自然资源局2023年度法治政府建设工作报告', '我局'), m('昆玉市自然资源局', '昆玉市', '自然资源', 2023)],
  ['the corps\' department, traditional', `新疆生產建設兵團教育局2023年度法治政府建設情況報告\n2023年，我局堅持依法治教。${WORK_T}`, m('新疆生产建设兵团教育局', '新疆生产建设兵团', '教育', 2023)],
  ['the corps, a division\'s newer city government', own('新疆生产建设兵团第九师白杨市人民政府2023年度法治政府建设情况报告', '师市'), m('白杨市人民政府', '白杨市', '区县政府', 2023)],
  ['a division\'s city titled bare, speaking as 师市', own('第三师图木舒克市2023年法治政府建设年度报告', '师市'), m('图木舒克市人民政府', '图木舒克市', '区县政府', 2023)],
]

/** A 林区: its departments by their short names, its towns, its government. */
const FOREST: [string, string, Meta][] = [
  ['林区X局 led by the 林区委', `2023年度法治政府建设工作报告\n2023年，在神农架林区委、林区政府领导下，林区司法局坚持依法行政。${WORK}`, m('神农架林区司法局', '神农架林区', '司法行政', 2023)],
  ['a 林区 bureau signed', signed('2023年，我局坚持依法治林。', '神农架林区林业管理局', '2024年1月18日'), m('神农架林区林业管理局', '神农架林区', '林业', 2023)],
  ['a 林区 town bare, its 林区 the addressee', `松柏镇2023年法治政府建设工作报告\n神农架林区人民政府：\n2023年，我镇坚持依法行政。${WORK}`, m('松柏镇人民政府', '神农架林区松柏镇', '乡镇政府', 2023)],
  ['a 林区 titled bare', own('神农架林区2023年法治政府建设年度报告', '林区'), m('神农架林区人民政府', '神农架林区', '区县政府', 2023)],
  ['a 林区 government, traditional', `神農架林區人民政府2022年度法治政府建設情況報告\n2022年，我區堅持依法行政。${WORK_T}`, m('神农架林区人民政府', '神农架林区', '区县政府', 2022)],
  ['a 林区 bureau by 发布机构', `发布机构：神农架林区交通运输局\n2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('神农架林区交通运输局', '神农架林区', '交通', 2023)],
  ['a 林区 township under its province', own('湖北省神农架林区宋洛乡人民政府2023年度法治政府建设工作报告', '我乡'), m('宋洛乡人民政府', '湖北省神农架林区宋洛乡', '乡镇政府', 2023)],
  ['a 林区 bureau\'s abbreviation in a title', own('神农架林区市场监管局2023年度法治政府建设工作报告', '我局'), m('神农架林区市场监督管理局', '神农架林区', '市场监管', 2023)],
  ['林区政府 led by the 林区委', `2023年度法治政府建设情况报告\n2023年，在神农架林区委领导下，林区政府坚持依法行政。${WORK}`, m('神农架林区人民政府', '神农架林区', '区县政府', 2023)],
  ['林区X局 with no 林区 named: no place to read', `2023年度法治政府建设工作报告\n2023年，林区司法局坚持依法行政。${WORK}`, m(null, null, '司法行政', 2023)],
]

/** 新区 committees and zone bureaus. */
const ZONES: [string, string, Meta][] = [
  ['a 新区 by its 管委会', own('兰州新区管委会2023年度法治政府建设情况报告', '新区'), m('兰州新区管理委员会', '兰州新区', '区县政府', 2023)],
  ['a 新区 committee signed', signed('2023年，新区坚持依法行政。', '赣江新区管理委员会', '2024年1月26日'), m('赣江新区管理委员会', '赣江新区', '区县政府', 2023)],
  ['a 新区 committee by 来源', `2023年法治政府建设年度报告\n来源：贵安新区管委会　发布时间：2024-02-05\n2023年，新区坚持依法行政。${WORK}`, m('贵安新区管理委员会', '贵安新区', '区县政府', 2023)],
  ['a 新区 with its province\'s short name', own('陕西西咸新区管理委员会2022年法治政府建设年度报告', '新区', 2022), m('陕西西咸新区管理委员会', '陕西西咸新区', '区县政府', 2022)],
  ['a 新区 committee with its 党工委 letterhead', `中共哈尔滨新区工作委员会　哈尔滨新区管理委员会\n关于2023年度法治政府建设情况的报告\n2023年，新区坚持依法行政。${WORK}`, m('哈尔滨新区管理委员会', '哈尔滨新区', '区县政府', 2023)],
  ['a 新区 bureau', own('西咸新区市场监督管理局2023年度法治政府建设工作报告', '我局'), m('西咸新区市场监督管理局', '西咸新区', '市场监管', 2023)],
  ['a 新区 bureau signed', signed('2023年，我局坚持依法行政。', '滇中新区生态环境局', '2024年1月19日'), m('滇中新区生态环境局', '滇中新区', '生态环境', 2023)],
  ['a 新区 committee, traditional', `長春新區管理委員會2023年度法治政府建設情況報告\n2023年，新區堅持依法行政。${WORK_T}`, m('长春新区管理委员会', '长春新区', '区县政府', 2023)],
  ['a 经开区 by its 管委会', own('嘉兴经开区管委会2023年度法治政府建设情况报告', '经开区'), m('嘉兴经开区管理委员会', '嘉兴经开区', '区县政府', 2023)],
  ['a 高新区 bureau', own('株洲高新区市场监督管理局2023年度法治政府建设工作报告', '我局'), m('株洲高新区市场监督管理局', '株洲高新区', '市场监管', 2023)],
  ['a 经开区 bureau by 来源', `2023年法治政府建设工作报告\n来源：芜湖经济技术开发区应急管理局　发布时间：2024-01-23\n2023年，我局坚持依法行政。${WORK}`, m('芜湖经济技术开发区应急管理局', '芜湖经济技术开发区', '应急管理', 2023)],
  ['a 高新区 committee in full signed', signed('2023年，高新区坚持依法行政。', '绍兴高新技术产业开发区管理委员会', '2024年1月30日'), m('绍兴高新技术产业开发区管理委员会', '绍兴高新技术产业开发区', '区县政府', 2023)],
  ['a 经开区 bureau in full with its city', own('湖州市经济技术开发区建设局2023年度法治政府建设工作报告', '我局'), m('湖州市经济技术开发区建设局', '湖州市经济技术开发区', '住房城乡建设', 2023)],
  ['a 高新区 bureau in its committee\'s letterhead', `金华高新技术产业开发区管理委员会\n金华高新区综合行政执法局2023年度法治政府建设工作报告\n2023年，我局坚持依法执法。${WORK}`, m('金华高新区综合行政执法局', '金华高新区', '城市管理', 2023)],
  ['a 高新区 committee, 管委会 in the lead', `2023年度法治政府建设情况报告\n2023年，衢州高新区管委会坚持依法行政，推进各项工作法治化。${WORK}`, m('衢州高新区管理委员会', '衢州高新区', '区县政府', 2023)],
  ['a 经开区 committee, traditional', `嘉善經濟技術開發區管理委員會2023年度法治政府建設情況報告\n2023年，開發區堅持依法行政。${WORK_T}`, m('嘉善经济技术开发区管理委员会', '嘉善经济技术开发区', '区县政府', 2023)],
  ['a zone\'s construction bureau signed', signed('2023年，我局坚持依法行政。', '嘉善经济开发区建设局', '2024年1月19日'), m('嘉善经济开发区建设局', '嘉善经济开发区', '住房城乡建设', 2023)],
  ['a 营商环境建设局 stays 政务服务', own('沈阳市营商环境建设局2023年度法治政府建设工作报告', '我局'), m('沈阳市营商环境建设局', '沈阳市', '政务服务', 2023)],
  ['a 新区\'s 党工委、管委会 in the lead', `2023年度法治政府建设情况报告\n2023年，兰州新区党工委、管委会坚持依法行政，推进各项工作法治化。${WORK}`, m('兰州新区管理委员会', '兰州新区', '区县政府', 2023)],
  ['高新区应急局 in a 高新区\'s text', `2023年度法治政府建设工作报告\n2023年，在珠海高新区党委、管委会领导下，高新区应急局坚持依法行政。${WORK}`, m('珠海高新区应急管理局', '珠海高新区', '应急管理', 2023)],
  ['高新区应急局 with no zone nor city named: no place to read', `2023年度法治政府建设工作报告\n2023年，在党工委、管委会领导下，高新区应急局坚持依法行政。${WORK}`, m(null, null, '应急管理', 2023)],
]

/** Streets of a county-level city. */
const STREETS: [string, string, Meta][] = [
  ['a street of a county-level city in a title', own('义乌市稠城街道办事处2023年度法治政府建设工作报告', '我街道'), m('稠城街道办事处', '义乌市稠城街道', '街道', 2023)],
  ['a street of a county-level city under its prefecture', own('金华市义乌市北苑街道办事处2023年度法治政府建设情况报告', '我街道'), m('北苑街道办事处', '金华市义乌市北苑街道', '街道', 2023)],
  ['a street signed, its county-level city the addressee', `关于2023年度法治政府建设情况的报告\n诸暨市人民政府：\n一年来，我街道坚持依法行政。${WORK}\n\n暨阳街道办事处\n2024年1月12日`, m('暨阳街道办事处', '诸暨市暨阳街道', '街道', 2023)],
  ['a street bare, its county-level city leading in the lead', `城东街道2023年法治政府建设工作报告\n2023年，在慈溪市委、市政府领导下，我街道坚持依法行政。${WORK}`, m('城东街道办事处', '慈溪市城东街道', '街道', 2023)],
  ['a street of a county-level city in the lead', `2023年度法治政府建设情况报告\n2023年，瑞安市安阳街道坚持依法行政，推进各项工作法治化。${WORK}`, m('安阳街道办事处', '瑞安市安阳街道', '街道', 2023)],
  ['a street of a county-level city without 办事处 in a title', own('乐清市城南街道2022年法治政府建设工作报告', '我街道', 2022), m('城南街道办事处', '乐清市城南街道', '街道', 2022)],
  ['a street by 发布机构', `发布机构：海宁市海洲街道办事处\n2023年法治政府建设年度报告\n2023年，我街道坚持依法行政。${WORK}`, m('海洲街道办事处', '海宁市海洲街道', '街道', 2023)],
  ['a street of a county-level city, traditional', `桐鄉市梧桐街道辦事處2023年度法治政府建設工作報告\n2023年，我街道堅持依法行政。${WORK_T}`, m('梧桐街道办事处', '桐乡市梧桐街道', '街道', 2023)],
  ['a street of a county-level city under an autonomous prefecture', own('恩施市舞阳坝街道办事处2023年度法治政府建设情况报告', '我街道'), m('舞阳坝街道办事处', '恩施市舞阳坝街道', '街道', 2023)],
  ['a street of a county-level city with its province', own('广东省英德市英城街道办事处2023年度法治政府建设工作报告', '我街道'), m('英城街道办事处', '广东省英德市英城街道', '街道', 2023)],
  ['a street\'s joint letterhead', `中共江山市虎山街道工作委员会　江山市虎山街道办事处\n关于2023年度法治政府建设情况的报告\n2023年，我街道坚持依法行政。${WORK}`, m('虎山街道办事处', '江山市虎山街道', '街道', 2023)],
  ['a street signed with its city', signed('一年来，我街道坚持依法行政。', '兰溪市云山街道办事处', '2024年1月9日'), m('云山街道办事处', '兰溪市云山街道', '街道', 2023)],
  ['a street of a county-level city by 来源', `2023年度法治政府建设工作报告\n来源：建德市新安江街道办事处　发布时间：2024-01-26\n2023年，我街道坚持依法行政。${WORK}`, m('新安江街道办事处', '建德市新安江街道', '街道', 2023)],
  ['a street\'s 党工委、办事处 in the lead, its city the addressee', `关于2023年度法治政府建设情况的报告\n中共临海市委、临海市人民政府：\n2023年，古城街道党工委、办事处坚持依法行政。${WORK}`, m('古城街道办事处', '临海市古城街道', '街道', 2023)],
  ['a street led by its county-level city, the 依法治市办 the addressee', `关于2023年度法治建设情况的报告\n市委依法治市办：\n2023年，在诸暨市委、市政府领导下，浣东街道坚持依法行政。${WORK}`, m('浣东街道办事处', '诸暨市浣东街道', '街道', 2023)],
]

/** Townships named …乡, …苏木, …民族乡. */
const TOWNSHIPS: [string, string, Meta][] = [
  ['a township titled bare', own('岭洋乡2023年法治政府建设工作报告', '我乡'), m('岭洋乡人民政府', '岭洋乡', '乡镇政府', 2023)],
  ['a township under its county in a title', own('泰顺县竹里畲族乡人民政府2023年度法治政府建设情况报告', '我乡'), m('竹里畲族乡人民政府', '泰顺县竹里畲族乡', '乡镇政府', 2023)],
  ['an ethnic township under its county, bare', own('苍南县凤阳畲族乡2023年法治政府建设工作报告', '我乡'), m('凤阳畲族乡人民政府', '苍南县凤阳畲族乡', '乡镇政府', 2023)],
  ['an ethnic township signed', signed('一年来，我乡坚持依法行政。', '鹤溪畲族乡人民政府', '2024年1月10日'), m('鹤溪畲族乡人民政府', '鹤溪畲族乡', '乡镇政府', 2023)],
  ['a 回族乡 titled', own('单县李田楼回族乡人民政府2023年度法治政府建设工作报告', '我乡'), m('李田楼回族乡人民政府', '单县李田楼回族乡', '乡镇政府', 2023)],
  ['a 满族乡 bare with its county', own('宽城县孟子岭满族乡2022年法治政府建设情况报告', '我乡', 2022), m('孟子岭满族乡人民政府', '宽城县孟子岭满族乡', '乡镇政府', 2022)],
  ['a 蒙古族乡 signed, its county the addressee', `关于2023年度法治政府建设情况的报告\n围场满族蒙古族自治县人民政府：\n一年来，我乡坚持依法行政。${WORK}\n\n御道口蒙古族乡人民政府\n2024年1月16日`, m('御道口蒙古族乡人民政府', '围场满族蒙古族自治县御道口蒙古族乡', '乡镇政府', 2023)],
  ['a 苏木 under its banner in a title', own('阿巴嘎旗洪格尔苏木人民政府2023年度法治政府建设工作报告', '我苏木'), m('洪格尔苏木人民政府', '阿巴嘎旗洪格尔苏木', '乡镇政府', 2023)],
  ['a 苏木 bare', own('巴音温都尔苏木2022年法治政府建设情况报告', '我苏木', 2022), m('巴音温都尔苏木人民政府', '巴音温都尔苏木', '乡镇政府', 2022)],
  ['a 苏木 under league and banner', own('锡林郭勒盟苏尼特右旗赛罕乌力吉苏木人民政府2023年度法治政府建设工作报告', '我苏木'), m('赛罕乌力吉苏木人民政府', '锡林郭勒盟苏尼特右旗赛罕乌力吉苏木', '乡镇政府', 2023)],
  ['a township, traditional', `龍游縣沐塵畲族鄉人民政府2023年度法治政府建設工作報告\n2023年，我鄉堅持依法行政。${WORK_T}`, m('沐尘畲族乡人民政府', '龙游县沐尘畲族乡', '乡镇政府', 2023)],
  ['a township in the lead of a bare title', `2023年度法治政府建设工作报告\n2023年，磐安县双峰乡坚持依法行政，推进各项工作法治化。${WORK}`, m('双峰乡人民政府', '磐安县双峰乡', '乡镇政府', 2023)],
  ['a township with its 党委 and 政府 in the lead', `九龙乡2023年法治政府建设情况报告\n2023年，九龙乡党委、政府坚持依法行政。${WORK}`, m('九龙乡人民政府', '九龙乡', '乡镇政府', 2023)],
  ['a township\'s joint letterhead', `中共三溪乡委员会　三溪乡人民政府\n关于2022年度法治政府建设情况的报告\n2022年，我乡坚持依法行政。${WORK}`, m('三溪乡人民政府', '三溪乡', '乡镇政府', 2022)],
  ['a 土家族乡 under its county-level city', own('利川市文斗土家族乡人民政府2023年度法治政府建设工作报告', '我乡'), m('文斗土家族乡人民政府', '利川市文斗土家族乡', '乡镇政府', 2023)],
  ['a 民族苏木 signed', signed('一年来，我苏木坚持依法行政。', '杜拉尔鄂温克民族乡人民政府', '2024年1月22日'), m('杜拉尔鄂温克民族乡人民政府', '杜拉尔鄂温克民族乡', '乡镇政府', 2023)],
  ['an ethnic township, traditional, signed', `法治政府建設年度報告\n一年來，我鄉堅持依法行政。${WORK_T}\n\n景寧畲族自治縣毛垟鄉人民政府\n2024年1月12日`, m('毛垟乡人民政府', '景宁畲族自治县毛垟乡', '乡镇政府', 2023)],
  ['a 苏木 signed with its banner', signed('一年来，我苏木坚持依法行政。', '东乌珠穆沁旗呼热图淖尔苏木人民政府', '2024年1月15日'), m('呼热图淖尔苏木人民政府', '东乌珠穆沁旗呼热图淖尔苏木', '乡镇政府', 2023)],
  ['a town whose name holds 乡', own('中山市三乡镇人民政府2023年度法治政府建设工作报告', '我镇'), m('三乡镇人民政府', '中山市三乡镇', '乡镇政府', 2023)],
]

/** Joint party-government bodies: 政法委, 依法治县办 with the 司法局; a party body alone reporting. */
const JOINT: [string, string, Meta][] = [
  ['a 政法委 and its 司法局 on one letterhead', `中共永嘉县委政法委员会　永嘉县司法局\n关于2023年度法治政府建设情况的报告\n2023年，我县坚持依法行政。${WORK}`, m('永嘉县司法局', '永嘉县', '司法行政', 2023)],
  ['a 司法局 before the 依法治县办 on one letterhead', `文成县司法局　中共文成县委全面依法治县委员会办公室\n关于2023年度法治建设工作情况的报告\n2023年，我县坚持依法行政。${WORK}`, m('文成县司法局', '文成县', '司法行政', 2023)],
  ['a 依法治县办 with its 司法局 in brackets', own('中共平阳县委全面依法治县委员会办公室（平阳县司法局）2023年度工作报告', '我局'), m('平阳县司法局', '平阳县', '司法行政', 2023)],
  ['县委依法治县办、县司法局 in the lead under a 司法局 title', `洞头区司法局2023年度法治政府建设工作报告\n2023年，区委依法治区办、区司法局坚持依法行政。${WORK}`, m('洞头区司法局', '洞头区', '司法行政', 2023)],
  ['a 政法委 reporting alone: a party body', own('中共泰顺县委政法委员会2023年度法治建设工作报告', '我委'), m(null, null, null, 2023)],
  ['a 县委依法治县办 signed alone: a party body', signed('一年来，县委依法治县办统筹推进法治建设。', '中共龙港市委全面依法治市委员会办公室', '2024年1月20日'), m(null, null, null, 2023)],
  ['a 依法治县办 and 司法局 signed together', signed('一年来，我县坚持依法行政。', '中共瑞安市委全面依法治市委员会办公室\n瑞安市司法局', '2024年1月18日'), m('瑞安市司法局', '瑞安市', '司法行政', 2023)],
  ['a county\'s 县委 and government letterhead', `中共缙云县委　缙云县人民政府\n关于2023年度法治政府建设情况的报告\n丽水市委、市政府：\n2023年，我县坚持依法行政。${WORK}`, m('缙云县人民政府', '丽水市缙云县', '区县政府', 2023)],
  ['a bureau\'s 党组 letterhead alone', `中共龙泉市交通运输局党组\n关于2023年度法治政府建设情况的报告\n2023年，我局坚持依法行政。${WORK}`, m('龙泉市交通运输局', '龙泉市', '交通', 2023)],
  ['a 政法委 addressee under a town\'s report', `关于2023年度法治建设情况的报告\n中共青田县委政法委员会：\n2023年，温溪镇坚持依法行政。${WORK}`, m('温溪镇人民政府', '青田县温溪镇', '乡镇政府', 2023)],
  ['a city\'s 市委 and government letterhead, traditional', `中共麗水市委　麗水市人民政府\n關於2023年度法治政府建設情況的報告\n2023年，我市堅持依法行政。${WORK_T}`, m('丽水市人民政府', '丽水市', '市政府', 2023)],
  ['a 司法局 and the 依法治区办 in the lead of a bare title', `法治政府建设年度报告\n2023年，鹿城区司法局（区委依法治区办）坚持依法行政。${WORK}`, m('鹿城区司法局', '鹿城区', '司法行政', 2023)],
  ['a 司法局 and the 政法委 signed, the 司法局 last', signed('一年来，我县坚持依法行政。', '中共开化县委政法委员会\n开化县司法局', '2024年1月17日'), m('开化县司法局', '开化县', '司法行政', 2023)],
  ['a 依法治县办 and 司法局 in one title line', own('中共常山县委全面依法治县委员会办公室、常山县司法局关于2023年度法治建设工作情况的报告', '我县'), m('常山县司法局', '常山县', '司法行政', 2023)],
  ['县委政法委、县司法局 signed on one line', signed('一年来，我县坚持依法行政。', '中共江山市委政法委员会、江山市司法局', '2024年1月17日'), m('江山市司法局', '江山市', '司法行政', 2023)],
  ['a short 依法治县办 and its 司法局 on one letterhead', `中共云和县委依法治县办　云和县司法局\n关于2023年度法治建设工作情况的报告\n2023年，我县坚持依法行政。${WORK}`, m('云和县司法局', '云和县', '司法行政', 2023)],
  ['a 县委办 and 政府办 letterhead', `中共庆元县委办公室　庆元县人民政府办公室\n关于2023年度法治政府建设情况的报告\n2023年，我办坚持依法行政。${WORK}`, m('庆元县人民政府办公室', '庆元县', '区县政府', 2023)],
]

export const CASES_A: [string, string, Meta][] = [...VERTICAL, ...CORPS, ...FOREST, ...ZONES, ...STREETS, ...TOWNSHIPS, ...JOINT]
export { own, signed, bare }
