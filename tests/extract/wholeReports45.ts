/**
 * Whole reports of round 45: complete invented 法治政府建设年度报告 (1,500–4,000 characters each, no real report's wording), in the
 * structure real ones have: page chrome or none, a title or none, an addressee line, a lead, 一、二、三、 sections with （一）（二）
 * items, a problems section and a next-year plan full of targets, a signature and a date. An indicator's figure comes back several
 * times in them (last year's, a sub-unit's, an area's, a plan's, a problem's, a breakdown's), so what these pin is the engine's
 * choice of one value per indicator across the whole report. Each lists its metadata and the value of every catalogue indicator
 * it states for its year, by the corpus README rulings; `optional` names indicators whose reading is a judgement call (either
 * reading passes), every other indicator must stay absent.
 */
export type Value = [value: number, qualifier: string]
export interface WholeReport {
  name: string
  text: string
  meta: { agency: string | null, region: string | null, sector: string | null, year: number | null }
  want: Record<string, Value>
  optional?: string[]
}

export const WHOLE_45A: WholeReport[] = [
  {
    name: 'county market regulation bureau with page chrome, 2023',
    text: `首页 > 信息公开 > 法治政府建设 > 年度报告
来源：岚川县市场监督管理局　发布时间：2024-02-05 10:30　浏览次数：
岚川县市场监督管理局2023年法治政府建设年度报告
县委全面依法治县委员会办公室：
2023年，岚川县市场监督管理局坚持以习近平法治思想为指导，认真贯彻落实党中央、国务院关于法治政府建设的决策部署，围绕市场监管中心工作，持续推进严格规范公正文明执法，法治政府建设取得新进展。现将有关情况报告如下：
一、2023年法治政府建设主要举措及成效
（一）加强组织领导，压实法治建设责任。局党组召开专题会议研究法治建设工作5次，将法治建设与业务工作同部署、同推进、同考核。局党组理论学习中心组开展法治专题学习4次，局务会会前学法12次，切实提升领导干部运用法治思维和法治方式的能力。
（二）严格规范公正文明执法。全面落实行政执法“三项制度”，全年共开展各类执法检查1860次，检查各类市场主体6200余户次。全年查处各类违法案件356件，其中行政处罚案件298件，罚没款312.4万元，同比增长12.3%。上年同期查处案件301件。其中，城关市场监管所查处案件58件，占全局的16.3%。推行包容审慎监管，对41件首次轻微违法行为依法不予行政处罚。全局共有持行政执法证人员88人，执法人员均持证上岗、亮证执法。
（三）强化重大执法决定法制审核。严格执行重大执法决定法制审核制度，全年法制审核重大执法决定案件37件，提出审核意见52条，均被采纳。审查各类合同21份。
（四）依法化解行政争议。全年本局作为被申请人的行政复议案件3件，其中维持2件、撤销1件；行政诉讼案件2件，局主要负责人出庭应诉2次，出庭应诉率100%，无败诉案件。
（五）推进政务公开。全年受理政府信息公开申请12件，均在法定期限内答复。主动公开行政处罚信息298条。
（六）深入开展普法宣传。落实“谁执法谁普法”责任制，围绕“3·15”国际消费者权益日、“宪法宣传周”等节点开展普法宣传活动26场次，发放宣传资料1.2万余份，接受群众咨询1800余人次。
（七）推进“双随机、一公开”监管。制定年度抽查计划，联合县农业农村局、县卫生健康局等部门开展跨部门联合抽查，抽查结果通过国家企业信用信息公示系统全部公示。全面推行信用分级分类监管，对信用风险较高的市场主体提高抽查比例和频次。持续开展食品安全、特种设备、药品等重点领域专项整治，守牢安全底线。
（八）加强执法监督。开展行政处罚案卷评查2次，从各所和执法大队抽取案卷80卷，评出优秀案卷12卷，对发现的文书不规范、证据不充分等问题逐一反馈整改。聘请2家律师事务所担任常年法律顾问，全年提供法律咨询200余次。落实行政执法责任制，明确各岗位执法职责和执法依据。
（九）推进信用体系建设。办理信用修复申请136件，帮助企业重塑信用。全县新增市场主体6850户，总量达到4.2万户。
二、存在的问题
一是基层执法力量不足，全县11个市场监管所中仍有4个所执法人员不足3人；二是执法人员专业能力与新形势新任务要求相比仍有差距，部分执法人员对新出台法律法规掌握不够；三是智慧监管手段运用不够充分。
三、2024年工作计划
2024年，我局将继续以习近平法治思想为指引，重点抓好以下工作：一是力争全年查处违法案件不少于400件，罚没款达到350万元；二是确保持证执法人员达到95人以上；三是计划组织法治培训6期，培训执法人员300人次；四是开展普法宣传活动30场次以上。
岚川县市场监督管理局
2024年1月30日`,
    meta: { agency: '岚川县市场监督管理局', region: '岚川县', sector: '市场监管', year: 2023 },
    want: {
      training_sessions: [16, 'derived'], enforcement_inspections: [1860, 'exact'], enforcement_cases: [356, 'exact'],
      penalty_cases: [298, 'exact'], fines_yuan: [3124000, 'exact'], lenient_cases: [41, 'exact'], certified_officers: [88, 'exact'],
      legal_review_cases: [37, 'exact'], reconsideration_cases: [3, 'exact'], litigation_cases: [2, 'exact'],
      head_appearance_pct: [100, 'exact'], litigation_lost_cases: [0, 'exact'], info_disclosure_requests: [12, 'exact'],
      legal_publicity_events: [26, 'exact'],
    },
  },
  {
    name: 'provincial ecology department, own part of the province\'s totals, 2022',
    text: `甘肃省生态环境厅关于2022年度法治政府建设情况的报告
省委全面依法治省委员会办公室：
2022年，省生态环境厅在省委、省政府的坚强领导下，深入学习贯彻习近平法治思想和习近平生态文明思想，全面推进生态环境领域依法行政，各项工作取得积极成效。现将有关情况报告如下。
一、主要工作开展情况
（一）深入学习贯彻习近平法治思想。厅党组理论学习中心组开展法治专题学习6次，厅党组书记带头讲授法治专题党课1次。将习近平法治思想纳入干部教育培训必修课程，组织厅机关和直属单位干部参加网上学法考试，参考率、合格率均达到100%。
（二）完善生态环境制度体系。配合省人大常委会完成《甘肃省大气污染防治条例》修订。开展生态环境规范性文件专项清理，经清理，继续有效的31件，修改的4件，废止的6件。全年向省政府报送备案规范性文件5件，均按时备案。重大行政决策事项2项，全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。
（三）严格生态环境执法。全省各级生态环境部门共下达行政处罚决定书1523件，罚没款1.86亿元，其中厅本级作出行政处罚决定27件，罚款436万元。厅本级组织开展“双随机、一公开”执法检查145次。2021年厅本级作出处罚决定22件。
（四）依法化解行政争议。全年以本厅为被申请人的行政复议案件6件，均维持原行政行为；以本厅为被告的行政诉讼案件4件，已审结4件，其中败诉1件。厅作为复议机关，受理以市州生态环境局为被申请人的行政复议申请14件。厅负责人出庭应诉率100%。
（五）认真办理建议提案。全年共办理省人大代表建议、省政协委员提案86件，办复率100%，代表委员满意率98%以上。
（六）推进政务公开。全年办理依申请公开57件，均按时答复。
（七）推进生态环境损害赔偿制度改革。全省启动生态环境损害赔偿案件236件，其中厅本级启动9件，涉及赔偿金额3200余万元。积极探索“环境修复+”模式，推动受损生态环境及时有效修复。
（八）优化生态环境领域营商环境。深化环评审批改革，对省级重点项目开辟绿色通道，厅本级审批建设项目环评文件112件，平均审批时限较法定时限进一步缩短。推行生态环境监督执法正面清单，将全省1860家企业纳入正面清单，实行非现场监管为主的执法方式。
（九）加强法治队伍建设。厅机关配备公职律师5名，聘请法律顾问2名，参与处理涉法事务80余件。健全法律顾问参与重大决策、重要合同审查等工作机制，为依法行政提供专业支撑。
二、存在的不足
一是市县生态环境执法力量仍显薄弱，全省仍有12个县区执法人员不足10人；二是规范性文件后评估工作开展不够经常。
三、2023年工作打算
2023年，我厅将力争全省生态环境执法案件查处数量保持稳定，计划开展规范性文件清理1次，确保厅本级行政诉讼败诉率控制在10%以内，计划举办全省执法骨干培训班3期。
甘肃省生态环境厅
2023年2月10日`,
    meta: { agency: '甘肃省生态环境厅', region: '甘肃省', sector: '生态环境', year: 2022 },
    want: {
      training_sessions: [7, 'derived'], normative_docs_reviewed: [41, 'derived'], normative_docs_filed: [5, 'exact'],
      major_decisions: [2, 'exact'], penalty_cases: [27, 'exact'], fines_yuan: [4360000, 'exact'], enforcement_inspections: [145, 'exact'],
      reconsideration_cases: [6, 'exact'], litigation_cases: [4, 'exact'], litigation_lost_cases: [1, 'exact'],
      head_appearance_pct: [100, 'exact'], proposals_handled: [86, 'exact'], info_disclosure_requests: [57, 'exact'],
    },
    optional: ['training_sessions'],
  },
  {
    name: 'ministry without chrome, its own counts beside the country\'s, 2021',
    text: `水利部2021年法治政府建设年度报告
2021年，水利部坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》，加快推进水利法治建设，为推动新阶段水利高质量发展提供了有力法治保障。现将有关情况报告如下。
一、健全水法规制度体系
配合全国人大常委会、司法部推进《长江保护法》配套制度建设，印发部门规章2件。对部发规范性文件开展全面清理，经清理，保留72件，修改9件，废止15件。
二、深化水利“放管服”改革
部本级全年受理行政许可申请1326件，办结1298件，平均审批时限较法定时限压缩45%。全面推行网上审批，部本级政务服务事项全程网办比例达到100%。各流域管理机构全年受理行政许可申请4810件。
三、严格水行政执法
全国各级水行政主管部门共巡查河道长度236万公里，立案查处水事违法案件2.1万件，罚没款3.6亿元。部组织开展河湖“清四乱”专项行动，联合公安部开展打击非法采砂专项行动，查处非法采砂案件5612件。
四、依法化解行政争议
全年部本级收到行政复议申请68件，受理52件，审结49件，纠错率8.2%。以水利部为被告的行政诉讼案件11件，无败诉案件。
五、加强普法与学法
部党组理论学习中心组开展法治专题学习4次，举办部机关法治专题讲座2次。开展“世界水日”“中国水周”普法宣传活动，全国水利系统共组织各类普法活动2.6万场次。部机关全年办理全国人大代表建议和全国政协委员提案共523件，其中建议318件、提案205件。
六、推进政务公开
全年部本级办理政府信息公开申请163件，依法答复率100%。
八、加强水利法治队伍建设
持续加强部机关和流域管理机构法治工作力量，各流域管理机构均设立了政策法规部门，全国县级以上水行政主管部门均明确了法治工作机构。深入开展水利系统“八五”普法，举办水利系统法治宣传教育骨干培训班，推进以案释法工作。组织编写典型案例汇编，发布水行政执法典型案例10个，发挥典型案例的警示教育作用。
九、强化对行政权力的制约和监督
自觉接受人大监督、政协民主监督和社会舆论监督，认真落实审计整改要求。推进水利部政务信息公开，主动公开各类政府信息1350余条。加强对流域管理机构行政执法工作的指导和监督，组织开展水行政执法案卷评查。
七、存在的问题和下一步工作
水利法治建设仍存在一些短板：水法规体系还不够完备，基层水行政执法力量仍然薄弱，部分地方执法装备不足。2022年，水利部将力争完成《节约用水条例》立法审查，计划开展水行政执法业务培训10期，确保部本级行政许可事项全程网办比例保持100%，推动全国水事违法案件结案率达到95%以上。
水利部
2022年3月28日`,
    meta: { agency: '水利部', region: null, sector: '水利', year: 2021 },
    want: {
      normative_docs_reviewed: [96, 'derived'], approvals_handled: [1326, 'exact'], approval_time_compression_pct: [45, 'exact'],
      online_processing_pct: [100, 'exact'], reconsideration_cases: [52, 'exact'], reconsideration_correction_pct: [8.2, 'exact'],
      litigation_cases: [11, 'exact'], litigation_lost_cases: [0, 'exact'], training_sessions: [6, 'derived'],
      proposals_handled: [523, 'exact'], info_disclosure_requests: [163, 'exact'],
    },
    optional: ['enforcement_cases', 'fines_yuan', 'legal_publicity_events', 'training_sessions'],
  },
  {
    name: 'county government to the city, review body role, 2023',
    text: `当前位置：首页 > 政府信息公开 > 法定主动公开内容
柘源县人民政府关于2023年度法治政府建设情况的报告
发布时间：2024-01-18　来源：县司法局
市人民政府：
2023年，柘源县人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入学习贯彻习近平法治思想，扎实推进法治政府建设，为全县经济社会高质量发展提供了坚实法治保障。现将有关情况报告如下：
一、主要工作成效
（一）强化法治建设第一责任人职责。县政府常务会议会前学法11次，县政府党组理论学习中心组开展法治专题学习3次。举办全县领导干部法治专题培训班2期，参训520人次。
（二）持续优化法治化营商环境。深化“一网通办”改革，县政务服务中心全年受理各类政务服务事项12.6万件，即办件比例达到68%，全程网办比例达到85%，申请材料压缩比为32%。
（三）推进科学民主依法决策。全年县政府作出重大行政决策事项4项，均严格履行法定程序。审核县政府规范性文件（送审稿）9件，全部按规定报市政府和县人大常委会备案。县政府法律顾问审核合同、协议136份。
（四）深化行政执法体制改革。全县各行政执法部门共办理行政处罚案件3126件，罚没款2870万元。县司法局开展行政执法案卷评查1次，评查案卷210卷。
（五）发挥行政复议主渠道作用。县政府作为复议机关，全年受理行政复议申请87件，审结81件，纠错率12.3%。县政府作为被申请人的行政复议案件5件。全县行政诉讼一审案件142件，其中以县政府为被告的27件，县政府负责人出庭应诉率100%，败诉2件。
（六）化解社会矛盾纠纷。全县各级调解组织共排查矛盾纠纷4210件，成功调解4088件，调解成功率97.1%。全年受理信访事项1635件，按期办结率99.2%。
（七）推进“八五”普法。全县开展各类普法宣传活动860余场次。自“八五”普法启动以来，累计开展普法活动2100余场。
（八）加强行政执法监督。建立行政执法协调监督工作体系，实现县、乡两级全覆盖。开展行政执法领域突出问题专项整治，排查问题线索36条，整改到位34条。推行“721”工作法，全县各执法部门推行柔性执法，全年办理不予处罚、减轻处罚案件合计510件。
（九）加强法治政府建设督察。对全县18个乡镇、32个县直部门开展法治政府建设实地督察，发现问题126个，全部完成整改。将法治建设成效纳入全县综合绩效考核，所占权重提高到5%。
二、存在的问题
一是部分乡镇和部门法治意识有待增强，会前学法有时流于形式；二是行政执法队伍素质参差不齐，全县持证执法人员仅1120人；三是基层法治宣传教育针对性不强。
三、2024年工作安排
2024年，县政府将计划举办领导干部法治专题培训班3期，力争全程网办比例达到90%以上，确保重大行政决策事项100%经过合法性审查，力争行政复议纠错率保持在10%左右，力争矛盾纠纷调解成功率保持在98%以上。
柘源县人民政府
2024年1月15日`,
    meta: { agency: '柘源县人民政府', region: '柘源县', sector: '区县政府', year: 2023 },
    want: {
      training_sessions: [14, 'derived'], training_participants: [520, 'exact'], approvals_handled: [126000, 'exact'],
      immediate_processing_pct: [68, 'exact'], online_processing_pct: [85, 'exact'], material_reduction_pct: [32, 'exact'],
      major_decisions: [4, 'exact'], normative_docs_reviewed: [9, 'exact'], reconsideration_cases: [87, 'exact'],
      reconsideration_correction_pct: [12.3, 'exact'], litigation_cases: [27, 'exact'], head_appearance_pct: [100, 'exact'],
      litigation_lost_cases: [2, 'exact'], disputes_identified: [4210, 'exact'], disputes_resolved: [4088, 'exact'],
      mediation_success_pct: [97.1, 'exact'], petitions_handled: [1635, 'exact'], penalty_cases: [3126, 'exact'],
      fines_yuan: [28700000, 'exact'], legal_publicity_events: [860, 'approx'], certified_officers: [1120, 'exact'],
    },
    optional: ['training_sessions', 'penalty_cases', 'fines_yuan', 'legal_publicity_events', 'certified_officers', 'disputes_identified',
      'disputes_resolved', 'mediation_success_pct', 'approvals_handled', 'normative_docs_reviewed', 'training_participants',
      'normative_docs_filed', 'lenient_cases'],
  },
  {
    name: 'town government, no chrome, addressee names its county, 2024',
    text: `鹤溪镇人民政府2024年法治政府建设工作报告
青阳县人民政府：
2024年，鹤溪镇在县委、县政府的坚强领导下，以习近平法治思想为指引，围绕法治乡镇建设目标，扎实推进依法行政各项工作，现将有关情况报告如下。
一、2024年工作开展情况
1.抓实学法用法。镇党委理论学习中心组集中学法4次，镇政府常务会议会前学法8次；组织镇村干部参加法治专题培训2期，参训230人次。全镇13个村（社区）均配备法律顾问，实现全覆盖。
2.规范重大决策和合法性审查。全年镇政府重大行政决策事项2件，均经镇合法性审查机构审查和集体讨论决定；审查合同28份，提出修改意见35条。
3.推进综合行政执法。镇综合行政执法队全年开展日常巡查1320余次，立案查处违法用地、违法建设等案件46件，罚款18.6万元。其中，配合县自然资源局查处违法用地案件9件。
4.化解矛盾纠纷。镇村两级调解组织全年排查矛盾纠纷312件，成功调解305件，调解成功率97.8%。受理信访事项52件，办结52件。县人民法院鹤溪法庭诉前调解案件128件。
5.开展安全生产执法。全年排查整改各类安全隐患186处，其中重大隐患2处。
6.加强法治宣传。组织开展“法律进乡村”“宪法宣传周”等普法活动21场次，发放宣传资料6000余份。
7.全年镇政府未发生行政复议和行政诉讼案件。
8.加强基层法治阵地建设。建成镇级法治文化广场1个、村级法治文化长廊6处，在全镇13个村（社区）设立“法律明白人”工作室，培养“法律明白人”156名。推进“民主法治示范村”创建，全镇已有省级民主法治示范村2个、市级4个。
9.推进村（居）法律顾问工作。村（社区）法律顾问全年为村民提供法律咨询820余人次，参与调解矛盾纠纷37件，协助审查村级合同45份，为群众提供了便捷的法律服务。
10.加强政务公开。全面落实镇政府主动公开目录，在镇政府门户网站和政务公开栏公开各类信息320条，全年未收到政府信息公开申请。
二、存在的不足
一是村级法治力量薄弱，村干部法治素养有待提升；二是镇综合行政执法队仅有执法人员9名，执法力量与工作任务不相匹配。
三、2025年工作打算
2025年，我镇将计划开展法治培训3期以上，力争矛盾纠纷调解成功率保持在98%以上，确保全年排查整改隐患200处以上，计划开展普法宣传活动25场次。
鹤溪镇人民政府
2025年1月8日`,
    meta: { agency: '鹤溪镇人民政府', region: '青阳县鹤溪镇', sector: '乡镇政府', year: 2024 },
    want: {
      training_sessions: [14, 'derived'], training_participants: [230, 'exact'], major_decisions: [2, 'exact'],
      enforcement_cases: [46, 'exact'], fines_yuan: [186000, 'exact'], disputes_identified: [312, 'exact'],
      disputes_resolved: [305, 'exact'], mediation_success_pct: [97.8, 'exact'], petitions_handled: [52, 'exact'],
      hazards_rectified: [186, 'exact'], legal_publicity_events: [21, 'exact'], info_disclosure_requests: [0, 'exact'], reconsideration_cases: [0, 'exact'],
      litigation_cases: [0, 'exact'],
    },
    optional: ['training_sessions', 'training_participants'],
  },
  {
    name: 'traditional-script city transport bureau with chrome, 2022',
    text: `首頁 > 政務公開 > 法治政府建設
來源：臨川市交通運輸局　發佈時間：2023-01-20
臨川市交通運輸局2022年度法治政府建設情況報告
市委全面依法治市委員會辦公室：
2022年，市交通運輸局堅持以習近平法治思想為指導，深入推進交通運輸法治政府部門建設，各項工作取得明顯成效。現將有關情況報告如下：
一、主要工作舉措及成效
（一）加強學法用法。局黨組理論學習中心組開展法治專題學習5次，舉辦全局執法人員法治培訓班4期，培訓執法人員360人次，執法人員人均學法時長達到48學時。
（二）深化“放管服”改革。全年辦理道路運輸、水路運輸等行政許可事項3865件，承諾時限較法定時限平均壓縮71%，即辦件比例達到62%。
（三）嚴格規範執法。全年開展路面執法檢查2140次，查處各類交通運輸違法案件628件，其中超限超載案件312件，罰沒款合計396.5萬元。2021年查處案件571件。對27件輕微違法行為依法不予處罰。全局持證執法人員146人。
（四）化解行政爭議。本局作為被申請人的行政復議案件4件，其中糾錯1件；行政應訴案件3件，局負責人出庭應訴3次，出庭應訴率100%，敗訴0件。
（五）推進政務公開。全年受理政府信息公開申請19件，均按期答復。辦理市人大代表建議、市政協委員提案31件。
（六）推進交通運輸信用體系建設。全面推行交通運輸市場信用評價，對全市1260家道路運輸企業開展信用評價，將32家企業列入重點關注名單。推動“信用+執法”監管，對信用等級較低的企業提高檢查頻次。
（七）加強執法隊伍建設。開展執法隊伍素質能力提升三年行動，組織執法練兵比武1次，全局評選優秀執法人員15名。嚴格執法人員資格管理，對不在崗人員及時註銷執法證件，全年註銷執法證件6件。
（八）落實普法責任制。制定年度普法責任清單，圍繞“安全生產月”“交通安全日”等節點開展普法宣傳活動24場次，發放宣傳資料1.2萬份。
二、存在的問題
執法人員結構老化，全局45歲以上執法人員佔比達到58%；信息化執法手段運用不夠充分。
三、2023年工作計劃
力爭承諾時限壓縮比達到75%以上，計劃舉辦執法人員培訓班6期，確保執法人員人均學法不少於60學時，全年查處案件保持在600件左右。
臨川市交通運輸局
2023年1月16日`,
    meta: { agency: '临川市交通运输局', region: '临川市', sector: '交通', year: 2022 },
    want: {
      training_sessions: [9, 'derived'], training_participants: [360, 'exact'], training_hours_per_person: [48, 'exact'],
      approvals_handled: [3865, 'exact'], approval_time_compression_pct: [71, 'exact'], immediate_processing_pct: [62, 'exact'],
      enforcement_inspections: [2140, 'exact'], enforcement_cases: [628, 'exact'], fines_yuan: [3965000, 'exact'],
      lenient_cases: [27, 'exact'], certified_officers: [146, 'exact'], reconsideration_cases: [4, 'exact'],
      litigation_cases: [3, 'exact'], head_appearance_pct: [100, 'exact'], litigation_lost_cases: [0, 'exact'],
      info_disclosure_requests: [19, 'exact'], proposals_handled: [31, 'exact'], legal_publicity_events: [24, 'exact'],
    },
    optional: ['training_sessions'],
  },
  {
    name: 'street office under its district, no title line, 2023',
    text: `澄江街道办事处2023年法治政府建设工作总结
区委依法治区办：
今年以来，澄江街道在区委、区政府的坚强领导下，坚持以习近平法治思想为指导，紧紧围绕法治街道建设目标，扎实推进依法行政，现将2023年工作情况报告如下：
一、履行推进法治建设第一责任人职责情况
街道党工委书记、办事处主任认真履行推进法治建设第一责任人职责，全年主持召开党工委会议专题研究法治工作3次。街道党工委理论学习中心组开展法治专题学习4次，办事处主任办公会议会前学法10次。
二、主要工作成效
（一）规范行政决策。全年重大行政决策事项1件，经合法性审查和集体讨论后作出。街道法律顾问审查合同协议42份，出具法律意见书18份。
（二）推进综合执法。街道综合行政执法队全年开展巡查2800余次，查处占道经营、违规设置户外广告等违法案件132件，其中简易程序案件97件，罚款9.3万元。
（三）化解矛盾纠纷。街道、社区两级人民调解委员会全年共受理矛盾纠纷486件，调解成功472件，调解成功率97.1%。接待群众来访326批次，受理信访事项118件，按期办结率100%。全区各街道共调解纠纷5260件。
（四）加强法治宣传。开展“法律进社区”“民法典宣传月”等普法活动38场次，举办社区居民法治讲座12场。
（五）全年街道未发生以本街道为被申请人的行政复议案件，发生行政诉讼案件1件，街道主要负责人出庭应诉，未败诉。
（六）推进基层依法治理。指导12个社区修订完善居民公约，推进社区协商民主，全年开展社区协商活动96次。深化“一社区一法律顾问”制度，社区法律顾问全年提供法律咨询430余人次，为困难群众提供法律援助转介服务22件。培养社区“法律明白人”120名，实现每个网格至少1名。
（七）推进政务公开。规范设置街道政务公开专区，全年主动公开各类信息260余条，收到政府信息公开申请3件，均按时答复。
（八）强化行政权力监督。主动接受区人大常委会和区政协监督，办理区人大代表建议、区政协委员提案8件，办复率100%。
三、存在的问题
社区法治建设发展不平衡，个别社区法律顾问作用发挥不够充分；执法队伍中持证人员仅14人，难以满足工作需要。
四、下一步工作计划
下一步，街道将力争全年调解成功率达到98%，计划开展普法活动40场次以上，确保会前学法每年不少于12次，力争查处违法案件150件。
澄江街道办事处
2024年1月12日`,
    meta: { agency: '澄江街道办事处', region: '澄江街道', sector: '街道', year: 2023 },
    want: {
      training_sessions: [14, 'derived'], major_decisions: [1, 'exact'], enforcement_cases: [132, 'exact'],
      fines_yuan: [93000, 'exact'], disputes_resolved: [472, 'exact'], mediation_success_pct: [97.1, 'exact'],
      petitions_handled: [118, 'exact'], legal_publicity_events: [50, 'derived'], reconsideration_cases: [0, 'exact'],
      litigation_cases: [1, 'exact'], litigation_lost_cases: [0, 'exact'], head_appearance_pct: [100, 'exact'],
      certified_officers: [14, 'exact'], disputes_identified: [486, 'exact'], proposals_handled: [8, 'exact'],
      info_disclosure_requests: [3, 'exact'],
    },
    optional: ['training_sessions', 'legal_publicity_events', 'head_appearance_pct', 'certified_officers', 'disputes_identified',
      'litigation_lost_cases'],
  },
]
