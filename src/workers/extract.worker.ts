/**
 * Web Worker: runs ingest + extract on imported report files, off the UI thread, with the
 * same code as the Node CLI, so the app and the CLI give identical observations.
 */
import catalogueJson from '../../data/indicators.json'
import type { Catalogue } from '../extract'
import { processReport } from '../pipeline/processReport'
import type { ImportEvent, ImportFailure, ImportRequest, ImportedReport } from './protocol'

const catalogue = catalogueJson as unknown as Catalogue
const post = (e: ImportEvent) => (self as unknown as Worker).postMessage(e)

/**
 * A fault of ours rather than of the file (ingest reports every problem with the file itself as a
 * value): said at once, for this file only, instead of the import waiting out its time budget.
 */
function internalFailure(e: unknown): { ok: false; code: string; message_zh: string; message_en: string } {
  const detail = e instanceof Error ? e.message : String(e)
  return {
    ok: false,
    code: 'internal',
    message_zh: `读取这份报告时程序出错（${detail}）。其他文件不受影响；请把这个文件和这条信息发给系统维护人员。`,
    message_en: `The program failed while reading this report (${detail}). Other files are not affected; please send this file and this message to the system's maintainers.`,
  }
}

self.onmessage = async (ev: MessageEvent<ImportRequest>) => {
  const { id, files } = ev.data
  const reports: ImportedReport[] = []
  const failures: ImportFailure[] = []
  for (const [i, f] of files.entries()) {
    post({ id, type: 'progress', done: i, total: files.length, name: f.name })
    const r = await processReport(new Uint8Array(f.bytes), f.name, catalogue, {
      source_file: f.name,
      imported_at: new Date().toISOString().slice(0, 10),
    }).catch((e: unknown) => internalFailure(e))
    if (r.ok) reports.push({ name: f.name, report: r.report, observations: r.observations, text: r.text, warnings: r.warnings })
    else failures.push({ name: f.name, code: r.code, message_zh: r.message_zh, message_en: r.message_en })
  }
  post({ id, type: 'done', reports, failures })
}
