/**
 * Runs the forms of r56a-fresh's dev half (freshForms56a.ts): the openings' authors, regions, sectors and years, and each value
 * text's sessions (no other the text does not state).
 */
import { probeSuite } from './unseenForms39'
import { metaSuite } from './metaSuite'
import { COMMITTEE_OBJECT_56A, PARTY_SCHOOL_CLASSES_56A, REVIEWED_REPORT_56A } from './freshForms56a'

/** Probes left open (failing before any rule was changed for them): each must still fail; when a rule reads it, take it out. */
const OPEN = new Set<string>([
  '列入市委常委会 after 我市', '纳入市委理论学习中心组', '写入市委全会报告', '依法治市工作会议 in a list of meetings', '列入县委常委会 after 我县',
  'traditional: 列入市委常委会',
  '审议《X县2024年度…报告》 in a 2025 lead', '听取《…2022年度…工作报告》 in a 2023 lead', '报送《…2023年…报告》 in a 2024 lead',
  'traditional: 审议《…》',
  '党校X班、Y班等开设…课N期', '党校在…班上开设…课N次', 'traditional: 党校…班开设…课',
])

metaSuite('r56a: a verb whose object is a level\'s committee', COMMITTEE_OBJECT_56A, 8, OPEN)
metaSuite('r56a: the year before\'s report reviewed by its title', REVIEWED_REPORT_56A, 6, OPEN)
probeSuite('r56a: a party school\'s classes', PARTY_SCHOOL_CLASSES_56A, ['training_sessions'], OPEN)
