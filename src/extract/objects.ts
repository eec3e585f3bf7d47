/**
 * What a term counts, read from what stands around it in its sentence: the object a bare verb
 * refers back to, a verb of another action governing a noun term, a list closed by 等, a body the
 * cases were referred to, several regions as the subject, and the author's own part of an area's
 * total. How far the term's exclusions reach (the next item of a 、-list) is ./exclusionReach.ts.
 */
import { ownClauseFrom } from './ownClause'
import type { NumberToken } from './numbers'
import type { CompiledRule, TermHit } from './rules'
import type { Sentence } from './engine'
import { clauseEnd, clauseStart, type Span } from './structure'
import { TIME_LEAD, congressOversight, courtCaseload } from './clauseSubjects'
import { LIGHT_VERBS } from './verbFirst'

/** How far back in its sentence a figure's subject or object is looked for (bounded work per figure). */
const LOOK_BACK = 80
/** Bodies a case is referred to, opening a clause as its subject. */
const OTHER_BODY = /^(?:公安机关|公安部门|司法机关|人民法院|法院|检察院|检察机关|纪检监察机关)/
/**
 * A named organ acting in the author's area as a clause's subject (县综合行政执法局在我镇查处…, 市局在本县开展…): a body other than the
 * author, whose figures there are its own; the author names itself with 本/我, not with 在我X.
 */
const IN_OUR_AREA = /^(?![本我])[^,，;；。\d]{1,16}?(?:局|委|厅|部|大队|支队|中队|队|所|院|中心)在(?:我|本)(?:镇|乡|街道|县|区|市|旗|州|省|辖区)/
/** Several regions as the subject of a total ("三地共查处…824件", "两地联合排查…"): a joint campaign's sum, not one agency's. */
const SEVERAL_REGIONS = /(?:[两三四五六七八九十]|\d{1,2})(?:地|省|省市|省区市|市|县|区)(?:共|合计|累计|总计|联合|共同)/
/**
 * A village's or community's mediation committee as a clause's subject (村级调委会另调解…, 各村（社区）人民调解委员会…, also after the area's
 * name or by their count, 全乡各村（社区）调委会共…, 全镇13个村（社区）调委会共…): its own disputes.
 */
const VILLAGE_MEDIATORS = /^(?:全(?:[县区市镇乡旗]|街道))?(?:各|(?:\d+|[一二两三四五六七八九十]+)个)?(?:村|社区)(?:级|居|（居）|\(居\)|（社区）|\(社区\)|[、和]社区)?(?:人民)?(?:调委会|调解委员会|调解组织)/
/**
 * A mediation or arbitration body named by the disputes it takes (医疗纠纷调解组织…, 交通事故纠纷人民调解委员会…, 劳动人事争议仲裁院…), by
 * its short name (市医调委…, 交调委…), by a union or firms that hold it (县总工会劳动争议调解委员会…, 企业劳动争议调解委员会…; an area's
 * 劳动争议调解组织 stays the labour bureau's or government's own) or as arbitration's bodies (全省仲裁机构…, 临江仲裁委员会…) as a clause's
 * subject: its own disputes.
 */
const MEDIATION_BODY = /^[^,，;；。\d]{0,10}?(?:纠纷(?:人民)?调[解处](?:组织|委员会|中心|工作室)|(?:工会|企业)[^,，;；。\d]{0,8}?调[解处](?:组织|委员会|中心|工作室)|(?:医|医患|交|交通)调(?:委|中心)|仲裁(?:院|委员会|委|机构))/
/**
 * Bodies other than the author as a clause's subject (其他部门…, 各成员单位共…, 各乡镇（街道）共…, 各派出所…, 各市场监管所…, 各执法中队…,
 * 各流域管理机构…, 全县12个司法所…, 各设区市… in a province's report, 各省级…部门/各省（区、市）…机关/各省份共… in a ministry's (not
 * 各省（区、市）…部门执法骨干…参训, an audience), 各学校…; not 各市、县…, a list of levels an audience is drawn from), 关区各隶属海关…,
 * 下级部门…, 全省各地…, bodies quoted for comparison: 兄弟县区…, 全省同级部门平均…, an area's courts or procuratorates 全市法院系统…), the
 * units under the author or its area (县直各部门…, 市直单位…, 局属事业单位…) and the villages (各村（社区）…, 辖区各社区…, 全镇13个村…)
 * unless people drawn from them follow in the clause (县直各部门负责人…参训, 各村（社区）党员…: an audience), or people on no staff of the author's
 * (全县N名村（居）法律顾问和N名法律明白人…, 各社区法律顾问…, 全镇300余名法律明白人…, counted by their villages 全市N个村（社区）的法律顾问…,
 * whatever people the clause then names, 接待群众咨询…: what they did in their villages is theirs, while the author
 * organising or inviting them, 组织村法律顾问开展…, opens with its own verb): their figures, not the author's.
 */
export const OTHERS_SUBJECT = /^(?:全(?:[国省市县区州旗镇乡]|街道)(?:\d+个[\u4e00-\u9fff（）()]{1,8}?的)?)?(?:(?:\d+|[一二三四五六七八九十百千两]+)[余多]?名)?各?(?:(?:村|社区)(?:（居）|\(居\)|居|（社区）|\(社区\)|级)?法律顾问|法律明白人)|^(?:全(?:[国省市县区州旗镇乡]|街道)|辖区)?(?:各|(?:\d+|[一二两三四五六七八九十]+)个)(?:村|社区)(?:（社区）|\(社区\)|（居）|\(居\)|居|、社区)?的(?:法律顾问|法律明白人)|^(?:其他|其余)(?:部门|单位|成员单位|机关)|^各成员单位|^[\u4e00-\u9fff]{1,10}?(?:委员会|委会|委|办|领导小组)各?成员单位|^(?:全[国省市县区])?(?:同级|同类|兄弟)(?:部门|单位|机关|县区|区县|县市区?|市县|地区|城市)|^全[国省市县区](?:各级)?(?:(?:人民)?法院系统|检察(?:院|机关))|^(?:各(?:省(?:级|（区、市）|\(区、市\)|区市|份)?(?=[\u4e00-\u9fff]{0,10}?(?:部门|机关|机构|单位|[厅局委]|政府)(?![\u4e00-\u9fff]{0,6}?(?:骨干|人员|干部|负责人|学员))|共|累计|合计)|乡镇|镇街|街道|镇|乡|县|区|县区|区县|市州|地市|设区市|市(?![场民级直属政容、])|学校|中小学|县（市、区）|县\(市、区\)|地|(?!级)[\u4e00-\u9fff]{0,6}?(?<![场处厕诊])所|(?!级)[\u4e00-\u9fff]{0,6}?(?:分局|中队|大队|管理机构|派出机构))|下级(?:部门|单位|机关)|全[国省市县区]各(?:地|区|县|市|县区|区县|乡镇|镇街|镇|乡|街道))|^(?:全[县市区旗镇乡])?(?:\d+|[一二两三四五六七八九十]+)个(?!级)[\u4e00-\u9fff]{0,6}?(?<![场处厕诊])(?:所|分局|中队|大队)|^[\u4e00-\u9fff]{0,3}?各(?:隶属|所属|下属)|^[\u4e00-\u9fff]{0,8}?联合(?:执法|检查|督查|工作|调查)(?:组|队|小组|专班)|^(?:[省市县区州旗]直|[部厅局委]?(?:所属|下属|直属)|[部厅局委]属)各?(?:部门|单位|事业单位|机构|学校|医院|医疗机构)(?![^,，;；。]*?(?:骨干|人员|干部|负责人|负责同志|学员|职工|领导|科长|主任|代表))|^(?:全(?:[县区市镇乡旗]|街道)|辖区)?(?:各|(?:\d+|[一二两三四五六七八九十]+)个)(?:村|社区)(?:（社区）|\(社区\)|（居）|\(居\)|居|、社区)?(?![^,，;；。]*?(?:骨干|人员|干部|负责人|负责同志|学员|党员|群众|居民|村民|代表|书记|主任|法律明白人|调解员|网格员))/
/** An area's localities as a subject (全国各地, 全省各地): other bodies after a time lead too (othersFigure). */
const AREA_LOCALITIES = /^全[国省市]各地/
/**
 * Units or bodies each counted on its own (所属各执法大队分别…, 局属各单位分别…, 各科室分别…), whoever names them: each one's figure,
 * neither a total nor the author's.
 */
const EACH_UNIT = /各[^,，;；。\d]{0,10}?(?:单位|部门|科室|处室|股室|队|所|站|分局|中心|乡镇|镇|乡|街道|村|社区)(?:[（(][^）)]{0,8}[）)])?分别/
/** Several bodies counted as one subject ("公安、交通、城管三部门合计查处…", "复议局、法院两家共收案…"): their sum, not the author's. */
const SEVERAL_BODIES = /(?:[两三四五六七八九十]|\d{1,2})(?:(?:个|家)?(?:部门|单位|机关)|家)(?:共|合计|累计|总计|联合|共同)/

/** The act a 对-phrase's objects undergo after their figures ("对…印发的规范性文件6件、…12件进行了集中清理", "…作了清理"). */
const ACT_AFTER = new RegExp(`^(?:[、和及][^,，;；。]{0,30}?(?:\\d|[一二两三四五六七八九十])+(?:件|个|份|部|项))*[^,，;；。\\d]{0,4}?(?:${LIGHT_VERBS})([^,，;；。]{1,6})`)

/** A review act (not issuing): what documents described by their issuing (…印发的) undergo. */
const REVIEW_ACT = /审查|审核|清理|评估|把关/

/**
 * Whether a governing verb before the term only describes the documents (以县政府名义印发的, 拟出台的: followed by 的) and a review act
 * names what was done to them, before that description or between the term and its figure ("审查以县政府名义印发的规范性文件（草案）18件",
 * "对以县政府名义印发的规范性文件进行合法性审查18件"): documents reviewed before they are issued (corpus README, 2026-12-03 ruling).
 */
function reviewOfIssued(text: string, governing: RegExp, cs: number, hit: TermHit, tok: NumberToken): boolean {
  const lead = text.slice(cs, hit.start)
  const attributive = new RegExp(`(?:${governing.source})(?:[^,，;；。的]{0,4})?的`, 'g')
  const rest = lead.replace(attributive, '')
  return !governing.test(rest) && rest.length < lead.length && REVIEW_ACT.test(rest + text.slice(hit.end, tok.start))
}

/** Whether 对…N件 is followed by the act done to them (进行了清理), one the governing verb before (印发的) is not. */
function actAfter(text: string, governing: RegExp, cs: number, hit: TermHit, tok: NumberToken): boolean {
  if (!text.slice(cs, hit.start).includes('对')) return false
  const act = ACT_AFTER.exec(text.slice(tok.end, tok.end + 80))
  return act !== null && !governing.test(act[1])
}

/**
 * Whether the term names what the figure counts, by what stands around the term:
 * - a bare verb term (化解) counts the object named before it in its period (sentences joined by ；) (rule.priorObject);
 * - a bare noun term after a verb of another action counts that action (rule.governedBy: 公开…规范性文件42件), unless a 对-phrase
 *   names the act its objects undergo after them (对…印发的规范性文件12件进行了清理: see actAfter);
 * - a term that is one item of a list closed by 等 or added up by 合计/共计/总计 ("行政复议、行政诉讼、信访等案件12件",
 *   "行政复议、行政应诉案件合计90件") counts the list's total, unless every item is a kind of the term's own head
 *   ("执法检查、专项检查等共30次").
 */
export function ownObject(text: string, rule: CompiledRule, hit: TermHit, tok: NumberToken, sentence: Sentence, cs: number): boolean {
  if (rule.priorObject && hit.end - hit.start <= 2 && cs > sentence.period &&
    rule.priorObject.test(text.slice(Math.max(sentence.period, cs - LOOK_BACK), cs))) return false
  if (rule.governedBy && hit.rank === 0 && rule.governedBy.test(text.slice(cs, hit.start)) && !actAfter(text, rule.governedBy, cs, hit, tok) &&
    !reviewOfIssued(text, rule.governedBy, cs, hit, tok)) return false
  const link = text.slice(hit.end, tok.start)
  const etc = link.search(/等|合计|共计|总计/)
  if (etc < 0 || !link.startsWith('、')) return true
  const head = text.slice(Math.max(hit.start, hit.end - 2), hit.end)
  return link.slice(1, etc).split('、').every((item) => item.includes(head))
}

/**
 * Action taken together with other bodies ("会同市林业局、市农业农村局…清理", "会同公安交管部门…", "区人大常委会、区政府、
 * 区政协联合召开…") or under another body's lead: its results are theirs too.
 */
const JOINT_WITH = new RegExp([
  '(?:会同|联合)[^,，;；。]{0,16}?(?:局|委|厅|部门|机关|委员会|法院|检察院|单位|政府)',
  // A body named by its field right after 联合 ("联合市场监管、公安开展检查…").
  '联合(?:公安|市场监管|交警|城管|消防|税务|海关|派出所|交通运输)',
  '[、和与及][^,，;；。、]{0,12}?(?:局|委|厅|部门|机关|委员会|常委会|政协|法院|检察院|政府)(?:共同|联合)(?:召开|举办|开展|组织|印发|交办|部署)',
  // The joint action named after its verb ("与公安、市场监管部门开展联合执法行动…").
  '[与同][^,，;；。]{1,16}?(?:局|委|厅|部门|机关|单位|公安|派出所)(?:开展|组织|进行)了?(?:联合|共同)',
  // An action another body organised ("在县综合执法局统一组织下…") or led jointly ("由县市场监管局牵头，开展…联合检查"); not a government's or
  // a party committee's leadership (在县委县政府统一部署下), the author's own (由我局牵头), nor a lead with no joint action, which may be the
  // author by its name (对由区人社局牵头制定的文件… in that 人社局's report).
  '在(?![我本])[^,，;；。]{1,16}?(?:局|厅|部门|办公室|大队|支队|执法队)的?(?:统一)?(?:组织|牵头|指挥|调度|带领|部署)下',
  '由(?![我本])[^,，;；。]{1,16}?(?:局|厅|部门|办公室|大队|支队|执法队)牵头[^。;；]{0,20}?(?:联合|会同|多部门|各部门)',
].join('|'))

/**
 * Help given to another body's action ("配合市城管局开展…整治", "协助县法院开展强制拆除…") or joining one it organised ("参加县政府组织的
 * 多部门联合执法行动…"): its action, the author's help. It reaches the clauses after it that name no subject of their own (…，街道执法队
 * 立案查处… is the author's unit's).
 */
const HELPS = /(?:配合|协助|协同)(?![我本])[^,，;；。]{0,16}?(?:局|委|厅|部门|机关|法院|检察院|公安|政府)(?:开展|组织|进行|实施|查处|查办|对)|(?:参加|参与)(?![我本])[^,，;；。]{1,16}?(?:组织|牵头|部署|开展)的[^,，;；。]{0,12}?(?:联合|多部门|专项)/
/** A clause opening with a body as its subject (街道执法队…, 县公安局…, 局执法大队…). */
const BODY_OPENS = /^\s*[\u4e00-\u9fff]{0,10}?(?:执法队|大队|中队|支队|分局|局|所|站|中心)(?=[\u4e00-\u9fff])/

/** The clause after the figure says the agency only sent people to it ("县委依法治县办组织法治讲座4场，局均派员参加"): another body's events. */
const ONLY_SENT = /^[,，;；][^,，;；。\d]{0,6}?(?:派员|派人|选派|派出)[^,，;；。\d]{0,6}?(?:参加|出席|列席|参与)了?$/

/**
 * A hired party doing the checking, in one clause (委托第三方机构对…开展安全检查, 聘请安全生产专家对…检查; not 聘请专家117人次，检查企业…): a
 * service the author bought, no enforcement act of its own (enforcement figures only; documents reviewed by a hired firm stay reviewed).
 */
const HIRED = /(?:(?:委托|聘请|聘用|购买)[^,，;；。]{0,12}?(?:第三方|中介|技术服务|专业机构|专家|服务机构|检测机构)|第三方(?:机构|公司|技术服务机构|检测机构|专业机构))[^,，;；。]{0,24}?(?:检查|巡查|检测|评估)/

/** The figure's own clause says the action was joint with another body or region ("与广安市联合查办案件1件"). */
const JOINT_CLAUSE = /与[^,，;；。]{1,16}?(?:联合|共同)/

/**
 * Whether the figure is another subject's: a body the cases were referred to ("移送公安机关230件，
 * 公安机关立案210件"), several regions adding up a joint campaign ("两省共查处…"), or, for cases,
 * reviews, disputes and approvals, a result of an action taken together with other bodies earlier in
 * the sentence (会同…). Training the agency holds with others (会同…举办培训班) is still its own.
 */
export function othersFigure(text: string, rule: CompiledRule, sentence: Span, cs: number, anchor: number, tok: NumberToken): boolean {
  const lookFrom = Math.max(sentence.start, tok.start - LOOK_BACK)
  const before = text.slice(ownClauseFrom(text, lookFrom, tok.start), tok.start)
  if (OTHER_BODY.test(text.slice(cs, anchor)) && /移送|移交/.test(text.slice(Math.max(sentence.start, cs - LOOK_BACK), cs))) return true
  const ce = clauseEnd(text, tok.end, sentence.end)
  if (ce < sentence.end && ONLY_SENT.test(text.slice(ce, clauseEnd(text, ce + 1, sentence.end)))) return true
  // (after a time lead only 各X itself and an area's localities, 2021年全国各地…: 2023年全县各乡镇…合计…，本局… leaves the author's
  // own part to OWN_AFTER_AREA)
  const led = text.slice(cs, anchor).replace(TIME_LEAD, '')
  // (other bodies opening the figure's own clause after the term's: "组织…法治宣传，各地开展活动3000余场")
  const own = clauseStart(text, tok.start, sentence.start)
  if (OTHERS_SUBJECT.test(text.slice(cs, anchor)) || (own > anchor && OTHERS_SUBJECT.test(text.slice(own, tok.start))) || EACH_UNIT.test(text.slice(cs, anchor)) || IN_OUR_AREA.test(led) || ((led.startsWith('各') || AREA_LOCALITIES.test(led)) && OTHERS_SUBJECT.test(led)) ||
    mediators(text.slice(cs, tok.start))) return true
  // (the court's verb may follow the term: 县法院行政诉讼案件受理数386件; so may a congress's: 县人大常委会备案审查…规范性文件N件)
  const subjectLead = text.slice(cs, Math.max(anchor, tok.start)).replace(TIME_LEAD, '')
  if (courtCaseload(subjectLead, () => text.slice(cs, clauseEnd(text, tok.end, sentence.end))) || congressOversight(subjectLead)) return true
  // (or as an aside's subject: "本局…34件（各乡镇（街道）共…96件）")
  const aside = text.slice(cs, anchor).search(/[（(]/)
  if (aside >= 0 && OTHERS_SUBJECT.test(text.slice(cs + aside + 1, anchor))) return true
  if (rule.indicator.family === 'enforcement' && HIRED.test(before)) return true
  if (rule.indicator.family !== 'training' && helped(text, before, tok.start - before.length, own, tok)) return true
  return SEVERAL_REGIONS.test(before) || SEVERAL_BODIES.test(before) || (rule.indicator.family !== 'training' && (JOINT_WITH.test(before) || JOINT_CLAUSE.test(text.slice(cs, anchor))))
}

/** A mediation body other than the author opening `lead` (VILLAGE_MEDIATORS, MEDIATION_BODY). */
export const mediators = (lead: string) => VILLAGE_MEDIATORS.test(lead) || MEDIATION_BODY.test(lead)

/** Whether `before` (from `at`) helps another body's action (HELPS) in the figure's clause (opening at `own`) or before it with no new subject there. */
function helped(text: string, before: string, at: number, own: number, tok: NumberToken): boolean {
  const m = HELPS.exec(before)
  return m !== null && (at + m.index >= own || !BODY_OPENS.test(text.slice(own, tok.start)))
}
