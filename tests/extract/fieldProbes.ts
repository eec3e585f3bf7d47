/**
 * Invented openings of a department that names itself only 我局/我委/我办 and its field (tests/extract/regionProbes.test.ts,
 * corpus README "Agency naming": agency null, the sector still recorded): the field as a domain of rule (推进X领域依法治理), a
 * brand of the rule of law (法治X建设), its work made lawful (X工作法治化), the functions it performs (依法履行X职能), its system
 * (全市X系统), each after a national brand (法治中国示范区…建设) that names no field. Names and wording are made up for the probe.
 */
import type { RegionProbe } from './regionProbes'

/** Organ words → the SECTORS label each carries. */
const ORGANS: [string, string][] = [
  ['文化广电旅游体育局', '文化旅游'], ['农业农村局', '农业农村'], ['乡村振兴局', '农业农村'], ['畜牧兽医局', '农业农村'], ['行政审批服务局', '政务服务'],
  ['政务服务和大数据管理局', '政务服务'], ['数据资源管理局', '政务服务'], ['综合行政执法局', '城市管理'], ['城市管理局', '城市管理'], ['退役军人事务局', '退役军人事务'],
  ['医疗保障局', '医疗保障'], ['林业和草原局', '林业'], ['自然资源和规划局', '自然资源'], ['住房和城乡建设局', '住房城乡建设'], ['交通运输局', '交通'], ['水利局', '水利'],
  ['人民防空办公室', '人民防空'], ['信访局', '信访'], ['机关事务管理局', '机关事务'], ['地方金融监督管理局', '金融'], ['卫生健康委员会', '卫生健康'], ['应急管理局', '应急管理'],
  ['司法局', '司法行政'], ['公安局', '公安'], ['市场监督管理局', '市场监管'], ['生态环境局', '生态环境'], ['发展和改革委员会', '发展改革'], ['财政局', '财政'],
  ['人力资源和社会保障局', '人力资源社会保障'], ['民政局', '民政'], ['商务局', '商务'], ['统计局', '统计'], ['审计局', '审计'], ['科学技术局', '科技'],
  ['工业和信息化局', '经济信息化'], ['民族宗教事务局', '民族宗教'], ['档案局', '档案'], ['体育局', '体育'], ['知识产权局', '知识产权'], ['教育局', '教育'],
  ['气象局', '气象'], ['税务局', '税务'], ['疾病预防控制局', '卫生健康'],
]

/** The field a department's report names its work by: its name without the organ word (地方金融 without 监督管理 too). */
const fieldOf = (w: string) => w.replace(/(?:管理委员会|委员会|办公室|局)$/, '').replace(/^地方金融监督管理$/, '地方金融')
const selfOf = (w: string) => (w.endsWith('委员会') ? '我委' : w.endsWith('办公室') ? '我办' : '我局')

const FORMS: [string, (field: string, self: string) => string][] = [
  ['X领域依法治理', (f, s) => `${s}坚持以习近平法治思想为指导，推进${f}领域依法治理，各项工作取得新进展`],
  ['法治X建设', (f, s) => `${s}坚持以习近平法治思想为指导，全力推进法治${f}建设`],
  ['X工作法治化', (f, s) => `${s}坚持依法行政，推进${f}工作法治化`],
  ['依法履行X职能', (f, s) => `${s}坚持依法行政，依法履行${f}职能`],
  ['全市X系统', (f, s) => `${s}坚持依法行政，推动全市${f}系统依法行政`],
]

export function fieldProbes(): RegionProbe[] {
  return ORGANS.flatMap(([word, sector]) => FORMS.map(([form, lead]) => ({
    form: `sector of an unnamed department by its field: ${form}`,
    name: word,
    text: `2023年度法治政府建设工作报告\n2023年，我们为法治中国示范区先行市建设贡献力量，${lead(fieldOf(word), selfOf(word))}。\n一、主要工作\n全年办理行政处罚案件126件。\n`,
    agency: null, region: null, sector,
  })))
}
