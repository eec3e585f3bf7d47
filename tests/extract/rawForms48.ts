/**
 * Raw forms of round 48: forms the ORIGINAL wording of pages our dev items were reworded from writes and our rewordings smoothed
 * away (62 dev items from 52 pages compared; tests/fixtures/corpus/README.md, "Raw forms 48"). Each beside its near misses:
 * - a breakdown by field whose field clause states an aim before its figures (X领域着力提升…水平，开展执法检查N次，立案N起) beside
 *   the area's total, against a field named once, a field as an object and a field clause with its act right after;
 * - the sessions of the bodies below after the author's act that makes them their topic (将…列入村居党支部学习第一议题，开展法治学习
 *   N场): theirs, not a part of the author's sum, against the author's own body given the topic (列为党组会“第一议题”);
 * - a breakdown introduced by the aspect it is read from (从案件类别来看，行政处罚N件…; 从应诉机关来看，…共同应诉的有N件): kinds
 *   and bodies of the cases counted before, no indicator of their own, against 从审理结果看 (results, read) and 从全年看 (a time, read);
 * - inspections of a long list of objects closed by 等 (检查A、B、…等生产经营场所N家次);
 * - a statistics table with its measures as columns and one row of figures (警告 | 罚款 | … | 合计(宗) | 罚没金额(万元), then the
 *   figures), cells split by | or one cell a line;
 * - a cleanup's total with its outcomes in brackets right after it (清理文件N件（继续有效N件，…）) and a campaign's months before the
 *   documents (为期三个月的规范性文件清理), written after the rules above (a page compared later), with their near misses.
 * Sentences and tables invented for this test (the real reports' register, no report's wording).
 */
import { head, type Probe39 } from './unseenForms39'

const G = head('青河县人民政府')
const GC = head('临江市人民政府')
const J = head('青河县司法局')
const Z = head('桥头镇人民政府')
const S = head('东湖街道办事处')
const W = head('青河县卫生健康局')
const A = head('青河县农业农村局')
const PS = head('临江市公安局湖滨分局')

export const FIELDS_48: Probe39[] = [
  ['a field clause with its aim, beside the area\'s total', `${G}全县全年实施行政检查18260次，实施行政处罚1532件。食品安全领域持续加大抽检力度，开展检查3120次，查处案件286件。自然资源领域着力提升耕地保护水平，开展执法检查4210次，立案18起。`,
    { enforcement_inspections: [18260, 'exact'], penalty_cases: [1532, 'exact'] }],
  ['a field clause with its aim first, the other field\'s act right after', `${GC}全市全年开展行政检查35120次，作出行政处罚2960件。生态环境领域深入推进污染防治攻坚，检查企业1860家次，查处环境违法行为92起。交通运输领域检查车辆6230台次，查处违法案件410件。`,
    { enforcement_inspections: [35120, 'exact'], penalty_cases: [2960, 'exact'] }],
  ['both field clauses with an aim', `${G}全县全年实施行政检查18260次。城市管理领域着力改善市容环境，开展巡查检查5200次，立案96起。安全生产领域切实压紧企业主体责任，开展执法检查2600次，立案41起。`,
    { enforcement_inspections: [18260, 'exact'] }],
  ['near miss: one field named once is the author\'s own work', `${A}农业执法领域着力提升农资市场秩序，开展执法检查860次，立案查处违法案件37件。`,
    { enforcement_inspections: [860, 'exact'], enforcement_cases: [37, 'exact'] }],
  ['near miss: a field clause with its act right after, no total', `${G}食品安全领域开展检查3120次，查处案件286件；药品领域开展检查1460次，查处案件58件。全县各部门共作出行政处罚1532件。`,
    { penalty_cases: [1532, 'exact'] }],
]

export const LOWER_TOPIC_48: Probe39[] = [
  ['the villages\' sessions after the topic given them', `${Z}镇党委理论学习中心组开展集中学法8次，专题研讨4次；将习近平法治思想列入各村党支部学习第一议题，开展法治学习36场。`,
    { training_sessions: [12, 'derived'] }],
  ['the communities\' sessions after the topic given them, 纳入', `${S}街道党工委中心组学法6次，集中研讨3次；把宪法和民法典纳入各社区党组织学习计划，组织学法24场。`,
    { training_sessions: [9, 'derived'] }],
  ['the branches\' sessions, 作为', `${J}局党组理论学习中心组学法10次；将习近平法治思想作为基层党支部“三会一课”必学内容，开展专题学习30次。`,
    { training_sessions: [10, 'exact'] }],
  ['near miss: the author\'s own meeting given the topic', `${J}局党组中心组学法10次；将习近平法治思想列为局党组会“第一议题”，开展专题学习6次。`,
    { training_sessions: [16, 'derived'] }],
  ['near miss: the topic given the villages, no count after it', `${Z}镇党委理论学习中心组开展集中学法8次，专题研讨4次；将习近平法治思想列入各村党支部学习第一议题。`,
    { training_sessions: [12, 'derived'] }],
]

export const ASPECT_48: Probe39[] = [
  ['kinds of review cases by 从案件类别来看', `${J}全年收到行政复议申请96件，受理88件，审结81件。从案件类别来看，行政强制34件，行政处罚27件，信息公开15件，其他12件。`,
    { reconsideration_cases: [88, 'exact'] }],
  ['kinds of suits by 从案件类别看', `${G}全年以县政府为被告的行政诉讼案件共42件。从案件类别看，行政处罚类15件，行政征收类13件，行政许可类6件。`,
    { litigation_cases: [42, 'exact'] }],
  ['bodies answering by 从应诉机关来看', `${GC}全市行政机关全年应诉行政诉讼案件210件。从应诉机关来看，原行为机关单独应诉的有86件，复议机关单独应诉的有9件，共同应诉的有115件。`,
    { litigation_cases: [210, 'exact'] }],
  ['respondents by 从被申请人来看', `${J}全年受理行政复议案件88件。从被申请人来看，县公安局31件，县市场监管局18件，各乡镇政府22件。`,
    { reconsideration_cases: [88, 'exact'] }],
  ['near miss: results by 从审理结果看 are read', `${J}全年受理行政复议案件88件。从审理结果看，维持52件，驳回11件，直接纠错14件，纠错率17.3%。`,
    { reconsideration_cases: [88, 'exact'], reconsideration_correction_pct: [17.3, 'exact'] }],
  ['near miss: a time by 从全年看 is read', `${W}从全年看，共作出行政处罚65件，罚没款32.6万元。`,
    { penalty_cases: [65, 'exact'], fines_yuan: [326000, 'exact'] }],
]

export const OBJECT_LIST_48: Probe39[] = [
  ['inspections of a long list of objects closed by 等', `${A}全年检查种子经营门店、农药经营门店、兽药经营单位、饲料生产企业、生猪屠宰场、水产养殖场、家庭农场、农机合作社、设施农业园区等生产经营场所1315家次，立案查处违法案件26件。`,
    { enforcement_inspections: [1315, 'exact'], enforcement_cases: [26, 'exact'] }],
  ['inspections of a longer list of objects closed by 等', `${A}全年检查种子经营门店、农药批发经营单位、兽药生产经营单位、饲料生产企业、生猪定点屠宰场、生鲜乳收购站、动物诊疗机构、水产养殖单位、家庭农场及农民专业合作社、设施农业园区、野生动物人工繁育单位等农业生产经营主体1315家次，立案查处违法案件26件。`,
    { enforcement_inspections: [1315, 'exact'], enforcement_cases: [26, 'exact'] }],
  ['near miss: people sent out after the list', `${A}全年检查种子经营门店、农药经营门店、兽药经营单位、饲料生产企业、生猪屠宰场、水产养殖场等生产经营场所，出动执法人员2860人次。`,
    {}],
]

export const COLUMN_TABLES_48: Probe39[] = [
  ['measures as columns, pipes, one row of figures', `${PS}2023年度行政处罚实施情况统计表\n行政处罚实施数量（宗） | | | |\n警告 | 罚款 | 行政拘留 | 合计（宗） | 罚没金额（万元） |\n46 | 128 | 73 | 247 | 15.8 |\n说明：行政处罚实施数量的统计范围为统计年度1月1日至12月31日期间作出行政处罚决定的数量。`,
    { penalty_cases: [247, 'exact'], fines_yuan: [158000, 'exact'] }],
  ['measures as columns, one cell a line', `${PS}2023年度行政处罚实施情况统计表\n\n行政处罚实施数量（宗）\n\n警告\n\n罚款\n\n行政拘留\n\n合计（宗）\n\n罚没金额（万元）\n\n46\n\n128\n\n73\n\n247\n\n15.8\n\n说明：行政处罚实施数量的统计范围为统计年度1月1日至12月31日期间作出行政处罚决定的数量。`,
    { penalty_cases: [247, 'exact'], fines_yuan: [158000, 'exact'] }],
  ['near miss: applications, acceptances and permits as columns', `${PS}2023年度行政许可实施情况统计表\n行政许可实施数量（宗） | | | |\n申请数量 | 受理数量 | 许可数量 | 不予许可数量 |\n3620 | 3618 | 3590 | 28 |`,
    { approvals_handled: [3618, 'exact'] }],
]


/**
 * A cleanup's outcomes in an aside right after its total (written with ，其中… the total is read already), and the campaign's
 * duration before it (为期三个月的规范性文件清理: 3 was read as the documents reviewed).
 */
export const ASIDE_OUTCOMES_48: Probe39[] = [
  ['a cleanup total with its outcomes in brackets', `${J}组织开展规范性文件集中清理，共清理文件96件（继续有效58件，修改后继续有效12件，废止26件）。`,
    { normative_docs_reviewed: [96, 'exact'] }],
  ['the whole county\'s cleanup total with its outcomes in brackets', `${J}组织开展为期三个月的规范性文件清理，全县清理文件143件（拟继续有效97件，修改9件，宣布失效37件）。`,
    { normative_docs_reviewed: [143, 'exact'] }],
  ['near miss: the outcomes in brackets with no total before them', `${J}对现行规范性文件开展清理（继续有效58件，修改12件，废止26件）。`,
    { normative_docs_reviewed: [96, 'derived'] }],
  ['near miss: sessions in brackets after their total are its parts', `${J}局党组中心组学法17次（会前学法12次、专题讲座5次）。`,
    { training_sessions: [17, 'exact'] }],
  ['a campaign\'s months before the documents it cleans up are no count', `${J}组织开展为期两个月的规范性文件集中清理。`, {}],
  ['near miss: documents counted by 个 are still counted', `${J}全年清理规范性文件5个。`, { normative_docs_reviewed: [5, 'exact'] }],
]

export const ALL_RAW48: [string, Probe39[]][] = [
  ['fields', FIELDS_48], ['lower bodies\' topic', LOWER_TOPIC_48], ['aspects', ASPECT_48], ['object lists', OBJECT_LIST_48],
  ['column tables', COLUMN_TABLES_48], ['aside outcomes', ASIDE_OUTCOMES_48],
]
