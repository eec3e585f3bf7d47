/**
 * Whole reports of the round-46 cross-check (2026-12-06): complete invented reports written before round 46's whole reports were
 * merged, by someone who had not read them, so that what its rules read here measures how far they generalise. A town's report in
 * 一是…二是… items, a county bureau's in traditional script, a city bureau's with figures in flattened table lines, and a county
 * government's that sets this year's figures against last year's. Metadata and every indicator are compared as in
 * ./wholeReports45.test.ts. No real report's wording.
 */
import type { WholeReport } from './wholeReports45'

export const CROSS_WHOLE_46: WholeReport[] = [
  {
    name: 'a town government in 一是…二是… items, 2024',
    text: `枫林镇2024年度法治政府建设工作报告
县委全面依法治县委员会办公室：
2024年，枫林镇党委、政府坚持以习近平法治思想为指导，围绕全镇中心工作，扎实推进法治政府建设。现将有关情况报告如下。
一、主要工作及成效
（一）抓牢“关键少数”。一是镇党委理论学习中心组专题学法4次，镇政府常务会议会前学法10次；二是组织全镇机关干部、村（社区）干部参加年度网上学法考试，参考186人，参考率100%；三是全镇干部人均学法学时达到45学时，高于县里要求的40学时。
（二）推进综合行政执法改革。一是镇综合行政执法队全年开展执法检查326次，办理行政执法案件24件，其中简易程序15件；二是受理群众投诉举报68件，办结率100%；三是对12家沿街商户开展首违不罚教育。
（三）化解基层矛盾纠纷。一是依托镇村两级调解组织排查矛盾纠纷298件，成功化解291件，调解成功率97.7%；二是受理群众信访事项57件次，均按期办结；三是全镇14个村（社区）实现法律顾问全覆盖，法律顾问提供咨询服务320人次。
（四）深化法治宣传。一是开展“法律进乡村”活动36场次，发放资料5000余份；二是创建省级民主法治示范村1个、市级2个。
二、存在的问题
一是部分村干部法治意识有待提升；二是执法队伍专业人员偏少，全队仅有持证执法人员9人。
三、2025年工作打算
一是力争全年专题学法不少于6次；二是确保矛盾纠纷化解率保持在98%以上；三是计划开展普法活动40场次。

枫林镇人民政府
2025年1月15日`,
    meta: { agency: '枫林镇人民政府', region: '枫林镇', sector: '乡镇政府', year: 2024 },
    want: {
      training_sessions: [14, 'derived'],
      training_hours_per_person: [45, 'exact'],
      enforcement_inspections: [326, 'exact'],
      enforcement_cases: [24, 'exact'],
      disputes_identified: [298, 'exact'],
      disputes_resolved: [291, 'exact'],
      mediation_success_pct: [97.7, 'exact'],
      petitions_handled: [57, 'exact'],
      legal_publicity_events: [36, 'exact'],
    },
    optional: ['training_sessions', 'training_participants', 'lenient_cases'],
  },
  {
    name: 'a county health bureau in traditional script, 2022',
    text: `臨水縣衛生健康局2022年度法治政府建設情況報告
2022年，縣衛生健康局在縣委、縣政府的堅強領導下，深入學習貫徹習近平法治思想，全面推進衛生健康領域依法行政，現將有關情況報告如下：
一、強化組織保障
局黨組書記切實履行推進法治建設第一責任人職責，全年召開黨組會議專題研究法治工作3次。局黨組理論學習中心組集體學法6次，舉辦全系統法治專題培訓班2期，培訓醫療衛生單位負責人及執法人員210人次。
二、嚴格規範執法
全年共開展衛生監督檢查2,136戶次，其中醫療機構監督檢查642戶次；立案查處衛生違法案件73件，作出行政處罰決定73件，罰沒款合計38.6萬元，較上年增加9.2萬元。上年全縣查處案件61件。對35件輕微違法行為依法不予處罰。全局持有行政執法證件人員47人。
三、依法化解糾紛
深化醫療糾紛人民調解，縣醫調委全年受理醫療糾紛26件，調解成功24件。局機關受理信訪件45件，辦結率100%。全年被申請行政復議1件，維持原行政行為；未發生行政訴訟案件。
四、落實重大行政決策程序
全年作出重大行政決策2項，均經合法性審查和集體討論決定。審核局機關規範性文件3件，向縣政府報備1件。
五、下一步打算
2023年，我局將力爭衛生監督檢查覆蓋率達到100%，計劃舉辦法治培訓3期。

臨水縣衛生健康局
2023年1月20日`,
    meta: { agency: '临水县卫生健康局', region: '临水县', sector: '卫生健康', year: 2022 },
    want: {
      training_sessions: [8, 'derived'],
      training_participants: [210, 'exact'],
      enforcement_inspections: [2136, 'exact'],
      enforcement_cases: [73, 'exact'],
      penalty_cases: [73, 'exact'],
      fines_yuan: [386000, 'exact'],
      lenient_cases: [35, 'exact'],
      certified_officers: [47, 'exact'],
      petitions_handled: [45, 'exact'],
      reconsideration_cases: [1, 'exact'],
      litigation_cases: [0, 'exact'],
      major_decisions: [2, 'exact'],
      normative_docs_reviewed: [3, 'exact'],
      normative_docs_filed: [1, 'exact'],
    },
    optional: ['training_sessions', 'disputes_identified', 'disputes_resolved', 'litigation_cases', 'normative_docs_filed', 'legal_review_cases'],
  },
  {
    name: 'a city urban management bureau with table lines, 2021',
    text: `来源：清江市城市管理局　　发布日期：2022-02-10
清江市城市管理局2021年法治政府建设年度报告
2021年，市城管局坚持依法治城，以“721”工作法为抓手，推动城市管理执法规范化。主要情况报告如下。
一、推进依法行政的主要工作
（一）执法工作主要数据
项目 | 2021年 | 2020年
执法检查（次） | 4820 | 4312
立案查处案件（件） | 1365 | 1208
罚没金额（万元） | 286.4 | 240.9
（二）规范执法行为。全年适用简易程序作出处罚1105件，适用普通程序作出处罚260件。落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，全年法制审核重大执法决定48件。
（三）优化审批服务。市政设施占用、户外广告设置等审批事项全部进驻政务服务中心，全年办理审批事项1926件，承诺时限较法定时限压缩65%，全程网办比例达到88%。
（四）加强执法队伍建设。组织执法人员集中培训4期，参训1120人次；全局现有执法证件持证人员312人，新增持证人员26人。
（五）依法应对复议诉讼。全年收到行政复议申请9件，提起行政诉讼4件，无败诉案件，局主要负责人出庭应诉2次。
二、存在的不足
执法力量与城市规模扩张不匹配，部分执法人员文明执法意识不强。
三、下一步工作
2022年，力争执法检查达到5000次以上，持续提升审批时限压缩比至70%。`,
    meta: { agency: '清江市城市管理局', region: '清江市', sector: '城市管理', year: 2021 },
    want: {
      enforcement_inspections: [4820, 'exact'],
      enforcement_cases: [1365, 'exact'],
      fines_yuan: [2864000, 'exact'],
      penalty_cases: [1365, 'derived'],
      legal_review_cases: [48, 'exact'],
      approvals_handled: [1926, 'exact'],
      approval_time_compression_pct: [65, 'exact'],
      online_processing_pct: [88, 'exact'],
      training_sessions: [4, 'exact'],
      training_participants: [1120, 'exact'],
      certified_officers: [312, 'exact'],
      reconsideration_cases: [9, 'exact'],
      litigation_cases: [4, 'exact'],
      litigation_lost_cases: [0, 'exact'],
    },
    optional: ['litigation_lost_cases'],
  },
  {
    name: 'a county government setting this year against last year, 2025',
    text: `关于青岭县2025年度法治政府建设情况的报告
市委、市人民政府：
2025年，青岭县人民政府坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，全面推进法治政府建设。现将有关情况报告如下：
一、法治政府建设主要成效
（一）政务服务提质增效。县政务服务中心全年办理各类政务服务事项16.8万件，比去年增加2.1万件；审批时限平均压缩72.5%，去年为68%；即办件占比达到51%，全程网办率提高到93.6%。
（二）行政执法规范有序。全县各行政执法部门全年开展执法检查1.36万次，去年为1.21万次；办理行政处罚案件2845件，罚没款3650万元。县司法局开展行政执法案卷评查，抽查案卷260卷。
（三）矛盾纠纷有效化解。全县各级调解组织共排查矛盾纠纷5012件，调解成功4968件，调解成功率99.1%，去年为98.7%。县信访局全年受理信访事项1390件次。
（四）行政复议应诉工作稳步推进。县政府全年收到行政复议申请186件，受理172件，审结165件，纠错率13.3%；以县政府为被告的行政诉讼案件31件，败诉2件，行政机关负责人出庭应诉率100%。
（五）依法决策水平提升。全年作出重大行政决策7项；县政府常务会议审议议题前均经合法性审查，全年审查县政府规范性文件12件，报市政府备案12件，备案率100%。办理人大代表建议和政协委员提案共计203件。
（六）学法用法持续深化。县政府常务会议会前学法11次，举办领导干部法治专题讲座3场；全县国家工作人员年度学法考试参考率99.8%。开展“宪法宣传周”等普法活动620场次。
二、存在的不足和下一步打算
部分乡镇法治力量薄弱。2026年，县政府将力争审批时限压缩比达到75%，确保复议纠错率稳中有降。

青岭县人民政府
2026年1月28日`,
    meta: { agency: '青岭县人民政府', region: '青岭县', sector: '区县政府', year: 2025 },
    want: {
      approvals_handled: [168000, 'exact'],
      approval_time_compression_pct: [72.5, 'exact'],
      immediate_processing_pct: [51, 'exact'],
      online_processing_pct: [93.6, 'exact'],
      enforcement_inspections: [13600, 'exact'],
      penalty_cases: [2845, 'exact'],
      fines_yuan: [36500000, 'exact'],
      disputes_identified: [5012, 'exact'],
      disputes_resolved: [4968, 'exact'],
      mediation_success_pct: [99.1, 'exact'],
      petitions_handled: [1390, 'exact'],
      reconsideration_cases: [172, 'exact'],
      reconsideration_correction_pct: [13.3, 'exact'],
      litigation_cases: [31, 'exact'],
      litigation_lost_cases: [2, 'exact'],
      head_appearance_pct: [100, 'exact'],
      major_decisions: [7, 'exact'],
      normative_docs_reviewed: [12, 'exact'],
      normative_docs_filed: [12, 'exact'],
      proposals_handled: [203, 'exact'],
      training_sessions: [14, 'derived'],
      legal_publicity_events: [620, 'exact'],
    },
    optional: ['training_sessions', 'petitions_handled'],
  },
]
