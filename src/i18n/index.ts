/** vue-i18n set-up: zh-CN by default, English switchable; the choice is remembered. */
import { createI18n, type LocaleMessages, type VueMessageType } from 'vue-i18n'
import { LOCALES, messages, type AppLocale } from './messages'
import { messageCompiler } from './interpolate'
import { storedLocale, storeLocale } from './saved'

function savedLocale(): AppLocale {
  const v = storedLocale()
  return v && (LOCALES as string[]).includes(v) ? (v as AppLocale) : 'zh-CN'
}

export const i18n = createI18n({
  legacy: false as const,
  locale: savedLocale() as string,
  fallbackLocale: 'zh-CN',
  // Messages are plain data (`as const`); vue-i18n wants mutable records.
  messages: messages as unknown as LocaleMessages<Record<string, VueMessageType>>,
  messageCompiler,
  missingWarn: false,
  fallbackWarn: false,
})

export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  storeLocale(locale)
  document.documentElement.lang = locale
}

export function currentLocale(): AppLocale {
  return i18n.global.locale.value === 'en' ? 'en' : 'zh-CN'
}

export { LOCALES, type AppLocale }
