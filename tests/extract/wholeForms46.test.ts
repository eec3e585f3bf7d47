/**
 * The forms whole reports 46 found (wholeReports46*.ts), each alone with its near misses: a quoted 网上办 before its rate, a
 * field's word inside 持有…执法证件, internal-control checks, a review count with its outcome as a bare aside, 备案审查 with ten
 * characters of senders before its documents, a 清理 of 文件 after a clause naming 规范性文件清理, and 户次 of lenient treatment
 * (firms, 户, stay none: enforcementForms45).
 */
import { catalogue } from './seeds'
import { probeSuite, type Probe39 } from './unseenForms39'

const IDS = catalogue.indicators.map((i) => i.id)
const t = (organ: string, body: string) => `${organ}2023年法治政府建设年度报告\n2023年，${body}`
const tT = (organ: string, body: string) => `${organ}2023年法治政府建設年度報告\n2023年，${body}`

const FORMS: Probe39[] = [
  ['网上办 in quotes before its rate', t('岚州市税务局', '全市办税缴费事项“网上办”比例达到96.5%。'), { online_processing_pct: [96.5, 'exact'] }],
  ['网上办 in corner quotes, traditional', tT('梧州市醫療保障局', '醫保服務事項「網上辦」比例達到88%。'), { online_processing_pct: [88, 'exact'] }],
  ['网上办 in quotes, a target', t('岚州市税务局', '2024年力争“网上办”比例达到98%以上。'), {}],
  ['a field\'s word inside 持有…执法证件', t('连江海关', '全关持有海关执法证件的人员1560名。'), { certified_officers: [1560, 'exact'] }],
  ['a field\'s word, people without the certificate', t('凤山县农业农村局', '全局未持有农业执法证件的人员12名。'), {}],
  ['internal-control checks', t('连江海关', '全年开展内控检查2次，梳理执法风险点126个。'), {}],
  ['internal-control checks beside inspections', t('岱山县市场监督管理局', '全年开展内控检查2次，开展执法检查860次。'), { enforcement_inspections: [860, 'exact'] }],
  ['a review count with its outcome as a bare aside', t('凤山县农业农村局', '行政复议案件：1件（维持）。'), { reconsideration_cases: [1, 'exact'] }],
  ['a review count with 均维持 as an aside', t('凤山县农业农村局', '全年发生行政复议案件2件（均维持）。'), { reconsideration_cases: [2, 'exact'] }],
  ['upheld reviews counted', t('凤山县农业农村局', '复议机关维持原行政行为2件。'), {}],
  ['备案审查 with ten characters of senders', t('云岭彝族自治州司法局', '审核以州政府名义印发的规范性文件11件，备案审查各县市政府和州级部门报送的规范性文件58件。'),
    { normative_docs_reviewed: [11, 'exact'], normative_docs_filed: [58, 'exact'] }],
  ['备案审查 after the year', t('云岭彝族自治州司法局', '全年备案审查各县市政府和州级部门报送的规范性文件58件。'), { normative_docs_filed: [58, 'exact'] }],
  ['文件 cleaned after a clause naming 规范性文件清理', t('沅江高新区管委会', '开展规范性文件专项清理，清理文件27件，废止5件。'),
    { normative_docs_reviewed: [27, 'exact'] }],
  ['lenient treatment in 户次', t('岚州市税务局', '对首次发生的轻微税收违法行为不予处罚1436户次。'), { lenient_cases: [1436, 'exact'] }],
  ['lenient firms in 户', t('岚州市税务局', '“首违不罚”惠及纳税人1290户。'), {}],
]

probeSuite('whole reports 46\'s forms, each alone', FORMS, IDS, new Set())

const HIGHER_UNIT: Probe39[] = [
  ['a county bureau\'s station in a town\'s report', t('梅溪镇人民政府', '县市场监管局梅溪所全年查处案件26件。'), {}],
  ['a county bureau\'s brigade in a town\'s report', t('梅溪镇人民政府', '县自然资源局执法大队查处违法用地案件9件。'), {}],
  ['the town\'s own brigade', t('梅溪镇人民政府', '镇综合行政执法队全年查处案件26件。'), { enforcement_cases: [26, 'exact'] }],
  ['a city bureau\'s own unit in its own report', t('江州市生态环境局', '市生态环境局执法支队全年查处环境违法案件46件。'), { enforcement_cases: [46, 'exact'] }],
]

probeSuite('a higher level\'s bureau\'s unit as the subject: that bureau\'s figure', HIGHER_UNIT, IDS, new Set())
