/**
 * A Node built-in module where the code runs in Node (the CLI, tests, the bench), else undefined: a
 * browser or Worker has no `process`. Read at run time (`process.getBuiltinModule`), so a browser
 * build imports nothing from Node.
 */
export function nodeBuiltin<T>(id: string): T | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  return proc?.getBuiltinModule?.(id) as T | undefined
}
