/**
 * The published table schema (README "Tables"): column name → DuckDB type, in column order.
 * One definition for the CLI that writes the tables (scripts/tables.ts) and the browser
 * code that appends imported reports to them (./append.ts).
 */
export type Columns = Record<string, string>

export const INDICATOR_COLUMNS: Columns = {
  id: 'VARCHAR', family: 'VARCHAR', family_zh: 'VARCHAR', family_en: 'VARCHAR', name_zh: 'VARCHAR', name_en: 'VARCHAR',
  unit: 'VARCHAR', unit_zh: 'VARCHAR', direction: 'VARCHAR', sort: 'INTEGER',
}
export const REPORT_COLUMNS: Columns = {
  report_id: 'VARCHAR', file: 'VARCHAR', source_file: 'VARCHAR', title: 'VARCHAR', agency: 'VARCHAR', agency_en: 'VARCHAR',
  region: 'VARCHAR', sector: 'VARCHAR', year: 'INTEGER', script: 'VARCHAR', chars: 'INTEGER', sha256: 'VARCHAR',
  imported_at: 'VARCHAR', agency_source: 'VARCHAR', year_source: 'VARCHAR',
}
export const OBSERVATION_COLUMNS: Columns = {
  report_id: 'VARCHAR', indicator_id: 'VARCHAR', value: 'DOUBLE', qualifier: 'VARCHAR', value_low: 'DOUBLE',
  value_high: 'DOUBLE', evidence: 'VARCHAR', start: 'INTEGER', end: 'INTEGER', method: 'VARCHAR', reviewed: 'BOOLEAN',
  confidence: 'DOUBLE', confidence_reasons: 'VARCHAR',
}
export const TEXT_COLUMNS: Columns = { report_id: 'VARCHAR', text: 'VARCHAR' }
