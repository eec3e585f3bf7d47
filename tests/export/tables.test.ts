/** "Download tables": one CSV per table, BOM first, the published column names as headers. */
import { describe, expect, it } from 'vitest'
import { tableZipEntries, tableZipName } from '../../src/export/tables'
import { wholeTable } from '../../src/queries/tables'
import { createFixtureDb, run } from '../queries/fixture'

describe('tableZipEntries', () => {
  it('writes reports and observations as CSV with BOM and schema column names', async () => {
    const c = await createFixtureDb()
    const tables = [
      { name: 'reports', rows: await run(c, wholeTable('reports')) },
      { name: 'observations', rows: await run(c, wholeTable('observations')) },
    ]
    const [reports, observations] = tableZipEntries(tables)
    expect(reports.name).toBe('reports.csv')
    const text = reports.data as string
    expect(text.startsWith('\uFEFFreport_id,file,source_file,title,agency,agency_en,region,sector,year,script,chars,sha256,imported_at,agency_source,year_source\r\n')).toBe(true)
    expect(text).toContain('船营区人民政府')
    expect(text.trim().split('\r\n')).toHaveLength(4)
    expect((observations.data as string).split('\r\n')[0]).toBe('\uFEFFreport_id,indicator_id,value,qualifier,value_low,value_high,evidence,start,end,method,reviewed,confidence,confidence_reasons')
  })

  it('names the archive after what it is and the day', () => {
    expect(tableZipName('法治指标数据表', new Date(2026, 11, 1))).toBe('法治指标数据表_2026-12-01.zip')
  })
})
