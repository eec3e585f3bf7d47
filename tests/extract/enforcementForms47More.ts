/**
 * The second batch of round 47's enforcement probes (enforcementForms47.ts), written after its rules and committed before they were run
 * on it: the same forms in new wording, other sectors, other levels and other places — people and vehicles sent out, entities and
 * sites against checks, problems found against cases, transfers given and taken, a wider area's or the bodies below's totals, actions
 * another body organised or led (在…统一组织下, 由…牵头, a joint team as the subject), the year before and spans, money involved against
 * fines, caps and targets (控制在, 力争), rates, a campaign's part or a campaign whose name gives a span shorter than the year (百日, 30天,
 * 冬季), a check season's 期间, filed against closed, hazards found, left or being rectified against rectified, fines paid by instalments,
 * penalties sent to the court to enforce, and a government's bodies beside its area's total. Sentences invented for this test.
 */
import { head, headT, type Probe39 } from './unseenForms39'

const SC = head('南山县市场监督管理局')
const SCT = headT('南山縣市場監督管理局')
const CG = head('江口市城市管理局')
const ZF = head('南山县综合行政执法局')
const JT = head('江口市交通运输局')
const HB = head('南山县生态环境分局')
const HBP = head('河北省生态环境厅')
const YJ = head('南山县应急管理局')
const YJT = headT('南山縣應急管理局')
const NY = head('江口市农业农村局')
const ZR = head('南山县自然资源局')
const WJ = head('江口市卫生健康委员会')
const WL = head('南山县文化旅游体育局')
const SL = head('江口市水务局')
const LY = head('南山县林业局')
const XF = head('江口市消防救援支队')
const RS = head('江口市人力资源和社会保障局')
const G = head('南山县人民政府')
const GT = headT('南山縣人民政府')
const GC = head('江口市人民政府')
const Z = head('石门镇人民政府')
const ST = head('城西街道办事处')

export const FRESH_47: Probe39[] = [
  // people and vehicles, entities, problems
  ['fresh: officers and boats sent out, then the cases', `${NY}累计出动渔政执法人员2400人次、执法船艇180艘次，查处违法违规案件38起。`, { enforcement_cases: [38, 'exact'] }],
  ['fresh: inspectors sent out alone, traditional', `${SCT}全年出動執法人員5200餘人次。`, {}],
  ['fresh: stores in 家 beside the checks in 次', `${WL}对全县86家网吧、KTV开展执法检查310次。`, { enforcement_inspections: [310, 'exact'] }],
  ['fresh: issues found then filed', `${ZR}巡查发现疑似违法问题62个，立案查处17宗。`, { enforcement_cases: [17, 'exact'] }],
  ['fresh: problems found alone in a street', `${ST}在日常巡查中发现各类问题930个。`, {}],
  // transfers
  ['fresh: clues handed over by the grid', `${ZF}受理网格员上报并移交的案件线索146条。`, {}],
  ['fresh: cases taken over from the police', `${SC}承接公安机关移送的案件9件。`, {}],
  ['fresh: transfers beside the cases, traditional', `${SCT}查處違法案件412件，移送司法機關11件。`, { enforcement_cases: [412, 'exact'] }],
  // wider areas and the bodies below
  ['fresh: the province\'s total in a county branch', `${HB}全省生态环境系统下达处罚决定书7400余份。`, {}],
  ['fresh: the county\'s teams in a town', `${Z}全县各乡镇综合执法队共办理案件1800余件。`, {}],
  ['fresh: the province (own area), its cities below', `${HBP}全省共查处环境违法案件6100件，罚没款3.4亿元。`, { enforcement_cases: [6100, 'exact'], fines_yuan: [340000000, 'exact'] }],
  // joint and led by others
  ['fresh: under the city bureau\'s organising', `${ZF}在市城管局统一组织下，参加跨区域联合执法，查处违法行为22起。`, {}],
  ['fresh: led by the market bureau', `${ST}由区市场监管局牵头，开展食品安全联合检查，查处违法行为15起。`, {}],
  ['fresh: a joint inspection group as the subject', `${YJ}安全生产联合检查组检查企业210家次。`, {}],
  ['fresh: a joint special team as the subject', `${LY}打击毁林联合工作专班查处案件9起。`, {}],
  ['fresh: led by the author itself stays its own', `${SC}由我局牵头，查处违法案件46件。`, { enforcement_cases: [46, 'exact'] }],
  // years and spans
  ['fresh: last year\'s figure in its own sentence', `${JT}去年全年查处违法运输案件1020件。`, {}],
  ['fresh: five years together', `${CG}五年来共查处违法建设案件2100余件。`, {}],
  ['fresh: an aside of the year before, fines', `${SL}罚款金额28万元（2022年为36万元）。`, { fines_yuan: [280000, 'exact'] }],
  // money, caps, targets, rates
  ['fresh: the value of goods beside the fines', `${SC}罚没款76万元，涉案货值190万元。`, { fines_yuan: [760000, 'exact'] }],
  ['fresh: a cap on fines', `${CG}罚没收入控制在500万元以内。`, {}],
  ['fresh: a cap on cases in traditional', `${SCT}罰沒款控制在200萬元以內。`, {}],
  ['fresh: a target of checks', `${YJ}力争全年执法检查不少于400次。`, {}],
  ['fresh: a rate of cases', `${ZF}案件按期办结率达99.2%。`, {}],
  // campaigns and seasons
  ['fresh: a 30-day campaign\'s figures', `${SC}组织开展“30天”集中整治，检查经营户420家次，查处违法案件19件。`, {}],
  ['fresh: a winter campaign\'s figures', `${XF}开展冬季火灾防控专项行动，检查单位1800家次，督改隐患2600处。`, {}],
  ['fresh: a hundred-day campaign, then the year', `${YJT}開展“百日攻堅”行動，整改隱患900處。全年共整改隱患3100處。`, { hazards_rectified: [3100, 'exact'] }],
  ['fresh: a check season\'s 期间', `${XF}冬春火灾防控检查期间，检查单位920家次。`, {}],
  ['fresh: a named campaign\'s part after 其中', `${JT}查处违法案件860件，其中“蓝天行动”中查处210件。`, { enforcement_cases: [860, 'exact'] }],
  ['fresh: a plain campaign without a span stays read', `${JT}开展道路运输执法检查，检查企业160家次，查处违法案件42件。`, { enforcement_inspections: [160, 'exact'], enforcement_cases: [42, 'exact'] }],
  // filed and closed
  ['fresh: filed, closed and carried over', `${LY}新立案林业行政案件28起，结案31起（含上年结转3起）。`, { enforcement_cases: [28, 'exact'] }],
  // hazards
  ['fresh: hazards left to rectify', `${YJ}排查隐患1260处，已整改1190处，剩余70处正在整改中。`, { hazards_rectified: [1190, 'exact'] }],
  ['fresh: hazards under rectification alone', `${YJ}尚有32处隐患正在整改。`, {}],
  ['fresh: hazards found alone, traditional', `${YJT}排查發現安全隱患2100處。`, {}],
  // fines and penalties beside other acts
  ['fresh: fines deferred', `${SC}依法准予延期缴纳罚款2件，涉及金额6万元。`, {}],
  ['fresh: fines by instalments beside the fines', `${SC}罚款金额120万元，准予分期缴纳罚款3件。`, { fines_yuan: [1200000, 'exact'] }],
  ['fresh: penalties the court is asked to enforce', `${ZR}对逾期不履行的行政处罚决定申请人民法院强制执行4件。`, {}],
  ['fresh: penalties with the court enforcing some', `${ZR}作出行政处罚决定52件，申请法院强制执行4件。`, { penalty_cases: [52, 'exact'] }],
  // a government's bodies beside its area's total
  ['fresh: a county\'s total then a department', `${G}全县行政执法机关共查处违法案件3800件；县交通运输局查处违法运输案件620件。`, { enforcement_cases: [3800, 'exact'] }],
  ['fresh: a department first, then the county\'s total', `${G}县市场监管局查处违法案件480件。全县各执法部门共查处违法案件3800件。`, { enforcement_cases: [3800, 'exact'] }],
  ['fresh: a town\'s team beside the county\'s total, traditional', `${GT}全縣行政執法部門立案查處案件3800件；石門鎮綜合執法隊查處違法行為96起。`, { enforcement_cases: [3800, 'exact'] }],
  ['fresh: a city government: a district bureau beside the city\'s penalties', `${GC}全市作出行政处罚决定2.6万件；市城管局作出行政处罚决定3100件。`, { penalty_cases: [26000, 'exact'] }],
  ['fresh: a department alone in a government\'s report stays read', `${G}县应急管理局实施行政处罚68件。`, { penalty_cases: [68, 'exact'] }],
  ['fresh: a town\'s own team in its report', `${Z}石门镇综合执法队查处违法行为64起。`, { enforcement_cases: [64, 'exact'] }],
  // sectors' own figures
  ['fresh: health supervision cases and fines', `${WJ}立案查处卫生健康违法案件132件，罚没款64.5万元。`, { enforcement_cases: [132, 'exact'], fines_yuan: [645000, 'exact'] }],
  ['fresh: labour inspection with the wages', `${RS}立案查处劳动保障违法案件57件，为职工追发工资及赔偿金880万元。`, { enforcement_cases: [57, 'exact'] }],
  ['fresh: water with the river patrols', `${SL}开展河湖执法巡查410次，立案查处水事违法案件13件。`, { enforcement_cases: [13, 'exact'] }],
]

const SCX = head('青河县市场监督管理局')
const YJX = head('青河县应急管理局')
const GAX = head('青河县公安局')

/**
 * Forms found by trying sentences on the rules after the second batch passed (so no first-run figure): a heading that names a wider area,
 * a police station in a report other than the police's, enterprises' self-checks beside rectified hazards, a part of a total the author only
 * helped with, fines averaged after their noun. Each with the near miss that stays read.
 */
export const FOUND_47: Probe39[] = [
  ['found: a wider area\'s heading over its figures', `${SCX}本局全年规范执法。\n（三）全市市场监管执法情况\n全年共查处违法案件3600件，罚没款2860万元。`, {}],
  ['found: the own area\'s heading stays read', `${SCX}本局全年规范执法。\n（三）全县市场监管执法情况\n全年共查处违法案件360件，罚没款286万元。`, { enforcement_cases: [360, 'exact'], fines_yuan: [2860000, 'exact'] }],
  ['found: the author\'s part under a wider area\'s heading', `${SCX}本局全年规范执法。\n（三）全市市场监管执法情况\n全市共查处违法案件3600件，其中本局查处236件。`, { enforcement_cases: [236, 'exact'] }],
  ['found: a police station in a town\'s report', `${Z}派出所查处治安案件36起。`, {}],
  ['found: a named police station in a government\'s report', `${G}城关派出所受理治安案件420起。`, {}],
  ['found: a police station in the police\'s own report', `${GAX}城关派出所查处治安案件36起。`, { enforcement_cases: [36, 'exact'] }],
  ['found: the town\'s own team beside the station', `${Z}镇综合执法队查处违法行为48起，派出所查处治安案件36起。`, { enforcement_cases: [48, 'exact'] }],
  ['found: enterprises\' self-checks then rectified', `${YJX}督促企业自查隐患3200处，整改3100处。`, { hazards_rectified: [3100, 'exact'] }],
  ['found: self-checks alone', `${YJX}企业自查隐患3200处。`, {}],
  ['found: self-checked and self-rectified', `${YJX}督促企业自查自改隐患3200处。`, { hazards_rectified: [3200, 'exact'] }],
  ['found: a fine inside a total the author helped with', `${SCX}配合市局查处案件4件，其中罚款12万元。`, {}],
  ['found: a fine inside its own total', `${SCX}查处违法案件40件，其中罚款12万元。`, { enforcement_cases: [40, 'exact'], fines_yuan: [120000, 'exact'] }],
  ['found: fines averaged after their noun', `${SCX}处罚案件的罚没款平均为1.2万元。`, {}],
  ['found: fines then their average', `${SCX}罚没款186万元，平均每案0.8万元。`, { fines_yuan: [1860000, 'exact'] }],
]
