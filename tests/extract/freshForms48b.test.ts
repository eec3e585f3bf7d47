/**
 * Runs the forms of r48b-fresh's dev half (freshForms48b.ts): each value probe states exactly the values it lists of its group's
 * indicators, every other one of them absent; each opening's agency, region, sector and year as listed.
 */
import { probeSuite } from './unseenForms39'
import { metaSuite } from './metaSuite'
import { CAMPAIGNS_48B, FIELD_BODIES_48B, ISSUER_PROVINCE_48B, SECOND_CAMPAIGNS_48B, SECOND_META_48B } from './freshForms48b'

/** Probes left open: each must still fail; when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([])

probeSuite('campaigns counted in 项, one of them a hazard check', CAMPAIGNS_48B, ['hazards_rectified', 'enforcement_inspections'], OPEN)
metaSuite('a province named only as the issuer of the notice its department answers', ISSUER_PROVINCE_48B, 6, OPEN)
metaSuite('a city\'s bodies of one field as the author, a report quoted where it is published', FIELD_BODIES_48B, 5, OPEN)

/**
 * The second batch, written after the rules in new wording and run once before any rule was changed for it (the round's
 * generalisation figure, corpus README "Dev forms of r48b-fresh"): 11 of 12 passed. The one left open is no form of this round: with
 * its province left unplaced (two provinces' notices), a level-named department's field is read from a lead sentence (2023年，省X厅…)
 * but not from the handover alone (现将省交通运输厅2023年度…报告如下), so its sector stays unread.
 */
const OPEN_SECOND = new Set<string>(['a 省X厅 whose notices name two provinces (a partner\'s too)'])

probeSuite('the same forms in new wording: campaigns in 项', SECOND_CAMPAIGNS_48B, ['hazards_rectified', 'enforcement_inspections'], OPEN_SECOND)
metaSuite('the same forms in new wording: issuers\' provinces, field bodies and published titles', SECOND_META_48B, 7, OPEN_SECOND)
