import type { EvalContext } from './eval-context.js';
import { ruleError } from './rule-error.js';

/**
 * `in_lookup(lookup, value, parent?)`: whether `value` is an option of the lookup (deprecated
 * options included: old records keep valid values) and, with a third argument, a child of `parent`.
 */
export function inLookup(values: readonly unknown[], ctx: EvalContext): boolean {
  const [id, value, parent] = values;
  const lookups = ctx.config.lookups;
  const options = typeof id === 'string' && Object.hasOwn(lookups, id) ? lookups[id] : undefined;
  if (options === undefined) throw ruleError(`Unknown lookup "${String(id)}".`, { lookup: id });
  const withParent = values.length >= 3;
  for (const option of options) {
    if (option.value === value && (!withParent || option.parent === parent)) return true;
  }
  return false;
}
