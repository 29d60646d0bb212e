/**
 * `missing` and `missing_some` exactly as json-logic-js 2.0.5 runs them: each key is looked up by
 * evaluating `{"var": key}` as logic (so an array key is `[path, default]`), and `missing_some`
 * re-evaluates its list through `{"missing": list}`. Both quirks are observable, so they are kept.
 */
import { type EvalContext, evaluateUntraced, spend } from './eval-context.js';
import { isLogic } from './logic-shape.js';
import { ruleError } from './rule-error.js';
import { readVar } from './safe-path.js';

function keyValue(key: unknown, data: unknown, ctx: EvalContext): unknown {
  if (!Array.isArray(key) && !isLogic(key)) return readVar(data, key, undefined);
  const parts = Array.isArray(key) ? key : [key];
  const values = parts.map((part) => evaluateUntraced(part, data, ctx));
  return readVar(data, values[0], values[1]);
}

/** The keys (from the first argument when it is an array, else all arguments) that are null or "". */
export function missing(values: readonly unknown[], data: unknown, ctx: EvalContext): unknown[] {
  const keys: readonly unknown[] = Array.isArray(values[0]) ? values[0] : values;
  spend(ctx, keys.length);
  const result: unknown[] = [];
  for (const key of keys) {
    const value = keyValue(key, data, ctx);
    if (value === null || value === '') result.push(key);
  }
  return result;
}

/** `[]` when at least `need` of the listed keys are present, else the missing ones. */
export function missingSome(values: readonly unknown[], data: unknown, ctx: EvalContext): unknown[] {
  const [need, options] = values;
  const listed = Array.isArray(options) ? options : [options];
  const areMissing = missing(
    listed.map((item) => evaluateUntraced(item, data, ctx)),
    data,
    ctx,
  );
  if (options === null || options === undefined) {
    throw ruleError('The second argument of "missing_some" must be a list of paths.');
  }
  const length = (options as { length?: unknown }).length;
  return (length as number) - areMissing.length >= (need as number) ? [] : areMissing;
}
