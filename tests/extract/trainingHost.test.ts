/**
 * A party committee above the author as the one that studied (other_host, src/extract/trainingHost.ts): its count is not the
 * author's, unless its 、-list goes on with the author's own government or party group (one list of the leadership's studies, as
 * the seed report of 船营区人民政府 writes it and its gold sums).
 */
import { describe, expect, it } from 'vitest'
import { head, headT } from './unseenForms39'
import { valuesOf } from './seeds'

const G = head('临江区人民政府')
const GT = headT('臨江區人民政府')
const sessions = (text: string) => valuesOf(text).training_sessions ?? null

describe('a committee’s studies listed with the author’s own leadership’s', () => {
  it.each([
    [`${G}召开区委常委会学习习近平法治思想3次、召开区政府党组会议学习相关法律法规9次。`, [12, 'derived']],
    [`${GT}召開區委常委會學習習近平法治思想3次、召開區政府黨組會議學習相關法律法規9次。`, [12, 'derived']],
    [`${G}组织区委理论学习中心组专题学法4次、区政府常务会议会前学法11次。`, [15, 'derived']],
    [`${G}区政府党组会议学习法律法规9次、区委常委会学习习近平法治思想3次。`, [12, 'derived']],
  ])('%s → the list summed', (text, want) => expect(sessions(text)).toEqual(want))
})

describe('near misses: the committee alone, or listed with others than the author', () => {
  it.each([
    [`${G}组织区委理论学习中心组集体学法3次。`],
    [`${G}召开区委常委会学习习近平法治思想3次、区委理论学习中心组学法4次。`],
  ])('%s → none', (text) => expect(sessions(text)).toBeNull())
})
