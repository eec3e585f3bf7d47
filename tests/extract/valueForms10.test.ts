/**
 * Forms the fresh r-* batch and rewordings of the corpus README's training rulings showed the rules
 * missing: the agency naming itself at a clause's opening, people counted at an event its staff only
 * attended, a breakdown opened by 包括, people reached by a training, a session's length or a total
 * that is no per-person figure, officers who all hold a card "as required", legality reviews counted
 * in 件次, a permit count after a long object, no litigation said together with no reconsideration,
 * a civil-defence office as an author. Invented sentences.
 */
import { describe, expect, it } from 'vitest'
import { extractText, valuesOf } from './seeds'

const v = (text: string, indicator: string) => valuesOf(text)[indicator]

describe('the agency naming itself opens a clause of its own', () => {
  it('does not read its own study as part of the whole-area programme in the clause before', () => {
    expect(v('协助组织全市网格员培训3期、培训210人，我局会前学法11次。', 'training_sessions')).toEqual([11, 'exact'])
    expect(v('统筹全县普法骨干轮训2期，本局专题学法8次。', 'training_sessions')).toEqual([8, 'exact'])
  })
})

describe('people counted at an event the staff only attended', () => {
  it('are not participants of the agency\'s own sessions', () => {
    expect(v('全年参加上级各类法治培训9次，参训64人次。', 'training_participants')).toBeUndefined()
    expect(v('选派3名业务骨干参加省厅执法培训，参训3人。', 'training_participants')).toBeUndefined()
  })

  it('are when the agency organised its staff for the event, or held it', () => {
    expect(v('组织全体干部职工参加法治专题培训，参训110人次。', 'training_participants')).toEqual([110, 'exact'])
    expect(v('举办法治培训班2期，干部职工参加培训96人次。', 'training_participants')).toEqual([96, 'exact'])
  })
})

describe('a breakdown opened by 包括 right after a total', () => {
  it('keeps the total and adds no part to it', () => {
    expect(v('全年开展学法活动30次，包括会前学法14次、法治讲座8次和专题培训8次。', 'training_sessions')).toEqual([30, 'exact'])
    expect(v('组织法治学习16次，含中心组学法6次。', 'training_sessions')).toEqual([16, 'exact'])
  })
})

describe('people a training reached', () => {
  it('are its participants when they are the staff', () => {
    expect(v('开展法治培训7场次，覆盖干部职工520余人。', 'training_participants')).toEqual([520, 'approx'])
    expect(v('举办法治讲座3期，受教育机关干部达240人次。', 'training_participants')).toEqual([240, 'exact'])
  })

  it('are its participants when the staff all took part (全员参训)', () => {
    expect(v('组织法治培训，全局68名干部职工全员参训。', 'training_participants')).toEqual([68, 'exact'])
  })

  it('are not when they are the public', () => {
    expect(v('开展法治培训7场次，覆盖群众2000余人。', 'training_participants')).toBeUndefined()
  })
})

describe('hours that are no per-person figure', () => {
  it('skips the length of one training and a total over all staff', () => {
    expect(v('举办法治专题培训班1期，培训时长12学时，参训52人。', 'training_hours_per_person')).toBeUndefined()
    expect(v('全局干部在线学法总时长达4100学时。', 'training_hours_per_person')).toBeUndefined()
  })

  it('skips hours no one person studies in a year (a total of all staff)', () => {
    expect(v('全年累计学法2400余学时。', 'training_hours_per_person')).toBeUndefined()
  })

  it('reads a per-person figure in a sentence about a course of some days', () => {
    expect(v('组织执法人员开展为期3天的集中培训，人均学时24学时。', 'training_hours_per_person')).toEqual([24, 'exact'])
    expect(v('组织执法人员参加为期3天的法治培训，共计24学时。', 'training_hours_per_person')).toBeUndefined()
  })

  it('still reads a per-person figure with its qualifier', () => {
    expect(v('干部职工人均学法时长超过45学时。', 'training_hours_per_person')).toEqual([45, 'at_least'])
  })
})

describe('figures of other families in other words', () => {
  it('reads officers who all hold a card as required', () => {
    expect(v('目前共有行政执法人员27名，均按规定持证上岗。', 'certified_officers')).toEqual([27, 'exact'])
  })

  it('reads legality reviews of normative documents counted in 件次', () => {
    expect(v('对行政规范性文件开展合法性审查7件次。', 'normative_docs_reviewed')).toEqual([7, 'exact'])
  })

  it('reads a permit count after a long description of the permits', () => {
    expect(v('全年依法办理占用城市道路挖掘和临时占用绿地两类行政许可共41件。', 'approvals_handled')).toEqual([41, 'exact'])
  })

  it('reads no litigation said together with no reconsideration as 0 for both', () => {
    const out = valuesOf('全年没有诉讼案件和复议案件。')
    expect(out.litigation_cases).toEqual([0, 'exact'])
    expect(out.reconsideration_cases).toEqual([0, 'exact'])
    expect(valuesOf('本年度无行政复议、诉讼案件发生。').litigation_cases).toEqual([0, 'exact'])
  })
})

describe('a civil-defence office as author', () => {
  it('names it with its place and files it under 人民防空', () => {
    expect(extractText('2022年，市人防办坚持依法行政，推进人防工程监管。').report.sector).toEqual('人民防空')
    const s = extractText('杭州市民防办公室2021年度法治政府建设情况报告\n2021年，市民防办推进依法行政。').report
    expect([s.agency, s.region, s.sector]).toEqual(['杭州市民防办公室', '杭州市', '人民防空'])
  })
})

describe('rewordings that must not change the reading', () => {
  it('reads a Hong Kong variant (衞) as the Taiwan form it stands for', () => {
    const r = extractText('環翠區衞生健康局2024年度法治政府建設情況報告\n2024年，本局推進依法行政，全年開展執法檢查120次。').report
    expect([r.agency, r.sector]).toEqual(['环翠区卫生健康局', '卫生健康'])
  })

  it('keeps a list item\'s own host when the earlier items count in Chinese numerals', () => {
    expect(v('其中参加省级培训十二人次、市级培训86人次。', 'training_participants')).toEqual([86, 'exact'])
  })

  it('keeps a legal adviser\'s lectures his own when his services count in Chinese numerals', () => {
    expect(v('镇政府聘请的常年法律顾问全年参与各类法律事项十一件次，开展法治讲座2次。', 'training_sessions')).toBeUndefined()
  })

  it('reads 共 and 累计 before a figure alike (words that lead in put no distance)', () => {
    const a = '一是中心组安排法治内容学习共8次。二是组织干部职工听法治专题讲座1次。'
    expect(v(a, 'training_sessions')).toEqual([8, 'exact'])
    expect(v(a.replace('共8次', '累计8次'), 'training_sessions')).toEqual([8, 'exact'])
  })

  it('takes the larger of two equally named counts in separate sentences, whichever comes first', () => {
    expect(v('局党委讲授法治专题党课2次。一年来由中心组开展15次学法活动。', 'training_sessions')).toEqual([15, 'exact'])
  })

  it('reads publicity activities organised or held as well as carried out', () => {
    expect(v('借宪法宣传周普法契机，在社区组织现场活动18场、专题讲座6次。', 'legal_publicity_events')).toEqual([24, 'derived'])
  })

  it('reads the year\'s case load said from the year on (一年来办件)', () => {
    expect(v('一年来办件5321件，其中跨省通办事项86件。', 'approvals_handled')).toEqual([5321, 'exact'])
  })
})

describe('a count standing before the event it counts', () => {
  it('reads law sessions and publicity named after their count', () => {
    expect(v('全年开展6次集体学法。', 'training_sessions')).toEqual([6, 'exact'])
    expect(v('围绕宪法和民法典，全年累计开展16场法治宣传活动。', 'legal_publicity_events')).toEqual([16, 'exact'])
    expect(v('今年以来共组织12次集中普法活动，接待群众咨询1420余人次。', 'legal_publicity_events')).toEqual([12, 'exact'])
  })

  it('reads a broad study after its count only when its sentence names law', () => {
    expect(v('把习近平法治思想列为中心组学习内容，全年开展3次专题学习。', 'training_sessions')).toEqual([3, 'exact'])
    expect(v('围绕主题教育，全年开展3次专题学习。', 'training_sessions')).toBeUndefined()
  })

  it('reads a training or a lecture after its count when its sentence names law', () => {
    expect(v('围绕新修订的《行政处罚法》和案卷制作开展5次专项培训。', 'training_sessions')).toEqual([5, 'exact'])
    expect(v('结合党建工作开展5次专项培训。', 'training_sessions')).toBeUndefined()
    expect(v('按“1+2”模式组织5次班子成员专题学法。', 'training_sessions')).toEqual([5, 'exact'])
    expect(v('宪法宣传周内开展14次知识讲座，参与答题的群众千余人。', 'legal_publicity_events')).toEqual([14, 'exact'])
  })

  it('keeps an event counted before its name that the staff only attended out', () => {
    expect(v('局领导参加2次省厅法治培训。', 'training_sessions')).toBeUndefined()
  })
})

describe('a clause dated to one day', () => {
  it('reports one event, not the year\'s count', () => {
    expect(v('8月25日上午，区里举办一场法治政府建设培训会，各部门分管领导参训。', 'training_sessions')).toBeUndefined()
  })
})

describe('cases dealt with in a short form', () => {
  it('reads a bare 查处N起 in a sentence about cases', () => {
    expect(v('全年发生林业案件42起，查处42起，查处率100%。', 'enforcement_cases')).toEqual([42, 'exact'])
    expect(v('全年查处18起，整改率100%。', 'enforcement_cases')).toBeUndefined()
  })

  it('keeps the cases of one targeted problem a part, not the year\'s', () => {
    expect(v('针对“三假”问题共查处违法案件260起。', 'enforcement_cases')).toBeUndefined()
  })
})

describe('the author\'s own part and documents adopted', () => {
  it('reads the author\'s own part of an area\'s total named at some length', () => {
    expect(v('2023年全市共办理行政复议案件386件，其中本局作为被申请人的案件7件。', 'reconsideration_cases')).toEqual([7, 'exact'])
  })

  it('does not read documents an executive meeting adopted as documents reviewed', () => {
    expect(v('召开区政府第15次常务会议审议规范性文件3件。', 'normative_docs_reviewed')).toBeUndefined()
  })
})

describe('a change from last year\'s figure', () => {
  it('reads the new figure though the old one stands between it and its term', () => {
    expect(v('2023年，全局持证执法人员由上年的35人增加到41人。', 'certified_officers')).toEqual([41, 'exact'])
  })
})

describe('authors in other layouts', () => {
  it('reads an organ from its party group\'s letterhead above the title', () => {
    const r = extractText('中共永和县交通运输局党组\n关于2023年度法治政府建设情况的报告\n2023年，局党组坚持依法行政。').report
    expect([r.agency, r.sector]).toEqual(['永和县交通运输局', '交通'])
  })

  it('expands a county department abbreviated in the title with the one county government the page names', () => {
    const r = extractText('来源：阜南县人民政府 发布日期：2024-02-01\n县民政局2023年法治政府建设工作报告\n2023年，县民政局坚持依法行政。').report
    expect([r.agency, r.region, r.sector]).toEqual(['阜南县民政局', '阜南县', '民政'])
  })

  it('expands an abbreviated organ with a city of four characters', () => {
    const text = '市应急管理局2023年法治政府建设情况报告\n2023年，市应急管理局在市委、市政府领导下推进法治鄂尔多斯建设。'
    expect(extractText(text).report.agency).toEqual('鄂尔多斯市应急管理局')
    expect(extractText(text.replace('推进法治鄂尔多斯建设', '在呼和浩特市委领导下推进工作')).report.agency).toEqual('呼和浩特市应急管理局')
  })
})

describe('sessions that are not the agency\'s own count', () => {
  it('leaves out the study of village and community branches in the agency\'s list', () => {
    expect(v('街党工委中心组开展理论学习8次、法治专题讲座2次；村居开展法治学习18场。', 'training_sessions')).toEqual([10, 'derived'])
  })

  it('reads no law count where law is joined to another political topic', () => {
    expect(v('全年开展习近平法治思想和党的二十届三中全会宣讲活动40场。', 'legal_publicity_events')).toBeUndefined()
    expect(v('全年开展习近平法治思想宣讲活动40场。', 'legal_publicity_events')).toEqual([40, 'exact'])
  })
})

describe('publicity by a counted group of outside professionals', () => {
  it('is their work, not the agency\'s events', () => {
    expect(v('30多名法治副校长进校园开展普法授课等活动60余场。', 'legal_publicity_events')).toBeUndefined()
    expect(v('组织普法志愿者进校园开展普法授课等活动60余场。', 'legal_publicity_events')).toEqual([60, 'approx'])
  })
})
