/**
 * The second batch of meta53 openings (./metaForms53.test.ts), written after the first batch's rules and run once before any rule
 * changed for it: the forms ruled, in new wording — standing committee and congress sessions by their short names and an entrusted
 * reader's own words, party departments carrying a government organ's plaque, a leader's post in the body or the byline, a plan
 * period before a title's topic, a police bureau's traffic unit, an organ below its date, and a department's chrome row above its
 * government's report; with near misses. Invented wording; real kinds of organ and place, some places made up.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const T = (s: string) => toTraditional(s)
const own = (title: string, self: string, y = 2023) => `${title}\n${y}年，${self}深入推进依法行政，各项工作取得新进展。${WORK}`

export const CASES_53C: [string, string, Meta][] = [
  // congress and standing committee
  ['c: a 人大常委会 session in brackets, a bureau head reading 受…委托，我…汇报', `关于全县2023年度法治政府建设工作情况的汇报\n（2024年4月10日在缙云县第十七届人大常委会第十九次会议上）\n缙云县司法局局长　蒋某某\n主任、各位副主任、各位委员：\n受县人民政府委托，我向本次会议报告全县法治政府建设工作情况，请予审议。${WORK}`, m('缙云县人民政府', '缙云县', '区县政府', 2023)],
  ['c: a district 人大常委会 session, 现将…报告如下 after the entrusting', `关于2022年度法治政府建设情况的报告\n——2023年6月在柯桥区第二届人大常委会第十二次会议上\n柯桥区人民政府副区长　傅某某\n\n主任、各位副主任、各位委员：\n受区人民政府委托，现将全区2022年度法治政府建设情况报告如下，请予审议。${WORK}`, m('柯桥区人民政府', '柯桥区', '区县政府', 2022)],
  ['c: a township\'s 人大 session, the township head speaking', `关于2023年度依法行政工作情况的报告\n——2024年1月在大洋乡第十八届人大第四次会议上\n大洋乡人民政府乡长　施某某\n\n各位代表：\n现在，我代表乡人民政府，向大会报告2023年度依法行政工作情况，请予审议。${WORK}`, m('大洋乡人民政府', '大洋乡', '乡镇政府', 2023)],
  ['c: an invented county\'s short session line with numerals, traditional', T(`關於2023年度法治政府建設情況的報告\n——2024年3月在青川县第18届人大常委会第17次会议上\n青川县人民政府副县长　罗某某\n\n主任、各位副主任、各位委员：\n受县人民政府委托，我向县人大常委会报告2023年度法治政府建设情况，请予审议。${WORK}`), m('青川县人民政府', '青川县', '区县政府', 2023)],
  ['c: a near miss, a 司法局 speaking for itself at a short-named session', `关于全区公共法律服务工作情况的报告\n——2024年5月在婺城区第二届人大常委会第二十次会议上\n婺城区司法局局长　邵某某\n\n主任、各位副主任、各位委员：\n现将我局2023年度公共法律服务工作情况报告如下，请予审议。${WORK}`, m('婺城区司法局', '婺城区', '司法行政', 2023)],
  ['c: a county-level city\'s session, the reader 就…向会议作报告', `关于2023年度法治政府建设工作情况的报告\n——2024年4月在宜都市第十届人大常委会第十五次会议上\n宜都市人民政府\n\n主任、各位副主任、各位委员：\n受市人民政府委托，我就全市2023年度法治政府建设工作情况向会议作报告，请予审议。${WORK}`, m('宜都市人民政府', '宜都市', '区县政府', 2023)],
  ['c: a near miss, a bureau that reported to the 人大常委会 in its lead', own('开化县生态环境分局2023年度法治政府建设工作报告', '我局向县人大常委会报告生态环境状况1次，'), m('开化县生态环境分局', '开化县', '生态环境', 2023)],
  // a party department carrying a plaque
  ['c: a 委统战部 with the 民宗局 short in brackets', own('中共泰顺县委统战部（县民宗局）2023年度法治政府建设工作报告', '我部（局）'), m('泰顺县民族宗教事务局', '泰顺县', '民族宗教', 2023)],
  ['c: a 委宣传部 carrying the 版权局 plaque', own('中共青田县委宣传部（县版权局）2023年度法治政府建设情况报告', '我部'), m('青田县版权局', '青田县', null, 2023)],
  ['c: a 委社会工作部 carrying the 信访局 plaque after 加挂, traditional', T(own('中共龍泉市委社會工作部（加掛市信訪局牌子）2023年度法治政府建設情況報告', '我部')), m('龙泉市信访局', '龙泉市', '信访', 2023)],
  ['c: a copyright bureau named alone in its title (after the batch)', own('义乌市版权局2023年度版权执法工作情况报告', '我局'), m('义乌市版权局', '义乌市', null, 2023)],
  ['c: a city 委统战部 carrying the 民族宗教事务局 plaque, signed', `2023年度法治政府建设情况报告\n一年来，我们坚持依法管理民族宗教事务。${WORK}\n\n中共丽水市委统战部（丽水市民族宗教事务局）\n2024年1月22日`, m('丽水市民族宗教事务局', '丽水市', '民族宗教', 2023)],
  ['c: a 委统战部 carrying the overseas Chinese office\'s plaque', own('中共江山市委统战部（市侨务办公室）2023年度法治政府建设情况报告', '我部'), m('江山市侨务办公室', '江山市', null, 2023)],
  ['c: a near miss, a 委统战部 with its 党组 bracket: no author', own('中共庆元县委统战部（县委统战部机关党支部）2023年度法治建设情况报告', '我部'), m(null, null, null, 2023)],
  // a leader's post
  ['c: 本人担任 a town\'s head in the lead', `2023年度述法报告\n2023年，本人担任仙居县田市镇镇长，认真履行推进法治建设第一责任人职责。${WORK}`, m('田市镇人民政府', '仙居县田市镇', '乡镇政府', 2023)],
  ['c: 我作为 a county bureau\'s 主要负责人', `述法报告\n一年来，我作为磐安县水务局主要负责人，带头尊法学法守法用法。${WORK}`, m('磐安县水务局', '磐安县', '水利', null)],
  ['c: 本人现任 a street office\'s 主任', `2022年度述职述法报告\n2022年，本人现任南浔区旧馆街道办事处主任，坚持依法履职。${WORK}`, m('旧馆街道办事处', '南浔区旧馆街道', '街道', 2022)],
  ['c: 我叫…，任 a county bureau\'s posts', `2023年度个人述法报告\n我叫何某某，任武义县商务局党组书记、局长。2023年，我带头学法用法，认真履行推进法治建设第一责任人职责。${WORK}`, m('武义县商务局', '武义县', '商务', 2023)],
  ['c: a name with its post in brackets on the byline, a county head', `2023年度述法报告\n吴某某（文成县人民政府县长）\n2023年，本人认真履行推进法治建设第一责任人职责。${WORK}`, m('文成县人民政府', '文成县', '区县政府', 2023)],
  ['c: a post with 同志 on the byline, traditional', T(`2023年度述法報告\n遂昌縣民政局局長鄭某某同志\n2023年，本人認真履行推進法治建設第一責任人職責。${WORK}`), m('遂昌县民政局', '遂昌县', '民政', 2023)],
  ['c: 党政主要负责人 after a street in the title', `古城街道党政主要负责人2023年度履行推进法治建设第一责任人职责情况报告\n2023年，街道党工委书记、办事处主任认真履行推进法治建设第一责任人职责。${WORK}`, m('古城街道办事处', '古城街道', '街道', 2023)],
  ['c: a near miss, 本人作为 a member of a leading group', `嘉善县民政局2023年度述法报告\n2023年，本人作为县法治政府建设领导小组成员，认真履行职责。${WORK}`, m('嘉善县民政局', '嘉善县', '民政', 2023)],
  ['c: a near miss, a leader\'s post by level only, no place', `2023年度述法报告\n2023年，本人担任区交通运输局局长，认真履行推进法治建设第一责任人职责。${WORK}`, m(null, null, '交通', 2023)],
  ['c: a near miss, a bureau head named as a speaker in a news item', `3月12日，全县依法行政专题培训班开班，县司法局局长作动员讲话，各乡镇分管负责人参加培训。`, m(null, null, null, null)],
  // a plan period before the topic
  ['c: a county\'s 十四五 title with the year\'s progress', own('永嘉县“十四五”法治政府建设2023年度进展情况报告', '全县'), m('永嘉县人民政府', '永嘉县', '区县政府', 2023)],
  ['c: a bureau\'s 十四五时期 title', own('江山市市场监督管理局十四五时期法治市场监管建设2023年度报告', '我局'), m('江山市市场监督管理局', '江山市', '市场监管', 2023)],
  ['c: a district\'s unquoted 十四五 title', own('越城区十四五法治政府建设2023年度实施情况报告', '全区'), m('越城区人民政府', '越城区', '区县政府', 2023)],
  ['c: a city\'s 十四五 title, traditional', T(own('舟山市“十四五”法治政府建設2023年度推進情況報告', '全市')), m('舟山市人民政府', '舟山市', '市政府', 2023)],
  // a police bureau's traffic unit
  ['c: a county police bureau\'s 交通管理大队 signed', `2023年度法治公安建设工作报告\n一年来，我大队坚持严格规范公正文明执法。${WORK}\n\n常山县公安局交通管理大队\n2024年1月10日`, m('常山县公安局交通管理大队', '常山县', '公安', 2023)],
  ['c: a city police bureau\'s 交通管理支队 in a title', own('衢州市公安局交通管理支队2023年度法治建设工作报告', '我支队'), m('衢州市公安局交通管理支队', '衢州市', '公安', 2023)],
  ['c: a near miss, a transport bureau\'s unit named 交通管理 is no police unit', own('岱山县交通运输局2023年度法治政府建设情况报告', '我局督促县公安局交通管理大队'), m('岱山县交通运输局', '岱山县', '交通', 2023)],
  // an organ below its date
  ['c: a county bureau below its date', `法治政府建设年度报告\n一年来，我们在县委、县政府领导下，配合县司法局开展普法宣传9场。${WORK}\n\n2024年1月18日\n云和县文化和广电旅游体育局`, m('云和县文化和广电旅游体育局', '云和县', '文化旅游', 2023)],
  ['c: a town below its date in Chinese numerals', `2023年度法治政府建设工作报告\n一年来，我们坚持依法行政。${WORK}\n\n二〇二四年一月十二日\n景宁畲族自治县鹤溪街道办事处`, m('鹤溪街道办事处', '景宁畲族自治县鹤溪街道', '街道', 2023)],
  ['c: a township below its date with a seal mark', `2023年法治政府建设情况报告\n一年来，我们坚持依法行政。${WORK}\n\n2024年1月8日\n黄坑乡人民政府（印）`, m('黄坑乡人民政府', '黄坑乡', '乡镇政府', 2023)],
  ['c: a near miss, a contact line below the date of a titled report', `青田县财政局2023年度法治政府建设情况报告\n一年来，我局坚持依法理财。${WORK}\n\n2024年1月18日\n联系人：县司法局　王某某`, m('青田县财政局', '青田县', '财政', 2023)],
  // a department's chrome row above its government's report
  ['c: a 来源 row of the justice bureau, 我区 in the lead', `来源：莲都区司法局　发布日期：2024-01-29\n2023年度法治政府建设情况报告\n2023年，我区坚持以习近平法治思想为指导，全面推进依法行政。${WORK}`, m('莲都区人民政府', '莲都区', '区县政府', 2023)],
  ['c: a 发布机构 row of the justice bureau, 市政府 in the lead', `发布机构：龙泉市司法局\n发布日期：2024-02-05\n法治政府建设年度报告\n2023年，市政府坚持依法行政，法治政府建设取得新成效。${WORK}`, m('龙泉市人民政府', '龙泉市', '区县政府', 2023)],
  ['c: a 来源 row of an invented county\'s justice bureau, traditional', T(`來源：清溪縣司法局\n2023年度法治政府建設情況報告\n2023年，全縣堅持依法行政，推進法治政府建設。${WORK}`), m('清溪县人民政府', '清溪县', '区县政府', 2023)],
  ['c: a breadcrumb through the justice bureau\'s section, 我市 in the lead', `首页 > 部门信息公开 > 温岭市司法局 > 法治政府建设\n2023年度法治政府建设情况报告\n2023年，我市坚持依法行政，法治政府建设取得新成效。${WORK}`, m('温岭市人民政府', '温岭市', '区县政府', 2023)],
  ['c: a near miss, a county bureau\'s 来源 row over a 我局 report', `来源：云和县应急管理局\n2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('云和县应急管理局', '云和县', '应急管理', 2023)],
  ['c: a near miss, a city bureau\'s 来源 row over a county\'s 我县 report', `来源：台州市司法局\n2023年度法治政府建设工作报告\n2023年，仙居县坚持依法行政，我县法治政府建设取得新成效。${WORK}`, m('仙居县人民政府', '仙居县', '区县政府', 2023)],
]
