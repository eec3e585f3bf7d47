/**
 * A Node built-in module where the code runs in Node (the CLI, tests, the bench), else undefined: a
 * browser or Worker has no `process`. Read at run time (`process.getBuiltinModule`), so a browser
 * build imports nothing from Node.
 */
export function nodeBuiltin<T>(id: string): T | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  const get = proc?.getBuiltinModule
  if (get !== getter) { loaded.clear(); getter = get }
  if (!loaded.has(id)) loaded.set(id, get?.call(proc, id))
  return loaded.get(id) as T | undefined
}

/**
 * Each module asked for, looked up once per getter: getBuiltinModule took a few µs per call, three calls per report (the UTF-8
 * check, the file's and the content's SHA-256), and a built-in module is one object for the process's life (a getter replaced,
 * as a test that plays a browser does, is asked again).
 */
let getter: unknown
const loaded = new Map<string, unknown>()
