import { describe, expect, it } from 'vitest'
import { selectionFromQuery, selectionToQuery } from '../../src/stores/urlSync'

describe('selection ⇄ URL query', () => {
  it('round-trips a full selection', () => {
    const s = {
      agencies: ['江津区气象局', '船营区人民政府'],
      years: [2023],
      sectors: ['区县政府', '应急管理'],
      regions: ['吉林省吉林市船营区'],
      indicators: ['mediation_success_pct', 'training_participants'],
      family: 'mediation',
      headline: { training: 'training_participants' },
      evidence: { report_id: 'chuanying-government-2023', indicator_id: 'mediation_success_pct' },
      rankLatest: true,
      rankMode: 'improved' as const,
    }
    const q = selectionToQuery(s)
    expect(q).toEqual({
      a: '江津区气象局,船营区人民政府',
      y: '2023',
      s: '区县政府,应急管理',
      r: '吉林省吉林市船营区',
      i: 'mediation_success_pct,training_participants',
      f: 'mediation',
      h: 'training:training_participants',
      ev: 'chuanying-government-2023~mediation_success_pct',
      rl: '1',
      rm: 'improved',
    })
    expect(selectionFromQuery(q)).toEqual(s)
  })

  it('omits empty parts and can leave the evidence out', () => {
    const empty = { agencies: [], years: [], sectors: [], regions: [], indicators: [], family: null, headline: {}, evidence: { report_id: 'r', indicator_id: 'fines_yuan' }, rankLatest: false, rankMode: 'value' as const }
    expect(selectionToQuery(empty, { evidence: false })).toEqual({})
  })

  it('drops unknown indicators, families, headline pairs and malformed years from pasted links', () => {
    const s = selectionFromQuery({ i: 'nope,fines_yuan', f: 'x', y: '2023,abc', h: 'mediation:fines_yuan,approval:nope,training:training_hours_per_person', ev: 'r~nope', rl: 'yes', rm: 'best' })
    // A pick of the catalogue's preferred headline is kept: the data's default may be another one.
    expect(s).toEqual({ agencies: [], years: [2023], sectors: [], regions: [], indicators: ['fines_yuan'], family: null, headline: { training: 'training_hours_per_person' }, evidence: null, rankLatest: false, rankMode: 'value' })
  })
})
