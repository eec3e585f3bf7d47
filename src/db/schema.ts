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
  // Duplicates (README "Tables"): the hash of the normalised text, and the report a kept duplicate repeats.
  content_sha256: 'VARCHAR', duplicate_of: 'VARCHAR',
  imported_at: 'VARCHAR', agency_source: 'VARCHAR', year_source: 'VARCHAR',
  // Metadata review (README "Corrections"): the fields a person set or confirmed, the values before of those changed, who, when, why.
  corrected_fields: 'VARCHAR', original_meta: 'VARCHAR', review_by: 'VARCHAR', review_at: 'VARCHAR', review_note: 'VARCHAR',
}
export const OBSERVATION_COLUMNS: Columns = {
  report_id: 'VARCHAR', indicator_id: 'VARCHAR', value: 'DOUBLE', qualifier: 'VARCHAR', value_low: 'DOUBLE',
  value_high: 'DOUBLE', evidence: 'VARCHAR', start: 'INTEGER', end: 'INTEGER', method: 'VARCHAR', reviewed: 'BOOLEAN',
  confidence: 'DOUBLE', confidence_reasons: 'VARCHAR',
  // The review trail (README "Corrections"): the extractor's value and indicator before a correction, who, when, why.
  original_value: 'DOUBLE', original_indicator: 'VARCHAR', review_by: 'VARCHAR', review_at: 'VARCHAR', review_note: 'VARCHAR',
}
export const TEXT_COLUMNS: Columns = { report_id: 'VARCHAR', text: 'VARCHAR' }
