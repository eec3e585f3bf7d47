/**
 * Runs the training forms matrix of round 24 (trainingForms24.ts): prints precision and recall per frame over the
 * family's counts, and holds every frame to its reading — own sessions, participants and their parts in each frame,
 * and no value from a distractor (meetings, oversight, surveys or contests about training; people with an outcome;
 * a body above that holds the course for the author), alone or after the author's own figures.
 */
import { describe, expect, it } from 'vitest'
import { extractText, valuesOf } from './seeds'
import { AUTHORS, buildForms24, frameTable, scoreProbe } from './trainingForms24'

const results = buildForms24().map((p) => ({ p, frame: `${p.distractor ? 'distractor' : 'own'}: ${p.frame}`, ...scoreProbe(p, valuesOf(p.text)) }))
const frames = [...new Set(results.map((r) => r.frame))]
const inFrame = (f: string) => results.filter((r) => r.frame === f)

describe('training forms matrix (round 24)', () => {
  it('prints precision and recall per frame', () => {
    console.log(`training forms 24: ${results.length} probes\n${frameTable(results).join('\n')}`)
    expect(results.length).toBeGreaterThan(1500)
  })

  for (const f of frames) {
    it(f, () => {
      expect(inFrame(f).filter((r) => r.why.length).map((r) => `[${r.p.author}] ${r.p.text} → ${r.why.join('; ')}`)).toEqual([])
    })
  }
})

describe('sessions whose trainees are all levels\' cadres', () => {
  const reasons = (text: string) => extractText(text).observations.find((o) => o.indicator_id === 'training_sessions')?.confidence_reasons.split(',') ?? []
  it('doubts them as an area\'s programme (area_total), not the author\'s own staff\'s', () => {
    for (const a of AUTHORS) {
      for (const [series, unit] of [['“法治大讲堂”开设', '期'], ['法治专题培训班举办', '期'], ['法治讲座举办', '场']]) {
        expect(reasons(`2023年，${a.subject}${series}12${unit}，培训各级干部3000余人次。`)).toContain('area_total')
        expect(reasons(`2023年，${a.subject}${series}12${unit}、轮训各级领导干部3000余人次。`)).toContain('area_total')
        expect(reasons(`2023年，${a.subject}${series}12${unit}，培训${a.staff}300余人次。`)).not.toContain('area_total')
      }
    }
  })
})
