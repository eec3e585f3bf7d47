/**
 * Runs the cross forms of round 50 (crossForms50.ts: approval and oversight; crossForms50Cases.ts: reviews, suits and penalties):
 * each text states exactly the values it lists, of every indicator in the catalogue; every other one stays absent.
 */
import { probeSuite } from './unseenForms39'
import { APPROVAL_50, OVERSIGHT_50 } from './crossForms50'
import { NEAR_50, PENALTIES_50, REVIEWS_50 } from './crossForms50Cases'
import { FOUND_50, MORE_50, PARAGRAPHS_50 } from './crossForms50More'
import { catalogue } from './seeds'

const IDS = catalogue.indicators.map((i) => i.id)

/**
 * Forms left open. Each must still fail: when a rule reads it, take it out of this list. First run on main 09eb6cb, before any
 * rule: 144 of the 151 read (approval 38/40, oversight 40/41, reviews 29/30, penalties 37/40). Read since: 办件总量 (the catalogue's
 * 办件量 term), a hall of a level above the author as the subject (市政务服务中心… in a county bureau's report: authorLevel.ts
 * LEVEL_ORGAN), deputies raising suggestions at a meeting (代表在…期间共提出: proposals_handled's sentence_exclude), a review role the
 * author claims with 作为 against its kind's (县政府作为被申请人的…: authorRole.ts claimedRole, the corpus's f-tongzhou must_not),
 * checks undergone from a named organ (接受省应急管理厅执法检查: enforcement_inspections' narrow, the exclusion's six characters
 * before the term did not reach 接受). The second part (crossForms50More.ts, 49 written after those rules) read 48 of 49 on its first
 * run; read since: a catalogue's items after a legal review's term (法制审核目录清单事项42项: legal_review_cases' exclusion). Its third
 * part (paragraphs and numerals, 20) read 18 of 20; read since: a wider area's subject carried into a clause with none (全市市场监管
 * 系统共查处…，罚没款… in a county bureau's report: carriedSubject.ts carriedFrom). Found while probing after them (FOUND_50, failing
 * before its rules): the author's own part after a run of totals in two measures, or in one measure with parallel runs (ownPart.ts);
 * a share that may be done online beside the share done (可网办率…，全程网办率…); this year's figure with its verb alone after a span's
 * total (…以来共作出重大行政决策18项，今年作出5项). Read once fresh50b's rule was merged: decisions reviewed with their count after 对
 * (对12项重大行政决策进行了合法性审查: fresh50b's count right after 对 in a term that opens on 对 and runs over its object to the act).
 * Read in round 51: a bare 承办N件 under a heading naming proposals (proposals_handled's weak terms under its weak_heading, openForms51).
 * Read in round 52: a bare rate clause after a materials count's change (申请材料由平均8份减少至5份，减少37.5%: material_reduction_pct's term
 * for the change and the 减少 after it, openForms52).
 */
const OPEN = new Set<string>([
  // none stated for penalties (全年未作出行政处罚决定): penalty_cases reads no negation; tried (negation: true), it read two dev
  // disclosure items' 没有…公开…行政处罚…事项 (nothing to publish) as no penalty made, and was withdrawn
  'no penalty made',
  // a count before its penalty predicate (全年共有412件违法案件作出行政处罚决定): no term before the figure
  'penalties before their predicate',
])

probeSuite('cross forms 50, approval', APPROVAL_50, IDS, OPEN)
probeSuite('cross forms 50, oversight', OVERSIGHT_50, IDS, OPEN)
probeSuite('cross forms 50, reviews and suits', REVIEWS_50, IDS, OPEN)
probeSuite('cross forms 50, penalties, checks and hazards', PENALTIES_50, IDS, OPEN)
probeSuite('cross forms 50, second part', MORE_50, IDS, OPEN)
probeSuite('cross forms 50, third part', PARAGRAPHS_50, IDS, OPEN)
probeSuite('cross forms 50, found while probing', FOUND_50, IDS, OPEN)
probeSuite('cross forms 50, near misses of its rules', NEAR_50, IDS, OPEN)
