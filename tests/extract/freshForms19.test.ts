/**
 * Forms from the dev half of the twelfth fresh batch (r12-fresh), on sentences invented for this test with near misses:
 * a petition word that names a kind of disclosure request (属信访举报投诉类不予公开N件) counts requests, not petitions; a
 * village's or community's mediation committee as a clause's subject (村级调委会另调解纠纷N起) counts another body's
 * disputes, not the author's; a government that names itself only by its level after a leadership phrase (在…领导下，
 * 自治区人民政府以…) has no place to name it by, but its level gives its sector.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/extract'
import { catalogue, valuesOf } from './seeds'

const petitions = (text: string) => valuesOf(text).petitions_handled
const resolved = (text: string) => valuesOf(text).disputes_resolved
const meta = (text: string) =>
  extractReport({ text, body: { start: 0, end: text.length }, file: 'x.txt', sha256: '' }, catalogue).meta

describe('a petition word naming a kind of disclosure request', () => {
  it('is no petition count', () => {
    expect(petitions('本年度共收到依申请公开事项5件，其中予以公开3件，属信访举报投诉类不予公开2件。')).toBeUndefined()
    expect(petitions('全年办理政府信息公开申请12件，其中属于信访、举报、投诉类申请不予处理4件。')).toBeUndefined()
    expect(petitions('受理依申请公开8件，信访举报投诉类申请1件已告知申请人另行反映，其余均按时答复。')).toBeUndefined()
    expect(petitions('2022年收到公开申请6件，不予处理的信访、举报、投诉类申请2件。')).toBeUndefined()
  })

  it('still reads petitions handled', () => {
    expect(petitions('全年受理群众信访事项126件，按期办结率100%。')?.[0]).toBe(126)
    expect(petitions('全年共处理来信来访87件次。')?.[0]).toBe(87)
    expect(petitions('本局全年办理信访举报投诉件45件，均已办结。')?.[0]).toBe(45)
  })
})

describe('a village’s or community’s mediation committee as a clause’s subject', () => {
  it('counts that body’s disputes, not the author’s', () => {
    expect(resolved('镇人民调解委员会受理纠纷22起，其中调处21起；村级调委会另调解各类小纠纷3起。')).toBeUndefined()
    expect(resolved('各村（社区）调委会共调解纠纷56件，均达成协议。')).toBeUndefined()
    expect(resolved('村调委会全年化解邻里纠纷18起。')).toBeUndefined()
    expect(resolved('街道受理矛盾纠纷90件；各社区人民调解委员会调解成功纠纷74件。')).toBeUndefined()
  })

  it('takes no bare 调处 part of an accepted total for disputes resolved (调处 alone is handling, not success)', () => {
    expect(resolved('镇调委会受理调解各类矛盾纠纷40起，其中调处38起、调解终结2起。')).toBeUndefined()
    expect(resolved('全年受理矛盾纠纷75件，调处70件，其余5件引导通过诉讼解决。')).toBeUndefined()
    expect(resolved('全年受理矛盾纠纷75件，其中成功调处70件。')?.[0]).toBe(70)
    expect(resolved('受理纠纷96件，调处成功90件，调处成功率93.8%。')?.[0]).toBe(90)
    expect(resolved('全年调处化解矛盾纠纷58件。')?.[0]).toBe(58)
  })

  it('still reads the author’s own mediation, also when it guides the villages’ committees', () => {
    expect(resolved('镇调委会全年成功调解矛盾纠纷41件。')?.[0]).toBe(41)
    expect(resolved('指导村级调委会规范运行，全镇共成功化解矛盾纠纷63件。')?.[0]).toBe(63)
    expect(resolved('我乡调解委员会联合村调解员成功调解纠纷27件。')?.[0]).toBe(27)
  })
})

describe('a government named only by its level after a leadership phrase', () => {
  it('has no agency or region, but the sector of its level', () => {
    const cases: [string, string][] = [
      ['2021年，在以习近平同志为核心的党中央坚强领导下，自治区人民政府以习近平新时代中国特色社会主义思想为指导，推进法治政府建设。现将有关情况报告如下：\n一、加强党的领导\n各级政府把法治政府建设摆在突出位置。', '省政府'],
      ['2022年，在省委的坚强领导下，州人民政府坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下：\n一、主要举措', '市政府'],
      ['2023年，在市委的正确领导下，县政府深入学习贯彻习近平法治思想，法治政府建设取得新成效。现报告如下：\n一、主要工作', '区县政府'],
      ['2020年，自治州人民政府全面贯彻党的十九届五中全会精神，扎实推进法治政府建设。现将情况报告如下：\n一、主要做法', '市政府'],
      ['2022年，在州委的正确领导下，自治县人民政府严格落实法治政府建设各项任务。现将有关情况报告如下：\n一、主要工作', '区县政府'],
    ]
    for (const [text, sector] of cases) {
      const m = meta(text)
      expect([m.agency, m.region, m.sector]).toEqual([null, null, sector])
    }
  })

  it('still names a government whose level word follows its name', () => {
    expect(meta('2022年，酉阳土家族苗族自治县人民政府坚持依法行政。现将有关情况报告如下：\n一、主要工作').agency).toBe('酉阳土家族苗族自治县人民政府')
    expect(meta('延边朝鲜族自治州人民政府2022年法治政府建设情况报告\n一、主要做法').agency).toBe('延边朝鲜族自治州人民政府')
  })

  it('does not take the government that leads another author for the author', () => {
    const m = meta('2021年，在自治区人民政府的正确领导下，我局坚持以习近平法治思想为指导，推进依法行政。现将有关情况报告如下：\n一、主要工作')
    expect(m.sector).not.toBe('省政府')
  })
})
