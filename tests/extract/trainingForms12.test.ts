/**
 * Training forms from the dev items moved out of the holdout (corpus README, "Training"): officers newly
 * passing the exam are no holdings, sign-ups and exam-takers are no participants, sessions of subordinate
 * units or held at the party school are not the agency's own. Invented sentences, each with a near miss.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'

const sessions = (text: string) => valuesOf(text).training_sessions
const participants = (text: string) => valuesOf(text).training_participants
const certified = (text: string) => valuesOf(text).certified_officers

describe('holdings and newly passed officers', () => {
  it('does not read officers who passed the exam this year (N人考试合格/通过考试取得执法资格) as holdings', () => {
    expect(certified('今年共有6人考试合格取得行政执法证，执法队伍进一步充实。')).toBeUndefined()
    expect(certified('队伍建设上，9名同志通过统一考试取得行政执法资格。')).toBeUndefined()
  })

  it('still reads all officers who hold a card after passing the exam', () => {
    expect(certified('全局38名执法人员均已通过考试取得行政执法证。')).toEqual([38, 'exact'])
    expect(certified('目前持有行政执法证的人员共27人。')).toEqual([27, 'exact'])
  })
})

describe('people signed up for or sitting an exam', () => {
  it('does not count sign-ups or exam-takers as participants', () => {
    expect(participants('组织干部参加法治培训，另报名3人参加下月举行的全省行政执法资格考试。')).toBeUndefined()
    expect(participants('机关全体41名干部参加年度学法考法。')).toBeUndefined()
    expect(participants('局里开展法律知识学习，2人参加11月5日举行的全国执法资格考试。')).toBeUndefined()
  })

  it('still counts the people at a training', () => {
    expect(participants('局里举办法治培训班2期，86名干部参加培训。')).toEqual([86, 'exact'])
  })
})

describe('sessions the agency did not hold itself', () => {
  it('does not read sessions of its subordinate units (各局属单位/各所属单位) as its own', () => {
    expect(sessions('局党组理论学习中心组学习宪法2次；各所属单位结合实际开展法治学习15次。')).toEqual([2, 'exact'])
  })

  it('does not read sessions it pushed every department to hold (推动/督促各单位开展…) as its own', () => {
    expect(sessions('督促各部门各单位开展法治培训20余次。')).toBeUndefined()
    expect(sessions('局里组织各科室干部开展法治培训6次。')).toEqual([6, 'exact'])
  })

  it('does not read a course held at the party school (进党校/在党校学法) as its own session', () => {
    expect(sessions('会前学法9次，常务会议学法3次；选送干部在县委党校学法培训1期。')).toEqual([12, 'derived'])
  })
})

const publicity = (text: string) => valuesOf(text).legal_publicity_events

describe('counts of something other than the event', () => {
  it('does not read party and study meetings counted together as law sessions unless law is studied', () => {
    expect(sessions('局长履行推进法治建设第一责任人职责，召开局党委会、中心组学习会共18次；机关干部开展专题学法6次。')).toEqual([6, 'exact'])
    expect(sessions('局党组会、中心组学习会共学习习近平法治思想5次。')).toEqual([5, 'exact'])
  })

  it('does not read meetings that took up the topic (召开专题会议N次研究普法) as events', () => {
    expect(publicity('全年召开局务会议4次研究普法宣传和依法行政工作。')).toBeUndefined()
    expect(publicity('全年开展4次普法宣传活动。')).toEqual([4, 'exact'])
  })

  it('reads the sentence lead as the topic of its events (围绕学习贯彻…全会精神，开展宣讲活动N场)', () => {
    expect(publicity('围绕宣传贯彻党的二十大精神，社区组织座谈会5次，开展宣讲活动12场。')).toBeUndefined()
    expect(publicity('围绕宣传贯彻党的二十大精神，社区开展宪法宣讲活动12场。')).toEqual([12, 'exact'])
  })

  it('does not let an attended law training give a bare study count its law', () => {
    expect(sessions('班子成员参加了全省法治专题培训班，局党委中心组集中学习15次。')).toBeUndefined()
    expect(sessions('局里举办法治专题培训班1期，局党委中心组集中学习宪法15次。')).toEqual([16, 'derived'])
  })
})

describe('a list of study matter between the term and its figure', () => {
  it('reads the count after titles and a list closed by 等内容 (专题学习《…》和…汇编等内容N次)', () => {
    expect(sessions('局党组专题学习《行政处罚法》《行政许可法》和本系统常用法律法规汇编等内容6次。')).toEqual([6, 'exact'])
  })

  it('still leaves a figure far after a list that is not closed', () => {
    expect(sessions('局党组专题学习《行政处罚法》和本系统常用法律法规汇编以及上级有关文件精神工作部署6次。')).toBeUndefined()
  })
})

describe('the same forms in other words', () => {
  it('reads newly recruited officers as no holdings, and all officers who passed as the holdings', () => {
    expect(certified('今年新录用的8名同志均已取得执法资格。')).toBeUndefined()
    expect(certified('目前全局共有执法人员52人，均通过考试取得执法证。')).toEqual([52, 'exact'])
  })

  it('reads sessions of units below the agency (局属各单位, 指导乡镇…) as theirs', () => {
    expect(sessions('局属各单位开展法治学习16次。')).toBeUndefined()
    expect(sessions('局机关及直属单位开展学法12次。')).toEqual([12, 'exact'])
  })

  it('reads an office meeting that took training up (局长办公会3次…研究) as meetings', () => {
    expect(sessions('全年召开局长办公会3次专题研究法治培训工作。')).toBeUndefined()
  })

  it('reads a lead naming another topic as its main line (以学习贯彻…为主线)', () => {
    expect(publicity('以学习贯彻党的二十大精神为主线，局党组开展专题学习6次，开展宣讲活动10场。')).toBeUndefined()
  })
})

describe('publicity events', () => {
  it('reads a publicity activity named with its venues (法治宣传进社区、进企业活动N场次) as one item of a sum', () => {
    expect(publicity('开展法治宣传进社区、进企业活动18场次，开展宪法宣传周活动5场。')).toEqual([23, 'derived'])
  })

  it('does not read talks or campaigns on another topic that name no law as law publicity', () => {
    expect(publicity('依托新时代文明实践站开展理论宣讲30余场。')).toBeUndefined()
    expect(publicity('开展反诈宣传活动15场次。')).toBeUndefined()
    expect(publicity('开展安全生产法宣传活动6场。')).toEqual([6, 'exact'])
  })
})

describe('a count that names no object of its own', () => {
  it('counts the event of the sentence before it (…组织专题培训。全年共举办十二场次)', () => {
    expect(sessions('局里围绕行政处罚法组织专题培训。全年共举办十二场次，民警参训二百余人次。')).toEqual([12, 'exact'])
    expect(sessions('全年组织法治专题培训。共举办8期，参训干部620人次。')).toEqual([8, 'exact'])
  })

  it('leaves a count with its own object in its own sentence', () => {
    expect(sessions('局里组织法治专题培训。全年共开展12次执法检查。')).toBeUndefined()
  })
})

describe('a training the staff received', () => {
  it('reads a training received from another body (接受…培训N次) as attended, one organised for it as held', () => {
    expect(sessions('全体干部接受市委巡察组专题培训1次。')).toBeUndefined()
    expect(sessions('局里组织执法人员接受法治专题培训3次。')).toEqual([3, 'exact'])
  })
})
