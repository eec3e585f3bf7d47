/**
 * Forms from the dev half of the r48a-fresh batch (corpus README, forty-eighth batch), over invented sentences:
 * - a publicity count whose term stands right before its figure (开展法治宣传活动6余次) after a lead clause that names the work and
 *   the means it used, materials among them (普法方面，以讲座、资料、咨询台等方式宣传宪法，…): the catalogue's long publicity term
 *   (普法…开展…活动) reaches back over that lead to the same end, and its reach carried the lead's 资料 into the exclusions, so the
 *   figure was dropped and a later sentence's lessons of two hosts summed instead. The lead's means are no act of the count's clause.
 *   Near misses: materials, posts or another topic in the figure's own clause, an event attended, the long term with nothing excluded.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const Z = head('桥头镇人民政府')
const S = head('东湖街道办事处')
const J = head('青河县司法局')
const B = head('青河县市场监督管理局')
const C = head('临江市城市管理局')
const X = head('石门乡人民政府')

export const LEAD_MEANS_48A: Probe39[] = [
  ["a town's lead naming materials, then the count", `${Z}普法方面，以讲座、资料、咨询台等方式宣传宪法，全年开展法治宣传活动6余次。`,
    { legal_publicity_events: [6, 'approx'] }],
  ["a street's lead with 发放资料", `${S}法治宣传方面，通过发放资料、设咨询点等形式宣传民法典，全年开展普法宣传活动12场。`,
    { legal_publicity_events: [12, 'exact'] }],
  ["a bureau's lead naming posts", `${J}普法工作中，利用微信推文、短视频讲解案例，全年组织法治宣传活动8场次。`, { legal_publicity_events: [8, 'exact'] }],
  ["a lead naming boards and screens, a 进企业 count", `${B}普法宣传上，借助宣传栏、电子屏滚动播放，全年举办送法进企业活动15场。`,
    { legal_publicity_events: [15, 'exact'] }],
  ['traditional script, a lead naming materials', toTraditional(`${Z}普法方面，以讲座、资料、咨询台等方式宣传宪法，全年开展法治宣传活动6余次。`),
    { legal_publicity_events: [6, 'approx'] }],
  ["a city's lead, a quoted 进社区 count", `${C}普法方面，印发宣传资料、制作展板，累计开展“法律进社区”活动20余场。`, { legal_publicity_events: [20, 'approx'] }],
  // near misses: what is excluded stands in the figure's own clause, or the event is another topic's or attended
  ['materials counted', `${Z}普法方面，全年发放宣传资料3000余份。`, {}],
  ['materials counted after the lead', `${X}普法方面，以讲座等形式宣传宪法，印发宣传资料6种。`, {}],
  ['materials in the figure clause after the event', `${X}普法方面，开展法治宣传活动，发放资料800份。`, {}],
  ['posts counted', `${S}普法方面，通过公众号推送法治宣传文章36篇。`, {}],
  ['an event attended after the lead', `${Z}普法方面，以讲座、资料等方式宣传宪法，全年参加上级组织的法治宣传活动4次。`, {}],
  ["another topic's events after the lead", `${J}普法方面，以讲座、资料等方式宣传宪法，全年开展安全生产宣传活动5场。`, {}],
  // the long term alone, with nothing excluded, still reads
  ['the long term alone', `${Z}普法宣传方面，结合宪法宣传周，组织开展主题活动9场。`, { legal_publicity_events: [9, 'exact'] }],
  ['materials with their figure before the count', `${X}普法方面，发放宣传资料1200份，开展法治宣传活动7场。`, { legal_publicity_events: [7, 'exact'] }],
]

export const ALL_48A: [string, Probe39[], string[]][] = [
  ['r48a: a lead naming the means, materials among them, before a publicity count', LEAD_MEANS_48A, ['legal_publicity_events', 'training_sessions']],
]
