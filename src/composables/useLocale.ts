import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { AppLocale } from '../i18n/messages'

/** The current UI locale as the chart builders expect it ('zh-CN' | 'en'). */
export function useLocale() {
  const { locale } = useI18n()
  return computed<AppLocale>(() => (locale.value === 'en' ? 'en' : 'zh-CN'))
}
