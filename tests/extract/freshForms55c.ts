/**
 * Forms from the dev half of the r55c-fresh batch (corpus README, fifty-fifth batch r55c), over invented sentences:
 * - (value) a none stated after the report's own year counted to date, in the none's own clause (今年以来未收到…申请, 2023年以来本局未发生
 *   行政复议案件, 年初以来…没有发生…): the year's none, as the same words before a comma already are (2023年以来，…未发生…) and as the
 *   scope rulings read 2023年以来 in a 2023 report; found on r55c's 兴庆区司法局 disclosure report (2024年以来没有收到…申请, missed).
 *   Near misses: a span from an earlier year (2019年以来未发生…), since an event (机构改革以来, 成立以来), a run of years (近三年以来).
 * - (author) a city organ abbreviated by its level (市司法局, 市人社局) in a report whose title names no author and whose text writes its
 *   city only bare, as the one the author serves (为大连振兴发展…提供法治保障, 服务保障株洲经济社会发展, 助力芜湖高质量发展): that city,
 *   as a brand (法治岳阳) or a city's own system (六安司法行政系统) already names it; found on r55c's 大连市司法局 opening (no author read).
 *   Near misses: no city named (为全市高质量发展), another word before 发展 (为经济社会发展), a county organ (县司法局: no city expands it).
 * - (value) a study counted through carriers it does not name (依托多种载体开展学习教育N次, 通过线上线下多种载体开展法治学习N次, 借助
 *   各类载体…): a study done through channels, no session held, not summed with the sessions before it; found on r55c's 柳州市城市管理局
 *   opening (中心组集中学习6次 + 学习教育79次 read as 85). Near misses: meetings named as the carriers (通过街道理论中心组、班子会等载体开展
 *   专题学法4次: sessions, a dev item's required value), sessions framed by a carrier (以会前学法为载体，集中学法10次), a lecture hall the
 *   author runs (依托法治讲堂开展法治讲座8场).
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { head, type Probe39 } from './unseenForms39'
import { toTraditional } from './traditional'
import { m, WORK, type Meta } from './metaForms41Kinds'

const ZRJ = head('北溪区自然资源局')
const SLJ = head('南湖县水利局')
const WJW = head('临川市卫生健康委员会')

export const YEAR_SO_FAR_NONE_55C: Probe39[] = [
  ['今年以来未收到 … 提出的 … 申请', `${ZRJ}依法做好政务公开工作。今年以来未收到公民、法人或其他组织提出的政府信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['2023年以来本局未发生 reviews and suits', `${SLJ}规范行政应诉工作。2023年以来本局未发生行政复议和行政诉讼案件。`, { reconsideration_cases: [0, 'exact'], litigation_cases: [0, 'exact'] }],
  ['年初以来没有发生 suits', `${WJW}自觉接受司法监督，年初以来没有发生行政诉讼案件。`, { litigation_cases: [0, 'exact'] }],
  ['本年度以来 before 未收到 requests', `${ZRJ}（二）依申请公开。本年度以来未收到政府信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['traditional, 今年以來未發生', toTraditional(`${SLJ}依法化解行政争议，今年以来未发生行政复议案件。`), { reconsideration_cases: [0, 'exact'] }],
  // near misses
  ['a span from an earlier year', `${SLJ}规范行政应诉工作。2019年以来本局未发生行政诉讼案件。`, {}],
  ['since an event', `${WJW}机构改革以来未发生行政复议案件。`, {}],
  ['a run of years', `${ZRJ}近三年以来未收到政府信息公开申请。`, {}],
  ['the comma form, read before', `${SLJ}2023年以来，本局未发生行政诉讼案件。`, { litigation_cases: [0, 'exact'] }],
]

const untitled = (first: string, y = 2024) => `关于${y}年法治政府建设情况的报告\n\n${first}${WORK}`

export const CITY_SERVED_55C: [string, string, Meta][] = [
  ['市司法局, the city served bare (为洛阳高质量发展)', untitled('2024年，市司法局坚持以习近平法治思想为指导，统筹推进全面依法治市，为洛阳高质量发展提供坚实法治保障。'), m('洛阳市司法局', '洛阳市', '司法行政', 2024)],
  ['市人社局, 服务保障 the city bare', untitled('一年来，市人社局在市委、市政府领导下依法履职，服务保障株洲经济社会发展大局。'), m('株洲市人力资源和社会保障局', '株洲市', '人力资源社会保障', 2024)],
  ['市生态环境局, 助力 the city bare', untitled('2024年，市生态环境局深入推进依法行政，助力芜湖高质量发展。'), m('芜湖市生态环境局', '芜湖市', '生态环境', 2024)],
  ['traditional, 為 the city bare 轉型發展', toTraditional(untitled('2024年，市市場監管局堅持依法行政，為大同轉型發展營造良好法治環境。')), m('大同市市场监督管理局', '大同市', '市场监管', 2024)],
  // near misses
  ['no city named (为全市高质量发展)', untitled('2024年，市司法局坚持依法行政，为全市高质量发展提供法治保障。'), m(null, null, '司法行政', 2024)],
  ['another word before 发展 (为经济社会发展)', untitled('2024年，市司法局坚持依法行政，为经济社会发展提供法治保障。'), m(null, null, '司法行政', 2024)],
]

const CGJ = head('东川市城市管理局')
const JTJ = head('西岭县交通运输局')

export const CARRIER_STUDY_55C: Probe39[] = [
  ['依托多种载体开展学习教育 after 中心组', `${CGJ}（一）学习贯彻习近平法治思想。局党组理论学习中心组集中学法5次，依托多种载体开展学习教育40次。`, { training_sessions: [5, 'exact'] }],
  ['通过线上线下多种载体 after a law study count', `${JTJ}组织干部职工开展法治专题学习4次，通过线上线下多种载体开展法治学习60余次。`, { training_sessions: [4, 'exact'] }],
  ['借助各类载体, alone', `${JTJ}借助各类载体开展法治学习12次。`, {}],
  ['traditional, 依託多種載體', toTraditional(`${CGJ}局黨組理論學習中心組集中學法5次，依托多種載體開展學習教育40次。`), { training_sessions: [5, 'exact'] }],
  // near misses
  ['sessions framed by a carrier (以会前学法为载体)', `${JTJ}以会前学法为载体，全年集中学法10次。`, { training_sessions: [10, 'exact'] }],
  ['a lecture hall the author runs', `${CGJ}依托本局法治讲堂开展法治讲座8场。`, { training_sessions: [8, 'exact'] }],
  ['meetings named as the carriers (通过党组会、中心组等载体)', `${JTJ}通过局党组会、理论学习中心组等载体开展专题学法6次。`, { training_sessions: [6, 'exact'] }],
]

// The second batch, in new wording, written after the rules and run once (corpus README, "Dev forms of r55c-fresh").
const MZJ = head('清河区民政局')
const AJJ = head('云岭县应急管理局')
const XFJ = head('望江市信访局')

export const SECOND_YEAR_SO_FAR_55C: Probe39[] = [
  ['今年以来 before 本机关未收到 … 递交的 … 申请', `${MZJ}政务公开扎实推进，今年以来本机关未收到任何单位或个人递交的政府信息公开申请。`, { info_disclosure_requests: [0, 'exact'] }],
  ['2023年以来我局没有发生 suits, after a clause', `${AJJ}严格落实负责人出庭应诉制度，2023年以来我局没有发生行政诉讼案件。`, { litigation_cases: [0, 'exact'] }],
  ['本年以来全局未发生 reviews', `${XFJ}依法化解行政争议，本年以来全局未发生行政复议案件。`, { reconsideration_cases: [0, 'exact'] }],
  ['traditional, 年初以來未收到', toTraditional(`${MZJ}（二）依申请公开情况。年初以来未收到政府信息公开申请。`), { info_disclosure_requests: [0, 'exact'] }],
  // near misses
  ['an earlier year counted to date (2021年以来)', `${AJJ}2021年以来我局未发生行政复议案件。`, {}],
  ['since the office was set up (组建以来)', `${MZJ}本局组建以来未发生行政诉讼案件。`, {}],
]

const untitled2 = (first: string, y = 2024) => `关于${y}年度法治政府建设工作情况的报告\n\n${first}${WORK}`

export const SECOND_CITY_SERVED_55C: [string, string, Meta][] = [
  ['市交通运输局, 护航 the city bare', untitled2('2024年，市交通运输局紧扣中心工作，依法护航宜昌绿色发展。'), m('宜昌市交通运输局', '宜昌市', '交通', 2024)],
  ['市应急管理局, 为 the city bare 安全发展', untitled2('一年来，市应急管理局坚持依法行政，为赣州安全发展提供有力法治保障。'), m('赣州市应急管理局', '赣州市', '应急管理', 2024)],
  ['traditional, 市住建局 服務 the city bare', toTraditional(untitled2('2024年，市住建局全面推進依法行政，服務邯郸城市高質量發展。')), m('邯郸市住房和城乡建设局', '邯郸市', '住房城乡建设', 2024)],
  // near misses
  ['a county served bare (为本县发展)', untitled2('2024年，市司法局坚持依法行政，为本县经济发展提供法治保障。'), m(null, null, '司法行政', 2024)],
  ['the city named with 市 elsewhere wins', untitled2('2024年，市司法局在南宁市委领导下依法履职，为柳州高质量发展贡献力量。'), m('南宁市司法局', '南宁市', '司法行政', 2024)],
]

export const SECOND_CARRIER_55C: Probe39[] = [
  ['依托多种载体 after a 会前学法 count', `${MZJ}坚持会前学法，全年集中学法8次，依托多种载体开展学习活动50余次。`, { training_sessions: [8, 'exact'] }],
  ['借助各种载体, traditional', toTraditional(`${AJJ}局黨組中心組集中學法4次，借助各種載體組織學習30次。`), { training_sessions: [4, 'exact'] }],
  // near misses
  ['meetings named as carriers (以党组会、中心组等为载体)', `${XFJ}以党组会、中心组学习会等为载体，开展专题学法7次。`, { training_sessions: [7, 'exact'] }],
]
