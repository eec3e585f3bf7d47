/**
 * What each reason to doubt an observation (read by ./confidence.ts, which lists what each one means) takes off its
 * confidence, and the bands the review queue and the corpus score cut the confidence into.
 *
 * The weights are a non-negative logistic fit (L2 0.3) of "the value is wrong" (wrong, extra or a distractor,
 * as tests/extract/corpusScore.ts counts it), pooling the dev items as the extractor reads them now with the
 * fresh batches' dev items as the extractor read them on their FIRST run, at the commit that added their labels
 * (scored against today's labels), since errors left after tuning (few, and of forms the rules then learnt) say
 * little about unseen reports; scaled so that the low band (< 0.5) is a little under 0.23 of the dev values (a
 * queue that flags everything is no help; at a fifth, on unseen reports, half their errors went unflagged). The
 * reasons stay weak one by one (a value is low when two or three stack up), but for a cross-clause sum and a
 * document count naming no act on the documents.
 * Refit 2026-12-06 (conf45) by scripts/fitConfidence.ts, which reads each batch's first run again at its label commit
 * with these forms (behind a shim for the older engines' context): r … r43, 466 values, 101 wrong, with 1,023 dev values
 * (f … q cannot be read again: their engines passed no text). Earlier fits (12-03 on f … r16, 12-06 on r19–r39 pulled
 * towards the 12-03 weights) had left the low band 0.483 of the holdout's errors. Candidate forms from the first runs'
 * errors were each kept only if they helped on batches they were not fitted on (fit on r … r33, check on r34–r43, and
 * each batch left out in turn): a document count naming no act on the documents (8 of 9 first-run values wrong; the
 * batch-left-out low band 0.515 → 0.584 of the errors, log-loss 0.595 → 0.555) and a sum holding a total or a breakdown
 * (4 of 5; 0.584 → 0.614, the check part's 0.667 → 0.733) are; a part-year period in the sentence (1至9月, 上半年: no gain
 * left out, and the rules now refuse most), a campaign's name (专项行动), a field (领域, 行业) and 为 before the figure are
 * not. With the refit, the first runs left out batch by batch put 0.614 of their errors in the low band and their high
 * band is right 0.939 (before the refit, with the same forms: 0.515 and 0.927).
 * Refit again 2026-12-06 (conf48) with r45, r47, r48a and r48b added (497 first-run values, 109 wrong, with 1,062 dev values; the
 * four batches 31 values, 8 wrong, most medium-band with reasons dev values share), at the documented L2 0.3 (the cross-validated
 * best, 0.5, batch-left-out log-loss 0.5523 against 0.5531, gives the same bands): the corpus's low band 0.500 → 0.524 of the
 * errors (holdout 0.475 → 0.500) at 0.225 of the values, the high band right 0.989 → 0.987 (442/448). A trade for the issue's
 * criterion, as calib39's and conf45's: sum_across, close_rival and figure_before weigh less (fitted on r … r33 alone the weights
 * are close to conf45's; r34 … r48b pull them down), sum_total, year_unstated and area_total more. At L2 1 the low band 0.548
 * (holdout 0.525) with the high band 0.985. The first runs' errors left at 0.5 or above are scattered forms (a bound read as a
 * value, 全部参加, 其中调解成功, 没有败诉), none with cases enough for a reason of its own: a next refit needs such a reason.
 * Checked 2026-12-07 with r49a … r50e added (558 first-run values, 114 wrong, with 1,125 dev values): these weights put 0.711 of the
 * first runs' errors in the low band (high band right 0.970); a refit moved that to 0.702 (0.965), so the weights were kept. The
 * corpus's low band holds 0.500 of its errors since round 50's batches: their holdout halves' errors fall in the medium band.
 * Checked again with r51a … r51c added (571 first-run values, 117 wrong): 0.701 of the first runs' errors in the low band (high
 * right 0.970); a refit moved that to 0.692 (0.962), so the weights stay. The corpus's low band holds 0.483 since round 51.
 * Checked again (conf54) with r52a … r53d added (604 first-run values, 123 wrong): 0.707 of the first runs' errors in the low band
 * (high right 0.967); a refit moved that to 0.699 (0.971; each batch left out 0.634), and fitted on r … r51c it left the new
 * batches' 6 errors where these weights put them (0.833 low), so the weights stay. The corpus's low band holds 0.435 since round 53.
 * Then `one_word` (5 of its 6 first-run values wrong) joined at its weight fitted on r … r51c, 0.65, the others kept: 0.724 of the
 * first runs' errors low (high right 0.976), the check part's 1.000 (high 13/13); each batch left out, refit with it 0.642
 * (log-loss 0.5192 → 0.5075). The corpus: two right dev values move to low, its errors' bands do not move.
 * Checked again (conf55) with r54a … r54c added (621 first-run values, 131 wrong; r54c's 7 of 9 wrong, 6 low): 0.733 of the first
 * runs' errors in the low band (high right 0.977); a refit moved that to 0.725 (0.967; each batch left out 0.695), so the weights
 * stay. A figure in a sentence of 8, 10 or 12 figures or more (at 10: 10 of its 15 first-run values wrong, 5 of them medium) and
 * 全部/全体 in the clause were tried: each raised the share only on the batches it was fitted on (at 10, added at its fitted 0.52:
 * 0.733 → 0.771, the batches from r49a and from r52a unchanged, 0.727 and 0.929; refit with it, each batch left out 0.695 → 0.687),
 * and the dev values' low band went past 0.23 (0.237), so neither was added. The low band's cut (0.5) is where the 0.23 cap puts it:
 * at 0.55 the dev values' low band is 0.305.
 * Checked again (conf56) with r55a … r55d added (657 first-run values, 137 wrong): 0.723 of the first runs' errors in the low band
 * (high right 0.973); a refit moved that to 0.708 (0.969; each batch left out 0.672), so the weights stay. Several levels in the
 * lead (市县两级), a part of the author's level after a total (其中县级政府), a plan word and a bound gained nothing out of sample.
 * Checked again (conf57) with r56a … r57d added (702 first-run values, 144 wrong): 0.715 of the first runs' errors in the low band
 * (high right 0.967); a refit moved that to 0.688 (0.958; each batch left out 0.625), so the weights stay. A training count of a
 * stream watched (收看/观看 with 视频/直播, no 会) and a clause opening on a late month (7月…) mark no first-run error: not added.
 */
import type { RiskForm } from './confidenceForms'

export type ConfidenceReason =
  | 'close_rival' | 'sum_across' | 'took_part' | 'same_unit' | 'term_far' | 'near_twin' | 'short_term' | 'year_unstated' | 'small'
  | 'since' | 'large' | 'other_body' | 'negation' | 'no_law' | 'area_total' | 'since_event' | 'spaced' | 'year_other'
  | 'competing' | 'after_term' | 'derived' | 'sub_item' | 'scoped' | 'figure_before' | 'change' | 'respectively' | 'approx'
  | RiskForm

/** What each doubt takes off the confidence. */
export const PENALTY: Record<ConfidenceReason, number> = {
  since_event: 0.55, spaced: 0.55, year_other: 0.35,
  no_review: 1.03, one_word: 0.65, implausible: 0.6, sum_across: 0.54, sum_total: 0.34, year_unstated: 0.31, close_rival: 0.27, competing: 0.27,
  large: 0.18, scoped: 0.15, short_term: 0.14, figure_before: 0.13, same_unit: 0.11, took_part: 0.11, area_total: 0.11, since: 0.11,
  small: 0.1, term_far: 0.1, derived: 0.1, no_law: 0.07, term_heads: 0.07, sub_item: 0.06, other_body: 0.04, after_term: 0.04,
  de_before: 0, stage_word: 0, negation: 0, near_twin: 0, change: 0, respectively: 0, approx: 0,
}

/** Every reason code, heaviest doubt first (each has a zh and an en explanation in src/i18n). */
export const CONFIDENCE_REASONS = Object.keys(PENALTY) as ConfidenceReason[]

/** The confidence bands the review queue and the corpus score use. */
export function confidenceBand(confidence: number): 'high' | 'medium' | 'low' {
  return confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low'
}
