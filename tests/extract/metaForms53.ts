/**
 * Openings for ./metaForms53.test.ts (meta53), weighted to the AUTHOR where its name is not in a plain title line: a report to the
 * people's congress or its standing committee (a session line, a speaker reading it for the government), a leader's 述法/述职 report
 * (the leader's post names the organ), a report an office drafts or publishes for its government (代拟, 印发, a 来源 row of the
 * office), and a signature at the end after a text that names other bodies first. Each opening is invented (real kinds of organ and
 * place, made-up wording, names and figures); ./metaForms53b.ts holds the site banners, merged bodies, abbreviations, vertical
 * bodies and years.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const T = (s: string) => toTraditional(s)
const own = (title: string, self: string, y = 2023) => `${title}\n${y}年，${self}坚持依法行政，推进各项工作法治化。${WORK}`
/** A standing committee's hearing: title, session line, speaker line, the address and the entrusted sentence. */
const hearing = (title: string, session: string, speaker: string, entrusted: string) =>
  `${title}\n——${session}\n${speaker}\n\n主任、各位副主任、秘书长、各位委员：\n${entrusted}${WORK}`
/** A leader's report: a title, the leader's line, then the leader's own voice. */
const leader = (title: string, who: string, first = '2023年，本人认真履行推进法治建设第一责任人职责，带头学法用法。') => `${title}\n${who}\n${first}${WORK}`
/** A long text naming other bodies first, the author only in its signature. */
const OTHERS = '\n一年来，在县委依法治县办的统筹指导下，我们联合县公安局、县市场监管局、县交通运输局开展联合执法4次，配合县司法局开展普法宣传12场，邀请县人民法院法官授课2次。'
const signedAfter = (title: string, signature: string, tail = '2024年1月18日') => `${title}${OTHERS}${WORK}\n\n${signature}\n${tail}`

/** A report to the people's congress or its standing committee. */
const CONGRESS: [string, string, Meta][] = [
  ['a standing committee hearing, the county named in the session line, a 县长 reading', hearing('关于2023年度法治政府建设情况的报告', '2024年3月26日在长丰县第十八届人民代表大会常务委员会第十六次会议上', '长丰县人民政府县长　王某某', '我受县人民政府委托，向县人大常委会报告2023年度法治政府建设情况，请予审议。'), m('长丰县人民政府', '长丰县', '区县政府', 2023)],
  ['a session line with 人大常委会 short, the county named in it', hearing('关于2023年法治政府建设工作情况的报告', '2024年4月18日在通山县第十九届人大常委会第十七次会议上', '通山县司法局局长　李某某', '受县人民政府委托，现将2023年法治政府建设工作情况报告如下，请予审议。'), m('通山县人民政府', '通山县', '区县政府', 2023)],
  ['a session line by level only, the county named in the title', hearing('关于南漳县2023年度法治政府建设工作情况的报告', '2024年2月27日在县第十九届人大常委会第十四次会议上', '县人民政府副县长　张某某', '我受县人民政府委托，向会议报告全县法治政府建设工作情况，请予审议。'), m('南漳县人民政府', '南漳县', '区县政府', 2023)],
  ['a district\'s hearing, a bureau head reading for the government', hearing('关于全区2023年度法治政府建设情况的报告', '2024年3月在洛龙区第四届人民代表大会常务委员会第十五次会议上', '洛龙区司法局局长　赵某某', '受区人民政府委托，我向区人大常委会报告全区法治政府建设情况，请予审议。'), m('洛龙区人民政府', '洛龙区', '区县政府', 2023)],
  ['a city\'s hearing, the deputy mayor reading', hearing('关于2022年度法治政府建设工作情况的报告', '2023年6月28日在义乌市第十七届人民代表大会常务委员会第十二次会议上', '义乌市人民政府副市长　钱某某', '我受市人民政府委托，向市人大常委会报告2022年度法治政府建设工作情况，请予审议。'), m('义乌市人民政府', '义乌市', '区县政府', 2022)],
  ['a town\'s congress session, the town head reading', `关于2023年度法治政府建设工作情况的报告\n——2024年1月9日在大桥镇第十九届人民代表大会第四次会议上\n大桥镇人民政府镇长　孙某某\n\n各位代表：\n现在，我代表镇人民政府，向大会报告2023年度法治政府建设工作情况，请予审议。${WORK}`, m('大桥镇人民政府', '大桥镇', '乡镇政府', 2023)],
  ['a hearing with the session line in brackets, its county invented', `关于2023年度法治政府建设情况的报告\n（2024年3月20日在青禾县第十八届人民代表大会常务委员会第十九次会议上）\n青禾县人民政府\n\n主任、各位副主任、各位委员：\n受县人民政府委托，现将2023年度法治政府建设情况报告如下。${WORK}`, m('青禾县人民政府', '青禾县', '区县政府', 2023)],
  ['a hearing on the year\'s administrative reviews, the justice bureau\'s head reading', hearing('关于2023年度行政复议和行政应诉工作情况的报告', '2024年5月22日在松阳县第十八届人民代表大会常务委员会第二十次会议上', '松阳县司法局局长　吴某某', '受县人民政府委托，我向县人大常委会报告全县行政复议和行政应诉工作情况。'), m('松阳县人民政府', '松阳县', '区县政府', 2023)],
  ['a hearing, traditional', T(hearing('關於2023年度法治政府建設情況的報告', '2024年3月26日在建德市第十七屆人民代表大會常務委員會第十五次會議上', '建德市人民政府副市長　周某某', '我受市人民政府委託，向市人大常委會報告2023年度法治政府建設情況，請予審議。')), m('建德市人民政府', '建德市', '区县政府', 2023)],
  ['a written report to the standing committee, the county in the body', `关于2023年法治政府建设情况的书面报告\n县人大常委会：\n2023年，宁陵县人民政府坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下。${WORK}\n\n宁陵县人民政府\n2024年3月5日`, m('宁陵县人民政府', '宁陵县', '区县政府', 2023)],
  ['a session line with 人大常委会 short, a district, the 区长 reading', hearing('关于2023年度法治政府建设情况的报告', '2024年2月在鹿城区第十届人大常委会第十八次会议上', '鹿城区人民政府区长　郑某某', '我代表区人民政府，向区人大常委会报告2023年度法治政府建设情况，请予审议。'), m('鹿城区人民政府', '鹿城区', '区县政府', 2023)],
  ['a hearing whose session line names the city and district', hearing('关于2023年度法治政府建设工作情况的报告', '2024年4月在宁波市海曙区第二届人民代表大会常务委员会第十六次会议上', '海曙区司法局局长　冯某某', '受区人民政府委托，向区人大常委会报告2023年度法治政府建设工作情况。'), m('海曙区人民政府', '宁波市海曙区', '区县政府', 2023)],
  ['a session line with short 人大常委会 and 届 in numerals, an autonomous county', hearing('关于2023年度法治政府建设情况的报告', '2024年3月在长阳土家族自治县第11届人大常委会第16次会议上', '长阳土家族自治县司法局局长　陈某某', '受县人民政府委托，现将我县2023年度法治政府建设情况报告如下，请予审议。'), m('长阳土家族自治县人民政府', '长阳土家族自治县', '区县政府', 2023)],
  ['a town\'s congress with 人大 short in the session line', `关于2022年度依法行政工作情况的报告\n——2023年1月在杨汛桥镇第十八届人大第三次会议上\n杨汛桥镇镇长　何某某\n\n各位代表：\n现在，我代表镇人民政府，向大会报告2022年度依法行政工作情况，请予审议。${WORK}`, m('杨汛桥镇人民政府', '杨汛桥镇', '乡镇政府', 2022)],
]

/** A leader's 述法/述职 report: the post names the organ. */
const LEADERS: [string, string, Meta][] = [
  ['a bureau head\'s line over a 述法 title', leader('2023年度述法报告', '崇阳县自然资源局局长　刘某某'), m('崇阳县自然资源局', '崇阳县', '自然资源', 2023)],
  ['a 述法 title naming the organ and the post, the name after', leader('永嘉县交通运输局党组书记、局长2023年度述法报告', '周某某'), m('永嘉县交通运输局', '永嘉县', '交通', 2023)],
  ['the post in brackets under a 个人述法报告 title', leader('2023年度个人述法报告', '（临安区市场监督管理局局长　陈某某）'), m('临安区市场监督管理局', '临安区', '市场监管', 2023)],
  ['a 第一责任人职责 title, the county head speaking', leader('关于2023年度履行推进法治建设第一责任人职责情况的报告', '西乡县人民政府县长　何某某'), m('西乡县人民政府', '西乡县', '区县政府', 2023)],
  ['a town head introducing herself, no title', `我叫林某某，现任东源镇镇长。2023年，在镇党委的领导下，我带头学法用法，全面履行推进法治建设第一责任人职责。${WORK}`, m('东源镇人民政府', '东源镇', '乡镇政府', 2023)],
  ['a street office head\'s 述职述法 report', leader('2023年度述职述法报告', '大观街道办事处主任　许某某'), m('大观街道办事处', '大观街道', '街道', 2023)],
  ['a committee director\'s 述法 under a bare title', leader('述法报告', '泰顺县卫生健康局局长　黄某某', '2023年，本人坚持把法治建设作为卫生健康工作的基础，带头尊法学法守法用法。'), m('泰顺县卫生健康局', '泰顺县', '卫生健康', 2023)],
  ['本人作为X局主要负责人 in the lead', `2023年度述法报告\n2023年，本人作为武义县财政局主要负责人，认真履行推进法治建设第一责任人职责。${WORK}`, m('武义县财政局', '武义县', '财政', 2023)],
  ['a leader\'s line naming the county head, traditional', T(leader('2023年度述法報告', '德化县人民政府县长　蘇某某', '2023年，本人認真履行推進法治建設第一責任人職責，帶頭學法用法。')), m('德化县人民政府', '德化县', '区县政府', 2023)],
  ['a 述职 report of a town\'s party secretary and head together, the town in the title', leader('龙泉镇党政主要负责人2023年度履行推进法治建设第一责任人职责情况报告', '', '2023年，镇党委书记、镇长认真履行推进法治建设第一责任人职责。'), m('龙泉镇人民政府', '龙泉镇', '乡镇政府', 2023)],
  ['a 述法 report whose title holds the name, the post in its first sentence', leader('张某某同志2023年度述法报告', '', '2023年，本人担任平阳县应急管理局局长，认真履行推进法治建设第一责任人职责。'), m('平阳县应急管理局', '平阳县', '应急管理', 2023)],
  ['a district head\'s 述法 with the city in the post', leader('2022年度述法报告', '宁波市镇海区人民政府区长　潘某某', '2022年，本人认真履行推进法治建设第一责任人职责。'), m('镇海区人民政府', '宁波市镇海区', '区县政府', 2022)],
  ['a city bureau head\'s 述法, the post after the name', leader('2023年度述法报告', '王某某（衢州市司法局局长）'), m('衢州市司法局', '衢州市', '司法行政', 2023)],
  ['an invented county\'s head, 第一责任人 in the title', leader('云溪县人民政府主要负责人2023年度履行推进法治建设第一责任人职责情况报告', '', '2023年，本人坚持以习近平法治思想为指导，带头推进法治政府建设。'), m('云溪县人民政府', '云溪县', '区县政府', 2023)],
  ['a leader\'s post by level only, no place anywhere: no author', `2023年度述法报告\n2023年，本人作为县农业农村局主要负责人，切实履行县农业农村局法治建设第一责任人职责。${WORK}`, m(null, null, '农业农村', 2023)],
  ['a leader who took part in another body\'s work, the organ in the title', leader('海盐县商务局2023年度述法报告', '', '2023年，本人作为县法治政府建设领导小组成员，带头学法用法。'), m('海盐县商务局', '海盐县', '商务', 2023)],
]

/** A report an office drafts or publishes for its government, or a chrome row of that office. */
const OFFICE: [string, string, Meta][] = [
  ['a 代拟 note under the government\'s title', `石阡县人民政府2023年度法治政府建设情况报告\n（县司法局代拟）\n2023年，县人民政府坚持依法行政。${WORK}`, m('石阡县人民政府', '石阡县', '区县政府', 2023)],
  ['a 发布机构 row of the 依法治县办 over a government\'s title', `发布机构：中共石门县委全面依法治县委员会办公室\n发布日期：2024-02-01\n石门县2023年度法治政府建设情况报告\n2023年，石门县坚持依法行政。${WORK}`, m('石门县人民政府', '石门县', '区县政府', 2023)],
  ['a 来源 row of the justice bureau, 县政府 in the body', `来源：浦江县司法局　发布时间：2024-01-30\n2023年度法治政府建设工作报告\n2023年，县政府坚持以习近平法治思想为指导，全县法治政府建设取得新进展。${WORK}`, m('浦江县人民政府', '浦江县', '区县政府', 2023)],
  ['the 依法治县办 named at the end as the compiler', `嵩县2023年度法治政府建设情况报告\n2023年，我县坚持依法行政。${WORK}\n\n（本报告由县委依法治县办汇总整理）`, m('嵩县人民政府', '嵩县', '区县政府', 2023)],
  ['a notice of the 依法治市办 printing the government\'s report', `中共临海市委全面依法治市委员会办公室\n关于印发《临海市人民政府2023年度法治政府建设情况报告》的通知\n各镇（街道），市级各部门：\n现将《临海市人民政府2023年度法治政府建设情况报告》印发给你们。${WORK}`, m('临海市人民政府', '临海市', '区县政府', 2023)],
  ['a 发文机关 row of the general office, the county in the title', `发文机关：建瓯市人民政府办公室\n成文日期：2024-01-25\n建瓯市2023年法治政府建设年度报告\n2023年，全市坚持依法行政。${WORK}`, m('建瓯市人民政府', '建瓯市', '区县政府', 2023)],
  ['a 供稿 line of the justice bureau under a district\'s title', `金东区2023年度法治政府建设情况报告\n供稿：区司法局\n2023年，金东区坚持依法行政。${WORK}`, m('金东区人民政府', '金东区', '区县政府', 2023)],
  ['a 依法治县办 the 来源, the county only in the lead', `来源：县委依法治县办　浏览次数：56\n2023年度法治政府建设情况报告\n2023年，桐柏县坚持以习近平法治思想为指导，全面推进依法行政。${WORK}`, m('桐柏县人民政府', '桐柏县', '区县政府', 2023)],
  ['a 法治政府建设领导小组办公室 编 line, a city\'s report', `丽江市2023年度法治政府建设情况报告\n丽江市法治政府建设领导小组办公室　编\n2023年，全市坚持依法行政。${WORK}`, m('丽江市人民政府', '丽江市', '市政府', 2023)],
  ['a 代拟稿 tag in the title line, traditional', T(`乐清市人民政府2023年度法治政府建设情况报告（代拟稿）\n2023年，市政府堅持依法行政。${WORK}`), m('乐清市人民政府', '乐清市', '区县政府', 2023)],
  ['a 司法局 signature for its government, the government in the title', `关于德清县2023年度法治政府建设情况的报告\n2023年，德清县人民政府坚持依法行政。${WORK}\n\n德清县司法局（代）\n2024年1月20日`, m('德清县人民政府', '德清县', '区县政府', 2023)],
  ['a 依法治区办 the only body named: no author', `区委依法治区办\n2023年度法治建设工作情况报告\n2023年，区委依法治区办坚持统筹协调，推动法治建设各项任务落实。${WORK}`, m(null, null, null, 2023)],
  ['a 发布机构 row of the justice bureau, 全县 in the lead', `发布机构：缙云县司法局\n发布日期：2024-02-02\n2023年度法治政府建设情况报告\n2023年，全县坚持以习近平法治思想为指导，全面推进依法行政。${WORK}`, m('缙云县人民政府', '缙云县', '区县政府', 2023)],
  ['a 来源 row of the justice bureau over its own 我局 report', `来源：永康市司法局　发布时间：2024-01-30\n2023年度法治政府建设工作报告\n2023年，我局坚持依法行政。${WORK}`, m('永康市司法局', '永康市', '司法行政', 2023)],
]

/** The author only in a signature, after a text that names other bodies first. */
const SIGNED: [string, string, Meta][] = [
  ['a town signed after other bodies named', signedAfter('2023年度法治政府建设情况报告', '麻阳镇人民政府'), m('麻阳镇人民政府', '麻阳镇', '乡镇政府', 2023)],
  ['a county bureau signed after other bodies named', signedAfter('法治政府建设年度报告', '南丰县农业农村局', '2024年1月12日'), m('南丰县农业农村局', '南丰县', '农业农村', 2023)],
  ['a street signed with a seal mark after other bodies named', signedAfter('关于2023年度法治政府建设工作的报告', '南浔区练市街道办事处（盖章）'), m('练市街道办事处', '南浔区练市街道', '街道', 2023)],
  ['a date line before the signature after other bodies named', `2023年法治政府建设工作报告${OTHERS}${WORK}\n\n2024年1月16日\n宁海县民政局`, m('宁海县民政局', '宁海县', '民政', 2023)],
  ['a signature followed by a 抄送 line naming other bodies', `${signedAfter('2023年度法治政府建设情况报告', '崇仁县水利局')}\n抄送：县委依法治县办，县人大常委会办公室，县司法局。`, m('崇仁县水利局', '崇仁县', '水利', 2023)],
  ['a signature of an invented county\'s government after other bodies named', signedAfter('关于2023年度法治政府建设情况的报告', '岚山县人民政府', '2024年2月2日'), m('岚山县人民政府', '岚山县', '区县政府', 2023)],
  ['a bureau signed on one line with its date, other bodies first', `法治政府建设情况报告${OTHERS}${WORK}\n\n东阳市退役军人事务局　2024年1月22日`, m('东阳市退役军人事务局', '东阳市', '退役军人事务', 2023)],
  ['a town signed, traditional, other bodies first', T(signedAfter('2023年度法治政府建設情況報告', '泰順縣筱村鎮人民政府')), m('筱村镇人民政府', '泰顺县筱村镇', '乡镇政府', 2023)],
  ['a city bureau signed after a 市委 and 市政府 lead', `2023年度法治政府建设工作报告\n2023年，在市委、市政府的坚强领导下，在市委依法治市办的指导下，我们配合市公安局、市司法局开展联合检查6次。${WORK}\n\n丽水市住房和城乡建设局\n2024年1月26日`, m('丽水市住房和城乡建设局', '丽水市', '住房城乡建设', 2023)],
  ['a township signed with its party committee first, other bodies first', signedAfter('2023年度法治政府建设工作总结', '中共龙门乡委员会\n龙门乡人民政府', '2023年12月28日'), m('龙门乡人民政府', '龙门乡', '乡镇政府', 2023)],
  ['a province department signed after national bodies named', `2023年度法治政府建设情况报告\n2023年，在司法部、生态环境部的指导下，我们配合最高人民检察院开展公益诉讼专项行动。${WORK}\n\n福建省生态环境厅\n2024年2月20日`, m('福建省生态环境厅', '福建省', '生态环境', 2023)],
  ['a zone committee signed after its city\'s bureaus named', signedAfter('法治政府建设年度报告', '绍兴滨海新区管理委员会'), m('绍兴滨海新区管理委员会', '绍兴滨海新区', '区县政府', 2023)],
  ['a 抄送 line below the date, the bureau in the title', `桐庐县民政局2023年度法治政府建设情况报告${OTHERS}${WORK}\n\n2024年1月16日\n抄送：县司法局`, m('桐庐县民政局', '桐庐县', '民政', 2023)],
  ['an addressee-like line below the date of an unsigned report: no author', `2023年度法治政府建设情况报告\n一年来，我们坚持依法行政。${WORK}\n\n2024年1月16日\n县委依法治县办：`, m(null, null, null, 2023)],
  ['a town below its date, traditional', T(`法治政府建設情況報告${OTHERS}${WORK}\n\n2024年1月9日\n泰順縣司前畲族鎮人民政府`), m('司前畲族镇人民政府', '泰顺县司前畲族镇', '乡镇政府', 2023)],
]

/** Near misses: the congress, a leader, an office or another body named beside an author that names itself. */
const NEAR: [string, string, Meta][] = [
  ['a bureau\'s own report that went to the standing committee', own('诸暨市市场监督管理局2023年度法治政府建设情况报告', '我局向市人大常委会专题报告工作2次，'), m('诸暨市市场监督管理局', '诸暨市', '市场监管', 2023)],
  ['a bureau head\'s hearing on its own work, no government entrusting it', hearing('关于全县市场监管法治工作情况的报告', '2024年5月在安吉县第十七届人大常委会第二十次会议上', '安吉县市场监督管理局局长　杨某某', '现将我局2023年度市场监管法治工作情况报告如下，请予审议。'), m('安吉县市场监督管理局', '安吉县', '市场监管', 2023)],
  ['a court\'s report to a short-named session: no government', `县人民法院工作报告\n——2024年1月在德清县第十七届人大第四次会议上\n\n各位代表：\n现在，我代表县人民法院，向大会报告工作，请予审议。${WORK}`, m(null, null, null, null)],
  ['a bureau\'s report naming a congress session it served', own('兰溪市司法局2023年度法治政府建设工作报告', '我局在兰溪市第十八届人民代表大会第三次会议期间办理代表建议11件，'), m('兰溪市司法局', '兰溪市', '司法行政', 2023)],
  ['a town\'s report naming the county\'s standing committee as inspector', own('马屿镇2023年度法治政府建设工作报告', '我镇接受瑞安市人大常委会执法检查1次，'), m('马屿镇人民政府', '马屿镇', '乡镇政府', 2023)],
  ['a bureau\'s report whose head is named as leader in the lead', own('海宁市自然资源和规划局2023年度法治政府建设情况报告', '我局主要负责人认真履行推进法治建设第一责任人职责，'), m('海宁市自然资源和规划局', '海宁市', '自然资源', 2023)],
  ['a 述法 of a bureau head who attended the government\'s meetings', `2023年度述法报告\n桐乡市住房和城乡建设局局长　沈某某\n2023年，本人列席市政府常务会议12次，认真履行推进法治建设第一责任人职责。${WORK}`, m('桐乡市住房和城乡建设局', '桐乡市', '住房城乡建设', 2023)],
  ['a county\'s own report naming its 依法治县办 in the lead', own('文成县2023年度法治政府建设情况报告', '在县委依法治县办的统筹协调下，文成县'), m('文成县人民政府', '文成县', '区县政府', 2023)],
  ['a bureau\'s report drafted by its own office', `龙港市应急管理局2023年度法治政府建设情况报告\n（局办公室起草）\n2023年，我局坚持依法行政。${WORK}`, m('龙港市应急管理局', '龙港市', '应急管理', 2023)],
  ['a town signed after its county\'s bodies and a village committee', `2023年度法治政府建设工作报告\n一年来，在县委、县政府的领导下，我们指导东村村民委员会、西村村民委员会修订村规民约。${WORK}\n\n仙居县白塔镇人民政府\n2024年1月8日`, m('白塔镇人民政府', '仙居县白塔镇', '乡镇政府', 2023)],
  ['a street\'s report naming the district congress\'s deputies', own('三江街道2023年度法治政府建设工作报告', '我街道邀请区人大代表、政协委员参与执法监督3次，'), m('三江街道办事处', '三江街道', '街道', 2023)],
  ['a congress work report\'s session line in a 政府工作报告, a county', `政府工作报告\n——2024年1月8日在浦城县第十八届人民代表大会第四次会议上\n浦城县人民政府县长　郭某某\n\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾${WORK}`, m('浦城县人民政府', '浦城县', '区县政府', 2023)],
  ['a 述法 of a township head whose township is only in the post', `2023年度述法报告\n大洋乡人民政府乡长　施某某\n2023年，本人认真履行推进法治建设第一责任人职责，带头学法用法。${WORK}`, m('大洋乡人民政府', '大洋乡', '乡镇政府', 2023)],
  ['a leader\'s line with the post before 同志', `2023年度述法报告\n建德市农业农村局局长王某某同志\n2023年，本人认真履行推进法治建设第一责任人职责。${WORK}`, m('建德市农业农村局', '建德市', '农业农村', 2023)],
  ['a leader\'s 述责述廉述法 report with the post and 党组书记', `2023年度述责述廉述法报告\n江山市水利局党组书记、局长　毛某某\n2023年，本人认真履行推进法治建设第一责任人职责。${WORK}`, m('江山市水利局', '江山市', '水利', 2023)],
  ['a hearing with the speaker\'s line before the session line', `关于2023年度法治政府建设情况的报告\n庆元县人民政府副县长　吴某某\n（2024年3月28日在庆元县第十届人民代表大会常务委员会第十九次会议上）\n\n主任、各位副主任、各位委员：\n受县人民政府委托，向会议报告2023年度法治政府建设情况，请予审议。${WORK}`, m('庆元县人民政府', '庆元县', '区县政府', 2023)],
  ['a hearing of a prefecture-level city, the mayor reading', `关于2023年度法治政府建设情况的报告\n——2024年4月25日在衢州市第八届人民代表大会常务委员会第二十次会议上\n衢州市人民政府副市长　徐某某\n\n主任、各位副主任、秘书长、各位委员：\n我受市人民政府委托，向市人大常委会报告全市法治政府建设情况，请予审议。${WORK}`, m('衢州市人民政府', '衢州市', '市政府', 2023)],
  ['a 报送 note of the 依法治县办 above the county\'s report', `县委依法治县办报送\n云和县2023年度法治政府建设情况报告\n2023年，云和县坚持依法行政。${WORK}`, m('云和县人民政府', '云和县', '区县政府', 2023)],
  ['a county bureau signed after the county\'s 依法治县办 and 司法局 named', `2023年度法治政府建设情况报告\n一年来，在县委依法治县办、县司法局的指导下，我们扎实推进依法行政。${WORK}\n\n松阳县林业局\n2024年1月19日`, m('松阳县林业局', '松阳县', '林业', 2023)],
  ['a city government\'s report whose 司法局 drafted it, named in the body', own('湖州市人民政府2023年度法治政府建设情况报告', '市司法局牵头起草本报告。全市'), m('湖州市人民政府', '湖州市', '市政府', 2023)],
]

export const CASES_53: [string, string, Meta][] = [...CONGRESS, ...LEADERS, ...OFFICE, ...SIGNED, ...NEAR]
