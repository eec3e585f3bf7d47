/**
 * Raw forms of round 51 (tests/fixtures/corpus/README.md, "Raw forms 51"): forms the original wording of dev pages showed that our
 * rewordings had smoothed away. Openings: a flattened page whose numbered heading on the year reviewed runs into its first sentence
 * (…宝贵意见。一、2023年主要工作2023年以来，…), a town that names its county-level city only as the owner of a requirement it carries
 * out (贯彻落实X市“…”总要求). Passages: a count before the meeting whose law study it counts (开展5次区政府常务会议集中学法), and none
 * received said with 申请 as the verb (未收到书面申请政府信息公开). Sentences invented for this test.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, WORK, type Meta } from './metaForms41Kinds'

const C = head('青杉县人民政府')
const B = head('青杉县自然资源局')
const X = head('石塘镇人民政府')
const open = (organ: string) => `${organ}2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n全年公开政府信息52条。\n（二）依申请公开\n`

export const RAW_51: Probe39[] = [
  // a count before the meeting whose law study it counts
  ['N次 before a government standing meeting\'s 集中学法', `${C}全年组织开展6次县政府常务会议集中学法，领导干部依法决策能力不断提高。`, { training_sessions: [6, 'exact'] }],
  ['N次 before a party group meeting\'s 专题学法', `${B}局党组坚持领导干部学法制度，全年开展4次局党组会议专题学法。`, { training_sessions: [4, 'exact'] }],
  ['N次 before a town head\'s office meeting\'s 会前学法', `${X}先后组织7次镇长办公会议会前学法，学习《行政处罚法》等法律法规。`, { training_sessions: [7, 'exact'] }],
  // none received, 申请 the verb before what was asked for
  ['none received, 书面申请政府信息公开', `${open('青杉县统计局')}2023年，本单位未收到书面申请政府信息公开，也未收到以信函、电子邮件等方式申请要求公开政府信息。`,
    { info_disclosure_requests: [0, 'exact'] }],
  ['none received, who asked before 申请公开政府信息', `${open('石塘镇人民政府')}本机关全年未收到公民、法人或者其他组织申请公开政府信息。`, { info_disclosure_requests: [0, 'exact'] }],
  // near misses: stay as they are
  ['near miss: N次 meetings that deployed law work', `${C}全年召开5次县政府常务会议研究部署法治政府建设工作。`, {}],
  ['near miss: N次 a central group\'s enlarged meetings', `${B}全年开展10次党组理论学习中心组扩大会议。`, {}],
  ['near miss: meetings relaying a study', `${X}两次召开党委会议传达学习全面依法治县工作会议精神。`, {}],
  ['near miss: a standing meeting\'s 学法 before its count', `${C}全年组织县政府常务会议集中学法6次。`, { training_sessions: [6, 'exact'] }],
  ['near miss: none of one cause, 申请政府信息公开 引发', `${open('青杉县统计局')}全年受理依申请公开12件，未发生因申请政府信息公开引发的行政复议。`,
    { info_disclosure_requests: [12, 'exact'] }],
]

/** Openings: a flattened page's heading running into its body; a county-level city named only as a requirement's owner. */
export const META_51: [string, string, Meta][] = [
  ['a flattened work report, 一、N年主要工作N年以来', `石门镇2024年政府工作报告各位代表:现在,我代表石门镇人民政府,向大会报告工作,请予审议。一、2023年主要工作2023年以来,在县委县政府和镇党委的坚强领导下,我们坚持依法行政,推进全镇高质量发展。${WORK}`,
    m('石门镇人民政府', '石门镇', '乡镇政府', 2023)],
  ['a flattened work report, 一、N年工作回顾N年,', `城关镇2022年度政府工作报告各位代表:现在,我代表城关镇人民政府向大会报告工作。一、2021年工作回顾2021年,全镇上下坚持依法行政,各项事业稳步推进。${WORK}`,
    m('城关镇人民政府', '城关镇', '乡镇政府', 2021)],
  ['a town carrying out its county-level city\'s 总要求', `2023年，固驿镇坚持依法行政，贯彻落实邛崃市“三城同建”总要求，推进基层治理法治化。${WORK}`,
    m('固驿镇人民政府', '邛崃市固驿镇', '乡镇政府', 2023)],
  ['a town carrying out its county\'s 部署, 落实X县…部署', `2023年，大新镇坚持依法行政，认真落实金寨县法治政府建设各项部署，推进各项工作法治化。${WORK}`,
    m('大新镇人民政府', '金寨县大新镇', '乡镇政府', 2023)],
  // near misses: stay as they are
  ['near miss: a heading on its own line', `石门镇2024年政府工作报告\n各位代表：\n现在，我代表石门镇人民政府向大会报告工作。\n一、2023年主要工作\n2023年以来，我们坚持依法行政。${WORK}`,
    m('石门镇人民政府', '石门镇', '乡镇政府', 2023)],
  ['near miss: a prefecture city\'s 总要求 carried out', `2023年，固驿镇坚持依法行政，贯彻落实成都市“三城同建”总要求，推进基层治理法治化。${WORK}`,
    m('固驿镇人民政府', '固驿镇', '乡镇政府', 2023)],
  ['near miss: the levels above carried out, 落实中央和市、区两级…部署', `2023年，东湖街道认真落实中央和市、区两级有关法治政府建设的部署，坚持依法行政。${WORK}`,
    m('东湖街道办事处', '东湖街道', '街道', 2023)],
]
