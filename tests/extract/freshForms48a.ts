/**
 * Forms from the dev half of the r48a-fresh batch (corpus README, forty-eighth batch), over invented sentences:
 * - a publicity count whose term stands right before its figure (开展法治宣传活动6余次) after a lead clause that names the work and
 *   the means it used, materials among them (普法方面，以讲座、资料、咨询台等方式宣传宪法，…): the catalogue's long publicity term
 *   (普法…开展…活动) reaches back over that lead to the same end, and its reach carried the lead's 资料 into the exclusions, so the
 *   figure was dropped and a later sentence's lessons of two hosts summed instead. The lead's means are no act of the count's clause.
 *   Near misses: materials, posts or another topic in the figure's own clause, an event attended, the long term with nothing excluded.
 * - (metadata) a level word after a verb (用好镇级公众号, 管好县级平台): the level's adjective 镇级/县级, no place named 用好镇 — found by
 *   the title-dropped rewording of r48a's 张家湾镇 disclosure report (我镇 and 用好镇级公众号“印象张家湾”), which read 用好镇人民政府.
 *   Near misses: a place named before its office or its site (在张家湾镇党政办, 在青河县门户网站) is still the author's place.
 * - (metadata) a lead publishing the report through a channel (现经政府门户网站公布X镇人民政府2021年度…报告, 现通过区政府门户网站向社会
 *   公布…, 现经县政府同意，向社会公布…): the author named after the publishing verb, as 现公布X…报告 already is — the same 张家湾镇
 *   report with its title dropped read no author. Near misses: no name, or 我镇, after the verb.
 * - (metadata) 乡村 (the countryside) after a verb or in a slogan (助力乡村振兴, “法律进乡村、进学校”): no township named 助力乡 or 法律进乡
 *   — found on the r48a 渠县 passage's own metadata (法律进乡人民政府). Near misses: a township before its village committee
 *   (青山乡村民委员会, 石门乡村两委).
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, WORK, type Meta } from './metaForms41Kinds'
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

/** A second batch of the same form in new wording (other leads, means, terms and levels), written after the rule. */
const Q = head('青河县文化和旅游局')
const V = head('北山镇人民政府')
export const SECOND_48A: Probe39[] = [
  ['a lead naming banners, booklets and texts, a lecture count', `${V}宣传教育方面，通过悬挂横幅、发放宣传册、推送短信等方式营造氛围，全年举办法治讲座11场。`,
    { legal_publicity_events: [11, 'exact'] }],
  ['a lead naming broadcasts and screens, a 以案释法 count', `${X}普法工作上，依托村广播、电子显示屏滚动播放法律常识，开展以案释法活动6场。`,
    { legal_publicity_events: [6, 'exact'] }],
  ['a lead naming printed materials and boards, a quoted 进万家 count', `${Q}法治宣传工作中，编印宣传资料、制作宣传展板，组织“宪法进万家”活动23场次。`,
    { legal_publicity_events: [23, 'exact'] }],
  ['traditional script, a lead naming posts and materials, a 送法下鄉 count', toTraditional(`${Z}普法方面，通过公众号推送、发放资料等形式宣传民法典，全年开展送法下乡活动14场。`),
    { legal_publicity_events: [14, 'exact'] }],
  ["a bureau's lead naming columns and bulletins", `${J}在普法上，结合专栏、简报宣传新修订的法律，全年组织普法宣传活动9次。`, { legal_publicity_events: [9, 'exact'] }],
  ["a lead naming LED screens and chat groups, a quoted 进乡村 count", `${V}普法宣传上，借助LED大屏、微信群转发普法视频，全年开展“民法典进乡村”活动18场。`,
    { legal_publicity_events: [18, 'exact'] }],
  // near misses
  ['texts counted after the lead', `${V}宣传教育方面，通过悬挂横幅、发放宣传册等方式，全年推送普法短信2万条。`, {}],
  ["an event of the county's bureau attended after the lead", `${Z}普法方面，以讲座、资料等方式宣传宪法，参加县司法局组织的法治宣传活动3次。`, {}],
  ['events of another topic after the lead', `${S}普法方面，通过发放资料、设咨询台等方式，全年开展防范电信诈骗宣传活动8场。`, {}],
  ['materials in the figure clause, the event with no count', `${X}普法方面，以讲座、资料等方式宣传宪法，全年开展法治宣传活动，发放资料5000份。`, {}],
  ['an audience with no count of events', `${Q}普法方面，利用宣传栏、公众号宣传民法典，全年开展法治讲座，受众群众3000余人次。`, {}],
  ['the long term alone, nothing excluded', `${S}法治宣传方面，围绕宪法宣传周，集中举办主题活动7场。`, { legal_publicity_events: [7, 'exact'] }],
]

export const ALL_48A: [string, Probe39[], string[]][] = [
  ['r48a: a lead naming the means, materials among them, before a publicity count', LEAD_MEANS_48A, ['legal_publicity_events', 'training_sessions']],
]

/** Openings with no title whose author is 我镇/我县/我乡/我区/我街道 beside a level word after a verb (metadata). */
export const LEVEL_WORD_48A: [string, string, Meta][] = [
  ['a town\'s 用好镇级公众号', `2021年，我镇坚持以公开为常态。用好镇级公众号和镇村公示栏，全年发布政务动态85条。${WORK}`, m(null, null, '乡镇政府', 2021)],
  ['a county\'s 管好县级平台', `2022年，我县坚持依法行政。管好县级平台，及时发布政策文件。${WORK}`, m(null, null, '区县政府', 2022)],
  ['a township\'s 管好乡级公章', `2023年，我乡坚持依法行政。管好乡级公章，规范用印。${WORK}`, m(null, null, '乡镇政府', 2023)],
  ['traditional script, 用好鎮級公眾號', `2021年，我鎮堅持公開。用好鎮級公眾號發布信息。${WORK}`, m(null, null, '乡镇政府', 2021)],
  ['a district\'s 建好区级平台 and 用活区级资金', `2023年，我区坚持依法行政。建好区级平台，用活区级资金。${WORK}`, m(null, null, '区县政府', 2023)],
  ['a street\'s 盘活街道级资源', `2023年，我街道坚持依法行政。盘活街道级资源。${WORK}`, m(null, null, '街道', 2023)],
  // near misses: the place named in full elsewhere, or before its own office or site
  ['a town named by its compiler beside 用好镇级平台', `本报告由白沙镇人民政府编制。\n2021年，我镇坚持公开。用好镇级平台发布信息。${WORK}`, m('白沙镇人民政府', '白沙镇', '乡镇政府', 2021)],
  ['a town named before its office', `2021年，我镇坚持公开。在张家湾镇党政办设立公开专区。${WORK}`, m('张家湾镇人民政府', '张家湾镇', '乡镇政府', 2021)],
  ['a county named before its site', `2022年，我县坚持依法行政。在青河县门户网站公开信息。${WORK}`, m('青河县人民政府', '青河县', '区县政府', 2022)],
]

/** Openings with no title whose lead publishes the report through a channel, the author named after the verb (metadata). */
export const PUBLISHED_VIA_48A: [string, string, Meta][] = [
  ['a town published through the government portal', `现经政府门户网站公布张家湾镇人民政府2021年度信息公开工作年度报告。\n2021年，我镇坚持公开。${WORK}`,
    m('张家湾镇人民政府', '张家湾镇', '乡镇政府', 2021)],
  ['a street published through its district\'s portal to the public', `现通过区政府门户网站向社会公布东湖街道办事处2022年政府信息公开工作年度报告。\n2022年，我街道坚持公开。${WORK}`,
    m('东湖街道办事处', '东湖街道', '街道', 2022)],
  ['a county bureau published on the county site', `现在县政府网站发布青河县水务局2023年度法治政府建设年度报告。\n2023年，我局坚持依法行政。${WORK}`,
    m('青河县水务局', '青河县', '水利', 2023)],
  ['traditional script, a town published through the portal', `现經政府門戶網站公佈張家灣鎮人民政府2021年度信息公開工作年度報告。\n2021年，我鎮堅持公開。${WORK}`,
    m('张家湾镇人民政府', '张家湾镇', '乡镇政府', 2021)],
  ['a bureau published with its government\'s consent, after a comma', `现经县政府同意，向社会公布青河县司法局2023年度法治政府建设年度报告。\n2023年，我局坚持依法行政。${WORK}`,
    m('青河县司法局', '青河县', '司法行政', 2023)],
  // near misses: no name, or the author's 我, after the verb
  ['no name after the verb', `现经政府门户网站公布2021年度政府信息公开工作年度报告。\n2021年，我镇坚持公开。${WORK}`, m(null, null, '乡镇政府', 2021)],
  ['我镇 after the verb', `现通过县政府网站公布我镇2021年度政府信息公开工作年度报告。\n2021年，我镇坚持公开。${WORK}`, m(null, null, '乡镇政府', 2021)],
]

/** Openings with no title whose author is 我乡/我镇 beside 乡村 after a verb or in a slogan (metadata). */
export const COUNTRYSIDE_48A: [string, string, Meta][] = [
  ['a township helping 乡村振兴', `2024年，我乡坚持依法行政。助力乡村振兴，化解矛盾纠纷。${WORK}`, m(null, null, '乡镇政府', 2024)],
  ['a quoted slogan 法律进乡村', `2024年，我乡坚持依法行政。围绕“法律进乡村、进学校、进企业”，开展法治宣传。${WORK}`, m(null, null, '乡镇政府', 2024)],
  ['a township empowering 乡村治理', `2023年，我乡坚持依法行政。赋能乡村治理，推进诉源治理。${WORK}`, m(null, null, '乡镇政府', 2023)],
  ['traditional script, 助力鄉村振興', `2024年，我鄉堅持依法行政。助力鄉村振興，化解矛盾糾紛。${WORK}`, m(null, null, '乡镇政府', 2024)],
  // near misses: a township named before its village committee
  ['a township before its villagers\' committee', `2024年，我乡坚持依法行政。在青山乡村民委员会设立调解室。${WORK}`, m('青山乡人民政府', '青山乡', '乡镇政府', 2024)],
  ['a township before its villages\' two committees', `2024年，我乡坚持依法行政。石门乡村两委干部参加学法。${WORK}`, m('石门乡人民政府', '石门乡', '乡镇政府', 2024)],
]
