/** A CDP CPU profile of the page's main thread, summed by function (./profile.ts, ./openTimeline.ts `--cpu`). */
export interface CpuProfile {
  startTime: number
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number; children?: number[] }[]
  samples: number[]
  timeDeltas: number[]
}

/**
 * Self time per function over the sampled changes, most first; and total time (self + callees, each
 * sample counted once per function on its stack). `within` keeps only the samples taken at the
 * profile clock's µs it accepts (sample times are `startTime` plus the deltas so far).
 */
export function printProfile(p: CpuProfile, top: number, within: (us: number) => boolean = () => true, what = 'over the changes'): void {
  const byNode = new Map(p.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const key = (f: CpuProfile['nodes'][number]['callFrame']) => `${f.functionName || '(anonymous)'} ${f.url.slice(f.url.lastIndexOf('/') + 1)}:${f.lineNumber + 1}:${f.columnNumber + 1}`
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  let at = p.startTime
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i] ?? 0) / 1000
    at += p.timeDeltas[i] ?? 0
    if (!within(at)) return
    const k = key(byNode.get(id)!.callFrame)
    self.set(k, (self.get(k) ?? 0) + ms)
    const seen = new Set<string>()
    for (let n: number | undefined = id; n != null; n = parent.get(n)) seen.add(key(byNode.get(n)!.callFrame))
    for (const s of seen) total.set(s, (total.get(s) ?? 0) + ms)
  })
  const sum = [...self.values()].reduce((a, b) => a + b, 0)
  const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top)
  console.log(`\nMain thread self time ${what} (${sum.toFixed(0)} ms sampled), top ${top}:`)
  for (const [k, ms] of list(self)) console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${k}`)
  console.log(`\nTotal time (self + callees), top ${top}:`)
  for (const [k, ms] of list(total)) console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${k}`)
}
