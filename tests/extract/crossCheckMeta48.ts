/**
 * Cross-check of round 48's metadata (2026-12-06): openings written before round 48's sets were merged, by someone who had not
 * read them. Each takes an author form issue 11 names as seen on reworded real reports (a town's or a street's title, a 发布机构
 * page line, sentence fragments ending in an organ word, an addressee line, a joint letterhead with the party committee first, an
 * abbreviated bureau under its city, a ministry) and writes it again at another level, in another order or script. Invented
 * wording; real kinds of organ and place.
 */
import { m, WORK, WORK_T, type Meta } from './metaForms41Kinds'

export const CROSS_META_48: [string, string, Meta][] = [
  ['a town’s title without 人民政府', `安平镇2024年法治政府建设工作报告\n2024年，我镇坚持依法行政。${WORK}`, m('安平镇人民政府', '安平镇', '乡镇政府', 2024)],
  ['a 乡’s title with its county', `桐梓县狮溪乡2023年度法治政府建设情况报告\n2023年，狮溪乡坚持依法行政。${WORK}`,
    m('狮溪乡人民政府', '桐梓县狮溪乡', '乡镇政府', 2023)],
  ['a street office’s title in traditional script', `南湖街道辦事處2023年度法治政府建設工作報告\n2023年，我街道堅持依法行政。${WORK_T}`,
    m('南湖街道办事处', '南湖街道', '街道', 2023)],
  ['a 发布机构 line under a bare title of a county bureau', `发布机构：嵊州市应急管理局\n发布日期：2025-01-20\n2024年度法治政府建设工作报告\n2024年，我局坚持依法行政。${WORK}`,
    m('嵊州市应急管理局', '嵊州市', '应急管理', 2024)],
  ['a 来源 line under a bare title of a town', `来源：永安镇人民政府　　时间：2024-01-12\n2023年法治政府建设情况报告\n2023年，我镇坚持依法行政。${WORK}`,
    m('永安镇人民政府', '永安镇', '乡镇政府', 2023)],
  ['a fragment ending in 厅 is no author', `2023年度法治政府建设工作报告\n2023年，全局共有86名执法人员参加省交通运输厅组织的执法资格考试。${WORK}\n\n宜章县交通运输局\n2024年1月18日`,
    m('宜章县交通运输局', '宜章县', '交通', 2023)],
  ['a fragment ending in 中心 is no author', `2023年度法治政府建设工作报告\n2023年，我局建成县级农村物流中心2个，推进依法行政。${WORK}\n\n汝城县商务局\n2024年2月2日`,
    m('汝城县商务局', '汝城县', '商务', 2023)],
  ['an addressee of the city’s party committee and government', `荣成市水务局2023年度法治政府建设情况报告\n荣成市委、荣成市人民政府：\n2023年，我局坚持依法治水。${WORK}`,
    m('荣成市水务局', '荣成市', '水利', 2023)],
  ['an addressee only, the author signed', `关于2024年度法治政府建设情况的报告\n县委依法治县委员会办公室：\n2024年，我局坚持依法行政。${WORK}\n\n泸溪县民政局\n2025年1月10日`,
    m('泸溪县民政局', '泸溪县', '民政', 2024)],
  ['a joint letterhead of a town’s party committee and government', `中共金溪镇委员会　金溪镇人民政府\n关于2023年度法治政府建设情况的报告\n2023年，我镇坚持依法行政。${WORK}`,
    m('金溪镇人民政府', '金溪镇', '乡镇政府', 2023)],
  ['a joint letterhead of a county’s party committee and government', `中共石阡县委　石阡县人民政府\n关于2024年法治政府建设工作情况的报告\n2024年，县委、县政府坚持依法行政。${WORK}`,
    m('石阡县人民政府', '石阡县', '区县政府', 2024)],
  ['an abbreviated city bureau under its city', `2023年度法治政府建设工作报告\n2023年，在孝感市委、市政府领导下，市市场监管局坚持依法监管。${WORK}`,
    m('孝感市市场监督管理局', '孝感市', '市场监管', 2023)],
  ['an abbreviated city bureau in a title', `娄底市人社局2024年法治政府建设年度报告\n2024年，我局坚持依法行政。${WORK}`,
    m('娄底市人力资源和社会保障局', '娄底市', '人力资源社会保障', 2024)],
  ['a ministry’s title', `交通运输部2022年法治政府建设年度报告\n2022年，交通运输部坚持依法行政。${WORK}`, m('交通运输部', null, '交通', 2022)],
  ['a ministry by its own word only, signed', `法治政府建设年度报告\n2024年，我部坚持依法行政，推进各项工作法治化。${WORK}\n\n农业农村部\n2025年3月28日`,
    m('农业农村部', null, '农业农村', 2024)],
  ['a provincial department with the province', `江西省应急管理厅2023年法治政府建设情况报告\n2023年，省应急管理厅坚持依法行政。${WORK}`,
    m('江西省应急管理厅', '江西省', '应急管理', 2023)],
]
