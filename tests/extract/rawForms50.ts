/**
 * Raw forms of round 50 (tests/fixtures/corpus/README.md, "Raw forms 50"): forms the original wording of dev pages showed that our
 * rewordings had smoothed away. A year's amount named as the measure's total (罚款总额达…, 罚没总金额…) after a breakdown by kind of
 * procedure whose parts add up their own cases' amounts (…简易程序案件N起，累计罚款…). Sentences invented for this test.
 */
import { head, type Probe39 } from './unseenForms39'

const Z = head('东湖街道办事处')
const C = head('青杉县城市管理局')
const M = head('青杉县市场监督管理局')
const X = head('石塘镇人民政府')

export const RAW_50: Probe39[] = [
  // a procedure kind's own cases added up by 累计/共, then the year's amount named as the measure's total
  ['a kind\'s 累计 part, then 罚款总额达', `${Z}全年办理行政处罚案件65起；其中适用简易程序案件58起，累计罚款8600元；适用普通程序案件7起，罚款41200元，全年罚款总额达49800元。`,
    { penalty_cases: [65, 'exact'], fines_yuan: [49800, 'exact'] }],
  ['a kind\'s 共 part, then 罚没总额为', `${C}当年共查处违法案件130件，其中一般程序案件24件，共处罚款36.5万元，简易程序案件106件，罚款1.9万元，罚没总额为38.4万元。`,
    { enforcement_cases: [130, 'exact'], fines_yuan: [384000, 'exact'] }],
  ['parts by procedure, then 罚没总金额', `${X}适用简易程序办理案件31起，合计罚款6200元，适用一般程序办理案件5起，罚款22000元，罚没总金额28200元。`,
    { penalty_cases: [36, 'derived'], fines_yuan: [28200, 'exact'] }],
  ['parts by procedure, then 罚款总金额 in a new sentence', `${M}简易程序案件212件，累计罚款4.3万元；普通程序案件67件，罚款118.6万元。全年罚款总金额122.9万元。`,
    { penalty_cases: [279, 'derived'], fines_yuan: [1229000, 'exact'] }],
  // near misses: stay as they are
  ['near miss: a kind\'s 累计 with no total after it', `${Z}全年适用简易程序办理案件58起，累计罚款8600元。`, { fines_yuan: [8600, 'exact'] }],
  ['near miss: the year\'s cases and 累计罚款', `${C}全年共办理行政处罚案件86件，累计罚款52.4万元。`, { penalty_cases: [86, 'exact'], fines_yuan: [524000, 'exact'] }],
  ['near miss: parts by procedure with no total', `${X}简易程序案件31起，罚款6200元；一般程序案件5起，罚款22000元。`,
    { penalty_cases: [36, 'derived'], fines_yuan: [28200, 'derived'] }],
  ['near miss: a total with 共计 after parts', `${M}简易程序案件212件，罚款4.3万元；普通程序案件67件，罚款118.6万元，全年罚款共计122.9万元。`,
    { penalty_cases: [279, 'derived'], fines_yuan: [1229000, 'exact'] }],
]
