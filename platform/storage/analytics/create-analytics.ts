import type { AnalyticsPort } from '../../cases/analytics/analytics-port.js';
import type { Db } from '../database.js';
import { computeAllIndicators, computeIndicator } from './compute-indicator.js';
import { matchCount } from './match-count.js';

/** The analytics port over a database: indicators and match counts in SQL. */
export function createAnalytics(db: Db): AnalyticsPort {
  return {
    computeIndicator: (bundle, indicatorId, query) => computeIndicator(db, bundle, indicatorId, query),
    computeAllIndicators: (bundle, query) => computeAllIndicators(db, bundle, query),
    matchCount: (bundle, rule, options) => matchCount(db, bundle, rule, options),
  };
}
