import { pointer } from '../../kernel/json-pointer.js';
import type { LookupDefinition } from '../definition-types.generated.js';
import type { DefinitionReporter } from './definition-reporter.js';

/** Checks a lookup: unique values, and parents that exist. */
export function linkLookup(lookup: LookupDefinition, r: DefinitionReporter): void {
  r.unique('/options', 'option', lookup.options, (o) => (o as { value: unknown }).value);
  const values = lookup.options.map((o) => o.value);
  lookup.options.forEach((o, i) => {
    if (o.parent !== undefined && !values.includes(o.parent))
      r.report(
        pointer('options', i, 'parent'),
        'unknown-reference',
        `No option ${JSON.stringify(o.parent)} in this lookup to be the parent.`,
      );
  });
}
