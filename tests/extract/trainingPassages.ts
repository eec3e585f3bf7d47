/**
 * Passages of the training and mediation matrix (trainingMatrix.ts): several facts of the two families and their
 * look-alikes in one paragraph, written for every author of the matrix, as the reworded reports state them. Each
 * passage lists every training and mediation value it states (a value marked optional may be read or left out);
 * any other value of the two families read from it is a mistake (what a report's other figures lend to the
 * families). Sentences are invented for this test.
 */
import { AUTHORS } from './trainingMatrix'

export interface PassageProbe {
  author: string
  text: string
  /** indicator → [value, qualifier, optional?] */
  values: Record<string, [number, string, boolean?]>
}

type Passage = [text: string, values: PassageProbe['values']]

export const FAMILY_IDS = ['training_sessions', 'training_participants', 'training_hours_per_person', 'certified_officers',
  'legal_publicity_events', 'disputes_resolved', 'disputes_identified', 'mediation_success_pct', 'petitions_handled']

const PASSAGES: Passage[] = [
  ['2023年，{A}深入学习贯彻习近平法治思想，党组理论学习中心组开展法治专题学习6次，举办{P}法治培训班3期，参训420人次，' +
    '{P}人均学法42学时。组织干部参加国家工作人员学法用法考试，参考率100%，合格率98.5%。{M}现有执法人员86名，均持有行政执法证件。' +
    '开展普法宣传活动18场，发放宣传资料5600份，受众1.2万人次。',
  { training_sessions: [9, 'derived', true], training_participants: [420, 'exact'], training_hours_per_person: [42, 'exact'],
    certified_officers: [86, 'exact'], legal_publicity_events: [18, 'exact'] }],
  ['2023年，{A}坚持和发展新时代“枫桥经验”，全年排查矛盾纠纷326件，调解成功318件，调解成功率97.5%。受理群众信访事项45件，' +
    '按期办结率100%。配合县人民法院开展诉前调解62件，协助化解信访积案7件。',
  { disputes_identified: [326, 'exact'], disputes_resolved: [318, 'exact'], mediation_success_pct: [97.5, 'exact'],
    petitions_handled: [45, 'exact'] }],
  ['2023年，{A}落实领导干部学法制度，常务会议会前学法12次。组织{P}旁听庭审2次，参加旁听136人次；开展领导干部述法，' +
    '21名领导干部现场述法。新任职干部任前法律知识考试28人，全部合格。',
  { training_sessions: [12, 'exact'] }],
  ['2023年，{A}制定年度学法计划，要求干部职工每人每年学法不少于40学时。全年组织集中学法24次，其中邀请律师专题授课4次。' +
    '选派业务骨干15人参加上级举办的执法培训班。下一步，计划再举办法治培训2期。',
  { training_sessions: [24, 'exact'] }],
  ['2023年，{A}共受理矛盾纠纷215件，调处211件，化解率98.1%。其中，通过“诉调对接”平台化解38件。接待群众来访96批次，' +
    '办理网上信访事项58件。',
  { disputes_resolved: [211, 'exact', true], petitions_handled: [58, 'exact', true], disputes_identified: [215, 'exact', true] }],
  ['2023年，{A}开展“八五”普法中期评估，“八五”普法以来累计开展普法活动460场。全年开展“宪法进万家”等主题宣传活动35场，' +
    '为辖区企业举办法律培训6场，培训企业员工320人次，在电子屏滚动播放普法标语120条。',
  { legal_publicity_events: [35, 'exact'] }],
  // A numbered heading on its own line names what its paragraph's counts are about.
  ['（一）深入学习贯彻习近平法治思想\n2023年，{A}组织党组理论学习中心组学习6次，开展专题研讨2次。',
    { training_sessions: [8, 'derived'] }],
  ['（二）加强法治宣传教育\n2023年，{A}举办法治讲座6场，开展“法律进社区”活动12场。', { legal_publicity_events: [18, 'derived'] }],
  ['二、强化干部学法培训\n2023年，{A}举办法治讲座6场。', { training_sessions: [6, 'exact'] }],
  ['（三）深化矛盾纠纷排查化解\n2023年，{A}共排查矛盾纠纷326件，化解318件。', { disputes_identified: [326, 'exact'], disputes_resolved: [318, 'exact'] }],
  ['（四）学习宣传贯彻党的二十大精神\n2023年，{A}组织集中学习12次，开展宣讲活动6场。', {}],
]

export function buildPassageProbes(): PassageProbe[] {
  return PASSAGES.flatMap(([t, values]) => AUTHORS.map((a) => ({
    author: a.kind,
    text: t.replaceAll('{A}', a.subject).replaceAll('{P}', a.staff).replaceAll('{M}', a.self),
    values,
  })))
}
