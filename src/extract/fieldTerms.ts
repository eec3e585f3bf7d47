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
  // (veterans' affairs: care, honours and the army-support work; housing: the building and housing markets, property management, gas;
  // culture and tourism: the markets it licenses; forestry: forest land, felling, wildlife; finance: budgets, procurement, the treasury;
  // audit: its projects and their rectification; education: schools below university, kindergartens, off-campus tutoring; urban
  // management: the cityscape, street trading, illegal building; weather: lightning protection, weather modification, its warnings;
  // grain: reserves and circulation; sport: fitness, events and venues; civil defence: shelters and air-raid sirens)
  [/退役军人|优抚|褒扬|双拥|拥军优属|烈士纪念|军休/g, '退役军人事务局'],
  [/建筑市场|建筑工地|建筑施工|物业管理|房地产市场|住房保障|保障性住房|住房租赁|城镇燃气|商品房/g, '住房和城乡建设局'],
  [/文化市场|旅游市场|A级景区|旅行社|星级饭店|网吧|营业性演出|非物质文化遗产|导游/g, '文化和旅游局'],
  [/林地|林木采伐|滥伐林木|盗伐林木|野生动植物|古树名木|森林资源|林长制|国有林场/g, '林业局'],
  [/预算管理|预算绩效|政府采购|财会监督|国库|非税收入|政府债务/g, '财政局'],
  [/审计项目|审计整改|经济责任审计|审计发现|审计监督/g, '审计局'],
  [/校外培训|义务教育|中小学|幼儿园|民办学校|办学行为|学前教育|校园安全/g, '教育局'],
  [/市容|违法建设|违章建筑|占道经营|户外广告|生活垃圾|渣土/g, '城市管理局'],
  [/防雷|人工影响天气|气象灾害|气象探测|气象预警|施放气球/g, '气象局'],
  [/粮食储备|储备粮|粮食流通|粮食收购|粮食安全|物资储备/g, '粮食和物资储备局'],
  [/全民健身|体育赛事|体育场所|体育场馆|健身设施|体育彩票/g, '体育局'],
  [/人防工程|防空警报|人防警报|人民防空/g, '人民防空办公室'],
  // (the housing fund's deposits, withdrawals and loans; a service centre's windows, online and assisted service; fire rescue's checks,
  // call-outs and fires; the police's public-order and criminal cases; justice's legal aid, mediation and community correction;
  // ethnic and religious affairs' venues and unity; government affairs' cars, offices and energy saving)
  [/公积金缴存|公积金提取|公积金贷款|缴存职工/g, '住房公积金管理中心'],
  [/政务服务事项|一网通办|一窗受理|帮办代办|政务服务中心|政务大厅|窗口服务|好差评/g, '政务服务管理局'],
  [/火灾|消防监督检查|消防安全检查|灭火救援|接警出动|消防产品/g, '消防救援支队'],
  [/治安案件|刑事犯罪|刑事案件|派出所|户籍|电信网络诈骗/g, '公安局'],
  [/法律援助|人民调解|社区矫正|安置帮教|公证|律师事务所/g, '司法局'],
  [/宗教活动场所|宗教事务|宗教团体|民族团结|少数民族/g, '民族宗教事务局'],
  [/公务用车|办公用房|公共机构节能|机关食堂/g, '机关事务管理局'],
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
