/**
 * Forms from the dev half of the r50c-fresh batch (corpus README, fiftieth batch r50c), over invented sentences:
 * - (metadata) a district's or county's department named by its level alone (区体育局, 县文化和旅游局) whose place the text names only as
 *   the holder of its own numbered event (X区第二届市民运动会, X县首届乡村文化旅游节): the place that holds the event is the one the
 *   department serves, as its own platform or site is (the r20 ruling) — found on r50c's 嘉定区体育局 2020 report (no author, no region).
 *   Near misses: a city's numbered event (上海市第三届…: no district), two districts' events (none), another district's event beside the
 *   district named as the body leading the department (the leader wins), an event the department only took part in elsewhere.
 * Each text is invented (other places, organs, figures and wording); none is a corpus item's text.
 */
import { m, WORK, type Meta } from './metaForms41Kinds'
import { toTraditional } from './traditional'

const LEAD = '2023年，区体育局在区委、区政府领导下，按区依法治区办的部署推进依法行政，加强法治建设。\n一、主要举措和成效\n'

/** A department named by its level whose place is named only as the holder of its own numbered event (metadata). */
export const OWN_EVENT_50C: [string, string, Meta][] = [
  ["a district's numbered games", `${LEAD}借青山区第三届全民运动会举办之机，普及体育法律法规。${WORK}`, m('青山区体育局', '青山区', '体育', 2023)],
  ["a county's first festival", `2022年，县文化和旅游局在县委、县政府领导下推进依法行政。\n一、主要举措\n结合青河县首届乡村文化旅游节开展普法宣传。${WORK}`,
    m('青河县文化和旅游局', '青河县', '文化旅游', 2022)],
  ["a district's school games, the city's named too", `2021年，区教育局坚持依法治教。\n一、主要工作\n承办南湖市第五届中学生运动会和东岭区第九届中小学生运动会。${WORK}`,
    m('东岭区教育局', '东岭区', '教育', 2021)],
  ['traditional district games', toTraditional(`${LEAD}借青山区第三届全民运动会举办之机，普及体育法律法规。${WORK}`), m('青山区体育局', '青山区', '体育', 2023)],
  // near misses
  ["a city's numbered games only", `${LEAD}借南湖市第三届全民运动会举办之机，普及体育法律法规。${WORK}`, m(null, null, '体育', 2023)],
  ["two districts' games", `${LEAD}组队参加青山区第三届全民运动会和东岭区第二届全民运动会。${WORK}`, m(null, null, '体育', 2023)],
  ["the leading district beside another district's games", `2023年，区体育局在柯桥区委、区政府领导下推进依法行政。\n一、主要举措和成效\n赴越城区第二届全民运动会观摩学习。${WORK}`,
    m('柯桥区体育局', '柯桥区', '体育', 2023)],
]

/** Metadata probes of r50c's forms (the harness: ./metaSuite). */
export const ALL_META_50C: [string, [string, string, Meta][]][] = [
  ["r50c: a department named by its level, its place only as its own event's holder", OWN_EVENT_50C],
]
