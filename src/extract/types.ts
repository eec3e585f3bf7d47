/** Shared types of the extraction pipeline and the three published tables. */

export type Qualifier = 'exact' | 'approx' | 'at_least' | 'at_most' | 'range' | 'derived'
export type Unit = 'pct' | 'count' | 'yuan' | 'hours'
export type Direction = 'higher' | 'lower' | 'none'
export type Script = 'simplified' | 'traditional'

/** One indicator of the catalogue (`data/indicators.json`). */
export interface Indicator {
  id: string
  family: string
  name_zh: string
  name_en: string
  unit: Unit
  unit_zh?: string
  direction: Direction
  cues: string[]
  rules?: IndicatorRules
}

export interface Family {
  id: string
  name_zh: string
  name_en: string
}

export interface Catalogue {
  version: number
  about: string
  families: Family[]
  indicators: Indicator[]
}

/**
 * Matching rules, stored as data next to each indicator.
 * Regex sources are matched against the normalised (simplified, half-width) text.
 */
export interface IndicatorRules {
  /** Regex sources naming the indicator; one must end at most `window` characters before the number. */
  terms: string[]
  /**
   * Broader terms that name the indicator only in a sentence where one of `weak_require` occurs
   * (学习 is legal training where the sentence is about law, not in "第一议题学习42次").
   */
  weak_terms?: string[]
  weak_require?: string[]
  /**
   * A lead that gives a weak term its context when its own sentence does not: said earlier in the
   * paragraph ("把学习贯彻习近平法治思想列为首要任务。全年组织中心组学习3次…" — the study is of law).
   */
  weak_lead?: string[]
  /**
   * A section topic that gives a weak term its context: the numbered heading right above its paragraph, or its
   * item's lead (三是…), names it ("（四）行政应诉\n全年共办理案件9件"; see src/extract/weakContext.ts).
   */
  weak_heading?: string[]
  /** Regex sources that may instead follow the number directly ("430余人次参加"). */
  after?: string[]
  /** Measure words accepted right after the number (`%` for percentages, `元` after 万/亿 scaling). */
  units: string[]
  /** Near the term or the number (from a few characters before the term to just after the number): not this indicator. */
  exclude?: string[]
  /** Anywhere in the sentence: not this indicator. */
  sentence_exclude?: string[]
  /** At least one must occur in the sentence. */
  sentence_require?: string[]
  /** Largest distance in characters between the end of the term and the number (default 12). */
  window?: number
  /** Negative statements ("无…复议…案件", "未发生行政诉讼") read as 0. */
  negation?: boolean
  /** Parallel sub-figures with no stated total are added up (qualifier `derived`) within this scope. */
  sum?: 'none' | 'sentence' | 'paragraph'
  /** No sum when one of the figures' evidence names one of these (it is the total: 清理规范性文件36件,废止5件). */
  sum_unless?: string[]
  /**
   * Kinds a breakdown names (简易程序, 普通程序): figures of two or more kinds in a paragraph that states no other figure of the
   * indicator add up to the total it leaves unstated (qualifier `derived`).
   */
  sum_parts?: string[]
  /**
   * The kinds of a breakdown (简易程序, 普通程序) a figure of this indicator may name in its item: such a figure is read only when its
   * kind stands alone, no other kind named in its paragraph, no count of cases stated before it in its sentence, and it no part (其中…,
   * …案件中): 立案查办一般程序案件759起 is the year's enforcement cases, 简易程序…；一般程序案件325件 a part of penalties.
   */
  kind_alone?: string[]
  /**
   * A kind of the indicator's items (行政许可) counted after the whole's figure in its period, the whole named by `part_whole` (受理业务N件,
   * 共办件N件): a part of that whole, which the indicator reads; the kind's figure claims none (行政审批局共受理业务30517件，…，办理行政许可
   * 312件 reads 30517). A kind alone, or after a whole of another indicator (行政执法案件55件，其中行政许可44件), is read as written.
   */
  part_kind?: string[]
  /** The words of a whole the kinds of `part_kind` are parts of, in the item of a figure the indicator reads (业务, 办件). */
  part_whole?: string[]
  /** A percentage after 减少/压缩/缩短 is the value itself (a reduction ratio), not a change. */
  reduction?: boolean
  /**
   * In the figure's clause: another stage than the one the indicator counts (applications 收到
   * before they are 受理, cases 审结 after); such a figure loses to another of the same indicator,
   * and stands when alone.
   */
  other_stage?: string[]
  /**
   * In the figure's clause before its term: a narrower scope than the agency's whole count (one
   * cause "因信息公开引发行政复议6件", one category of decisions "处罚决定被申请行政复议的9宗"): not this indicator.
   */
  narrow?: string[]
  /**
   * Outsiders a session or its trainees may be (企业, 群众): named in the figure's clause or in the
   * clause right after it that goes on about the training ("培训28场，培训企业从业人员…"), the
   * figure counts someone else's training, not the agency's own.
   */
  audience?: string[]
  /**
   * A sub-figure (after 其中, in an aside, in a colon breakdown) counts only when the clause holding
   * its total names one of these — its own kind or a larger one: "涉诉案件72起，其中行政诉讼14起" is
   * the litigation count, "行政强制1655宗，其中被诉22宗" is not.
   */
  part_of?: string[]
  /**
   * A bare verb term (化解, 调解) counts the object named in the clause before it: when that clause
   * names one of these ("排查行政争议21件，已化解13件"), the figure counts that, not this indicator.
   */
  prior_object?: string[]
  /**
   * Verbs that, standing before a bare noun term in its clause, make the figure count another action
   * ("公开市政府及其办公厅行政规范性文件42件" counts published documents, not reviewed ones).
   */
  governed_by?: string[]
  /** Lectures (讲座, 授课, 法治课) count here only for this audience: the agency's staff or the public (src/extract/training.ts). */
  lecture?: 'staff' | 'public'
  /** Topics that make an event something other than law training, unless its clause names law too (二十大精神, 党史). */
  other_topic?: string[]
  /** Other bodies that may hold the event, named before the figure in its sentence (县委组织部另办…): someone else's event. */
  other_host?: string[]
  /**
   * Before the term in the figure's event: a programme of the whole area or system (组织全县…培训3期).
   * It loses to the agency's own events in other sentences (会前学法12次), as a figure of another stage does.
   */
  whole_area?: string[]
  /**
   * Kinds outside the indicator that, named in the breakdown right after a figure (其中…, 包括…), make that figure a total of more
   * than the indicator counts: "办理行政执法案件55件，其中行政许可44件、行政处罚0件" counts every enforcement act, no cases.
   */
  parts_other?: string[]
}

/** Where a report's agency was read: a person's sidecar, or a form in the text; `unknown` = not read (agency null). */
export type AgencySource = 'sidecar' | 'title' | 'publisher' | 'letterhead' | 'signature' | 'body' | 'unknown'
/** Where a report's year was read; `published` = the year before the publication date. */
export type YearSource = 'sidecar' | 'title' | 'body' | 'published' | 'unknown'

/** A report's metadata, each field with the text it was read from (null when unknown). */
export interface ReportMeta {
  title: string | null
  agency: string | null
  region: string | null
  sector: string | null
  year: number | null
  agency_source: Exclude<AgencySource, 'sidecar'>
  year_source: Exclude<YearSource, 'sidecar'>
  evidence: Partial<Record<'title' | 'agency' | 'region' | 'sector' | 'year', string>>
}

/** Row of the `reports` table. */
export interface ReportRow {
  report_id: string
  file: string
  source_file: string
  title: string | null
  agency: string | null
  agency_en: string | null
  region: string | null
  sector: string | null
  year: number | null
  agency_source: AgencySource
  year_source: YearSource
  script: Script
  chars: number
  sha256: string
  /** SHA-256 of the text as compared for duplicates (src/extract/normalise.ts `contentKey`): same text, same hash, whatever the file's encoding, spacing or script. */
  content_sha256?: string | null
  /** report_id of the report this one duplicates (same content, or same agency and year), kept beside it; charts count the other. */
  duplicate_of?: string | null
  imported_at: string | null
  /** Metadata corrections (src/pipeline/applyCorrections.ts): the fields corrected, comma-separated. */
  corrected_fields?: string | null
  /** JSON object of the corrected fields' values before the correction. */
  original_meta?: string | null
  /** Who corrected the metadata, when (ISO) and why. */
  review_by?: string | null
  review_at?: string | null
  review_note?: string | null
}

/** Row of the `observations` table. `start`/`end` index the report's original text. */
export interface ObservationRow {
  report_id: string
  indicator_id: string
  value: number
  qualifier: Qualifier
  value_low: number | null
  value_high: number | null
  evidence: string
  start: number
  end: number
  method: 'rule' | 'manual' | 'derived'
  reviewed: boolean
  /** How sure the extractor is that this is the report's headline value (0–1; see src/extract/confidence.ts). */
  confidence: number
  /** Comma-separated reason codes that lowered the confidence (`term_far,scoped,…`); empty when none. */
  confidence_reasons: string
  /** A corrected value: what the extractor said (null when it said nothing, or for a confirmation). */
  original_value?: number | null
  /** A value moved from another indicator: the indicator the extractor filed it under. */
  original_indicator?: string | null
  /** Who reviewed or corrected the value, when (ISO) and why. */
  review_by?: string | null
  review_at?: string | null
  review_note?: string | null
}
