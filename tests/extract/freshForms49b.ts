/**
 * Forms from the dev half of the r49b-fresh batch (corpus README, forty-ninth batch, provinces' and prefecture cities' authors), over
 * invented sentences:
 * - the volume of one service-reform programme (推进“高效办成一件事”，年度办件量超100万件): the programme's part, no approvals handled;
 *   a service centre's whole volume, or licences counted in the programme's sentence, still are;
 * - meetings counted by the topics they studied, deliberated and deployed (召开常委会会议、常务会议学习研究部署法治建设议题18次): agenda
 *   items, no study sessions; sessions of study the same meetings held (会前学法6次), or a law studied N times, still are.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, headT, type Probe39 } from './unseenForms39'

const C = head('临江市人民政府')
const CT = headT('臨江市人民政府')
const G = head('青河县人民政府')
const A = head('临江市政务服务管理局')

export const PROGRAMME_VOLUME_49B: Probe39[] = [
  ['a programme\'s yearly volume after 推进', `${C}深化“高效办成一件事”改革，年度办件量超50万件。`, {}],
  ['a programme\'s volume in the year', `${C}推行“一件事一次办”，全年办件量12.6万件。`, {}],
  ['a programme\'s volume after its scenes are counted', `${G}推出“高效办成一件事”重点事项21个，全年办件3.4万件。`, {}],
  ['traditional script, a programme\'s volume', `${CT}推進“高效辦成一件事”，年度辦件量超過80萬件。`, {}],
  ['a programme named after its volume', `${C}年度办件量超过9万件的“一件事一次办”集成服务实现全市通办。`, {}],
  // near misses: the centre's whole volume, licences counted in the programme's sentence, the whole before the programme's part
  ['a service centre\'s yearly volume', `${A}政务服务中心全年办件量18.2万件。`, { approvals_handled: [182000, 'exact'] }],
  ['licences accepted in the programme\'s sentence', `${A}推进“高效办成一件事”，全年受理行政许可事项5600件。`, { approvals_handled: [5600, 'exact'] }],
  ['the whole volume before the programme\'s part', `${A}全年办件量26万件，其中“高效办成一件事”办件1.2万件。`, { approvals_handled: [260000, 'exact'] }],
  ['approvals handled beside the programme\'s scenes', `${A}全年共受理并办结审批服务事项7.7万件，“一件事一次办”事项达到45个。`, { approvals_handled: [77000, 'exact'] }],
]

export const AGENDA_TOPICS_49B: Probe39[] = [
  ['meetings\' topics studied, deliberated and deployed', `${C}召开市委常委会会议、市政府常务会议学习研究部署法治建设议题12次。`, {}],
  ['a party group\'s and standing meetings\' law topics studied and deliberated', `${G}县政府党组会、常务会议学习研究法治议题6次。`, {}],
  ['topics deliberated on a standing meeting\'s agenda', `${C}全年市政府常务会议专题学习研究法治工作议题8次。`, {}],
  ['traditional script, topics studied and deployed', `${CT}召開市委常委會會議和市政府常務會議學習研究部署法治建設議題15次。`, {}],
  ['topics studied and deployed, the meetings after', `${G}学习研究部署法治政府建设议题7次，均由县政府常务会议审议。`, {}],
  // near misses: sessions the same meetings held, a law studied N times, a collective study beside deployed work
  ['a standing meeting\'s studies of law before it', `${C}市政府常务会议会前学法12次。`, { training_sessions: [12, 'exact'] }],
  ['topics deployed, then studies of law', `${C}召开常务会议学习研究部署法治建设议题10次，组织会前学法6次。`, { training_sessions: [6, 'exact'] }],
  ['a party group\'s meeting studying a law', `${G}县政府党组会专题学习《行政复议法》3次。`, { training_sessions: [3, 'exact'] }],
  ['a collective study beside work deployed', `${C}市政府集体学法4次，研究部署法治工作11次。`, { training_sessions: [4, 'exact'] }],
]

/** The same forms in new wording, written after the rules and run once before any change (corpus README, "Dev forms of r49b-fresh"). */
const H = head('东阳市人民政府')
const K = head('青山省人民政府')
const W = head('东阳市行政审批服务局')
export const SECOND_PROGRAMME_VOLUME_49B: Probe39[] = [
  ['a programme\'s volume after its scenes go live', `${H}上线“高效办成一件事”场景32个，年内办件量达到6.8万件。`, {}],
  ['a province\'s programme volume in 余', `${K}全面推行“一件事一次办”，全年办件量210余万件。`, {}],
  ['a programme\'s volume after 围绕', `${H}围绕企业和群众“高效办成一件事”，今年以来办件4.1万件。`, {}],
  // near misses: a bureau's own approvals beside the programme, the hall's volume in a new sentence
  ['a bureau\'s licences after the programme\'s scenes', `${W}推出“一件事”集成服务12项，全年办理行政许可事项8300件。`, { approvals_handled: [8300, 'exact'] }],
  ['the hall\'s volume in the sentence after the programme', `${W}深化“一件事一次办”改革。全年办件量9.6万件，按时办结率100%。`, { approvals_handled: [96000, 'exact'] }],
]
export const SECOND_AGENDA_TOPICS_49B: Probe39[] = [
  ['a province\'s standing meetings\' law topics deliberated', `${K}省政府常务会议研究法治政府建设议题9次。`, {}],
  ['topics studied and deliberated by a city\'s party group', `${H}市政府党组会议学习研究法治议题共5次。`, {}],
  ['topics deployed in Chinese numerals', `${H}市政府常务会议研究部署法治建设议题十二次。`, {}],
  // near misses: study sessions of the same meetings, a lecture before topics
  ['a party group\'s central group studying law', `${H}市政府党组理论学习中心组集中学法4次，研究部署法治工作议题7次。`, { training_sessions: [4, 'exact'] }],
  ['lectures held, then topics deliberated', `${K}举办省政府领导干部法治专题讲座2场，常务会议研究法治议题6次。`, { training_sessions: [2, 'exact'] }],
]
