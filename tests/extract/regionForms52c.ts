/**
 * The third batch for ./regionForms52.test.ts (region52): forms the first two did not probe, written after their rules and run once
 * before any rule for them: a town that is its county's seat (X县县城所在地, X县人民政府驻地), county-level cities named 州 or 市 after one
 * character (涿州市, 定州市, 津市市) and their towns, a 镇 inside a county-level city's name (北镇市), a footer's 主办/版权所有 row naming the
 * county's government, a county official's visit as the only naming of the county. Invented wording, real kinds of place.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { chrome, lead, own } from './regionForms50'
import { STREET, to, TOWN } from './regionForms52'
import { toTraditional as T } from './traditional'

const footer = (title: string, first: string, row: string) => `${title}\n${first}${WORK}\n\n${row}`

export const THIRD_52: [string, string, Meta][] = [
  ['c3: a town that is its county\'s seat (县城所在地)', lead('2023年度法治政府建设工作报告', '城关镇是宁陕县县城所在地，2023年，我镇坚持依法行政。'), m('城关镇人民政府', '宁陕县城关镇', TOWN, 2023)],
  ['c3: a town where its county\'s government sits (人民政府驻地)', lead('凤城镇2023年度法治政府建设工作报告', '凤城镇为连江县人民政府驻地，2023年，我镇坚持依法行政。'), m('凤城镇人民政府', '连江县凤城镇', TOWN, 2023)],
  ['c3: a street that is its district\'s government seat (系…驻地)', lead('2023年度法治政府建设情况报告', '城厢街道系涵江区政府驻地，2023年，街道坚持依法行政。'), m('城厢街道办事处', '涵江区城厢街道', STREET, 2023)],
  ['c3: a town of a county-level city named X州', own('涿州市松林店镇人民政府2023年度法治政府建设工作报告', '我镇'), m('松林店镇人民政府', '涿州市松林店镇', TOWN, 2023)],
  ['c3: a town led by a county-level city named X州', lead('清风店镇2023年度法治政府建设工作报告', '2023年，在定州市委、市政府的坚强领导下，我镇坚持依法行政。'), m('清风店镇人民政府', '定州市清风店镇', TOWN, 2023)],
  ['c3: a town of 津市市 in its title', own('津市市白衣镇人民政府2023年度法治政府建设工作报告', '我镇'), m('白衣镇人民政府', '津市市白衣镇', TOWN, 2023)],
  ['c3: a street of 北镇市 in its title', own('北镇市广宁街道办事处2023年度法治政府建设工作报告', '街道'), m('广宁街道办事处', '北镇市广宁街道', STREET, 2023)],
  ['c3: a town addressing a county-level city named X州', to('胜芳镇2023年度法治政府建设工作报告', '霸州市人民政府：', '2023年，我镇坚持依法行政。'), m('胜芳镇人民政府', '霸州市胜芳镇', TOWN, 2023)],
  ['c3: a town whose footer names its county\'s government as the site\'s sponsor', footer('高阳镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。', '主办单位：兴山县人民政府办公室　网站标识码：4205260001'), m('高阳镇人民政府', '兴山县高阳镇', TOWN, 2023)],
  ['c3: a town whose footer writes its county\'s government\'s copyright', footer('柏林镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。', '版权所有：开江县人民政府　技术支持：开江县大数据中心'), m('柏林镇人民政府', '开江县柏林镇', TOWN, 2023)],
  ['c3: a county bureau whose footer names its county', footer('县林业局2023年度法治政府建设工作报告', '2023年，县林业局坚持依法行政。', '主办：南召县人民政府　承办：南召县政务服务和大数据管理局'), m('南召县林业局', '南召县', '林业', 2023)],
  ['c3: a town whose county is named once as its secretary\'s title', lead('城郊乡2023年度法治政府建设工作报告', '2023年，我乡坚持依法行政，乡党委书记在卢氏县委全面依法治县工作会议上作交流发言。'), m('城郊乡人民政府', '卢氏县城郊乡', TOWN, 2023)],
  ['c3: a town a county leader visited', lead('三阳镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政，泾川县委主要领导两次到我镇调研法治建设。'), m('三阳镇人民政府', '泾川县三阳镇', TOWN, 2023)],
  ['c3: a 发布机构 row of a county-level city named X州 and its town', chrome('发布机构：晋州市东卓宿镇', '2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政。'), m('东卓宿镇人民政府', '晋州市东卓宿镇', TOWN, 2023)],
  ['c3: a town that lies in its county-level city named X州', lead('2023年度法治政府建设工作报告', '里坦镇位于深州市东南部，2023年，我镇坚持依法行政。'), m('里坦镇人民政府', '深州市里坦镇', TOWN, 2023)],
  ['c3: near miss: a town of a prefecture city written 州 whose leader visited', lead('瓶窑镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政，杭州市委主要领导到我镇调研。'), m('瓶窑镇人民政府', '瓶窑镇', TOWN, 2023)],
  ['c3: after the rule: a street that is its district\'s people\'s government seat (所在地)', lead('2023年度法治政府建设情况报告', '新城街道是荔湾区人民政府所在地，2023年，街道坚持依法行政。'), m('新城街道办事处', '荔湾区新城街道', STREET, 2023)],
  ['c3: near miss: a town paired with another county\'s seat', lead('武安镇2023年度法治政府建设工作报告', '2023年，我镇坚持依法行政，与作为南漳县县城所在地的城关镇结对共建。'), m('武安镇人民政府', '武安镇', TOWN, 2023)],
  ['c3: after the rule: a 向阳 town signed under its county', `2023年度法治政府建设工作报告\n2023年，我镇坚持依法行政。${WORK}\n\n桦川县向阳镇人民政府\n2024年1月15日`, m('向阳镇人民政府', '桦川县向阳镇', TOWN, 2023)],
  ['c3: after the rule: a 向阳 township addressing its county', to('向阳乡2023年度法治政府建设情况报告', '金川县人民政府：', '2023年，我乡坚持依法行政。'), m('向阳乡人民政府', '金川县向阳乡', TOWN, 2023)],
  ['c3: near miss: a town reporting to its county by 向', lead('2023年度法治政府建设工作报告', '2023年，红光镇坚持依法行政，每季度向县政府报告法治建设情况。'), m('红光镇人民政府', '红光镇', TOWN, 2023)],
  ['c3: after the rule: a town named after a lead clause of 对照', lead('法治政府建设年度报告', '对照《法治政府建设实施纲要（2021—2025年）》，2023年，石龙镇坚持依法行政。'), m('石龙镇人民政府', '石龙镇', TOWN, 2023)],
  ['c3: after the rule: a street named after a lead clause of 以…为指导', lead('2023年法治政府建设情况报告', '以习近平法治思想为指导，2023年，江南街道坚持依法行政。'), m('江南街道办事处', '江南街道', STREET, 2023)],
  ['c3: a township named after a lead clause of 结合 (read before the rule)', lead('2023年度法治政府建设工作报告', '结合本乡实际，2023年，沙坪乡认真落实法治政府建设各项任务。'), m('沙坪乡人民政府', '沙坪乡', TOWN, 2023)],
  ['c3: near miss: a county bureau named in a 对照 clause before a town\'s title', lead('龙井镇2023年度法治政府建设工作报告', '对照县司法局反馈的问题清单，我镇逐项整改，2023年坚持依法行政。'), m('龙井镇人民政府', '龙井镇', TOWN, 2023)],
  ['c3: a town named only in its own 位于 sentence (read before the rule)', lead('2023年度法治政府建设工作报告', '红星镇位于青冈县西部，总面积186平方公里。2023年，我镇坚持依法行政。'), m('红星镇人民政府', '青冈县红星镇', TOWN, 2023)],
  ['c3: a street named only in its own 地处 sentence (read before the rule)', lead('法治政府建设年度报告', '东风街道地处雁峰区中部，辖9个社区。2023年，我街道坚持依法行政。'), m('东风街道办事处', '雁峰区东风街道', STREET, 2023)],
  ['c3: after the rule: traditional: a 苏木 named only in its own 位于 sentence', T(lead('2023年度法治政府建设工作报告', '额很乌苏苏木位于新巴尔虎右旗南部，2023年，我苏木坚持依法行政。')), m('额很乌苏苏木人民政府', '新巴尔虎右旗额很乌苏苏木', TOWN, 2023)],
  ['c3: near miss: a county\'s 位于 sentence in its bureau\'s report', lead('2023年度法治政府建设工作报告', '龙泉县位于丽水市西南部，2023年，我局坚持依法行政。'), m(null, null, null, 2023)],
]
