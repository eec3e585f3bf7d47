/**
 * Mediation forms of round 52 (issue 11: holdout mediation F1 0.80). Weighted to precision: figures beside the mediation words that
 * are not the author's own count of the year — other bodies' (a court's pre-suit and entrusted mediation, police stations, an
 * arbitration tribunal, a committee named by its disputes, the villages' committees, a petition bureau), mediation the author only
 * helped with, petitions and backlogs against disputes, other rates (履行率, 结案率, 满意率, 办结率, 调处率) against the success rate,
 * committees, mediators and money counted, averages, spans, parts of the year, the year before, targets, judicial confirmation,
 * disputes still in mediation. And the own figure in varied wording: after a colon, before its predicate, in Chinese numerals, with
 * 余, the rate with its change after it, the author's rate after the province's. Authors of five levels, a share in traditional
 * script. Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { tw } from './crossForms50'
import { CITY_JUS, CO_GOV, CO_HLT, CO_HR, CO_JUS, CO_MKT, CO_NAT, STREET, TOWN } from './trainForms52'

const MIN = head('司法部')
const CITY_GOV = head('鹿鸣市人民政府')
const CO_PET = head('岚溪县信访局')
const CO_ZF = head('岚溪县综合行政执法局')

/** The author's own disputes, successes, rates and petitions. */
export const OWN_M52: Probe39[] = [
  ['successes and the rate of a justice bureau', `${CO_JUS}全年调解成功矛盾纠纷1268件，调解成功率98.2%。`,
    { disputes_resolved: [1268, 'exact'], mediation_success_pct: [98.2, 'exact'] }],
  ['a town\'s sweep and its resolved part', `${TOWN}我镇全年排查矛盾纠纷236件，化解228件。`,
    { disputes_identified: [236, 'exact'], disputes_resolved: [228, 'exact'] }],
  ['a street\'s accepted, succeeded and rate', `${STREET}街道全年受理矛盾纠纷148件，调解成功142件，调解成功率95.9%。`,
    { disputes_identified: [148, 'exact'], disputes_resolved: [142, 'exact'], mediation_success_pct: [95.9, 'exact'] }],
  ['a city bureau\'s disputes resolved', `${CITY_JUS}全年化解各类矛盾纠纷3260件。`, { disputes_resolved: [3260, 'exact'] }],
  ['a petition bureau\'s matters', `${CO_PET}全年受理群众信访事项426件次。`, { petitions_handled: [426, 'exact'] }],
  ['a labour bureau\'s own settling of disputes', `${CO_HR}调处劳动纠纷86件，成功调处79件。`, { disputes_resolved: [79, 'exact'] }],
  ['resolved in Chinese numerals', `${STREET}成功化解矛盾纠纷一百二十六件。`, { disputes_resolved: [126, 'exact'] }],
  ['agreements reached', `${TOWN}达成人民调解协议312件。`, { disputes_resolved: [312, 'exact'] }],
  ['sweep, resolved and rate after a heading colon', `${TOWN}矛盾纠纷排查化解：排查纠纷96件，化解93件，化解成功率96.9%。`,
    { disputes_identified: [96, 'exact'], disputes_resolved: [93, 'exact'], mediation_success_pct: [96.9, 'exact'] }],
  ['a land bureau\'s disputes settled with success', `${CO_NAT}调处土地权属争议纠纷12件，成功调处10件。`, { disputes_resolved: [10, 'exact'] }],
  ['a bare mediated count with 余', `${STREET}调解各类纠纷300余件。`, { disputes_resolved: [300, 'approx'] }],
  ['the rate with its change after it', `${CO_JUS}调解成功率达97.5%，同比提高1.2个百分点。`, { mediation_success_pct: [97.5, 'exact'] }],
  ['the handled rate before the success rate', `${CO_JUS}矛盾纠纷调处率100%，调解成功率96.5%。`, { mediation_success_pct: [96.5, 'exact'] }],
  ['the author\'s rate after the province\'s', `${CO_JUS}全省人民调解成功率为97%，我县为98.2%。`, { mediation_success_pct: [98.2, 'exact'] }],
  tw(['successes of a justice bureau in traditional script', `${CO_JUS}成功调解各类纠纷856件。`, { disputes_resolved: [856, 'exact'] }]),
  tw(['a ministry\'s own petitions', `${MIN}部机关全年办理群众来信来访1260件次。`, { petitions_handled: [1260, 'exact'] }]),
]

/** Other bodies' mediation, and mediation the author only helped with. */
export const OTHERS_M52: Probe39[] = [
  ['a court\'s pre-suit mediation in a government\'s report', `${CO_GOV}县人民法院全年诉前调解纠纷1860件，调解成功920件。`, {}],
  ['cases a court entrusted to mediation', `${CO_JUS}县法院委派调解案件312件，成功调解186件。`, {}],
  ['police stations\' mediation in a justice bureau', `${CO_JUS}各派出所调解治安纠纷1260起。`, {}],
  ['the villages\' committees in a town', `${TOWN}各村（社区）调委会调解纠纷86件。`, {}],
  ['an arbitration tribunal\'s mediation', `${CO_HR}县劳动人事争议仲裁院仲裁调解案件156件，调解成功率82%。`, {}],
  ['a committee named by its disputes', `${CO_HLT}县医疗纠纷人民调解委员会调解医疗纠纷32件。`, {}],
  ['a petition bureau in a justice bureau\'s report', `${CO_JUS}县信访局全年受理信访事项1326件。`, {}],
  ['helping a court\'s pre-suit mediation', `${CITY_JUS}协助法院开展诉前调解36件。`, {}],
  ['joining a district bureau\'s mediation', `${STREET}配合区司法局调解重大疑难纠纷5件。`, {}],
  ['the county\'s towns in a labour bureau', `${CO_HR}各乡镇劳动保障所调解劳动纠纷420件。`, {}],
  ['a named town\'s committee in a government\'s report', `${CITY_GOV}云台镇人民调解委员会调解纠纷126件。`, {}],
  tw(['a court\'s success rate', `${CO_GOV}县人民法院诉前调解成功率达62%。`, {}]),
  tw(['a named office\'s disputes in a city bureau', `${CITY_JUS}城北司法所调解纠纷236件。`, {}]),
]

/** Petitions and backlogs against disputes; visits against matters. */
export const PETITIONS_M52: Probe39[] = [
  ['petition backlogs resolved', `${CO_GOV}化解信访积案26件。`, {}],
  ['prominent petition problems', `${TOWN}排查化解信访突出问题18个。`, {}],
  ['visits received in 批次 before the matters', `${CO_MKT}接待群众来访326批次，受理信访事项58件。`, { petitions_handled: [58, 'exact'] }],
  ['petitions closed on time as a rate', `${CITY_GOV}信访事项按期办结率100%。`, {}],
  ['petition-born conflicts settled', `${TOWN}调处信访矛盾32件。`, {}],
  tw(['petitions handed to the petition bureau', `${CO_ZF}向县信访局移交信访件12件。`, {}]),
]

/** Other rates, counted things, money, averages, time scopes, targets and stages. */
export const NEAR_M52: Probe39[] = [
  ['an agreement\'s fulfilment rate', `${STREET}调解协议履行率达99%。`, {}],
  ['the mediators\' training rate', `${CO_JUS}人民调解员培训率100%。`, {}],
  ['satisfaction with mediation', `${TOWN}群众对调解工作满意率达98.6%。`, {}],
  ['an arbitration closure rate', `${CO_HR}劳动人事争议仲裁结案率96%。`, {}],
  ['committees and mediators counted', `${CO_JUS}全县建成人民调解委员会216个，配备调解员860名。`, {}],
  ['money involved in disputes', `${CO_JUS}调解纠纷涉及金额1260万元。`, {}],
  ['the year before\'s disputes', `${CO_JUS}2022年调解纠纷1860件。`, {}],
  ['three years of resolved disputes', `${CO_JUS}近三年累计化解矛盾纠纷8600余件。`, {}],
  ['the first half\'s disputes', `${STREET}上半年化解纠纷68件。`, {}],
  ['a target rate', `${CO_GOV}力争矛盾纠纷调解成功率达到98%以上。`, {}],
  ['agreements confirmed by a court', `${CO_JUS}申请司法确认调解协议56件。`, {}],
  ['disputes still being settled', `${CO_JUS}正在调处的纠纷12件。`, {}],
  ['a sweep\'s activities', `${CO_JUS}开展矛盾纠纷排查活动48次。`, {}],
  ['legacy problems resolved', `${CO_NAT}化解历史遗留问题12个。`, {}],
  ['the mediators\' average', `${CO_JUS}人民调解员人均调解纠纷28件。`, {}],
  ['reviews closed by mediation', `${CITY_GOV}行政复议案件通过调解和解结案12件。`, {}],
  ['legal aid cases', `${CO_JUS}法律援助中心办理法律援助案件326件。`, {}],
  ['hotline calls', `${CO_JUS}12348热线接听法律咨询电话5600余个。`, {}],
  ['disputes between enforcement bodies', `${CO_ZF}协调解决行政执法争议3件。`, {}],
  ['a campaign\'s month of disputes', `${TOWN}“矛盾纠纷排查化解月”活动期间排查纠纷42件。`, {}],
  ['the bureau\'s own part after the county\'s total', `${CO_HR}全县各级劳动争议调解组织调解成功纠纷1260件，其中县局本级调解成功86件。`,
    { disputes_resolved: [86, 'exact'] }],
  tw(['the mediation rate of one kind', `${CO_JUS}婚姻家庭纠纷调解成功率为99%。`, {}]),
  tw(['the year before\'s rate in an aside', `${CO_JUS}调解成功率98%（2022年为96%）。`, { mediation_success_pct: [98, 'exact'] }]),
]

export const ALL_M52: [string, Probe39[]][] = [
  ['own', OWN_M52], ['others', OTHERS_M52], ['petitions', PETITIONS_M52], ['near', NEAR_M52],
]
