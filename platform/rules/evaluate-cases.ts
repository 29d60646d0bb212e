import { isPlatformError } from '../kernel/errors.js';
import { ruleError } from './rule-error.js';
import type { Evaluator, TraceNode } from './types.js';

export type CaseResult = { value: unknown; trace?: TraceNode } | { error: string };

export type EvaluateCasesOptions = {
  readonly evaluator: Evaluator;
  /** `compiled` (default) or the interpreter. */
  readonly mode?: 'compiled' | 'interpreted';
  /** Adds each case's explanation trace. */
  readonly explain?: boolean;
};

const isCase = (item: unknown): item is { rule: unknown; data?: unknown } =>
  item !== null && typeof item === 'object' && !Array.isArray(item) && Object.hasOwn(item, 'rule');

/**
 * Evaluates `[{ rule, data }, …]` in order (the `rules:eval` command): each case gives its value
 * (`undefined` as null, since the output is JSON) or the error message of a failing rule.
 */
export function evaluateCases(cases: unknown, options: EvaluateCasesOptions): CaseResult[] {
  if (!Array.isArray(cases)) throw ruleError('Expected a JSON array of {"rule": …, "data": …} cases.');
  const { evaluator } = options;
  return cases.map((item, index): CaseResult => {
    if (!isCase(item)) return { error: `Case ${index} is not an object with a "rule".` };
    try {
      const value =
        options.mode === 'interpreted'
          ? evaluator.evaluate(item.rule, item.data)
          : evaluator.compile(item.rule)(item.data);
      const result: CaseResult = { value: value === undefined ? null : value };
      if (options.explain) result.trace = evaluator.explain(item.rule, item.data).trace;
      return result;
    } catch (error) {
      if (!isPlatformError(error)) throw error;
      return { error: error.message };
    }
  });
}
