/**
 * Forms from the dev half of the r55d-fresh batch (corpus README, fifty-fifth batch r55d), over invented sentences:
 * - (value) the 复议 that names a suit's path, not a review count: a disclosure report's suits brought without a review or after one
 *   (未经复议直接起诉的0件，复议后起诉的0件, the national report format's two suit columns told in prose) — found on r55d's 济宁 disclosure
 *   report (reviews read as 0 from the suit clause, beside its 收到行政复议1件). Near misses: the review count itself beside those suits,
 *   a review count after them, reviews and suits each with its own word (行政复议2件、行政诉讼1件), a review that went on to court
 *   counted as a review (经复议的案件3件).
 * - (meta) a 我委/我局 report that names no organ and no field by the words the sector rules read, but the work only a commerce
 *   department does (外贸, 外资, 生活必需品, 商贸流通, 电子商务, 商务领域): sector 商务, the author still null (the README: a 我局 whose
 *   department the text names only by its field is null, its sector recorded) — found on r55d's 重庆 商务委 disclosure report (no sector
 *   read). Near misses: one such word alone (外商投资 in a market regulator's report of 市场主体 and 营业执照 stays 市场监管), a
 *   government's 我县 report naming commerce work (a county government, not a commerce bureau).
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'
import { type Meta } from './metaForms41Kinds'

const HRSS = head('清江市人力资源和社会保障局')
const MKT = head('白河县市场监督管理局')
const FIN = head('西岭区财政局')

export const SUIT_PATH_55D: Probe39[] = [
  ['未经复议直接起诉 with a none', `${HRSS}我局依法做好政务公开。全年未经复议直接起诉的0件，复议后起诉的0件。`, {}],
  ['未经复议直接起诉 with a count', `${FIN}我局依法做好政务公开。因政府信息公开未经复议直接起诉2件，复议后起诉1件。`, {}],
  ['不经复议直接向法院起诉', `${MKT}我局依法应诉。群众不经复议直接向法院起诉的案件3件。`, {}],
  ['经复议后提起行政诉讼', `${HRSS}我局依法应诉。当事人经复议后提起行政诉讼的1件，法院判决维持。`, {}],
  ['traditional suits by their path', toTraditional(`${FIN}我局依法做好政务公开。未经复议直接起诉的0件，复议后起诉的0件。`), {}],
  // near misses
  ['the review count beside those suits', `${HRSS}我局依法做好政务公开。全年收到行政复议2件，均维持；未经复议直接起诉的0件，复议后起诉的0件。`,
    { reconsideration_cases: [2, 'exact'] }],
  ['a review count after the suits', `${MKT}我局依法应诉。未经复议直接起诉的案件1件；本年度受理行政复议案件4件。`, { reconsideration_cases: [4, 'exact'] }],
  ['reviews and suits each with its own word', `${FIN}我局依法行政。全年发生行政复议2件、行政诉讼1件。`, { reconsideration_cases: [2, 'exact'] }],
]

const m = (agency: string | null, region: string | null, sector: string | null, year: number | null): Meta => ({ agency, region, sector, year })
const REST = '\n一、主要工作\n严格依法行政，规范行政行为，各项工作有序推进。'

export const COMMERCE_WORK_55D: [string, string, Meta][] = [
  ['我委 with foreign trade and necessities', `政府信息公开工作年度报告\n2022年，我委围绕全市中心工作，及时发布生活必需品市场运行信息，公开外贸稳增长政策和外资促进措施。${REST}`,
    m(null, null, '商务', 2022)],
  ['我局 with trade circulation and e-commerce', `法治政府建设情况报告\n2021年，我局推进商贸流通体系建设，规范电子商务发展，依法开展单用途预付卡监管。${REST}`,
    m(null, null, '商务', 2021)],
  ['我委 with 商务领域 and foreign investment', `年度报告\n2020年，我委聚焦商务领域重大政策，做好外商投资企业投诉处理和对外贸易政策解读。${REST}`,
    m(null, null, '商务', 2020)],
  // near misses
  ['one commerce word in a market regulator\'s report', `年度报告\n2022年，我局优化外商投资企业登记，市场主体增长12%，营业执照全程电子化。${REST}`,
    m(null, null, '市场监管', 2022)],
  ['a county speaking of commerce work', `年度报告\n2022年，我县发展电子商务，扩大外贸出口，依法行政水平不断提高。${REST}`,
    m(null, null, '区县政府', 2022)],
]

// The second batch, in new wording, written after the rules and run once (corpus README, "Dev forms of r55d-fresh").
const AUDIT = head('东湖县审计局')
const WATER = head('南岭市水利局')

export const SECOND_SUIT_PATH_55D: Probe39[] = [
  ['未经行政复议直接提起行政诉讼', `${AUDIT}我局依法应诉。未经行政复议直接提起行政诉讼的案件2件，均胜诉。`, {}],
  ['没有经过复议就起诉', `${WATER}我局依法应诉。当事人没有经过复议就直接起诉的1件。`, {}],
  ['the format\'s suit rows in one clause', `${AUDIT}我局依法做好政务公开。其中，未经复议直接起诉0件、经复议后起诉0件。`, {}],
  ['traditional, a count of one', toTraditional(`${WATER}我局依法应诉。未经复议直接起诉的1件。`), {}],
  // near misses
  ['reviews, then none of the suits by their path', `${AUDIT}我局依法行政。全年办理行政复议案件6件，没有未经复议直接起诉的案件。`,
    { reconsideration_cases: [6, 'exact'] }],
  ['a none of reviews with 没有 and a verb', `${AUDIT}我局依法行政。全年没有发生行政复议案件。`, { reconsideration_cases: [0, 'exact'] }],
  ['a none of reviews right after 没有', `${WATER}我局依法行政。本年度没有行政复议案件。`, { reconsideration_cases: [0, 'exact'] }],
  ['reviews accepted, then suits against the decisions', `${WATER}我局依法行政。依法受理行政复议申请7件；因不服复议决定起诉的2件。`,
    { reconsideration_cases: [7, 'exact'] }],
]

export const SECOND_COMMERCE_55D: [string, string, Meta][] = [
  ['我局 with foreign trade and e-commerce', `工作报告\n2023年，我局稳住外贸基本盘，培育电子商务新业态，法治保障有力。${REST}`, m(null, null, '商务', 2023)],
  ['我委 with prepaid cards and circulation', `情况报告\n2021年，我委加强单用途预付卡管理，完善商贸流通领域信用监管。${REST}`, m(null, null, '商务', 2021)],
  ['traditional 我局 with necessities and foreign investment', toTraditional(`工作报告\n2022年，我局做好生活必需品保供稳价，依法保护外商投资合法权益。${REST}`),
    m(null, null, '商务', 2022)],
  // near misses
  ['e-commerce in a transport bureau\'s report', `工作报告\n2023年，我局规范道路运输和客运市场，服务电子商务物流发展。${REST}`, m(null, null, '交通', 2023)],
  ['one commerce word alone', `工作报告\n2023年，我委推动外贸企业合规经营，依法行政水平不断提升。${REST}`, m(null, null, null, 2023)],
  ['a commerce bureau named in its title', `南岭市商务局2023年法治政府建设工作报告\n2023年，我局稳住外贸基本盘。${REST}`, m('南岭市商务局', '南岭市', '商务', 2023)],
]
