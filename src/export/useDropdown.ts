/**
 * A small menu-button behaviour for the export menus: open/close, close on outside click
 * and Escape (focus back to the toggle), ↑/↓ between items, focus an item on open.
 */
import { nextTick, onBeforeUnmount, ref, useTemplateRef, watch, type Ref } from 'vue'

/** `menuRef` is the template ref name of the menu element (`<ul ref="menu">`). */
export function useDropdown(root: Ref<HTMLElement | null>, focusIndex = 0, menuRef = 'menu') {
  const open = ref(false)
  const menu = useTemplateRef<HTMLElement>(menuRef)

  const items = (): HTMLElement[] => Array.from(menu.value?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])

  function onMenuKey(e: KeyboardEvent): void {
    const list = items()
    const i = list.indexOf(document.activeElement as HTMLElement)
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      list[(i + (e.key === 'ArrowDown' ? 1 : -1) + list.length) % list.length]?.focus()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      open.value = false
      root.value?.querySelector<HTMLElement>('[aria-haspopup="menu"]')?.focus()
    }
  }

  function onOutside(e: Event): void {
    if (root.value && !root.value.contains(e.target as Node)) open.value = false
  }

  watch(open, async (isOpen) => {
    if (isOpen) {
      document.addEventListener('pointerdown', onOutside, true)
      await nextTick()
      items()[focusIndex]?.focus()
    } else document.removeEventListener('pointerdown', onOutside, true)
  })
  onBeforeUnmount(() => document.removeEventListener('pointerdown', onOutside, true))

  return { open, onMenuKey }
}
