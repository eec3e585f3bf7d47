/**
 * Runs the forms of r51a-fresh's dev half (freshForms51a.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent; the metadata probes read the agency, region, sector and year they list.
 */
import { probeSuite } from './unseenForms39'
import { ALL_51A, OWN_WORK_PLACE_51A, THIS_YEAR_LEAD_51A } from './freshForms51a'
import { metaSuite } from './metaSuite'

/** Probes left open: each must still fail; when a rule reads it, take it out of this list (10 of 15 value probes failed when written). */
const OPEN = new Set<string>([
  "每期 training holds 1 law study",
  "每次 standing meeting holds 1 study",
  "每期 class holds 2 lectures",
  "traditional 每期…1次",
  "每期 ratio then the year count",
  "百场 inside a quoted campaign, count after",
  "百场 inside a quoted series among added counts",
  "traditional 百場 inside quotes",
  "participants under a lead of 二十大 study",
  "participants of a bare training, no topic",
])

for (const [group, probes, ids] of ALL_51A) probeSuite(group, probes, ids, OPEN)

/** (7 of 11 metadata probes failed when written) */
const OPEN_META = new Set<string>([
  "这一年 after a sentence on the year, a county",
  "这一年里, a town",
  "traditional 這一年, a district",
  "这一年 with a department as its subject",
  "我镇, the town named as its work's owner",
  "我乡, 提升X乡依法行政水平",
  "traditional 我鎮",
])

metaSuite('r51a: a lead opening on 这一年', THIS_YEAR_LEAD_51A, 5, OPEN_META)
metaSuite("r51a: 我镇 naming its town as its rule-of-law work's owner", OWN_WORK_PLACE_51A, 6, OPEN_META)
