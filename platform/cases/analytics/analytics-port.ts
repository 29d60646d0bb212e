import type { IndicatorDefinition } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import type {
  IndicatorQuery,
  IndicatorResult,
  MatchCountOptions,
  MatchCountResult,
  MatchRule,
} from './analytics-types.js';

/** The dashboard's query: the same for every indicator, or each indicator's own (its period, its dimensions). */
export type AllIndicatorsQuery = IndicatorQuery | ((indicator: IndicatorDefinition) => IndicatorQuery);

/**
 * The analytics port of the KPI and match-count operations, implemented by
 * `platform/storage/analytics` (in SQL, with in-process evaluation where SQL cannot decide).
 * Results are aggregates only: no record of a person ever crosses it.
 */
export type AnalyticsPort = {
  computeIndicator(bundle: SiteBundle, indicatorId: string, query: IndicatorQuery): Promise<IndicatorResult>;
  computeAllIndicators(bundle: SiteBundle, query: AllIndicatorsQuery): Promise<IndicatorResult[]>;
  matchCount(bundle: SiteBundle, rule: MatchRule, options: MatchCountOptions): Promise<MatchCountResult>;
};
