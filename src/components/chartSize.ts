/**
 * Whether a chart's box is another size than its canvas: ECharts sizes the canvas to its host's
 * client box (the host has no padding) and lays the whole chart out again on every `resize()`,
 * same size or not; a ResizeObserver also reports a box once when it starts observing it.
 */
export function boxResized(canvas: { getWidth(): number; getHeight(): number }, host: { clientWidth: number; clientHeight: number }): boolean {
  return host.clientWidth !== canvas.getWidth() || host.clientHeight !== canvas.getHeight()
}
