/**
 * Pathway's rules engine: one JSON Logic evaluator for server and browser. Interpret with an
 * explanation, compile for speed, or compile to PostgreSQL for bulk screening.
 */
export { createEvaluator } from './create-evaluator.js';
export { type DescribeOptions, describeTrace } from './describe-trace.js';
export {
  type Batch,
  type BatchProgress,
  type EvaluateInBatchesOptions,
  evaluateInBatches,
} from './evaluate-in-batches.js';
export { siteEvaluator } from './site-evaluator.js';
export type { SqlContext, SqlResult, SqlVarTarget } from './sql/sql-types.js';
export { toSql } from './sql/to-sql.js';
export { truthy } from './truthy.js';
export type {
  CompiledRule,
  Evaluator,
  EvaluatorOptions,
  Explanation,
  LookupOption,
  RuleLimits,
  TraceLine,
  TraceNode,
} from './types.js';
