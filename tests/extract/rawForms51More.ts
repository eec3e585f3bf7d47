/**
 * A second batch for the raw forms of round 51 (rawForms51.ts), in new wording, written after the rules and run once as written
 * (tests/fixtures/corpus/README.md, "Raw forms 51", says how many passed): flattened work reports whose year heading runs into its
 * first sentence, towns carrying out their county-level city's requirements, counts before a meeting's law study, and none received
 * with 申请 as the verb; near misses beside each. Sentences invented for this test.
 */
import { head, type Probe39 } from './unseenForms39'
import { m, WORK, type Meta } from './metaForms41Kinds'

const G = head('云溪区农业农村局')
const Q = head('松岭县人民政府')
const open = (organ: string) => `${organ}2023年政府信息公开工作年度报告\n一、总体情况\n（一）依申请公开\n`

export const MORE_51: Probe39[] = [
  ['N次 before a bureau meeting\'s 会前学法', `${G}坚持领导干部学法制度，全年开展8次局务会议会前学法。`, { training_sessions: [8, 'exact'] }],
  ['N次 before a county standing meeting\'s 专题学法, with what it studied', `${Q}组织5次县政府常务会议专题学法，学习《优化营商环境条例》等法规。`,
    { training_sessions: [5, 'exact'] }],
  ['共N次 before a standing meeting\'s 学法', `${Q}全年共组织12次常务会议学法，领导干部法治意识明显增强。`, { training_sessions: [12, 'exact'] }],
  ['none received, 申请人申请公开政府信息', `${open('松岭县水利局')}本年度未收到申请人申请公开政府信息。`, { info_disclosure_requests: [0, 'exact'] }],
  ['none received, 没有收到…申请政府信息公开', `${open('松岭县水利局')}全年没有收到书面或网上申请政府信息公开。`, { info_disclosure_requests: [0, 'exact'] }],
  // near misses: stay as they are
  ['near miss: N次 party group meetings that studied a plan', `${G}全年召开3次党组会议研究法治建设工作。`, {}],
  ['near miss: 申请公开政府信息 as a procedure\'s subject', `${open('松岭县水利局')}申请公开政府信息的办理时限为20个工作日，全年受理依申请公开5件。`,
    { info_disclosure_requests: [5, 'exact'] }],
]

export const MORE_51_META: [string, string, Meta][] = [
  ['flattened, 一、N年主要工作回顾N年，', `沙河镇2023年政府工作报告各位代表:现在,我代表沙河镇人民政府向大会报告工作,请予审议。一、2022年主要工作回顾2022年,全镇上下坚持依法行政,经济社会平稳发展。${WORK}`,
    m('沙河镇人民政府', '沙河镇', '乡镇政府', 2022)],
  ['flattened, 二、N年工作成效N年，after the heading before it', `白马乡2024年政府工作报告各位代表：现在，我代表白马乡人民政府向大会报告工作。一、过去一年的主要工作。二、2023年工作成效2023年，我们坚持依法行政。${WORK}`,
    m('白马乡人民政府', '白马乡', '乡镇政府', 2023)],
  ['a town carrying out its county-level city\'s 工作要求', `2023年，丁蜀镇坚持依法行政，贯彻落实宜兴市“法治宜兴”建设工作要求，推进各项工作法治化。${WORK}`,
    m('丁蜀镇人民政府', '宜兴市丁蜀镇', '乡镇政府', 2023)],
  ['a town carrying out its county-level city\'s 工作要点, 贯彻 alone', `2023年，崇福镇坚持依法行政，贯彻桐乡市法治建设工作要点，推进基层治理法治化。${WORK}`,
    m('崇福镇人民政府', '桐乡市崇福镇', '乡镇政府', 2023)],
  // near misses: stay as they are
  ['near miss: carrying out the levels above, 落实上级和县里的部署', `2023年，崇福镇坚持依法行政，认真落实上级和县里的部署，推进基层治理法治化。${WORK}`,
    m('崇福镇人民政府', '崇福镇', '乡镇政府', 2023)],
]
