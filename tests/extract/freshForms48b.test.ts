/**
 * Runs the forms of r48b-fresh's dev half (freshForms48b.ts): each value probe states exactly the values it lists of its group's
 * indicators, every other one of them absent; each opening's agency, region, sector and year as listed.
 */
import { probeSuite } from './unseenForms39'
import { metaSuite } from './metaSuite'
import { CAMPAIGNS_48B, FIELD_BODIES_48B, ISSUER_PROVINCE_48B } from './freshForms48b'

/** Probes left open: each must still fail; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([])

probeSuite('campaigns counted in 项, one of them a hazard check', CAMPAIGNS_48B, ['hazards_rectified', 'enforcement_inspections'], OPEN)
metaSuite('a province named only as the issuer of the notice its department answers', ISSUER_PROVINCE_48B, 6, OPEN)
metaSuite('a city\'s bodies of one field as the author, a report quoted where it is published', FIELD_BODIES_48B, 5, OPEN)
