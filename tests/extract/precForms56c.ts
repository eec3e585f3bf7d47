/**
 * Precision forms of round 56, third batch (prec56b): the value forms prec56 left open — documents made since a date or a congress
 * as a cleanup's object, a cleanup's screened total with its outcomes after 其中, a theory study whose topics after it name law
 * only after a political topic — with near misses in new wording: spans of years counted up (累计, 自…以来 opening the clause),
 * documents made (no cleanup), a sweep's finds, law studied alone or in the study's own clause. Sentences invented for this test
 * (the real reports' register, no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const LQ_GOV = head('鹿泉县人民政府')
const LQ_JUS = head('鹿泉县司法局')
const LQ_HLT = head('鹿泉县卫生健康局')
const YS_GOV = head('云杉市人民政府')
const YS_EDU = head('云杉市教育局')
const YS_TR = head('云杉市交通运输局')
const BANNER = head('白音旗人民政府')
const ZONE = head('松川经济技术开发区管理委员会')
const TOWN = head('石湾镇人民政府')
const STREET = head('云杉市东门街道办事处')
const PROV_NR = head('某省自然资源厅')
const LQ_ENV_T = headT('鹿泉縣生態環境分局')

export const PREC_56C: Probe39[] = [
  // documents made since a date or a congress as a cleanup's object: the year's cleanup
  ['dated object: documents made since a congress, cleaned', `${LQ_GOV}对党的十八大以来制定的各类规范性文件开展专项清理，共清理文件74件。`,
    { normative_docs_reviewed: [74, 'exact'] }],
  ['dated object: documents issued since a year, cleaned', `${YS_GOV}对2016年以来出台的行政规范性文件进行全面清理，清理文件132件。`,
    { normative_docs_reviewed: [132, 'exact'] }],
  ['dated object: a bureau\'s own since a year, the count first', `${YS_TR}对本局2018年以来印发的规范性文件集中清理，共清理29件。`,
    { normative_docs_reviewed: [29, 'exact'] }],
  ['dated object: made since a year, with its outcomes', `${BANNER}对2017年以来制发的规范性文件开展清理，共清理58件，废止9件。`,
    { normative_docs_reviewed: [58, 'exact'] }],
  ['dated object: made documents before the cleanup (traditional)', `${LQ_ENV_T}對2019年以來制定的規範性文件進行全面清理，共清理文件17件。`,
    { normative_docs_reviewed: [17, 'exact'] }],
  // near misses: spans counted up, documents made, the sweep's finds
  ['span: cleaned since a year, added up', `${YS_GOV}2016年以来累计清理规范性文件460件。`, {}],
  ['span: a clause opening on since a year', `${LQ_GOV}自2018年以来，共清理规范性文件215件。`, {}],
  ['span: a congress opening the clause', `${ZONE}党的十八大以来，管委会共清理各类文件96件。`, {}],
  ['made: documents drafted in the year (no cleanup)', `${LQ_JUS}全年制定的规范性文件8件均经合法性审核。`, {}],
  ['made: documents issued since a year, counted (no act)', `${YS_EDU}2015年以来制定的规范性文件共41件。`, {}],
  ['sweep: documents turned up since a year', `${PROV_NR}梳理出2016年以来印发的规范性文件53件。`, {}],
  // a cleanup's screened total with its outcomes after 其中: the documents reviewed
  ['screened total: combed and checked, outcomes after 其中', `${LQ_GOV}开展行政规范性文件全面清理，梳理排查文件143件，其中废止21件、拟修改6件。`,
    { normative_docs_reviewed: [143, 'exact'] }],
  ['screened total: checked one by one, outcomes after 其中', `${YS_GOV}市级规范性文件集中清理，逐件审查文件88件，其中宣布失效11件。`,
    { normative_docs_reviewed: [88, 'exact'] }],
  ['screened total: the finds, then cleaned (the finds no count)', `${BANNER}排查出需清理的规范性文件37件，已全部完成清理。`, {}],
  ['screened total: an outcome alone (repealed only)', `${LQ_JUS}废止规范性文件5件。`, {}],
  // a theory study whose topics after it name law only after a political topic
  ['theory study: plenum first, law after a comma', `${YS_TR}党组理论学习中心组开展理论学习7次，全面学习贯彻党的二十届三中全会精神，深入领会习近平法治思想。`, {}],
  ['theory study: congress first, law last (a county\'s government)', `${LQ_GOV}县政府党组中心组集中学习9次，认真学习党的二十大精神，系统学习习近平法治思想。`, {}],
  ['theory study: speeches first, law after (a town)', `${TOWN}镇党委理论学习中心组学习6次，深入学习总书记重要讲话精神，深入学习宪法。`, {}],
  ['theory study (traditional): plenum first, law after', `${LQ_ENV_T}黨組理論學習中心組開展理論學習5次，全面學習貫徹二十屆三中全會精神，深入領會習近平法治思想。`, {}],
  // near misses: law studied alone or in the study's own clause
  ['theory study: law alone after the count', `${YS_EDU}党组理论学习中心组集中学习8次，深入学习习近平法治思想。`, { training_sessions: [8, 'exact'] }],
  ['theory study: 学法 in its own clause, politics after', `${LQ_HLT}党组中心组专题学法4次，全面学习贯彻党的二十大精神，深入领会习近平法治思想。`,
    { training_sessions: [4, 'exact'] }],
  ['theory study: law named in its own clause', `${STREET}街道党工委中心组专题学习习近平法治思想6次，同时学习党的二十届三中全会精神。`,
    { training_sessions: [6, 'exact'] }],
  ['theory study: law first in a lead before the count', `${ZONE}把学习习近平法治思想作为党工委中心组学习的重要内容，全年集中学习12次。`,
    { training_sessions: [12, 'exact'] }],
  // a lecture series named by a numbered slogan in quotes (found beside the theory study: its next candidate)
  ['slogan series: a numbered slogan\'s lectures beside a study plan', `${ZONE}制定年度学法计划，累计举办“三服务”大讲堂7场。`, {}],
  ['slogan series: the two-mountains lectures (traditional)', `${LQ_ENV_T}舉辦“兩山”講堂4期，組織幹部旁聽庭審2次。`, {}],
  ['slogan series: a law series in quotes (read)', `${YS_EDU}举办“法治”大讲堂6场。`, { training_sessions: [6, 'exact'] }],
  ['slogan series: an unnumbered name, law studied (read)', `${LQ_JUS}全年举办“周末”讲堂10期，学习宪法和民法典。`, { training_sessions: [10, 'exact'] }],
  ['theory study: politics alone after the count', `${YS_GOV}市政府党组理论学习中心组学习10次，全面学习贯彻党的二十大精神。`, {}],
]
