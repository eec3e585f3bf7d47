/** Whether a `focusout` takes the focus out of the element listening to it (a panel then closes). */
export function focusLeft(ev: FocusEvent): boolean {
  const next = ev.relatedTarget as Node | null
  return !next || !(ev.currentTarget as HTMLElement).contains(next)
}
