/** Where the bench measures selection changes: the bundled reports, the synthetic million, the synthetic city. */
import { CITY_DATA, SEED_DATA, SYNTH_DATA } from './build'

export const SCALE_INFO = {
  seed: { dir: SEED_DATA, query: '', label: 'seed', long: 'seed scale', table: 'seed (5 reports)' },
  '1m': { dir: SYNTH_DATA, query: '?data=data-synth', label: '1,000,000 obs', long: '1,000,000 observations', table: '1,000,000 observations (50,000 reports)' },
  city300: { dir: CITY_DATA, query: '?data=data-city300', label: 'city 300 × 8', long: 'the 300-agency × 8-year city', table: 'city: 300 agencies × 8 years' },
} as const
export type Scale = keyof typeof SCALE_INFO
export const ALL_SCALES = Object.keys(SCALE_INFO) as Scale[]
