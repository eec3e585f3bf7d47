/**
 * Forms from the dev half of the r54c-fresh batch (corpus README, fifty-fourth batch r54c), over invented sentences:
 * - (value) the legal advisers of an area's villages counted by their villages (全市1639个村（社区）的法律顾问…开展法律讲座N场次; 全县
 *   N个村居的法律顾问共…; 辖区N个社区的法律顾问…) as the clause's subject: what they did in their villages is theirs, never the author's
 *   sessions, events or cases (the README's ruling on people on no staff of the author's, which the village advisers named with 村
 *   before 法律顾问 already follow) — found on r54c's 揭阳 passage (read 9023 lectures as the bureau's). Near misses: the author
 *   organising them with its own verb (组织全县N个村的法律顾问开展…: the author's, the ruling's 组织村法律顾问开展…), the author's own
 *   lectures in the next sentence, and a count of villages that is the object of the author's own act (为N个村（社区）配备法律顾问).
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const SFJ = head('南江市司法局')
const CSFJ = head('青河县司法局')

export const VILLAGE_ADVISERS_54C: Probe39[] = [
  ['全市N个村（社区）的法律顾问, lectures in the next clause', `${SFJ}（一）法治服务下沉。全市842个村（社区）的法律顾问共接待群众咨询15000人次，开展法律讲座3150场次，办理法律援助案件96件。`, {}],
  ['全县N个村居的法律顾问, events in the next clause', `${CSFJ}全县215个村居的法律顾问全年审核合同310份，举办法治讲座620场，参与调解矛盾纠纷430件。`, {}],
  ['辖区N个社区的法律顾问, after a clause with no figure', `${CSFJ}（三）法律服务。辖区36个社区的法律顾问常态化坐班值守，开展以案释法活动118场次。`, {}],
  ['全区N个社区的法律顾问 receiving residents', `${CSFJ}（二）公共法律服务。全区56个社区的法律顾问共接待居民来访2100人次，举办法治讲座380场次。`, {}],
  ['traditional', toTraditional(`${SFJ}全市842个村（社区）的法律顾问共解答咨询9000人次，开展法律讲座3150场次。`), {}],
  ['in its first clause', `${SFJ}全市842个村（社区）的法律顾问全年开展法律讲座3150场次。`, {}],
  // near misses
  ['the author organising them with its own verb', `${CSFJ}我局组织全县215个村居的法律顾问开展法治讲座60场。`, { training_sessions: [60, 'exact'] }],
  ['the author\'s own lectures in the next sentence', `${SFJ}全市842个村（社区）的法律顾问共接待咨询9000人次。局机关全年举办法治讲座8场。`, { training_sessions: [8, 'exact'] }],
  ['the author\'s own clause after the advisers\' clause', `${SFJ}全市842个村（社区）的法律顾问共接待咨询9000人次；我局举办法治讲座8场。`, { training_sessions: [8, 'exact'] }],
]

// The second batch, in new wording, written after the rule and run once (corpus README, "Dev forms of r54c-fresh").
const TSFJ = head('白溪县司法局')
const QSFJ = head('东港区司法局')

export const SECOND_ADVISERS_54C: Probe39[] = [
  ['全镇N个村的法律顾问, consultations then talks', `${TSFJ}（四）基层法律服务。全县198个村的法律顾问共为群众解答法律咨询4300余人次，开展普法讲座610场。`, {}],
  ['全区N个社区（村）的法律明白人', `${QSFJ}二是壮大基层力量。全区64个社区的法律明白人常态入户走访，参与化解矛盾纠纷215件，开展法治宣传活动380场次。`, {}],
  ['各村（居）的法律顾问 with 群众 in the clause', `${TSFJ}（二）法律服务进村。各村（居）的法律顾问接待群众来访1200人次，举办法治讲座260场。`, {}],
  ['traditional, 辖区N个村居的法律顾问', toTraditional(`${QSFJ}（一）服务下沉。辖区41个村居的法律顾问共接待群众咨询900人次，开展法律讲座150场。`), {}],
  // near misses
  ['the author having them lecture, its own verb first', `${TSFJ}我局安排全县198个村的法律顾问为镇村干部开展法治讲座45场。`, { training_sessions: [45, 'exact'] }],
  ['the author\'s own training after the advisers\' sentence', `${QSFJ}全区64个社区的法律顾问共接待群众咨询800人次。我局全年举办法治培训班3期。`, { training_sessions: [3, 'exact'] }],
]
