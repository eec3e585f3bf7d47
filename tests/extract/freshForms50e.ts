/**
 * Forms of the r50e-fresh batch's dev half (corpus README, fiftieth batch r50e), over invented sentences. Its dev half missed two
 * service shares and one author:
 * - the share of matters settled on the spot written 马上办 (马上办事项占73.41%): the 即办 share in the wording of the 放管服 slogan
 *   马上办、网上办、就近办、一次办; near misses: the slogan itself before a rate of the whole list, 一次办 shares, satisfaction.
 * - a material reduction rate written 减免 (材料减免率达56.02%): materials waived, the share cut; near misses: fees and taxes
 *   waived (收费减免率), a time limit's cut.
 * - (metadata) the year after a leadership phrase and before the author (在X市委、市政府和Y市委领导下，2022年Y市政府…): the author is the
 *   subject after the year, as it is after "2022年，在…领导下，"; near miss: an area's bodies as that subject (全县各级行政机关).
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const G = head('青柳县人民政府')
const S = head('青柳县行政审批服务局')

export const ON_THE_SPOT_50E: Probe39[] = [
  ['马上办 matters as a share', `${G}全县依申请事项1862项，其中马上办事项占68.25%，网上办理率达到95.1%。`, { immediate_processing_pct: [68.25, 'exact'] }],
  ['马上办 items with 占比', `${S}全年马上办件占比达到81.5%。`, { immediate_processing_pct: [81.5, 'exact'] }],
  ['马上办 share written as a ratio', `${S}马上办事项比例提高到64%。`, { immediate_processing_pct: [64, 'exact'] }],
  ['traditional 马上办 share', toTraditional(`${S}马上办事项占70.2%，一次办事项占100%。`), { immediate_processing_pct: [70.2, 'exact'] }],
  // near misses
  ['the slogan before a rate of the whole list', `${S}全面推行“马上办、网上办、就近办、一次办”，事项覆盖率达到98%。`, {}],
  ['一次办 alone', `${S}一次办事项占比达到100%。`, {}],
  ['satisfaction with 马上办', `${G}推行马上办服务，群众满意率达99.2%。`, {}],
]

export const WAIVED_MATERIALS_50E: Probe39[] = [
  ['a material waiver rate', `${S}推进减材料、压时限，申请材料减免率达到47.3%。`, { material_reduction_pct: [47.3, 'exact'] }],
  ['materials waived as a ratio', `${G}办事材料减免比例为38%。`, { material_reduction_pct: [38, 'exact'] }],
  ['traditional material waiver rate', toTraditional(`${S}材料减免率达52.6%，审批时限平均缩短70%。`), { material_reduction_pct: [52.6, 'exact'] }],
  // near misses
  ['fees waived', `${G}涉企行政事业性收费减免率达到30%。`, {}],
  ['taxes waived for firms', `${G}为市场主体减免税费2.1亿元，减免比例15%。`, {}],
]

export const ALL_50E: [string, Probe39[], string[]][] = [
  ['r50e: 马上办 as the on-the-spot share', ON_THE_SPOT_50E, ['immediate_processing_pct']],
  ['r50e: 材料减免 as the material reduction', WAIVED_MATERIALS_50E, ['material_reduction_pct']],
]

/** The batch's opening forms (metadata): the year between a leadership phrase and the author. */
export const META_50E: [string, string, Meta][] = [
  ['led by its city and its own party committee, then the year', `在南岭市委、市政府和江油市委领导下，2022年江油市政府接受市人大的监督，推进法治政府建设。现报告如下。${WORK}`,
    m('江油市人民政府', '江油市', '区县政府', 2022)],
  ["a county's government after its committee's leadership and the year", `在县委的坚强领导下，2023年青柳县人民政府坚持依法行政，各项工作取得新成效。${WORK}`,
    m('青柳县人民政府', '青柳县', '区县政府', 2023)],
  ['a bureau after its leadership and the year', `在区委、区政府正确领导下，2024年白鹭区司法局紧扣年度目标推进依法行政。${WORK}`,
    m('白鹭区司法局', '白鹭区', '司法行政', 2024)],
  ['traditional: leadership, year, author', toTraditional(`在市委、市政府领导下，2021年柳河镇人民政府扎实推进法治建设。${WORK}`),
    m('柳河镇人民政府', '柳河镇', '乡镇政府', 2021)],
  // near miss: the area's bodies as that subject; the author stays the title's
  ["the area's bodies after the year", `青柳县司法局2023年法治政府建设情况报告\n在县委领导下，2023年全县各级行政机关坚持依法行政。${WORK}`,
    m('青柳县司法局', '青柳县', '司法行政', 2023)],
]

const H = head('石门市政务服务管理局')
const K = head('枫林区人民政府')

/** The second batch in new wording, written after the rules and run once (corpus README, "Dev forms of r50e-fresh"). */
export const SECOND_50E: Probe39[] = [
  ['马上办 share after the matters listed', `${H}梳理政务服务事项2107项，马上办事项的占比为59.6%。`, { immediate_processing_pct: [59.6, 'exact'] }],
  ['马上办 items reaching a share', `${K}区级马上办件达76%，承诺件按期办结。`, { immediate_processing_pct: [76, 'exact'] }],
  ['马上办率', `${H}全年马上办率提升至83.2%。`, { immediate_processing_pct: [83.2, 'exact'] }],
  ['马上办 slogan with a count of windows', `${K}设立“马上办”窗口12个，群众评价满意率99%。`, {}],
  ['材料减免率 among other cuts', `${H}持续推进“减环节、减材料”，申报材料减免率为41.8%，办理环节精简30%。`, { material_reduction_pct: [41.8, 'exact'] }],
  ['材料减免 after the items', `${K}对186项事项实行材料减免，审批材料减免比例达到33%。`, { material_reduction_pct: [33, 'exact'] }],
  ['rent waived for firms', `${K}为小微企业减免房租，减免率达50%。`, {}],
]
export const SECOND_IDS_50E = ['immediate_processing_pct', 'material_reduction_pct']

export const SECOND_META_50E: [string, string, Meta][] = [
  ['the year after a firm leadership phrase, a district', `在市委、市政府的坚强领导下，2023年枫林区人民政府深入推进依法行政。${WORK}`,
    m('枫林区人民政府', '枫林区', '区县政府', 2023)],
  ['the year after an answering clause, a bureau', `按照县委、县政府的部署要求，2022年石门县应急管理局全面履行安全监管职责。${WORK}`,
    m('石门县应急管理局', '石门县', '应急管理', 2022)],
  ['two leadership clauses then the year, a town', `在县委、县政府的领导下，在县司法局的指导下，2024年梨花镇人民政府扎实推进法治建设。${WORK}`,
    m('梨花镇人民政府', '梨花镇', '乡镇政府', 2024)],
  ['traditional: the year with 度 after the leadership', toTraditional(`在州委、州政府领导下，2021年度青溪县人民政府坚持依法行政。${WORK}`),
    m('青溪县人民政府', '青溪县', '区县政府', 2021)],
  ['near miss: the whole county as the subject after the year', `石门县司法局2023年度法治政府建设工作报告\n在县委领导下，2023年全县上下深入推进法治建设。${WORK}`,
    m('石门县司法局', '石门县', '司法行政', 2023)],
]
