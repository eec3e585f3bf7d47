/**
 * Runs the forms of r56d-fresh's dev half (freshForms56d.ts): each value probe states exactly the values it lists of its group's
 * indicators, every other one of them absent; each meta probe its opening's agency, region, sector and year.
 */
import { probeSuite } from './unseenForms39'
import { metaSuite } from './metaSuite'
import { NONE_BY_APPLICANTS_56D, SCIENCE_WORK_56D } from './freshForms56d'

/**
 * Probes left open: written failing first (3 of the 5 value forms and the 3 science reports; 未接到企业或个人的… and 无社会团体、企业和群众
 * 的… were read already, the gap to the term short enough).
 */
const OPEN = new Set<string>([
  '没有收到 applicants 的 申请', '未收到任何 applicants 的 依申请公开事项', 'traditional, 没有收到 applicants 的 申请',
])

probeSuite('r56d: none of the disclosure requests named by their applicants\' kinds', NONE_BY_APPLICANTS_56D, ['info_disclosure_requests'], OPEN)

const OPEN_META = new Set<string>(['本局 with 科普 and 科技中介', '我局 with high-tech firms and technology contracts', '我局 with 科技特派员 and 科技成果转化'])

metaSuite('r56d: a 本局 or 我局 report that names only a science and technology bureau\'s work', SCIENCE_WORK_56D, 6, OPEN_META)
