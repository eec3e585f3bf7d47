/**
 * An amount stated for each of several parties ("另对2家企业各处罚款5000元", "对三名当事人各罚款2000元"): the amount the
 * clause gives is one party's, the total is that many times it (a `derived` value).
 */
import { parseChineseNumeral } from './numerals'

const EACH = /对(\d{1,3}|[一二两三四五六七八九十]{1,3})(?:家|名|户|个|位|人|起|宗)[^,，;；。\d]{0,12}?各[^,，;；。\d]{0,6}$/

/** How many parties the amount after `lead` (its clause up to the figure) is each one's: 1 when it is no such amount. */
export function eachTimes(lead: string): number {
  const m = EACH.exec(lead)
  if (!m) return 1
  const n = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1])
  return n && n > 1 ? n : 1
}

/**
 * A fine laid on one party the clause names as one (对该公司处以罚款5万元, 依法对当事人处以罚款…, 对一家企业罚款…): that case's amount, no
 * total of the year's fines (a case told as an example).
 */
const ONE_PARTY = /对(?:该|此|这|某|其|当事人|涉事|一(?:家|名|户|个|位|起))[^,，;；。\d]{0,16}?罚款[^,，;；。\d]{0,4}$/
export const oneParty = (lead: string): boolean => ONE_PARTY.test(lead) && !/共|累计|合计/.test(lead)

/**
 * A count stated for each of listed months or quarters ("分别于3月、6月、9月、12月各开展集中学法1次", "一、二、三、四季度各开展专项检查2次"):
 * the clause's figure is one period's, the year's is that many times it (a `derived` value). Group 1 is the list.
 */
const PERIODS = /((?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:[、和及](?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?)+|第?[一二三四1-4](?:[、和及]第?[一二三四1-4])+季度)[^,，;；。\d]{0,4}?各[^,，;；。\d]{0,12}$/

/** How many listed periods the count after `lead` (its clause up to the figure) is each one's: 1 when it is no such count. */
export function periodsTimes(lead: string): number {
  const m = PERIODS.exec(lead)
  return m ? m[1].split(/[、和及]/).length : 1
}

/**
 * A count stated for each of listed bodies ("市委理论学习中心组和市政府常务会议各举办法治专题讲座2次", "县委常委会、县政府常务会议、县政府党组会议
 * 各开展专题学法2次"): the clause's figure is one body's, the total is that many times it (a `derived` value), as for listed periods.
 * Each body ends on an organ's or a meeting's word, so other hosts (党校, 学院) and bodies each on their own (各乡镇、各部门各自…) are no such list.
 */
const BODY = '[^,，;；。\\d、和与及各]{1,16}?(?:会议|中心组|常委会|党组|党委|机关|政府|局)'
const BODIES = new RegExp(`${BODY}(?:[、和与及]${BODY})+(?=各(?![自级类项种个地])[^,，;；。\\d]{0,16}$)`)

/** How many listed bodies the count after `lead` (its clause up to the figure) is each one's: 1 when it is no such count. */
export function bodiesTimes(lead: string): number {
  const m = BODIES.exec(lead)
  return m ? m[0].split(/[、和与及]/).length : 1
}

/** Whether a clause's lead names listed periods before 各 (see periodsTimes): a part of the year, beside the year's own figure. */
export const listedPeriods = (lead: string): boolean => PERIODS.test(lead)

/**
 * A total over a counted group of parties the clause before names as its object ("对15家校外培训机构顶格处罚，累计罚款3650万元",
 * "对3家企业共罚款680万元"), or over the cases of one kind of procedure the clause before counts ("适用简易程序案件58起，累计罚款
 * 8600元", "一般程序案件24件，共处罚款36.5万元"): 累计/共 add up that group's amounts, so they mark no total of the year's (the
 * agency's own 罚没金额 beside it wins). `lead` is the text of the figure's sentence before it.
 */
const COUNT = '(?:\\d{1,5}|[一二两三四五六七八九十百]{1,4})'
const GROUP_SUM = new RegExp(`(?:对${COUNT}(?:家|名|户|个|位|人|起|宗|所)[^;；。\\d]{0,30}?|程序[^,，;；。\\d]{0,6}?${COUNT}(?:起|件|宗)[,，])(?:累计|共计|合计|共)[^,，;；。\\d]{0,8}$`)
/** How far back before a figure its group is looked for. */
export const GROUP_REACH = 48
export const groupSum = (lead: string): boolean => GROUP_SUM.test(lead)
