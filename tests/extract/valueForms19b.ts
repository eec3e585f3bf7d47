/**
 * Value forms of the training and oversight families (issue 11, valsB19), generated over several subjects × verbs × terms ×
 * units × numerals × positions: each probe says what one indicator must read from an invented sentence (a value, or none).
 *
 * Oversight: a 一 right after a negator (没有接到一件…申请) is none, not one; 未作出重大行政决策 is none; a request split around
 * its object (要求公开其他政府信息的申请) and requests counted in 人次 with the term after them; major enforcement decisions made
 * (作出的重大行政执法决定N件) are legality reviews, a meeting that only deliberated them (审议) is not; so are legality-review
 * opinions issued in 份 (出具合法性审查意见书N份), unless they are a part after 其中, the retained advisers' or on contracts; documents a 对-phrase names
 * with the act after them (对…印发的规范性文件N件、…M件进行了清理) are reviewed, those issued or undertaken (承办) are not.
 * Training: a per-unit staffing (各科室均有N名…持证) is no holding; issues of a board (宣传栏N期) are no events, a legal
 * consultation event is one; a quoted kind joined to the term (“法治大讲堂”和“以案释法”研讨N场) adds up with its list; a lecture
 * series counted since it began (自开班以来累计N期) is not the year's; onboarding of new staff (新进人员培训) is another topic;
 * 学员N人 are participants; of two organs' sessions in one list (县政府常务会…；县委常委会…) the government's are the report's;
 * a composite publicity term (普法…开展“法律进村”活动) scores as the named event it ends with.
 * Sentences are invented for this test.
 */

export interface Probe {
  form: string
  text: string
  indicator: string
  /** The value to read, or null: nothing for this indicator. */
  want: number | null
}

const YEARS = ['2023年，', '全年', '']
const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]))

function negatedOne(): Probe[] {
  const subjects = ['本乡', '我局', '本单位']
  const verbs = ['没有接到', '未收到', '没有收到', '未受理']
  const terms = ['依申请公开请求', '政府信息公开申请', '信息公开申请']
  const units = ['件', '宗', '个']
  return cross(cross(subjects, verbs), cross(terms, units)).map(([[s, v], [t, u]], i) => ({
    form: 'negated one', indicator: 'info_disclosure_requests', want: 0,
    text: `${YEARS[i % 3]}${s}${v}一${u}${t}，也未产生行政复议。`,
  }))
}

function noDecision(): Probe[] {
  const subjects = ['本镇', '我局', '管委会', '县政府']
  const verbs = ['未作出', '未做出', '没有作出']
  const terms = ['重大行政决策', '重大行政决策事项', '重大决策事项']
  return cross(subjects, cross(verbs, terms)).map(([s, [v, t]], i) => ({
    form: 'no decision', indicator: 'major_decisions', want: 0, text: `${['2023年度', '全年', '本年度'][i % 3]}${s}${v}${t}。`,
  }))
}

function splitRequest(): Probe[] {
  const askers = ['公众', '公民、法人或其他组织', '申请人']
  const objects = ['其他政府信息', '相关政府信息', '有关政府信息']
  return cross(askers, objects).map(([a, o], i) => ({
    form: 'split request', indicator: 'info_disclosure_requests', want: 0,
    text: `依申请公开方面，${YEARS[i % 3]}未收到${a}要求公开${o}的申请，也没有不予公开的信息。`,
  }))
}

function personTimeRequests(): Probe[] {
  const subjects = ['我局', '本委', '局机关']
  const ways = ['以信函方式', '通过网络', '以当面方式', '']
  const verbs = ['提出', '提交', '递交']
  const nums: [string, number][] = [['4', 4], ['12', 12], ['三', 3]]
  return cross(cross(subjects, ways), cross(verbs, nums)).map(([[s, w], [v, [n, value]]]) => ({
    form: 'requests in 人次', indicator: 'info_disclosure_requests', want: value,
    text: `依申请公开方面，2021年${s}受理了${n}人次${w}${v}的申请，均在规定期限内办结。`,
  }))
}

function decisionsReviewed(): Probe[] {
  const subjects = ['我局', '本局', '支队']
  const nouns = ['重大行政执法决定', '重大执法决定', '重大执法决定事项']
  const links = ['共', '', '合计']
  const tails = ['，每一件都由法制部门审核', '，均经法制审核', '']
  const nums: [string, number][] = [['129', 129], ['36', 36], ['十七', 17]]
  const own = cross(cross(subjects, nouns), cross(links, cross(tails, nums))).map(([[s, n], [l, [t, [d, value]]]], i) => ({
    form: 'decisions made', indicator: 'legal_review_cases', want: value,
    text: `${YEARS[i % 3]}${s}作出${i % 2 ? '的' : ''}${n}${l}${d}件${t}。`,
  }))
  const deliberated = cross(subjects, nums).map(([s, [d]]) => ({
    form: 'decisions deliberated', indicator: 'legal_review_cases', want: null,
    text: `${s}主要负责人主持审议重大行政执法决定${d}件。`,
  }))
  return [...own, ...deliberated]
}

function opinionsIssued(): Probe[] {
  const objects = ['为县政府重要行政决策事项', '对重大行政执法决定', '全年', '对一般程序行政处罚案件']
  const kinds = ['合法性审查意见书', '合法性审核意见', '法制审核意见书', '书面法制审查意见书']
  const nums: [string, number][] = [['160', 160], ['45', 45], ['三十二', 32]]
  const own = cross(cross(objects, kinds), nums).map(([[o, k], [d, value]]) => ({
    form: 'opinions issued', indicator: 'legal_review_cases', want: value, text: `做好政府法制工作，${o}出具${k}${d}份。`,
  }))
  // (a part of opinions already counted, the retained advisers' opinions, and those on contracts are none)
  const others = cross(kinds, nums).flatMap(([k, [d]]) => [
    `全年共审查各类文件50件，提出意见建议71条，其中出具${k}${d}份。`,
    `法律顾问参与政府决策事项300余次，出具${k}${d}份。`,
    `全年联合审查行政机关合同959余份，出具${k}${d}份。`,
  ]).map((text) => ({ form: 'opinions of others', indicator: 'legal_review_cases', want: null, text }))
  return [...own, ...others]
}

function documentsCleaned(): Probe[] {
  const owners = ['以自治区人民政府名义印发的', '以本部门名义印发的', '本局制发的', '以县政府名义印发的']
  const acts = ['集中清理', '全面清理', '专项清理', '审查']
  const nums: [string, number][] = [['6', 6], ['12', 12], ['三', 3]]
  const single = cross(owners, cross(acts, nums)).map(([o, [a, [d, value]]]) => ({
    form: 'object before its act', indicator: 'normative_docs_reviewed', want: value,
    text: `按照要求，我局对${o}规范性文件${d}件进行了${a}，清理结果已报送司法厅。`,
  }))
  const listed = cross(acts, nums).map(([a, [d, value]]) => ({
    form: 'objects listed before their act', indicator: 'normative_docs_reviewed', want: value + 8,
    text: `我局对以省人民政府名义印发的规范性文件${d}件、以本部门名义印发的规范性文件8件进行了${a}。`,
  }))
  const issued = cross(owners, nums).map(([o, [d]], i) => ({
    form: 'documents issued or undertaken', indicator: 'normative_docs_reviewed', want: null,
    text: i % 2 ? `对${o}规范性文件${d}件进行了公开。` : `2021年承办市政府规范性文件${d}件、部门规范性文件4件，均依规定程序完成。`,
  }))
  return [...single, ...listed, ...issued]
}

function perUnitStaff(): Probe[] {
  const units = ['各职能科室', '各执法中队', '每个中队', '各司法所', '各村']
  const verbs = ['均有', '都有', '至少有', '均配备']
  const tails = ['在编人员具备执法资格', '持证执法人员', '人员持有行政执法证']
  return cross(units, cross(verbs, tails)).map(([u, [v, t]], i) => ({
    form: 'per-unit staffing', indicator: 'certified_officers', want: null,
    text: `${YEARS[i % 3]}本镇${u}${v}${i % 2 ? '2名以上' : '3名'}${t}。`,
  }))
}

function publicityMedia(): Probe[] {
  const media = ['法治宣传栏', '普法宣传橱窗', '法治板报', '法治墙报']
  const verbs = ['出版', '更新', '刊出']
  const events: [string, number][] = [['举办法律咨询活动20余次', 20], ['开展法治宣传活动12场', 12], ['开展法律咨询服务活动8场', 8]]
  return cross(cross(media, verbs), events).map(([[m, v], [e, value]], i) => ({
    form: 'board issues beside events', indicator: 'legal_publicity_events', want: value,
    text: i % 2 ? `全年${v}${m}40余期，${e}，发放宣传资料1500余份。` : `全年发放法治宣传资料1500余份，${e}，悬挂横幅200余条，${v}${m}40余期。`,
  }))
}

function joinedKinds(): Probe[] {
  const named = ['“法治大讲堂”', '“法治讲座”', '“法治大讲堂”']
  const others = ['“以案释法”', '“宪法学习”', '“民法典学习”']
  const events = ['研讨', '专题学习', '讲座']
  const nums: [string, number][] = [['10', 10], ['六', 6]]
  return cross(cross(named, others), cross(events, nums)).map(([[n, o], [e, [d, value]]], i) => ({
    form: 'quoted kinds joined', indicator: 'training_sessions', want: 14 + value,
    text: `${YEARS[i % 3]}局党委集中学习习近平法治思想12次，全警法治专题培训2次，${n}和${o}${e}${d}余场，覆盖民警700余人次。`,
  }))
}

function sinceItBegan(): Probe[] {
  const series = ['大讲堂', '“法治讲堂”', '干部学法讲堂', '法治培训班']
  const starts = ['自开班以来', '开办以来', '自开讲以来', '创办以来']
  return cross(series, starts).map(([s, st], i) => ({
    form: 'since the series began', indicator: 'training_sessions', want: null,
    text: `我局把法治培训列入干部职工学习内容，围绕习近平法治思想等开展学习；${s}${st}已累计举办${30 + i}期。`,
  }))
}

function onboarding(): Probe[] {
  const kinds = ['新进人员培训', '新进干部培训', '新进职工培训']
  const verbs = ['开展', '组织', '举办']
  return cross(kinds, verbs).map(([k, v], i) => ({
    form: 'onboarding', indicator: 'training_sessions', want: null,
    text: `三是打造机关文化，举办青年节座谈会；${v}${k}${3 + i}次。`,
  }))
}

function trainees(): Probe[] {
  const leads = ['举办培训7期', '举办执法人员法治培训班7期', '开展法治培训7场']
  const words: [string, number][] = [['学员1300余人', 1300], ['参训学员420人', 420], ['学员共86人次', 86]]
  return cross(leads, words).map(([l, [w, value]], i) => ({
    form: 'trainees', indicator: 'training_participants', want: value,
    text: `${YEARS[i % 3]}我局面向新提任干部${l}，${w}。`,
  }))
}

function twoOrgans(): Probe[] {
  const places = ['县', '市', '区']
  const gov = ['政府常务会会前学法', '政府常务会议学法']
  const party = ['委常委会会前学法', '委理论学习中心组学法']
  const counts: [number, number][] = [[19, 12], [9, 12], [6, 6]]
  return cross(cross(places, gov), cross(party, counts)).map(([[p, g], [q, [a, b]]], i) => ({
    form: 'two organs', indicator: 'training_sessions', want: a,
    text: i % 2 ? `2021年，${p}${g}${a}次；${p}${q}${b}次。` : `2021年，${p}${q}${b}次；${p}${g}${a}次。`,
  }))
}

function compositeTerm(): Probe[] {
  const leads = ['三是拓展普法阵地，', '加强普法宣传，', '']
  const doers = ['组织村法律顾问', '组织普法志愿者', '']
  const names = ['“法律进村”活动', '“法治进社区”活动', '“宪法进企业”活动']
  return cross(cross(leads, doers), names).map(([[l, d], n]) => ({
    form: 'composite term', indicator: 'legal_publicity_events', want: 50,
    text: `${l}${d}开展${n}50余场。联合派出所等单位开展“法治进校园”活动9次。`,
  }))
}

export const buildProbes = (): Probe[] => [
  ...negatedOne(), ...noDecision(), ...splitRequest(), ...personTimeRequests(), ...decisionsReviewed(), ...opinionsIssued(), ...documentsCleaned(),
  ...perUnitStaff(), ...publicityMedia(), ...joinedKinds(), ...sinceItBegan(), ...onboarding(), ...trainees(), ...twoOrgans(),
  ...compositeTerm(),
]
