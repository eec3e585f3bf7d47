/**
 * Forms from the dev half of the r57e-fresh batch (corpus README, fifty-seventh batch r57e: zones and new areas), over invented sentences:
 * - a party body's documents (党内备案文件, 党内规范性文件) reviewed or filed: the Party's own documents, not the government's normative
 *   documents — found on r57e's 西咸新区 2024 passage (审查党内备案文件9件 read as 9 documents filed). Near misses: the government's
 *   documents filed or reviewed in the same sentence as a party-rules clause, and after a party body named as the one filed with
 *   (向县委报备行政规范性文件).
 * - a zero after 数量为 whose term is led by two stages joined (收到和处理的政府信息公开申请数量为0): none received and handled is none,
 *   as 收到的…数量为0 already was — found on r57e's 廊坊临空经济区 2022 disclosure passage (the 0 missed). Near misses: a kind narrowed
 *   after the stages (收到和处理的涉企…申请数量为0), pushed information (主动公开…数量为N条), a count with its unit after 为.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, headT, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'
import { type Meta } from './metaForms41Kinds'

const G = head('南湖新区管理委员会')
const B = head('临港经济区管理委员会')

export const PARTY_DOCUMENTS_57E: Probe39[] = [
  ['审查党内备案文件N件 beside 报备党内规范性文件M件', `${G}加强党内法规制度建设，审查党内备案文件12件，向工委报备党内规范性文件4件。`, {}],
  ['备案审查党内规范性文件N件', `${B}备案审查党内规范性文件7件，均符合规定。`, {}],
  ['向县委报送备案党内规范性文件N件', `${G}向区委报送备案党内规范性文件2件。`, {}],
  ['traditional: 审查党内备案文件N件', toTraditional(`${headT('南湖新区管理委员会')}审查党内备案文件12件，向工委报备党内规范性文件4件。`), {}],
  // near misses
  ['the government\'s documents filed after a party-rules clause', `${G}加强党内法规制度建设，向市政府报备行政规范性文件6件，报备率100%。`, { normative_docs_filed: [6, 'exact'] }],
  ['the government\'s documents reviewed after a party-rules clause', `${B}完善党内法规制度体系，全年审查行政规范性文件18件。`, { normative_docs_reviewed: [18, 'exact'] }],
  ['documents filed with a party committee (向县委报备行政规范性文件)', `${G}向区委、区人大常委会报备行政规范性文件3件。`, { normative_docs_filed: [3, 'exact'] }],
]

export const COUNT_AFTER_SHULIANG_57E: Probe39[] = [
  ['收到和处理的政府信息公开申请数量为0', `${G}全年收到和处理的政府信息公开申请数量为0。`, { info_disclosure_requests: [0, 'exact'] }],
  ['依申请公开数量为零', `${B}本年度依申请公开数量为零，未发生相关复议诉讼。`, { info_disclosure_requests: [0, 'exact'] }],
  ['政府信息公开申请的数量为N', `${G}受理的政府信息公开申请的数量为14，均按期答复。`, { info_disclosure_requests: [14, 'exact'] }],
  ['traditional: 申请数量为0', toTraditional(`${headT('臨港經濟區管理委員會')}全年收到和處理的政府信息公開申請數量為0。`), { info_disclosure_requests: [0, 'exact'] }],
  // near misses
  ['pushed information (主动公开…数量为N条)', `${G}主动公开政府信息数量为356条。`, {}],
  ['a narrowed kind after the stages (收到和处理的涉企…申请数量为0: none of one kind)', `${G}全年收到和处理的涉企政府信息公开申请数量为0。`, {}],
  ['a count with its unit after 为 (unchanged)', `${B}全年受理政府信息公开申请数量为9件。`, { info_disclosure_requests: [9, 'exact'] }],
]

/** The second batch, in new wording, run once after the rules (corpus README, "Dev forms of r57e-fresh"). */
const H = head('江东经济技术开发区管理委员会')
const S = head('滨江综合保税区管理委员会')

export const SECOND_PARTY_DOCUMENTS_57E: Probe39[] = [
  ['党内规范性文件报备N件', `${H}党内规范性文件报备5件，报备率100%。`, {}],
  ['对党内规范性文件开展备案审查N件', `${S}对党工委制定的党内规范性文件开展备案审查3件。`, {}],
  ['清理党内规范性文件N件', `${H}集中清理党内规范性文件21件，废止4件。`, {}],
  ['near miss: 行政规范性文件报备 after 党内法规 study', `${S}组织学习党内法规，全年报备行政规范性文件8件。`, { normative_docs_filed: [8, 'exact'] }],
  ['near miss: 审核行政规范性文件 beside 党建 words', `${H}坚持党建引领，合法性审核行政规范性文件11件。`, { normative_docs_reviewed: [11, 'exact'] }],
]

export const SECOND_ZERO_AFTER_STAGES_57E: Probe39[] = [
  ['新收并办理的政府信息公开申请数量为零', `${H}本年新收并办理的政府信息公开申请数量为零。`, { info_disclosure_requests: [0, 'exact'] }],
  ['受理和答复的依申请公开数量为0', `${S}全年受理和答复的依申请公开数量为0。`, { info_disclosure_requests: [0, 'exact'] }],
  ['接到及处理的公开申请数量均为0', `${H}2023年接到及处理的政府信息公开申请数量均为0。`, { info_disclosure_requests: [0, 'exact'] }],
  ['near miss: 收到和处理的涉密…申请 (a kind)', `${S}全年收到和处理的涉及商业秘密的政府信息公开申请数量为0。`, {}],
]

/**
 * A committee made the State Council's (r57e 廊坊's airport zone, written 临空经济区（廊坊）管理委员会, had read 国务院廊坊管理委员会): only
 * the State Council's own commission by its short name (国资委) is; a zone's committee, a bare 管理委员会 and the state's commissions
 * (发改委, 卫健委) in a text that names no place and answers to 国务院 read no author. Written after the rule; on its parent the four
 * near misses read 国务院管理委员会, 国务院廊坊管理委员会, 国务院发展和改革委员会 and 国务院卫生健康委员会.
 */
const NO_PLACE = (year: number) => ({ region: null, year })
export const STATE_COUNCIL_ONLY_57E: [string, string, Meta][] = [
  ['near miss: a zone committee with its city in brackets', '廊坊管理委员会2022年法治政府建设工作报告\n2022年，管委会认真落实党中央、国务院决策部署。',
    { agency: null, sector: null, ...NO_PLACE(2022) }],
  ['near miss: a bare 管理委员会 answering to 国务院', '2023年，管理委员会落实党中央、国务院决策部署，推进依法行政，召开专题会议3次。',
    { agency: null, sector: null, ...NO_PLACE(2023) }],
  ['near miss: the state\'s commission by its short name', '2023年，发改委认真落实党中央、国务院决策部署，推进依法行政。',
    { agency: null, sector: '发展改革', ...NO_PLACE(2023) }],
  ['near miss: the state\'s commission, traditional', toTraditional('2022年，卫健委深入贯彻党中央、国务院部署，推进卫生健康领域依法行政。'),
    { agency: null, sector: '卫生健康', ...NO_PLACE(2022) }],
  ['the State Council\'s commission by its short name', '2024年，国资委贯彻落实党中央、国务院决策部署，指导中央企业合规经营。',
    { agency: '国务院国有资产监督管理委员会', sector: '国资监管', ...NO_PLACE(2024) }],
  ['a zone committee with its city in brackets and its province', '河北雄安临空经济区（保定）管理委员会2023年政府信息公开工作年度报告\n2023年，河北雄安临空经济区（保定）管理委员会贯彻国务院和省、市关于政务公开的要求。',
    { agency: '河北雄安临空经济区管理委员会', region: '河北雄安临空经济区', sector: '区县政府', year: 2023 }],
]
