/**
 * A small in-memory DuckDB with the published table schema (see the data contract)
 * and known rows, including reports that do not report some indicators.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import type { Query } from '../../src/queries'
import { DERIVED_TABLES, makeYearRows, noYearsMade, readsYearRows, RESET_SQL } from '../../src/queries/derivedTables'
import { OBSERVATION_COLUMNS, REPORT_COLUMNS, type Columns } from '../../src/db/schema'

const create = (name: string, columns: Columns) => `CREATE TABLE ${name} (${Object.entries(columns).map(([k, v]) => `"${k}" ${v}`).join(', ')})`
/** The columns the rows below give, in order; the rest of the published schema stays NULL. */
export const REPORT_VALUES = '(report_id, file, source_file, title, agency, agency_en, region, sector, year, script, chars, sha256, imported_at, agency_source, year_source)'
export const OBSERVATION_VALUES = '(report_id, indicator_id, value, qualifier, value_low, value_high, evidence, start, "end", method, reviewed, confidence, confidence_reasons)'

export const TEXT_CHUANYING = '一、基本情况。全年排查出糾紛544件，化解527件，糾紛調解成功率達到97%。'
export const TEXT_JIANGJIN = '压缩比例由原来的50%上升到86.5%。全年办理审批16件。'

export async function createFixtureDb(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:')
  const c = await instance.connect()
  await c.run(`CREATE TABLE indicators (id VARCHAR, family VARCHAR, family_zh VARCHAR, family_en VARCHAR,
    name_zh VARCHAR, name_en VARCHAR, unit VARCHAR, unit_zh VARCHAR, direction VARCHAR, sort INTEGER)`)
  await c.run(create('reports', REPORT_COLUMNS))
  await c.run(create('observations', OBSERVATION_COLUMNS))
  await c.run(`CREATE TABLE report_texts (report_id VARCHAR, text VARCHAR)`)
  await c.run(`INSERT INTO indicators VALUES
    ('approval_time_compression_pct','approval','审批服务','Approval services','审批时限压缩比','Approval time compression ratio','pct',NULL,'higher',0),
    ('approvals_handled','approval','审批服务','Approval services','审批办件量','Approvals handled','count','件','none',4),
    ('mediation_success_pct','mediation','矛盾纠纷化解','Dispute resolution','调解成功率','Mediation success rate','pct',NULL,'higher',15),
    ('training_participants','training','学法培训','Legal training','参训人次','Training participants','count','人次','higher',19)`)
  await c.run(`INSERT INTO reports ${REPORT_VALUES} VALUES
    ('jiangjin-meteorology-2023','jiangjin-meteorology-2023.txt','000.txt',NULL,'江津区气象局','Jiangjin District Meteorological Bureau','重庆市江津区','气象',2023,'simplified',${TEXT_JIANGJIN.length},'aa','2026-11-23','body','body'),
    ('fengjie-emergency-2022','fengjie-emergency-2022.txt','001.txt','奉节县应急管理局2022年法治政府建设工作情况报告','奉节县应急管理局','Fengjie County Emergency Management Bureau','奉节县','应急管理',2022,'simplified',100,'bb','2026-11-23','title','title'),
    ('chuanying-government-2023','chuanying-government-2023.txt','003.txt','船營區2023年法治政府建設情況報告','船营区人民政府','Chuanying District People''s Government','吉林省吉林市船营区','区县政府',2023,'traditional',${TEXT_CHUANYING.length},'cc','2026-11-23','signature','title')`)
  const evid = (text: string, s: string) => {
    const start = text.indexOf(s)
    if (start < 0) throw new Error(`fixture: ${s} not in text`)
    return `'${s}', ${start}, ${start + s.length}`
  }
  await c.run(`INSERT INTO observations ${OBSERVATION_VALUES} VALUES
    ('jiangjin-meteorology-2023','approval_time_compression_pct',86.5,'exact',NULL,NULL,${evid(TEXT_JIANGJIN, '压缩比例由原来的50%上升到86.5%')},'rule',false,0.9,'change'),
    ('jiangjin-meteorology-2023','approvals_handled',16,'exact',NULL,NULL,${evid(TEXT_JIANGJIN, '全年办理审批16件')},'rule',false,1,''),
    ('fengjie-emergency-2022','training_participants',430,'approx',NULL,NULL,'430余人次参加',NULL,NULL,'rule',false,0.85,'after_term,approx'),
    ('chuanying-government-2023','mediation_success_pct',97,'exact',NULL,NULL,${evid(TEXT_CHUANYING, '糾紛調解成功率達到97%')},'rule',true,1,''),
    ('chuanying-government-2023','approval_time_compression_pct',NULL,'range',60,70,${evid(TEXT_CHUANYING, '排查出糾紛544件')},'manual',false,NULL,NULL)`)
  await c.run(`INSERT INTO report_texts VALUES
    ('jiangjin-meteorology-2023', '${TEXT_JIANGJIN}'),
    ('chuanying-government-2023', '${TEXT_CHUANYING}')`)
  return c
}

/** An earlier year of 江津区气象局 (its 2023 value pairs with it) and a report without a year, each stating one value. */
export async function addEarlierAndYearless(c: DuckDBConnection): Promise<void> {
  await c.run(`INSERT INTO reports ${REPORT_VALUES} VALUES
    ('j-2021','j.txt','j.txt',NULL,'江津区气象局',NULL,NULL,NULL,2021,'simplified',1,'dd','2026-11-23',NULL,NULL),
    ('n-none','n.txt','n.txt',NULL,'甲局',NULL,NULL,NULL,NULL,'simplified',1,'ee','2026-11-23',NULL,NULL)`)
  await c.run(`INSERT INTO observations ${OBSERVATION_VALUES} VALUES
    ('j-2021','approval_time_compression_pct',80,'exact',NULL,NULL,'x',NULL,NULL,'rule',false,NULL,NULL),
    ('n-none','approval_time_compression_pct',70,'exact',NULL,NULL,'y',NULL,NULL,'rule',false,NULL,NULL)`)
}

/** Run one statement with its parameters. */
export const exec = (c: DuckDBConnection) => async (q: Query) => (await c.runAndReadAll(q.sql, q.params as never)).getRowObjectsJS()

/** Each connection's questions, one after another (as the app queues them on its one connection). */
const turns = new WeakMap<DuckDBConnection, Promise<unknown>>()

/**
 * Run a `{ sql, params }` exactly as the app would, returning plain row objects; questions asked
 * at once run in turn. The derived tables a query reads are made first, afresh (the tests change
 * the tables between questions): `counted_reports`, and of the per-year rows only those the
 * query declares it reads (its `perYear`), so a question that reads more than it declares finds
 * rows missing.
 */
export function run(c: DuckDBConnection, q: Query): Promise<Record<string, unknown>[]> {
  const ask = async () => {
    if (readsYearRows(q.sql) && !q.perYear) throw new Error(`reads per-year rows without saying which: ${q.sql.slice(0, 80)}`)
    if (DERIVED_TABLES.some((t) => q.sql.includes(t))) {
      await exec(c)(RESET_SQL)
      await makeYearRows(exec(c), noYearsMade(), q.perYear)
    }
    const reader = await c.runAndReadAll(q.sql, q.params as never)
    return reader.getRowObjects() as Record<string, unknown>[]
  }
  const answer = (turns.get(c) ?? Promise.resolve()).then(ask, ask)
  turns.set(c, answer.catch(() => undefined))
  return answer
}
