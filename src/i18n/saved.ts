/**
 * The language picked earlier in this browser (localStorage), readable without loading the
 * messages or vue-i18n: the entry (src/main.ts) checks it before the app's chunk arrives.
 */
const STORAGE_KEY = 'rol-dashboard.locale'

export function storedLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null /* storage unavailable */
  }
}

export function storeLocale(locale: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    /* storage unavailable */
  }
}
