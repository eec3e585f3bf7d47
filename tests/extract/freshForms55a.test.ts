/**
 * Runs the forms of r55a-fresh's dev half (freshForms55a.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ALL_55A } from './freshForms55a'

/**
 * Probes left open (9 of 17 failed before any rule was changed for them; 8 read since the two rules, src/extract/authorRole.ts
 * selfNamedRole and the catalogue's A在B中的占比 terms): each must still fail; when a rule reads it, take it out of this list. Left:
 * 以区人民政府为行政复议被申请人的案件 — the review term stands inside the role clause, so no role is stated before it (as with 作为).
 */
const OPEN = new Set<string>(["a district's 以区人民政府为…被申请人"])

for (const [group, probes, ids] of ALL_55A) probeSuite(group, probes, ids, OPEN)
