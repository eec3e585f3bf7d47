/**
 * Which headline each Overview family opens on: the preferred one when any report states it, else
 * the family's indicator most reports state, so a meeting never opens on an empty chart; a pick is
 * kept (in the URL too) and picking the data's default again drops it.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { DEFAULT_HEADLINE, headlineDefaults } from '../../src/queries/catalogue'
import { useDatasetStore } from '../../src/stores/dataset'
import { useSelectionStore } from '../../src/stores/selection'
import { selectionFromQuery, selectionToQuery } from '../../src/stores/urlSync'

beforeEach(() => setActivePinia(createPinia()))

describe('headlineDefaults', () => {
  it('keeps the preferred headline wherever a report states it', () => {
    const all = new Map(Object.values(DEFAULT_HEADLINE).map((id) => [id, 1]))
    expect(headlineDefaults(all)).toEqual(DEFAULT_HEADLINE)
    expect(headlineDefaults(null)).toEqual(DEFAULT_HEADLINE)
  })

  it('opens a family nobody reported the preferred headline of on its most reported indicator', () => {
    const reported = new Map([['training_sessions', 3], ['training_participants', 4], ['certified_officers', 4], ['enforcement_inspections', 2], ['enforcement_cases', 1]])
    const d = headlineDefaults(reported)
    expect(d.training).toBe('training_participants') // 4 reports; certified_officers ties, later in the catalogue
    expect(d.enforcement).toBe('enforcement_cases') // stated once: still the preferred one
    expect(d.approval).toBe(DEFAULT_HEADLINE.approval) // no approval figure at all: nothing better to show
  })
})

describe('the selection store', () => {
  it('follows the data until a headline is picked; picking the default again drops the pick', () => {
    const dataset = useDatasetStore()
    const s = useSelectionStore()
    expect(s.headlineOf('training')).toBe('training_hours_per_person')
    dataset.reported = [{ indicator_id: 'training_sessions', reports: 2 }]
    expect(s.headlineOf('training')).toBe('training_sessions')
    s.setHeadline('training', 'training_hours_per_person')
    expect(s.headlineOf('training')).toBe('training_hours_per_person')
    // The pick of the catalogue's preference survives a link, though the data's default differs.
    const q = selectionToQuery(s.state)
    expect(q.h).toBe('training:training_hours_per_person')
    expect(selectionFromQuery(q).headline).toEqual({ training: 'training_hours_per_person' })
    s.setHeadline('training', 'training_sessions')
    expect(s.headline).toEqual({})
    expect(selectionToQuery(s.state).h).toBeUndefined()
  })
})
