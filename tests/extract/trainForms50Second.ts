/**
 * The second batch of round 50's training forms (trainForms50.ts), in new wording by other authors, written after the rules and run
 * once before any rule was changed for it: the same precision forms (topics, exams, hours required, others trained, attended,
 * certificates, publicity reach, spans) and the shapes this round read (讲, a bracketed gloss, 参加本局举办的, 连续N年…累计).
 * Sentences invented for this test (the real reports' register, no report's wording).
 */
import { head, headT, type Probe39 } from './unseenForms39'

const MIN = head('自然资源部')
const PRV = head('广西壮族自治区生态环境厅')
const CITY = head('临川市医疗保障局')
const CITY_T = headT('臨川市醫療保障局')
const CO_GOV = head('柳溪县人民政府')
const CO_AGR = head('柳溪县农业农村局')
const CO_HSG = head('柳溪县住房和城乡建设局')
const CO_HSG_T = headT('柳溪縣住房和城鄉建設局')
const TOWN = head('桃源乡人民政府')
const STREET = head('西城街道办事处')

export const SECOND_50: Probe39[] = [
  ['subjects of the centre group\'s study', `${PRV}厅党组中心组全年学法5次，研讨法治议题14个。`, { training_sessions: [5, 'exact'] }],
  ['regulations studied by a town', `${TOWN}乡党委会议专题学习涉农法律法规11部。`, {}],
  ['a qualifying test\'s passers', `${CO_HSG}组织参加执法资格考试28人，考试通过率89.3%。`, {}],
  ['an essay contest\'s entries', `${CITY}开展法治征文活动，收到征文作品126篇。`, {}],
  ['hours required then hours done', `${CO_AGR}年初明确干部学法不低于50学时，年终统计人均达到58学时。`, { training_hours_per_person: [58, 'exact'] }],
  ['one lecture\'s length', `${MIN}法治讲座每场时长约2.5小时。`, {}],
  ['farmers trained by a farm bureau', `${CO_AGR}面向种养大户开展农业技术培训42期，培训农民5600人次。`, {}],
  ['builders\' site managers taught', `${CO_HSG_T}為建築施工企業項目負責人舉辦質量安全培訓6期，培訓780人次。`, {}],
  ['cadres sent to the city\'s course', `${CO_GOV}选调乡镇和部门干部35人参加市委依法治市办举办的法治轮训。`, {}],
  ['our people at the city bureau\'s lectures in 讲', `${CO_AGR}局机关干部参加市局举办的“农业法治讲堂”4讲。`, {}],
  ['cards issued to the new staff', `${CITY}为新录用人员申领执法证件14本。`, {}],
  ['holders after their new cards', `${CITY_T}新增持證人員9名，目前全局持有執法證件人員共71名。`, { certified_officers: [71, 'exact'] }],
  ['plays of a video series', `${CO_GOV}“柳溪说法”栏目全年播出32期，点击量逾50万人次。`, {}],
  ['a booth\'s visitors and materials', `${STREET}设立法律咨询台接待群众咨询460人次，发放手册1500册。`, {}],
  ['years running, trainings added up', `${MIN}“自然资源执法大讲堂”已连续开办四年，累计培训执法人员8600人次。`, {}],
  ['lectures in 讲 with their people', `${PRV}厅机关开设“生态环境法治讲堂”6讲，干部职工参学累计720人次。`,
    { training_sessions: [6, 'exact'], training_participants: [720, 'exact'] }],
  ['a bracketed gloss before the trainees', `${STREET}举办社区（小区）法律明白人培训班2期，培训社区（小区）法律明白人96人。`,
    { training_sessions: [2, 'exact'], training_participants: [96, 'exact'] }],
  ['our own course named as the host', `${CO_HSG}全局执法人员62人参加了本局组织的建设工程法律法规培训。`, { training_participants: [62, 'exact'] }],
  ['a figure after a colon with 场次', `${CO_GOV}县政府常务会议会前学法：全年12场次。`, { training_sessions: [12, 'exact'] }],
  ['Chinese numerals for publicity events', `${TOWN}组织“法律进乡村”宣传活动十五场，受众一千余人次。`, { legal_publicity_events: [15, 'exact'] }],
]
