/**
 * Value forms of the enforcement, mediation and approval families learned from the dev errors after the fold of 2026-12-04
 * (issue 11, valsA19), as a generated probe matrix: each form crossed with several subjects, verbs, terms, units, numerals and
 * positions, with its near misses (the same sentence where the figure is the year's own). Sentences are invented for this test.
 * - a zero stated in a clause about another year or a part of it (2022年…，没有败诉; 上半年未发生行政复议) is that scope's;
 * - a clause with no subject of its own carries the subject of the clause of the figure before it: other bodies' (各乡镇共查处…，
 *   罚没款总计…) are never the author's, an area's bodies' (全市各级复议机关共收到…，审查后受理…) lose to the author's own;
 * - the author's own part that opens a sentence after an area's total (…。其中市政府本级受理…142件) is the author's count;
 * - a breakdown announced by 其中，/其中： goes on over the ；-parts after it (其中，查处…502件，罚没288.26万元；查处…1070件，罚没…);
 * - 化解 of a dispute between bodies or with the administration (执法争议, 管辖争议, 权限争议) resolves no 矛盾纠纷;
 * - visits received (接待群众来访N批) are another stage than the petition matters handled (受理信访事项M件);
 * - a count since a service's trial run began (自去年11月试运行以来共调解…) is its whole life, not the year's;
 * - a mediation body named by the disputes it takes (医疗纠纷调解组织…) is another body as a clause's subject;
 * - a breakdown by year (分年度看，2018年…；今年…) gives parts of a total over years, not the year's own;
 * - a total to a date in the first half of the year (今年截至3月13日…) is a part of the year's (corpus README: 截至2月17日);
 * - an amount for each of several parties (对2家企业各处罚款5000元) is that many times the amount;
 * - checks of a list of places closed by 等 and what they are (检查…、…等生产经营场所1427家次): the term stands far from its figure;
 * - cases of one kind (涉企行政复议案件11件, 涉外行政诉讼案件) are a part of the cases, not their count.
 */

export interface Probe19 {
  form: string
  text: string
  indicator: string
  /** The value to read, or null when the indicator must stay unread. */
  want: number | null
  /** Figures no indicator may take. */
  mustNot: number[]
}

const probe = (form: string, text: string, indicator: string, want: number | null, mustNot: number[] = []): Probe19 =>
  ({ form, text, indicator, want, mustNot })

/** [indicator, zero statement] for the negations the catalogue reads. */
const ZEROS: [string, string][] = [
  ['litigation_lost_cases', '行政诉讼没有败诉'],
  ['litigation_lost_cases', '行政应诉案件均未败诉'],
  ['reconsideration_cases', '未发生行政复议案件'],
  ['reconsideration_cases', '没有收到行政复议申请'],
  ['litigation_cases', '无行政诉讼案件'],
]
/** Clause leads whose scope is not the report's year (2023). */
const OTHER_SCOPES = ['2022年', '2021年全年', '上年同期', '上半年', '第三季度', '“春雷行动”期间', '仅12月份']
const SUBJECTS = ['', '本局', '我委', '县政府']

function zeros(): Probe19[] {
  const out: Probe19[] = []
  for (const [indicator, zero] of ZEROS) {
    for (const subject of SUBJECTS) {
      const own = '2023年，本局依法履职，全年办理政务服务事项120件。'
      for (const scope of OTHER_SCOPES) out.push(probe('zero in another scope', `${own}${scope}，${subject}${zero}。`, indicator, null))
      out.push(probe('zero in another scope', `${own}${OTHER_SCOPES[0]}复议后又起诉到法院的案件有18件，${subject}${zero}。`, indicator, null, [18]))
      // (near misses: the year's own zero, after the year or no lead)
      out.push(probe('the year\'s zero', `${own}全年${subject}${zero}。`, indicator, 0))
      out.push(probe('the year\'s zero', `${own}${subject}${zero}。`, indicator, 0))
    }
  }
  return out
}

/** [indicator, first clause's term, carried clause, carried value, the author's own sentence, own value]. */
const CARRIES: [string, string, string, number, string, number][] = [
  ['fines_yuan', '共查处违法案件96件', '罚没款总计116万元', 1160000, '本局查处违法案件34件，罚没款12.5万元', 125000],
  ['fines_yuan', '共下达行政处罚决定书1328份', '罚没金额合计87.6万元', 876000, '本局作出行政处罚决定34份，罚没金额12.5万元', 125000],
  ['reconsideration_cases', '共收到复议申请469件', '审查后受理430件', 430, '本局受理行政复议申请34件', 34],
  ['reconsideration_cases', '共收到行政复议申请469件', '经审查受理430件', 430, '本局受理行政复议申请34件', 34],
  ['disputes_resolved', '共排查矛盾纠纷1200件', '成功化解1120件', 1120, '本局调解成功矛盾纠纷34件', 34],
  ['enforcement_cases', '共开展执法检查3200次', '立案查处违法案件280件', 280, '本局查处违法案件34件', 34],
]
const OTHERS = ['各乡镇', '各乡镇（街道）', '全国各地', '各县（市、区）', '各成员单位']
const AREAS = ['全市各级行政机关', '全县各执法部门', '全省各级复议机关']
const TIME_LEADS = ['', '2023年', '1至12月']

function carried(): Probe19[] {
  const out: Probe19[] = []
  for (const [indicator, first, second, value, own, ownValue] of CARRIES) {
    for (const lead of TIME_LEADS) {
      const at = lead ? `${lead}，` : ''
      for (const others of OTHERS) {
        out.push(probe('other bodies carried', `${at}${others}${first}，${second}。`, indicator, null, [value]))
        out.push(probe('other bodies carried', `2023年，${own}。${at}${others}${first}，${second}。`, indicator, ownValue, [value]))
      }
      for (const area of AREAS) {
        out.push(probe('area carried', `2023年，${own}。${at}${area}${first}，${second}。`, indicator, ownValue, [value]))
        out.push(probe('area carried', `${at}${area}${first}，${second}。2023年，${own}。`, indicator, ownValue, [value]))
      }
      // (near miss: a clause that restarts with the author is its own again)
      out.push(probe('own restart', `${at}${OTHERS[0]}${first}，${own}。`, indicator, ownValue))
    }
  }
  return out
}

/** [indicator, area's total sentence, own part after 其中 (with {N}), own value]. */
const PARTS: [string, string, string][] = [
  ['reconsideration_cases', '全市各级行政复议机关共收到复议申请469件，审查后受理430件、不予受理39件。', '受理行政复议案件{N}'],
  ['enforcement_cases', '全县各级行政执法部门共查处违法案件1320件，罚没款总计116万元。', '查处违法案件{N}'],
  ['litigation_cases', '全市各级行政机关共办理行政应诉案件377件。', '办理行政应诉案件{N}'],
]
const OWN_LEVELS = ['市政府本级', '县政府本级', '省厅本级', '本局', '我委']
const COUNTS: [string, number][] = [['142件', 142], ['一百四十二件', 142], ['86件', 86]]

function ownParts(): Probe19[] {
  const out: Probe19[] = []
  for (const [indicator, total, part] of PARTS) {
    for (const level of OWN_LEVELS) {
      for (const [n, value] of COUNTS) {
        out.push(probe('own part opening a sentence', `2023年，${total}其中${level}${part.replace('{N}', n)}。`, indicator, value, [430, 1320, 377]))
      }
    }
    // (near miss: a part by kind stays a part: the total is read)
    out.push(probe('part by kind', `2023年，${total}其中行政处罚类112件。`, indicator, indicator === 'reconsideration_cases' ? 430 : indicator === 'enforcement_cases' ? 1320 : 377, [112]))
  }
  return out
}

/** [indicator, total clause, parts with {A}/{B}/{C}, total value, part values]. */
const BREAKDOWNS: [string, string, string, number, number[]][] = [
  ['fines_yuan', '全年共查处案件2854件，罚没总额1724.76万元', '查处食品案件502件，罚没{A}万元；查处酒水案件1070件，罚没{B}万元；查处电器案件1023件，罚没{C}万元', 17247600, [2882600, 8499000, 3218800]],
  ['enforcement_cases', '全年共查处违法案件2854件', '食品类查处案件{A}件；药品类查处案件{B}件；其他查处案件{C}件', 2854, [502, 1070, 1023]],
  ['disputes_resolved', '全年共调解成功矛盾纠纷2854件', '调解成功婚姻家庭纠纷{A}件；调解成功邻里纠纷{B}件；调解成功劳资纠纷{C}件', 2854, [502, 1070, 1023]],
]
const OPENERS = ['其中，', '其中：']
const SUBJECTS_B = ['本局', '我局', '']

function breakdowns(): Probe19[] {
  const out: Probe19[] = []
  for (const [indicator, total, parts, value, values] of BREAKDOWNS) {
    const written = (v: number) => (indicator === 'fines_yuan' ? String(v / 10000) : String(v))
    const filled = parts.replace('{A}', written(values[0])).replace('{B}', written(values[1])).replace('{C}', written(values[2]))
    for (const subject of SUBJECTS_B) {
      for (const opener of OPENERS) {
        out.push(probe('breakdown over ；-parts', `2023年，${subject}${total}。${opener}${filled}。`, indicator, value, values))
        out.push(probe('breakdown over ；-parts', `2023年，${subject}${total}，${opener}${filled}。`, indicator, value, values))
      }
    }
  }
  // (near misses: a ；-part that returns to the whole, and one item after a bare 其中 then another act, are their own)
  out.push(probe('whole again', '2023年，本局共查处案件120件，其中，食品类50件；全年罚没金额80万元。', 'fines_yuan', 800000))
  out.push(probe('whole again', '2023年，全市交通窗口共办件30751件，其中，行政许可16634件；市本级办件9651件。', 'approvals_handled', 9651, [16634]))
  out.push(probe('whole again', '2023年，本局承办人大代表建议17件，其中主办12件、协办5件；承办政协提案13件。', 'proposals_handled', 30, [12, 5]))
  return out
}

const DISPUTE_VERBS = ['化解', '成功化解', '协调化解', '调处']
const BODY_DISPUTES = ['执法争议', '管辖争议', '权限争议', '职责争议', '行政争议']
const DISPUTE_COUNTS: [string, number][] = [['12起', 12], ['十二起', 12], ['12件', 12]]

function bodyDisputes(): Probe19[] {
  const out: Probe19[] = []
  for (const verb of DISPUTE_VERBS) {
    for (const kind of BODY_DISPUTES) {
      for (const [n, v] of DISPUTE_COUNTS) {
        out.push(probe('dispute between bodies', `2023年，通过执法协同和争议解决机制，全年${verb}${kind}${n}。`, 'disputes_resolved', null, [v]))
        out.push(probe('dispute between bodies', `2023年，全年${verb}${kind}${n}，调解成功矛盾纠纷34件。`, 'disputes_resolved', 34, [v]))
      }
    }
  }
  // (near miss: disputes between people are disputes)
  out.push(probe('people\'s dispute', '2023年，全年化解劳动争议纠纷12起。', 'disputes_resolved', 12))
  return out
}

const VISITS = ['接待群众来访{N}批', '接待来访群众{N}批次', '全年接待群众来县访{N}批', '接待群众来信来访{N}批']
const MATTERS = ['网上受理信访事项682件', '受理信访事项682件', '办理信访件682件']

function visits(): Probe19[] {
  const out: Probe19[] = []
  for (const visit of VISITS) {
    for (const matter of MATTERS) {
      for (const n of ['839', '1839']) {
        const v = visit.replace('{N}', n)
        out.push(probe('visits and matters', `2023年，${v}3326人次，${matter}。`, 'petitions_handled', 682, [Number(n)]))
        out.push(probe('visits and matters', `2023年，${matter}；${v}。`, 'petitions_handled', 682, [Number(n)]))
      }
    }
  }
  return out
}

const SERVICES = ['中心', '调解室', '服务平台', '矛调中心']
const SINCE_TRIAL = ['自去年11月试运行以来', '试运行以来', '投入运行以来']
const SINCE_ACTS: [string, string][] = [['disputes_resolved', '共调解矛盾258起'], ['disputes_resolved', '累计化解纠纷258件'], ['approvals_handled', '共受理审批事项258件']]

function sinceTrial(): Probe19[] {
  const out: Probe19[] = []
  for (const service of SERVICES) {
    for (const since of SINCE_TRIAL) {
      for (const [indicator, act] of SINCE_ACTS) out.push(probe('since a trial run', `2023年，${service}${since}${act}。`, indicator, null, [258]))
    }
  }
  return out
}

const MEDIATION_BODIES = ['医疗纠纷调解组织', '交通事故纠纷人民调解委员会', '物业纠纷调解中心', '婚姻家庭纠纷调解工作室']
const BODY_ACTS: [string, number[]][] = [['全年受理医疗纠纷193件，其中调解成功165件', [193, 165]], ['调解纠纷193件', [193]], ['成功调处纠纷165件', [165]]]

function mediationBodies(): Probe19[] {
  const out: Probe19[] = []
  for (const body of MEDIATION_BODIES) {
    for (const [act, figures] of BODY_ACTS) {
      out.push(probe('mediation body', `2023年，${body}${act}。`, 'disputes_resolved', null, figures))
      out.push(probe('mediation body', `2023年，本局成功调解矛盾纠纷34件。${body}${act}。`, 'disputes_resolved', 34, figures))
    }
  }
  // (near miss: the area's people's mediation organisations are the area's total, read when alone)
  out.push(probe('area mediators', '2023年，全市人民调解组织成功调处各类矛盾纠纷39873件。', 'disputes_resolved', 39873))
  return out
}

const YEAR_BREAKDOWNS = ['分年度看，', '分年度统计，', '按年度看，']
const BREAKDOWN_ACTS: [string, string, number][] = [['enforcement_cases', '由投诉转为立案29件', 29], ['fines_yuan', '罚没款60748元', 60748], ['reconsideration_cases', '受理行政复议申请29件', 29]]

function yearBreakdowns(): Probe19[] {
  const out: Probe19[] = []
  for (const lead of YEAR_BREAKDOWNS) {
    for (const [indicator, act, value] of BREAKDOWN_ACTS) {
      out.push(probe('year by year', `该局自去年以来共受理投诉举报2126件。${lead}2018年受理投诉举报1925件，${act}；今年已受理投诉举报201件。`, indicator, null, [value]))
      // (near miss: a clause that restarts with the author after the breakdown is its own)
      out.push(probe('year by year', `${lead}2018年受理投诉举报1925件，本局全年${act}。`, indicator, value))
    }
  }
  return out
}

const EARLY_DATES = ['今年截至3月13日', '截至2月17日', '截至5月底', '截至本年6月', '2023年截至4月20日']
const LATE_DATES = ['截至11月底', '截至12月20日', '截至目前']
const DATED_ACTS: [string, string][] = [['enforcement_cases', '本局查处违法案件34件'], ['reconsideration_cases', '已受理行政复议申请34件'], ['disputes_resolved', '化解矛盾纠纷34件']]

function toADate(): Probe19[] {
  const out: Probe19[] = []
  for (const [indicator, act] of DATED_ACTS) {
    for (const date of EARLY_DATES) out.push(probe('to an early date', `2023年工作总结。${date}，${act}。`, indicator, null, [34]))
    for (const date of LATE_DATES) out.push(probe('to a late date', `2023年工作总结。${date}，${act}。`, indicator, 34))
  }
  return out
}

const PARTIES: [string, number][] = [['2家企业', 2], ['三名当事人', 3], ['5户经营者', 5], ['两个单位', 2]]
const EACH_FINES: [string, number][] = [['各处罚款5000元', 5000], ['各罚款2000元', 2000], ['各处以罚款0.5万元', 5000]]

function eachParty(): Probe19[] {
  const out: Probe19[] = []
  for (const [who, n] of PARTIES) {
    for (const [fine, amount] of EACH_FINES) {
      out.push(probe('each party', `2023年，本局对4家企业的轻微违法行为不予处罚，另对${who}${fine}。`, 'fines_yuan', n * amount))
      // (near miss: one amount for them all)
      out.push(probe('all parties', `2023年，本局对${who}${fine.replace('各', '')}。`, 'fines_yuan', amount))
    }
  }
  return out
}

const CHECK_VERBS = ['检查', '抽查', '巡查']
const CHECK_LISTS = ['农资和兽药生产经营单位、养殖场、屠宰场、生鲜乳收购站、种植基地', '商场、超市、农贸市场', '学校、医院、养老机构、宾馆饭店']
const CHECKED = ['等生产经营场所', '等经营单位', '等各类市场主体']
const CHECK_COUNTS: [string, number][] = [['1427家次', 1427], ['1427户次', 1427], ['一千四百二十七家次', 1427], ['326次', 326]]

function checksOverAList(): Probe19[] {
  const out: Probe19[] = []
  for (const verb of CHECK_VERBS) {
    for (const list of CHECK_LISTS) {
      for (const checked of CHECKED) {
        for (const [n, v] of CHECK_COUNTS) {
          out.push(probe('checks over a list', `2023年，本局累计出动执法人员5550人次，${verb}${list}${checked}${n}。`, 'enforcement_inspections', v, [5550]))
        }
      }
    }
  }
  // (near misses: what the checks found, and people sent out, are no checks)
  out.push(probe('found in checks', '2023年，本局检查商场、超市等经营场所，发现问题隐患等120处。', 'enforcement_inspections', null, [120]))
  out.push(probe('found in checks', '2023年，本局出动检查商场、超市等场所的执法人员5550人次。', 'enforcement_inspections', null, [5550]))
  return out
}

const CASE_KINDS = ['涉企', '涉农', '涉外', '涉税', '涉民营企业']
const KIND_CASES: [string, string, string][] = [['reconsideration_cases', '行政复议案件', '受理行政复议申请46件'], ['litigation_cases', '行政诉讼案件', '办理行政应诉案件46件']]

function casesOfAKind(): Probe19[] {
  const out: Probe19[] = []
  for (const kind of CASE_KINDS) {
    for (const [indicator, term, total] of KIND_CASES) {
      for (const verb of ['办理', '受理', '全年办理']) {
        out.push(probe('cases of a kind', `2023年，本局${total}。${verb}${kind}${term}11件，撤销1件。`, indicator, 46, [11]))
        out.push(probe('cases of a kind', `2023年，${verb}${kind}${term}11件，撤销1件；全年共${total}。`, indicator, 46, [11]))
        out.push(probe('cases of a kind', `2023年，${verb}${kind}${term}11件。`, indicator, null, [11]))
      }
    }
  }
  return out
}

export const FORMS19 = ['zero in another scope', 'the year\'s zero', 'other bodies carried', 'area carried', 'own restart',
  'own part opening a sentence', 'part by kind', 'breakdown over ；-parts', 'whole again', 'dispute between bodies',
  'people\'s dispute', 'visits and matters', 'since a trial run', 'mediation body', 'area mediators', 'year by year', 'to an early date',
  'to a late date', 'each party', 'all parties', 'checks over a list', 'found in checks', 'cases of a kind']

export function buildProbes19(): Probe19[] {
  return [...zeros(), ...carried(), ...ownParts(), ...breakdowns(), ...bodyDisputes(), ...visits(), ...sinceTrial(), ...mediationBodies(),
    ...yearBreakdowns(), ...toADate(), ...eachParty(), ...checksOverAList(), ...casesOfAKind()]
}
