/** Sums analysts expect (invented sentences): 罚没 = 罚款 + 没收违法所得; rectified hazards across kinds. */
import { describe, expect, it } from 'vitest'
import { valuesOf } from './seeds'

describe('sums', () => {
  it('adds confiscated illegal gains to the fines of the same cases', () => {
    expect(valuesOf('全年作出行政处罚52起，罚款386000元，没收违法所得14000元。').fines_yuan).toEqual([400000, 'derived'])
  })

  it('keeps a stated 罚没 total instead of adding its parts', () => {
    expect(valuesOf('罚没金额合计50万元，其中罚款42万元，没收违法所得8万元。').fines_yuan).toEqual([500000, 'exact'])
  })

  it('adds the rectified hazards of each kind after 其中, never the hazards found', () => {
    const text = '共排查出一般隐患812处、消防隐患240处；其中一般隐患已整改800处，消防隐患已整改236处。'
    expect(valuesOf(text).hazards_rectified).toEqual([1036, 'derived'])
  })

  it('does not add the parts of a stated total of the indicator', () => {
    expect(valuesOf('全年整改隐患1200处，其中重大隐患已整改15处，一般隐患已整改1185处。').hazards_rectified).toEqual([1200, 'exact'])
  })

  it('adds up the outcomes of a cleanup, the documents kept among them', () => {
    expect(valuesOf('经清理，继续有效的规范性文件41件，修改3件，废止6件。').normative_docs_reviewed).toEqual([50, 'derived'])
    expect(valuesOf('清理结果为：保留22件，延长有效期4件，宣布失效2件。').normative_docs_reviewed).toEqual([28, 'derived'])
  })

  it('adds rectified problems of a hazard check to the rectified hazards', () => {
    expect(valuesOf('排查隐患问题150项，已整改一般问题140项、重大隐患整改2项。').hazards_rectified).toEqual([142, 'derived'])
  })
})
