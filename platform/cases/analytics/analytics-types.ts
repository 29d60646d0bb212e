import type { IndicatorDefinition, IndicatorEntity } from '../../definitions/definition-types.generated.js';
import type { JsonValue } from '../../kernel/json.js';

/** A reporting period: buckets are calendar weeks (ISO, from Monday), months, quarters or years. */
export type KpiPeriod = 'week' | 'month' | 'quarter' | 'year';

/** What an indicator is computed over: site-local days `from`–`to` (inclusive), bucketed by `period`. */
export type IndicatorQuery = {
  readonly from: string;
  readonly to: string;
  readonly period: KpiPeriod;
  /** Only records of this partner agency (the case's agency; a task's responsible agency). */
  readonly agency?: string | undefined;
  /** Dimension paths to break the value down by (from the indicator's `groupBy`). */
  readonly groupBy?: readonly string[] | undefined;
  /** The `today` fact (site-local `YYYY-MM-DD`); default: today in the site's time zone. */
  readonly today?: string | undefined;
  /** `in-process` skips SQL and evaluates every record in Node (the baseline and the fallback). */
  readonly engine?: 'auto' | 'in-process' | undefined;
};

/** One period bucket: its key (the first day), a short label and its first and last day. */
export type PeriodBucket = {
  readonly key: string;
  readonly label: string;
  readonly start: string;
  readonly end: string;
};

/**
 * One value of an indicator. `period` null: the whole range; `group` null: all groups. `count` is
 * the population's size; `numerator` (ratios) the records meeting the numerator; `measured` (sums,
 * averages, durations) the records that had a number or both dates.
 */
export type IndicatorCell = {
  readonly period: string | null;
  readonly group: Readonly<Record<string, JsonValue>> | null;
  readonly value: number | null;
  readonly count: number;
  readonly numerator?: number;
  readonly measured?: number;
  /** Whether the value meets the target (per period; for counts and sums only the all-groups total). */
  readonly meetsTarget?: boolean | null;
};

/** Why a computation did not run entirely in SQL. */
export type KpiFallback =
  /** An operator or fact path SQL cannot express: every record was evaluated in process. */
  | { readonly reason: 'unsupported'; readonly unsupported: readonly string[] }
  /** Some records' data was too exotic for SQL to decide exactly: evaluated in process instead. */
  | { readonly reason: 'undecided'; readonly rows: number }
  /** The caller asked for the in-process engine. */
  | { readonly reason: 'requested' };

/** The target the partnership agreed per period. */
export type IndicatorTarget = { readonly value: number; readonly direction: 'at_least' | 'at_most' };

/** An indicator computed over a range: the buckets and every (period × group) cell with data. */
export type IndicatorResult = {
  readonly indicatorId: string;
  readonly entity: IndicatorEntity;
  readonly measure: IndicatorDefinition['measure']['type'];
  readonly unit: IndicatorDefinition['unit'];
  readonly period: KpiPeriod;
  readonly from: string;
  readonly to: string;
  readonly agency: string | null;
  readonly groupBy: readonly string[];
  readonly target: IndicatorTarget | null;
  readonly engine: 'sql' | 'in-process';
  readonly fallback?: KpiFallback;
  readonly periods: readonly PeriodBucket[];
  readonly cells: readonly IndicatorCell[];
  readonly elapsedMs: number;
};

/** A named rule of the site, or logic as written in the rule editor. */
export type MatchRule = { readonly ruleId: string } | { readonly logic: unknown };

/** Whose records a match count runs over: registered persons, or cases that are not closed. */
export type MatchSubject = 'person' | 'case';

/** Progress of a match count evaluated in process, after each page of records. */
export type MatchProgress = {
  readonly evaluated: number;
  readonly matched: number;
  readonly total?: number | undefined;
};

/** What a match count runs over, and how. */
export type MatchCountOptions = {
  readonly subject: MatchSubject;
  /** The `today` fact; default: today in the site's time zone. */
  readonly today?: string | undefined;
  readonly engine?: 'auto' | 'in-process' | undefined;
  /** Called after each batch when records are evaluated in process. */
  readonly onProgress?: ((progress: MatchProgress) => void) | undefined;
};

/** "This rule matches `matched` of `total` registered persons." */
export type MatchCountResult = {
  readonly subject: MatchSubject;
  readonly matched: number;
  readonly total: number;
  readonly engine: 'sql' | 'in-process' | 'sql+in-process';
  readonly fallback?: KpiFallback;
  /** Records whose evaluation failed in process (a rule error on odd data); not matched. */
  readonly failed: number;
  readonly elapsedMs: number;
};
