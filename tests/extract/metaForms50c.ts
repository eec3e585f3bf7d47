/**
 * A third batch of meta50 openings (./metaForms50.test.ts), pages as sites serve them: a site's banner, breadcrumbs and disclosure
 * rows above a title, several bodies named before the author, the author's name only in a chrome row or the closing lines, a
 * higher government as the 来源 or the site. Written after the first two batches' rules and run once before any rule was changed for
 * it. Invented wording; real kinds of organ and place.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const T = (s: string) => toTraditional(s)
const BODY = (self: string, y = 2023) => `${y}年，${self}以习近平法治思想为指导，扎实推进法治政府建设各项任务。${WORK}`

export const CASES_50C: [string, string, Meta][] = [
  ['a district site\'s banner and breadcrumb above a street\'s bare title', `鹿城区人民政府门户网站\n首页 > 政务公开 > 街道信息 > 五马街道\n五马街道2023年法治政府建设年度报告\n${BODY('我街道')}`, m('五马街道办事处', '鹿城区五马街道', '街道', 2023)],
  ['a county bureau\'s report whose lead names the county\'s bodies first', `2023年度法治政府建设情况报告\n2023年，在县委、县政府的坚强领导下，在市交通运输局的指导下，泰宁县交通运输局坚持依法行政。${WORK}`, m('泰宁县交通运输局', '泰宁县', '交通', 2023)],
  ['a 信息来源 row of a county government\'s office above a town\'s title', `信息来源：建宁县人民政府办公室　发布时间：2024-01-17　【字号：大 中 小】\n均口镇2023年度法治政府建设情况报告\n${BODY('我镇')}`, m('均口镇人民政府', '建宁县均口镇', '乡镇政府', 2023)],
  ['a street\'s report whose name is only in the 发布机构 row, its city leading', `发布机构：石狮市凤里街道办事处\n成文日期：2024-01-08\n关于2023年度法治政府建设工作情况的报告\n2023年，在市委、市政府的坚强领导下，我街道扎实推进依法行政。${WORK}`, m('凤里街道办事处', '石狮市凤里街道', '街道', 2023)],
  ['a town named only in its closing lines with a seal', `2023年法治政府建设工作总结\n${BODY('我镇')}\n\n中共洋口镇委员会\n洋口镇人民政府\n（印章）\n2023年12月25日`, m('洋口镇人民政府', '洋口镇', '乡镇政府', 2023)],
  ['a bureau abbreviated in a lead under its county-level city\'s bodies', `法治政府建设年度报告（2023年）\n2023年，在邵武市委、市政府的坚强领导下，市卫健局坚持依法行政，全年开展卫生监督检查612户次。${WORK}`, m('邵武市卫生健康局', '邵武市', '卫生健康', 2023)],
  ['a zone\'s department signed, its zone\'s committee the 来源', `来源：福州高新区管委会\n2023年度法治政府建设工作报告\n${BODY('我局')}\n\n福州高新区应急管理局\n2024年1月24日`, m('福州高新区应急管理局', '福州高新区', '应急管理', 2023)],
  ['a street of a 新区 by its title, the 新区 government the site', `浦东新区人民政府门户网站 > 信息公开 > 街镇信息\n陆家嘴街道办事处2023年度法治政府建设情况报告\n${BODY('我街道')}`, m('陆家嘴街道办事处', '浦东新区陆家嘴街道', '街道', 2023)],
  ['a title naming the author after its year', `2023年度永泰县城市管理局法治政府建设工作报告\n${BODY('我局')}`, m('永泰县城市管理局', '永泰县', '城市管理', 2023)],
  ['a title over two lines split after 关于', `关于\n闽清县梅溪镇人民政府2023年度法治政府建设情况的报告\n${BODY('我镇')}`, m('梅溪镇人民政府', '闽清县梅溪镇', '乡镇政府', 2023)],
  ['a street named 城厢 in traditional under its county-level city', T(`福清市龙山街道2023年法治政府建设工作报告\n${BODY('我街道')}`), m('龙山街道办事处', '福清市龙山街道', '街道', 2023)],
  ['an autonomous county\'s town by its document number and signature', `东政〔2024〕2号\n法治政府建设情况报告\n${BODY('我镇')}\n\n景宁畲族自治县东坑镇人民政府\n2024年1月12日`, m('东坑镇人民政府', '景宁畲族自治县东坑镇', '乡镇政府', 2023)],
  ['a county government\'s report published by the city\'s office', `来源：宁德市人民政府办公室\n寿宁县人民政府关于2023年度法治政府建设情况的报告\n${BODY('我县')}`, m('寿宁县人民政府', '寿宁县', '区县政府', 2023)],
  ['a bureau with its county only in a 法治 slogan and its contact line', `2023年度法治政府建设情况报告\n${BODY('我局')}\n联系人：局办公室　电话：0593-6221234\n建设法治柘荣，我局将继续努力。`, m(null, null, null, 2023)],
  ['a banner\'s bureau by its 作者 row', `作者：科尔沁左翼中旗市场监督管理局　来源：本网　时间：2024-01-30\n2023年法治政府建设工作报告\n${BODY('我局')}`, m('科尔沁左翼中旗市场监督管理局', '科尔沁左翼中旗', '市场监管', 2023)],
  ['a league\'s bureau by its 来源 row, traditional', T(`来源：锡林郭勒盟司法局　发布时间：2024-02-02\n2023年度法治政府建设工作报告\n${BODY('我局')}`), m('锡林郭勒盟司法局', '锡林郭勒盟', '司法行政', 2023)],
  ['a town whose name holds 县 in the middle', `古县镇人民政府2023年度法治政府建设工作报告\n${BODY('我镇')}`, m('古县镇人民政府', '古县镇', '乡镇政府', 2023)],
  ['a town named 新市 under its county', `德清县新市镇2023年法治政府建设情况报告\n${BODY('我镇')}`, m('新市镇人民政府', '德清县新市镇', '乡镇政府', 2023)],
  ['a street of a prefecture city\'s district by a 发布单位 row with its city', `发布单位：漳州市芗城区南坑街道办事处\n2023年度法治政府建设情况报告\n${BODY('我街道')}`, m('南坑街道办事处', '漳州市芗城区南坑街道', '街道', 2023)],
  ['a prefecture bureau by its 党组 letterhead only', `中共龙岩市自然资源局党组\n关于2023年度法治政府建设情况的报告\n${BODY('我局')}`, m('龙岩市自然资源局', '龙岩市', '自然资源', 2023)],
  ['a province department by its document number and signature only', `闽民〔2024〕12号\n关于2023年度法治政府建设情况的报告\n省委、省政府：\n${BODY('我厅')}\n\n福建省民政厅\n2024年2月20日`, m('福建省民政厅', '福建省', '民政', 2023)],
  ['a ministry\'s report by its 来源 row only', `来源：应急管理部　发布时间：2024-03-28\n2023年法治政府建设年度报告\n${BODY('应急管理部')}`, m('应急管理部', null, '应急管理', 2023)],
  ['a 民族乡 in traditional under its county\'s addressee', T(`赤溪畲族乡2023年度法治政府建设情况报告\n福鼎市人民政府：\n${BODY('我乡')}`), m('赤溪畲族乡人民政府', '福鼎市赤溪畲族乡', '乡镇政府', 2023)],
  ['a county government by a joint signature', `2023年法治政府建设情况报告\n${BODY('全县')}\n\n中共政和县委员会　政和县人民政府\n2024年1月28日`, m('政和县人民政府', '政和县', '区县政府', 2023)],
]
