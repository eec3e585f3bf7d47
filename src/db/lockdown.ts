/**
 * The statements that make DuckDB itself refuse the outside world, sent as one statement list
 * (one round trip to the worker, which runs them in order and stops at the first that fails) on
 * the first connection before any table is loaded (src/db/duckdb.ts). Checked against DuckDB 1.4.3 as bundled by
 * @duckdb/duckdb-wasm 1.32 (`duckdb_settings()` lists each name):
 *
 * - `autoinstall_known_extensions` / `autoload_known_extensions` off: a query that needs an
 *   extension (read_parquet, read_json, …) fails instead of fetching one;
 * - `allow_community_extensions` off: no `INSTALL x FROM community`;
 * - `enable_external_access = false`: every file system operation is refused — read_csv /
 *   read_text / read_blob / glob / sniff_csv / `FROM 'file'` on http(s)://, s3://, hf://,
 *   opfs://, file:// or plain paths, `ATTACH` of a file or URL, `COPY … TO/FROM` a file, and
 *   `LOAD` of any extension ("Permission Error: … disabled by configuration"). Once false it can
 *   never be set back. In DuckDB-wasm `INSTALL` is lazy (it records the wish and fetches
 *   nothing; the download would happen at `LOAD`), so it succeeds without a request and the
 *   `LOAD` that would follow fails;
 * - `lock_configuration = true`, last: every later `SET`/`RESET`/`PRAGMA x = …` of a setting
 *   fails ("the configuration has been locked"), so none of the above can be undone.
 *
 * Arrow appends (`insertArrowFromIPCStream`, `insertArrowTable`) need no file access, so the
 * tables, the report texts loaded afterwards, imported and restored reports all still load.
 * DuckDB-wasm's own file registration is closed as well (tried: a buffer registered with
 * `registerFileText` is refused by `read_csv`, `FROM 'name.csv'` and `insertCSVFromPath` alike);
 * the app registers no files.
 */
export const LOCKDOWN_SQL = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  'SET allow_community_extensions = false',
  'SET enable_external_access = false',
  'SET lock_configuration = true',
].join(';\n')
