import { isPlatformError, PlatformError } from '../kernel/errors.js';

/** A rule that cannot be evaluated: unknown operator, bad argument, limit exceeded. */
export function ruleError(message: string, detail: Readonly<Record<string, unknown>> = {}): PlatformError {
  return new PlatformError('bad_request', message, { detail });
}

/**
 * Normalises whatever an evaluation threw into a PlatformError. Engine errors pass through;
 * a stack overflow or an over-long string (deeply nested data, runaway concatenation) and the
 * coercion errors JavaScript itself raises on hostile data (`{"toString": 1, "valueOf": 1}`
 * compared with a number — json-logic-js throws there too) become clear rule errors.
 */
export function asRuleError(error: unknown): unknown {
  if (isPlatformError(error)) return error;
  if (error instanceof RangeError) {
    return ruleError(`The rule exceeded the evaluation limits (${error.message}).`);
  }
  if (error instanceof TypeError) {
    return ruleError(`The rule cannot be evaluated on these facts (${error.message}).`);
  }
  return error;
}
