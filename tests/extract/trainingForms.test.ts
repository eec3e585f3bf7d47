/**
 * Training sessions under the corpus convention (tests/fixtures/corpus/README.md, "Training"):
 * the agency's own law study and legal training sessions, summed across a sentence's parallel
 * parts; party meetings, others' events and exams are not sessions. Invented sentences.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'

const sessions = (text: string) => valuesOf(text).training_sessions

describe('training sessions', () => {
  it('adds a seminar (专题研讨) to the study sessions of the same sentence', () => {
    expect(sessions('镇党委围绕宪法和民法典全年开展专题学习9次、专题研讨3次。')).toEqual([12, 'derived'])
    expect(sessions('局党组学习《行政处罚法》6次，开展集中研讨2次。')).toEqual([8, 'derived'])
  })

  it('reads a count after the laws studied (学习《…》《…》等法律法规N次)', () => {
    expect(sessions('全年集中学习《中华人民共和国行政复议法》《信访工作条例》《优化营商环境条例》等法律法规27次。')).toEqual([27, 'exact'])
  })

  it('sums study of 习近平法治思想 with a lecture held the same year', () => {
    expect(sessions('县政府党组集中学习习近平法治思想5次，另举办法治讲座2次。')).toEqual([7, 'derived'])
  })

  it('sums a lecture given by an invited expert and one held for the cadres', () => {
    expect(sessions('全年会前学法10次，为村干部举办法治讲座3次。')).toEqual([13, 'derived'])
    expect(sessions('开展法律法规专题学习8次，请律师专题授课1次。')).toEqual([9, 'derived'])
  })

  it('does not count theory study listed with party meetings as law study', () => {
    expect(sessions('局党委把习近平法治思想列入学习计划，全年召开党委会14次、理论学习中心组学习会9次。')).toBeUndefined()
  })

  it('keeps an exchange seminar with another body (交流研讨) out', () => {
    expect(sessions('示范创建方面，与兄弟区县交流研讨6次，组织申报法治政府示范项目。')).toBeUndefined()
  })

  it('keeps lectures of a publicity week or month (宣传周/宣传月) out: they are for the public', () => {
    expect(sessions('法治宣传月期间共发放手册2000余册，在广场开展法律知识讲座9次。')).toBeUndefined()
    expect(sessions('全年开展会前学法12次，举办法治讲座3场。')).toEqual([15, 'derived'])
  })
})

const participants = (text: string) => valuesOf(text).training_participants

describe('training participants', () => {
  it('reads a count followed by the people who took part (N名…干部参训)', () => {
    expect(participants('分两期举办执法骨干法治培训班，共86名基层执法人员参训。')).toEqual([86, 'exact'])
    expect(participants('全县科级以上单位共420名班子成员参加培训。')).toEqual([420, 'exact'])
  })

  it('does not read people sent to an exam or a court hearing as participants', () => {
    expect(participants('分批组织600余名干部参加法律知识考试。')).toBeUndefined()
    expect(participants('组织67名领导干部分两批到法院旁听庭审。')).toBeUndefined()
  })

  it('does not count people sent to a county or district training (参加县级/区级…)', () => {
    expect(participants('镇村干部参加区级法治培训4次，共计75人。')).toBeUndefined()
    expect(sessions('镇村干部参加区级法治培训4次，共计75人。')).toBeUndefined()
  })

  it('does not count training the agency gives outsiders (企业, 从业人员, 群众) as its own', () => {
    expect(valuesOf('为辖区企业开展消防法规培训9期，培训经营户640余人。')).toEqual({})
    expect(valuesOf('开展道路运输安全培训15场，培训企业从业人员900人次。')).toEqual({})
    expect(valuesOf('全年会前学法10次，为企业开展法律培训4场。').training_sessions).toEqual([10, 'exact'])
    expect(participants('举办村（社区）干部法治培训班2期，参训村干部130人。')).toEqual([130, 'exact'])
  })
})

describe('training sessions in the strong sense', () => {
  it('takes the law part of a general study count (学习N次，其中学法M次)', () => {
    expect(sessions('局党委理论学习中心组学习15次，其中学法5次。')).toEqual([5, 'exact'])
    expect(sessions('全年集中学习24次，其中法治专题学习7次。')).toEqual([7, 'exact'])
  })
})

describe('certified officers', () => {
  it('reads officers who have an enforcement card (有执法证的…共N人), never those who have none', () => {
    expect(valuesOf('目前全局有执法证的干部共37人。').certified_officers).toEqual([37, 'exact'])
    expect(valuesOf('没有执法证的人员4人。').certified_officers).toBeUndefined()
  })

  it('reads officers who hold a card named in 《》 (均持有《…行政执法证》)', () => {
    expect(valuesOf('全队39名执法队员均持有《浙江省行政执法证》。').certified_officers).toEqual([39, 'exact'])
    expect(valuesOf('全局持有《江西省行政执法证》的人员47名。').certified_officers).toEqual([47, 'exact'])
  })
})

describe('training participants after the session', () => {
  it('reads the staff who took part (参与干部职工N人次)', () => {
    expect(participants('全年开展学法活动14次，参与干部职工380余人次。')).toEqual([380, 'approx'])
    expect(participants('全年接待群众来访，参与人员200人次。')).toBeUndefined()
  })

  it('takes the law part of an all-kinds training count (各类培训班N期，…其中法治培训M期)', () => {
    expect(sessions('全年举办各类培训班16期，培训干部1800人次，其中法治培训4期。')).toEqual([4, 'exact'])
  })

  it('keeps knowledge tests (知识测试, 测评) out of sessions like exams', () => {
    expect(sessions('组织开展法律知识测试3次，参与率100%。')).toBeUndefined()
  })
})

const hours = (text: string) => valuesOf(text).training_hours_per_person

describe('training hours per person', () => {
  it('does not read the length of one course or session as hours per person', () => {
    expect(hours('举办为期4天的执法人员法治培训班，共培训30学时。')).toBeUndefined()
    expect(hours('组织执法人员集中学法5次，每次不少于2小时。')).toBeUndefined()
    expect(hours('全年领导干部人均学法48学时。')).toEqual([48, 'exact'])
  })

  it('does not read the total time of the sessions (学法时长共计N小时) as hours per person', () => {
    expect(hours('全年集中学法10次，学法时长共计15小时。')).toBeUndefined()
    expect(hours('全年累计学法不少于60学时。')).toEqual([60, 'at_least'])
  })
})

describe('more session and officer forms', () => {
  it('reads a law tutorial (《…》专题辅导N次) for the staff as a session, not one for firms', () => {
    expect(sessions('请法律顾问为机关干部作《行政处罚法》专题辅导3次。')).toEqual([3, 'exact'])
    expect(sessions('为辖区企业提供法律辅导20次。')).toBeUndefined()
  })

  it('reads the certified part of the officers (其中持证N人)', () => {
    expect(valuesOf('全局共有执法人员61人，其中持证57人。').certified_officers).toEqual([57, 'exact'])
    expect(valuesOf('执法人员持证上岗率达100%。').certified_officers).toBeUndefined()
  })
})

