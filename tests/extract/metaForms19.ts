/**
 * Invented openings over the metadata forms of meta19 (tests/extract/metaForms19.test.ts), each crossed with several places,
 * organ kinds and levels, by the conventions of tests/fixtures/corpus/README.md: a disclosure preamble's verbs before a
 * place (现向社会公布…, 请致电…) are no part of it; a town's county written right before it (中共X区Y镇委员会) or in the address of its
 * office (请联系X镇党政办（Y市Z县人民路55号…）) starts its region; a
 * street the text writes X街 keeps that region; a title's 监管管理局 is the 监督管理局; a level-named general office (区党政办)
 * has its government's sector; the leaders of a body (X街道领导班子) as the lead's subject stand for it; a compiler as a
 * clause's subject (X局编制了本年度报告) or after 本年度报告由; a 述法 title or byline naming the leader after the organ (X局局长张三); 市监局
 * for 市场监督管理局; a news lead opening on its event's day or 近日 with the body as its subject (6月10日，X街道联合…开展…); a town's brand with its level (推进X镇法治建设); a city named only by its
 * newspaper or a quoted account (安康日报, “安康商务”); a 我局 guided by its superior department gives that field; a government's page line (breadcrumb, 来源, its general office) above a
 * 我局 and the partners a 我局 lists (联合A局、B局) are not its author; bureaus that
 * report on their own (文物局, 社会组织管理局, 监狱管理局, 戒毒管理局); the year from the author's own document number, from a news
 * piece's opening day (4月9日，近日，), from a title spaced out as a PDF prints it; a 行政执法数据表 as a title. Names, figures and wording are made up for the probe.
 */
import { toTraditional } from './traditional'
import type { Probe } from './openingProbes'

const REST = '\n一、主要工作\n全年办理行政处罚案件126件，开展执法检查38次。\n二、存在的问题\n执法队伍专业化水平仍需提升。\n'
/** Prefecture cities (the city list knows them), counties and districts, towns, streets written X街. */
const CITIES = ['安康市', '徐州市', '湛江市', '柳州市', '大同市', '汕尾市']
const COUNTIES = ['兴国县', '遂溪县', '张店区', '青杉县', '宁远区', '长河县']
const TOWNS = ['良村镇', '北坡镇', '石桥镇', '大马乡', '红旗镇', '新塘乡']
const STREETS = ['龙归街', '洛浦街', '石门街', '东华街']
/** Departments: the name, its abbreviation by level (市X局), its sector. */
const DEPARTMENTS: [string, string, string][] = [
  ['商务局', '商务局', '商务'], ['司法局', '司法局', '司法行政'], ['医疗保障局', '医保局', '医疗保障'], ['文物局', '文物局', '文物'],
  ['社会组织管理局', '社会组织管理局', '民政'], ['气象局', '气象局', '气象'], ['退役军人事务局', '退役军人局', '退役军人事务'],
]
/** Bureaus named in full only (a province's prison and drug-rehabilitation bureaus, a city's relics and social-organisation bureaus). */
const OWN_BUREAUS: [string, string][] = [['山西省监狱管理局', '司法行政'], ['江苏省戒毒管理局', '司法行政'], ['大同市文物局', '文物'], ['广州市社会组织管理局', '民政']]

const probe = (form: string, name: string, text: string, agency: string | null, region: string | null, sector: string | null, year: number | null = 2023): Probe =>
  ({ form, name, text, agency, region, sector, year, source: '' })

function preambles(): Probe[] {
  const out: Probe[] = []
  for (const [i, town] of TOWNS.entries()) {
    const county = COUNTIES[i % COUNTIES.length]
    const city = CITIES[i % CITIES.length]
    const agency = `${town}人民政府`
    const head = `${county}${town}2023年政府信息公开工作年度报告\n依照《中华人民共和国政府信息公开条例》，`
    out.push(probe('a disclosure preamble’s verbs before the place', `公布 ${town}`,
      `${head}现向社会公布${county}${town}2023年政府信息公开工作年度报告。${REST}`, agency, `${county}${town}`, '乡镇政府'))
    out.push(probe('a disclosure preamble’s verbs before the place', `致电 ${town}`,
      `${head}现将本镇2023年度政府信息公开工作情况向社会公布。如有疑问，请致电${county}${town}党政综合办公室（地址${city}${county}${town}人民路84号）。${REST}`,
      agency, `${city}${county}${town}`, '乡镇政府'))
    for (const street of ['人民路55号', '东城大道8号']) {
      out.push(probe('the address of the town’s own office', `${town} ${street}`,
        `${town}2023年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制。如有疑问，请联系${town}党政办（${city}${county}${street}，电话0759-7171101）。${REST}`,
        agency, `${city}${county}${town}`, '乡镇政府'))
    }
    out.push(probe('a town’s county written before it', `党委 ${town}`,
      `标题：中共${county}${town}委员会关于2023年度法治政府建设情况报告\n发布机构：${agency}\n中共${county}${town}委员会\n关于2023年度法治政府建设情况报告\n2023年，${town}扎实推进法治政府建设。${REST}`,
      agency, `${county}${town}`, '乡镇政府'))
    out.push(probe('a town’s brand with its level', `品牌 ${town}`,
      `2023年，我${town.slice(-1)}立足发展实际，按照${county}法治政府建设的有关要求，依法全面履行政府职能，推进${town}法治建设。现将本${town.slice(-1)}2023年度主要情况报告如下：${REST}`,
      agency, `${county}${town}`, '乡镇政府'))
  }
  return out
}

function streetsAndLeaders(): Probe[] {
  const out: Probe[] = []
  for (const street of STREETS) {
    out.push(probe('a street written X街', street, `2023年，${street}在区委、区政府领导下，以习近平法治思想为指导，推进法治政府建设。现将${street}2023年度法治政府建设工作情况报告如下：${REST}`,
      `${street}道办事处`, street, '街道'))
  }
  const places: [string, string, string][] = [...TOWNS.map((t): [string, string, string] => [t, `${t}人民政府`, '乡镇政府']),
    ['中都街道', '中都街道办事处', '街道'], ['东湖街道', '东湖街道办事处', '街道'], ['长河县', '长河县人民政府', '区县政府']]
  for (const [place, agency, sector] of places) {
    for (const leaders of ['领导班子', '党委领导班子', '班子']) {
      if (leaders === '党委领导班子' && place.endsWith('街道')) continue
      out.push(probe('the leaders of a body as the lead’s subject', `${place}${leaders}`,
        `2023年，${place}${leaders}以习近平法治思想为统领，履行法治建设领导职责。现将年度法治工作情况报告如下：${REST}`, agency, place, sector))
    }
  }
  for (const [level, sector] of [['区', '区县政府'], ['县', '区县政府'], ['镇', '乡镇政府'], ['乡', '乡镇政府'], ['街道', '街道']]) {
    for (const office of ['党政办', '政府办', '党政综合办公室']) {
      if (level === '街道' && office === '政府办') continue
      out.push(probe('a general office named by its level', `${level}${office}`,
        `区依法治区委员会：\n2023年，${level}${office}以习近平新时代中国特色社会主义思想为指导，提高依法行政水平。现将有关工作情况报告如下：${REST}`, null, null, sector))
    }
  }
  return out
}

/** A news piece on a town's, street's or bureau's event, its lead opening on the day (or 近日) with the body as subject, under a dated page line. */
function newsLeads(): Probe[] {
  const out: Probe[] = []
  const bodies: [string, string, string][] = [...TOWNS.slice(0, 3).map((t): [string, string, string] => [t, `${t}人民政府`, '乡镇政府']),
    ['横岗街道', '横岗街道办事处', '街道'], ['东湖街道', '东湖街道办事处', '街道'], ...COUNTIES.slice(0, 3).map((c): [string, string, string] => [`${c}司法局`, `${c}司法局`, '司法行政'])]
  for (const [subject, agency, sector] of bodies) {
    for (const [opening, verb] of [['12月4日', '在集市开展'], ['6月10日上午', '联合派出所开展'], ['近日', '举办'], ['日前', '走进社区开展']]) {
      out.push(probe('a news lead opening on its day', `${opening} ${subject}`,
        `${subject}开展宪法宣传活动\n2023-12-05 来源：本网\n${opening}，${subject}${verb}宪法宣传日活动，发放宣传资料500份。\n`,
        agency, agency.startsWith(subject) && !subject.endsWith('局') ? subject : subject.replace(/司法局$/, ''), sector))
    }
  }
  return out
}

function departments(): Probe[] {
  const out: Probe[] = []
  for (const [i, [dept, short, sector]] of DEPARTMENTS.entries()) {
    const city = CITIES[i % CITIES.length]
    const county = COUNTIES[i % COUNTIES.length]
    const stem = city.slice(0, -1)
    out.push(probe('a compiler as a clause’s subject', `${city}${dept}`,
      `${city}${dept.replace(/局$/, '')}部门2023年政府信息公开工作年度报告\n依据《中华人民共和国政府信息公开条例》，${city}${dept}编制了本年度报告，现将工作情况报告如下：${REST}`,
      `${city}${dept}`, city, sector))
    out.push(probe('a compiler as a clause’s subject', `${county}${dept}`,
      `2023年政府信息公开工作年度报告\n根据条例要求，${county}${dept}编制了本报告。${REST}`, `${county}${dept}`, county, sector))
    for (const [kind, named] of [['newspaper', `${stem}日报`], ['account', `“${stem}${dept.slice(0, 2)}”微信公众号`]]) {
      out.push(probe('a city named only by its newspaper or a quoted account', `${kind} ${city}${dept}`,
        `一、总体情况\n2023年，市${short}以习近平新时代中国特色社会主义思想为指导，依法推进政府信息公开，优选信息推送至市政府网站和${named}。${REST}`,
        `${city}${dept}`, city, sector))
    }
    out.push(probe('a 我局 guided by its superior department', `${county} ${dept}`,
      `2023年，我局在区委、区政府的领导和市${short}的业务指导下，以习近平新时代中国特色社会主义思想为指导，依法履行职责。${REST}`, null, null, sector))
  }
  for (const [i, county] of COUNTIES.entries()) {
    const [dept, , sector] = DEPARTMENTS[i]
    const agency = `${county}${dept}`
    const post = dept === '文物局' ? '局长' : '党组书记、局长'
    out.push(probe('a compiler after 本年度报告由', agency, `2023年政府信息公开工作年度报告\n本年度报告由${agency}编制。${REST}`, agency, county, sector))
    out.push(probe('a 述法 title or byline naming the leader', `title ${agency}`, `${agency}${post}张三2023年度述法报告\n2023年，本人坚持依法行政。${REST}`, agency, county, sector))
    out.push(probe('a 述法 title or byline naming the leader', `byline ${agency}`, `2023年度述法报告\n${agency}${post} 李四平\n2023年，本人坚持依法行政。${REST}`, agency, county, sector))
    out.push(probe('a 述法 title or byline naming the leader', `no year ${agency}`, `${agency}${post}述法报告\n2023年，本人坚持依法行政。${REST}`, agency, county, sector))
    out.push(probe('a 述法 title or byline naming the leader', `name only ${agency}`, `2023年度党政主要负责人述法报告\n${agency} 王某\n2023年，本人坚持依法行政。${REST}`, agency, county, sector))
    out.push(probe('a 市监局 for short', county, `${county}市监局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。${REST}`, `${county}市场监督管理局`, county, '市场监管'))
  }
  for (const county of COUNTIES) {
    const lead = `2023年，我局履行市场监管职能，推进法治市场监管建设。${REST}`
    for (const [kind, chrome] of [['breadcrumb', `首页 > ${county}人民政府 > 信息公开 > 法治政府建设`], ['来源', `来源：${county}人民政府办公室`],
      ['发布机构', `发布机构：${county}人民政府办公室　发布日期：2024-01-10`], ['breadcrumb of its office', `首页 > ${county}人民政府办公室 > 法治政府建设`]]) {
      out.push(probe('a government’s page line above a 我局', `${kind} ${county}`, `${chrome}\n2023年法治政府建设工作报告\n${lead}`, null, null, '市场监管'))
    }
    out.push(probe('the partners a 我局 lists', county, `2023年法治政府建设工作报告\n2023年，我局履行市场监管职能，联合${county}公安局、${county}交通运输局开展执法行动。${REST}`,
      null, null, '市场监管'))
  }
  for (const [bureau, sector] of OWN_BUREAUS) {
    out.push(probe('bureaus that report on their own', `title ${bureau}`, `${bureau}2023年法治政府建设年度报告\n2023年，我局坚持依法行政。${REST}`,
      bureau, bureau.match(/^(.+?[省市])/)![1], sector))
    out.push(probe('bureaus that report on their own', `publisher ${bureau}`, `发布机构：${bureau}　发布日期：2024-01-23\n2023年，我局坚持依法行政。${REST}`,
      bureau, bureau.match(/^(.+?[省市])/)![1], sector))
  }
  for (const [i, county] of COUNTIES.entries()) {
    const typo = `${county}市场监管管理局`
    out.push(probe('a title’s 监管管理局', typo, `${typo}2023年行政执法工作报告\n这一年，${county}市场监管局全面推进依法行政。${REST}`,
      `${county}市场监督管理局`, county, '市场监管'))
    out.push(probe('a title’s 监管管理局', `${CITIES[i]}${typo.slice(county.length)}`, `${CITIES[i]}市场监管管理局2023年法治政府建设年度报告\n2023年，我局全面推进依法行政。${REST}`,
      `${CITIES[i]}市场监督管理局`, CITIES[i], '市场监管'))
  }
  return out
}

function years(): Probe[] {
  const out: Probe[] = []
  for (const [i, year] of [2020, 2021, 2022, 2023, 2024].entries()) {
    const city = CITIES[i]
    const [dept, , sector] = DEPARTMENTS[i]
    for (const number of [`汕医保党组〔${year}〕30号`, `${city.slice(0, 1)}司发［${year}］5号`, `党组〔${year}〕12号`]) {
      out.push(probe('the author’s own document number', `${year} ${number}`,
        `按照《法治政府建设实施纲要（2021—2025年）》的部署，我局推进法治政府建设。有关情况报告如下：\n一、法治建设工作情况\n印发《${city}${dept}关于学习宣传贯彻法治思想的工作方案》（${number}），今年以来召开中心组学习9次。\n`,
        `${city}${dept}`, city, sector, year))
    }
    for (const [month, day] of [[4, 9], [3, 15], [12, 2]]) {
      const published = `${year}-${String(month).padStart(2, '0')}-${day + 2}`
      for (const opening of [`${month}月${day}日`, `${month}月${day}日上午`, '近日', '日前', `${year}年${month}月${day}日`]) {
        out.push(probe('a news piece opening on its event’s day', `${published} ${opening}`,
          `发布机构：${city}${dept}　成文日期：${published}\n${city}${dept}联合多部门开展普法宣传活动\n${opening}，${city}${dept}会同市司法局开展专项宣传，发放资料1200份。\n`,
          `${city}${dept}`, city, sector, year))
      }
    }
    for (const kind of ['行政执法数据表', '行政执法统计表']) {
      out.push(probe('an enforcement report’s 数据表 title', `${year} ${kind}`, `${city}${dept}${year}年度${kind}\n填报说明：行政处罚按统计年度1月1日至12月31日作出的处罚决定计。\n`,
        `${city}${dept}`, city, sector, year))
    }
    out.push(probe('a title spaced out as a PDF prints it', `${year} ${city}${dept}`,
      `${[...`${city}${dept}${year}年度法治政府建设工作报告`].join(' ')}\n一年来，我局办理行政复议案件12件。${year - 1}年、${year}年分别办理35件、29件。\n`,
      `${city}${dept}`, city, sector, year))
  }
  return out
}

/** Every form, and every fifth probe of it again in traditional script (the labels stay simplified, as the score compares). */
export function metaForms19(): Probe[] {
  const all = [...preambles(), ...streetsAndLeaders(), ...newsLeads(), ...departments(), ...years()]
  return [...all, ...all.filter((_, i) => i % 5 === 0).map((p) => ({ ...p, name: `${p.name} (traditional)`, text: toTraditional(p.text) }))]
}
