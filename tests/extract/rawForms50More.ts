/**
 * A second batch for the raw forms of round 50 (rawForms50.ts), in new wording, written after the rule and run once as written
 * (tests/fixtures/corpus/README.md, "Raw forms 50", says how many passed): the year's amount named as the measure's total after
 * parts by procedure or by kind, and the near misses where a part's 累计 stands alone. Sentences invented for this test.
 */
import { head, type Probe39 } from './unseenForms39'

const A = head('云溪区农业农村局')
const B = head('松岭镇人民政府')
const D = head('云溪区交通运输局')

export const MORE_50: Probe39[] = [
  ['total as 罚没款总额 after a kind\'s 共计 part', `${A}全年办理行政处罚案件44件，其中简易程序案件9件，共计罚款2400元，普通程序案件35件，罚款18.2万元，罚没款总额18.44万元。`,
    { penalty_cases: [44, 'exact'], fines_yuan: [184400, 'exact'] }],
  ['total as 罚款总额为 after parts with 累计', `${B}镇综合执法队适用简易程序案件120起，累计罚款1.2万元；适用一般程序案件16起，罚款9.6万元；罚款总额为10.8万元。`,
    { penalty_cases: [136, 'derived'], fines_yuan: [108000, 'exact'] }],
  ['near miss: a kind\'s 共计 with the year\'s cases before it, no total', `${D}全年查处交通违法案件310件，其中一般程序案件42件，共计罚款63万元。`,
    { enforcement_cases: [310, 'exact'], fines_yuan: [630000, 'exact'] }],
  ['the year\'s 累计 total after parts by procedure', `${D}简易程序案件70件，罚款1.4万元；一般程序案件25件，罚款30万元；全年累计罚款31.4万元。`,
    { penalty_cases: [95, 'derived'], fines_yuan: [314000, 'exact'] }],
]
