/**
 * Sector, region and year-range filters: the selection store's actions, their URL form (year
 * runs as ranges, round trip), and what the filter bar offers and says when nothing is left.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSelectionStore } from '../../src/stores/selection'
import { selectionFromQuery, selectionToQuery, yearsFromParam, yearsToParam } from '../../src/stores/urlSync'
import { admitter, filterOptions, matchingReports, widenings } from '../../src/stores/filterOptions'

beforeEach(() => setActivePinia(createPinia()))

const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]

describe('selection store filters', () => {
  it('sets a year range within the loaded years; the whole range means all', () => {
    const s = useSelectionStore()
    s.setYearRange(2023, 2020, YEARS)
    expect(s.years).toEqual([2020, 2021, 2022, 2023])
    s.setYearRange(2017, 2024, YEARS)
    expect(s.years).toEqual([])
  })

  it('toggles sectors and regions, "only this" keeps one, "clear all" clears every filter but not the indicators', () => {
    const s = useSelectionStore()
    s.toggleFilter('sectors', '教育')
    s.toggleFilter('sectors', '应急管理')
    s.toggleFilter('regions', '合成省合成市东城区')
    s.years = [2024]
    s.addAgency('合成市司法局')
    s.setIndicators(['fines_yuan'])
    expect(s.filter).toEqual({ years: [2024], sectors: ['教育', '应急管理'], regions: ['合成省合成市东城区'] })
    s.only('sectors', '应急管理')
    expect(s.sectors).toEqual(['应急管理'])
    s.toggleFilter('sectors', '应急管理')
    expect(s.sectors).toEqual([])
    s.clearFilters()
    expect(s.state).toMatchObject({ agencies: [], years: [], sectors: [], regions: [], indicators: ['fines_yuan'] })
  })

  it('mirrors sectors, regions and year ranges in the URL and back', () => {
    const s = useSelectionStore()
    s.only('sectors', '区县政府')
    s.toggleFilter('regions', '合成省合成市西城区')
    s.setYearRange(2019, 2022, YEARS)
    const q = selectionToQuery(s.state)
    expect(q).toEqual({ s: '区县政府', r: '合成省合成市西城区', y: '2019-2022' })
    expect(selectionFromQuery(q)).toMatchObject({ sectors: ['区县政府'], regions: ['合成省合成市西城区'], years: [2019, 2020, 2021, 2022] })
  })
})

describe('years in the URL', () => {
  it('writes runs of three or more as ranges and reads them back; malformed parts are dropped', () => {
    expect(yearsToParam([2024, 2019, 2020, 2021, 2023])).toBe('2019-2021,2023,2024')
    expect(yearsFromParam('2019-2021,2023,2024')).toEqual([2019, 2020, 2021, 2023, 2024])
    expect(yearsFromParam('2023,abc,2025-2021,1000-3000,2023')).toEqual([2023])
  })
})

describe('filter options and an empty selection', () => {
  const r = (agency: string, year: number, sector: string | null, region: string | null) => ({ agency, year, sector, region })
  const REPORTS = [
    r('东城区教育局', 2023, '教育', '东城区'),
    r('东城区教育局', 2024, '教育', '东城区'),
    r('东城区教育局', 2024, '教育', '东城区'), // a kept duplicate: counted once
    r('西城区应急管理局', 2024, '应急管理', '西城区'),
    r('西城区教育局', 2024, '教育', '西城区'),
    r('某单位', 2024, null, null),
  ]

  it('offers each sector with its reports (one per agency and year), most first, unstated as ""', () => {
    expect(filterOptions(REPORTS, 'sector')).toEqual([{ value: '教育', reports: 3 }, { value: '', reports: 1 }, { value: '应急管理', reports: 1 }])
  })

  it('admits a report by year, sector and region together; "" picks the reports without one', () => {
    const agencies = (f: Parameters<typeof admitter>[0]) => REPORTS.filter(admitter(f)).map((x) => `${x.agency} ${x.year}`)
    expect(agencies({ years: [2024], sectors: ['教育'], regions: [] })).toEqual(['东城区教育局 2024', '东城区教育局 2024', '西城区教育局 2024'])
    expect(agencies({ years: [], sectors: ['教育'], regions: ['西城区'] })).toEqual(['西城区教育局 2024'])
    expect(agencies({ years: [], sectors: [''], regions: [] })).toEqual(['某单位 2024'])
    expect(agencies({ years: [], sectors: [], regions: [] })).toHaveLength(REPORTS.length)
  })

  it('says which single filter to clear to get reports back', () => {
    const f = { years: [2023], sectors: ['应急管理'], regions: ['西城区'] }
    expect(matchingReports(REPORTS, f)).toBe(0)
    expect(widenings(REPORTS, f)).toEqual([
      { part: 'years', reports: 1 },
      { part: 'sectors', reports: 0 },
      { part: 'regions', reports: 0 },
    ])
    expect(matchingReports(REPORTS, { ...f, years: [] })).toBe(1)
  })

  it('counts a filter asked again from the same list, and a new list anew', () => {
    const f = { years: [2024], sectors: ['教育'], regions: [] }
    const n = matchingReports(REPORTS, f)
    expect(n).toBe(2) // the 东城区 bureau's two 2024 reports count once
    expect(matchingReports(REPORTS, { ...f })).toBe(n)
    const fewer = REPORTS.filter((r) => r.agency !== '西城区教育局')
    expect(matchingReports(fewer, f)).toBe(1)
    expect(matchingReports(REPORTS, { ...f, sectors: [] })).toBeGreaterThan(n)
  })
})
