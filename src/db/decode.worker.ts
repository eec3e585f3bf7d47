/**
 * Decodes the published Parquet tables off the main thread, one at a time in the order
 * they arrive, and hands back Arrow IPC bytes (transferred, not copied).
 */
import { parquetToIPC, type DecodeReply, type DecodeRequest } from './decode'

const post = (reply: DecodeReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer)

let queue: Promise<void> = Promise.resolve()
self.addEventListener('message', (ev: MessageEvent<DecodeRequest>) => {
  const { id, bytes } = ev.data
  queue = queue.then(async () => {
    try {
      const ipc = await parquetToIPC(bytes)
      post({ id, ipc }, [ipc.buffer])
    } catch (e) {
      post({ id, error: e instanceof Error ? e.message : String(e) })
    }
  })
})
