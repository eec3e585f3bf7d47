/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
declare module 'opencc-js' {
  export function Converter(options: { from: string; to: string }): (text: string) => string
}
interface ImportMetaEnv {
  /** Preset office name for the briefing files (author/company); staff can change it in the export menu. */
  readonly VITE_OFFICE_NAME?: string
}
