/**
 * Open forms of round 52: forms earlier rounds found on real pages and left open (tests/fixtures/corpus/README.md, "Open forms 52"),
 * each in new wording with near misses that must keep their reading. Sentences invented for this test (the real reports' register,
 * no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

/** A probe in traditional script (its head too). */
const tw = ([form, text, want]: Probe39): Probe39 => [`${form} (traditional)`, toTraditional(text), want]

const ZF = head('临江县综合行政执法局')
const TOWN = head('白沙镇人民政府')
const STREET = head('城南街道办事处')
const TRAFFIC = head('临江县交通运输局')
const ENV = head('临江市生态环境局')
const WATER = head('临江县水利局')
const J = head('临江县司法局')
const G = head('临江县人民政府')

/**
 * Cases named only by their procedure (lead's ruling of round 52, the corpus README's procedure rulings): a lone count of general- or
 * ordinary-procedure cases (办理/办结/查办/立案查处…一般程序/普通程序案件N件) with no stated total and no other procedure in its
 * paragraph is the year's enforcement cases as written (n-open-rushan's 立案查办一般程序案件759起), never penalty cases alone. With a
 * total before it, after 其中, beside another procedure, of a court or a review organ, in a past year or a target, it gives nothing alone.
 */
export const LONE_PROCEDURE_52: Probe39[] = [
  ["a town team's 立案查处一般程序案件", `${TOWN}镇综合行政执法中队全年立案查处一般程序案件41起。`, { enforcement_cases: [41, 'exact'] }],
  ['办结普通程序案件 in Chinese numerals, then a closure rate', `${ZF}全年共办结普通程序案件二百一十六件，结案率100%。`,
    { enforcement_cases: [216, 'exact'] }],
  tw(["a bureau's 办理一般程序案件 in 宗", `${TRAFFIC}全年办理一般程序案件329宗。`, { enforcement_cases: [329, 'exact'] }]),
  ['查办普通程序案件 before the fines', `${TRAFFIC}查办普通程序案件75件，罚没款42.6万元。`,
    { enforcement_cases: [75, 'exact'], fines_yuan: [426000, 'exact'] }],
  ['依法办理 with a closing clause', `${STREET}街道综合执法队依法办理一般程序案件17件，均已办结。`, { enforcement_cases: [17, 'exact'] }],
  ['the penalties among them after it', `${ENV}全年查办一般程序案件75件，其中作出行政处罚决定68件。`,
    { enforcement_cases: [75, 'exact'], penalty_cases: [68, 'exact'] }],
  ['a hearing held after it', `${WATER}办理普通程序案件46件，组织听证2场。`, { enforcement_cases: [46, 'exact'] }],
  // near misses
  ['near miss: a total of cases before its general part', `${ZF}办理行政执法案件263件，其中一般程序案件58件。`, { enforcement_cases: [263, 'exact'] }],
  ['near miss: the other procedure in the paragraph', `${ZF}办理一般程序案件96件，简易程序案件同比增加20件。`, {}],
  ['near miss: last year\'s general cases', `${ZF}上年办理一般程序案件280件。`, {}],
  ['near miss: a court\'s ordinary procedure', `${G}县人民法院适用普通程序审结行政案件31件。`, {}],
  ['near miss: a target of general cases', `${ZF}力争全年办理一般程序案件不少于300件。`, {}],
  ['near miss: the days a general case takes', `${ZF}一般程序案件平均办案时长缩短至28天。`, {}],
  ['near miss: reviews heard by the ordinary procedure', `${J}按普通程序审理行政复议案件22件。`, { reconsideration_cases: [22, 'exact'] }],
  ['near miss: the simple procedure alone', `${STREET}街道适用简易程序办理案件138件。`, {}],
]
