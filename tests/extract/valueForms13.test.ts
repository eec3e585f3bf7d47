/**
 * Value forms from the dev items of the fourth fresh batch (r4-fresh), each on sentences invented for
 * this test with a near miss: normative documents transferred between bodies are not reviewed, a figure
 * before its term inside a list of document kinds keeps its own item (the next kind's 规章/法规 is not its
 * context), a term before its figure is tested only against its own clause (a lead clause naming contracts is
 * not its context) unless that clause is a sibling count, and a text that announces a plan's items
 * (作如下安排：) states no results after it.
 */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'

const reviewed = (text: string) => valuesOf(text).normative_docs_reviewed
const inspections = (text: string) => valuesOf(text).enforcement_inspections
const sessions = (text: string) => valuesOf(text).training_sessions

describe('documents transferred, not reviewed', () => {
  it('does not read documents handed over in a reorganisation (划转/移交/承接/交接) as reviewed', () => {
    expect(reviewed('按机构改革要求，梳理划转政务服务事项17项、行政执法事项8项、行政规范性文件10件。')).toBeUndefined()
    expect(reviewed('职能调整后，向市数据局移交行政规范性文件6件。')).toBeUndefined()
    expect(reviewed('承接原农业局的行政规范性文件4件并动态更新权责清单。')).toBeUndefined()
    expect(reviewed('完成与原单位的交接，涉及规范性文件3件。')).toBeUndefined()
  })

  it('still reads documents cleaned up or reviewed', () => {
    expect(reviewed('全年清理行政规范性文件10件，继续有效8件。')).toEqual([10, 'exact'])
    expect(reviewed('对本部门行政规范性文件开展清理，共清理行政规范性文件7件。')).toEqual([7, 'exact'])
  })
})

describe('a figure before its term in a list of document kinds', () => {
  it('reads the normative documents of a cleanup list whatever the other kinds are', () => {
    expect(reviewed('对本系统3部地方性法规、9部行政规范性文件开展清理评估。')).toEqual([9, 'exact'])
    expect(reviewed('对2部政府规章、5件行政规范性文件和12件政策文件进行评估清理。')).toEqual([5, 'exact'])
    expect(reviewed('同时，对体育领域2部地方性法规、2部政府规章、11部行政规范性文件和30部涉企政策文件开展清理。')).toEqual([11, 'exact'])
  })

  it('still leaves documents issued, and a list with no normative documents', () => {
    expect(reviewed('印发2部政府规章、3件行政规范性文件。')).toBeUndefined()
    expect(reviewed('对3部地方性法规、2部政府规章开展评估清理。')).toBeUndefined()
    expect(reviewed('起草2部地方性法规和4件规范性文件。')).toBeUndefined()
  })
})

describe('a text that announces a plan', () => {
  it('reads nothing after 作如下安排/计划如下/部署如下 as the year\'s result', () => {
    expect(inspections('为规范体育执法，对2023年执法检查作如下安排：\n一、公共体育场馆。年度检查不少于31家次，检查比例不低于100%。')).toBeUndefined()
    expect(inspections('现将本局2024年行政检查计划如下：\n1.对全市加油站开展检查不少于40次。')).toBeUndefined()
    expect(sessions('2025年度领导干部学法工作部署如下：\n（一）中心组学法不少于6次。')).toBeUndefined()
  })

  it('still reads a report\'s results after 报告如下', () => {
    expect(inspections('现将有关情况报告如下：\n一、严格执法。全年对公共体育场馆开展执法检查31次。')).toEqual([31, 'exact'])
    expect(sessions('现将2024年度法治政府建设情况报告如下：\n（一）中心组集中学法6次，专题研究法治工作。')).toEqual([6, 'exact'])
  })
})

describe('a term before its figure, after a lead clause', () => {
  it('is not excluded by what the lead clause before it names', () => {
    expect(reviewed('二是加强规范性文件和行政机关合同管理，对行政规范性文件开展合法性审查5件次，对重大合同开展合法性审查3次。')).toEqual([5, 'exact'])
    expect(reviewed('规范合同签订流程，对行政规范性文件开展合法性审查8件。')).toEqual([8, 'exact'])
  })

  it('still excludes by its own clause, and by a sibling count of a comma list', () => {
    expect(reviewed('起草合同和行政规范性文件12件。')).toBeUndefined()
    expect(reviewed('本年度公开信息如下：规章0件，行政规范性文件0件，行政许可0。')).toBeUndefined()
  })
})
