/**
 * The work words of a department's field (reference data, like the department list): what only that department administers,
 * licenses or builds (市场主体 and 营业执照 are market regulation's, 通信基站 and 宽带 the industry and information department's; the
 * field's own name, 卫生健康, counts as one of its words, as 医疗保障 does for its department; a statistics bureau's are what it
 * compiles and publishes, 统计数据, 统计公报, 统计快讯…, not 数据统计, a disclosure report's own counting period; commerce's are trade,
 * foreign investment and the necessities it watches; science and technology's what it popularises, certifies and funds).
 * A 我局 report that names no department of its own still says its field in them (./authorKind.ts kindOf).
 */
const FIELD_TERMS: [RegExp, string][] = [
  [/市场主体|营业执照|证照分离|垄断|公平竞争审查|特种设备|计量|商标|广告监管|食品生产许可|工业产品生产许可|产品质量/g, '市场监督管理局'],
  [/通信基站|[45]G基站|固定宽带|光纤|工业增加值|规上工业|规模以上工业|两化融合|工业互联网|中小企业/g, '经济和信息化局'],
  [/医疗机构|公立医院|卫生监督|疫苗接种|传染病|医疗卫生|公共卫生|健康科普|医政|妇幼|爱国卫生|卫生健康/g, '卫生健康局'],
  [/道路运输|公路养护|客运|货运|治超|航道|农村公路/g, '交通运输局'],
  [/排污许可|环境影响评价|环评|污染防治|空气质量|生态环境损害/g, '生态环境局'],
  [/不动产登记|国土空间规划|耕地保护|矿产资源|土地供应|用地审批/g, '自然资源局'],
  [/社会保险|就业创业|劳动保障监察|劳动人事争议|欠薪|技能人才/g, '人力资源和社会保障局'],
  [/安全生产|危险化学品|防汛|森林防火|应急救援|自然灾害/g, '应急管理局'],
  [/养老机构|婚姻登记|社会组织|最低生活保障|低保|殡葬/g, '民政局'],
  [/取水许可|河道|水土保持|水资源|河湖长制|水利工程/g, '水利局'],
  [/农药|兽药|种子|动物防疫|农产品质量|高标准农田/g, '农业农村局'],
  [/纳税人|减税降费|发票|税收征管|缴费人/g, '税务局'],
  [/医保基金|医疗保障|参保|定点医药机构|医保/g, '医疗保障局'],
  // (commerce's own: trade, foreign investment, the necessities it watches, trade circulation; 招商引资 and 外资 are a zone's work too)
  [/商务领域|商务经济|生活必需品|外贸|对外贸易|外商投资|商贸流通|电子商务|单用途预付卡/g, '商务局'],
  [/统计数据|统计公报|统计年鉴|统计月报|统计快讯|统计调查|统计执法|统计监测|统计分析/g, '统计局'],
  // (science and technology's own: popular science, the intermediaries, firms and contracts it certifies, its envoys, projects and
  // results; 科技创新 alone is every body's aim, and 科技型企业 an industry bureau's client too: neither is listed)
  [/科普|科技中介|高新技术企业|技术合同|科技特派员|科技成果|科技项目|科技计划|科技奖励|科研诚信/g, '科学技术局'],
]
/** Distinct work words of one field a report must name before its field is read from them. */
const AT_LEAST = 2

/** The department whose field the text's work words name most, by distinct words (two at least, and more than any other's), or undefined. */
export function departmentOfWork(text: string): string | undefined {
  let best: string | undefined
  let most = 0
  let tie = false
  for (const [re, department] of FIELD_TERMS) {
    const n = new Set(text.match(re)).size
    if (n > most) { best = department; most = n; tie = false } else if (n === most) tie = true
  }
  return most >= AT_LEAST && !tie ? best : undefined
}
