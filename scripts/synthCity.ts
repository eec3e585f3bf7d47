/**
 * A synthetic city for scale tests and screenshots (`npm run synth -- --preset city35|city300`):
 * the city's departments, its districts and counties, their departments, and the subdistricts
 * and towns under them, as a city's 依法治市办 sees them. Sectors come from the extractor's own
 * organ → sector table (src/extract/places.ts), regions name the city or the district.
 *
 * Like the real reports, coverage is sparse: each agency states a handful of the catalogue's
 * indicators (which ones follows its line of work: enforcement bureaux report cases and fines,
 * subdistricts report disputes, the approval bureau reports processing times), keeps most of them
 * from year to year, and some agencies start reporting later, skip a year or report only once.
 * Values are drawn per agency from unit-appropriate distributions (log-normal counts scaled by the
 * agency's size, percentages in their real ranges) and drift from year to year.
 *
 * Pure and deterministic: the same preset and seed give the same rows.
 */
import { createHash } from 'node:crypto'
import { sectorOf } from '../src/extract/places'
import { rng } from './rng'
import type { RawIndicator } from './synth'

export interface CityPreset {
  agencies: number
  years: number
  lastYear: number
}

export const CITY_PRESETS: Record<string, CityPreset> = {
  city35: { agencies: 35, years: 5, lastYear: 2024 },
  city300: { agencies: 300, years: 8, lastYear: 2024 },
}

const CITY = { zh: '合成市', en: 'Hecheng', region: '合成省合成市' }

type Kind = 'city' | 'district' | 'districtDept' | 'township'

interface Department {
  zh: string
  en: string
  /** What the department reports about (indicator families or single indicators it is likely to state). */
  work: Work[]
}
type Work = 'approval' | 'enforcement' | 'mediation' | 'safety' | 'legal' | 'oversight'

const DEPARTMENTS: Department[] = [
  { zh: '司法局', en: 'Justice Bureau', work: ['legal', 'mediation'] },
  { zh: '市场监督管理局', en: 'Market Regulation Bureau', work: ['enforcement', 'approval'] },
  { zh: '生态环境局', en: 'Ecology and Environment Bureau', work: ['enforcement'] },
  { zh: '交通运输局', en: 'Transport Bureau', work: ['enforcement', 'approval'] },
  { zh: '应急管理局', en: 'Emergency Management Bureau', work: ['enforcement', 'safety'] },
  { zh: '行政审批服务局', en: 'Administrative Approval Bureau', work: ['approval'] },
  { zh: '公安局', en: 'Public Security Bureau', work: ['enforcement', 'mediation'] },
  { zh: '住房和城乡建设局', en: 'Housing and Urban-Rural Development Bureau', work: ['approval', 'enforcement'] },
  { zh: '规划和自然资源局', en: 'Planning and Natural Resources Bureau', work: ['approval', 'enforcement'] },
  { zh: '卫生健康委员会', en: 'Health Commission', work: ['enforcement', 'approval'] },
  { zh: '城市管理局', en: 'Urban Management Bureau', work: ['enforcement'] },
  { zh: '人力资源和社会保障局', en: 'Human Resources and Social Security Bureau', work: ['mediation', 'approval'] },
  { zh: '教育局', en: 'Education Bureau', work: ['approval'] },
  { zh: '民政局', en: 'Civil Affairs Bureau', work: ['approval', 'mediation'] },
  { zh: '农业农村局', en: 'Agriculture and Rural Affairs Bureau', work: ['enforcement'] },
  { zh: '水务局', en: 'Water Affairs Bureau', work: ['enforcement', 'approval'] },
  { zh: '文化和旅游局', en: 'Culture and Tourism Bureau', work: ['enforcement'] },
  { zh: '商务局', en: 'Commerce Bureau', work: ['approval'] },
  { zh: '财政局', en: 'Finance Bureau', work: ['oversight'] },
  { zh: '发展和改革委员会', en: 'Development and Reform Commission', work: ['oversight', 'approval'] },
  { zh: '统计局', en: 'Statistics Bureau', work: ['enforcement'] },
  { zh: '医疗保障局', en: 'Healthcare Security Bureau', work: ['enforcement'] },
  { zh: '林业局', en: 'Forestry Bureau', work: ['enforcement'] },
  { zh: '退役军人事务局', en: 'Veterans Affairs Bureau', work: ['mediation'] },
  { zh: '审计局', en: 'Audit Bureau', work: ['oversight'] },
  { zh: '经济和信息化局', en: 'Economy and Information Technology Bureau', work: ['approval'] },
  { zh: '科学技术局', en: 'Science and Technology Bureau', work: ['approval'] },
  { zh: '体育局', en: 'Sports Bureau', work: ['enforcement'] },
  { zh: '信访局', en: 'Petitions Bureau', work: ['mediation'] },
  { zh: '人民防空办公室', en: 'Civil Air Defence Office', work: ['enforcement'] },
  { zh: '档案局', en: 'Archives Bureau', work: ['oversight'] },
  { zh: '气象局', en: 'Meteorological Bureau', work: ['approval', 'safety'] },
  { zh: '粮食和物资储备局', en: 'Grain and Reserves Bureau', work: ['enforcement'] },
  { zh: '机关事务管理局', en: 'Government Offices Administration', work: ['oversight'] },
]

/** The departments a district or county has (a subset of the city's). */
const DISTRICT_DEPARTMENTS = DEPARTMENTS.filter((d) => !['气象局', '档案局', '粮食和物资储备局', '机关事务管理局', '人民防空办公室', '体育局'].includes(d.zh))

const DISTRICTS = [
  { zh: '东湖区', en: 'Donghu District' }, { zh: '西岭区', en: 'Xiling District' }, { zh: '南溪区', en: 'Nanxi District' },
  { zh: '北塘区', en: 'Beitang District' }, { zh: '青山区', en: 'Qingshan District' }, { zh: '白沙区', en: 'Baisha District' },
  { zh: '临江区', en: 'Linjiang District' }, { zh: '云岭县', en: 'Yunling County' }, { zh: '石门县', en: 'Shimen County' },
  { zh: '桃源县', en: 'Taoyuan County' }, { zh: '平安县', en: 'Ping\'an County' }, { zh: '长乐县', en: 'Changle County' },
]
const STREETS = [
  ['龙泉', 'Longquan'], ['新华', 'Xinhua'], ['东门', 'Dongmen'], ['河西', 'Hexi'], ['城关', 'Chengguan'], ['滨江', 'Binjiang'],
  ['朝阳', 'Chaoyang'], ['双桥', 'Shuangqiao'], ['金沙', 'Jinsha'], ['和平', 'Heping'], ['望江', 'Wangjiang'], ['古城', 'Gucheng'],
]
const TOWNS = [
  ['青石', 'Qingshi'], ['马鞍', 'Ma\'an'], ['白鹤', 'Baihe'], ['三溪', 'Sanxi'], ['龙潭', 'Longtan'], ['高桥', 'Gaoqiao'],
  ['柳溪', 'Liuxi'], ['花桥', 'Huaqiao'], ['石坪', 'Shiping'], ['大坪', 'Daping'], ['清河', 'Qinghe'], ['永兴', 'Yongxing'],
]

export interface CityAgency {
  agency: string
  agency_en: string
  region: string
  sector: string
  kind: Kind
  work: Work[]
  /** Scale of the agency's counts relative to a city department (1). */
  size: number
}

/** The city's agencies: departments first, then each district with its departments and towns. */
export function cityAgencies(n: number, r: () => number): CityAgency[] {
  // A small city: three districts and two counties; a large one: all twelve.
  const districts = n <= 60 ? [0, 1, 2, 7, 8].map((i) => DISTRICTS[i]) : DISTRICTS
  const nCity = Math.min(DEPARTMENTS.length, Math.round(n * 0.4))
  const rest = Math.max(0, n - nCity - districts.length)
  const nDistrictDepts = Math.round(rest * 0.55)
  const nTownships = rest - nDistrictDepts
  const out: CityAgency[] = []
  const add = (agency: string, agency_en: string, region: string, kind: Kind, work: Work[], size: number) => {
    const sector = sectorOf(agency)
    if (!sector) throw new Error(`no sector for ${agency} (src/extract/places.ts)`)
    out.push({ agency, agency_en, region, sector, kind, work, size: size * Math.exp(0.5 * gauss(r)) })
  }
  for (const d of DEPARTMENTS.slice(0, nCity)) add(`${CITY.zh}${d.zh}`, `${CITY.en} ${d.en}`, CITY.region, 'city', d.work, 1)
  for (const d of districts) add(`${d.zh}人民政府`, `${d.en} Government`, `${CITY.region}${d.zh}`, 'district', ['approval', 'enforcement', 'mediation', 'oversight', 'legal'], 1.6)
  // District departments and townships, dealt round the districts so each gets its share.
  for (let i = 0; i < nDistrictDepts; i++) {
    const d = districts[i % districts.length]
    const dept = DISTRICT_DEPARTMENTS[Math.floor(i / districts.length) % DISTRICT_DEPARTMENTS.length]
    add(`${d.zh}${dept.zh}`, `${d.en} ${dept.en}`, `${CITY.region}${d.zh}`, 'districtDept', dept.work, 0.35)
  }
  for (let i = 0; i < nTownships; i++) {
    const d = districts[i % districts.length]
    const county = d.zh.endsWith('县')
    const [zh, en] = (county ? TOWNS : STREETS)[Math.floor(i / districts.length) % STREETS.length]
    const name = county ? `${d.zh}${zh}镇人民政府` : `${d.zh}${zh}街道办事处`
    const name_en = county ? `${en} Town, ${d.en}` : `${en} Subdistrict, ${d.en}`
    add(name, name_en, `${CITY.region}${d.zh}`, 'township', ['mediation'], 0.12)
  }
  return out
}

/** Standard normal (Box–Muller). */
function gauss(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r())
}

/** How likely an agency whose work includes `w` states each indicator, on top of BASE. */
const BY_WORK: Record<Work, Record<string, number>> = {
  approval: { approval_time_compression_pct: 0.55, immediate_processing_pct: 0.45, online_processing_pct: 0.45, material_reduction_pct: 0.3, approvals_handled: 0.55 },
  enforcement: { enforcement_inspections: 0.55, enforcement_cases: 0.7, penalty_cases: 0.6, fines_yuan: 0.5, lenient_cases: 0.3, certified_officers: 0.45, legal_review_cases: 0.3 },
  mediation: { disputes_identified: 0.6, disputes_resolved: 0.65, mediation_success_pct: 0.5, petitions_handled: 0.45 },
  safety: { hazards_rectified: 0.8, enforcement_inspections: 0.5 },
  legal: { reconsideration_cases: 0.7, reconsideration_correction_pct: 0.45, legal_publicity_events: 0.7, legal_review_cases: 0.45, normative_docs_filed: 0.35 },
  oversight: { major_decisions: 0.45, normative_docs_reviewed: 0.45, proposals_handled: 0.5, normative_docs_filed: 0.3 },
}
/** Every agency may state these (training, cases against it, disclosure). */
const BASE: Record<string, number> = {
  training_hours_per_person: 0.5, training_sessions: 0.3, training_participants: 0.3, legal_publicity_events: 0.2,
  reconsideration_cases: 0.25, litigation_cases: 0.25, litigation_lost_cases: 0.08, head_appearance_pct: 0.2,
  info_disclosure_requests: 0.15, proposals_handled: 0.15, normative_docs_reviewed: 0.12,
}

/** The indicators an agency usually states (at least two). */
function coreIndicators(a: CityAgency, inds: readonly RawIndicator[], r: () => number): Set<string> {
  const lift = a.kind === 'district' ? 1.5 : a.kind === 'township' ? 0.8 : 1
  const core = new Set<string>()
  for (const ind of inds) {
    let p = BASE[ind.id] ?? 0
    for (const w of a.work) p = Math.max(p, BY_WORK[w][ind.id] ?? 0)
    if (r() < Math.min(0.9, p * lift)) core.add(ind.id)
  }
  while (core.size < 2) core.add(inds[Math.floor(r() * inds.length)].id)
  return core
}

/** Typical count at a city department (size 1). */
const TYPICAL: Record<string, number> = {
  approvals_handled: 20000, enforcement_inspections: 1500, enforcement_cases: 600, penalty_cases: 380, fines_yuan: 3_000_000,
  lenient_cases: 80, hazards_rectified: 1200, reconsideration_cases: 20, litigation_cases: 12, litigation_lost_cases: 2,
  disputes_identified: 800, disputes_resolved: 760, petitions_handled: 400, training_sessions: 12, training_participants: 900,
  certified_officers: 150, proposals_handled: 60, normative_docs_reviewed: 30, legal_review_cases: 120, normative_docs_filed: 15,
  major_decisions: 8, legal_publicity_events: 40, info_disclosure_requests: 90,
}
/** Percentages: centre, spread (sd), and the points per year they improve by. */
const PCT: Record<string, [number, number, number]> = {
  approval_time_compression_pct: [68, 12, 2], immediate_processing_pct: [48, 15, 2.5], online_processing_pct: [88, 8, 1.5],
  material_reduction_pct: [35, 10, 1.5], mediation_success_pct: [96, 2.5, 0.3], head_appearance_pct: [88, 10, 2],
  reconsideration_correction_pct: [8, 5, -0.5],
}

export interface CityTables {
  reports: object[]
  observations: object[]
  texts: object[]
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))
const roundTo = (v: number, step: number) => Math.round(v / step) * step

/** Reports, observations and texts of the preset's city, each value with its evidence sentence. */
export function cityTables(preset: CityPreset, inds: readonly RawIndicator[], seed: number): CityTables {
  const r = rng(seed)
  const agencies = cityAgencies(preset.agencies, r)
  const firstYear = preset.lastYear - preset.years + 1
  const out: CityTables = { reports: [], observations: [], texts: [] }
  agencies.forEach((a, k) => {
    const no = String(k + 1).padStart(3, '0')
    const core = coreIndicators(a, inds, r)
    // Which years it reports: most every year; some start later, skip a year, or report once.
    const u = r()
    let years = Array.from({ length: preset.years }, (_, i) => firstYear + i)
    if (k === agencies.length - 1 || u < 0.02) years = [preset.lastYear]
    else if (u < 0.17) years = years.slice(1 + Math.floor(r() * (preset.years - 2)))
    else if (u < 0.3 && preset.years > 2) years = years.filter((y) => y !== firstYear + 1 + Math.floor(r() * (preset.years - 2)))
    // Per-agency level of each indicator, and its yearly drift.
    const level = new Map(inds.map((ind) => [ind.id, Math.exp(0.6 * gauss(r))]))
    const drift = new Map(inds.map((ind) => [ind.id, 0.06 * gauss(r)]))
    for (const year of years) {
      const t = year - firstYear
      const reportId = `city-${no}-${year}`
      const title = `${a.agency}${year}年法治政府建设年度报告（合成数据）`
      let text = `${title}\n${year}年，我单位深入推进法治政府建设，现将有关情况报告如下。\n`
      for (const ind of inds) {
        const stated = core.has(ind.id) ? r() < 0.88 : r() < 0.015
        if (!stated) continue
        const q = ind.unit === 'hours' && r() < 0.3 ? 'at_least' : ind.unit !== 'pct' && r() < 0.12 ? 'approx' : 'exact'
        const exact = valueOf(ind, a, level.get(ind.id)!, drift.get(ind.id)!, t, r)
        // Approximate figures are round (1200余件, 约35万元).
        const v = q === 'approx' && exact >= 20 ? roundTo(exact, 10 ** Math.floor(Math.log10(exact) - 1)) : exact
        const evidence = sentence(ind, v, q, r)
        text += '全年'
        const start = text.length
        text += `${evidence}。`
        out.observations.push({
          report_id: reportId, indicator_id: ind.id, value: v, qualifier: q, value_low: null, value_high: null,
          evidence, start, end: start + evidence.length, method: 'rule', reviewed: false,
        })
      }
      out.reports.push({
        report_id: reportId, file: `${reportId}.txt`, source_file: `${reportId}.txt`, title, agency: a.agency, agency_en: a.agency_en,
        region: a.region, sector: a.sector, year, script: 'simplified', chars: text.length,
        sha256: createHash('sha256').update(text).digest('hex'), imported_at: '2025-01-01',
      })
      out.texts.push({ report_id: reportId, text })
    }
  })
  return out
}

function valueOf(ind: RawIndicator, a: CityAgency, level: number, drift: number, t: number, r: () => number): number {
  const pct = PCT[ind.id]
  if (ind.unit === 'pct' && pct) {
    const [centre, sd, gain] = pct
    const base = centre + sd * Math.log(level) / 0.6
    return Math.round(clamp(base + gain * t + sd * 0.15 * gauss(r), 0, 100) * 10) / 10
  }
  if (ind.unit === 'hours') return Math.round(clamp(40 * level ** 0.4 + 1.5 * t, 12, 120))
  const typical = TYPICAL[ind.id] ?? 50
  const v = typical * a.size * level * Math.exp(drift * t + 0.1 * gauss(r))
  if (ind.unit === 'yuan') return roundTo(v, 100)
  return Math.max(0, Math.round(v))
}

/** The evidence sentence: 审批时限压缩比达到72.5% · 行政处罚案件1200余件 · 罚没金额478.78万元 · 人均学法学时不少于40学时. */
function sentence(ind: RawIndicator, v: number, q: string, r: () => number): string {
  // 行政处罚案件数 → 行政处罚案件1200件, 参训人次 → 参训900人次
  const unit = ind.unit_zh ?? ''
  const name = unit.length > 1 && ind.name_zh.endsWith(unit) ? ind.name_zh.slice(0, -unit.length) : ind.name_zh.replace(/数$/, '')
  if (ind.unit === 'pct') return `${ind.name_zh}达到${v}%`
  if (ind.unit === 'yuan') return `${name}${q === 'approx' ? '约' : ''}${Number((v / 10000).toFixed(2))}万元`
  if (q === 'at_least') return `${name}不少于${v}${unit}`
  if (q === 'approx') return r() < 0.5 ? `${name}约${v}${unit}` : `${name}${v}余${unit}`
  return `${name}${v}${unit}`
}
