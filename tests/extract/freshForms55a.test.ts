/**
 * Runs the forms of r55a-fresh's dev half (freshForms55a.ts): each text states exactly the values it lists of its group's indicators;
 * every other one of them stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ALL_55A } from './freshForms55a'

/**
 * Probes left open (9 of 17 failed before any rule was changed for them): each must still fail; when a rule reads it, take it out
 * of this list.
 */
const OPEN = new Set<string>([
  'a city government as respondent by 以市政府为', 'a county government as respondent by 以县政府为', "a district's 以区人民政府为…被申请人",
  '本级政府 as respondent', 'traditional: a city government as respondent',
  '即办件在…中的占比达到N%', '即办事项在…中的比例为N%', '全程网办事项在…中的比重为N%', 'traditional: 即办件在…中的占比',
])

for (const [group, probes, ids] of ALL_55A) probeSuite(group, probes, ids, OPEN)
