/**
 * Runs the precision forms of round 56 (precForms56.ts: the open value forms, enforcement; precForms56Training.ts: training and
 * mediation): each text states exactly the values it lists, of every indicator in the catalogue; every other one stays absent.
 */
import { probeSuite } from './unseenForms39'
import { ENF_56, OPEN_FORMS_56 } from './precForms56'
import { MED_56, TRAIN_56 } from './precForms56Training'
import { SECOND_56 } from './precForms56Second'
import { catalogue } from './seeds'

const IDS = catalogue.indicators.map((i) => i.id)

/**
 * Forms left open. Each must still fail: when a rule reads it, take it out of this list. First run on 0ba385d, before any rule:
 * 101 of 118 read (open value forms 11/19, enforcement 39/44, training 29/30, mediation 22/25). Three wants made to agree with
 * rulings already in the corpus README after the first run: petitions assigned by a higher body (承接…交办信访件48件) and visits
 * received (接待群众来访126批次) are petitions the author handled; 调处 alone is no success (the 2026-12-03 rulings). One text given
 * the verb its form needs (办结…由上年的64件减少至41件: a bare 劳动保障监察案件 with no act reads no count, fall or not), and one the party its form
 * names as one (对该企业处以罚款5万元; 对违法企业… may be several firms).
 */
/*
 * Read since, by rule: the level a count fell or rose to (降至…, clauseEvent.ts BARE_LEAD, rules.ts CHANGE_FIRST), agreements in 份
 * (measureWords.ts), two kinds where one is 违法建设 (fieldPart.ts NOT_KIND), a level's government as the author's part (ownPart.ts
 * OWN_LEVEL_GOV, also after the total's stages and a ；), a party congress opening a span (scope.ts SINCE_START), a directive whose
 * object is bodies by their kind or standing (directed.ts, the training rules' narrow), a fine on one party (each.ts oneParty), a
 * kind of case named by the wrong done (enforcement_cases' term). Left open: a study of several levels of bodies together (a rule for
 * training_sessions in training.ts read all three and r55a's 渭南 2022 dev right, but the holdout took one distractor more, 33 → 34,
 * F1 unchanged: withdrawn, as prec55's was). The second batch (precForms56Second.ts, 33 in new wording for the forms ruled; 17 of its
 * texts tried while drafting), first run on 4e3fa11: 32 of 33; documents made since a date or congress as a cleanup's object
 * (对党的十八大以来制定的…文件开展清理，共清理文件86件) are read as a span, a form older than this round's (the same with 2015年以来);
 * read since prec56b (scope.ts datesObject, normative_docs_reviewed's 制定 exclusion passing 制定的 documents a cleanup takes up).
 */
const OPEN = new Set<string>([
  'several levels: city and counties\' study together',
  'several levels: three levels\' study groups',
  'several levels: the levels\' study, then the government\'s own',
])

probeSuite('prec56: open value forms', OPEN_FORMS_56, IDS, OPEN)
probeSuite('prec56: enforcement', ENF_56, IDS, OPEN)
probeSuite('prec56: training', TRAIN_56, IDS, OPEN)
probeSuite('prec56: mediation', MED_56, IDS, OPEN)
probeSuite('prec56: second batch', SECOND_56, IDS, OPEN)
