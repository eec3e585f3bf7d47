/**
 * Forms from the dev half of the r48b-fresh batch (corpus README, forty-eighth batch, ministries', provinces' and cities' authors),
 * over invented sentences:
 * - a count of inspection campaigns (项) one of which a hazard check names (开展气候资源保护、雷电防护安全隐患大检查等7项专项执法检查):
 *   campaigns, no hazards rectified; hazards counted after such a campaign, or rectified in 项, still are;
 * - a province's department named by its level alone (省应急管理厅) in a report whose only word of its province is the issuer of the
 *   notice it answers (按照《中共云南省委全面依法治省委员会办公室关于做好…报告工作的通知》): the issuer's province is the author's, as
 *   a provincial body named by level that issues to it is (the region ruling of 省委依法治省委员会《吉林省…方案》);
 * - a city's bodies of one field named as the author of the report (《陕西省渭南市气象部门2023年度政府信息公开年度报告》, 渭南市气象部门坚持…):
 *   the city's department of that field, in the place chain the text writes.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, type Meta } from './metaForms41Kinds'

const Q = head('临江市气象局')
const A = head('青河县应急管理局')
const S = head('临江市市场监督管理局')
const F = head('青山省消防救援总队')

export const CAMPAIGNS_48B: Probe39[] = [
  ['a hazard check named among the campaigns counted', `${Q}全年开展气候资源保护、雷电防护安全隐患大检查等7项专项执法检查。`, {}],
  ['a hazard investigation campaign counted with others in 项', `${A}组织开展危化品、燃气安全隐患排查整治等5项专项行动。`, {}],
  ['a hazard check campaign counted as joint actions', `${S}牵头开展电梯安全隐患大排查等3项联合执法行动。`, {}],
  ['traditional script, a hazard check among the campaigns', `${Q}全年開展防雷安全隱患大檢查等6項專項執法檢查。`, {}],
  // near misses: hazards counted after the campaign, or rectified in 项
  ['hazards rectified after the campaigns', `${A}开展安全隐患大检查等4项专项行动，督促整改隐患56处。`, { hazards_rectified: [56, 'exact'] }],
  ['hazards rectified in 项', `${A}开展安全生产大检查，排查整改隐患27项。`, { hazards_rectified: [27, 'exact'] }],
  ['hazards rectified right after a hazard check', `${S}开展特种设备安全隐患大检查，整改隐患31项。`, { hazards_rectified: [31, 'exact'] }],
  ['hazards eliminated, a campaign named before', `${F}开展火灾隐患排查整治行动，消除火灾隐患412处。`, { hazards_rectified: [412, 'exact'] }],
]

const W = '\n一、主要工作情况\n（一）加强学习。厅党委理论学习中心组专题学习习近平法治思想。'
const lead = (organ: string, notice: string) => `2024年，${organ}学习贯彻党的二十大精神，落实上级部署。按照${notice}，现将${organ}2024年度法治政府建设情况报告如下。${W}`

export const ISSUER_PROVINCE_48B: [string, string, Meta][] = [
  ['a 省X厅 answering its province\'s party rule-of-law office\'s notice', lead('省自然资源厅', '《中共青海省委全面依法治省委员会办公室关于做好2024年度法治政府建设情况报告工作的通知》'), m('青海省自然资源厅', '青海省', '自然资源', 2024)],
  ['a 省X局 answering its province\'s government office\'s notice', lead('省统计局', '《甘肃省人民政府办公厅关于报送2024年度法治政府建设情况的通知》'), m('甘肃省统计局', '甘肃省', '统计', 2024)],
  ['an autonomous region\'s department answering its party committee\'s office', lead('自治区民政厅', '《中共宁夏回族自治区委员会全面依法治区委员会办公室关于做好2024年度法治政府建设报告工作的通知》'), m('宁夏回族自治区民政厅', '宁夏回族自治区', '民政', 2024)],
  // near misses: a regulation's province, a central body's notice, and a city's bureau under its province's notice
  ['a 省X厅 citing only its province\'s regulation', lead('省自然资源厅', '《青海省实施〈土地管理法〉办法》的要求'), m(null, null, '自然资源', 2024)],
  ['a 省X厅 answering a central office\'s notice', lead('省自然资源厅', '《中共中央办公厅 国务院办公厅关于做好法治政府建设年度报告工作的通知》'), m(null, null, '自然资源', 2024)],
  ['a 市X局 answering its province\'s notice, its city named', `2024年，西宁市统计局学习贯彻党的二十大精神。按照《中共青海省委全面依法治省委员会办公室关于做好2024年度法治政府建设情况报告工作的通知》，现将我局2024年度法治政府建设情况报告如下。${W}`, m('西宁市统计局', '西宁市', '统计', 2024)],
]

export const FIELD_BODIES_48B: [string, string, Meta][] = [
  ['a city\'s meteorological bodies as the disclosure report\'s author', `依照《中华人民共和国政府信息公开条例》，现公布《山西省晋城市气象部门2023年度政府信息公开年度报告》。\n一、总体情况\n2023年，晋城市气象部门坚持以公开为常态。${W}`, m('晋城市气象局', '山西省晋城市', '气象', 2023)],
  ['a city\'s meteorological bodies as the subject of the first sentence', `2023年度政府信息公开工作报告\n2023年，广元市气象部门坚持以公开为常态、不公开为例外，做好政府信息公开工作。${W}`, m('广元市气象局', '广元市', '气象', 2023)],
  ['a city bureau\'s disclosure report quoted where it is published, its lead numbered', `依照《中华人民共和国政府信息公开条例》，现发布《临江市统计局2023年度政府信息公开工作年度报告》。\n一、总体情况\n1. 2023年，市统计局坚持以公开为常态。${W}`, m('临江市统计局', '临江市', '统计', 2023)],
  // near misses: a county government's report naming the city's meteorological bodies as a partner, a plan published with no author
  ['a plan quoted where it is published, no author named', `现发布《2023年全市气象灾害防御工作方案》。\n一、总体情况\n1. 2023年，坚持以公开为常态。${W}`, m(null, null, null, 2023)],
  ['a county government naming the city\'s meteorological bodies as a partner', `青河县人民政府2023年度法治政府建设工作报告\n2023年，县政府会同晋城市气象部门开展防雷安全检查。${W}`, m('青河县人民政府', '青河县', '区县政府', 2023)],
]

/** The same forms in new wording, written after the rules and run once before any change (corpus README, "Dev forms of r48b-fresh"). */
const P = head('东阳市生态环境局')
const R = head('青河县住房和城乡建设局')
export const SECOND_CAMPAIGNS_48B: Probe39[] = [
  ['campaigns in 项 named after a hazard clean-up', `${P}先后组织涉危废、尾矿库环境隐患排查整治等4项专项执法行动。`, {}],
  ['campaigns in 项 of a housing bureau, one a gas hazard check', `${R}开展自建房安全、燃气安全隐患大排查等6项集中整治。`, {}],
  ['campaigns in 项 counted after 共', `${P}全年共开展饮用水源地、环境安全隐患大检查等3项专项检查。`, {}],
  ['hazards rectified in a campaign\'s clause', `${R}开展燃气安全隐患大排查专项行动，整改燃气隐患138处。`, { hazards_rectified: [138, 'exact'] }],
  ['hazards closed out in 项 after a campaign count', `${P}开展专项执法行动5次，督促企业整改环境安全隐患19项。`, { hazards_rectified: [19, 'exact'] }],
]

const W2 = '\n一、工作开展情况\n（一）强化组织领导。局党组专题研究法治政府建设工作。'
const lead2 = (organ: string, notice: string) => `根据${notice}要求，现将${organ}2023年度法治政府建设工作情况报告如下。\n2023年，${organ}坚持依法行政。${W2}`
export const SECOND_META_48B: [string, string, Meta][] = [
  ['a 省X局 under its province\'s party rule-of-law office\'s notice, the notice first', lead2('省林业和草原局', '《中共江西省委全面依法治省委员会办公室关于报送2023年度法治政府建设情况报告的通知》'), m('江西省林业和草原局', '江西省', '林业', 2023)],
  ['a 省X厅 under its province\'s government general office\'s notice', lead2('省交通运输厅', '《河北省人民政府办公厅关于做好2023年度法治政府建设年度报告工作的通知》'), m('河北省交通运输厅', '河北省', '交通', 2023)],
  ['a 省X厅 whose notices name two provinces (a partner\'s too)', `根据《中共江西省委全面依法治省委员会办公室关于报送…的通知》和《湖南省人民政府办公厅关于开展湘赣边区域合作的通知》要求，现将省交通运输厅2023年度法治政府建设工作情况报告如下。${W2}`, m(null, null, '交通', 2023)],
  ['a county\'s tax bodies as the author in its disclosure report\'s published title', `现公布《浙江省青田县税务部门2023年度政府信息公开工作年度报告》。\n一、总体情况\n1. 2023年，坚持以公开为常态。${W2}`, m('青田县税务局', '浙江省青田县', '税务', 2023)],
  ['a city\'s market-regulation bodies as the first sentence\'s subject', `2023年度政府信息公开工作年度报告\n2023年，临江市市场监管部门坚持以公开为常态、不公开为例外。${W2}`, m('临江市市场监督管理局', '临江市', '市场监管', 2023)],
  ['a district bureau\'s report quoted after 向社会公布', `依据《中华人民共和国政府信息公开条例》，现向社会公布《云岩区民政局2023年政府信息公开工作年度报告》。\n一、总体情况\n1. 2023年，坚持依法公开。${W2}`, m('云岩区民政局', '云岩区', '民政', 2023)],
  ['a county government naming all levels\' meteorological bodies', `青河县人民政府2023年度法治政府建设工作报告\n2023年，县政府联合各级气象部门开展防雷安全检查。${W2}`, m('青河县人民政府', '青河县', '区县政府', 2023)],
]
