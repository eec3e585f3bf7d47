/**
 * Enforcement forms of round 51, cases, penalties, fines and waivers (issue 11: holdout enforcement P 0.604, 21 false values of 53,
 * the family with the most false values on unseen text). Weighted to precision: figures beside the enforcement words that are not the
 * author's count of the year — a named sub-bureau's, office's, brigade's or squadron's share, police, courts' and procurators'
 * figures in a government's report, results of joint operations (corpus README: not the agency's), a campaign's sub-count beside the
 * year's total, the value of goods or the sum involved beside the fines, cases referred to the police or carried over, spans, targets,
 * document and article numbers, a statute's range of fines, one case's fine, hotlines. And the own figure in shapes the earlier rounds
 * did not write: a figure after a colon, a table flattened with spaces, four figures in one sentence, Chinese numerals, 近/余/约,
 * 万元 with decimals, fines written with a thousands separator, the own part after a system's total. Authors of five levels (a
 * ministry, a province's department, a city's bureau, a county's government and bureaus, a town's or street's 综合执法), some in
 * traditional script. Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'

export const MIN = head('应急管理部')
export const PRV_MKT = head('福建省市场监督管理局')
export const PRV_EMG = head('湖南省应急管理厅')
export const CITY_MKT = head('桐川市市场监督管理局')
export const CITY_ZF = head('桐川市城市管理综合行政执法局')
export const CITY_ECO = head('桐川市生态环境局')
export const CITY_JUS = head('桐川市司法局')
export const CO_GOV = head('杉溪县人民政府')
export const CO_MKT = head('杉溪县市场监督管理局')
export const CO_EMG = head('杉溪县应急管理局')
export const CO_TR = head('杉溪县交通运输局')
export const CO_ZF = head('杉溪县综合行政执法局')
export const CO_HLT = head('杉溪县卫生健康局')
export const CO_AGR = head('杉溪县农业农村局')
export const CO_CUL = head('杉溪县文化和旅游局')
export const CO_JUS = head('杉溪县司法局')
export const CO_ECO = head('桐川市生态环境局杉溪分局')
export const CO_TAX = head('国家税务总局杉溪县税务局')
export const TOWN = head('桃坪镇人民政府')
export const STREET = head('清河街道办事处')

export const CASES_51: Probe39[] = [
  // the own figure in shapes not written before
  ['penalties after a heading colon', `${CO_MKT}行政处罚：全年作出处罚决定286件。`, { penalty_cases: [286, 'exact'] }],
  ['cases, penalties and fines as name-value pairs', `${CO_ZF}立案查处案件：412件；作出行政处罚决定：398件；罚没金额：126.45万元。`,
    { enforcement_cases: [412, 'exact'], penalty_cases: [398, 'exact'], fines_yuan: [1264500, 'exact'] }],
  ['four figures with the waivers before their predicate', `${CO_TR}全年查处道路运输违法案件526起，作出行政处罚决定498起，罚款金额186.2万元，对28起首次轻微违法行为不予处罚。`,
    { enforcement_cases: [526, 'exact'], penalty_cases: [498, 'exact'], fines_yuan: [1862000, 'exact'], lenient_cases: [28, 'exact'] }],
  ['a town team\'s fines in Chinese numerals', `${TOWN}镇综合行政执法队全年罚款三万二千元。`, { fines_yuan: [32000, 'exact'] }],
  ['近 on a province bureau\'s own penalties', `${PRV_MKT}省局本级全年作出行政处罚决定近120件。`, { penalty_cases: [120, 'approx'] }],
  ['fines in 万元 with two decimals', `${CITY_ECO}全年罚款金额共计1268.35万元。`, { fines_yuan: [12683500, 'exact'] }],
  ['waivers after 其中 of the cases', `${CO_MKT}全年查办各类案件342件，其中适用首违不罚、轻微免罚办理案件57件。`,
    { enforcement_cases: [342, 'exact'], lenient_cases: [57, 'exact'] }],
  ['filed, then closed', `${CO_HLT}全年卫生监督立案128件，结案121件。`, { enforcement_cases: [128, 'exact'] }],
  ['penalties with their procedures as parts', `${CO_MKT}全年作出行政处罚决定共计215件，其中简易程序38件、普通程序177件。`, { penalty_cases: [215, 'exact'] }],
  ['余 on fines', `${CO_AGR}全年罚没款80余万元。`, { fines_yuan: [800000, 'approx'] }],
  ['fines in yuan with a thousands separator', `${TOWN}全年罚款合计45,600元。`, { fines_yuan: [45600, 'exact'] }],
  ['the city bureau\'s own part after the system\'s total', `${CITY_MKT}全市市场监管系统共作出行政处罚决定3260件，其中市局本级216件。`, { penalty_cases: [216, 'exact'] }],
  ['waivers counted in firms', `${CO_EMG}对46家企业的轻微违法行为依法免予处罚。`, { lenient_cases: [46, 'exact'] }],
  ['lighter penalties as the lenient count', `${CO_TAX}依法从轻或减轻处罚案件23件。`, { lenient_cases: [23, 'exact'] }],
  ['a ministry\'s own penalties and fines', `${MIN}部本级全年作出行政处罚决定36件，罚款金额2860万元。`,
    { penalty_cases: [36, 'exact'], fines_yuan: [28600000, 'exact'] }],
  ['fines with the year before in an aside', `${CO_MKT}全年罚没款186万元（2022年为152万元）。`, { fines_yuan: [1860000, 'exact'] }],
  ['the campaign\'s part, then the year\'s total', `${CO_MKT}“铁拳”行动中查处案件58件；全年共查处各类违法案件412件。`, { enforcement_cases: [412, 'exact'] }],
  ['fines beside the value of goods', `${CO_MKT}查获侵权假冒商品货值金额46万元，罚没款28.6万元。`, { fines_yuan: [286000, 'exact'] }],
  ['penalties with the change after', `${CO_CUL}全年办理文化市场行政处罚案件34件，同比增长21%。`, { penalty_cases: [34, 'exact'] }],
  ['the campaign\'s part after the year\'s total', `${CO_MKT}全年查处各类违法案件412件，其中“铁拳”行动查处58件。`, { enforcement_cases: [412, 'exact'] }],
  ['fines and gains confiscated, no total', `${CO_MKT}全年罚款56万元，没收违法所得12万元。`, { fines_yuan: [680000, 'derived'] }],
  ['a street\'s penalties by the simple procedure', `${STREET}适用简易程序作出处罚决定15件。`, { penalty_cases: [15, 'exact'] }],
  ['penalties beside the persons punished', `${CO_CUL}作出行政处罚决定21件，处罚当事人26人次。`, { penalty_cases: [21, 'exact'] }],
  ['the bureau\'s fines after the province\'s system', `${CITY_ECO}全省生态环境系统罚没款8.6亿元，我局罚没款1520万元。`, { fines_yuan: [15200000, 'exact'] }],
  tw(['cases, penalties and fines of a city bureau', `${CITY_ZF}全年立案查处违法建设案件138宗，作出行政处罚决定126宗，罚没款合计286万元。`,
    { enforcement_cases: [138, 'exact'], penalty_cases: [126, 'exact'], fines_yuan: [2860000, 'exact'] }]),
  tw(['waivers under the lists', `${CO_MKT}依据“两轻一免”清单对轻微违法行为不予处罚43件。`, { lenient_cases: [43, 'exact'] }]),
  tw(['penalties after a colon with fines', `${CO_EMG}安全生产行政处罚：全年处罚案件62起，罚款金额238万元。`,
    { penalty_cases: [62, 'exact'], fines_yuan: [2380000, 'exact'] }]),
  // sub-units, other bodies, joint operations
  ['a named sub-bureau in a city bureau', `${CITY_MKT}高新分局全年作出行政处罚决定186件。`, {}],
  ['an office\'s fines in a county bureau', `${CO_MKT}城南市场监管所罚没款23.6万元。`, {}],
  ['a brigade\'s cases in a county bureau', `${CO_TR}运政执法大队查处非法营运案件86起。`, {}],
  ['two squadrons with 分别', `${CO_ZF}城关中队、河西中队分别查处占道经营案件126起、98起。`, {}],
  ['police cases in a government\'s report', `${CO_GOV}县公安局全年查处治安案件1326起，行政拘留412人。`, {}],
  ['a court\'s non-litigation enforcement', `${CO_GOV}县人民法院全年审查非诉行政执行案件86件。`, {}],
  ['procurators\' supervision cases', `${CO_GOV}县人民检察院全年办理行政检察监督案件23件。`, {}],
  ['cases of a joint rectification with others', `${CO_MKT}联合公安、农业农村等部门开展专项整治，查处违法案件36起。`, {}],
  ['joint enforcement rounds', `${CO_ZF}与市场监管、交警部门开展联合执法48次。`, {}],
  ['the provinces\' bodies in a ministry', `${MIN}各省级应急管理部门查处违法行为5.6万起。`, {}],
  ['the county\'s towns in a county bureau', `${CO_ZF}各乡镇综合执法队共查处违法行为1260起。`, {}],
  ['a named town\'s team in a government\'s report', `${CO_GOV}桃坪镇综合执法队查处违法案件42起。`, {}],
  ['another bureau\'s fines in a justice bureau\'s report', `${CO_JUS}县市场监管局全年罚没款320万元。`, {}],
  ['procurators\' public-interest suits', `${CO_GOV}县人民检察院提起行政公益诉讼3件。`, {}],
  tw(['a brigade\'s fines in a city bureau', `${CITY_ZF}西城执法大队罚没款86.5万元。`, {}]),
  tw(['police fines in a government\'s report', `${CO_GOV}县公安交警大队查处交通违法行为3.2万起，罚款1260万元。`, {}]),
  // money of other measures, objects, referrals, stages
  ['the sum involved alone', `${CO_ECO}查处环境违法案件涉案金额1360万元。`, {}],
  ['goods confiscated in items', `${CO_MKT}没收假冒卷烟1260条。`, {}],
  ['cases referred to the police', `${CO_MKT}移送公安机关涉嫌犯罪案件12件。`, {}],
  ['cases referred to the judiciary', `${CO_EMG}向司法机关移送涉嫌犯罪案件3起。`, {}],
  ['cases closed from the year before', `${CO_MKT}办结上年结转案件14件。`, {}],
  ['people sent out and vehicles', `${CO_ZF}出动执法人员3600人次，执法车辆860台次。`, {}],
  ['penalty records published', `${CO_MKT}在信用网站公示行政处罚信息326条。`, {}],
  ['one firm\'s fine on a date', `${CO_MKT}于11月20日对一家超市作出罚款5000元的处罚。`, {}],
  ['the highest fine of one case', `${CITY_ECO}单案最高罚款达150万元。`, {}],
  ['a statute\'s range of fines', `${CO_EMG}《安全生产法》第一百零一条规定可处十万元以下的罚款。`, {}],
  ['fines refunded after review', `${CO_MKT}退还罚没款2.3万元。`, {}],
  ['hearings held', `${CO_MKT}组织行政处罚听证3次。`, {}],
  ['penalties sent to the court for enforcement', `${CO_ZF}申请法院强制执行行政处罚案件8件。`, {}],
  ['penalty decisions withdrawn', `${CO_MKT}依法撤销行政处罚决定2件。`, {}],
  tw(['the value of the cases alone', `${CO_MKT}全年案值共计680万元。`, {}]),
  tw(['wages recovered beside the cases', `${CO_JUS}劳动监察追发农民工工资560万元。`, {}]),
  // years, spans, plans, labels
  ['a change of fines alone', `${CO_MKT}罚没款同比增长23.5%。`, {}],
  ['fines over the plan\'s years', `${CO_ZF}“十四五”以来累计罚没款1260万元。`, {}],
  ['a target of cases', `${CO_MKT}力争全年查办案件不少于300件。`, {}],
  ['a document number of discretion rules', `${CO_EMG}印发《行政处罚自由裁量权基准》（杉应急〔2023〕7号）。`, {}],
  ['a score of penalty files', `${CITY_MKT}在全省行政处罚案卷评查中得分98分。`, {}],
  ['a hotline\'s number and its reports', `${CO_ZF}开通城管执法举报热线（电话：6123456），全年受理群众举报2860件。`, {}],
  ['the first half\'s penalties', `${CO_MKT}上半年作出行政处罚决定126件。`, {}],
  ['penalties of the year before', `${CO_MKT}2022年作出行政处罚决定238件。`, {}],
  tw(['a span of cases', `${CO_ZF}近三年共查处违法建设案件860起。`, {}]),
  tw(['a plan of fines next year', `${CO_TAX}2024年计划罚没入库300万元。`, {}]),
]
