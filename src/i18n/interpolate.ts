/**
 * The one message syntax the app uses: `{name}` interpolation (no plurals, no linked messages).
 * Shared by vue-i18n (as its message compiler, so the runtime-only build suffices and the
 * full ICU-like compiler stays out of the bundle) and by the pure `msg`/`exportMsg` lookups.
 */
import type { MessageCompiler, MessageContext } from 'vue-i18n'

export type Values = Record<string, unknown>

export function interpolate(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (values[name] !== undefined ? String(values[name]) : m))
}

/** Dotted-key lookup in a message tree, then interpolation; the key itself when missing. */
export function lookup(tree: unknown, key: string, values: Values = {}): string {
  let node = tree
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return typeof node === 'string' ? interpolate(node, values) : key
}

export const messageCompiler: MessageCompiler = (message, { key }) =>
  typeof message === 'string' ? (ctx: MessageContext) => interpolate(message, ctx.values as Values) : () => key
