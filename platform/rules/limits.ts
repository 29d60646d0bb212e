import { ruleError } from './rule-error.js';
import type { RuleLimits } from './types.js';

export type ResolvedLimits = {
  readonly maxDepth: number;
  readonly maxNodes: number;
  readonly maxIterations: number;
};

export const DEFAULT_LIMITS: ResolvedLimits = { maxDepth: 64, maxNodes: 20_000, maxIterations: 1_000_000 };

export function resolveLimits(limits: RuleLimits | undefined): ResolvedLimits {
  return {
    maxDepth: limits?.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxNodes: limits?.maxNodes ?? DEFAULT_LIMITS.maxNodes,
    maxIterations: limits?.maxIterations ?? DEFAULT_LIMITS.maxIterations,
  };
}

/**
 * Checks a rule's size before it is evaluated or compiled: nesting depth and number of JSON
 * values. The depth bound also stops cyclic objects (which JSON cannot express but callers can).
 */
export function checkRuleSize(logic: unknown, limits: ResolvedLimits): void {
  let nodes = 0;
  const visit = (value: unknown, depth: number): void => {
    if (++nodes > limits.maxNodes) {
      throw ruleError(`The rule is too large: more than ${limits.maxNodes} values.`, { limit: 'maxNodes' });
    }
    if (value === null || typeof value !== 'object') return;
    if (depth >= limits.maxDepth) {
      throw ruleError(`The rule is nested too deeply: more than ${limits.maxDepth} levels.`, {
        limit: 'maxDepth',
      });
    }
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) visit(child, depth + 1);
  };
  visit(logic, 0);
}

/** The error thrown when an evaluation runs out of its work budget. */
export function iterationLimitError(limit: number): Error {
  return ruleError(`The rule exceeded the iteration limit (${limit} steps) on these facts.`, {
    limit: 'maxIterations',
  });
}
