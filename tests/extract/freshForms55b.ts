/**
 * Forms from the dev half of the r55b-fresh batch (corpus README, fifty-fifth batch r55b), over invented sentences:
 * - (value) 保留 (kept), a cleanup's outcome word, whose object is an office's units or a list's items (保留内设机构9个, 保留股室6个,
 *   保留证明事项12个, 保留行政许可事项146个, 保留收费项目5个): no documents reviewed — found on r55b's 柳州 城管局 passage (保留内设科室8个
 *   read as 8 normative documents reviewed, a distractor). Near misses: a cleanup of documents whose outcomes add up (保留19件，废止4件),
 *   保留规范性文件N件, a cleanup and a units' count in one sentence (the units' count no longer shadows the cleanup's sum).
 * - (value) a broad study count done through many forms or carriers (依托多种载体开展学习教育79次, 利用多种平台组织干部职工学习52次): study
 *   activities of every medium, no sessions held, so no law session count even where a lead names law — and not summed across ； with
 *   the leadership's study count before it — found on r55b's 柳州 城管局 opening (6 + 79 read as 85). Near misses: a law session count
 *   held through online and offline ways (通过线上线下相结合的方式开展法治培训12场: its own clause names law), the leadership's count alone.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'

const CGJ = head('东溪市城市管理局')
const GOV = head('南岭县人民政府')
const EDU = head('桃源县教育局')
const TOWN = head('西坪镇人民政府')
const MKT = head('北川区市场监督管理局')
const JT = head('南岭县交通运输局')

export const UNITS_KEPT_55B: Probe39[] = [
  ['保留内设机构 after a renaming', `${CGJ}按照机构改革方案，原东溪市城市管理行政执法局更名为东溪市城市管理局，保留内设机构9个、下属事业单位3个。`, {}],
  ['保留证明事项 after a clearance', `${GOV}开展证明事项清理，取消证明事项23个，保留证明事项12个。`, {}],
  ['保留股室 beside staff posts', `${EDU}机构改革后，局机关保留股室6个，核定行政编制18名。`, {}],
  ['保留行政许可事项 of a list', `${GOV}梳理公布行政许可事项清单，全县保留行政许可事项146个。`, {}],
  ['保留审批服务事项 of a town hall', `${TOWN}镇便民服务中心保留审批服务事项38个，全部进驻大厅办理。`, {}],
  ['保留收费项目 after a fee cleanup', `${MKT}清理涉企收费项目，保留收费项目5个。`, {}],
  ['traditional 保留內設機構', toTraditional(`${CGJ}按照机构改革方案，原东溪市城市管理行政执法局更名为东溪市城市管理局，保留内设机构9个、下属事业单位3个。`), {}],
  // near misses
  ['a documents cleanup: 保留 and 废止 add up', `${GOV}开展规范性文件清理，保留19件，废止4件。`, { normative_docs_reviewed: [23, 'derived'] }],
  ['保留规范性文件 with 宣布失效', `${GOV}组织清理规范性文件，继续保留规范性文件31件，宣布失效5件。`, { normative_docs_reviewed: [36, 'derived'] }],
  ['a cleanup, then units kept in the next clause', `${GOV}开展规范性文件清理，保留16件、废止2件；机构改革后保留内设机构8个。`, { normative_docs_reviewed: [18, 'derived'] }],
]

export const CARRIERS_STUDY_55B: Probe39[] = [
  ['study group, then many forms across ；', `${CGJ}把习近平法治思想列为局党组理论学习中心组重点学习内容。局党组理论学习中心组共学习5次；通过多种形式开展学习教育46次。`,
    { training_sessions: [5, 'exact'] }],
  ['many carriers alone after a law lead', `${EDU}把宪法和民法典列为干部职工学习重点。依托多种载体开展学习教育37次。`, {}],
  ['many platforms after a study group', `${JT}将民法典纳入局党组理论学习中心组学习内容。党组中心组集中学习4次；利用多种平台组织干部职工学习52次。`,
    { training_sessions: [4, 'exact'] }],
  // near misses
  ['law training held online and offline', `${EDU}通过线上线下相结合的方式开展法治培训12场。`, { training_sessions: [12, 'exact'] }],
  ['the study group alone after a law lead', `${CGJ}把习近平法治思想列为局党组理论学习中心组重点学习内容。局党组理论学习中心组共学习5次。`, { training_sessions: [5, 'exact'] }],
]

const WATER = head('清源县水利局')
const STREET = head('滨河街道办事处')
const HEALTH = head('凤岭市卫生健康委员会')
const AGRI = head('石门县农业农村局')

/** The second batch, in new wording, run once after the rules (corpus README, "Dev forms of r55b-fresh"). */
export const SECOND_UNITS_55B: Probe39[] = [
  ['保留下属事业单位 after a merger', `${WATER}机构整合后，局里保留下属事业单位4个，撤并2个。`, {}],
  ['保留处室 in a city commission', `${HEALTH}委机关内设处室调整后保留处室11个。`, {}],
  ['保留权力事项 of a list', `${STREET}动态调整街道权责清单，保留权力事项95个。`, {}],
  ['保留中介服务事项', `${GOV}规范行政审批中介服务，全县保留中介服务事项21个，取消7个。`, {}],
  ['保留 with an adverb before the units', `${AGRI}改革后共保留执法岗位16个。`, {}],
  ['traditional 保留證明事項', toTraditional(`${STREET}开展证明事项清理，保留证明事项4个。`), {}],
  // near misses
  ['保留 alone after a documents cleanup', `${WATER}对本局制发的规范性文件进行清理，保留7件，修改1件，废止2件。`, { normative_docs_reviewed: [10, 'derived'] }],
  ['保留 of documents named after it', `${AGRI}开展行政规范性文件专项清理，保留行政规范性文件14件。`, { normative_docs_reviewed: [14, 'exact'] }],
]

export const SECOND_CARRIERS_55B: Probe39[] = [
  ['借助各类平台 after a law lead', `${WATER}将习近平法治思想作为干部学习重点。借助各类平台开展学习63次。`, {}],
  ['采取多样形式 across ；', `${HEALTH}把宪法列入委党组理论学习中心组学习内容。委党组中心组专题学习7次；采取多样形式组织学习教育40余次。`,
    { training_sessions: [7, 'exact'] }],
  ['运用线上线下渠道 study', `${STREET}将民法典纳入机关学习计划。运用线上线下渠道组织机关干部学习28次。`, {}],
  // near misses
  ['law lectures through many forms', `${AGRI}通过多种形式举办法治讲座6场。`, { training_sessions: [6, 'exact'] }],
  ['a 学法 count through platforms', `${HEALTH}依托学习强国等多种平台开展集中学法9次。`, { training_sessions: [9, 'exact'] }],
]
