export { query, startDatabase, resetDatabase, type LoadProgress, type LoadStep } from './duckdb'
export { dataUrl } from './urls'
export { TABLES, type TableName } from './tables'
export { DatasetError, toDatasetError, type DatasetErrorKind } from './errors'
