/**
 * The office the briefing files are from (Word/PowerPoint author and company, the byline):
 * set once in the export menu and remembered in this browser; a deployment can preset it with
 * `VITE_OFFICE_NAME` at build time. Empty means the app's own name.
 */
import { ref, watch } from 'vue'

const STORAGE_KEY = 'rol-dashboard.office'

function saved(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? ''
  } catch {
    return ''
  }
}

const office = ref(saved() || (import.meta.env.VITE_OFFICE_NAME ?? ''))
watch(office, (v) => {
  try {
    localStorage.setItem(STORAGE_KEY, v.trim())
  } catch {
    /* storage unavailable: kept for this visit */
  }
})

export function useOfficeName() {
  return office
}
