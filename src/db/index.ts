export { query, startDatabase, resetDatabase, dataUrl, TABLES, type LoadProgress, type LoadStep, type TableName } from './duckdb'
export { DatasetError, toDatasetError, type DatasetErrorKind } from './errors'
