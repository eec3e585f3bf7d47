/**
 * Another department named as the subject of a clause's act, in a department's report (src/extract/otherDepartment.ts): its
 * figure is that department's, never the author's. Before the rule, the first three probes read 318 penalties, 120 cases and
 * 420 checks as the author's (the whole-reports round found the form). Near misses: the author under its own short name, its own
 * unit, the author named in full, and a government's report, whose departments' work the area rules read.
 */
import { catalogue } from './seeds'
import { probeSuite, type Probe39 } from './unseenForms39'

const IDS = catalogue.indicators.map((i) => i.id)
const t = (organ: string, body: string) => `${organ}2023年法治政府建设年度报告\n2023年，${body}`

const OTHERS: Probe39[] = [
  ['the police bureau\'s penalties in a labour bureau\'s report', t('平江县人力资源和社会保障局', '县公安局全年办理行政处罚案件318件。'), {}],
  ['the market regulator\'s cases in a justice bureau\'s report', t('平江县司法局', '县市场监管局全年查处违法案件120件。'), {}],
  ['the market regulator\'s checks in a health bureau\'s report', t('雨花区卫生健康局', '区市场监管局开展药品检查420次。'), {}],
  ['the justice bureau\'s courses in a transport bureau\'s report', t('平江县交通运输局', '县司法局举办法治培训班3期。'), {}],
  ['in traditional script', `平江县市场监督管理局2023年法治政府建設年度報告\n2023年，縣公安局全年辦理行政處罰案件318件。`, {}],
  ['another bureau\'s cases, then the author\'s own', t('岳阳市应急管理局', '市生态环境局依法查处环境违法案件56件，我局查处安全生产违法案件31件。'),
    { enforcement_cases: [31, 'exact'] }],
]

const OWN: Probe39[] = [
  ['the author under its short name', t('平江县人力资源和社会保障局', '县人社局查处劳动保障违法案件46件。'), { enforcement_cases: [46, 'exact'] }],
  ['the author\'s own unit', t('平江县公安局', '县公安局交警大队全年查处交通违法案件3200件。'), { enforcement_cases: [3200, 'exact'] }],
  ['the author\'s unit named with its full name', t('平江县市场监督管理局', '县市场监督管理局执法稽查大队查处违法案件88件。'), { enforcement_cases: [88, 'exact'] }],
  ['the author named by its level', t('平江县司法局', '县司法局全年办理行政复议案件26件。'), { reconsideration_cases: [26, 'exact'] }],
  ['a department\'s cases in its government\'s report', t('平江县人民政府', '县市场监管局查处违法案件120件。'), { enforcement_cases: [120, 'exact'] }],
]

probeSuite('another department as the subject: its own figure, not the author\'s', OTHERS, IDS, new Set())
probeSuite('the author, its units and a government\'s departments: read as before', OWN, IDS, new Set())
