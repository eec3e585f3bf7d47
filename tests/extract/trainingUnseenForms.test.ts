/**
 * Training forms that generalise beyond the dev passages (corpus README, "Training"): lectures by
 * audience, leaders' law classes, counts before the session word, lists that end at a figure of
 * another kind, frequencies and standing rules, attended or others' events, non-law topics,
 * five-year-plan totals, enforcement cards being applied for. Invented sentences.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'

const sessions = (text: string) => valuesOf(text).training_sessions
const publicity = (text: string) => valuesOf(text).legal_publicity_events
const participants = (text: string) => valuesOf(text).training_participants

describe('a lecture counts by its audience', () => {
  it('is a session when held for the staff, publicity when held for the public', () => {
    expect(sessions('局里邀请律师为机关干部职工举办法治讲座3场。')).toEqual([3, 'exact'])
    expect(publicity('局里邀请律师为机关干部职工举办法治讲座3场。')).toBeUndefined()
    expect(publicity('司法所进社区为居民举办法治讲座5场。')).toEqual([5, 'exact'])
    expect(sessions('司法所进社区为居民举办法治讲座5场。')).toBeUndefined()
    expect(publicity('进社区为居民举办法治讲座4次')).toEqual([4, 'exact'])
  })

  it('follows the topic of its sentence when no audience is named', () => {
    expect(publicity('深入开展普法宣传，举办法治讲座6次，发放资料3000份。')).toEqual([6, 'exact'])
    expect(sessions('深入开展普法宣传，举办法治讲座6次，发放资料3000份。')).toBeUndefined()
    expect(sessions('落实领导干部学法制度，全年举办法治讲座4次。')).toEqual([4, 'exact'])
  })
})

describe('sessions in other words', () => {
  it('reads a leader\'s law class (带头讲法治课, 法治专题党课) as a session', () => {
    expect(sessions('局主要负责人带头讲法治课3次。')).toEqual([3, 'exact'])
    expect(sessions('党组书记为全体干部讲授法治专题党课2次。')).toEqual([2, 'exact'])
  })

  it('reads a count standing before the session word (开展N次学法活动)', () => {
    expect(sessions('全年开展9次学法活动。')).toEqual([9, 'exact'])
    expect(sessions('局党委组织开展4次法治专题培训。')).toEqual([4, 'exact'])
    expect(sessions('先后举办3期“法治讲堂”，邀请专家学者授课。')).toEqual([3, 'exact'])
  })

  it('ends a list of sessions at a figure of another kind between them', () => {
    expect(sessions('专题学法5次、集中培训2期，参训260人次，另请专家授课2次。')).toEqual([7, 'derived'])
    expect(publicity('开展普法活动8场，覆盖群众900人次，开展送法活动3场。')).toEqual([8, 'exact'])
    expect(sessions('常务会议学法10次，学习法律法规16部；中心组开展法治专题学习4次。')).toEqual([14, 'derived'])
  })

  it('does not add a total to its breakdown in an aside right after it (学法17次（会前学法12次、专题讲座5次）)', () => {
    expect(sessions('全年共组织学法17次（会前学法12次、专题讲座5次）。')).toEqual([17, 'exact'])
  })

  it('adds up parallel publicity counts of one sentence', () => {
    expect(publicity('全年开展法治宣传活动15场、以案释法活动6场。')).toEqual([21, 'derived'])
  })
})

describe('counts that are no sessions', () => {
  it('does not read a frequency or a standing rule as a count (每季度学法1次, N次的制度)', () => {
    expect(sessions('中心组坚持每季度集中学法1次。')).toBeUndefined()
    expect(sessions('严格执行每月学法一次的制度。')).toBeUndefined()
    expect(sessions('坚持会前学法2次的制度，全年集中学法12次。')).toEqual([12, 'exact'])
  })

  it('keeps events the staff only took part in out, but not the ones the agency organised them for', () => {
    expect(sessions('组织全体干部职工参加学法活动6次。')).toEqual([6, 'exact'])
    expect(sessions('所长还参加专题研讨会2次。')).toBeUndefined()
    expect(participants('其中参加自治区级培训15人次、市级培训180人次。')).toEqual([180, 'exact'])
  })

  it('keeps trainings of the mediators the agency guides out (调解员), like those of firms', () => {
    expect(valuesOf('全年举办3场人民调解员业务培训班，培训调解员240人次。')).toEqual({})
  })

  it('keeps publicity on another topic out (二十大精神宣讲)', () => {
    expect(publicity('班子成员在系统内开展党的二十大精神宣讲十余次。')).toBeUndefined()
    expect(publicity('班子成员进社区开展宪法宣讲十余次。')).toEqual([10, 'approx'])
  })

  it('keeps events another body held (组织部另办) and events about other topics out', () => {
    expect(valuesOf('区委组织部另办领导干部专题培训班3期，培训420人。')).toEqual({})
    expect(valuesOf('举办学习贯彻党的二十大精神专题培训班2期，培训干部300人。')).toEqual({})
    // (law joined with another topic in one count is no law count in either order: dev37, joinedTopicFirst37; the mixed-topic
    // ruling makes such counts `optional`, and law first was already none)
    expect(sessions('举办党的二十大精神和宪法法律专题培训班2期。')).toBeUndefined()
    expect(sessions('举办宪法法律专题培训班2期。')).toEqual([2, 'exact'])
  })

  it('drops totals over a five-year plan of publicity (“八五”普法以来, 七五普法期间)', () => {
    expect(valuesOf('“八五”普法以来，累计开展法治讲座320场，培训干部1.2万人次。')).toEqual({})
    expect(valuesOf('七五普法期间共举办普法讲座900场；培训普法骨干3万人次。')).toEqual({})
  })

  it('does not read posts, court hearings or talks at meetings as sessions or events', () => {
    expect(sessions('在“法治学习”专栏推送文章12期。')).toBeUndefined()
    expect(sessions('组织科级干部旁听庭审3次。')).toBeUndefined()
    expect(sessions('组织执法人员赴外地学习考察2次。')).toBeUndefined()
    expect(publicity('普法工作先后3次在全省会议上作交流发言。')).toBeUndefined()
  })
})

describe('enforcement cards held, not applied for', () => {
  it('reads holders, never candidates or renewals', () => {
    expect(valuesOf('现持有执法证的人员42名。').certified_officers).toEqual([42, 'exact'])
    expect(valuesOf('全局12名执法人员报考执法资格，持证上岗。').certified_officers).toBeUndefined()
    expect(valuesOf('今年为9名持证人员换领执法证。').certified_officers).toBeUndefined()
    expect(valuesOf('组织新录用人员参加执法资格考试，21人取得执法证。').certified_officers).toBeUndefined()
    expect(valuesOf('全局持证执法人员56人，均通过考试。').certified_officers).toEqual([56, 'exact'])
    expect(participants('组织860名干部参加法治知识答题。')).toBeUndefined()
  })
})

describe('more ways of stating the figures', () => {
  it('reads publicity campaigns named 法律进企业 / 法律六进 and adds them to the lectures of the sentence', () => {
    expect(publicity('开展“法律进企业”活动12场，为企业职工举办法治讲座5场。')).toEqual([17, 'derived'])
    expect(publicity('组织“法律六进”活动46场次，覆盖群众1.5万人次。')).toEqual([46, 'exact'])
  })

  it('reads participants of a tutorial, of study and of a training with an exam', () => {
    expect(participants('邀请市中级法院法官为全体干部作《行政诉讼法》专题辅导1次，100余人参加。')).toEqual([100, 'approx'])
    expect(participants('参与学习的干部达800人次。')).toEqual([800, 'exact'])
    expect(participants('共有150名干部参加学习。')).toEqual([150, 'exact'])
    expect(participants('举办通用法律知识培训班1期，全县320名执法人员参加培训并考试。')).toEqual([320, 'exact'])
    expect(participants('组织200名党员参加主题党日学习。')).toBeUndefined()
  })

  it('takes the law part of an all-kinds count of trainees (各类培训…人次，其中法治培训…人次)', () => {
    const v = valuesOf('全年累计开展各类培训32期，培训3600余人次，其中法治培训6期、培训480人次。')
    expect([v.training_sessions, v.training_participants]).toEqual([[6, 'exact'], [480, 'exact']])
  })

  it('reads officers who all hold a card (全部N名执法人员均已持证)', () => {
    expect(valuesOf('全部86名执法人员均已持证。').certified_officers).toEqual([86, 'exact'])
    expect(valuesOf('机关干部46人，其中行政执法人员32人，均已取得行政执法证。').certified_officers).toEqual([32, 'exact'])
    expect(valuesOf('执法人员27人，均已持证。').certified_officers).toEqual([27, 'exact'])
  })
})

describe('levels, not changes', () => {
  it('takes the year\'s count, never the change against last year or a general count with a law part', () => {
    expect(sessions('学法培训较上年增加3场，全年学法培训达15场。')).toEqual([15, 'exact'])
    expect(sessions('法治培训场次同比增加3场。')).toBeUndefined()
    expect(sessions('累计组织学习培训26场次，其中法治专题学习9场次。')).toEqual([9, 'exact'])
  })
})

describe('hours per person: a requirement is not the achievement', () => {
  it('drops 不少于 as an obligation and keeps the hours achieved, also when both are stated', () => {
    const hours = (text: string) => valuesOf(text).training_hours_per_person
    expect(hours('确保每名干部每年学法不少于40学时。')).toBeUndefined()
    expect(hours('要求干部人均学法不少于40学时，实际人均学法52学时。')).toEqual([52, 'exact'])
    expect(hours('按照每人每年学法不少于40学时的要求，全年人均学法46学时。')).toEqual([46, 'exact'])
    expect(hours('干部年度学法均不少于40学时。')).toEqual([40, 'at_least'])
  })
})
